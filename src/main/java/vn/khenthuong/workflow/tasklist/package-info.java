/**
 * How the nominations look in Camunda Tasklist: each task's name says whose dossier it is and carries the variables
 * the list columns show (added to every user task at parse time), and one filter per role, readable by each group of
 * that role, with Camunda's catch-all filter moved last.
 * <p>
 * Owns the filters it creates in Camunda's {@code ACT_RU_FILTER}. Offers nothing to other packages.
 */
package vn.khenthuong.workflow.tasklist;
