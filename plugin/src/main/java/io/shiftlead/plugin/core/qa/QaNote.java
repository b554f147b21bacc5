package io.shiftlead.plugin.core.qa;

import java.util.Locale;

/**
 * The internal note text for a result. Deterministic (no clock, fixed order, fixed number format):
 * re-scoring an unchanged conversation yields the identical note, whose digest is the write-back's
 * idempotency key, so the note is never posted twice.
 */
public final class QaNote {
  private QaNote() {}

  public static String format(QaResult result) {
    StringBuilder note = new StringBuilder();
    note.append("Shiftlead QA (scorecard ").append(result.scorecardId()).append("): ")
        .append(number(result.score())).append("/100, ")
        .append(result.autoFail() ? "FAIL (auto-fail)" : result.passed() ? "PASS" : "FAIL");
    if (result.autoFail()) {
      note.append(", ").append(number(result.rawScore())).append(" before auto-fail");
    }
    note.append('\n');
    for (CategoryScore category : result.categories()) {
      note.append('\n').append(category.category().name()).append(": ")
          .append(number(category.score())).append('\n');
      result.criteria().stream().filter(c -> c.categoryId().equals(category.category().id()))
          .forEach(c -> appendCriterion(note, c));
    }
    return note.toString().stripTrailing();
  }

  private static void appendCriterion(StringBuilder note, CriterionScore c) {
    note.append("- ").append(c.criterion().name()).append(": ")
        .append(c.outcome().wireName().toUpperCase(Locale.ROOT));
    if (c.criterion().critical()) {
      note.append(" (critical)");
    }
    if (c.automated() != null) {
      note.append(", confidence ").append(String.format(Locale.ROOT, "%.2f",
          c.automated().confidence()));
    }
    if (c.review() != null) {
      note.append(", reviewed by ").append(c.review().reviewer())
          .append(c.automated() == null ? "" : " (automated: "
              + c.automated().outcome().wireName() + ")");
    } else if (c.automated() == null) {
      note.append(" - awaiting review: ").append(c.criterion().question());
    }
    note.append('\n');
    if (c.automated() != null) {
      c.automated().evidence().forEach(e -> note.append("    ").append(e.describe()).append('\n'));
    }
    if (c.review() != null && c.review().comment() != null) {
      note.append("    reviewer: ").append(c.review().comment()).append('\n');
    }
  }

  private static String number(Double value) {
    return value == null ? "n/a" : String.format(Locale.ROOT, "%.1f", value);
  }
}
