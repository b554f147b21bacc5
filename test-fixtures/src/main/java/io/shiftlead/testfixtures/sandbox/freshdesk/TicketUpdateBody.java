package io.shiftlead.testfixtures.sandbox.freshdesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shiftlead.testfixtures.generator.CustomField;
import io.shiftlead.testfixtures.generator.User;
import io.shiftlead.testfixtures.sandbox.SandboxState;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Validates the body of {@code PUT /api/v2/tickets/{id}} as Freshdesk does (400 "Validation failed"
 * naming the field) and translates it into the dataset's vocabulary for {@link SandboxState#apply}.
 * Served: {@code custom_fields} ({@code cf_} names), {@code tags} (replaces the set), {@code priority}
 * 1-4, {@code status} 2-5, {@code group_id}, {@code responder_id}. Any other field is refused as
 * {@code invalid_field}.
 */
final class TicketUpdateBody {

  private static final Set<String> FIELDS =
      Set.of("custom_fields", "tags", "priority", "status", "group_id", "responder_id");

  private final SandboxState state;
  private final FreshdeskRenderer render;

  TicketUpdateBody(SandboxState state, FreshdeskRenderer render) {
    this.state = state;
    this.render = render;
  }

  /** The same change as a Zendesk ticket update object. */
  ObjectNode translate(ObjectNode body) {
    ObjectNode out = FreshdeskResponses.object();
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw FreshdeskResponses.validation(name, "Unexpected/invalid field in request", "invalid_field");
      }
    }
    if (body.has("priority")) {
      int priority = integer(body.get("priority"), "priority", "1,2,3,4");
      out.put("priority", FreshdeskCodes.priorityName(priority));
    }
    if (body.has("status")) {
      String status = FreshdeskCodes.statusName(integer(body.get("status"), "status", "2,3,4,5"));
      out.put("status", status);
    }
    if (body.has("group_id")) {
      Long group = id(body.get("group_id"), "group_id");
      if (group != null && !state.groupExists(group)) {
        throw FreshdeskResponses.validation("group_id", "There is no group matching the given group_id",
            "invalid_value");
      }
      putNullable(out, "group_id", group);
    }
    if (body.has("responder_id")) {
      Long responder = id(body.get("responder_id"), "responder_id");
      User agent = responder == null ? null : state.user(responder);
      if (responder != null && (agent == null || !agent.role().isStaff())) {
        throw FreshdeskResponses.validation("responder_id",
            "There is no agent matching the given responder_id", "invalid_value");
      }
      putNullable(out, "assignee_id", responder);
    }
    if (body.has("tags")) {
      JsonNode tags = body.get("tags");
      if (!tags.isArray()) {
        throw FreshdeskResponses.validation("tags", "It should be a/an Array", "datatype_mismatch");
      }
      ArrayNode copy = out.putArray("tags");
      for (JsonNode tag : tags) {
        if (!tag.isTextual()) {
          throw FreshdeskResponses.validation("tags", "It should contain elements of type String only",
              "datatype_mismatch");
        }
        copy.add(tag.asText());
      }
    }
    if (body.has("custom_fields")) {
      out.set("custom_fields", customFields(body.get("custom_fields")));
    }
    return out;
  }

  private ArrayNode customFields(JsonNode fields) {
    if (!fields.isObject()) {
      throw FreshdeskResponses.validation("custom_fields", "It should be a/an key/value pair",
          "datatype_mismatch");
    }
    ArrayNode out = FreshdeskResponses.MAPPER.createArrayNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      CustomField field = render.field(entry.getKey());
      if (field == null) {
        throw FreshdeskResponses.validation(entry.getKey(), "Unexpected/invalid field in request",
            "invalid_field");
      }
      ObjectNode item = out.addObject().put("id", field.id());
      item.set("value", fieldValue(field, entry.getKey(), entry.getValue()));
    }
    return out;
  }

  private static JsonNode fieldValue(CustomField field, String name, JsonNode value) {
    if (value == null || value.isNull()) {
      return FreshdeskResponses.MAPPER.nullNode();
    }
    switch (field.type()) {
      case "integer":
        if (!value.isIntegralNumber()) {
          throw FreshdeskResponses.validation(name, "It should be a/an Integer", "datatype_mismatch");
        }
        return value;
      case "tagger":
        if (!value.isTextual() || !field.options().contains(value.asText())) {
          throw FreshdeskResponses.validation(name,
              "It should be one of these values: '" + String.join(",", field.options()) + "'",
              "invalid_value");
        }
        return value;
      default:
        if (!value.isTextual()) {
          throw FreshdeskResponses.validation(name, "It should be a/an String", "datatype_mismatch");
        }
        return value;
    }
  }

  private static int integer(JsonNode value, String field, String allowed) {
    if (value != null && value.isIntegralNumber()) {
      String text = String.valueOf(value.asLong());
      for (String option : allowed.split(",")) {
        if (option.equals(text)) {
          return value.asInt();
        }
      }
    }
    throw FreshdeskResponses.validation(field, "It should be one of these values: '" + allowed + "'",
        "invalid_value");
  }

  private static Long id(JsonNode value, String field) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber()) {
      throw FreshdeskResponses.validation(field, "It should be a/an Positive Integer", "datatype_mismatch");
    }
    return value.asLong();
  }

  private static void putNullable(ObjectNode node, String field, Long value) {
    if (value == null) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }
}
