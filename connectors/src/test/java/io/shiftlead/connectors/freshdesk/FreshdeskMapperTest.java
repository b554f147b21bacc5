package io.shiftlead.connectors.freshdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.connectors.freshdesk.wire.FreshdeskJson;
import io.shiftlead.connectors.freshdesk.wire.WireConversation;
import io.shiftlead.connectors.freshdesk.wire.WireSatisfactionRating;
import io.shiftlead.connectors.freshdesk.wire.WireTicket;
import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.SurveyKind;
import io.shiftlead.connectors.spi.model.SurveyResponse;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mapper over the recorded fixtures (style rule 17) and a few hand-made edge cases. */
class FreshdeskMapperTest {
  private static final Path FIXTURES = FreshdeskWireMockFixture.fixtureRoot().resolve("__files");

  private final FreshdeskMapper mapper = new FreshdeskMapper(
      Map.of("first_reply_minutes", "cf_first_reply_minutes", "shiftlead_status", "cf_shiftlead_status"),
      Set.of(7));

  private static <T> T read(String relative, Class<T> type) throws Exception {
    return FreshdeskJson.mapper().readValue(Files.readString(FIXTURES.resolve(relative)), type);
  }

  private static WireTicket ticket(String file, long id) throws Exception {
    return Arrays.stream(read(file, WireTicket[].class)).filter(t -> t.id() == id).findFirst()
        .orElseThrow();
  }

  private static List<WireConversation> conversations(String... files) throws Exception {
    List<WireConversation> all = new ArrayList<>();
    for (String file : files) {
      all.addAll(List.of(read("conversations/" + file, WireConversation[].class)));
    }
    return all;
  }

  @Test
  void aTicketMapsItsPropertiesRequesterAndMappedCustomFieldsOnly() throws Exception {
    Ticket ticket = mapper.ticket(ticket("tickets/list_page1.json", 101),
        conversations("101_page1.json", "101_page2.json"));

    assertThat(ticket.id()).isEqualTo("101");
    assertThat(ticket.source()).isEqualTo("freshdesk");
    assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(ticket.priority()).isEqualTo(Priority.NORMAL);
    assertThat(ticket.channel()).isEqualTo(Channel.EMAIL);
    assertThat(ticket.requester().name()).isEqualTo("Lucía Fernández");
    assertThat(ticket.requester().email()).isEqualTo("lucia@example.com");
    assertThat(ticket.requester().role()).isEqualTo(AuthorRole.CUSTOMER);
    assertThat(ticket.assignee().id()).isEqualTo("6001");
    assertThat(ticket.group()).isEqualTo("7001");
    assertThat(ticket.tags()).containsExactly("billing", "vip");
    assertThat(ticket.fields()).containsEntry("first_reply_minutes", 42L)
        .containsEntry("shiftlead_status", "on_track")
        .containsEntry(FreshdeskMapper.STATUS_FIELD, 2L)
        .doesNotContainKey("cf_region").doesNotContainKey("region");
    assertThat(ticket.updatedAt()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
    assertThat(ticket.deleted()).isFalse();
  }

  @Test
  void theDescriptionIsTheFirstCustomerMessageFollowedByRepliesAndNotes() throws Exception {
    Ticket ticket = mapper.ticket(ticket("tickets/list_page1.json", 101),
        conversations("101_page1.json", "101_page2.json"));

    assertThat(ticket.comments()).extracting(Comment::id)
        .containsExactly("description-101", "800001", "800002", "800003");
    assertThat(ticket.comments()).extracting(c -> c.author().role()).containsExactly(
        AuthorRole.CUSTOMER, AuthorRole.AGENT, AuthorRole.AGENT, AuthorRole.CUSTOMER);
    assertThat(ticket.comments()).extracting(Comment::isPublic).containsExactly(true, true, false, true);
    Comment description = ticket.comments().get(0);
    assertThat(description.body()).isEqualTo("Hola, mi factura de abril está duplicada. ¿Pueden revisarlo?");
    assertThat(description.createdAt()).isEqualTo(Instant.parse("2024-05-01T09:00:00Z"));
    assertThat(description.author().id()).isEqualTo("5001");
    assertThat(ticket.commentCount()).isEqualTo(4);
    assertThat(ticket.comments().get(1).isPublicAgentReply()).isTrue();
  }

  @Test
  void anHtmlOnlyDescriptionAndReplyAreStrippedToTextWithEntitiesDecoded() throws Exception {
    Ticket ticket = mapper.ticket(ticket("tickets/list_page1.json", 102), conversations("102.json"));

    assertThat(ticket.comments().get(0).body()).isEqualTo("Não consigo entrar.\nErro: <401> & nada mais.");
    assertThat(ticket.comments().get(1).body()).isEqualTo("Olá João,\ntente redefinir a senha.");
    assertThat(ticket.subject()).isEqualTo("Café — não consigo entrar na conta");
  }

  @Test
  void aNullResponderAndGroupMapToNoAssigneeAndNoGroup() throws Exception {
    Ticket ticket = mapper.ticket(ticket("tickets/list_page1.json", 102), List.of());

    assertThat(ticket.assignee()).isNull();
    assertThat(ticket.group()).isNull();
    assertThat(ticket.fields()).doesNotContainKeys("first_reply_minutes", "shiftlead_status");
  }

  @Test
  void deletedAndSpamTicketsCarryNoConversationAndAreMarkedDeleted() throws Exception {
    Ticket deleted = mapper.ticket(ticket("tickets/list_deleted.json", 106), conversations("104.json"));
    Ticket spam = mapper.ticket(ticket("tickets/list_spam.json", 107), null);

    assertThat(deleted.deleted()).isTrue();
    assertThat(deleted.comments()).isEmpty();
    assertThat(deleted.commentCount()).isZero();
    assertThat(spam.deleted()).isTrue();
    assertThat(spam.fields()).containsEntry(FreshdeskMapper.SPAM_FIELD, true);
    assertThat(spam.requester().name()).isNull();
  }

  @Test
  void aTicketWhoseConversationWasNotReadHasAnUnknownCommentCount() throws Exception {
    assertThat(mapper.ticket(ticket("tickets/list_page1.json", 103), null).commentCount()).isEqualTo(-1);
  }

  @ParameterizedTest(name = "status {0} -> {1}")
  @CsvSource({"2, OPEN", "3, PENDING", "4, SOLVED", "5, CLOSED", "6, OPEN", "7, ON_HOLD", "99, OPEN"})
  void statusesMapToTheNormalizedSetAndUnknownOnesToOpenOrOnHold(int status, TicketStatus expected) {
    assertThat(mapper.status(status)).isEqualTo(expected);
  }

  @Test
  void aCustomStatusKeepsItsVendorNumberInTheFields() throws Exception {
    Ticket ticket = mapper.ticket(ticket("tickets/list_page1.json", 102), List.of());

    assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(ticket.fields()).containsEntry(FreshdeskMapper.STATUS_FIELD, 6L);
  }

  @ParameterizedTest(name = "priority {0} -> {1}")
  @CsvSource({"1, LOW", "2, NORMAL", "3, HIGH", "4, URGENT"})
  void prioritiesMapBothWays(int number, Priority priority) {
    assertThat(FreshdeskMapper.priority(number)).isEqualTo(priority);
    assertThat(FreshdeskMapper.priorityNumber(priority)).isEqualTo(number);
  }

  @Test
  void anUnknownPriorityIsNone() {
    assertThat(FreshdeskMapper.priority(9)).isNull();
    assertThat(FreshdeskMapper.priority(null)).isNull();
  }

  @ParameterizedTest(name = "source {0} -> {1}")
  @CsvSource({"1, EMAIL", "2, WEB", "3, PHONE", "7, CHAT", "8, OTHER", "9, WEB", "10, EMAIL", "42, OTHER"})
  void sourcesMapToChannels(int source, Channel channel) {
    assertThat(FreshdeskMapper.channel(source)).isEqualTo(channel);
  }

  @Test
  void ratingsMapOntoASevenPointScaleAndUnansweredOnesAreDropped() throws Exception {
    List<SurveyResponse> responses = new ArrayList<>();
    for (String file : List.of("satisfaction_ratings/page1.json", "satisfaction_ratings/page2_end.json")) {
      for (WireSatisfactionRating rating : read(file, WireSatisfactionRating[].class)) {
        mapper.survey(rating).ifPresent(responses::add);
      }
    }

    assertThat(responses).extracting(SurveyResponse::id).containsExactly("9001", "9003", "9004");
    assertThat(responses).extracting(SurveyResponse::score).containsExactly(7.0, 1.0, 5.0);
    assertThat(responses).allSatisfy(r -> {
      assertThat(r.scale()).isEqualTo("1-7");
      assertThat(r.kind()).isEqualTo(SurveyKind.CSAT);
    });
    assertThat(responses.get(0).ticketId()).isEqualTo("104");
    assertThat(responses.get(0).agentId()).isEqualTo("6001");
    assertThat(responses.get(1).comment()).isEqualTo("対応が遅すぎます");
    assertThat(responses.get(2).agentId()).isNull();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"103, 7", "102, 6", "101, 5", "100, 4", "-101, 3", "-102, 2", "-103, 1"})
  void everyFreshdeskRatingValueHasItsPoint(int value, double points) {
    WireSatisfactionRating rating = new WireSatisfactionRating(1L, 1L, 1L, 1L, null, 1L, null,
        Map.of("default_question", value), Instant.EPOCH, null);

    assertThat(mapper.survey(rating)).hasValueSatisfying(r -> assertThat(r.score()).isEqualTo(points));
  }

  @Test
  void anUnknownRatingValueIsDropped() {
    WireSatisfactionRating rating = new WireSatisfactionRating(1L, 1L, 1L, 1L, null, 1L, null,
        Map.of("default_question", 5), Instant.EPOCH, null);

    assertThat(mapper.survey(rating)).isEmpty();
  }

  @Test
  void aTicketWithoutIdOrCreationTimeIsRefused() {
    WireTicket noCreatedAt = new WireTicket(1L, "s", null, null, 2, 1, 1, 1L, null, null, null, null,
        false, null, null, null, null);

    assertThatThrownBy(() -> mapper.ticket(noCreatedAt, List.of()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("created_at");
  }

  @Test
  void aConversationWithoutAuthorIsASystemMessage() throws Exception {
    WireTicket ticket = ticket("tickets/list_page1.json", 103);
    WireConversation automated = new WireConversation(1L, 103L, null, "<p>Auto</p>", null, false,
        false, 0, Instant.parse("2024-05-01T12:00:00Z"));

    assertThat(mapper.comment(automated, ticket).author().role()).isEqualTo(AuthorRole.SYSTEM);
  }
}
