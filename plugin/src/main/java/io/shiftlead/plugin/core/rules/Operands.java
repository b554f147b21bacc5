package io.shiftlead.plugin.core.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles a condition's written value into what its test needs, once, at load. Comparisons are
 * case-insensitive: values and facts meet in the canonical form of {@link #normal}.
 */
final class Operands {
  private Operands() {}

  static Object compile(Field field, Operator operator, Object value) {
    if (!operator.takesValue()) {
      if (value != null) {
        throw bad("operator '" + operator.wireName() + "' takes no value", "remove `value:`");
      }
      return null;
    }
    if (value == null) {
      throw bad("operator '" + operator.wireName() + "' needs a value", "add `value:`");
    }
    if (!operator.takesList() && value instanceof List) {
      throw bad("operator '" + operator.wireName() + "' takes one value, not a list",
          "use 'in' to compare with several values");
    }
    if (value instanceof List<?> items && items.isEmpty()) {
      throw bad("operator '" + operator.wireName() + "' has an empty list",
          "list at least one value");
    }
    switch (operator) {
      case IN:
      case NOT_IN: {
        Set<String> set = new HashSet<>();
        for (Object item : list(value)) {
          set.add(checked(field, item));
        }
        return Set.copyOf(set);
      }
      case MATCHES:
        try {
          return Pattern.compile(String.valueOf(value),
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
          throw bad("bad regex: " + e.getDescription() + " near index " + e.getIndex(),
              "check the pattern with a regex tester; escape literal characters with \\\\");
        }
      case ANY_OF_WORDS: {
        Set<String> words = new LinkedHashSet<>();
        List<String> phrases = new ArrayList<>();
        for (Object item : list(value)) {
          String word = String.join(" ", normal(item).trim().split("[^\\p{L}\\p{N}]+"));
          (word.contains(" ") ? phrases : words).add(word);
        }
        return new Words(Set.copyOf(words), List.copyOf(phrases));
      }
      case GREATER_THAN:
      case LESS_THAN:
      case AT_LEAST:
      case AT_MOST:
        return rankOrNumber(field, value);
      default:
        return checked(field, value);
    }
  }

  /** A value checked against the field's type, in canonical form. */
  private static String checked(Field field, Object value) {
    String normal = normal(value);
    FieldType type = field.type();
    if ((type == FieldType.CHOICE || type == FieldType.ORDERED_CHOICE)
        && !field.choices().contains(normal)) {
      throw bad("'" + value + "' is not a value of " + field.name(), "use one of "
          + field.choices());
    }
    if (type == FieldType.NUMBER && number(value) == null) {
      throw bad("'" + value + "' is not a number, and " + field.name() + " is a number",
          "write a number such as 2 or 1.5");
    }
    if (type == FieldType.BOOLEAN && !normal.equals("true") && !normal.equals("false")) {
      throw bad("'" + value + "' is not true or false", "write true or false");
    }
    return normal;
  }

  private static Double rankOrNumber(Field field, Object value) {
    if (field.type() == FieldType.ORDERED_CHOICE) {
      return (double) field.rank(checked(field, value));
    }
    Double number = number(value);
    if (number == null) {
      throw bad("'" + value + "' is not a number", "comparisons need a number such as 2 or 1.5");
    }
    return number;
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> items ? items : List.of(value);
  }

  /** Canonical text: lower case, and whole numbers without ".0" so 2 and 2.0 meet. */
  static String normal(Object value) {
    if (value instanceof Number n) {
      double d = n.doubleValue();
      return d == Math.rint(d) && !Double.isInfinite(d) ? Long.toString((long) d)
          : Double.toString(d);
    }
    return String.valueOf(value).toLowerCase(Locale.ROOT);
  }

  static String text(Object value) {
    return value instanceof String s ? s.toLowerCase(Locale.ROOT) : normal(value);
  }

  static Double number(Object value) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    try {
      return value == null ? null : Double.valueOf(String.valueOf(value).trim());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  private static RuleDefinitionException bad(String message, String hint) {
    return new RuleDefinitionException(message, hint);
  }
}
