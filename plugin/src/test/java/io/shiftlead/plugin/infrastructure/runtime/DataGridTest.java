package io.shiftlead.plugin.infrastructure.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DataGridTest {

  @Test
  void withoutAGridInJndiTheViewIsEmptyAndTheLookupIsNotRepeated() {
    AtomicInteger lookups = new AtomicInteger();
    DataGrid grid = new DataGrid(() -> {
      lookups.incrementAndGet();
      return null;
    });

    assertThat(grid.view()).isEmpty();
    assertThat(grid.view()).isEmpty();
    assertThat(lookups).hasValue(1);
  }

  @Test
  void somethingThatIsNotAHazelcastInstanceGivesAnEmptyViewInsteadOfAnError() {
    assertThat(new DataGrid(() -> "not a grid").view()).isEmpty();
  }

  @Test
  void outsideAnApplicationServerTheJndiLookupFindsNoGrid() {
    assertThat(DataGrid.fromJndi().view()).isEmpty();
  }
}
