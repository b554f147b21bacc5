package io.shiftlead.plugin.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shiftlead.plugin.testing.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real plugin on Payara Micro against a real Request Tracker 5: tickets seeded through RT's
 * own API are evaluated and written back; after a restart nothing is posted twice. Skipped
 * (saying why) unless {@code RT_URL} and {@code RT_TOKEN} are set, as {@code scripts/run-tests}
 * does in CI.
 */
class RequestTrackerOnPayaraIT {
  private static final String TOKEN_VAR = "SHIFTLEAD_IT_RT_TOKEN";
  private PayaraServer server;

  @BeforeEach
  void requireRealRt() {
    assumeTrue(RealRequestTracker.configured(), "no Request Tracker: set RT_URL and RT_TOKEN"
        + " (source the rt.env of test-fixtures/rt/start-rt.sh); scripts/run-tests does");
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void writesTheFirstReplyTimeAndOneNoteIntoRtAndARestartPostsNothingTwice() throws Exception {
    RealRequestTracker rt = new RealRequestTracker();
    Instant start = Instant.now().minusSeconds(5);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(rt.seedAnsweredTicket("Shiftlead e2e " + i + " " + UUID.randomUUID()));
    }
    Path dir = Path.of("target/it/rt-" + System.nanoTime()).toAbsolutePath();
    Files.createDirectories(dir);
    Path config = dir.resolve("shiftlead.yaml");
    Files.writeString(config, """
        store:
          url: jdbc:h2:file:%s
        connectors:
          - name: rt
            type: request-tracker
            pollIntervalSeconds: 2
            settings:
              baseUrl: %s
              apiToken: ${%s}
              startTime: "%s"
              customFields: first_reply_minutes:First Reply Minutes
        """.formatted(dir.resolve("store/shiftlead"), rt.url, TOKEN_VAR, start));
    Map<String, String> env = Map.of(TOKEN_VAR, rt.rootToken);

    server = PayaraServer.start(dir, config, env);
    await(Duration.ofSeconds(90), () -> allWritten(rt, ids));
    server.close();
    server = PayaraServer.start(dir, config, env);
    // let the restarted server pull and evaluate again (its own writes come back in the stream)
    Instant restarted = Instant.now();
    await(Duration.ofSeconds(60), () -> server.get("/api/v1/status").body().contains("lastSyncAt")
        && Instant.now().isAfter(restarted.plusSeconds(10)));

    for (String id : ids) {
      assertThat(rt.customField(id, "First Reply Minutes")).as("field on %s", id).isNotNull();
      assertThat(rt.shiftleadNotes(id)).as("notes on RT ticket %s", id).isOne();
    }
    assertThat(server.log()).doesNotContain(rt.rootToken);
  }

  private static boolean allWritten(RealRequestTracker rt, List<String> ids) throws Exception {
    for (String id : ids) {
      if (rt.customField(id, "First Reply Minutes") == null || rt.shiftleadNotes(id) == 0) {
        return false;
      }
    }
    return true;
  }

  private static void await(Duration limit, java.util.concurrent.Callable<Boolean> condition)
      throws Exception {
    Await.until(limit, Duration.ofMillis(1000), condition);
  }
}
