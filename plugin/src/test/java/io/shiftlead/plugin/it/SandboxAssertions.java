package io.shiftlead.plugin.it;

import io.shiftlead.testfixtures.generator.Comment;
import io.shiftlead.testfixtures.generator.User;
import io.shiftlead.testfixtures.sandbox.SandboxHelpdesk;
import java.util.List;
import java.util.Optional;

/** Reads the sandbox helpdesk's own state: what Shiftlead actually wrote into it. */
final class SandboxAssertions {
  static final long FIRST_REPLY_FIELD = 360000000101L;
  static final long QA_SCORE_FIELD = 360000000106L;
  static final long QA_RESULT_FIELD = 360000000107L;
  static final long SLA_DUE_FIELD = 360000000104L;
  static final long SLA_STATE_FIELD = 360000000105L;

  private final SandboxHelpdesk sandbox;

  SandboxAssertions(SandboxHelpdesk sandbox) {
    this.sandbox = sandbox;
  }

  /**
   * Tickets that are neither deleted nor closed (read-only) and have a public reply by staff: the
   * built-in evaluator writes to exactly these.
   */
  List<Long> ticketsWithAnAgentReply() {
    return sandbox.ticketIds().stream()
        .filter(id -> !List.of("deleted", "closed").contains(sandbox.ticket(id).status()))
        .filter(id -> sandbox.comments(id).stream().anyMatch(this::isPublicStaffReply))
        .toList();
  }

  private boolean isPublicStaffReply(Comment comment) {
    Optional<User> author = sandbox.dataset().user(comment.authorId());
    return comment.isPublic() && author.map(u -> u.role().isStaff()).orElse(false);
  }

  long shiftleadNotes(long ticketId) {
    return sandbox.comments(ticketId).stream()
        .filter(c -> !c.isPublic() && c.body().contains("[shiftlead:")).count();
  }

  /** The idempotency markers of Shiftlead's notes on the ticket, oldest first. */
  List<String> noteMarkers(long ticketId) {
    java.util.regex.Pattern marker = java.util.regex.Pattern.compile("\\[shiftlead:([^\\]]+)]");
    List<String> markers = new java.util.ArrayList<>();
    for (Comment c : sandbox.comments(ticketId)) {
      java.util.regex.Matcher m = marker.matcher(c.body());
      if (!c.isPublic() && m.find()) {
        markers.add(m.group(1));
      }
    }
    return markers;
  }

  /** Notes posted more than once: the same marker on two notes. */
  List<String> notesPostedTwice(long ticketId) {
    List<String> markers = noteMarkers(ticketId);
    return markers.stream().filter(m -> markers.indexOf(m) != markers.lastIndexOf(m))
        .distinct().toList();
  }

  /** Shiftlead's notes other than the SLA engine's own (rule and first-reply notes). */
  long notesOtherThanSla(long ticketId) {
    return noteMarkers(ticketId).stream().filter(m -> !m.startsWith("sla")).count();
  }

  Object firstReplyField(long ticketId) {
    return sandbox.ticket(ticketId).customField(FIRST_REPLY_FIELD);
  }

  boolean everyRepliedTicketHasItsField() {
    return ticketsWithAnAgentReply().stream().allMatch(id -> firstReplyField(id) != null);
  }

  Object qaScoreField(long ticketId) {
    return sandbox.ticket(ticketId).customField(QA_SCORE_FIELD);
  }

  Object qaResultField(long ticketId) {
    return sandbox.ticket(ticketId).customField(QA_RESULT_FIELD);
  }

  /** Internal notes carrying the ticket's QA note marker. */
  long qaNotes(long ticketId) {
    return sandbox.comments(ticketId).stream().filter(c -> !c.isPublic()
        && c.body().contains("[shiftlead:qa.ticket." + ticketId + "]")).count();
  }

  /** Tickets Shiftlead may write to: neither deleted nor closed (read-only). */
  List<Long> writableTickets() {
    return sandbox.ticketIds().stream()
        .filter(id -> !List.of("deleted", "closed").contains(sandbox.ticket(id).status()))
        .toList();
  }

  Object slaState(long ticketId) {
    return sandbox.ticket(ticketId).customField(SLA_STATE_FIELD);
  }

  Object slaDue(long ticketId) {
    return sandbox.ticket(ticketId).customField(SLA_DUE_FIELD);
  }

  boolean everyWritableTicketHasAnSlaState() {
    return writableTickets().stream().allMatch(id -> slaState(id) != null);
  }

  /** Internal notes naming a breached target ("... used up at ..."). */
  long slaBreachNotes(long ticketId) {
    return sandbox.comments(ticketId).stream()
        .filter(c -> !c.isPublic() && c.body().contains(" used up at ")).count();
  }

  List<String> slaNotes(long ticketId) {
    return sandbox.comments(ticketId).stream()
        .filter(c -> !c.isPublic() && c.body().contains("Shiftlead SLA")).map(Comment::body)
        .toList();
  }

  /** Breach lines ("- metric: target ... used up at ... (clock started S") in more than one note. */
  List<String> breachLinesNotedTwice(long ticketId) {
    java.util.Map<String, Long> seen = new java.util.HashMap<>();
    for (String note : slaNotes(ticketId)) {
      for (String line : note.split("\n")) {
        if (line.contains(" used up at ") && line.contains("(clock started ")) {
          String metricAndCycle = line.substring(0, line.indexOf(':')) + " "
              + line.substring(line.indexOf("(clock started "), line.indexOf("(clock started ")
                  + 35);
          seen.merge(metricAndCycle, 1L, Long::sum);
        }
      }
    }
    return seen.entrySet().stream().filter(e -> e.getValue() > 1).map(Object::toString).toList();
  }

  java.util.Map<Long, Long> shiftleadNotesPerTicket() {
    java.util.Map<Long, Long> notes = new java.util.TreeMap<>();
    sandbox.ticketIds().forEach(id -> notes.put(id, shiftleadNotes(id)));
    return notes;
  }
}
