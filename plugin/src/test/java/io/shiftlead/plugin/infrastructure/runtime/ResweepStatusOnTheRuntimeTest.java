package io.shiftlead.plugin.infrastructure.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.infrastructure.config.ConfigLoader;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig;
import io.shiftlead.plugin.infrastructure.connector.ConnectorRegistry;
import io.shiftlead.testfixtures.sandbox.SandboxHelpdesk;
import io.shiftlead.testfixtures.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code /api/v1/status} says about each connector's re-sweep, from the real runtime. */
class ResweepStatusOnTheRuntimeTest {
  private static final String TOKEN = "resweep-status-test-token";

  @TempDir
  Path dir;

  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
  private SandboxHelpdesk sandbox;
  private ShiftleadRuntime runtime;

  @AfterEach
  void stop() {
    if (runtime != null) {
      runtime.close();
    }
    scheduler.shutdownNow();
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Test
  void theStatusShowsEachConnectorsReSweepScheduleOrThatItIsOff() throws Exception {
    sandbox = SandboxHelpdesk.start(SandboxOptions.defaults().withTicketCount(20)
        .withCredentials(SandboxOptions.DEFAULT_EMAIL, TOKEN));
    Files.createDirectories(dir.resolve("rules"));
    String connector = """
          - name: %s
            type: zendesk
            pollIntervalSeconds: 60
            resweep: %s
            settings:
              baseUrl: %s
              email: %s
              apiToken: ${TEST_TOKEN}
              startTime: "2026-01-01T00:00:00Z"
        """;
    String yaml = "store:\n  url: jdbc:h2:file:" + dir.resolve("db").toAbsolutePath()
        + "\nrulesDirectory: " + dir.resolve("rules") + "\nslaDirectory: " + dir.resolve("sla")
        + "\nconnectors:\n"
        + connector.formatted("daily", "{every: 24h, lookback: 26h}", sandbox.baseUrl(),
            SandboxOptions.DEFAULT_EMAIL)
        + connector.formatted("never", "off", sandbox.baseUrl(), SandboxOptions.DEFAULT_EMAIL);
    ConnectorRegistry registry = new ConnectorRegistry(getClass().getClassLoader());
    ShiftleadConfig config = new ConfigLoader(registry::settings,
        Map.of("TEST_TOKEN", TOKEN)::get).load("test", yaml);
    java.time.Instant started = Clock.systemUTC().instant();
    runtime = ShiftleadRuntime.start(config, registry, scheduler, Clock.systemUTC());

    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (runtime.status().get(0).resweep().nextSweepAt() == null) { // the first tick's baseline
      assertThat(System.nanoTime()).as("baseline recorded within 60 s").isLessThan(end);
      Thread.sleep(100);
    }

    ResweepStatus daily = runtime.status().get(0).resweep();
    assertThat(daily.state()).isIn("scheduled", "catching-up");
    assertThat(daily.every()).isEqualTo("24h");
    assertThat(daily.lookback()).isEqualTo("26h");
    assertThat(daily.lastSweepAt()).as("no sweep yet, only the baseline").isNull();
    assertThat(daily.nextSweepAt()).isBetween(started.plus(Duration.ofHours(24)),
        Clock.systemUTC().instant().plus(Duration.ofHours(24)));
    assertThat(runtime.status().get(1).resweep().state()).isEqualTo("off");
  }
}
