package io.shiftlead.plugin.infrastructure.qa;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.plugin.core.qa.Category;
import io.shiftlead.plugin.core.qa.Criterion;
import io.shiftlead.plugin.core.qa.HygieneRules;
import io.shiftlead.plugin.core.qa.QaConfiguration;
import io.shiftlead.plugin.core.qa.QaSettings;
import io.shiftlead.plugin.core.qa.Scale;
import io.shiftlead.plugin.core.qa.Scorecard;
import io.shiftlead.plugin.core.qa.ScorecardCondition;
import io.shiftlead.plugin.core.qa.ScorecardSelection;
import io.shiftlead.plugin.core.qa.checks.BuiltInChecks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the QA YAML ({@code scorecards:} and {@code checks:}; see docs/examples/qa/) into core
 * records, validating everything before anything is used: each error names the file, line and
 * column and gives a hint. The vocabulary is closed: unknown keys and check ids are errors, with
 * the nearest valid spelling suggested.
 */
public final class ScorecardReader {
  private static final YAMLFactory YAML = new YAMLFactory();
  private static final Set<String> TOP = Set.of("scorecards", "checks");
  private static final Set<String> SCORECARD =
      Set.of("id", "name", "passThreshold", "when", "categories");
  private static final Set<String> WHEN = Set.of("channel", "group", "language");
  private static final Set<String> CATEGORY = Set.of("id", "name", "weight", "criteria");
  private static final Set<String> CRITERION =
      Set.of("id", "name", "check", "question", "scale", "weight", "critical");
  private static final Set<String> CHECKS = Set.of("prohibited_phrases", "spelling_grammar",
      "responsiveness", "hygiene");

  public QaConfiguration read(Path file) {
    try {
      return read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public QaConfiguration read(String fileName, String yaml) {
    YamlNode root;
    try (JsonParser parser = YAML.createParser(yaml)) {
      if (parser.nextToken() == null) {
        throw new ScorecardException(fileName, 1, 1, "the file is empty",
            "start with 'scorecards:' (see docs/examples/qa/)");
      }
      root = YamlNode.read(parser);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new ScorecardException(fileName, at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(), "not valid YAML: " + e.getOriginalMessage(),
          "check indentation and that lists start with '- '");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      // SnakeYAML scanner errors can escape Jackson unwrapped; they still mean "bad YAML".
      throw new ScorecardException(fileName, 0, 0, "not valid YAML: " + e.getMessage(),
          "check indentation, and quote texts that contain ':', '?' or '#'");
    }
    return new Reading(fileName).configuration(root);
  }

  /** One read of one file: knows the file name for errors. */
  private static final class Reading {
    private final String file;

    Reading(String file) {
      this.file = file;
    }

    QaConfiguration configuration(YamlNode root) {
      Map<String, YamlNode> top = object(root, "the file", TOP);
      YamlNode cards = require(root, top, "scorecards", "a list of scorecards");
      if (!cards.isList() || cards.list().isEmpty()) {
        throw error(cards, "'scorecards' must be a non-empty list", "start each with '- id: ...'");
      }
      List<Scorecard> scorecards = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (YamlNode card : cards.list()) {
        Scorecard scorecard = scorecard(card);
        if (!ids.add(scorecard.id())) {
          throw error(card, "duplicate scorecard id '" + scorecard.id() + "'", "ids must be unique");
        }
        scorecards.add(scorecard);
      }
      QaSettings settings = top.containsKey("checks") ? settings(top.get("checks"))
          : QaSettings.defaults();
      return new QaConfiguration(new ScorecardSelection(scorecards), settings);
    }

    private Scorecard scorecard(YamlNode node) {
      Map<String, YamlNode> map = object(node, "a scorecard", SCORECARD);
      String id = string(node, map, "id", true);
      double threshold = number(map, "passThreshold", 80, 0, 100);
      ScorecardCondition when = map.containsKey("when") ? condition(map.get("when"))
          : ScorecardCondition.always();
      YamlNode categories = require(node, map, "categories", "a list of categories");
      if (!categories.isList() || categories.list().isEmpty()) {
        throw error(categories, "scorecard '" + id + "' needs at least one category",
            "add '- id: communication' with 'criteria:' under 'categories:'");
      }
      Set<String> criterionIds = new HashSet<>();
      List<Category> list = new ArrayList<>();
      for (YamlNode category : categories.list()) {
        list.add(category(category, criterionIds));
      }
      return new Scorecard(id, string(node, map, "name", false), when, threshold, list);
    }

    private ScorecardCondition condition(YamlNode node) {
      Map<String, YamlNode> map = object(node, "'when'", WHEN);
      List<String> channels = strings(map, "channel");
      Set<String> known = new LinkedHashSet<>();
      Arrays.stream(Channel.values()).forEach(c -> known.add(c.wireName()));
      for (String channel : channels) {
        if (!known.contains(channel.toLowerCase(java.util.Locale.ROOT))) {
          throw error(map.get("channel"), "unknown channel '" + channel + "'",
              "use one of " + known + suggestion(channel, known));
        }
      }
      return new ScorecardCondition(Set.copyOf(channels), Set.copyOf(strings(map, "group")),
          Set.copyOf(strings(map, "language")));
    }

    private Category category(YamlNode node, Set<String> criterionIds) {
      Map<String, YamlNode> map = object(node, "a category", CATEGORY);
      String id = string(node, map, "id", true);
      YamlNode criteria = require(node, map, "criteria", "a list of criteria");
      if (!criteria.isList() || criteria.list().isEmpty()) {
        throw error(criteria, "category '" + id + "' needs at least one criterion",
            "add '- id: greeting' with 'check: greeting'");
      }
      List<Criterion> list = new ArrayList<>();
      for (YamlNode criterion : criteria.list()) {
        Criterion c = criterion(criterion);
        if (!criterionIds.add(c.id())) {
          throw error(criterion, "duplicate criterion id '" + c.id() + "' in this scorecard",
              "criterion ids must be unique within a scorecard (reviews refer to them)");
        }
        list.add(c);
      }
      return new Category(id, string(node, map, "name", false),
          number(map, "weight", 1, 0.000001, 1_000_000), list);
    }

    private Criterion criterion(YamlNode node) {
      Map<String, YamlNode> map = object(node, "a criterion", CRITERION);
      String id = string(node, map, "id", true);
      String check = string(node, map, "check", false);
      String question = string(node, map, "question", false);
      if (check == null && question == null) {
        throw error(node, "criterion '" + id + "' has neither 'check' nor 'question'",
            "automated: 'check: <id>' (one of " + BuiltInChecks.IDS + "); manual: 'question: ...'");
      }
      if (check != null && !BuiltInChecks.IDS.contains(check)) {
        throw error(map.get("check"), "unknown check '" + check + "'",
            "use one of " + BuiltInChecks.IDS + suggestion(check, BuiltInChecks.IDS));
      }
      Scale scale = Scale.PASS_FAIL;
      if (map.containsKey("scale")) {
        String text = string(node, map, "scale", true);
        scale = Scale.fromWire(text);
        if (scale == null) {
          throw error(map.get("scale"), "unknown scale '" + text + "'", "use pass_fail or 1-5");
        }
      }
      return new Criterion(id, string(node, map, "name", false), check, question, scale,
          number(map, "weight", 1, 0.000001, 1_000_000), bool(map, "critical"));
    }

    private QaSettings settings(YamlNode node) {
      Map<String, YamlNode> map = object(node, "'checks'", CHECKS);
      QaSettings d = QaSettings.defaults();
      List<String> phrases = null;
      List<String> extra = List.of();
      if (map.containsKey("prohibited_phrases")) {
        Map<String, YamlNode> p = object(map.get("prohibited_phrases"), "'prohibited_phrases'",
            Set.of("phrases", "add"));
        phrases = p.containsKey("phrases") ? strings(p, "phrases") : null;
        extra = strings(p, "add");
      }
      Set<String> ignore = Set.of();
      int maxIssues = d.spellingMaxIssues();
      if (map.containsKey("spelling_grammar")) {
        Map<String, YamlNode> s = object(map.get("spelling_grammar"), "'spelling_grammar'",
            Set.of("ignore", "maxIssues"));
        ignore = Set.copyOf(strings(s, "ignore"));
        maxIssues = (int) number(s, "maxIssues", maxIssues, 0, 1000);
      }
      int first = d.firstReplyMinutes();
      int next = d.nextReplyMinutes();
      if (map.containsKey("responsiveness")) {
        Map<String, YamlNode> r = object(map.get("responsiveness"), "'responsiveness'",
            Set.of("firstReplyMinutes", "nextReplyMinutes"));
        first = (int) number(r, "firstReplyMinutes", first, 0, 525_600);
        next = (int) number(r, "nextReplyMinutes", next, 0, 525_600);
      }
      HygieneRules hygiene = HygieneRules.none();
      if (map.containsKey("hygiene")) {
        Map<String, YamlNode> h = object(map.get("hygiene"), "'hygiene'",
            Set.of("requiredFields", "requiredTags", "minimumTags"));
        hygiene = new HygieneRules(strings(h, "requiredFields"), strings(h, "requiredTags"),
            (int) number(h, "minimumTags", 0, 0, 1000));
      }
      return new QaSettings(phrases, extra, ignore, maxIssues, first, next, hygiene);
    }

    // ---- typed access with located errors ----

    private Map<String, YamlNode> object(YamlNode node, String what, Set<String> allowed) {
      if (node == null || !node.isMap()) {
        throw error(node, what + " must be a mapping of keys", "allowed keys: " + sorted(allowed));
      }
      for (var entry : node.map().entrySet()) {
        if (!allowed.contains(entry.getKey())) {
          throw error(entry.getValue(), "unknown key '" + entry.getKey() + "' in " + what,
              "allowed keys: " + sorted(allowed) + suggestion(entry.getKey(), allowed));
        }
      }
      return node.map();
    }

    private YamlNode require(YamlNode parent, Map<String, YamlNode> map, String key, String what) {
      YamlNode node = map.get(key);
      if (node == null || node.value == null) {
        throw error(parent, "missing '" + key + "'", "add '" + key + ":' with " + what);
      }
      return node;
    }

    private String string(YamlNode parent, Map<String, YamlNode> map, String key, boolean required) {
      YamlNode node = map.get(key);
      if (node == null || node.value == null) {
        if (required) {
          throw error(parent, "missing '" + key + "'", "add '" + key + ": ...'");
        }
        return null;
      }
      if (!node.isScalar() || node.text().isBlank()) {
        throw error(node, "'" + key + "' must be a non-empty text", null);
      }
      return node.text().strip();
    }

    private double number(Map<String, YamlNode> map, String key, double fallback, double min,
        double max) {
      YamlNode node = map.get(key);
      if (node == null || node.value == null) {
        return fallback;
      }
      try {
        double value = Double.parseDouble(node.isScalar() ? node.text() : "x");
        if (value < min || value > max) {
          throw error(node, "'" + key + "' is " + node.text() + ", out of range",
              "use a number from " + format(min) + " to " + format(max));
        }
        return value;
      } catch (NumberFormatException e) {
        throw error(node, "'" + key + "' must be a number", "for example '" + key + ": 1'");
      }
    }

    private boolean bool(Map<String, YamlNode> map, String key) {
      YamlNode node = map.get(key);
      if (node == null || node.value == null) {
        return false;
      }
      if (node.isScalar() && (node.text().equals("true") || node.text().equals("false"))) {
        return Boolean.parseBoolean(node.text());
      }
      throw error(node, "'" + key + "' must be true or false", null);
    }

    private List<String> strings(Map<String, YamlNode> map, String key) {
      YamlNode node = map.get(key);
      if (node == null || node.value == null) {
        return List.of();
      }
      if (node.isScalar()) {
        return List.of(node.text().strip());
      }
      if (!node.isList()) {
        throw error(node, "'" + key + "' must be a text or a list of texts", "e.g. [a, b]");
      }
      List<String> values = new ArrayList<>();
      for (YamlNode item : node.list()) {
        if (!item.isScalar()) {
          throw error(item, "'" + key + "' entries must be texts", null);
        }
        values.add(item.text().strip());
      }
      return values;
    }

    private ScorecardException error(YamlNode at, String problem, String hint) {
      return new ScorecardException(file, at == null ? 0 : at.line, at == null ? 0 : at.column,
          problem, hint);
    }
  }

  private static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }

  /** "; did you mean 'x'?" for a close spelling, else empty. */
  static String suggestion(String given, java.util.Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = distance(given.toLowerCase(java.util.Locale.ROOT), candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(2, given.length() / 3)
        ? "; did you mean '" + best + "'?" : "";
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
