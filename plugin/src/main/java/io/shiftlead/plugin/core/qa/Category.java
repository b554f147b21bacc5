package io.shiftlead.plugin.core.qa;

import java.util.List;
import java.util.Objects;

/** A weighted group of criteria ("Communication", "Solution", "Process"). */
public record Category(String id, String name, double weight, List<Criterion> criteria) {
  public Category {
    Objects.requireNonNull(id, "id");
    name = name == null ? id : name;
    criteria = List.copyOf(criteria);
    if (weight <= 0) {
      throw new IllegalArgumentException("category " + id + " needs a positive weight");
    }
  }
}
