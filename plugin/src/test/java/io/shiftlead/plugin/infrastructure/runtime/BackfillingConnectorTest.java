package io.shiftlead.plugin.infrastructure.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.connectors.spi.Capabilities;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.HelpdeskConnector;
import io.shiftlead.connectors.spi.Page;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.TransientException;
import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackfillingConnectorTest {
  private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2026-11-11T00:00:00Z");

  /** A mutable clock: tests move it instead of sleeping. */
  static final class MovingClock extends Clock {
    Instant now = NOW;

    @Override
    public ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** Records the cursors asked for; answers pages from a script. */
  static final class RecordingConnector implements HelpdeskConnector {
    final List<Cursor> asked = new ArrayList<>();
    final List<Object> script = new ArrayList<>();
    boolean canBackfill = true;

    @Override
    public Page<Ticket> pullTickets(Cursor cursor) throws ConnectorException {
      asked.add(cursor);
      Object next = script.remove(0);
      if (next instanceof ConnectorException e) {
        throw e;
      }
      @SuppressWarnings("unchecked")
      Page<Ticket> page = (Page<Ticket>) next;
      return page;
    }

    @Override
    public Optional<Cursor> ticketCursorFrom(Instant from) {
      return canBackfill ? Optional.of(new Cursor("from=" + from.getEpochSecond()))
          : Optional.empty();
    }

    @Override
    public Capabilities capabilities() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Page<SurveyResponse> pullSurveys(Cursor cursor) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Ticket> fetchTicket(String ticketId) {
      return Optional.empty();
    }

    @Override
    public UpdateResult apply(TicketUpdate update) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void close() {}
  }

  private static Ticket ticket(String id, Instant updated) {
    return new Ticket(id, "zd", "s", TicketStatus.OPEN, null, Channel.EMAIL, updated, updated,
        Person.of("u", AuthorRole.CUSTOMER), null, null, List.of(), Map.of(), List.of(),
        List.of(), List.of(), false, 0);
  }

  private final MovingClock clock = new MovingClock();
  private final RecordingConnector vendor = new RecordingConnector();
  private final BackfillingConnector connector = new BackfillingConnector("zd", vendor, clock);

  @Test
  void theNextPullStartsFromTheBackfillCursorAndThenFollowsTheStoredOnes() throws Exception {
    vendor.script.add(new Page<>(List.of(ticket("1", FROM.plus(Duration.ofDays(5)))),
        new Cursor("c2"), false));
    vendor.script.add(new Page<>(List.of(ticket("2", FROM.plus(Duration.ofDays(9)))),
        new Cursor("c3"), true));
    vendor.script.add(new Page<>(List.of(), new Cursor("c3"), true));

    BackfillProgress requested = connector.startBackfill(FROM);
    assertThat(requested.state()).isEqualTo("requested");

    connector.pullTickets(new Cursor("stored"));
    clock.now = NOW.plus(Duration.ofSeconds(10));
    BackfillProgress half = connector.progress().orElseThrow();
    assertThat(half.state()).isEqualTo("running");
    assertThat(half.ticketsPulled()).isEqualTo(1);
    assertThat(half.pages()).isEqualTo(1);
    assertThat(half.fraction()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.01));
    assertThat(half.timeCovered()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.01));
    assertThat(half.total()).isNull();
    assertThat(half.ticketsPerSecond()).isEqualTo(0.1);
    assertThat(half.etaSeconds()).as("no total from the helpdesk: no ETA").isNull();

    connector.pullTickets(new Cursor("c2"));
    BackfillProgress done = connector.progress().orElseThrow();
    assertThat(done.state()).isEqualTo("done");
    assertThat(done.fraction()).isEqualTo(1.0);
    assertThat(done.ticketsPulled()).isEqualTo(2);

    connector.pullTickets(new Cursor("c3"));
    assertThat(vendor.asked).extracting(Cursor::value)
        .containsExactly("from=" + FROM.getEpochSecond(), "c2", "c3");
    assertThat(connector.progress().orElseThrow().pages()).isEqualTo(2); // after done: not counted
  }

  @Test
  void aHelpdeskThatCountsWhatIsLeftGivesTheBackfillATotalAndAnEta() throws Exception {
    vendor.script.add(new Page<>(List.of(ticket("1", FROM.plus(Duration.ofDays(1))),
        ticket("2", FROM.plus(Duration.ofDays(1)))), new Cursor("c2"), false, 8L));
    vendor.script.add(new Page<>(List.of(ticket("3", FROM.plus(Duration.ofDays(2))),
        ticket("4", FROM.plus(Duration.ofDays(2)))), new Cursor("c3"), false, 6L));
    connector.startBackfill(FROM);

    connector.pullTickets(new Cursor("stored"));
    connector.pullTickets(new Cursor("c2"));
    clock.now = NOW.plus(Duration.ofSeconds(8));
    BackfillProgress progress = connector.progress().orElseThrow();

    assertThat(progress.total()).isEqualTo(8); // 2 pulled before the second page + 6 left then
    assertThat(progress.ticketsPulled()).isEqualTo(4);
    assertThat(progress.fraction()).isEqualTo(0.5);
    assertThat(progress.ticketsPerSecond()).isEqualTo(0.5);
    assertThat(progress.etaSeconds()).isEqualTo(8); // 4 left at 0.5 a second
  }

  @Test
  void aFailedFirstPullRewindsAgainNextTime() throws Exception {
    vendor.script.add(new TransientException("503"));
    vendor.script.add(new Page<>(List.of(), new Cursor("c2"), true));
    connector.startBackfill(FROM);

    assertThatThrownBy(() -> connector.pullTickets(new Cursor("stored")))
        .isInstanceOf(TransientException.class);
    connector.pullTickets(new Cursor("stored"));

    assertThat(vendor.asked).extracting(Cursor::value).containsExactly(
        "from=" + FROM.getEpochSecond(), "from=" + FROM.getEpochSecond());
    assertThat(connector.progress().orElseThrow().state()).isEqualTo("done");
  }

  @Test
  void aConnectorWithoutStartTimeCursorsCannotBackfill() {
    vendor.canBackfill = false;
    assertThatThrownBy(() -> connector.startBackfill(FROM))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(connector.progress()).isEmpty();
  }

  @Test
  void aSecondBackfillWhileOneRunsOrAStartInTheFutureIsRefused() {
    assertThatThrownBy(() -> connector.startBackfill(NOW.plusSeconds(60)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("future");
    connector.startBackfill(FROM);
    assertThatThrownBy(() -> connector.startBackfill(FROM))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("still running");
  }
}
