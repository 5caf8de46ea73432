package vn.khenthuong.nomination;

/**
 * Where a stored dossier is checked before it goes on ({@link Nominations#problemsBefore}): the dossier rules'
 * names for those moments. The process maps its own task ids to them (workflow.NominationProcess).
 */
public enum Checkpoint {

    /** Before the commune reviews it: the dossier is still inside its filing unit. */
    COMMUNE_REVIEW,
    /** Before it leaves the commune for the next level of its route. */
    SUBMISSION,
    /** Before the provincial board appraises it: from here the council's minutes are part of the dossier. */
    PROVINCIAL_APPRAISAL
}
