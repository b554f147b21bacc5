package io.shiftlead.plugin.core.rules;

/** {@code assign_group: billing}. */
public record AssignGroup(String group) implements Action {

  @Override
  public String type() {
    return "assign_group";
  }

  @Override
  public String value() {
    return group;
  }

  @Override
  public String apply(ActionContext context) {
    return context.state().setGroup(group);
  }
}
