package io.shiftlead.plugin.infrastructure.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree whose every node knows its line and column. Jackson's own tree drops
 * locations, and an error message without a line is the difference between a fix and a hunt, so
 * the tree is built here from the streaming parser.
 */
final class YamlTree {
  private static final YAMLFactory FACTORY = new YAMLFactory();

  private YamlTree() {}

  /** Where a node starts, 1-based. */
  record Loc(int line, int column) {}

  sealed interface Node permits MapNode, ListNode, Scalar {
    Loc loc();
  }

  /** @param duplicates keys written twice, reported as problems (the last one is kept) */
  record MapNode(Loc loc, Map<String, Entry> entries, List<Entry> duplicates) implements Node {}

  record Entry(String key, Loc keyLoc, Node value) {}

  record ListNode(Loc loc, List<Node> items) implements Node {}

  /** @param value a String, Number, Boolean, or null */
  record Scalar(Loc loc, Object value) implements Node {}

  /** @return null for an empty document */
  static Node parse(String yaml) throws IOException {
    try (JsonParser parser = FACTORY.createParser(yaml)) {
      return parser.nextToken() == null ? null : node(parser);
    }
  }

  private static Node node(JsonParser p) throws IOException {
    Loc loc = loc(p.currentTokenLocation());
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      Map<String, Entry> entries = new LinkedHashMap<>();
      List<Entry> duplicates = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        Loc keyLoc = loc(p.currentTokenLocation());
        p.nextToken();
        Entry entry = new Entry(key, keyLoc, node(p));
        if (entries.put(key, entry) != null) {
          duplicates.add(entry);
        }
      }
      return new MapNode(loc, entries, duplicates);
    }
    if (token == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(node(p));
      }
      return new ListNode(loc, items);
    }
    switch (token) {
      case VALUE_NUMBER_INT: return new Scalar(loc, p.getNumberValue());
      case VALUE_NUMBER_FLOAT: return new Scalar(loc, p.getDoubleValue());
      case VALUE_TRUE: return new Scalar(loc, Boolean.TRUE);
      case VALUE_FALSE: return new Scalar(loc, Boolean.FALSE);
      case VALUE_NULL: return new Scalar(loc, null);
      default: return new Scalar(loc, p.getText());
    }
  }

  private static Loc loc(JsonLocation location) {
    return new Loc(location.getLineNr(), location.getColumnNr());
  }
}
