package io.shiftlead.connectors.jsm;

import io.shiftlead.connectors.support.Sleeper;
import io.shiftlead.connectors.jsm.api.FeedbackApi;
import io.shiftlead.connectors.jsm.api.IssuesApi;
import io.shiftlead.connectors.jsm.api.RequestCommentsApi;
import io.shiftlead.connectors.jsm.api.SearchApi;
import io.shiftlead.connectors.jsm.api.SlaApi;
import io.shiftlead.connectors.jsm.wire.WireComment;
import io.shiftlead.connectors.jsm.wire.WireFeedback;
import io.shiftlead.connectors.jsm.wire.WireIssue;
import io.shiftlead.connectors.jsm.wire.WireIssueFields;
import io.shiftlead.connectors.spi.Capabilities;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.HelpdeskConnector;
import io.shiftlead.connectors.spi.Page;
import io.shiftlead.connectors.spi.RateLimits;
import io.shiftlead.connectors.spi.WebhookHandler;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.NotFoundException;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One JSM service project. Tickets come from the enhanced JQL search ordered by {@code updated} (see
 * {@link JqlScanner} for the cursor), each with its request comments; surveys are CSAT feedback of
 * resolved requests; writes go through {@link JsmUpdates}. Keeps no state between pages.
 *
 * <p><b>CSAT discovery.</b> The servicedesk API has feedback per request only, and the "Satisfaction"
 * custom field that would let JQL find rated requests has an instance-specific id and an undocumented
 * shape. So {@link #pullSurveys} scans requests in the Done category changed since the cursor and
 * reads {@code /feedback} of each (404 = not rated): rating a request changes its Satisfaction field,
 * which updates the issue. Cost: one extra call per resolved request changed.
 */
public final class JsmConnector implements HelpdeskConnector {
  /** Surveys are sent on resolution: only requests in the Done category can carry feedback. */
  static final String DONE_CLAUSE = "statusCategory = Done";
  /**
   * Jira's per-issue write limit ({@code jira-per-issue-on-write}) has no published number; this is a
   * conservative budget for the plugin's planner, not a vendor figure.
   */
  private static final int UPDATES_PER_TICKET = 10;
  private static final int UPDATE_WINDOW_MINUTES = 1;

  private final JsmSettings settings;
  private final JsmClient client;
  private final JqlScanner scanner;
  private final IssuesApi issues;
  private final RequestCommentsApi comments;
  private final FeedbackApi feedback;
  private final SlaApi slas;
  private final JsmMapper mapper;
  private final JsmUpdates updates;
  private final Optional<WebhookHandler> webhooks;

  public JsmConnector(JsmSettings settings, Clock clock, Sleeper sleeper) {
    this.settings = settings;
    this.client = new JsmClient(settings, clock, sleeper);
    this.scanner = new JqlScanner(new SearchApi(client), settings);
    this.issues = new IssuesApi(client);
    this.comments = new RequestCommentsApi(client);
    this.feedback = new FeedbackApi(client);
    this.slas = new SlaApi(client);
    this.mapper = new JsmMapper(settings.customFields());
    this.updates = new JsmUpdates(settings, issues, comments);
    this.webhooks = settings.webhookSecret()
        .map(secret -> new JsmWebhookVerifier(secret, settings.webhookReplayWindow(), settings.projectKey()));
  }

  @Override
  public Capabilities capabilities() {
    return new Capabilities(JsmUpdates.MAX_BATCH, true, webhooks.isPresent(),
        new RateLimits(settings.requestsPerMinute(), settings.requestsPerMinute(),
            UPDATES_PER_TICKET, UPDATE_WINDOW_MINUTES));
  }

  @Override
  public Page<Ticket> pullTickets(Cursor cursor) throws ConnectorException {
    JqlScanner.ScanPage page = scanner.page(position(cursor), null, mapper.searchFields());
    List<Ticket> items = new ArrayList<>();
    for (WireIssue issue : page.issues()) {
      items.add(withConversation(issue));
    }
    return new Page<>(items, page.next().toCursor(), page.endOfScan());
  }

  /** A backfill starts the JQL scan again at {@code updated >= from} (floored to the minute). */
  @Override
  public Optional<Cursor> ticketCursorFrom(Instant from) {
    return Optional.of(ScanCursor.startingAt(from).toCursor());
  }

  @Override
  public Page<SurveyResponse> pullSurveys(Cursor cursor) throws ConnectorException {
    JqlScanner.ScanPage page = scanner.page(position(cursor), DONE_CLAUSE,
        List.of("updated", "assignee", "created"));
    List<SurveyResponse> items = new ArrayList<>();
    for (WireIssue issue : page.issues()) {
      Optional<WireFeedback> answer = feedback.get(issue.key());
      if (answer.isEmpty()) {
        continue;
      }
      WireIssueFields fields = readable(issue);
      String agent = fields.assignee() == null ? null : fields.assignee().accountId();
      mapper.survey(issue.key(), agent, answer.get(), updated(issue, fields)).ifPresent(items::add);
    }
    return new Page<>(items, page.next().toCursor(), page.endOfScan());
  }

  @Override
  public Optional<Ticket> fetchTicket(String ticketId) throws ConnectorException {
    String key = JsmUpdates.issueKey(ticketId);
    WireIssue issue;
    try {
      issue = issues.get(key, mapper.searchFields());
    } catch (NotFoundException gone) {
      return Optional.empty();
    }
    return Optional.of(withConversation(issue));
  }

  @Override
  public UpdateResult apply(TicketUpdate update) throws ConnectorException {
    return updates.apply(update);
  }

  @Override
  public Optional<WebhookHandler> webhooks() {
    return webhooks;
  }

  /** The last {@code X-RateLimit-Remaining} Jira reported, or -1. */
  public int rateLimitRemaining() {
    return client.rateLimitRemaining();
  }

  @Override
  public void close() {
    client.close();
  }

  @Override
  public String toString() {
    return "JsmConnector[" + client.policyName() + "]";
  }

  private ScanCursor position(Cursor cursor) throws PermanentException {
    return cursor.isBeginning() ? ScanCursor.startingAt(settings.startTime()) : ScanCursor.parse(cursor);
  }

  /**
   * The ticket with its request comments. A 404 on the comments means the issue was deleted (or moved
   * out of the service project) after the search: reported as deleted, with no conversation.
   */
  private Ticket withConversation(WireIssue issue) throws ConnectorException {
    if (issue == null || issue.key() == null || issue.key().isBlank()) {
      throw new PermanentException("Jira answered an issue without a key");
    }
    List<WireComment> conversation = null;
    boolean deleted = false;
    try {
      conversation = comments.list(issue.key());
    } catch (NotFoundException gone) {
      deleted = true;
    }
    Map<String, Object> slaFields = deleted || !settings.readSla() ? Map.of() : slaFields(issue.key());
    try {
      return mapper.ticket(issue, conversation, deleted, slaFields);
    } catch (RuntimeException malformed) {
      throw new PermanentException("unreadable JSM issue " + issue.key() + ": "
          + malformed.getMessage(), malformed);
    }
  }

  /** JSM's SLA metrics as fields; none when the request has vanished meanwhile. */
  private Map<String, Object> slaFields(String key) throws ConnectorException {
    try {
      return JsmSlas.fields(slas.list(key));
    } catch (NotFoundException gone) {
      return Map.of();
    }
  }

  private static Instant updated(WireIssue issue, WireIssueFields fields)
      throws PermanentException {
    try {
      return JsmTime.parse(fields.updated());
    } catch (IllegalArgumentException unreadable) {
      throw new PermanentException("unreadable JSM issue " + issue.key() + ": "
          + unreadable.getMessage(), unreadable);
    }
  }

  private WireIssueFields readable(WireIssue issue) throws PermanentException {
    try {
      return mapper.fields(issue);
    } catch (RuntimeException malformed) {
      throw new PermanentException("unreadable JSM issue " + issue.key() + ": "
          + malformed.getMessage(), malformed);
    }
  }
}
