package io.shiftlead.testfixtures.sandbox.freshdesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shiftlead.testfixtures.sandbox.ApiRequest;
import io.shiftlead.testfixtures.sandbox.SandboxState;
import io.shiftlead.testfixtures.sandbox.TicketSnapshot;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;

/** Small request helpers shared by the Freshdesk handlers. */
final class Requests {

  private Requests() {}

  /** The ticket id of the path's first group; a non-number is an unknown ticket (404). */
  static long id(Matcher path) {
    try {
      return Long.parseLong(path.group(1));
    } catch (NumberFormatException e) {
      throw FreshdeskResponses.notFound();
    }
  }

  /** The body as a JSON object, else Freshdesk's 400 invalid_json. */
  static ObjectNode body(ApiRequest request) {
    try {
      JsonNode node = FreshdeskResponses.MAPPER.readTree(request.body());
      if (node instanceof ObjectNode) {
        return (ObjectNode) node;
      }
    } catch (IOException e) {
      // answered below
    }
    throw FreshdeskResponses.invalidJson();
  }

  /** A live (not deleted) ticket, else 404. */
  static TicketSnapshot live(SandboxState state, long id) {
    TicketSnapshot t = state.snapshot(id);
    if (t == null || t.isDeleted()) {
      throw FreshdeskResponses.notFound();
    }
    return t;
  }

  /**
   * A Freshdesk time filter ({@code updated_since}, {@code created_since}): an ISO instant or a
   * date (midnight UTC), else 400 invalid_date.
   */
  static Instant since(String field, String value) {
    String text = value.trim();
    try {
      return text.length() == 10
          ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw FreshdeskResponses.validation(field,
          "It should be in the 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM:SSZ' format", "invalid_date");
    }
  }
}
