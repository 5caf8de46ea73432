package vn.khenthuong.nomination;

import java.time.LocalDate;

/** An official (or the system) finished a step of the route with an outcome. */
public record StepCompleted(String code, String step, String outcome, String comment, LocalDate deadline, String actor) {
}
