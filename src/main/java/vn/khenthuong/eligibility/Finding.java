package vn.khenthuong.eligibility;

/**
 * What one eligibility rule found: its name and legal basis, a message for the official (Vietnamese) and for an
 * API client (English). A blocking finding stops the dossier; any other is a reminder for the reviewer.
 */
public record Finding(String rule, String ruleName, String legalBasis, String message, String messageEn, boolean blocking) {

    /** The line an official reads in Tasklist: what failed, why, and on which basis. */
    public String text() {
        return ruleName + ": " + message + " (Căn cứ: " + legalBasis + ")";
    }
}
