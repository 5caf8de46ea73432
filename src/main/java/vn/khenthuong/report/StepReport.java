package vn.khenthuong.report;

import java.util.List;

/** Working days and overdue steps per step of the route ({@code GET /api/reports/steps}), one line per step completed. */
record StepReport(ReportFilter filter, String scope, List<Report.StepLine> steps) {
}
