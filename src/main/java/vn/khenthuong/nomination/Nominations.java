package vn.khenthuong.nomination;

import java.time.LocalDate;
import java.util.List;

/** What the process asks of the dossier. Implemented in this package; called by workflow delegates. */
public interface Nominations {

    /** Validates and stores a new dossier filed by {@code filedBy} for their unit; throws {@link InvalidDossierException}. */
    RegisteredDossier register(NewDossier dossier, String filedBy);

    /**
     * Validates and stores an emulation block's proposal ({@link DossierOrigin#BLOCK}): the proposing unit is the
     * block's head unit {@code headUnit}, and {@code filedBy} must be its emulation officer; the same filing rules as
     * {@link #register} otherwise. Throws {@link InvalidDossierException}.
     */
    RegisteredDossier registerBlockProposal(NewDossier dossier, String headUnit, String filedBy);

    /** Reasons, in Vietnamese, why the dossier may not go on past {@code checkpoint} yet (required fields, documents, consistency); empty when it may. */
    List<String> problemsBefore(String code, Checkpoint checkpoint);

    /** Records what a level decided (approve, return, reject, supplementation deadline). */
    void recordOutcome(String code, String step, StepOutcome outcome, String comment, LocalDate deadline, String actor);

    /** As above, with the outcome as a form sends it; refuses a value that is not a {@link StepOutcome}. */
    default void recordOutcome(String code, String step, String outcome, String comment, LocalDate deadline, String actor) {
        recordOutcome(code, step, StepOutcome.fromValue(outcome), comment, deadline, actor);
    }

    /** The council lowered or raised the award: the dossier now proposes {@code awardKindCode}; the first proposal is kept. */
    void changeAwardKind(String code, String awardKindCode, String step, String reason, String actor);

    /** Ends the nomination: {@link NominationStatus#REJECTED} with the reason, or {@link NominationStatus#AWARDED}. */
    void close(String code, NominationStatus status, String reason);

    /**
     * The award of an {@link NominationStatus#AWARDED} nomination was annulled by decision {@code decisionNumber} of
     * {@code decisionDate} (annulment case {@code caseCode}): the nomination becomes {@link NominationStatus#ANNULLED},
     * published as {@link NominationAnnulled}. Nothing changes (and nothing is published) if it is not AWARDED.
     */
    void annulAward(String code, String decisionNumber, LocalDate decisionDate, String caseCode, String actor);
}
