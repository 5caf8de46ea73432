package vn.khenthuong.eligibility;

import java.util.List;

/** Everything the eligibility rules found for a nomination. */
public record Verdict(String nominationCode, List<Finding> findings) {

    public List<Finding> problems() {
        return findings.stream().filter(Finding::blocking).toList();
    }

    public List<Finding> notes() {
        return findings.stream().filter(f -> !f.blocking()).toList();
    }

    public boolean eligible() {
        return problems().isEmpty();
    }
}
