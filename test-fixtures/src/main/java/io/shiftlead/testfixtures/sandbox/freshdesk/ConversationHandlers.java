package io.shiftlead.testfixtures.sandbox.freshdesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shiftlead.testfixtures.generator.Comment;
import io.shiftlead.testfixtures.generator.User;
import io.shiftlead.testfixtures.sandbox.ApiRequest;
import io.shiftlead.testfixtures.sandbox.Response;
import io.shiftlead.testfixtures.sandbox.SandboxState;
import io.shiftlead.testfixtures.sandbox.TicketSnapshot;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * {@code GET /api/v2/tickets/{id}/conversations} (every comment after the description, oldest first,
 * page-numbered with {@code Link}) and {@code POST /api/v2/tickets/{id}/notes} ({@code body} HTML,
 * {@code private} default true, optional agent {@code user_id}; answers 201 with the new entry).
 */
public final class ConversationHandlers {

  private static final Set<String> NOTE_FIELDS = Set.of("body", "private", "user_id");

  private final SandboxState state;
  private final FreshdeskRenderer render;
  private final TicketHandlers tickets;
  private final String baseUrl;

  public ConversationHandlers(SandboxState state, TicketHandlers tickets, String baseUrl) {
    this.state = state;
    this.render = new FreshdeskRenderer(state);
    this.tickets = tickets;
    this.baseUrl = baseUrl;
  }

  public Response list(ApiRequest request, Matcher path) {
    Paging paging = Paging.of(request);
    TicketSnapshot t = Requests.live(state, Requests.id(path));
    List<Comment> entries = t.comments().isEmpty() ? List.of() : t.comments().subList(1, t.comments().size());
    ArrayNode body = FreshdeskResponses.MAPPER.createArrayNode();
    paging.slice(entries).forEach(c -> body.add(render.conversation(c, t)));
    return paging.link(FreshdeskResponses.json(200, body), baseUrl, request, entries.size());
  }

  public Response addNote(ApiRequest request, Matcher path) {
    long id = Requests.id(path);
    TicketSnapshot before = state.snapshot(id);
    if (before == null) {
      throw FreshdeskResponses.notFound();
    }
    if (before.isDeleted()) {
      throw FreshdeskResponses.validation("ticket_id", "The ticket is in Trash and cannot take notes",
          "invalid_value");
    }
    ObjectNode comment = comment(Requests.body(request));
    ObjectNode change = FreshdeskResponses.object();
    change.set("comment", comment);
    TicketSnapshot after = state.apply(id, change, "freshdesk note", tickets::refuseIfReadOnly);
    Comment note = after.comments().get(after.comments().size() - 1);
    return FreshdeskResponses.json(201, render.conversation(note, after));
  }

  private ObjectNode comment(ObjectNode body) {
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!NOTE_FIELDS.contains(name)) {
        throw FreshdeskResponses.validation(name, "Unexpected/invalid field in request", "invalid_field");
      }
    }
    JsonNode text = body.get("body");
    if (text == null || !text.isTextual() || text.asText().isBlank()) {
      throw FreshdeskResponses.validation("body", "It should be a/an String", "missing_field");
    }
    JsonNode isPrivate = body.get("private");
    if (isPrivate != null && !isPrivate.isBoolean()) {
      throw FreshdeskResponses.validation("private", "It should be a/an Boolean", "datatype_mismatch");
    }
    ObjectNode comment = FreshdeskResponses.object()
        .put("html_body", text.asText())
        .put("public", isPrivate != null && !isPrivate.booleanValue());
    JsonNode userId = body.get("user_id");
    if (userId != null && !userId.isNull()) {
      User agent = userId.isIntegralNumber() ? state.user(userId.asLong()) : null;
      if (agent == null || !agent.role().isStaff()) {
        throw FreshdeskResponses.validation("user_id", "There is no agent matching the given user_id",
            "invalid_value");
      }
      comment.put("author_id", agent.id());
    }
    return comment;
  }
}
