package io.shiftlead.connectors.jsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftlead.connectors.jsm.wire.CommentPage;
import io.shiftlead.connectors.jsm.wire.JsmJson;
import io.shiftlead.connectors.jsm.wire.SearchResponse;
import io.shiftlead.connectors.jsm.wire.SlaPage;
import io.shiftlead.connectors.jsm.wire.WireComment;
import io.shiftlead.connectors.jsm.wire.WireFeedback;
import io.shiftlead.connectors.jsm.wire.WireIssue;
import io.shiftlead.connectors.jsm.wire.WireIssueFields;
import io.shiftlead.connectors.jsm.wire.WireStatus;
import io.shiftlead.connectors.jsm.wire.WireStatusCategory;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wire payloads from the recorded fixtures into the normalized model. */
@SuppressWarnings("unchecked")
class JsmMapperTest {
  private static final ObjectMapper JSON = JsmJson.mapper();
  private static final Path ROOT = JsmWireMockFixture.fixtureRoot();

  private final JsmMapper mapper = new JsmMapper(
      Map.of("first_reply_minutes", "customfield_10050", "shiftlead_status", "customfield_10051"));

  @Test
  void anAssignedRequestMapsWithItsPeopleLabelsVendorStatusAndMappedCustomFields() throws Exception {
    Ticket ticket = mapper.ticket(issue("search/page1.json", 0), sd1Comments(), false);

    assertThat(ticket.id()).isEqualTo("SD-1");
    assertThat(ticket.source()).isEqualTo("jira-service-management");
    assertThat(ticket.subject()).isEqualTo("Refund not received for order 4471");
    assertThat(ticket.status()).isEqualTo(TicketStatus.PENDING);
    assertThat(ticket.priority()).isEqualTo(Priority.HIGH);
    assertThat(ticket.channel()).isEqualTo(Channel.OTHER);
    assertThat(ticket.createdAt()).isEqualTo(Instant.parse("2024-05-01T09:12:00Z"));
    assertThat(ticket.updatedAt()).isEqualTo(Instant.parse("2024-05-01T10:02:13.512Z"));
    assertThat(ticket.requester().name()).isEqualTo("Carla Mendes");
    assertThat(ticket.requester().role()).isEqualTo(AuthorRole.CUSTOMER);
    assertThat(ticket.assignee().id()).isEqualTo("5b10ac8d82e05b22cc7d4ef5");
    assertThat(ticket.assignee().role()).isEqualTo(AuthorRole.AGENT);
    assertThat(ticket.group()).isNull();
    assertThat(ticket.tags()).containsExactly("billing", "vip");
    assertThat(ticket.fields()).containsEntry("first_reply_minutes", 42L)
        .containsEntry("shiftlead_status", "escalated")
        .containsEntry(JsmMapper.FIELD_STATUS, "Waiting for customer")
        .containsEntry(JsmMapper.FIELD_STATUS_CATEGORY, "indeterminate")
        .doesNotContainKey("customfield_10099");
    assertThat(ticket.commentCount()).isEqualTo(4);
    assertThat(ticket.deleted()).isFalse();
  }

  @Test
  void commentsAreCustomerForTheReporterSystemForAutomationAndAgentOtherwise() throws Exception {
    Ticket ticket = mapper.ticket(issue("search/page1.json", 0), sd1Comments(), false);

    assertThat(ticket.comments()).extracting(c -> c.author().role())
        .containsExactly(AuthorRole.CUSTOMER, AuthorRole.AGENT, AuthorRole.AGENT, AuthorRole.SYSTEM);
    assertThat(ticket.comments()).extracting(Comment::isPublic).containsExactly(true, true, false, true);
    assertThat(ticket.comments().get(1).isPublicAgentReply()).isTrue();
    assertThat(ticket.comments().get(0).createdAt()).isEqualTo(Instant.parse("2024-05-01T09:12:00Z"));
  }

  @Test
  void theRenderedHtmlBodyIsPreferredAndReducedToPlainText() throws Exception {
    Comment reply = mapper.ticket(issue("search/page1.json", 0), sd1Comments(), false).comments().get(1);

    assertThat(reply.body()).isEqualTo("Hello Carla, sorry about that. We have asked billing to check.");
  }

  @Test
  void anUnassignedRequestWithAnAdfCommentAndNonAsciiTextMaps() throws Exception {
    Ticket ticket = mapper.ticket(issue("search/page1.json", 1), comments("comments/SD-2.json"), false);

    assertThat(ticket.assignee()).isNull();
    assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
    assertThat(ticket.priority()).isEqualTo(Priority.NORMAL);
    assertThat(ticket.subject()).isEqualTo("Fatura não chegou — reembolso?");
    assertThat(ticket.fields()).doesNotContainKeys("first_reply_minutes", "shiftlead_status");
    assertThat(ticket.comments()).singleElement().satisfies(c -> {
      assertThat(c.author().role()).isEqualTo(AuthorRole.CUSTOMER);
      assertThat(c.body()).isEqualTo("Olá, a fatura de março não chegou.\nObrigado — Rui 🙏");
    });
  }

  @Test
  void timestampsWithAnOffsetOtherThanUtcAreReadAsInstants() throws Exception {
    Ticket ticket = mapper.ticket(issue("search/page2_end.json", 0), comments("comments/SD-4.json"), false);

    assertThat(ticket.subject()).isEqualTo("請求書が届きません");
    assertThat(ticket.createdAt()).isEqualTo(Instant.parse("2024-04-30T14:00:00Z"));
    assertThat(ticket.status()).isEqualTo(TicketStatus.SOLVED);
    assertThat(ticket.priority()).isEqualTo(Priority.LOW);
    assertThat(ticket.comments().get(0).body()).startsWith("先月の請求書");
  }

  @Test
  void aDeletedRequestCarriesNoConversation() throws Exception {
    Ticket ticket = mapper.ticket(issue("search/page1.json", 2), null, true);

    assertThat(ticket.deleted()).isTrue();
    assertThat(ticket.comments()).isEmpty();
    assertThat(ticket.commentCount()).isZero();
  }

  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @CsvSource({
      "Waiting for support, new, NEW", "Open, new, NEW", "In Progress, indeterminate, OPEN",
      "Waiting for customer, indeterminate, PENDING", "Pending, indeterminate, ON_HOLD",
      "On hold, indeterminate, ON_HOLD", "Resolved, done, SOLVED", "Canceled, done, SOLVED",
      "Closed, done, CLOSED", "Escalated, indeterminate, OPEN", "Triage, undefined, OPEN"})
  void statusesMapByCategoryRefinedByJsmDefaultNames(String name, String category, TicketStatus expected) {
    WireIssueFields fields = new WireIssueFields(null, new WireStatus("1", name,
        new WireStatusCategory(category, null)), null, null, null, null, null, null);

    assertThat(JsmMapper.status(fields)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"Highest, URGENT", "High, HIGH", "Medium, NORMAL", "Low, LOW", "Lowest, LOW", "P1 - Critical, "})
  void prioritiesMapByDefaultSchemeName(String name, Priority expected) {
    assertThat(JsmMapper.priority(name)).isEqualTo(expected);
  }

  @Test
  void writtenPriorityNamesAreTheDefaultSchemeOnes() {
    assertThat(List.of(Priority.URGENT, Priority.HIGH, Priority.NORMAL, Priority.LOW))
        .extracting(JsmMapper::priorityName).containsExactly("Highest", "High", "Medium", "Low");
  }

  @Test
  void aCsatAnswerBecomesAOneToFiveSurveyResponseKeyedByRequest() throws Exception {
    WireFeedback feedback = JSON.readValue(Files.readString(ROOT.resolve("__files/feedback/SD-4.json")),
        WireFeedback.class);
    Instant at = Instant.parse("2024-05-01T10:05:00Z");

    SurveyResponse response = mapper.survey("SD-4", "5b10a2844c20165700ede21g", feedback, at).orElseThrow();

    assertThat(response.id()).isEqualTo("SD-4/csat");
    assertThat(response.ticketId()).isEqualTo("SD-4");
    assertThat(response.kind()).isEqualTo(SurveyKind.CSAT);
    assertThat(response.score()).isEqualTo(5.0);
    assertThat(response.scale()).isEqualTo("1-5");
    assertThat(response.comment()).startsWith("とても助かりました");
    assertThat(response.at()).isEqualTo(at);
    assertThat(mapper.survey("SD-7", null, new WireFeedback("csat", null, null), at)).isEmpty();
  }

  @Test
  void customFieldValuesBecomePlainJava() throws Exception {
    assertThat(JsmMapper.value(JSON.readTree("[{\"value\":\"A\"},{\"value\":\"B\"}]"))).isEqualTo(List.of("A", "B"));
    assertThat(JsmMapper.value(JSON.readTree("{\"accountId\":\"abc\",\"displayName\":\"X\"}"))).isEqualTo("abc");
    assertThat(JsmMapper.value(JSON.readTree("87.5"))).isEqualTo(87.5);
    assertThat(JsmMapper.value(JSON.readTree("true"))).isEqualTo(true);
    assertThat(JsmMapper.value(JSON.readTree("null"))).isNull();
  }

  @Test
  void anIssueWithoutCreatedIsRefused() throws Exception {
    WireIssue broken = JSON.readValue("{\"key\":\"SD-9\",\"fields\":{\"summary\":\"x\"}}", WireIssue.class);

    assertThatThrownBy(() -> mapper.ticket(broken, List.of(), false)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void slaMetricsBecomeJsmSlaFieldsDescribingTheOngoingOrLastCompletedCycle() throws Exception {
    SlaPage page = JSON.readValue(Files.readString(ROOT.resolve("__files/sla/SD-1.json")), SlaPage.class);

    Map<String, Object> fields = JsmSlas.fields(page.values());

    assertThat(fields).containsOnlyKeys("jsm_sla_time_to_first_response", "jsm_sla_time_to_resolution");
    assertThat((Map<String, Object>) fields.get("jsm_sla_time_to_first_response"))
        .containsEntry("completed", true).containsEntry("breached", false)
        .containsEntry("goalMillis", 14400000L).containsEntry("elapsedMillis", 1080000L)
        .containsEntry("stopTime", "2024-05-01T09:30:00Z");
    assertThat((Map<String, Object>) fields.get("jsm_sla_time_to_resolution"))
        .containsEntry("completed", false).containsEntry("breached", true).containsEntry("paused", true)
        .containsEntry("remainingMillis", -1200000L).containsEntry("breachTime", "2024-05-01T17:12:00Z");
  }

  @Test
  void slaNamesBecomeLowerCaseUnderscoredKeys() {
    assertThat(JsmSlas.key("Time to first response")).isEqualTo("jsm_sla_time_to_first_response");
    assertThat(JsmSlas.key(" Résolution (VIP) ")).isEqualTo("jsm_sla_résolution_vip");
  }

  @Test
  void jiraTimestampsParseWithOrWithoutColonInTheOffset() {
    assertThat(JsmTime.parse("2024-05-01T10:00:00.000+0000")).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
    assertThat(JsmTime.parse("2024-05-01T12:00:00+02:00")).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
    assertThat(JsmTime.parse("2024-05-01T10:00:00Z")).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
    assertThatThrownBy(() -> JsmTime.parse("yesterday")).isInstanceOf(IllegalArgumentException.class);
  }

  private static WireIssue issue(String file, int index) throws Exception {
    return JSON.readValue(Files.readString(ROOT.resolve("__files/" + file)), SearchResponse.class)
        .issues().get(index);
  }

  private static List<WireComment> comments(String file) throws Exception {
    return JSON.readValue(Files.readString(ROOT.resolve("__files/" + file)), CommentPage.class).values();
  }

  private static List<WireComment> sd1Comments() throws Exception {
    List<WireComment> all = new ArrayList<>(comments("comments/SD-1_page1.json"));
    all.addAll(comments("comments/SD-1_page2.json"));
    return all;
  }
}
