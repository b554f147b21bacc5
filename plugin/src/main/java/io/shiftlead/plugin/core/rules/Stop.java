package io.shiftlead.plugin.core.rules;

/** {@code stop: true}: later rules are not evaluated for this ticket (shadow rules still are). */
public record Stop() implements Action {

  @Override
  public String type() {
    return "stop";
  }

  @Override
  public String value() {
    return "true";
  }

  @Override
  public String apply(ActionContext context) {
    return "later rules skipped";
  }
}
