/**
 * Working through many dossiers at once: the waiting appraisals of the provincial board and the waiting decisions of
 * a chairman (filtered by unit, award kind and movement, paged), and one answer for many appraisals, each task still
 * completed on its own, as the official, with the engine's authorization, the variable guard and the audit rows of an
 * ordinary completion; the page {@code /xu-ly-hang-loat.html}.
 * <p>
 * Owns no table. Reads nominations through {@link vn.khenthuong.nomination.Awardees}; offers
 * {@link vn.khenthuong.work.WorkLists} and the port {@link vn.khenthuong.work.WorkTasks}, which {@code workflow.adapter}
 * implements; its API is {@code /api/work}.
 */
package vn.khenthuong.work;
