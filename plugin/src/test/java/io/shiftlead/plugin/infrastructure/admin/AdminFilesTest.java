package io.shiftlead.plugin.infrastructure.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.plugin.core.rules.Rule;
import io.shiftlead.plugin.infrastructure.rules.RuleSetRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminFilesTest {
  static final String GOOD = "version: \"1\"\nrules:\n  - id: vip\n"
      + "    when: {field: tags, operator: contains, value: vip}\n"
      + "    then: [{set_priority: high}]\n";

  @TempDir Path dir;
  private Path rulesDir;
  private Path slaDir;
  private Path qaDir;
  private RuleSetRepository rules;
  private AdminFiles files;

  @BeforeEach
  void setUp() throws IOException {
    rulesDir = Files.createDirectories(dir.resolve("rules"));
    slaDir = Files.createDirectories(dir.resolve("sla"));
    qaDir = Files.createDirectories(dir.resolve("qa"));
    Files.writeString(rulesDir.resolve("shared.yaml"), GOOD);
    Files.copy(Path.of("../docs/examples/sla/policies.yaml"), slaDir.resolve("policies.yaml"));
    Files.copy(Path.of("../docs/examples/sla/calendars.yaml"), slaDir.resolve("calendars.yaml"));
    Files.copy(Path.of("../docs/examples/qa/scorecards.yaml"), qaDir.resolve("scorecards.yaml"));
    rules = new RuleSetRepository(rulesDir);
    rules.reload();
    files = new AdminFiles(rulesDir.toString(), slaDir.toString(), qaDir.toString(), rules,
        rules::reload);
  }

  @Test
  void aBrokenRuleFileIsRefusedWithItsLineAndColumnAndNotWritten() throws IOException {
    String broken = GOOD.replace("contains", "containz");

    assertThatThrownBy(() -> files.save(AdminFiles.Kind.RULES, "shared.yaml", broken))
        .isInstanceOfSatisfying(EditedFileException.class, e ->
            assertThat(e.problems()).singleElement().satisfies(p -> {
              assertThat(p.file()).isEqualTo("shared.yaml");
              assertThat(p.line()).isEqualTo(4);
              assertThat(p.column()).isPositive();
              assertThat(p.message()).contains("unknown operator 'containz'");
            }));
    assertThat(Files.readString(rulesDir.resolve("shared.yaml"))).isEqualTo(GOOD);
  }

  @Test
  void aGoodRuleFileIsSavedAndTheRulesReloadAtOnce() throws IOException {
    String edited = GOOD.replace("id: vip", "id: vip-first").replace("version: \"1\"",
        "version: \"2\"");

    AdminFiles.Saved saved = files.save(AdminFiles.Kind.RULES, "shared.yaml", edited);

    assertThat(saved.appliedNow()).isTrue();
    assertThat(Files.readString(rulesDir.resolve("shared.yaml"))).isEqualTo(edited);
    assertThat(rules.ruleSetFor("zendesk").rules()).extracting(Rule::id)
        .containsExactly("vip-first");
    try (var left = Files.list(rulesDir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("shared.yaml");
    }
  }

  @Test
  void turningARuleToShadowModeIsAnEditOfItsYaml() {
    String shadow = GOOD.replace("    then:", "    mode: shadow\n    then:");

    files.save(AdminFiles.Kind.RULES, "shared.yaml", shadow);

    assertThat(rules.ruleSetFor("zendesk").rules()).singleElement()
        .satisfies(r -> assertThat(r.mode().name()).isEqualTo("SHADOW"));
  }

  @Test
  void anSlaPolicyProblemIsReportedAtItsLineAndTheFileKept() throws IOException {
    String original = Files.readString(slaDir.resolve("policies.yaml"));
    String broken = original + "\nnot_a_key: 1\n";

    List<FileProblem> problems = files.validate(AdminFiles.Kind.SLA, "policies.yaml", broken);

    assertThat(problems).isNotEmpty();
    assertThat(problems.get(0).file()).isEqualTo("policies.yaml");
    assertThat(problems.get(0).line()).isEqualTo(broken.split("\n", -1).length - 1);
    assertThat(files.read(AdminFiles.Kind.SLA, "policies.yaml")).contains(original);
  }

  @Test
  void aGoodSlaFileIsSavedAndSaysItAppliesAfterARestart() throws IOException {
    String text = Files.readString(slaDir.resolve("policies.yaml")) + "\n# reviewed\n";

    AdminFiles.Saved saved = files.save(AdminFiles.Kind.SLA, "policies.yaml", text);

    assertThat(saved.appliedNow()).isFalse();
    assertThat(saved.note()).contains("restart");
    assertThat(Files.readString(slaDir.resolve("policies.yaml"))).isEqualTo(text);
  }

  @Test
  void aScorecardProblemIsReportedWithLineAndColumn() {
    List<FileProblem> problems = files.validate(AdminFiles.Kind.QA, "scorecards.yaml",
        "scorecards:\n  - id: x\n    colour: red\n");

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.message()).doesNotStartWith("scorecards.yaml:");
    });
  }

  @Test
  void namesThatClimbOutOfTheDirectoryOrAreNotYamlAreRefused() {
    for (String name : List.of("../x.yaml", "..", "a/b.yaml", ".hidden.yaml", "notes.txt")) {
      assertThatThrownBy(() -> files.read(AdminFiles.Kind.RULES, name))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("file name");
    }
  }

  @Test
  void builtInLocationsAreReadOnly() {
    AdminFiles builtIn = new AdminFiles(rulesDir.toString(), "classpath:demo-sla.yaml",
        "classpath:qa", rules, rules::reload);

    assertThatThrownBy(() -> builtIn.save(AdminFiles.Kind.QA, "scorecards.yaml", "x: 1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("built in");
    assertThat(builtIn.list(AdminFiles.Kind.SLA)).isEmpty();
  }
}
