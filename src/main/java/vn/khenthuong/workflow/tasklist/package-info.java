/**
 * How the nominations look in Camunda Tasklist: each task's name says whose dossier it is and carries the variables
 * the list columns show (added to every user task at parse time), and one filter per role, readable by each group of
 * that role, with Camunda's catch-all filter moved last. A filter's counts and pages are answered from the user's
 * task grants (FilterCounts, GrantedTasks: Camunda's own query with a semi-join instead of its authorization join).
 * <p>
 * Owns the filters it creates in Camunda's {@code ACT_RU_FILTER}; adds two statements to the engine's MyBatis
 * configuration (GrantedTasks.xml). Offers nothing to other packages ({@code GrantedTasks} is public only for
 * MyBatis' expression language).
 */
package vn.khenthuong.workflow.tasklist;
