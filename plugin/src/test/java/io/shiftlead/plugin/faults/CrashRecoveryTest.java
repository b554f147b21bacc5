package io.shiftlead.plugin.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.plugin.application.SyncService;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The process killed at random points of a sync: each seeded run kills the SyncService
 * up to {@value #KILLS} times at a random step (a store connection or a helpdesk call, before or after
 * it), each time starting a new connector and SyncService on the same store, as a restarted plugin
 * would. The Payara {@code kill -9} test ({@code PluginOnPayaraIT}) does the same with a real
 * process, once.
 */
class CrashRecoveryTest {
  private static final int TICKETS = 5000;
  private static final int KILLS = 3;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void killedAtRandomPointsTheSyncEndsWithNothingLostAndNothingDoubled(long seed) throws Exception {
    KillSwitch kill = new KillSwitch();
    Random random = new Random(seed);
    long wall = System.nanoTime();
    try (FaultPipeline pipeline = new FaultPipeline(TICKETS, 100, seed)
        .wrapConnector(connector -> new KillingConnector(connector, kill))) {
      pipeline.store.beforeEachConnection = kill::tick;
      StringBuilder killedAt = new StringBuilder();
      for (int k = 0; k < KILLS; k++) {
        SyncService process = pipeline.newSync();
        // a full sync of 5 000 tickets is ~6 000 steps; each restart has less left to do
        kill.armAt(1 + random.nextInt(k == 0 ? 5000 : 1500));
        try {
          process.syncTickets(() -> true);
          kill.disarm(); // finished before the kill point
          break;
        } catch (KillSwitch.Killed killed) {
          killedAt.append(killedAt.length() == 0 ? "" : ", ").append(killed.getMessage()
              .replace("killed at step ", ""));
        }
      }

      SyncService restarted = pipeline.newSync();
      restarted.syncTickets(() -> true);
      pipeline.clock.advance(Duration.ofMinutes(3)); // let unknown-outcome write-backs settle
      restarted.syncTickets(() -> true);

      FaultPipeline.Outcome outcome = pipeline.outcome();
      FaultReport.row("killed at random steps (seed " + seed + ": steps " + killedAt + ")",
          outcome, String.format("restart after each kill; %.1f s wall for the whole run",
              (System.nanoTime() - wall) / 1e9),
          "abandoned mid-sync; the new process resumes from the stored cursor");
      assertThat(killedAt).as("the run was killed").isNotEmpty();
      assertThat(outcome.lost()).as("replied tickets without field or note").isZero();
      assertThat(outcome.duplicated()).as("notes too many").isZero();
      assertThat(pipeline.unfinishedWriteBacks()).isZero();
    }
  }
}
