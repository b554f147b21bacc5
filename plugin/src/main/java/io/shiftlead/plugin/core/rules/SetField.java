package io.shiftlead.plugin.core.rules;

/** {@code set_field: {key: escalation_level, value: 2}}. */
public record SetField(String key, Object fieldValue) implements Action {

  @Override
  public String type() {
    return "set_field";
  }

  @Override
  public String value() {
    return key + "=" + fieldValue;
  }

  @Override
  public String apply(ActionContext context) {
    return context.state().setField(key, fieldValue);
  }
}
