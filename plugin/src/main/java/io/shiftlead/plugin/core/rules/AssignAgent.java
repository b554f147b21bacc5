package io.shiftlead.plugin.core.rules;

import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.plugin.core.routing.RoutingDecision;
import io.shiftlead.plugin.core.routing.RoutingRequest;
import io.shiftlead.plugin.core.routing.Strategy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code assign_agent: {strategy: skills, group: billing, fallback_group: tier1}}: routes the
 * ticket and sets both its group and its agent. The ticket's required skills are
 * {@code key:value} pairs read from {@code skill_keys} ({@code language} is the requester's
 * language, anything else a custom field), e.g. {@code language:pt}, {@code tier:gold}.
 */
public record AssignAgent(Strategy strategy, String agentId, String group, String fallbackGroup,
    List<String> skillKeys) implements Action {

  public static final List<String> DEFAULT_SKILL_KEYS = List.of("language", "product", "tier");

  /** {@code assign_agent: {agent: ana}}: a named agent, no routing (a VIP's account manager). */
  public static AssignAgent named(String agentId, String group) {
    return new AssignAgent(null, agentId, group, null, null);
  }

  public AssignAgent {
    skillKeys = skillKeys == null || skillKeys.isEmpty() ? DEFAULT_SKILL_KEYS
        : List.copyOf(skillKeys);
  }

  @Override
  public String type() {
    return "assign_agent";
  }

  @Override
  public String value() {
    if (agentId != null) {
      return agentId + (group == null ? "" : " in " + group);
    }
    return strategy.wireName() + " in " + group
        + (fallbackGroup == null ? "" : " else " + fallbackGroup);
  }

  @Override
  public String apply(ActionContext context) {
    if (agentId != null) {
      String groupEffect = group == null ? "" : context.state().setGroup(group) + "; ";
      return groupEffect + context.state().setAssignee(agentId);
    }
    var ticket = context.facts().ticket();
    Person requester = ticket.requester();
    RoutingRequest request = new RoutingRequest(strategy, group, fallbackGroup,
        requester == null ? null : requester.id(),
        strategy == Strategy.SKILLS ? requiredSkills(context.facts()) : Set.of(),
        ticket.assignee() == null ? null : ticket.assignee().id(), ticket.group());
    RoutingDecision decision = context.router().route(request, context.routing());
    String groupEffect = context.state().setGroup(decision.group());
    if (!decision.assigned()) {
      return decision.why() + "; " + groupEffect;
    }
    return decision.why() + "; " + groupEffect + "; " + context.state()
        .setAssignee(decision.agentId());
  }

  private Set<String> requiredSkills(TicketFacts facts) {
    Set<String> skills = new LinkedHashSet<>();
    for (String key : skillKeys) {
      Object value = Fields.byName(key.equals("language") ? key : Fields.CUSTOM_PREFIX + key)
          .map(f -> f.valueIn(facts)).orElse(null);
      if (value != null && !String.valueOf(value).isBlank()) {
        skills.add(key + ":" + Operands.normal(value));
      }
    }
    return skills;
  }
}
