package io.shiftlead.plugin.infrastructure.rules;

import io.shiftlead.plugin.core.rules.Always;
import io.shiftlead.plugin.core.rules.Condition;
import io.shiftlead.plugin.core.rules.ConditionGroup;
import io.shiftlead.plugin.core.rules.Field;
import io.shiftlead.plugin.core.rules.FieldCondition;
import io.shiftlead.plugin.core.rules.Fields;
import io.shiftlead.plugin.core.rules.Operator;
import io.shiftlead.plugin.core.rules.RuleDefinitionException;
import io.shiftlead.plugin.infrastructure.rules.YamlTree.Entry;
import io.shiftlead.plugin.infrastructure.rules.YamlTree.MapNode;
import io.shiftlead.plugin.infrastructure.rules.YamlTree.Node;
import io.shiftlead.plugin.infrastructure.rules.YamlTree.Scalar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads {@code when:}: {@code always}, an all/any/none group, or field/operator/value. */
final class ConditionReader {
  private static final Set<String> COMPARISON_KEYS = Set.of("field", "operator", "value");
  private final Problems problems;

  ConditionReader(Problems problems) {
    this.problems = problems;
  }

  Optional<Condition> read(Node node) {
    if (node instanceof Scalar s && "always".equals(s.value())) {
      return Optional.of(new Always());
    }
    Optional<MapNode> map = problems.map(node, "a condition");
    if (map.isEmpty()) {
      return Optional.empty();
    }
    List<Entry> groups = map.get().entries().values().stream()
        .filter(e -> Set.of("all", "any", "none").contains(e.key())).toList();
    if (groups.isEmpty()) {
      return comparison(map.get());
    }
    if (map.get().entries().size() > 1) {
      problems.add(node, "a condition group has exactly one key (all, any or none)",
          "nest a second group inside the first, e.g. all: [ {any: [...]}, ... ]");
      return Optional.empty();
    }
    Entry group = groups.get(0);
    List<Node> items = problems.list(group.value());
    if (items.isEmpty()) {
      problems.add(group.keyLoc(), "empty conditions: '" + group.key() + "' has no condition",
          "add a condition, or write `when: always` to match every ticket");
      return Optional.empty();
    }
    List<Condition> children = new ArrayList<>();
    boolean ok = true;
    for (Node item : items) {
      Optional<Condition> child = read(item);
      ok &= child.isPresent();
      child.ifPresent(children::add);
    }
    return ok ? Optional.of(new ConditionGroup(
        ConditionGroup.Kind.valueOf(group.key().toUpperCase(Locale.ROOT)), children))
        : Optional.empty();
  }

  private Optional<Condition> comparison(MapNode map) {
    problems.checkKeys(map, COMPARISON_KEYS, "a condition");
    Entry fieldEntry = map.entries().get("field");
    Entry operatorEntry = map.entries().get("operator");
    if (fieldEntry == null || operatorEntry == null) {
      problems.add(map, "a condition needs 'field' and 'operator' (or is an all/any/none group)",
          "e.g. {field: priority, operator: is, value: urgent}");
      return Optional.empty();
    }
    Optional<Field> field = problems.text(fieldEntry.value(), "field").flatMap(name -> {
      Optional<Field> known = Fields.byName(name);
      if (known.isEmpty()) {
        List<String> names = Fields.standard().stream().map(Field::name).toList();
        problems.add(fieldEntry.value(), "unknown field '" + name + "'",
            Suggest.didYouMean(name, names) + "known fields: " + names
                + " and fields.<custom key>");
      }
      return known;
    });
    Optional<Operator> operator = problems.text(operatorEntry.value(), "operator").flatMap(n -> {
      Optional<Operator> known = Operator.fromWire(n);
      if (known.isEmpty()) {
        List<String> names = Arrays.stream(Operator.values()).map(Operator::wireName).toList();
        problems.add(operatorEntry.value(), "unknown operator '" + n + "'",
            Suggest.didYouMean(n, names) + "operators: " + names);
      }
      return known;
    });
    if (field.isEmpty() || operator.isEmpty()) {
      return Optional.empty();
    }
    Entry valueEntry = map.entries().get("value");
    Object value = valueEntry == null ? null : problems.plain(valueEntry.value());
    try {
      return Optional.of(FieldCondition.of(field.get(), operator.get(), value));
    } catch (RuleDefinitionException e) {
      Node at = valueEntry != null && operator.get().takesValue()
          && field.get().type().accepts(operator.get()) ? valueEntry.value()
          : operatorEntry.value();
      problems.add(at, e.getMessage(), e.hint());
      return Optional.empty();
    }
  }
}
