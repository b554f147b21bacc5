package io.shiftlead.plugin.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.connectors.spi.SettingDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {
  private static final List<SettingDefinition> ZENDESK = List.of(
      SettingDefinition.required("baseUrl", "https://acme.zendesk.com"),
      SettingDefinition.required("email", "agent email"),
      SettingDefinition.secret("apiToken", "API token"),
      SettingDefinition.optional("pageSize", "1000", "page size"));

  private static ConfigLoader loader(Map<String, String> env) {
    return new ConfigLoader(type -> type.equals("zendesk") ? Optional.of(ZENDESK)
        : Optional.empty(), env::get);
  }

  private static final String VALID = """
      store:
        url: jdbc:h2:mem:x
      connectors:
        - name: acme
          type: zendesk
          settings:
            baseUrl: https://acme.zendesk.com
            email: ops@acme.test
            apiToken: ${ZENDESK_TOKEN}
      """;

  @Test
  void resolvesSecretsFromTheEnvironmentAndAppliesDefaults() {
    ShiftleadConfig config = loader(Map.of("ZENDESK_TOKEN", "s3cr3t")).load("t", VALID);

    var connector = config.connectors().get(0);
    assertThat(connector.settings()).containsEntry("apiToken", "s3cr3t")
        .containsEntry("pageSize", "1000");
    assertThat(connector.pollIntervalSeconds()).isEqualTo(30);
    assertThat(connector.toString()).doesNotContain("s3cr3t");
    assertThat(config.sandbox().enabled()).isFalse();
  }

  @Test
  void aMissingEnvironmentVariableNamesTheKeyAndTheVariable() {
    assertThatThrownBy(() -> loader(Map.of()).load("t", VALID))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("connectors[0].settings.apiToken: environment variable"
            + " ZENDESK_TOKEN is not set");
  }

  @Test
  void anInlineSecretIsRefusedWithoutEchoingIt() {
    String yaml = VALID.replace("${ZENDESK_TOKEN}", "plain-token-123");
    assertThatThrownBy(() -> loader(Map.of()).load("t", yaml))
        .hasMessageContaining("connectors[0].settings.apiToken: a secret must reference an"
            + " environment variable")
        .hasMessageNotContaining("plain-token-123");
  }

  @Test
  void reportsEveryProblemAtOnceWithItsKey() {
    String yaml = """
        store:
          url: mysql://nope
        conectors: []
        connectors:
          - name: Bad Name
            type: zendesk
            pollIntervalSeconds: soon
            settings:
              baseUrl: https://x
              apiToken: ${T}
              colour: blue
          - name: two
            type: helpscout
        """;
    assertThatThrownBy(() -> loader(Map.of("T", "x")).load("t", yaml))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).contains(
            "store.url: must start with jdbc:h2: or jdbc:postgresql:, got mysql://nope",
            "connectors[0].name: use lower-case letters, digits and dashes, got 'Bad Name'",
            "connectors[0].pollIntervalSeconds: must be a whole number, got 'soon'",
            "connectors[0].settings.email: required (agent email)",
            "connectors[1].type: unknown connector type 'helpscout'")
            .anyMatch(p -> p.startsWith("conectors: unknown key"))
            .anyMatch(p -> p.startsWith("connectors[0].settings.colour: unknown key")));
  }

  @Test
  void brokenYamlSaysWhere() {
    assertThatThrownBy(() -> loader(Map.of()).load("t", "store: [\n  url"))
        .hasMessageContaining("not valid YAML").hasMessageContaining("line");
  }

  @Test
  void theBuiltInDemoConfigurationIsValidForTheInstalledZendeskConnector() {
    ConfigSource demo = ConfigSource.builtInDemo();
    var registry = new io.shiftlead.plugin.infrastructure.connector.ConnectorRegistry(
        getClass().getClassLoader());
    ShiftleadConfig config = new ConfigLoader(registry::settings, name -> null)
        .load(demo.name(), demo.yaml());
    assertThat(config.sandbox().enabled()).isTrue();
    assertThat(config.connectors()).extracting(c -> c.type()).containsExactly("zendesk");
    assertThat(config.slaDirectory()).isEqualTo("classpath:demo-sla.yaml");
    assertThat(config.connectors().get(0).settings().get("customFields"))
        .contains("sla_next_due:360000000104", "sla_state:360000000105");
    assertThat(io.shiftlead.plugin.infrastructure.sla.SlaDirectory.load(config.slaDirectory())
        .ordered()).extracting(p -> p.name()).containsExactly("Demo standard");
  }

  @Test
  void theSlaFieldsDefaultToSlaNextDueAndSlaStateAndCanBeRenamed() {
    ShiftleadConfig defaults = loader(Map.of("ZENDESK_TOKEN", "t")).load("t", VALID);
    ShiftleadConfig renamed = loader(Map.of("ZENDESK_TOKEN", "t")).load("t", VALID + """
        evaluation:
          slaDueField: next_due
          slaStateField: sla_badge
        """);

    assertThat(defaults.evaluation().slaDueField()).isEqualTo("sla_next_due");
    assertThat(defaults.evaluation().slaStateField()).isEqualTo("sla_state");
    assertThat(renamed.evaluation().slaDueField()).isEqualTo("next_due");
    assertThat(renamed.evaluation().slaStateField()).isEqualTo("sla_badge");
  }

  @Test
  void aMistypedSlaFieldKeyIsReported() {
    assertThatThrownBy(() -> loader(Map.of("ZENDESK_TOKEN", "t")).load("t", VALID + """
        evaluation:
          slaStatField: x
        """)).hasMessageContaining("evaluation.slaStatField");
  }

  private static final String WITH_TOKENS = VALID + """
      security:
        tokens:
          - name: acme-sidebar
            token: ${ACME_SIDEBAR_TOKEN}
            role: agent
            connectors: [acme]
          - name: ops
            token: ${OPS_TOKEN:-ops-default-token-0123456789}
            role: admin
            connectors: "*"
      """;

  @Test
  void apiTokensComeFromTheEnvironmentWithRoleAndConnectors() {
    ShiftleadConfig config = loader(Map.of("ZENDESK_TOKEN", "z",
        "ACME_SIDEBAR_TOKEN", "acme-sidebar-token-0123456789")).load("t", WITH_TOKENS);

    var tokens = config.security().tokens();
    assertThat(tokens).hasSize(2);
    assertThat(tokens.get(0).token()).isEqualTo("acme-sidebar-token-0123456789");
    assertThat(tokens.get(0).connectors()).containsExactly("acme");
    assertThat(tokens.get(1).token()).isEqualTo("ops-default-token-0123456789");
    assertThat(tokens.get(1).connectors()).containsExactly("*");
    assertThat(tokens.toString()).doesNotContain("0123456789");
  }

  @Test
  void noSecuritySectionMeansNoTokens() {
    assertThat(loader(Map.of("ZENDESK_TOKEN", "z")).load("t", VALID).security().tokens())
        .isEmpty();
  }

  @Test
  void badTokenEntriesNameTheKeyAndNeverEchoTheToken() {
    String yaml = VALID + """
        security:
          tokens:
            - name: inline
              token: written-inline-0123456789
              role: agent
            - name: short
              token: ${SHORT_TOKEN}
              role: boss
              connectors: [globex]
        """;
    assertThatThrownBy(() -> loader(Map.of("ZENDESK_TOKEN", "z", "SHORT_TOKEN", "abc"))
        .load("t", yaml))
        .hasMessageContaining("security.tokens[0].token: a secret must reference an environment"
            + " variable, e.g. ${SHIFTLEAD_TOKEN_INLINE}")
        .hasMessageContaining("security.tokens[1].token: too short")
        .hasMessageContaining("security.tokens[1].role: one of admin, manager, reviewer, agent, got 'boss'")
        .hasMessageContaining("security.tokens[1].connectors: unknown connector 'globex'"
            + " (configured: acme)")
        .message().doesNotContain("written-inline-0123456789");
  }

  @Test
  void qaIsOffByDefaultAndItsFieldKeysDefaultToQaScoreAndQaResult() {
    ShiftleadConfig config = loader(Map.of("ZENDESK_TOKEN", "t")).load("t", VALID);

    assertThat(config.qaDirectory()).isNull();
    assertThat(config.evaluation().qaScoreField()).isEqualTo("qa_score");
    assertThat(config.evaluation().qaResultField()).isEqualTo("qa_result");
    assertThat(config.evaluation().qaEveryUpdate()).isFalse();
  }

  @Test
  void aQaDirectoryWithoutScorecardsAndBadQaFieldKeysAreReportedByKey() {
    String yaml = VALID + """
        qaDirectory: /nonexistent/qa
        evaluation:
          qaScoreField: "qa score!"
          qaResultField: qa_result
          qaEveryUpdate: sometimes
        """;

    assertThatThrownBy(() -> loader(Map.of("ZENDESK_TOKEN", "t")).load("t", yaml))
        .hasMessageContaining("qaDirectory: no scorecards.yaml in /nonexistent/qa")
        .hasMessageContaining("evaluation.qaScoreField: a custom field key")
        .hasMessageContaining("evaluation.qaEveryUpdate: must be true or false");
  }

  @Test
  void theDemoScorecardOnTheClasspathIsAccepted() {
    ShiftleadConfig config = loader(Map.of("ZENDESK_TOKEN", "t"))
        .load("t", VALID + "qaDirectory: classpath:qa\n");

    assertThat(config.qaDirectory()).isEqualTo("classpath:qa");
  }

  @Test
  void kpiGoalsAreReadAndAnUnknownKpiOrANonNumberIsRefusedByName() {
    ShiftleadConfig config = loader(Map.of("ZENDESK_TOKEN", "x")).load("t", VALID
        + "kpis:\n  goals: {csat: 0.85, first_reply_p90_minutes: 240}\n  changeAlert: 0.1\n");
    assertThat(config.kpis().goals()).containsEntry("csat", 0.85)
        .containsEntry("first_reply_p90_minutes", 240.0);
    assertThat(config.kpis().changeAlert()).isEqualTo(0.1);

    assertThatThrownBy(() -> loader(Map.of("ZENDESK_TOKEN", "x")).load("t", VALID
        + "kpis:\n  goals: {csat_score: 0.85, nps: high}\n"))
        .hasMessageContaining("kpis.goals.csat_score: unknown KPI 'csat_score', known:")
        .hasMessageContaining("kpis.goals.nps: must be a number");
  }

  @Test
  void clusterIsOffByDefaultWithTwentySecondLeasesRenewedEveryFive() {
    ShiftleadConfig config = loader(Map.of("ZENDESK_TOKEN", "t")).load("t", VALID);

    assertThat(config.cluster()).isEqualTo(new ShiftleadConfig.ClusterConfig(false, null, 20, 5));
  }

  @Test
  void clusterSettingsAreReadOnPostgres() {
    String yaml = VALID.replace("jdbc:h2:mem:x", "jdbc:postgresql://db:5432/shiftlead") + """
        cluster:
          enabled: true
          memberId: node-1
          leaseSeconds: 30
          renewSeconds: 10
        """;
    ShiftleadConfig config = loader(Map.of("ZENDESK_TOKEN", "t")).load("t", yaml);

    assertThat(config.cluster()).isEqualTo(new ShiftleadConfig.ClusterConfig(true, "node-1", 30,
        10));
  }

  @Test
  void aClusterOnAnEmbeddedStoreOrWithARenewalTooSlowForItsLeaseIsRefused() {
    String yaml = VALID + """
        cluster:
          enabled: true
          memberId: "node 1"
          leaseSeconds: 10
          renewSeconds: 6
          members: 3
        """;
    assertThatThrownBy(() -> loader(Map.of("ZENDESK_TOKEN", "t")).load("t", yaml))
        .hasMessageContaining("cluster.enabled: the members must share one store: store.url must"
            + " be a jdbc:postgresql: URL, got jdbc:h2:mem:x")
        .hasMessageContaining("cluster.renewSeconds: must be at most half of"
            + " cluster.leaseSeconds (10), got 6")
        .hasMessageContaining("cluster.memberId: letters, digits")
        .hasMessageContaining("cluster.members: unknown key");
  }

  @Test
  void aConnectorReSweepsEverySixHoursSevenBackUnlessConfiguredOtherwise() {
    var env = Map.of("ZENDESK_TOKEN", "s3cr3t");
    assertThat(loader(env).load("t", VALID).connectors().get(0).resweep())
        .isEqualTo(io.shiftlead.plugin.application.ResweepPolicy.DEFAULT)
        .hasToString("every 6h, lookback 7h");
    String daily = VALID + "    resweep: {every: 24h, lookback: 26h}\n";
    assertThat(loader(env).load("t", daily).connectors().get(0).resweep())
        .hasToString("every 24h, lookback 26h");
    String everyOnly = VALID + "    resweep: {every: 12h}\n";
    assertThat(loader(env).load("t", everyOnly).connectors().get(0).resweep())
        .as("lookback defaults to every plus the default margin of 1h")
        .hasToString("every 12h, lookback 13h");
    String off = VALID + "    resweep: off\n";
    assertThat(loader(env).load("t", off).connectors().get(0).resweep().enabled()).isFalse();
  }

  @Test
  void aBadReSweepIsRefusedWithItsKey() {
    var env = Map.of("ZENDESK_TOKEN", "s3cr3t");
    assertThatThrownBy(() -> loader(env).load("t",
        VALID + "    resweep: {every: 24h, lookback: 2h, when: never}\n"))
        .hasMessageContaining("connectors[0].resweep: lookback must be at least every (24h),"
            + " got 2h")
        .hasMessageContaining("connectors[0].resweep.when: unknown key");
    assertThatThrownBy(() -> loader(env).load("t", VALID + "    resweep: {every: daily}\n"))
        .hasMessageContaining("connectors[0].resweep.every: a duration like 6h, 90m or 2d,"
            + " got 'daily'");
    assertThatThrownBy(() -> loader(env).load("t", VALID + "    resweep: sometimes\n"))
        .hasMessageContaining("connectors[0].resweep: off, or {every: 6h, lookback: 7h}");
  }
}
