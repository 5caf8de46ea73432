package vn.khenthuong.workflow.migration;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Camunda's migration refusals (the validators' failure texts of 7.24, plan and instance) in Vietnamese, for an
 * administrator who knows Modeler but not the engine's vocabulary. A text not in the table keeps Camunda's English
 * behind a Vietnamese lead, so nothing is hidden when a new Camunda version words a refusal differently.
 */
final class MigrationWording {

    /** One refusal: what the administrator reads, and Camunda's original words. */
    record Reason(String vi, String en) {
    }

    private record Rule(Pattern pattern, Function<Matcher, String> vi) {
    }

    private static Rule rule(String regex, Function<Matcher, String> vi) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), vi);
    }

    private static final List<Rule> RULES = List.of(
            rule("There is no migration instruction for this instance's activity",
                    m -> "Bước này không có ở phiên bản đích và chưa được ánh xạ sang bước nào (bước bị đổi mã hoặc bị bỏ): thêm ánh xạ cho nó"),
            rule("Source activity '(.*)' does not exist", m -> "Phiên bản nguồn không có bước «" + m.group(1) + "»"),
            rule("Target activity '(.*)' does not exist", m -> "Phiên bản đích không có bước «" + m.group(1) + "»"),
            rule("Activities have incompatible types \\((.*) is not compatible with (.*)\\)",
                    m -> "Hai bước khác loại, không ánh xạ được: " + m.group(1) + " không tương thích với " + m.group(2)),
            rule("Events are not of the same type \\((.*) != (.*)\\)", m -> "Hai sự kiện khác loại: " + m.group(1) + " và " + m.group(2)),
            rule("There are multiple mappings for source activity id '(.*)': (.*)",
                    m -> "Bước «" + m.group(1) + "» được ánh xạ nhiều lần: " + m.group(2)),
            rule("The type of the source activity is not supported for activity instance migration",
                    m -> "Camunda không chuyển được hồ sơ đang dừng ở loại phần tử này"),
            rule("Target activity is not asyncBefore",
                    m -> "Hồ sơ đang chờ trước bước (asyncBefore) nhưng bước đích không có điểm chờ đó"),
            rule("Target activity is not asyncAfter",
                    m -> "Hồ sơ đang chờ sau bước (asyncAfter) nhưng bước đích không có điểm chờ đó"),
            rule("Transition instance is assigned to a sequence flow that cannot be matched in the target activity",
                    m -> "Hồ sơ đang chờ trên một luồng mà bước đích không có"),
            rule("Transition instance is assigned to no sequence flow and target activity has more than one outgoing sequence flow",
                    m -> "Hồ sơ đang chờ sau bước, nhưng bước đích có nhiều luồng ra nên không biết đi tiếp theo luồng nào"),
            rule("A transition instance that instantiates the process can only be migrated to a process-level flow node",
                    m -> "Hồ sơ đang chờ bắt đầu quy trình chỉ chuyển được sang phần tử ở mức quy trình (không nằm trong quy trình con)"),
            rule("Cannot migrate subscription for compensation handler '(.*)'\\. There is no migration instruction for the compensation boundary event",
                    m -> "Bước bù trừ «" + m.group(1) + "» không chuyển được: sự kiện bù trừ gắn với nó chưa được ánh xạ"),
            rule("Cannot migrate subscription for compensation handler '(.*)'\\. There is no migration instruction for the compensation start event",
                    m -> "Bước bù trừ «" + m.group(1) + "» không chuyển được: sự kiện bắt đầu bù trừ chưa được ánh xạ"),
            rule("Cannot remove the inner activity of a multi-instance body when the body is mapped",
                    m -> "Khối nhiều phiên (multi-instance) được ánh xạ thì bước bên trong nó cũng phải được ánh xạ, không được bỏ"),
            rule("Must map the inner activity of a multi-instance body when the body is mapped",
                    m -> "Khối nhiều phiên (multi-instance) được ánh xạ thì phải ánh xạ cả bước bên trong nó"),
            rule("Cannot update event trigger because the activity does not define a persistent event trigger",
                    m -> "Không cập nhật được điều kiện kích hoạt: phần tử này không có sự kiện chờ lâu dài"),
            rule("Conditional event has to migrate with update event trigger\\.?",
                    m -> "Sự kiện có điều kiện phải được chuyển kèm cập nhật điều kiện kích hoạt"),
            rule("Only one gateway can be mapped to gateway '(.*)'", m -> "Chỉ một cổng được ánh xạ tới cổng «" + m.group(1) + "»"),
            rule("Target activity '(.*)' is a descendant of multi-instance body '(.*)' that is not mapped from the source process definition\\.?",
                    m -> "Bước đích «" + m.group(1) + "» nằm trong khối nhiều phiên «" + m.group(2) + "» mà phiên bản nguồn không ánh xạ tới"),
            rule("The closest mapped ancestor '(.*)' is mapped to scope '(.*)' which is not an ancestor of target scope '(.*)'",
                    m -> "Phần tử chứa bước này («" + m.group(1) + "») được ánh xạ sang «" + m.group(2) + "», mà «" + m.group(2)
                            + "» không chứa bước đích «" + m.group(3) + "»: bước không được đổi sang quy trình con khác"),
            rule("The gateway's flow scope '(.*)' must be mapped", m -> "Phần tử chứa cổng («" + m.group(1) + "») phải được ánh xạ"),
            rule("The source activity's event scope \\((.*)\\) must be mapped but the target activity has no event scope",
                    m -> "Phần tử gắn sự kiện («" + m.group(1) + "») phải được ánh xạ, nhưng bước đích không gắn với phần tử nào"),
            rule("The source activity's event scope \\((.*)\\) must be mapped to the target activity's event scope \\((.*)\\)",
                    m -> "Phần tử gắn sự kiện («" + m.group(1) + "») phải được ánh xạ sang phần tử gắn sự kiện ở phiên bản đích («" + m.group(2) + "»)"),
            rule("The target gateway must have at least the same number of incoming sequence flows that the source gateway has",
                    m -> "Cổng đích phải có ít nhất bằng số luồng vào của cổng nguồn"),
            rule("The variable '(.*)' exists in both, this scope and concurrent local in the parent scope\\. .*",
                    m -> "Biến «" + m.group(1) + "» có ở cả bước này và nhánh song song của phần tử chứa nó; chuyển sẽ ghi đè một trong hai"),
            rule("Process instance '(.*)' cannot be migrated\\. The process instance does not exist",
                    m -> "Hồ sơ không còn chạy (đã kết thúc hoặc bị xoá)"),
            rule("Process instance '(.*)' cannot be migrated\\. Its process definition '(.*)' does not match the source process definition of the migration plan '(.*)'",
                    m -> "Hồ sơ không còn ở phiên bản nguồn (đang ở " + m.group(2) + ")"));

    static Reason of(String english) {
        String en = english == null ? "" : english.strip();
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(en);
            if (m.matches()) {
                return new Reason(r.vi().apply(m), en);
            }
        }
        return new Reason("Camunda từ chối (chưa có bản dịch): " + en, en);
    }

    private MigrationWording() {
    }
}
