package vn.khenthuong.input;

/** A field held a control character; the messages name the field, the character and where it was. */
public class ControlCharacterException extends RuntimeException {

    private final String field;
    private final int position;
    private final char character;

    public ControlCharacterException(String field, int position, char character) {
        super(messageEn(field, position, character));
        this.field = field;
        this.position = position;
        this.character = character;
    }

    public String field() {
        return field;
    }

    /** The same refusal for a field whose name is known only later (Jackson gives the JSON path). */
    public ControlCharacterException withField(String name) {
        return new ControlCharacterException(name, position, character);
    }

    public String messageVi() {
        return messageVi(field, position, character);
    }

    public String messageEn() {
        return getMessage();
    }

    static String code(char c) {
        return String.format("U+%04X", (int) c);
    }

    private static String messageVi(String field, int position, char c) {
        return "Trường " + field + " chứa ký tự điều khiển " + code(c) + " (vị trí " + (position + 1)
                + "), không được phép; hãy gõ lại nội dung, không dán từ tệp nhị phân";
    }

    private static String messageEn(String field, int position, char c) {
        return "Field " + field + " contains the control character " + code(c) + " at position " + (position + 1) + ", which is not allowed";
    }
}
