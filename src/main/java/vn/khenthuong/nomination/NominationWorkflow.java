package vn.khenthuong.nomination;

import java.util.List;

/** The port through which our API drives the process; implemented in the workflow package. */
public interface NominationWorkflow {

    /** Starts a nomination as {@code userId} (the process registers the dossier); returns its code. */
    String start(NewDossier dossier, String userId);

    /** Task ids (BPMN) the nomination currently waits at; empty when it has ended. */
    List<String> currentSteps(String code);
}
