package vn.khenthuong.workflow.deployment;

/**
 * One reason a deployment was refused: the file and element it concerns, the rule it breaks, and what is wrong, in
 * Vietnamese and English.
 */
public record FlowProblem(String resource, String element, FlowRule rule, String detail, String detailEn) {

    public String message() {
        return resource + " › " + element + ": " + detail + " (quy tắc " + rule + ": " + rule.vi() + ")";
    }

    public String messageEn() {
        return resource + " › " + element + ": " + detailEn + " (rule " + rule + ": " + rule.en() + ")";
    }
}
