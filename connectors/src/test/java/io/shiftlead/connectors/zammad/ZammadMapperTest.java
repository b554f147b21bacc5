package io.shiftlead.connectors.zammad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.connectors.zammad.wire.RawTicket;
import io.shiftlead.connectors.zammad.wire.WireArticle;
import io.shiftlead.connectors.zammad.wire.WireTicket;
import io.shiftlead.connectors.zammad.wire.ZammadJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The anti-corruption layer over the recorded payloads in {@code fixtures/zammad}. */
class ZammadMapperTest {
  private static final Path ROOT = ZammadWireMockFixture.fixtureRoot();

  private final ZammadMapper mapper = new ZammadMapper(Map.of(
      "first_reply_minutes", "shiftlead_first_reply_minutes", "shiftlead_status", "shiftlead_status"));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "new, NEW",
      "open, OPEN",
      "pending reminder, PENDING",
      "pending close, SOLVED",
      "closed, CLOSED",
      "merged, CLOSED",
      "removed, CLOSED",
      "Waiting for supplier, OPEN"})
  void zammadStatesMapOntoNormalizedStatuses(String state, TicketStatus expected) {
    assertThat(ZammadMapper.status(state)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "1 low, LOW",
      "2 normal, NORMAL",
      "3 high, HIGH",
      "4 urgent, URGENT",
      "5 disaster, URGENT",
      "4 sehr hoch, URGENT"})
  void prioritiesMapByNameOrLeadingNumber(String priority, Priority expected) {
    assertThat(ZammadMapper.priority(priority)).isEqualTo(expected);
  }

  @Test
  void anUnknownOrMissingPriorityIsNone() {
    assertThat(ZammadMapper.priority(null)).isNull();
    assertThat(ZammadMapper.priority("whenever")).isNull();
  }

  @Test
  void aTicketKeepsItsRelationsCustomAttributesAndTheVendorStateInFields() throws Exception {
    Ticket ticket = map(searchPage1(0), articles(101), List.of("billing", "vip"));

    assertThat(ticket.id()).isEqualTo("101");
    assertThat(ticket.source()).isEqualTo("zammad");
    assertThat(ticket.subject()).isEqualTo("Factura duplicada en abril");
    assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(ticket.priority()).isEqualTo(Priority.NORMAL);
    assertThat(ticket.channel()).isEqualTo(Channel.EMAIL);
    assertThat(ticket.group()).isEqualTo("Billing");
    assertThat(ticket.requester().id()).isEqualTo("20");
    assertThat(ticket.requester().email()).isEqualTo("maria.nunez@example.com");
    assertThat(ticket.requester().organization()).isEqualTo("Acme Ibérica");
    assertThat(ticket.assignee().id()).isEqualTo("7");
    assertThat(ticket.tags()).containsExactly("billing", "vip");
    assertThat(ticket.fields()).containsEntry("first_reply_minutes", 42L)
        .containsEntry("shiftlead_status", "escalated")
        .containsEntry(ZammadMapper.STATE_FIELD, "open")
        .containsEntry(ZammadMapper.PRIORITY_FIELD, "2 normal");
    assertThat(ticket.commentCount()).isEqualTo(4);
  }

  @Test
  void articleSendersBecomeRolesAndInternalArticlesAreNotPublic() throws Exception {
    Ticket ticket = map(searchPage1(0), articles(101), List.of());

    assertThat(ticket.comments()).extracting(c -> c.author().role())
        .containsExactly(AuthorRole.CUSTOMER, AuthorRole.AGENT, AuthorRole.AGENT, AuthorRole.SYSTEM);
    assertThat(ticket.comments()).extracting(Comment::isPublic).containsExactly(true, true, false, true);
    assertThat(ticket.comments().get(1).isPublicAgentReply()).isTrue();
    assertThat(ticket.comments().get(2).author().id()).isEqualTo("9");
  }

  @Test
  void htmlArticlesBecomePlainTextWithNonAsciiKeptAndScriptsDropped() throws Exception {
    Ticket ticket = map(searchPage1(1), articles(102), List.of());

    assertThat(ticket.comments()).singleElement().satisfies(c -> assertThat(c.body())
        .isEqualTo("Ich kann mich nicht anmelden. Grüße & danke!\nログインできません 🙁"));
    Ticket first = map(searchPage1(0), articles(101), List.of());
    assertThat(first.comments().get(0).body())
        .isEqualTo("Hola, mi factura de abril está duplicada.\n¿Pueden revisarlo? Gracias");
  }

  @Test
  void ownerIdOneIsZammadsNobodyAndMapsToNoAssignee() throws Exception {
    Ticket ticket = map(searchPage1(1), articles(102), List.of());

    assertThat(ticket.assignee()).isNull();
    assertThat(ticket.status()).isEqualTo(TicketStatus.PENDING);
    assertThat(ticket.fields()).containsEntry(ZammadMapper.STATE_FIELD, "pending reminder");
  }

  @Test
  void aMergedTicketIsClosedButNotDeletedAndKeepsMergedInFields() throws Exception {
    Ticket ticket = map(searchPage1(2), articles(103), List.of());

    assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(ticket.deleted()).isFalse();
    assertThat(ticket.comments()).hasSize(1);
    assertThat(ticket.fields()).containsEntry(ZammadMapper.STATE_FIELD, "merged");
  }

  @Test
  void aPhoneArticleAnAgentWroteForTheCustomerIsTheCustomers() throws Exception {
    Ticket ticket = map(searchPage1(3), articles(104), List.of());

    assertThat(ticket.channel()).isEqualTo(Channel.PHONE);
    assertThat(ticket.comments()).singleElement().satisfies(c -> {
      assertThat(c.author().id()).isEqualTo("22");
      assertThat(c.author().role()).isEqualTo(AuthorRole.CUSTOMER);
    });
  }

  @Test
  void aRemovedTicketOrOneGoneBeforeItsArticlesIsDeletedWithoutConversation() throws Exception {
    ObjectNode removed = searchPage1(0).deepCopy();
    removed.put("state", "removed");
    Ticket fromState = map(removed, articles(101), List.of());
    Ticket vanished = mapper.ticket(raw(searchPage1(0)), null, null, true);

    assertThat(fromState.deleted()).isTrue();
    assertThat(fromState.comments()).isEmpty();
    assertThat(vanished.deleted()).isTrue();
    assertThat(vanished.status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(vanished.commentCount()).isZero();
  }

  @Test
  void customPrioritiesSocialChannelsAndPendingCloseReadSensibly() throws Exception {
    JsonNode page2 = ZammadJson.mapper().readTree(ROOT.resolve("__files/search/page2_end.json").toFile());
    Ticket ticket = map((ObjectNode) page2.get(2), articles(106), List.of());

    assertThat(ticket.priority()).isEqualTo(Priority.URGENT);
    assertThat(ticket.channel()).isEqualTo(Channel.SOCIAL);
    assertThat(ticket.status()).isEqualTo(TicketStatus.SOLVED);
    assertThat(ticket.requester().email()).isNull(); // a twitter handle is a login, not an email
  }

  @Test
  void aTicketWithoutCreatedAtIsMalformed() throws Exception {
    ObjectNode broken = searchPage1(0).deepCopy();
    broken.remove("created_at");

    assertThatThrownBy(() -> map(broken, List.of(), List.of()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("created_at");
  }

  private Ticket map(ObjectNode json, List<WireArticle> articles, List<String> tags) throws Exception {
    return mapper.ticket(raw(json), articles, tags, false);
  }

  private static RawTicket raw(JsonNode json) throws Exception {
    return new RawTicket(ZammadJson.mapper().treeToValue(json, WireTicket.class), json);
  }

  private static ObjectNode searchPage1(int index) throws Exception {
    return (ObjectNode) ZammadJson.mapper().readTree(ROOT.resolve("__files/search/page1.json").toFile())
        .get(index);
  }

  private static List<WireArticle> articles(long ticketId) throws Exception {
    return Arrays.asList(ZammadJson.mapper().readValue(
        Files.readString(ROOT.resolve("__files/articles/" + ticketId + ".json")), WireArticle[].class));
  }
}
