package vn.khenthuong.nomination;

import java.util.List;

/** The port through which our API drives the process; implemented in the workflow package. */
public interface NominationWorkflow {

    /** Starts a nomination as {@code userId} (the process registers the dossier); returns its code. */
    String start(NewDossier dossier, String userId);

    /**
     * Starts an emulation block's proposal as {@code userId}, the emulation officer of the block's head unit
     * {@code headUnit}, which becomes the proposing unit; the route table takes it by its row for origin BLOCK
     * (straight to the province). Returns its code; throws {@link InvalidDossierException} when refused.
     */
    String startBlockProposal(NewDossier dossier, String headUnit, String userId);

    /**
     * Starts several nominations as {@code userId}, all or none, in one engine command (one write of the engine's
     * rows instead of one per nomination); returns their codes in the order of the dossiers.
     */
    List<String> startAll(List<NewDossier> dossiers, String userId);

    /** Task ids (BPMN) the nomination currently waits at; empty when it has ended. */
    List<String> currentSteps(String code);
}
