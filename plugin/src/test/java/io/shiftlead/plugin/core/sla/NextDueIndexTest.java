package io.shiftlead.plugin.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NextDueIndexTest {
  private static Instant t(long s) {
    return Instant.ofEpochSecond(s);
  }

  @Test
  void nextIsTheEarliestDueInstantAndMovesWhenATicketIsUpdated() {
    NextDueIndex index = new NextDueIndex();
    index.update("a", t(30));
    index.update("b", t(10));
    index.update("c", t(20));
    assertThat(index.next()).isEqualTo(t(10));
    index.update("b", t(40));
    assertThat(index.next()).isEqualTo(t(20));
    index.update("a", t(5));
    assertThat(index.next()).isEqualTo(t(5));
    index.remove("a");
    index.update("c", null);
    assertThat(index.next()).isEqualTo(t(40));
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void pollDueRemovesEveryTicketDueByNowEarliestFirst() {
    NextDueIndex index = new NextDueIndex();
    index.update("late", t(100));
    index.update("second", t(20));
    index.update("first", t(10));
    index.update("exact", t(50));
    assertThat(index.pollDue(t(50))).containsExactly("first", "second", "exact");
    assertThat(index.pollDue(t(50))).isEmpty();
    assertThat(index.next()).isEqualTo(t(100));
  }

  @Test
  void randomUpdatesAndRemovalsAgreeWithASortedOracle() {
    Random random = new Random(42);
    NextDueIndex index = new NextDueIndex();
    Map<String, Long> oracle = new HashMap<>();
    for (int i = 0; i < 5_000; i++) {
      String id = "t" + random.nextInt(500);
      int op = random.nextInt(10);
      if (op < 6) {
        long due = random.nextInt(100_000);
        index.update(id, t(due));
        oracle.put(id, due);
      } else if (op < 8) {
        index.remove(id);
        oracle.remove(id);
      } else {
        long now = random.nextInt(100_000);
        List<String> expected = new ArrayList<>();
        oracle.entrySet().stream().filter(e -> e.getValue() <= now)
            .sorted(Map.Entry.comparingByValue()).forEach(e -> expected.add(e.getKey()));
        List<String> polled = index.pollDue(t(now));
        assertThat(polled).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(polled.stream().map(oracle::get).toList()).isSorted();
        expected.forEach(oracle::remove);
      }
      assertThat(index.size()).isEqualTo(oracle.size());
      Long min = oracle.values().stream().min(Long::compare).orElse(null);
      assertThat(index.next()).isEqualTo(min == null ? null : t(min));
    }
  }
}
