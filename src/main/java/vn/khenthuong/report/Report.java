package vn.khenthuong.report;

import java.util.List;

/**
 * The figures of a report. Each list is one table of the page and one XLSX export; a further table (the block's
 * ranking) is one more field here, one more section of the page and one more export.
 *
 * @param scope what the figures cover, in words ("Tỉnh Lai Châu", "Huyện Sìn Hồ", a block's name)
 * @param units one line per unit one level below the scope, in the catalogue's order of names
 * @param awardKinds one line per award kind that has a figure
 * @param trend one line per year, every year (the year filter is not applied to it)
 */
record Report(ReportFilter filter, String scope, Figures totals, List<UnitLine> units, List<AwardKindLine> awardKinds,
              List<YearLine> trend) {

    /**
     * @param nominations nominations filed
     * @param inProgress of which still under way
     * @param rejections of which closed without an award (rejected)
     * @param awards awards in the registry (with the past years' registry, not only those decided here)
     * @param rewardAmount reward money paid with those awards, in đồng
     */
    record Figures(long nominations, long inProgress, long rejections, long awards, long rewardAmount) {
    }

    record UnitLine(String unitCode, String unitName, Figures figures) {
    }

    record AwardKindLine(String awardKindCode, String awardKindName, Figures figures) {
    }

    record YearLine(int year, Figures figures) {
    }

    /**
     * @param completed steps of this kind completed
     * @param averageWorkingDays working days from the step before (or the filing) to this step, on average; null
     *                           when none of its steps falls within the years the working calendar knows
     * @param overdue of which recorded as overdue (a supplementation not made by its deadline)
     */
    record StepLine(String step, String stepName, long completed, Double averageWorkingDays, long overdue) {
    }
}
