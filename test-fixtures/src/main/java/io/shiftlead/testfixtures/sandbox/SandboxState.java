package io.shiftlead.testfixtures.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shiftlead.testfixtures.generator.Comment;
import io.shiftlead.testfixtures.generator.CustomField;
import io.shiftlead.testfixtures.generator.Dataset;
import io.shiftlead.testfixtures.generator.SatisfactionRating;
import io.shiftlead.testfixtures.generator.Ticket;
import io.shiftlead.testfixtures.generator.User;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * All mutable sandbox data behind one lock. Every public-facing read renders its JSON while holding
 * the lock, so a response never mixes two versions of a ticket. Each change takes the next value of
 * a global sequence (the export's ordering) and a non-decreasing change time (updated_at and
 * generated_timestamp), so "changed since" is exact.
 *
 * <p>Public only for the vendor handlers in sub-packages (e.g. {@code sandbox.freshdesk}), which
 * read {@link TicketSnapshot}s and write through {@link #apply}; it is not an API for tests, which
 * use {@link SandboxHelpdesk}'s inspection methods.
 */
public final class SandboxState implements TicketChanges.Lookup {

  /** One page of the incremental export, still without its envelope. */
  record ExportPage(ArrayNode tickets, ArrayNode users, long lastSequence, boolean endOfStream) {}

  /** One page of the ticket event export, still without its envelope. */
  record EventsPage(ArrayNode events, long endTime, boolean endOfStream) {}

  private static final int RECENT_UPDATES = 20;

  private final Map<Long, User> users;
  private final Map<Long, CustomField> fields = new LinkedHashMap<>();
  private final Set<Long> groupIds;
  private final long apiUserId;
  private final Supplier<Instant> clock;
  private final boolean closedReadOnly;
  private final TicketUpdateLimiter limiter;
  private final TicketJson json;
  private final Map<Long, SandboxTicket> tickets = new LinkedHashMap<>();
  private final TreeMap<Long, SandboxTicket> bySequence = new TreeMap<>();
  private final Map<Long, Long> auditIdByComment = new HashMap<>();
  private final Deque<UpdateRecord> recentUpdates = new ArrayDeque<>();
  private long sequence;
  /** Built on the first ticket event export request (most sandboxes never serve one). */
  private TicketEventIndex eventIndex;
  private long nextCommentId;
  private long nextAuditId = 50_000_000_000_001L;
  private Instant lastChange = Instant.EPOCH;
  private long updatesApplied;

  SandboxState(Dataset dataset, String baseUrl, Supplier<Instant> clock, TicketUpdateLimiter limiter,
      boolean closedReadOnly) {
    this.closedReadOnly = closedReadOnly;
    this.users = Map.copyOf(dataset.usersById());
    this.groupIds = dataset.groups().stream().map(g -> g.id()).collect(Collectors.toSet());
    dataset.ticketFields().forEach(f -> fields.put(f.id(), f));
    this.apiUserId = dataset.apiUser().id();
    this.clock = clock;
    this.limiter = limiter;
    this.json = new TicketJson(baseUrl, users);
    long maxCommentId = 0;
    Map<Long, SandboxTicket> seeded = new HashMap<>();
    List<Ticket> byUpdate = new ArrayList<>(dataset.tickets());
    byUpdate.sort(Comparator.comparing(Ticket::updatedAt).thenComparing(Ticket::id));
    for (Ticket seed : byUpdate) {
      SandboxTicket t = new SandboxTicket(seed);
      t.sequence = ++sequence;
      bySequence.put(t.sequence, t);
      seeded.put(t.id, t);
      lastChange = max(lastChange, t.updatedAt);
      for (Comment c : t.comments) {
        maxCommentId = Math.max(maxCommentId, c.id());
      }
    }
    dataset.tickets().forEach(seed -> tickets.put(seed.id(), seeded.get(seed.id())));
    nextCommentId = maxCommentId + 1;
  }

  // ---- reads for the API ----

  synchronized ExportPage exportPage(Long cursor, Long startTime, int perPage, Duration lag,
      boolean excludeDeleted, boolean includeUsers, boolean includeCommentCount) {
    long after = cursor != null ? cursor : sequenceBefore(startTime == null ? 0 : startTime);
    Instant visibleUntil = clock.get().minus(lag);
    List<SandboxTicket> page = new ArrayList<>();
    long last = after;
    boolean more = false;
    for (Map.Entry<Long, SandboxTicket> entry : bySequence.tailMap(after, false).entrySet()) {
      SandboxTicket t = entry.getValue();
      if (t.changedAt.isAfter(visibleUntil)) {
        break; // the lag hides this change and every later one
      }
      if (page.size() == perPage) {
        more = true;
        break;
      }
      last = entry.getKey();
      if (!(excludeDeleted && t.isDeleted())) {
        page.add(t);
      }
    }
    ArrayNode ticketNodes = JsonResponses.MAPPER.createArrayNode();
    for (SandboxTicket t : page) {
      ObjectNode node = json.ticket(t);
      if (includeCommentCount) {
        node.put("comment_count", t.isDeleted() ? 0 : t.comments.size());
      }
      ticketNodes.add(node);
    }
    return new ExportPage(ticketNodes, includeUsers ? usersOf(page) : null, last, !more);
  }

  /**
   * Audits at or after {@code startTime}, oldest first: at least {@code limit} unless the stream
   * ends, always ending with a whole second. Deleted tickets' audits are left out.
   */
  synchronized EventsPage ticketEventsPage(long startTime, int limit, Duration lag,
      boolean commentEvents) {
    if (eventIndex == null) {
      eventIndex = TicketEventIndex.build(new ArrayList<>(tickets.values()));
    }
    long visibleUntil = clock.get().minus(lag).getEpochSecond();
    ArrayNode events = JsonResponses.MAPPER.createArrayNode();
    Map<Long, List<ObjectNode>> rendered = new HashMap<>();
    Set<Long> emitted = new HashSet<>();
    long lastSecond = -1;
    boolean more = false;
    java.util.Iterator<Long> keys = eventIndex.from(startTime);
    while (keys.hasNext()) {
      long key = keys.next();
      long second = TicketEventIndex.second(key);
      if (second > visibleUntil) {
        break; // the lag hides this second and every later one
      }
      if (events.size() >= limit && second != lastSecond) {
        more = true;
        break;
      }
      lastSecond = second;
      SandboxTicket t = eventIndex.ticket(key);
      if (t.isDeleted()) {
        continue;
      }
      for (ObjectNode audit : rendered.computeIfAbsent(t.id,
          id -> TicketAudits.render(t, json, this::auditId))) {
        long at = Instant.parse(audit.get("created_at").asText()).getEpochSecond();
        if (at == second && emitted.add(audit.get("id").asLong())) {
          events.add(TicketEvents.of(audit, commentEvents));
        }
      }
    }
    return new EventsPage(events, lastSecond < 0 ? startTime : lastSecond, !more);
  }

  /** Fails with 404 unless the ticket exists and is not deleted. */
  synchronized void requireLive(long id) {
    live(id);
  }

  synchronized ObjectNode ticketJson(long id) {
    return json.ticket(live(id));
  }

  /** The rendered comments of a live ticket, oldest first, with the ids of their authors. */
  synchronized List<ObjectNode> commentsJson(long id) {
    return live(id).comments.stream()
        .map(c -> json.comment(c, auditId(c)))
        .collect(Collectors.toList());
  }

  /** The rendered audits of a live ticket, oldest first (see {@link TicketAudits}). */
  synchronized List<ObjectNode> auditsJson(long id) {
    return TicketAudits.render(live(id), json, this::auditId);
  }

  synchronized ArrayNode usersJson(Set<Long> ids) {
    ArrayNode nodes = JsonResponses.MAPPER.createArrayNode();
    ids.stream().filter(json::knowsUser).forEach(id -> nodes.add(json.user(id)));
    return nodes;
  }

  synchronized List<ObjectNode> ratingsJson(Long startTime, Long endTime, String score) {
    return tickets.values().stream()
        .filter(t -> !t.isDeleted() && t.rating != null)
        .map(t -> t.rating)
        .filter(r -> startTime == null || r.createdAt().getEpochSecond() >= startTime)
        .filter(r -> endTime == null || r.createdAt().getEpochSecond() < endTime)
        .filter(r -> matchesScore(r, score))
        .sorted(Comparator.comparingLong(SatisfactionRating::id))
        .map(json::rating)
        .collect(Collectors.toList());
  }

  public List<CustomField> fields() {
    return List.copyOf(fields.values());
  }

  // ---- snapshots for vendor handlers ----

  /** Every ticket, deleted ones included, as one consistent copy. */
  public synchronized List<TicketSnapshot> snapshots() {
    return tickets.values().stream().map(SandboxTicket::snapshot).collect(Collectors.toList());
  }

  /** One ticket, or null when there is no such ticket (deleted ones are returned, flagged). */
  public synchronized TicketSnapshot snapshot(long id) {
    SandboxTicket t = tickets.get(id);
    return t == null ? null : t.snapshot();
  }

  /** The admin the API caller acts as: author of notes written through the API. */
  public long apiUserId() {
    return apiUserId;
  }

  /** A guard run under the lock before an update: throws to refuse it. */
  public interface UpdateGuard {
    /** @param current the ticket, or null when it does not exist or is deleted */
    void check(TicketSnapshot current);
  }

  /**
   * Applies an update written in the Zendesk vocabulary ({@code {"priority":"high","tags":[..],
   * "custom_fields":[{"id":..,"value":..}],"comment":{..}}}) atomically, after {@code guard} accepted
   * the current ticket. For vendor handlers that translate and validate their own request shape
   * first, so that the Zendesk validation below never rejects what they pass.
   *
   * @return the ticket after the update
   */
  public synchronized TicketSnapshot apply(long id, ObjectNode zendeskTicket, String source,
      UpdateGuard guard) {
    SandboxTicket t = tickets.get(id);
    guard.check(t == null || t.isDeleted() ? null : t.snapshot());
    applyUpdate(id, TicketChanges.parse(zendeskTicket, this), source);
    return tickets.get(id).snapshot();
  }

  // ---- writes ----

  /** Applies one validated update atomically; returns {@code {"ticket":..,"audit":..}}. */
  synchronized ObjectNode applyUpdate(long id, TicketChanges c, String source) {
    SandboxTicket t = live(id);
    if (c.safeUpdate && c.updatedStamp != null && !c.updatedStamp.equals(TicketJson.iso(t.updatedAt))) {
      throw JsonResponses.error(409, "UpdateConflict",
          "The ticket was updated since updated_stamp " + c.updatedStamp);
    }
    if (closedReadOnly && "closed".equals(t.status)) {
      throw JsonResponses.invalid(JsonResponses.detail("status", "Status: closed prevents ticket update"));
    }
    if ("new".equals(c.status) && !"new".equals(t.status)) {
      throw JsonResponses.invalid(JsonResponses.detail("status", "Status: cannot be set to new"));
    }
    long wait = limiter.tryUpdate(id);
    if (wait > 0) {
      throw new ApiError(JsonResponses.tooManyRequests(wait,
          "You have made too many updates to ticket " + id + " in a short period. Try again later."));
    }
    Instant at = nextChangeTime();
    long auditId = nextAuditId++;
    ArrayNode events = JsonResponses.MAPPER.createArrayNode();
    List<String> changed = new ArrayList<>();
    if (c.priorityGiven && !Objects.equals(c.priority, t.priority)) {
      change(events, changed, "priority", c.priority, t.priority);
      t.priority = c.priority;
    }
    if (c.status != null && !c.status.equals(t.status)) {
      change(events, changed, "status", c.status, t.status);
      t.statusEvents.add(new StatusEvent(at, t.status, c.status, auditId, apiUserId, "api"));
      t.status = c.status;
    }
    if (c.assigneeGiven && !Objects.equals(c.assigneeId, t.assigneeId)) {
      change(events, changed, "assignee_id", c.assigneeId, t.assigneeId);
      t.assigneeId = c.assigneeId;
      if (!c.groupGiven && t.groupId == null && c.assigneeId != null) {
        c.groupGiven = true; // like Zendesk, assigning an agent fills an empty group with theirs
        c.groupId = users.get(c.assigneeId).groupId();
      }
    }
    if (c.groupGiven && !Objects.equals(c.groupId, t.groupId)) {
      change(events, changed, "group_id", c.groupId, t.groupId);
      t.groupId = c.groupId;
    }
    List<String> tags = new ArrayList<>(c.tags != null ? c.tags : t.tags);
    c.additionalTags.stream().filter(tag -> !tags.contains(tag)).forEach(tags::add);
    tags.removeAll(c.removeTags);
    if (!tags.equals(t.tags)) {
      change(events, changed, "tags", tags, new ArrayList<>(t.tags));
      t.tags.clear();
      t.tags.addAll(tags);
    }
    for (Map.Entry<Long, Object> field : c.customFields.entrySet()) {
      Object previous = t.customFields.get(field.getKey());
      if (!Objects.equals(previous, field.getValue())) {
        change(events, changed, String.valueOf(field.getKey()), field.getValue(), previous);
        t.customFields.put(field.getKey(), field.getValue());
      }
    }
    if (c.hasComment()) {
      long author = c.commentAuthorId != null ? c.commentAuthorId : apiUserId;
      Comment comment = new Comment(nextCommentId++, author, c.commentBody, c.commentHtml,
          c.commentPublic, "api", at);
      t.comments.add(comment);
      auditIdByComment.put(comment.id(), auditId);
      events.add(json.comment(comment, auditId).put("type", "Comment"));
      changed.add("comment");
    }
    if (!changed.isEmpty()) {
      // A no-op update creates no audit events in Zendesk and does not touch updated_at.
      t.updatedAt = at;
      bump(t, at);
    }
    updatesApplied++;
    remember(new UpdateRecord(at, id, source, changed));
    ObjectNode result = JsonResponses.object();
    result.set("ticket", json.ticket(t));
    ObjectNode audit = result.putObject("audit");
    audit.put("id", auditId).put("ticket_id", id).put("created_at", TicketJson.iso(at))
        .put("author_id", apiUserId);
    audit.putObject("metadata");
    audit.putObject("via").put("channel", "api");
    audit.set("events", events);
    return result;
  }

  /** Simulates the requester replying: a public comment, and pending/solved/hold tickets reopen. */
  synchronized ObjectNode touch(long id, String body) {
    SandboxTicket t = live(id);
    if (closedReadOnly && "closed".equals(t.status)) {
      throw JsonResponses.invalid(JsonResponses.detail("status", "Status: closed prevents ticket update"));
    }
    Instant at = nextChangeTime();
    Comment comment = new Comment(nextCommentId++, t.requesterId, body, null, true, "web", at);
    t.comments.add(comment);
    long auditId = nextAuditId++;
    auditIdByComment.put(comment.id(), auditId);
    List<String> changed = new ArrayList<>(List.of("comment"));
    if (Set.of("pending", "solved", "hold", "closed").contains(t.status)) {
      t.statusEvents.add(new StatusEvent(at, t.status, "open", auditId, t.requesterId, "web"));
      t.status = "open";
      changed.add("status");
    }
    t.updatedAt = at;
    bump(t, at);
    remember(new UpdateRecord(at, id, "touch", changed));
    return json.ticket(t);
  }

  // ---- inspection ----

  synchronized TicketView view(long id) {
    SandboxTicket t = tickets.get(id);
    if (t == null) {
      throw new IllegalArgumentException("no ticket " + id);
    }
    return t.view();
  }

  synchronized List<Comment> comments(long id) {
    SandboxTicket t = tickets.get(id);
    if (t == null) {
      throw new IllegalArgumentException("no ticket " + id);
    }
    return List.copyOf(t.comments);
  }

  synchronized List<Long> ticketIds() {
    return List.copyOf(tickets.keySet());
  }

  synchronized long updatesApplied() {
    return updatesApplied;
  }

  synchronized List<UpdateRecord> recentUpdates() {
    return List.copyOf(recentUpdates);
  }

  /** Any ticket, deleted ones included, with all its comments: for the admin page. */
  synchronized ObjectNode adminTicket(long id) {
    SandboxTicket t = tickets.get(id);
    if (t == null) {
      throw JsonResponses.notFound();
    }
    ObjectNode node = json.ticket(t);
    node.put("sequence", t.sequence);
    ArrayNode comments = node.putArray("comments");
    t.comments.forEach(c -> comments.add(json.comment(c, auditId(c))));
    return node;
  }

  synchronized Map<String, Long> countByStatus() {
    Map<String, Long> counts = new TreeMap<>();
    tickets.values().forEach(t -> counts.merge(t.status, 1L, Long::sum));
    return counts;
  }

  synchronized int userCount() {
    return users.size();
  }

  // ---- Lookup for TicketChanges ----

  @Override
  public boolean groupExists(long id) {
    return groupIds.contains(id);
  }

  @Override
  public User user(long id) {
    return users.get(id);
  }

  @Override
  public CustomField field(long id) {
    return fields.get(id);
  }

  // ---- internals ----

  private SandboxTicket live(long id) {
    SandboxTicket t = tickets.get(id);
    if (t == null || t.isDeleted()) {
      throw JsonResponses.notFound();
    }
    return t;
  }

  /** The last sequence whose ticket changed before {@code startTime} (timestamps rise with sequence). */
  private long sequenceBefore(long startTime) {
    long after = 0;
    for (Map.Entry<Long, SandboxTicket> entry : bySequence.entrySet()) {
      if (entry.getValue().generatedTimestamp >= startTime) {
        break;
      }
      after = entry.getKey();
    }
    return after;
  }

  private ArrayNode usersOf(List<SandboxTicket> page) {
    Set<Long> ids = new LinkedHashSet<>();
    for (SandboxTicket t : page) {
      ids.add(t.requesterId);
      if (t.assigneeId != null) {
        ids.add(t.assigneeId);
      }
      t.comments.forEach(c -> ids.add(c.authorId()));
    }
    return usersJson(ids);
  }

  private Instant nextChangeTime() {
    lastChange = max(clock.get().truncatedTo(ChronoUnit.SECONDS), lastChange);
    return lastChange;
  }

  private void bump(SandboxTicket t, Instant at) {
    bySequence.remove(t.sequence);
    t.sequence = ++sequence;
    t.generatedTimestamp = at.getEpochSecond();
    t.changedAt = clock.get();
    bySequence.put(t.sequence, t);
    if (eventIndex != null) {
      eventIndex.add(t, at.getEpochSecond());
    }
  }

  private void remember(UpdateRecord record) {
    recentUpdates.addFirst(record);
    while (recentUpdates.size() > RECENT_UPDATES) {
      recentUpdates.removeLast();
    }
  }

  private long auditId(Comment c) {
    // Seeded comments had no audits in the sandbox; derive a stable, distinct id.
    return auditIdByComment.getOrDefault(c.id(), c.id() + 1_000_000_000_000L);
  }

  private static void change(ArrayNode events, List<String> changed, String field, Object value,
      Object previous) {
    ObjectNode event = events.addObject().put("type", "Change").put("field_name", field);
    event.set("value", JsonResponses.MAPPER.valueToTree(value));
    event.set("previous_value", JsonResponses.MAPPER.valueToTree(previous));
    changed.add(field);
  }

  private static boolean matchesScore(SatisfactionRating r, String score) {
    if (score == null || score.isEmpty() || "received".equals(score)) {
      return true;
    }
    boolean hasComment = r.comment() != null && !r.comment().isEmpty();
    switch (score) {
      case "received_with_comment":
        return hasComment;
      case "received_without_comment":
        return !hasComment;
      default:
        String[] parts = score.split("_", 2);
        if (!parts[0].equals(r.score())) {
          return false;
        }
        return parts.length == 1 || ("with_comment".equals(parts[1]) == hasComment);
    }
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
