package io.shiftlead.testfixtures.generator;

import java.util.List;

/**
 * A custom ticket field of the dataset. {@code type} uses Zendesk's ticket field types ("integer",
 * "text", "tagger"); {@code options} lists the allowed values of a tagger (dropdown), else empty.
 */
public record CustomField(long id, String type, String title, String key, List<String> options) {

  public CustomField {
    options = List.copyOf(options);
  }

  /** The fields every generated dataset (and so the sandbox) carries. */
  public static final long FIRST_REPLY_MINUTES_ID = 360000000101L;

  public static final long SHIFTLEAD_STATUS_ID = 360000000102L;
  public static final long PRODUCT_ID = 360000000103L;
  /** The SLA engine's next due instant (ISO-8601, or "none") and its state. */
  public static final long SLA_NEXT_DUE_ID = 360000000104L;
  public static final long SLA_STATE_ID = 360000000105L;
  /** QA scoring writes the conversation's score (0-100) and {@code pass}/{@code fail} here. */
  public static final long QA_SCORE_ID = 360000000106L;

  public static final long QA_RESULT_ID = 360000000107L;

  public static final List<String> PRODUCTS =
      List.of("product_basic", "product_pro", "product_enterprise", "product_mobile_app");

  public static List<CustomField> standardFields() {
    return List.of(
        new CustomField(FIRST_REPLY_MINUTES_ID, "integer", "First reply (minutes)",
            "first_reply_minutes", List.of()),
        new CustomField(SHIFTLEAD_STATUS_ID, "text", "Shiftlead status", "shiftlead_status",
            List.of()),
        new CustomField(PRODUCT_ID, "tagger", "Product", "product", PRODUCTS),
        new CustomField(SLA_NEXT_DUE_ID, "text", "Next SLA due", "sla_next_due", List.of()),
        new CustomField(SLA_STATE_ID, "text", "SLA state", "sla_state", List.of()),
        new CustomField(QA_SCORE_ID, "integer", "QA score", "qa_score", List.of()),
        new CustomField(QA_RESULT_ID, "text", "QA result", "qa_result", List.of()));
  }
}
