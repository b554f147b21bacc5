package io.shiftlead.plugin.infrastructure.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WorkerThreadsTest {

  @Test
  void aWorkerStuckInALongSyncDoesNotHoldUpAnotherConnectorsWorker() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch blockerRunning = new CountDownLatch(1);
    CountDownLatch otherTicked = new CountDownLatch(2);
    try (WorkerThreads threads = new WorkerThreads()) {
      threads.everySecond(() -> {
        blockerRunning.countDown();
        try {
          release.await(); // a backfill that takes minutes
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      assertThat(blockerRunning.await(5, TimeUnit.SECONDS)).isTrue();
      threads.everySecond(otherTicked::countDown);

      assertThat(otherTicked.await(5, TimeUnit.SECONDS)).as("second worker ticks twice").isTrue();
      release.countDown();
    }
  }

  @Test
  void workerThreadsAreNamedDaemonsWithTheApplicationsClassLoader() throws Exception {
    CountDownLatch ran = new CountDownLatch(1);
    Thread[] seen = new Thread[1];
    try (WorkerThreads threads = new WorkerThreads()) {
      threads.everySecond(() -> {
        seen[0] = Thread.currentThread();
        ran.countDown();
      });
      assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(seen[0].getName()).startsWith("shiftlead-worker-");
    assertThat(seen[0].isDaemon()).isTrue();
    assertThat(seen[0].getContextClassLoader()).isSameAs(WorkerThreads.class.getClassLoader());
  }

  @Test
  void aReleasedWorkerStopsAndItsThreadGoes() throws Exception {
    try (WorkerThreads threads = new WorkerThreads()) {
      ScheduledFuture<?> first = threads.everySecond(() -> { });
      ScheduledFuture<?> second = threads.everySecond(() -> { });
      ScheduledFuture<?> third = threads.everySecond(() -> { });
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (threads.threads() < 3 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(threads.threads()).isEqualTo(3);

      threads.release(first);
      threads.release(second);

      while (threads.threads() > 1 && System.nanoTime() < deadline + TimeUnit.SECONDS.toNanos(5)) {
        Thread.sleep(20);
      }
      assertThat(first.isCancelled()).isTrue();
      assertThat(second.isCancelled()).isTrue();
      assertThat(third.isCancelled()).isFalse();
      assertThat(threads.threads()).isEqualTo(1);
    }
  }
}
