package vn.khenthuong.nomination;

/**
 * A posthumous award (truy tặng): the nominee has died and a family member receives the award on their behalf. The
 * decision, its annex and the registry name the receiver and how they are related (vợ, con, ...), so that the money and
 * the certificate go to the right person. Only individuals are awarded posthumously.
 */
public record Posthumous(String receiverName, String receiverRelation) {

    /**
     * What a form or client sent: null when the award is not posthumous. A receiver named without the flag is refused
     * (400) rather than dropped: the filer meant something the dossier would not say.
     */
    public static Posthumous of(boolean flagged, String receiverName, String receiverRelation) {
        boolean receiverGiven = !DossierRules.blank(receiverName) || !DossierRules.blank(receiverRelation);
        if (!flagged && receiverGiven) {
            throw new InvalidDossierException(java.util.List.of(new FieldProblem("posthumous",
                    "Chỉ ghi thân nhân nhận thay khi đề nghị truy tặng", "A receiver is only named for a posthumous award")));
        }
        return flagged ? new Posthumous(receiverName, receiverRelation) : null;
    }

    /** "truy tặng; thân nhân nhận thay: Lò Thị Mai (vợ)" — how a decision's annex and the pages show it. */
    public String noteVi() {
        return "truy tặng; thân nhân nhận thay: " + receiverName + " (" + receiverRelation + ")";
    }
}
