package io.shiftlead.plugin.core.rules;

import io.shiftlead.connectors.spi.model.Priority;

/** {@code set_priority: high}. */
public record SetPriority(Priority priority) implements Action {

  @Override
  public String type() {
    return "set_priority";
  }

  @Override
  public String value() {
    return priority.wireName();
  }

  @Override
  public String apply(ActionContext context) {
    return context.state().setPriority(priority);
  }
}
