package vn.khenthuong.workflow;

/** One step of a nomination's route, a row of the nominationRoute decision. */
record RouteStep(int order, String step, String level, Integer windowDays) {

    boolean ends() {
        return NominationProcess.STEP_DECISION.equals(step) || NominationProcess.STEP_CENTRAL_DECISION.equals(step);
    }
}
