package io.shiftlead.plugin.application;

import io.shiftlead.connectors.spi.model.SurveyKind;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.plugin.core.kpi.SurveyScale;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Survey answers from outside the helpdesk (a survey tool's webhook, a CSV export): validated one
 * by one, the good ones stored with their KPI facts, the bad ones reported with the reason.
 *
 * <p>Fields: {@code ticket} (required), {@code kind} (csat, nps, ces), {@code score} (required),
 * {@code scale} (default 1-5 for CSAT, 0-10 for NPS, 1-7 for CES; or good-bad), {@code comment},
 * {@code answeredAt} (ISO-8601, default now), {@code agent}, {@code id} (default: derived from
 * ticket, kind and answer time, so the same answer sent twice is stored once).
 */
public final class SurveyIntakeService {
  /** The outcome of one row. */
  public record Rejected(int line, String error) {}

  public record Result(List<String> accepted, List<Rejected> rejected) {}

  private final TicketRepository tickets;
  private final Clock clock;

  public SurveyIntakeService(TicketRepository tickets, Clock clock) {
    this.tickets = tickets;
    this.clock = clock;
  }

  /**
   * Validates every row and stores the good ones in one go.
   *
   * @param rows field name to value; the list index + {@code firstLine} is the row's line number
   */
  public Result accept(String connector, List<Map<String, String>> rows, int firstLine) {
    List<SurveyResponse> good = new ArrayList<>();
    List<String> accepted = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      try {
        SurveyResponse r = parse(rows.get(i));
        good.add(r);
        accepted.add(r.id());
      } catch (IllegalArgumentException e) {
        rejected.add(new Rejected(firstLine + i, e.getMessage()));
      }
    }
    tickets.upsertSurveys(connector, good);
    return new Result(accepted, rejected);
  }

  SurveyResponse parse(Map<String, String> row) {
    String ticket = required(row, "ticket");
    String kindText = required(row, "kind");
    SurveyKind kind;
    try {
      kind = SurveyKind.valueOf(kindText.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("kind '" + kindText + "' is not csat, nps or ces");
    }
    String scaleText = blank(row.get("scale")) ? switch (kind) {
      case CSAT -> "1-5";
      case NPS -> "0-10";
      case CES -> "1-7";
    } : row.get("scale").trim();
    SurveyScale scale = SurveyScale.parse(scaleText);
    String scoreText = required(row, "score").trim();
    double score;
    if (scale.name().equals("good-bad") && scoreText.equalsIgnoreCase("good")) {
      score = 1;
    } else if (scale.name().equals("good-bad") && scoreText.equalsIgnoreCase("bad")) {
      score = 0;
    } else {
      try {
        score = Double.parseDouble(scoreText);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("score '" + scoreText + "' is not a number");
      }
    }
    scale.check(score);
    Instant at;
    try {
      at = blank(row.get("answeredAt")) ? clock.instant() : Instant.parse(row.get("answeredAt")
          .trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("answeredAt '" + row.get("answeredAt")
          + "' is not an ISO-8601 instant such as 2026-11-02T10:15:00Z");
    }
    String id = blank(row.get("id")) ? derivedId(ticket, kind, at) : row.get("id").trim();
    return new SurveyResponse(id, ticket.trim(), blank(row.get("agent")) ? null
        : row.get("agent").trim(), kind, score, scale.name(), blank(row.get("comment")) ? null
        : row.get("comment"), at);
  }

  private static String required(Map<String, String> row, String field) {
    String v = row.get(field);
    if (blank(v)) {
      throw new IllegalArgumentException(field + " is missing");
    }
    return v;
  }

  private static boolean blank(String v) {
    return v == null || v.isBlank();
  }

  private static String derivedId(String ticket, SurveyKind kind, Instant at) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest((ticket + "|" + kind + "|" + at)
          .getBytes(StandardCharsets.UTF_8));
      return "ext-" + HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
