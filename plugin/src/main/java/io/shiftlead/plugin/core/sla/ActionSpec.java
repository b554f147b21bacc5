package io.shiftlead.plugin.core.sla;

import java.util.Map;
import java.util.Objects;

/**
 * An escalation action as written in the policy ({@code set_priority}, {@code assign_group},
 * {@code add_note}, {@code notify}, ...). Opaque here on purpose: the rules engine owns the action
 * vocabulary and maps these onto its own actions.
 */
public record ActionSpec(String type, Map<String, Object> value) {
  public ActionSpec {
    Objects.requireNonNull(type, "type");
    value = value == null ? Map.of() : Map.copyOf(value);
  }
}
