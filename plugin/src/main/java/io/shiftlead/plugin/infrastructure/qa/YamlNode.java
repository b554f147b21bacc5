package io.shiftlead.plugin.infrastructure.qa;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line and column it starts at. Jackson's tree model drops locations, and
 * every validation error must name its line, so the reader builds this small tree from the token
 * stream instead.
 */
final class YamlNode {
  final Object value; // Map<String, YamlNode>, List<YamlNode>, String, or null
  final int line;
  final int column;

  private YamlNode(Object value, JsonLocation at) {
    this.value = value;
    this.line = at.getLineNr();
    this.column = at.getColumnNr();
  }

  /** Reads the value at the parser's current token (which must already be read). */
  static YamlNode read(JsonParser parser) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      Map<String, YamlNode> map = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        parser.nextToken();
        map.put(key, read(parser));
      }
      return new YamlNode(map, at);
    }
    if (token == JsonToken.START_ARRAY) {
      List<YamlNode> list = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        list.add(read(parser));
      }
      return new YamlNode(list, at);
    }
    return new YamlNode(token == JsonToken.VALUE_NULL ? null : parser.getText(), at);
  }

  boolean isMap() {
    return value instanceof Map;
  }

  boolean isList() {
    return value instanceof List;
  }

  boolean isScalar() {
    return value instanceof String;
  }

  @SuppressWarnings("unchecked")
  Map<String, YamlNode> map() {
    return (Map<String, YamlNode>) value;
  }

  @SuppressWarnings("unchecked")
  List<YamlNode> list() {
    return (List<YamlNode>) value;
  }

  String text() {
    return (String) value;
  }
}
