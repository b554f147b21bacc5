package io.shiftlead.plugin.core.qa;

import java.util.List;

/**
 * What a solved ticket must carry: custom fields filled and tags present.
 *
 * @param requiredFields custom field keys that must hold a non-blank value
 * @param requiredTags tags that must all be present
 * @param minimumTags at least this many tags of any kind (0 = no requirement)
 */
public record HygieneRules(List<String> requiredFields, List<String> requiredTags, int minimumTags) {
  public HygieneRules {
    requiredFields = requiredFields == null ? List.of() : List.copyOf(requiredFields);
    requiredTags = requiredTags == null ? List.of() : List.copyOf(requiredTags);
  }

  public static HygieneRules none() {
    return new HygieneRules(List.of(), List.of(), 0);
  }

  public boolean isEmpty() {
    return requiredFields.isEmpty() && requiredTags.isEmpty() && minimumTags <= 0;
  }
}
