package io.shiftlead.plugin.core.kpi;

import java.util.Map;

/**
 * A KPI report: the totals and the slices of a period, and the same for the period before it.
 *
 * @param slices slice key to values, sorted by key
 */
public record KpiReport(String connector, KpiPeriod period, GroupBy groupBy, KpiValues total,
    Map<String, KpiValues> slices, KpiValues previousTotal,
    Map<String, KpiValues> previousSlices) {}
