/**
 * What comes in from outside, checked at the door: control characters refused in every text field, query parameter
 * and path variable of {@code /api} (and, through {@code workflow.engine}, in every engine variable), and the one strict
 * reader of hand-edited YAML files.
 * <p>
 * Owns no table and depends on no other feature. Offers {@link vn.khenthuong.input.ControlCharacters}
 * ({@link vn.khenthuong.input.ControlCharacterException}), {@code @MultiLine} for fields that may hold
 * several lines, {@link vn.khenthuong.input.YamlFiles}, and {@link vn.khenthuong.input.XlsxTemplates}: the header style and
 * the drop-downs of the .xlsx templates people fill offline (award registry, nomination lists).
 */
package vn.khenthuong.input;
