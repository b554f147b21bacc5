package io.shiftlead.plugin.infrastructure.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.plugin.core.sla.SlaPolicy;
import org.junit.jupiter.api.Test;

class SlaDirectoryTest {

  @Test
  void theDemoPolicyShippedInTheJarIsReadFromTheClasspath() {
    assertThat(SlaDirectory.load("classpath:demo-sla.yaml").ordered())
        .extracting(SlaPolicy::name).containsExactly("Demo standard");
  }

  @Test
  void aMissingClasspathResourceIsNamed() {
    assertThatThrownBy(() -> SlaDirectory.load("classpath:nope-sla.yaml"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope-sla.yaml");
  }

  @Test
  void aDirectoryThatDoesNotExistMeansNoPolicies() {
    assertThat(SlaDirectory.load("target/no-such-sla-dir").ordered()).isEmpty();
  }
}
