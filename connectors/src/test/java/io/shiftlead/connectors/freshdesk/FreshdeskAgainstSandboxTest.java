package io.shiftlead.connectors.freshdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.connectors.spi.ConnectorSettings;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.Page;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.InternalNote;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import io.shiftlead.testfixtures.MutableClock;
import io.shiftlead.testfixtures.generator.Comment;
import io.shiftlead.testfixtures.generator.CustomField;
import io.shiftlead.testfixtures.sandbox.SandboxHelpdesk;
import io.shiftlead.testfixtures.sandbox.SandboxOptions;
import io.shiftlead.testfixtures.sandbox.TicketView;
import io.shiftlead.testfixtures.sandbox.Vendor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real {@link FreshdeskConnector} against the stateful sandbox in Freshdesk mode: everything it
 * reads comes from the generated dataset, and what it writes is visible in the sandbox's state.
 */
class FreshdeskAgainstSandboxTest {
  private static final String FIELDS = "first_reply_minutes:cf_first_reply_minutes,"
      + "shiftlead_status:cf_shiftlead_status,product:cf_product";

  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
  private SandboxHelpdesk sandbox;

  @AfterEach
  void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Test
  void pullsEveryTicketToEndOfStreamThenWritesBackOnceAndTheChangeIsVisible() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-01T00:00:00Z"));
    sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withVendor(Vendor.FRESHDESK)
        .withTicketCount(120).withClock(clock));
    try (FreshdeskConnector connector = connector(Map.of())) {
      Pulled first = pullAll(connector, Cursor.BEGINNING);

      assertThat(first.tickets.keySet()).containsExactlyInAnyOrderElementsOf(
          sandbox.ticketIds().stream().map(String::valueOf).collect(Collectors.toSet()));
      for (long id : sandbox.ticketIds()) {
        TicketView view = sandbox.ticket(id);
        Ticket pulled = first.tickets.get(String.valueOf(id));
        assertThat(pulled.deleted()).as("ticket %s deleted", id).isEqualTo("deleted".equals(view.status()));
        if (!pulled.deleted()) {
          assertThat(pulled.comments()).as("comments of %s", id).hasSize(view.commentCount());
          assertThat(pulled.fields().get("first_reply_minutes"))
              .isEqualTo(view.customField(CustomField.FIRST_REPLY_MINUTES_ID));
          assertThat(pulled.status()).isEqualTo(expectedStatus(view.status()));
        }
      }

      long live = sandbox.ticketIds().stream()
          .filter(id -> !"deleted".equals(sandbox.ticket(id).status())
              && sandbox.dataset().tickets().stream().anyMatch(t -> t.id() == id && t.satisfactionRating() != null))
          .count();
      assertThat(pullSurveys(connector)).hasSize((int) live);

      long id = sandbox.ticketIds().stream()
          .filter(t -> Set.of("open", "pending").contains(sandbox.ticket(t).status()))
          .findFirst().orElseThrow();
      List<String> tagsBefore = sandbox.ticket(id).tags();
      int commentsBefore = sandbox.ticket(id).commentCount();
      InternalNote note = new InternalNote("Escalated by Shiftlead:\nfirst reply is late", "e2e-fd-0001");
      TicketUpdate update = new TicketUpdate(String.valueOf(id),
          Map.of("shiftlead_status", "at_risk", "first_reply_minutes", 17, "product", "product_pro"),
          Set.of("sla_breach"), Set.of(), Priority.URGENT, null, null, note, false);

      UpdateResult applied = connector.apply(update);

      assertThat(applied.succeeded()).isTrue();
      assertThat(applied.noteAlreadyPresent()).isFalse();
      TicketView after = sandbox.ticket(id);
      assertThat(after.customField(CustomField.SHIFTLEAD_STATUS_ID)).isEqualTo("at_risk");
      assertThat(after.customField(CustomField.FIRST_REPLY_MINUTES_ID)).isEqualTo(17L);
      assertThat(after.customField(CustomField.PRODUCT_ID)).isEqualTo("product_pro");
      assertThat(after.priority()).isEqualTo("urgent");
      assertThat(after.tags()).containsAll(tagsBefore).contains("sla_breach");
      assertThat(after.commentCount()).isEqualTo(commentsBefore + 1);
      Comment posted = sandbox.comments(id).get(commentsBefore);
      assertThat(posted.isPublic()).isFalse();
      assertThat(posted.body()).contains(note.marker()).contains("first reply is late");

      UpdateResult again = connector.apply(update.withRecheckNote(true));

      assertThat(again.succeeded()).isTrue();
      assertThat(again.noteAlreadyPresent()).isTrue();
      assertThat(sandbox.ticket(id).commentCount()).isEqualTo(commentsBefore + 1);

      Pulled next = pullAll(connector, first.cursor);
      Ticket changed = next.tickets.get(String.valueOf(id));
      assertThat(changed).as("the changed ticket in the next pull").isNotNull();
      assertThat(changed.fields()).containsEntry("shiftlead_status", "at_risk")
          .containsEntry("first_reply_minutes", 17L);
      assertThat(changed.priority()).isEqualTo(Priority.URGENT);
      assertThat(changed.comments().get(changed.comments().size() - 1).body()).contains(note.marker());
      assertThat(connector.fetchTicket(String.valueOf(id)).orElseThrow().tags()).contains("sla_breach");
      assertThat(connector.rateLimitRemaining()).isPositive();
      assertThat(pullAll(connector, next.cursor).tickets).as("nothing changed since").isEmpty();

      // Freshdesk's updated_at has whole seconds, and the connector skips a ticket it has already
      // read at the newest instant seen: a second change in the same second would wait for the next
      clock.advance(Duration.ofSeconds(2));
      sandbox.touch(id, "Any news? I am still waiting.");
      Ticket replied = pullAll(connector, next.cursor).tickets.get(String.valueOf(id));
      assertThat(replied.status()).isEqualTo(TicketStatus.OPEN);
      assertThat(replied.comments().get(replied.comments().size() - 1).author().role())
          .isEqualTo(AuthorRole.CUSTOMER);
    }
  }

  @Test
  void aSecondChangeInTheSameSecondIsPulled() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-01T00:00:00Z"));
    sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withVendor(Vendor.FRESHDESK)
        .withTicketCount(20).withClock(clock));
    long id = sandbox.ticketIds().stream()
        .filter(t -> Set.of("open", "pending").contains(sandbox.ticket(t).status()))
        .findFirst().orElseThrow();
    // the connector on the sandbox's clock: a change at "now" is one that may not be final yet
    try (FreshdeskConnector connector = new FreshdeskConnectorFactory().create(settings(Map.of()),
        clock, waits::add)) {
      Pulled first = pullAll(connector, Cursor.BEGINNING);
      sandbox.touch(id, "first reply");
      Pulled second = pullAll(connector, first.cursor);
      assertThat(second.tickets).containsKey(String.valueOf(id));

      sandbox.touch(id, "second reply, same second");
      Pulled third = pullAll(connector, second.cursor);

      assertThat(third.tickets).containsKey(String.valueOf(id));
    }
  }

  @Test
  void aClosedTicketRefusesUpdatesWhenTheSandboxMakesThemReadOnly() throws Exception {
    sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withVendor(Vendor.FRESHDESK)
        .withTicketCount(120).withClosedTicketsReadOnly(true));
    long closed = sandbox.ticketIds().stream()
        .filter(t -> "closed".equals(sandbox.ticket(t).status())).findFirst().orElseThrow();
    int comments = sandbox.ticket(closed).commentCount();
    TicketUpdate update = new TicketUpdate(String.valueOf(closed), Map.of("shiftlead_status", "late"),
        null, null, null, null, null, new InternalNote("late", "e2e-fd-0002"), false);

    try (FreshdeskConnector connector = connector(Map.of())) {
      assertThatThrownBy(() -> connector.apply(update))
          .isInstanceOf(PermanentException.class).hasMessageContaining("400");
    }

    assertThat(sandbox.ticket(closed).customField(CustomField.SHIFTLEAD_STATUS_ID)).isNotEqualTo("late");
    assertThat(sandbox.ticket(closed).commentCount()).isEqualTo(comments);
  }

  @Test
  void overTheSandboxRateLimitTheConnectorWaitsRetryAfterAndStillReachesTheEnd() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-01T00:00:00Z"));
    sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withVendor(Vendor.FRESHDESK)
        .withTicketCount(15).withRequestsPerMinute(12).withClock(clock));
    try (FreshdeskConnector connector = new FreshdeskConnectorFactory().create(
        settings(Map.of()), Clock.systemUTC(), wait -> {
          waits.add(wait);
          clock.advance(wait);
        })) {
      Pulled all = pullAll(connector, Cursor.BEGINNING);

      assertThat(all.tickets).hasSize(15);
    }
    assertThat(sandbox.rateLimitedResponses()).isPositive();
    assertThat(waits).isNotEmpty().allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(Duration.ofSeconds(120)));
  }

  private FreshdeskConnector connector(Map<String, String> overrides) {
    return new FreshdeskConnectorFactory().create(settings(overrides), Clock.systemUTC(), waits::add);
  }

  private ConnectorSettings settings(Map<String, String> overrides) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(FreshdeskSettings.BASE_URL, sandbox.baseUrl());
    values.put(FreshdeskSettings.API_KEY, sandbox.options().apiToken());
    values.put(FreshdeskSettings.START_TIME,
        sandbox.options().baseInstant().minus(Duration.ofDays(120)).toString());
    values.put(FreshdeskSettings.PAGE_SIZE, "50");
    values.put(FreshdeskSettings.CUSTOM_FIELDS, FIELDS);
    values.put(FreshdeskSettings.REQUESTS_PER_MINUTE, "100000");
    values.put(FreshdeskSettings.LIST_REQUESTS_PER_MINUTE, "100000");
    values.put(FreshdeskSettings.MAX_RETRIES, "4");
    values.put(FreshdeskSettings.CALL_TIMEOUT_SECONDS, "10");
    values.putAll(overrides);
    return new ConnectorSettings("sandbox", values);
  }

  private static TicketStatus expectedStatus(String status) {
    switch (status) {
      case "pending":
      case "hold":
        return TicketStatus.PENDING;
      case "solved":
        return TicketStatus.SOLVED;
      case "closed":
        return TicketStatus.CLOSED;
      default:
        return TicketStatus.OPEN;
    }
  }

  private record Pulled(Map<String, Ticket> tickets, Cursor cursor) {}

  private static Pulled pullAll(FreshdeskConnector connector, Cursor from) throws Exception {
    Map<String, Ticket> tickets = new LinkedHashMap<>();
    Cursor cursor = from;
    for (int page = 0; page < 100; page++) {
      Page<Ticket> result = connector.pullTickets(cursor);
      result.items().forEach(t -> tickets.put(t.id(), t));
      cursor = result.next();
      if (result.endOfStream()) {
        return new Pulled(tickets, cursor);
      }
    }
    throw new AssertionError("no end of stream after 100 pages");
  }

  private static List<SurveyResponse> pullSurveys(FreshdeskConnector connector) throws Exception {
    Map<String, SurveyResponse> surveys = new LinkedHashMap<>();
    Cursor cursor = Cursor.BEGINNING;
    for (int page = 0; page < 100; page++) {
      Page<SurveyResponse> result = connector.pullSurveys(cursor);
      result.items().forEach(s -> surveys.put(s.id(), s));
      cursor = result.next();
      if (result.endOfStream()) {
        return List.copyOf(surveys.values());
      }
    }
    throw new AssertionError("no end of stream after 100 pages");
  }
}
