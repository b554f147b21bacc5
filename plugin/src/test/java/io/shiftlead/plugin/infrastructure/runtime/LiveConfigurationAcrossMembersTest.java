package io.shiftlead.plugin.infrastructure.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.infrastructure.config.ConfigLoader;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig;
import io.shiftlead.plugin.infrastructure.connector.ConnectorRegistry;
import io.shiftlead.plugin.infrastructure.store.JdbcLiveConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cluster: a policy or rule change saved or reloaded on one member is followed by the others from
 * the change log (files on shared storage), without echoes and without a restart.
 */
class LiveConfigurationAcrossMembersTest {
  @TempDir
  Path dir;

  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
  private ShiftleadRuntime memberA;
  private ShiftleadRuntime memberB;

  private static String policy(String name) {
    return """
        policies:
          - name: %s
            targets:
              normal: {resolution: 1d}
        """.formatted(name);
  }

  @BeforeEach
  void startTwoMembers() throws Exception {
    Files.createDirectories(dir.resolve("rules"));
    Files.createDirectories(dir.resolve("sla"));
    Files.writeString(dir.resolve("sla/policies.yaml"), policy("Before"));
    String yaml = """
        store:
          url: jdbc:h2:file:%s
        rulesDirectory: %s
        slaDirectory: %s
        connectors: []
        """.formatted(dir.resolve("store/db").toAbsolutePath(), dir.resolve("rules"),
        dir.resolve("sla"));
    ConnectorRegistry registry = new ConnectorRegistry(getClass().getClassLoader());
    ShiftleadConfig config = new ConfigLoader(registry::settings, Map.<String, String>of()::get)
        .load("test", yaml);
    memberA = ShiftleadRuntime.start(config, registry, scheduler, Clock.systemUTC());
    memberB = ShiftleadRuntime.start(config, registry, scheduler, Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    memberA.close();
    memberB.close();
    scheduler.shutdownNow();
  }

  private static String policyName(ShiftleadRuntime member) {
    return member.sla().policies().ordered().get(0).name();
  }

  @Test
  void aReloadOnOneMemberIsFollowedByTheOtherOnceAndNeverEchoed() throws Exception {
    Files.writeString(dir.resolve("sla/policies.yaml"), policy("After"));

    assertThat(memberA.live().reloadSla("ops", "policies.yaml").ok()).isTrue();
    assertThat(policyName(memberB)).isEqualTo("Before");

    assertThat(memberB.live().followOtherMembers("b")).extracting(r -> r.kind())
        .containsExactly("sla");
    assertThat(policyName(memberB)).isEqualTo("After");
    assertThat(memberB.live().followOtherMembers("b")).isEmpty();
    assertThat(memberA.live().followOtherMembers("a")).as("its own change").isEmpty();
    assertThat(memberA.live().store().changes(null)).hasSize(1);
  }

  @Test
  void aChangeAnotherMemberRecordedWhileThisOneWasLoadingIsStillFollowed() throws Exception {
    long before = memberB.live().lastApplied("sla"); // b starts loading its own change
    Files.writeString(dir.resolve("sla/policies.yaml"), policy("After"));
    assertThat(memberA.live().reloadSla("ops", "policies.yaml").ok()).isTrue(); // a, meanwhile
    long own = memberB.live().store().recordChange("ops", "sla", "policies.yaml", "save", "b");

    memberB.live().applied("sla", before, own);

    assertThat(memberB.live().followOtherMembers("b")).extracting(r -> r.kind())
        .containsExactly("sla");
    assertThat(policyName(memberB)).isEqualTo("After");
  }

  @Test
  void withNoOtherChangeMeanwhileItsOwnChangeIsNotFollowedAgain() throws Exception {
    Files.writeString(dir.resolve("sla/policies.yaml"), policy("After"));

    assertThat(memberB.live().reloadSla("ops", "policies.yaml").ok()).isTrue();

    assertThat(memberB.live().followOtherMembers("b")).isEmpty();
  }

  @Test
  void aRefusedChangeIsNotFollowed() throws Exception {
    Files.writeString(dir.resolve("sla/policies.yaml"), "policies: [");

    assertThat(memberA.live().reloadSla("ops", "policies.yaml").ok()).isFalse();

    assertThat(memberB.live().followOtherMembers("b")).isEmpty();
    assertThat(policyName(memberB)).isEqualTo("Before");
  }

  @Test
  void aMemberWhoseCopyDoesNotLoadKeepsItsPoliciesAndSaysSoInTheChangeLog() throws Exception {
    Files.writeString(dir.resolve("sla/policies.yaml"), policy("After"));
    assertThat(memberA.live().reloadSla("ops", "policies.yaml").ok()).isTrue();
    Files.writeString(dir.resolve("sla/policies.yaml"), "policies: ["); // broken before b follows

    assertThat(memberB.live().followOtherMembers("b")).extracting(r -> r.ok())
        .containsExactly(false);

    assertThat(policyName(memberB)).isEqualTo("Before");
    JdbcLiveConfig.Change newest = memberB.live().store().changes("sla").get(0);
    assertThat(newest.actor()).isEqualTo("member b");
    assertThat(newest.action()).isEqualTo("refused");
    assertThat(newest.detail()).startsWith("following change #");
    assertThat(memberB.live().followOtherMembers("b")).as("not retried every tick").isEmpty();
  }

  @Test
  void aRulesReloadOnOneMemberIsFollowedByTheOther() throws Exception {
    Files.writeString(dir.resolve("rules/shared.yaml"), """
        version: "1"
        rules:
          - id: tag-vip
            when: always
            then: [{add_tags: [vip]}]
        """);
    assertThat(memberA.reloadRules("ops").ok()).isTrue();

    assertThat(memberA.live().followOtherMembers("a")).isEmpty();
    assertThat(memberB.rules().ruleSetFor("any").rules()).isEmpty();
    assertThat(memberB.live().followOtherMembers("b")).extracting(r -> r.kind())
        .containsExactly("rules");
    assertThat(memberB.rules().ruleSetFor("any").rules()).extracting(r -> r.id())
        .containsExactly("tag-vip");
  }
}
