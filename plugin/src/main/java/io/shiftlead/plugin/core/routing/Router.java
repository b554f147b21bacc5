package io.shiftlead.plugin.core.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The policy shared by every strategy: keep a current assignee who is still an available member of
 * the group (so re-evaluating an assigned ticket never reassigns it), skip away and at-capacity
 * agents, try the fallback group when the first has nobody (there, skills are no longer required:
 * a waiting ticket matters more than a perfect match), and record the committed assignment.
 */
public final class Router {

  public RoutingDecision route(RoutingRequest request, RoutingContext context) {
    List<String> tried = new ArrayList<>();
    List<String> groups = groupsToTry(request);
    // a ticket routed to the fallback group last time stays there with its agent: re-checking
    // the first group would move it back and forth between evaluations
    if (request.currentGroup() != null && groups.contains(request.currentGroup())) {
      Optional<Agent> keep = context.roster().agent(request.currentAssignee())
          .filter(a -> a.groups().contains(request.currentGroup()) && !a.away());
      if (keep.isPresent()) {
        return new RoutingDecision(keep.get().id(), request.currentGroup(), "already assigned to "
            + keep.get().id() + ", an available member of " + request.currentGroup());
      }
    }
    for (String group : groups) {
      RoutingRequest effective = tried.isEmpty() ? request : request.anySkill();
      Optional<Agent> current = context.roster().agent(request.currentAssignee())
          .filter(a -> a.groups().contains(group) && !a.away()
              && a.skills().containsAll(effective.requiredSkills()));
      if (current.isPresent()) {
        return new RoutingDecision(current.get().id(), group, "already assigned to "
            + current.get().id() + ", an available member of " + group);
      }
      List<Agent> available = available(group, context);
      Optional<Agent> chosen = available.isEmpty() ? Optional.empty()
          : request.strategy().implementation().choose(group, available, effective, context);
      if (chosen.isPresent()) {
        context.load().assigned(chosen.get().id());
        return new RoutingDecision(chosen.get().id(), group, request.strategy().wireName()
            + " chose " + chosen.get().id() + " in " + group + " (" + available.size()
            + " available, " + context.load().openTickets(chosen.get().id()) + " open after)"
            + (tried.isEmpty() ? "" : " after nobody fit in " + tried));
      }
      tried.add(group);
    }
    return new RoutingDecision(null, request.group(), "nobody available in " + tried
        + " (away, at capacity or lacking " + request.requiredSkills() + "); left unassigned");
  }

  private static List<String> groupsToTry(RoutingRequest request) {
    return request.fallbackGroup() == null || request.fallbackGroup().equals(request.group())
        ? List.of(request.group()) : List.of(request.group(), request.fallbackGroup());
  }

  private static List<Agent> available(String group, RoutingContext context) {
    return context.roster().members(group).stream()
        .filter(a -> !a.away() && a.hasCapacity(context.load().openTickets(a.id()))).toList();
  }
}
