package io.shiftlead.testfixtures.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shiftlead.testfixtures.generator.CustomField;
import java.util.List;
import java.util.regex.Matcher;

/** The small read endpoints: one ticket, and the ticket field definitions. */
final class TicketReadHandlers {

  private final SandboxState state;
  private final String baseUrl;

  TicketReadHandlers(SandboxState state, String baseUrl) {
    this.state = state;
    this.baseUrl = baseUrl;
  }

  /** {@code GET /api/v2/tickets/{id}.json}; deleted tickets are 404 as in Zendesk. */
  Response ticket(ApiRequest request, Matcher path) {
    ObjectNode body = JsonResponses.object();
    body.set("ticket", state.ticketJson(Route.id(path)));
    return JsonResponses.ok(body);
  }

  /** {@code GET /api/v2/ticket_fields.json}: the custom fields, dropdown options included. */
  Response ticketFields(ApiRequest request, Matcher path) {
    List<CustomField> fields = state.fields();
    ObjectNode body = JsonResponses.object();
    ArrayNode array = body.putArray("ticket_fields");
    int position = 1;
    for (CustomField field : fields) {
      ObjectNode node = array.addObject();
      node.put("id", field.id());
      node.put("url", baseUrl + "/api/v2/ticket_fields/" + field.id() + ".json");
      node.put("type", field.type());
      node.put("title", field.title());
      node.put("raw_title", field.title());
      node.put("key", field.key());
      node.put("description", "");
      node.put("position", position++);
      node.put("active", true);
      node.put("required", false);
      node.put("removable", true);
      if (!field.options().isEmpty()) {
        ArrayNode options = node.putArray("custom_field_options");
        long optionId = field.id() * 10;
        for (String value : field.options()) {
          options.addObject().put("id", ++optionId).put("name", label(value)).put("raw_name", label(value))
              .put("value", value).put("default", false);
        }
      }
    }
    body.putNull("next_page");
    body.putNull("previous_page");
    body.put("count", fields.size());
    return JsonResponses.ok(body);
  }

  /** "product_mobile_app" -> "Mobile app": the human label Zendesk shows for a tag value. */
  private static String label(String value) {
    String words = value.replaceFirst("^product_", "").replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
