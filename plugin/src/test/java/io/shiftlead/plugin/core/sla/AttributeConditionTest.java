package io.shiftlead.plugin.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.AuthorRole;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttributeConditionTest {
  @Test
  void aTicketWithoutGroupOrChannelSimplyDoesNotMatchAGroupOrChannelCondition() {
    Ticket noGroup = new Ticket("1", "t", "s", TicketStatus.OPEN, null, null, Instant.EPOCH,
        Instant.EPOCH, Person.of("u", AuthorRole.CUSTOMER), null, null, List.of(), Map.of(),
        List.of(), List.of(), List.of(), false, 0);

    assertThat(new AttributeCondition(null, null, Set.of("support-eu"), null).matches(noGroup))
        .isFalse();
    assertThat(new AttributeCondition(null, Set.of(Channel.EMAIL), null, null).matches(noGroup))
        .isFalse();
    assertThat(new AttributeCondition(null, null, null, null).matches(noGroup)).isTrue();
  }
}
