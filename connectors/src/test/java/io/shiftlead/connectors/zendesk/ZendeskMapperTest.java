package io.shiftlead.connectors.zendesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.SurveyKind;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.connectors.zendesk.api.UsersCache;
import io.shiftlead.connectors.zendesk.wire.CommentsResponse;
import io.shiftlead.connectors.zendesk.wire.IncrementalTicketsResponse;
import io.shiftlead.connectors.zendesk.wire.SatisfactionRatingsResponse;
import io.shiftlead.connectors.zendesk.wire.WireComment;
import io.shiftlead.connectors.zendesk.wire.WireTicket;
import io.shiftlead.connectors.zendesk.wire.ZendeskJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Fixture JSON read with the adapter's mapper and translated into normalized records. */
class ZendeskMapperTest {
  private static final Path FILES = ZendeskWireMockFixture.fixtureRoot().resolve("__files");

  private final UsersCache users = new UsersCache();
  private final ZendeskMapper mapper = new ZendeskMapper(users,
      Map.of("first_reply_minutes", 360000000101L, "shiftlead_status", 360000000102L));

  @Test
  void aTicketWithItsPagedConversationMapsStatusRolesFieldsAndTags() throws Exception {
    IncrementalTicketsResponse page = read("incremental/page1.json", IncrementalTicketsResponse.class);
    users.addAll(page.users());
    List<WireComment> comments = new ArrayList<>();
    for (String file : List.of("comments/35436_page1.json", "comments/35436_page2.json")) {
      CommentsResponse response = read(file, CommentsResponse.class);
      users.addAll(response.users());
      comments.addAll(response.comments());
    }

    Ticket ticket = mapper.ticket(ticket(page, 35436, 1714557600L), comments);

    assertThat(ticket.id()).isEqualTo("35436");
    assertThat(ticket.source()).isEqualTo("zendesk");
    assertThat(ticket.status()).isEqualTo(TicketStatus.PENDING);
    assertThat(ticket.priority()).isEqualTo(Priority.HIGH);
    assertThat(ticket.channel()).isEqualTo(Channel.EMAIL);
    assertThat(ticket.group()).isEqualTo("360000111");
    assertThat(ticket.tags()).containsExactly("billing", "escalated", "vip");
    assertThat(ticket.fields()).containsExactlyInAnyOrderEntriesOf(
        Map.of("first_reply_minutes", 42L, "shiftlead_status", "triaged"));
    assertThat(ticket.requester().name()).isEqualTo("María José Núñez");
    assertThat(ticket.requester().locale()).isEqualTo("es");
    assertThat(ticket.requester().role()).isEqualTo(AuthorRole.CUSTOMER);
    assertThat(ticket.assignee().role()).isEqualTo(AuthorRole.AGENT);
    assertThat(ticket.comments()).extracting(c -> c.author().role())
        .containsExactly(AuthorRole.CUSTOMER, AuthorRole.AGENT, AuthorRole.AGENT, AuthorRole.SYSTEM);
    assertThat(ticket.comments()).extracting(Comment::isPublic).containsExactly(true, true, false, true);
    assertThat(ticket.comments().get(1).isPublicAgentReply()).isTrue();
    assertThat(ticket.commentCount()).isEqualTo(4);
    assertThat(ticket.deleted()).isFalse();
  }

  @Test
  void holdMapsToOnHoldAndANullAssigneeStaysNull() throws Exception {
    IncrementalTicketsResponse page = read("incremental/page1.json", IncrementalTicketsResponse.class);
    users.addAll(page.users());

    Ticket ticket = mapper.ticket(ticket(page, 35437, null), null);

    assertThat(ticket.status()).isEqualTo(TicketStatus.ON_HOLD);
    assertThat(ticket.assignee()).isNull();
    assertThat(ticket.priority()).isNull();
    assertThat(ticket.fields()).isEmpty(); // a null custom field value is left out
    assertThat(ticket.commentCount()).isEqualTo(1); // from the comment_count sideload
    assertThat(ticket.subject()).isEqualTo("Rückerstattung für Bestellung №1234 — bitte prüfen");
  }

  @Test
  void aDeletedTicketIsMarkedDeletedAndCarriesNoConversation() throws Exception {
    IncrementalTicketsResponse page = read("incremental/page1.json", IncrementalTicketsResponse.class);
    CommentsResponse someComments = read("comments/35440.json", CommentsResponse.class);

    Ticket ticket = mapper.ticket(ticket(page, 35439, null), someComments.comments());

    assertThat(ticket.deleted()).isTrue();
    assertThat(ticket.comments()).isEmpty();
    assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
  }

  @Test
  void anHtmlOnlyCommentIsStrippedToTextKeepingLineBreaksAndNonAscii() throws Exception {
    IncrementalTicketsResponse page = read("incremental/page1.json", IncrementalTicketsResponse.class);
    CommentsResponse response = read("comments/35437.json", CommentsResponse.class);
    users.addAll(response.users());

    Comment comment = mapper.comment(response.comments().get(0), ticket(page, 35437, null));

    assertThat(comment.body()).isEqualTo("Guten Tag,\n"
        + "ich möchte eine Rückerstattung für Bestellung №1234 & die Versandkosten.\n"
        + "Danke — Łukasz");
    assertThat(comment.author().role()).isEqualTo(AuthorRole.CUSTOMER);
    assertThat(comment.author().name()).isEqualTo("Łukasz Żółć");
  }

  @Test
  void japaneseTextAndTheEmbeddedRatingSurviveTheRoundTrip() throws Exception {
    IncrementalTicketsResponse page = read("incremental/page2_end.json", IncrementalTicketsResponse.class);
    users.addAll(page.users());
    CommentsResponse comments = read("comments/35438.json", CommentsResponse.class);

    Ticket ticket = mapper.ticket(ticket(page, 35438, null), comments.comments());

    assertThat(ticket.subject()).isEqualTo("注文の配送状況について");
    assertThat(ticket.status()).isEqualTo(TicketStatus.SOLVED);
    assertThat(ticket.channel()).isEqualTo(Channel.CHAT);
    assertThat(ticket.comments().get(0).body()).isEqualTo("注文した商品がまだ届きません。確認してください。");
    assertThat(ticket.surveys()).singleElement().satisfies(s -> {
      assertThat(s.score()).isEqualTo(1.0);
      assertThat(s.comment()).isEqualTo("ありがとうございました");
      assertThat(s.agentId()).isEqualTo("381000001");
    });
  }

  @Test
  void satisfactionRatingsReadGoodAsOneAndBadAsZeroAndSkipOffered() throws Exception {
    List<SurveyResponse> surveys = new ArrayList<>();
    for (String file : List.of("satisfaction_ratings/page1.json", "satisfaction_ratings/page2_end.json")) {
      read(file, SatisfactionRatingsResponse.class).satisfactionRatings()
          .forEach(r -> mapper.survey(r).ifPresent(surveys::add));
    }

    assertThat(surveys).extracting(SurveyResponse::id, SurveyResponse::score, SurveyResponse::ticketId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("5001", 1.0, "35438"),
            org.assertj.core.groups.Tuple.tuple("5003", 0.0, "35437"));
    assertThat(surveys).allSatisfy(s -> {
      assertThat(s.kind()).isEqualTo(SurveyKind.CSAT);
      assertThat(s.scale()).isEqualTo("good-bad");
    });
    assertThat(surveys.get(1).at()).isEqualTo(Instant.parse("2024-05-02T08:00:00Z"));
  }

  @Test
  void anUnsideloadedAuthorOfAPrivateNoteIsAnAgentAndUnknownValuesAreTolerated() {
    WireTicket ticket = new WireTicket(1L, "s", "something-new", "critical", 10L, null, null, null,
        null, null, Instant.EPOCH, null, null, null, null);
    WireComment note = new WireComment(2L, 99L, "internal", null, null, false, null, Instant.EPOCH);

    Ticket mapped = mapper.ticket(ticket, List.of(note));

    assertThat(mapped.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(mapped.priority()).isNull();
    assertThat(mapped.channel()).isEqualTo(Channel.OTHER);
    assertThat(mapped.comments().get(0).author().role()).isEqualTo(AuthorRole.AGENT);
  }

  private static WireTicket ticket(IncrementalTicketsResponse page, long id, Long generated) {
    Optional<WireTicket> found = page.tickets().stream()
        .filter(t -> t.id() == id && (generated == null || generated.equals(t.generatedTimestamp())))
        .findFirst();
    return found.orElseThrow();
  }

  private static <T> T read(String file, Class<T> type) throws Exception {
    return ZendeskJson.mapper().readValue(Files.readString(FILES.resolve(file)), type);
  }
}
