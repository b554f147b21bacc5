package io.shiftlead.plugin.core.rules;

import io.shiftlead.connectors.spi.model.Priority;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code escalate: {priority: urgent, group: managers, notify: https://...}}: raises the priority
 * (never lowers it), moves the group and asks for a webhook call; any of the three may be left out.
 */
public record Escalate(Priority priority, String group, URI webhook) implements Action {

  public Escalate {
    if (priority == null && group == null && webhook == null) {
      throw new RuleDefinitionException("escalate does nothing",
          "give at least one of priority, group, notify");
    }
    if (webhook != null && !"https".equals(webhook.getScheme()) && !"http".equals(webhook.getScheme())) {
      throw new RuleDefinitionException("notify must be an http(s) URL: " + webhook,
          "write a full URL such as https://hooks.example.com/escalations");
    }
  }

  @Override
  public String type() {
    return "escalate";
  }

  @Override
  public String value() {
    List<String> parts = new ArrayList<>();
    if (priority != null) {
      parts.add("priority>=" + priority.wireName());
    }
    if (group != null) {
      parts.add("group=" + group);
    }
    if (webhook != null) {
      parts.add("notify=" + webhook);
    }
    return String.join(",", parts);
  }

  @Override
  public String apply(ActionContext context) {
    List<String> effects = new ArrayList<>();
    DesiredState state = context.state();
    if (priority != null) {
      effects.add(state.setPriority(state.raised(priority)));
    }
    if (group != null) {
      effects.add(state.setGroup(group));
    }
    if (webhook != null) {
      String ticketId = context.facts().ticket().id();
      state.addNotification(new Notification(context.rule().id() + ":" + ticketId, context.rule().id(),
          webhook.toString(), ticketId, priority == null ? null : state.raised(priority).wireName(),
          group, NoteTemplate.reasons(context.seen())));
      effects.add("notify " + webhook.getHost());
    }
    return String.join("; ", effects);
  }
}
