package io.shiftlead.plugin.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouterTest {
  private final Router router = new Router();

  private static Agent agent(String id, int capacity, boolean away, String... skills) {
    return new Agent(id, id, Set.of("billing"), Set.of(skills), capacity, away);
  }

  private static RoutingRequest request(Strategy strategy, String requester) {
    return new RoutingRequest(strategy, "billing", null, requester, Set.of(), null);
  }

  private Map<String, Integer> route(int tickets, Strategy strategy, RoutingContext context) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < tickets; i++) {
      RoutingDecision d = router.route(request(strategy, "c-" + i), context);
      counts.merge(d.assigned() ? d.agentId() : "nobody", 1, Integer::sum);
    }
    return counts;
  }

  @Test
  void roundRobinSpreadsTenThousandTicketsWithinOneAndGivesAwayAgentsNone() {
    Roster roster = new Roster(List.of(agent("a", 0, false), agent("b", 0, false),
        agent("c", 0, true), agent("d", 0, false)), Set.of());
    Map<String, Integer> counts = route(10_000, Strategy.ROUND_ROBIN,
        RoutingContext.inMemory(roster));
    assertThat(counts).doesNotContainKeys("c", "nobody");
    assertThat(counts.values().stream().mapToInt(i -> i).max().getAsInt()
        - counts.values().stream().mapToInt(i -> i).min().getAsInt()).isLessThanOrEqualTo(1);
  }

  @Test
  void leastLoadedEvensOutLoadsWithinCapacityAndSkipsAwayAgents() {
    Roster roster = new Roster(List.of(agent("a", 5000, false), agent("b", 5000, false),
        agent("c", 800, false), agent("d", 9000, true)), Set.of());
    InMemoryAgentLoad load = new InMemoryAgentLoad().set("b", 300);
    Map<String, Integer> counts = route(10_000, Strategy.LEAST_LOADED,
        new RoutingContext(roster, new InMemoryRoutingState(), load));
    assertThat(counts).doesNotContainKeys("d", "nobody");
    assertThat(load.openTickets("c")).isEqualTo(800);
    assertThat(Math.abs(load.openTickets("a") - load.openTickets("b"))).isLessThanOrEqualTo(1);
    assertThat(load.openTickets("a")).isLessThanOrEqualTo(5000);
  }

  @Test
  void whenEveryoneIsAtCapacityTheTicketStaysUnassigned() {
    Roster roster = new Roster(List.of(agent("a", 2, false)), Set.of());
    Map<String, Integer> counts = route(5, Strategy.LEAST_LOADED, RoutingContext.inMemory(roster));
    assertThat(counts).containsEntry("a", 2).containsEntry("nobody", 3);
  }

  @Test
  void skillsRoutingPicksTheSkilledAgentAndFallsBackWhenNobodyHasTheSkill() {
    Agent generalist = new Agent("g", "g", Set.of("tier1"), Set.of(), 0, false);
    Roster roster = new Roster(List.of(agent("en", 0, false, "language:en"),
        agent("pt", 0, false, "language:pt", "tier:gold"), generalist), Set.of());
    RoutingContext context = RoutingContext.inMemory(roster);
    RoutingDecision pt = router.route(new RoutingRequest(Strategy.SKILLS, "billing", "tier1",
        null, Set.of("language:pt", "tier:gold"), null), context);
    assertThat(pt.agentId()).isEqualTo("pt");
    RoutingDecision de = router.route(new RoutingRequest(Strategy.SKILLS, "billing", "tier1",
        null, Set.of("language:de"), null), context);
    assertThat(de.agentId()).isEqualTo("g");
    assertThat(de.group()).isEqualTo("tier1");
    assertThat(de.why()).contains("after nobody fit in [billing]");
  }

  @Test
  void stickyRoutingKeepsARequesterWithTheirAgentWhileAvailable() {
    Roster roster = new Roster(List.of(agent("a", 0, false), agent("b", 0, false)), Set.of());
    RoutingContext context = RoutingContext.inMemory(roster);
    String first = router.route(request(Strategy.STICKY, "carla"), context).agentId();
    router.route(request(Strategy.STICKY, "dan"), context);
    assertThat(router.route(request(Strategy.STICKY, "carla"), context).agentId())
        .isEqualTo(first);
    Roster firstAway = new Roster(List.of(agent(first, 0, true),
        agent(first.equals("a") ? "b" : "a", 0, false)), Set.of());
    RoutingContext after = new RoutingContext(firstAway, context.state(), context.load());
    assertThat(router.route(request(Strategy.STICKY, "carla"), after).agentId())
        .isNotEqualTo(first);
  }

  @Test
  void anAssignedTicketWhoseAgentIsStillAvailableIsNotReassigned() {
    Roster roster = new Roster(List.of(agent("a", 0, false), agent("b", 0, false)), Set.of());
    RoutingDecision d = router.route(new RoutingRequest(Strategy.ROUND_ROBIN, "billing", null,
        null, Set.of(), "b"), RoutingContext.inMemory(roster));
    assertThat(d.agentId()).isEqualTo("b");
    assertThat(d.why()).startsWith("already assigned");
  }

  @Test
  void aTicketRoutedToTheFallbackGroupStaysThereOnTheNextEvaluation() {
    Agent both = new Agent("d", "d", Set.of("tier1", "tier2"), Set.of("language:en"), 0, false);
    Roster roster = new Roster(List.of(both), Set.of());
    RoutingContext context = RoutingContext.inMemory(roster);
    RoutingDecision first = router.route(new RoutingRequest(Strategy.SKILLS, "tier2", "tier1",
        null, Set.of("language:pt"), null, "support"), context);
    assertThat(first.group()).isEqualTo("tier1");
    RoutingDecision again = router.route(new RoutingRequest(Strategy.SKILLS, "tier2", "tier1",
        null, Set.of("language:pt"), first.agentId(), first.group()), context);
    assertThat(again.group()).isEqualTo("tier1");
    assertThat(again.agentId()).isEqualTo("d");
  }
}
