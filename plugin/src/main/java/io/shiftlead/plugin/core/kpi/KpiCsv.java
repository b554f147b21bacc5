package io.shiftlead.plugin.core.kpi;

/** A KPI report as CSV: {@code period,slice,<KPI names>}, one line per slice and period. */
public final class KpiCsv {
  private KpiCsv() {}

  public static String of(KpiReport report) {
    StringBuilder out = new StringBuilder("period,slice");
    for (String name : KpiValues.NAMES) {
      out.append(',').append(name);
    }
    out.append('\n');
    line(out, "current", "total", report.total());
    report.slices().forEach((k, v) -> line(out, "current", k, v));
    line(out, "previous", "total", report.previousTotal());
    report.previousSlices().forEach((k, v) -> line(out, "previous", k, v));
    return out.toString();
  }

  private static void line(StringBuilder out, String period, String slice, KpiValues values) {
    out.append(period).append(',').append(field(slice));
    values.asMap().values().forEach(v -> out.append(',').append(field(v)));
    out.append('\n');
  }

  /** One RFC 4180 field: quoted when it holds a comma, a quote or a line break. */
  public static String field(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
        ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
