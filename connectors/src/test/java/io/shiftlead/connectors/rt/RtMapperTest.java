package io.shiftlead.connectors.rt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftlead.connectors.rt.api.TicketSql;
import io.shiftlead.connectors.rt.wire.RtJson;
import io.shiftlead.connectors.rt.wire.WireAttachment;
import io.shiftlead.connectors.rt.wire.WireCollection;
import io.shiftlead.connectors.rt.wire.WireCustomField;
import io.shiftlead.connectors.rt.wire.WireTicket;
import io.shiftlead.connectors.rt.wire.WireTransaction;
import io.shiftlead.connectors.rt.wire.WireUser;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.StatusChange;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Recorded RT 5.0.3 payloads become normalized tickets. */
class RtMapperTest {
  private static final ObjectMapper JSON = RtJson.mapper();
  private final RtWireMockFixture files = new RtWireMockFixture();
  private final RtMapper mapper = new RtMapper(
      Map.of("first_reply_minutes", "First Reply Minutes", "sla_status", "SLA Status"), Optional.empty());

  @AfterEach
  void stop() {
    files.close();
  }

  @Test
  void aConversationKeepsOrderVisibilityAndRolesAndSkipsRtsOwnNotifications() throws Exception {
    Ticket ticket = recorded("1");

    assertThat(ticket.comments()).extracting(c -> c.author().role()).containsExactly(
        AuthorRole.CUSTOMER, AuthorRole.AGENT, AuthorRole.AGENT, AuthorRole.CUSTOMER);
    assertThat(ticket.comments()).extracting(Comment::isPublic).containsExactly(true, true, false, true);
    assertThat(ticket.comments()).extracting(Comment::body).containsExactly(
        "My printer is on fire. Please help!", "Please unplug it and step away.",
        "VIP customer, handle with care.", "Unplugged. It is still smoking.");
    assertThat(ticket.comments().get(1).author().email()).isEqualTo("agent1@example.com");
    assertThat(ticket.commentCount()).isEqualTo(4);
  }

  @Test
  void ticketFieldsStatusPriorityPeopleQueueAndCustomFieldsAreMapped() throws Exception {
    Ticket ticket = recorded("1");

    assertThat(ticket.source()).isEqualTo("request-tracker");
    assertThat(ticket.subject()).isEqualTo("Printer on fire");
    assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(ticket.priority()).isEqualTo(Priority.HIGH);
    assertThat(ticket.channel()).isEqualTo(Channel.API);
    assertThat(ticket.requester().id()).isEqualTo("customer1");
    assertThat(ticket.requester().email()).isEqualTo("customer1@example.com");
    assertThat(ticket.requester().name()).isEqualTo("Customer One");
    assertThat(ticket.assignee().id()).isEqualTo("agent1");
    assertThat(ticket.group()).isEqualTo("General");
    assertThat(ticket.fields()).containsOnly(Map.entry("first_reply_minutes", "12"),
        Map.entry("sla_status", "At Risk"));
    assertThat(ticket.tags()).isEmpty();
    assertThat(ticket.surveys()).isEmpty();
    assertThat(ticket.updatedAt()).isAfter(ticket.createdAt());
  }

  @Test
  void statusChangesStartWithTheInitialStatusAndFollowRtsStatusTransactions() throws Exception {
    assertThat(recorded("1").statusChanges()).extracting(StatusChange::from, StatusChange::to)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(null, TicketStatus.NEW),
            org.assertj.core.groups.Tuple.tuple(TicketStatus.NEW, TicketStatus.OPEN));
    assertThat(recorded("2").statusChanges()).extracting(StatusChange::to).endsWith(TicketStatus.SOLVED);
    assertThat(recorded("5").statusChanges()).extracting(StatusChange::to).containsExactly(TicketStatus.NEW);
  }

  @Test
  void anHtmlMessageIsReadAsTextAndAnAgentCreatingForAnAutoCreatedCustomerIsTheAuthor() throws Exception {
    Ticket ticket = recorded("3");

    assertThat(ticket.subject()).isEqualTo("Grüße aus Köln – Zugang gesperrt");
    assertThat(ticket.status()).isEqualTo(TicketStatus.ON_HOLD);
    assertThat(ticket.priority()).isEqualTo(Priority.URGENT);
    assertThat(ticket.group()).isEqualTo("Support");
    assertThat(ticket.requester().email()).isEqualTo("kunde@example.org");
    assertThat(ticket.comments()).singleElement().satisfies(c -> {
      assertThat(c.body()).isEqualTo("Mein Zugang ist gesperrt.\nDanke & Gruß");
      // root created it for the customer (say, after a phone call): the Create transaction is root's
      assertThat(c.author().id()).isEqualTo("root");
      assertThat(c.author().role()).isEqualTo(AuthorRole.AGENT);
    });
    assertThat(ticket.requester().role()).isEqualTo(AuthorRole.CUSTOMER);
  }

  @Test
  void aDeletedTicketIsFlaggedClosedAndCarriesNoConversation() throws Exception {
    WireTicket wire = JSON.readValue(files.read("__files/tickets/6.json"), WireTicket.class);

    Ticket ticket = mapper.ticket(wire, null, null, Map.of());

    assertThat(ticket.deleted()).isTrue();
    assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(ticket.comments()).isEmpty();
    assertThat(ticket.commentCount()).isZero();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"new, NEW", "open, OPEN", "stalled, ON_HOLD", "resolved, SOLVED", "rejected, CLOSED",
      "deleted, CLOSED", "awaiting-vendor, OPEN"})
  void rtStatusesMapOntoNormalizedOnesAndCustomLifecycleStatusesReadAsOpen(String rt, TicketStatus expected) {
    assertThat(RtMapper.status(rt)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"0, LOW", "24, LOW", "25, NORMAL", "50, NORMAL", "62, NORMAL", "63, HIGH", "87, HIGH",
      "88, URGENT", "100, URGENT", "250, URGENT"})
  void numericPrioritiesMapOntoFourLevels(String rt, Priority expected) {
    assertThat(RtMapper.priority(rt)).isEqualTo(expected);
  }

  @Test
  void everyWrittenPriorityReadsBackAsTheSameLevelAndGarbageReadsAsNone() {
    for (Priority priority : Priority.values()) {
      assertThat(RtMapper.priority(Integer.toString(RtUpdates.priority(priority)))).isEqualTo(priority);
    }
    assertThat(RtMapper.priority("High")).isNull();
    assertThat(RtMapper.priority("")).isNull();
  }

  @Test
  void aPrivilegedRequestorIsTheCustomerOfItsOwnTicketAndRtSystemIsTheSystem() {
    Map<String, WireUser> users = Map.of("agent1", new WireUser("6", "agent1", null, null, null, null, 1));

    assertThat(RtMapper.role("agent1", List.of("agent1"), users)).isEqualTo(AuthorRole.CUSTOMER);
    assertThat(RtMapper.role("agent1", List.of("customer1"), users)).isEqualTo(AuthorRole.AGENT);
    assertThat(RtMapper.role("RT_System", List.of("customer1"), users)).isEqualTo(AuthorRole.SYSTEM);
    assertThat(RtMapper.role("stranger", List.of("customer1"), users)).isEqualTo(AuthorRole.CUSTOMER);
  }

  @Test
  void tagsAreReadFromTheConfiguredMultiValueCustomField() {
    RtMapper withTags = new RtMapper(Map.of(), Optional.of("Tags"));
    WireTicket wire = new WireTicket("9", "s", "open", "0", null, null, List.of(), Instant.EPOCH, Instant.EPOCH,
        List.of(new WireCustomField("7", "Tags", List.of("vip", "billing"))));

    assertThat(withTags.ticket(wire, List.of(), List.of(), Map.of()).tags()).containsExactly("vip", "billing");
  }

  @Test
  void aCursorSurvivesFormattingAndAForeignCursorIsPermanent() throws Exception {
    RtCursor cursor = new RtCursor(Instant.parse("2026-11-29T03:10:13Z"), 2, Set.of("3", "12"));

    assertThat(RtCursor.parse(cursor.format())).isEqualTo(cursor);
    assertThat(RtCursor.parse(RtCursor.start(Instant.EPOCH).format()).seen()).isEmpty();
    assertThatThrownBy(() -> RtCursor.parse("MTU3NjYxMzUzOS4wfHw0Njd8")).isInstanceOf(PermanentException.class);
  }

  @Test
  void ticketSqlDatesAreWrittenInTheApiUsersTimeZoneAndQuotesAreEscaped() {
    Instant instant = Instant.parse("2026-11-29T03:05:42Z");

    assertThat(TicketSql.updatedSince(instant, ZoneId.of("UTC"), Optional.empty()))
        .isEqualTo("LastUpdated >= '2026-11-29 03:05:42'");
    assertThat(TicketSql.updatedSince(instant, ZoneId.of("Europe/Berlin"), Optional.of("O'Brien's")))
        .isEqualTo("LastUpdated >= '2026-11-29 04:05:42' AND Queue = 'O\\'Brien\\'s'");
  }

  private Ticket recorded(String id) throws Exception {
    WireTicket wire = JSON.readValue(files.read("__files/tickets/" + id + ".json"), WireTicket.class);
    List<WireTransaction> history = collection("history/" + id, WireTransaction.class);
    List<WireAttachment> attachments = collection("attachments/" + id, WireAttachment.class);
    Map<String, WireUser> users = new HashMap<>();
    for (String name : List.of("customer1", "agent1", "root", "kunde_at_example.org")) {
      WireUser user = JSON.readValue(files.read("__files/users/" + name + ".json"), WireUser.class);
      users.put(user.name(), user);
    }
    return mapper.ticket(wire, history, attachments, users);
  }

  private <T> List<T> collection(String file, Class<T> item) throws Exception {
    JavaType type = JSON.getTypeFactory().constructParametricType(WireCollection.class, item);
    WireCollection<T> collection = JSON.readValue(files.read("__files/" + file + ".json"), type);
    return collection.itemsOrEmpty();
  }
}
