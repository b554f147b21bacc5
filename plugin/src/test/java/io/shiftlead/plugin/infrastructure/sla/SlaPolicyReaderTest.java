package io.shiftlead.plugin.infrastructure.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.TicketStatus;
import io.shiftlead.plugin.core.sla.SlaMetric;
import io.shiftlead.plugin.core.sla.SlaPolicies;
import io.shiftlead.plugin.core.sla.SlaPolicy;
import io.shiftlead.plugin.core.sla.Target;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Valid fixtures read into the expected policies; each invalid fixture states on its first line
 * ({@code # expect: <line>: <message>}) the problem the reader must report.
 */
class SlaPolicyReaderTest {
  private final SlaPolicyReader reader = new SlaPolicyReader();

  private static Path resource(String name) {
    try {
      return Path.of(SlaPolicyReaderTest.class.getResource("/sla/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void policiesMayNameCalendarsDefinedInAnotherFile() {
    SlaPolicies policies = reader.readFiles(List.of(resource("valid/calendars.yaml"),
        resource("valid/policies.yaml")));
    assertThat(policies.ordered()).extracting(SlaPolicy::name)
        .containsExactly("VIP customers", "Europe standard", "Americas default");
    SlaPolicy eu = policies.ordered().get(1);
    assertThat(eu.calendar().name()).isEqualTo("berlin-office");
    assertThat(eu.calendar().week().get(DayOfWeek.MONDAY)).hasSize(2);
    assertThat(eu.calendar().holidays()).hasSize(3);
    assertThat(eu.atRiskShare()).isEqualTo(0.20);
    assertThat(eu.pausesOn(SlaMetric.RESOLUTION)).containsExactly(TicketStatus.PENDING);
    assertThat(eu.pausesOn(SlaMetric.FIRST_REPLY))
        .containsExactlyInAnyOrder(TicketStatus.PENDING, TicketStatus.ON_HOLD);
    // No word: business hours, because the policy names a calendar.
    assertThat(eu.target(Priority.NORMAL, SlaMetric.FIRST_REPLY))
        .isEqualTo(Target.business(Duration.ofHours(4)));
    assertThat(eu.target(Priority.NORMAL, SlaMetric.PERIODIC_UPDATE))
        .isEqualTo(Target.calendar(Duration.ofDays(1)));
    assertThat(eu.escalations().get(0).afterBreach()).isZero();
  }

  @Test
  void escalationActionsAreKeptAsOpaqueSpecs() {
    SlaPolicy vip = reader.readFiles(List.of(resource("valid/calendars.yaml"),
        resource("valid/policies.yaml"))).ordered().get(0);
    assertThat(vip.condition().describe()).isEqualTo("tags include [vip]");
    assertThat(vip.escalations().get(1).afterBreach()).isEqualTo(Duration.ofHours(2));
    assertThat(vip.escalations().get(1).metrics())
        .isEqualTo(Set.of(SlaMetric.FIRST_REPLY, SlaMetric.RESOLUTION));
    assertThat(vip.escalations().get(1).actions()).extracting(a -> a.type() + "=" + a.value())
        .containsExactly("set_priority={value=urgent}", "assign_group={value=escalations}");
    assertThat(vip.escalations().get(0).actions().get(0).value())
        .isEqualTo(Map.of("to", "team_lead", "url", "https://hooks.example.com/sla"));
  }

  @Test
  void aNotifyWithoutAnHttpUrlIsRefusedWithItsLine() {
    assertThatThrownBy(() -> reader.read(List.of(new SlaPolicyReader.Source("p.yaml", """
        policies:
          - name: p
            targets: {normal: {first_reply: 1h}}
            escalations:
              - level: 1
                actions:
                  - notify: {to: team_lead}
        """)))).isInstanceOf(SlaPolicyException.class)
        .hasMessageContaining("p.yaml:7").hasMessageContaining("notify needs an http(s) url");
  }

  @Test
  void calendarsAndPoliciesMayShareOneFile() {
    SlaPolicy chat = reader.readFiles(List.of(resource("valid/single-file.yaml"))).ordered()
        .get(0);
    assertThat(chat.target(Priority.URGENT, SlaMetric.NEXT_REPLY))
        .isEqualTo(Target.business(Duration.ofMinutes(2)));
  }

  @Test
  void theDocumentedExamplesAreValid() {
    Path dir = Path.of("..", "docs", "examples", "sla");
    assertThat(reader.readFiles(List.of(dir.resolve("calendars.yaml"),
        dir.resolve("policies.yaml"))).ordered()).hasSize(3);
  }

  static Stream<Path> invalidFixtures() throws IOException {
    return Files.list(resource("invalid")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidFixtures")
  void eachInvalidFixtureIsRejectedWithFileLineAndHint(Path file) throws IOException {
    String expect = Files.readAllLines(file).get(0).replaceFirst("^# expect: ", "");
    SlaPolicyException e = catchThrowableOfType(SlaPolicyException.class,
        () -> reader.readFiles(List.of(file)));
    assertThat(e).as("no error for " + file).isNotNull();
    assertThat(e.problems()).extracting(SlaProblem::toString)
        .anySatisfy(p -> assertThat(p).contains(file + ":" + expect));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    SlaPolicyException e = catchThrowableOfType(SlaPolicyException.class,
        () -> reader.read(List.of(new SlaPolicyReader.Source("p.yaml", String.join("\n",
            "policies:",
            "  - name: a",
            "    colour: red",
            "    targets: {normal: {first_reply: soon}}")))));
    assertThat(e.problems()).extracting(SlaProblem::line).containsExactly(3, 4);
    assertThat(e.getMessage()).contains("p.yaml:3: unknown key 'colour'", "p.yaml:4: bad target");
  }
}
