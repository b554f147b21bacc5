package io.shiftlead.plugin.core.qa;

import java.util.Objects;

/**
 * The custom fields the QA result is written to.
 *
 * @param score receives the rounded score 0-100
 * @param result receives {@code pass} or {@code fail}
 */
public record QaFieldKeys(String score, String result) {
  public QaFieldKeys {
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(result, "result");
  }

  public static QaFieldKeys defaults() {
    return new QaFieldKeys("qa_score", "qa_result");
  }
}
