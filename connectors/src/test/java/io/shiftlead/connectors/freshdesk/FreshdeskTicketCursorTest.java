package io.shiftlead.connectors.freshdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.connectors.freshdesk.TicketCursor.Position;
import io.shiftlead.connectors.freshdesk.api.TicketsApi.Pass;
import io.shiftlead.connectors.freshdesk.wire.WireTicket;
import io.shiftlead.connectors.spi.error.PermanentException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class FreshdeskTicketCursorTest {
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
  private static final HttpUrl NEXT = HttpUrl.get("https://acme.freshdesk.com/api/v2/tickets?page=4");

  private static WireTicket at(long id, Instant updatedAt) {
    return new WireTicket(id, null, null, null, 2, 1, 1, 1L, null, null, null, null, false, null,
        T0.minusSeconds(3600), updatedAt, null);
  }

  @Test
  void aCursorSurvivesFormatAndParse() throws Exception {
    TicketCursor cursor = TicketCursor.start(T0)
        .with(Pass.DELETED, new Position(T0.plusSeconds(5), 3, Set.of(7L, 8L)));

    TicketCursor parsed = TicketCursor.parse(cursor.format());

    assertThat(parsed).isEqualTo(cursor);
    assertThat(parsed.pass()).isEqualTo(Pass.DELETED);
    assertThat(parsed.positions().get(Pass.ALL)).isEqualTo(new Position(T0.plusSeconds(5), 3, Set.of(7L, 8L)));
  }

  @Test
  void garbageIsNotACursor() {
    for (String value : List.of("", "fd1", "fd1;pass=NOPE;ALL=x/1/;DELETED=x/1/;SPAM=x/1/",
        "fd1;pass=ALL;ALL=2024-05-01T10:00:00Z/one/;DELETED=2024-05-01T10:00:00Z/1/;SPAM=2024-05-01T10:00:00Z/1/")) {
      assertThatThrownBy(() -> TicketCursor.parse(value)).as(value).isInstanceOf(PermanentException.class);
    }
  }

  @Test
  void aPageThatAdvancesRestartsAtItsNewestInstantRememberingTheIdsThere() throws Exception {
    Position from = new Position(T0, 1, Set.of(1L));
    Listing<WireTicket> page = new Listing<>(List.of(at(2, T0), at(3, T0.plusSeconds(60)),
        at(4, T0.plusSeconds(60))), NEXT);

    Position next = TicketStream.advance(from, page);

    assertThat(next).isEqualTo(new Position(T0.plusSeconds(60), 1, Set.of(3L, 4L)));
  }

  @Test
  void aFullPageAtTheSameInstantFollowsTheNextPageNumberAndKeepsEveryIdSeen() throws Exception {
    Position from = new Position(T0, 1, Set.of(1L));
    Listing<WireTicket> page = new Listing<>(List.of(at(2, T0), at(3, T0)), NEXT);

    Position next = TicketStream.advance(from, page);

    assertThat(next).isEqualTo(new Position(T0, 4, Set.of(1L, 2L, 3L)));
  }

  @Test
  void theLastPageOfAPassRestartsAtPageOne() throws Exception {
    Position from = new Position(T0, 7, Set.of(1L));
    Listing<WireTicket> page = new Listing<>(List.of(at(2, T0)), null);

    assertThat(TicketStream.advance(from, page)).isEqualTo(new Position(T0, 1, Set.of(1L, 2L)));
  }

  @Test
  void anEmptyPageKeepsThePosition() throws Exception {
    Position from = new Position(T0, 1, Set.of(1L));

    assertThat(TicketStream.advance(from, new Listing<>(List.of(), null))).isEqualTo(from);
  }

  @Test
  void pagingPastFreshdesksPageCapAtOneInstantFailsLoudlyInsteadOfSkipping() {
    Position from = new Position(T0, TicketStream.MAX_PAGE, Set.of());
    Listing<WireTicket> page = new Listing<>(List.of(at(2, T0)),
        HttpUrl.get("https://acme.freshdesk.com/api/v2/tickets?page=301"));

    assertThatThrownBy(() -> TicketStream.advance(from, page)).isInstanceOf(PermanentException.class)
        .hasMessageContaining("300");
  }

  @Test
  void aTicketBeforeThePositionOrAlreadySeenAtItIsSkipped() {
    Position at = new Position(T0, 1, Set.of(1L));

    assertThat(at.alreadySeen(1, T0)).isTrue();
    assertThat(at.alreadySeen(9, T0.minusSeconds(1))).isTrue();
    assertThat(at.alreadySeen(2, T0)).isFalse();
    assertThat(at.alreadySeen(1, T0.plusSeconds(1))).isFalse();
  }

  @Test
  void theLinkHeaderNextTargetIsFound() {
    assertThat(LinkHeader.next("<https://a.freshdesk.com/api/v2/tickets?page=2>; rel=\"next\""))
        .isEqualTo(HttpUrl.get("https://a.freshdesk.com/api/v2/tickets?page=2"));
    assertThat(LinkHeader.next("<https://a/x?page=1>; rel=\"prev\", <https://a/x?page=3>; rel=next"))
        .isEqualTo(HttpUrl.get("https://a/x?page=3"));
    assertThat(LinkHeader.next(null)).isNull();
    assertThat(LinkHeader.next("<https://a/x?page=1>; rel=\"prev\"")).isNull();
    assertThat(LinkHeader.next("garbage")).isNull();
  }
}
