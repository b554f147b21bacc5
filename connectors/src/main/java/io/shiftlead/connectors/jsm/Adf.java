package io.shiftlead.connectors.jsm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Turns an Atlassian Document Format tree ({@code {"type": "doc", "content": [...]}}) into plain
 * text: text nodes verbatim, a line break after each block, mentions and emoji by their text. Marks
 * (bold, links) are dropped; unknown node types contribute their children, so new ADF nodes degrade
 * to their text instead of failing.
 */
final class Adf {
  private static final Set<String> BLOCKS = Set.of("paragraph", "heading", "blockquote", "codeBlock",
      "listItem", "rule", "panel", "tableRow", "mediaSingle", "decisionItem", "taskItem");

  private Adf() {}

  static boolean isDocument(JsonNode node) {
    return node != null && node.isObject() && "doc".equals(node.path("type").asText());
  }

  static String toText(JsonNode doc) {
    StringBuilder out = new StringBuilder();
    append(doc, out);
    return out.toString().replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
  }

  private static void append(JsonNode node, StringBuilder out) {
    if (node == null || !node.isObject()) {
      return;
    }
    String type = node.path("type").asText();
    switch (type) {
      case "text":
        out.append(node.path("text").asText());
        return;
      case "hardBreak":
        out.append('\n');
        return;
      case "mention":
      case "emoji":
        JsonNode attrs = node.path("attrs");
        out.append(attrs.hasNonNull("text") ? attrs.get("text").asText()
            : attrs.path("shortName").asText());
        return;
      case "inlineCard":
        out.append(node.path("attrs").path("url").asText());
        return;
      default:
        for (JsonNode child : node.path("content")) {
          append(child, out);
        }
        if (BLOCKS.contains(type)) {
          out.append('\n');
        }
    }
  }
}
