package io.shiftlead.plugin.core.rules;

import java.util.List;
import java.util.stream.Collectors;

/** {@code add_tags: [a, b]} or {@code remove_tags: [c]}. */
public record ChangeTags(boolean add, List<String> tags) implements Action {

  public ChangeTags {
    tags = List.copyOf(tags);
  }

  @Override
  public String type() {
    return add ? "add_tags" : "remove_tags";
  }

  @Override
  public String value() {
    return String.join(",", tags);
  }

  @Override
  public String apply(ActionContext context) {
    return tags.stream()
        .map(tag -> add ? context.state().addTag(tag) : context.state().removeTag(tag))
        .collect(Collectors.joining("; "));
  }
}
