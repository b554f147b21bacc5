package io.shiftlead.testfixtures.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a dataset in the ticket interchange format (docs: ticket-format.md): one ticket per line,
 * UTF-8, as a Zendesk connector would normalize it. Deleted tickets are skipped: the format has no
 * status for them and, like Zendesk, they have no conversation left to replay.
 */
public final class JsonlWriter {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonlWriter() {}

  public static void write(Dataset dataset, Path file) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(dataset, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void write(Dataset dataset, Writer out) throws IOException {
    write(dataset, out, Integer.MAX_VALUE);
  }

  /** Writes at most {@code maxLines} tickets (deleted ones are skipped and not counted). */
  public static void write(Dataset dataset, Writer out, int maxLines) throws IOException {
    Map<Long, User> users = dataset.usersById();
    int written = 0;
    for (Ticket ticket : dataset.tickets()) {
      if (written == maxLines) {
        return;
      }
      if (!"deleted".equals(ticket.status())) {
        out.write(MAPPER.writeValueAsString(toLine(dataset, users, ticket)));
        out.write('\n');
        written++;
      }
    }
  }

  public static String toJsonl(Dataset dataset) {
    StringWriter out = new StringWriter();
    try {
      write(dataset, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static ObjectNode toLine(Dataset dataset, Map<Long, User> users, Ticket ticket) {
    ObjectNode line = MAPPER.createObjectNode();
    line.put("id", String.valueOf(ticket.id()));
    line.put("source", "zendesk");
    line.put("subject", ticket.subject());
    line.put("status", status(ticket.status()));
    line.put("priority", ticket.priority());
    line.put("channel", channel(ticket.channel()));
    line.put("createdAt", ticket.createdAt().toString());
    line.put("updatedAt", ticket.updatedAt().toString());
    User requester = users.get(ticket.requesterId());
    ObjectNode requesterNode = line.putObject("requester");
    requesterNode.put("id", String.valueOf(requester.id()));
    requesterNode.put("name", requester.name());
    requesterNode.put("email", requester.email());
    requesterNode.put("organization",
        dataset.organization(requester.organizationId()).map(Organization::name).orElse(null));
    requesterNode.put("locale", requester.locale());
    if (ticket.assigneeId() == null) {
      line.putNull("assignee");
    } else {
      User assignee = users.get(ticket.assigneeId());
      line.putObject("assignee").put("id", String.valueOf(assignee.id())).put("name", assignee.name());
    }
    line.put("group", dataset.group(ticket.groupId()).map(Group::name).orElse(null));
    ArrayNode tags = line.putArray("tags");
    ticket.tags().forEach(tags::add);
    ObjectNode fields = line.putObject("fields");
    for (CustomField field : dataset.ticketFields()) {
      Object value = ticket.customFields().get(field.id());
      if (value != null) {
        fields.putPOJO(field.key(), value);
      }
    }
    ArrayNode comments = line.putArray("comments");
    for (Comment comment : ticket.comments()) {
      ObjectNode node = comments.addObject();
      node.put("id", String.valueOf(comment.id()));
      node.putObject("author")
          .put("id", String.valueOf(comment.authorId()))
          .put("role", users.get(comment.authorId()).role().isStaff() ? "agent" : "customer");
      node.put("public", comment.isPublic());
      node.put("createdAt", comment.createdAt().toString());
      node.put("body", comment.body());
    }
    ArrayNode changes = line.putArray("statusChanges");
    for (StatusChange change : ticket.statusChanges()) {
      changes.addObject()
          .put("at", change.at().toString())
          .put("from", status(change.from()))
          .put("to", status(change.to()));
    }
    ArrayNode surveys = line.putArray("surveys");
    SatisfactionRating rating = ticket.satisfactionRating();
    if (rating != null) {
      surveys.addObject()
          .put("kind", "csat")
          .put("score", "good".equals(rating.score()) ? 1 : 0)
          .put("scale", "good-bad")
          .put("comment", rating.comment())
          .put("at", rating.createdAt().toString());
    }
    return line;
  }

  /** Zendesk status to interchange status; only "hold" is spelled differently. */
  static String status(String zendesk) {
    return "hold".equals(zendesk) ? "on_hold" : zendesk;
  }

  /** Zendesk via.channel to the interchange's closed channel list. */
  static String channel(String zendesk) {
    switch (zendesk) {
      case "email":
      case "web":
      case "chat":
      case "api":
        return zendesk;
      case "voice":
        return "phone";
      case "twitter":
      case "facebook":
        return "social";
      default:
        return "other";
    }
  }
}
