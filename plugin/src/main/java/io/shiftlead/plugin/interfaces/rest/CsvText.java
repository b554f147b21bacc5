package io.shiftlead.plugin.interfaces.rest;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: reading lines (quoted fields, doubled quotes) and writing fields. */
final class CsvText {
  private CsvText() {}

  /** The records of a CSV text; each with its 1-based line number first. */
  static List<Row> read(String text) {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int startLine = 1;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          if (ch == '\n') {
            line++;
          }
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        if (!(fields.size() == 1 && fields.get(0).isBlank())) {
          rows.add(new Row(startLine, List.copyOf(fields)));
        }
        fields.clear();
        line++;
        startLine = line;
      } else {
        field.append(ch);
      }
    }
    fields.add(field.toString());
    if (!(fields.size() == 1 && fields.get(0).isBlank())) {
      rows.add(new Row(startLine, List.copyOf(fields)));
    }
    return rows;
  }

  record Row(int line, List<String> fields) {}

  static String field(Object value) {
    return io.shiftlead.plugin.core.kpi.KpiCsv.field(value);
  }
}
