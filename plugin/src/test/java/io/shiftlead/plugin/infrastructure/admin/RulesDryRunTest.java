package io.shiftlead.plugin.infrastructure.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.plugin.application.replay.RulesDiff;
import io.shiftlead.plugin.infrastructure.rules.RuleSetRepository;
import io.shiftlead.plugin.infrastructure.store.Database;
import io.shiftlead.plugin.infrastructure.store.JdbcAdminQueries;
import io.shiftlead.plugin.infrastructure.store.JdbcTicketRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesDryRunTest {
  private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final Database database =
      Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  @TempDir Path dir;
  private RuleSetRepository rules;
  private RulesDryRun dryRun;

  @BeforeEach
  void setUp() throws IOException {
    Files.writeString(dir.resolve("shared.yaml"), AdminFilesTest.GOOD);
    rules = new RuleSetRepository(dir);
    rules.reload();
    new JdbcTicketRepository(database.jdbc(), clock).upsertAll("zd", List.of(
        ticket("1", List.of("vip"), NOW.minus(Duration.ofDays(1))),
        ticket("2", List.of("billing"), NOW.minus(Duration.ofDays(2))),
        ticket("3", List.of("billing"), NOW.minus(Duration.ofDays(30)))));
    dryRun = new RulesDryRun(rules, new JdbcAdminQueries(database.jdbc()), List.of("zd"), clock);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private static Ticket ticket(String id, List<String> tags, Instant updated) {
    return new Ticket(id, "zd", "subject " + id, TicketStatus.OPEN, null, Channel.EMAIL,
        updated.minus(Duration.ofHours(1)), updated, Person.of("u", AuthorRole.CUSTOMER), null,
        null, tags, Map.of(), List.of(), List.of(), List.of(), false, 0);
  }

  @Test
  void aCandidateRuleShowsWhatItWouldChangeOnRecentTicketsOnly() {
    String candidate = AdminFilesTest.GOOD + "  - id: billing-urgent\n"
        + "    when: {field: tags, operator: contains, value: billing}\n"
        + "    then: [{set_priority: urgent}, {add_tags: [money]}]\n";

    RulesDryRun.Result result = dryRun.run("shared.yaml", candidate, 7);

    assertThat(result.ticketsCompared()).isEqualTo(2); // ticket 3 was updated 30 days ago
    assertThat(result.rows()).extracting(RulesDiff.Row::ticketId, RulesDiff.Row::what,
        RulesDiff.Row::current, RulesDiff.Row::candidate).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("2", "priority", "", "URGENT"),
            org.assertj.core.groups.Tuple.tuple("2", "tags added", "", "money"));
    assertThat(result.rows()).allSatisfy(r ->
        assertThat(r.rules()).containsExactly("billing-urgent"));
  }

  @Test
  void theSameRulesChangeNothing() {
    assertThat(dryRun.run("shared.yaml", AdminFilesTest.GOOD, 30).rows()).isEmpty();
  }

  @Test
  void aRuleTurnedToShadowShowsWhatItWouldStopDoing() {
    String shadow = AdminFilesTest.GOOD.replace("    then:", "    mode: shadow\n    then:");

    RulesDryRun.Result result = dryRun.run("shared.yaml", shadow, 7);

    assertThat(result.rows()).singleElement().satisfies(r -> {
      assertThat(r.ticketId()).isEqualTo("1");
      assertThat(r.current()).isEqualTo("HIGH");
      assertThat(r.candidate()).isEmpty();
    });
  }

  @Test
  void aCandidateWithProblemsIsRefusedWithThem() {
    assertThatThrownBy(() -> dryRun.run("shared.yaml", "rules: [", 7))
        .isInstanceOfSatisfying(EditedFileException.class, e ->
            assertThat(e.problems()).isNotEmpty());
  }

  @Test
  void aFileForNoConnectorOrDaysOutOfRangeAreRefused() {
    assertThatThrownBy(() -> dryRun.run("other.yaml", AdminFilesTest.GOOD, 7))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectors: [zd]");
    assertThatThrownBy(() -> dryRun.run("shared.yaml", AdminFilesTest.GOOD, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days");
  }

  @Test
  void aConnectorsOwnFileIsComparedWithTheSharedRulesKept() {
    String own = "version: \"1\"\nrules:\n  - id: zd-billing\n"
        + "    when: {field: tags, operator: contains, value: billing}\n"
        + "    then: [{assign_group: finance}]\n";

    RulesDryRun.Result result = dryRun.run("zd.yaml", own, 7);

    assertThat(result.rows()).extracting(RulesDiff.Row::ticketId, RulesDiff.Row::what,
        RulesDiff.Row::candidate).containsExactly(
            org.assertj.core.groups.Tuple.tuple("2", "group", "finance"));
  }
}
