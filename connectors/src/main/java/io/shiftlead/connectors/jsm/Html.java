package io.shiftlead.connectors.jsm;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a comment's {@code renderedBody.html} into plain text: line breaks kept, tags dropped, entities decoded. */
final class Html {
  private static final Pattern DROP = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1>");
  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6])>");
  private static final Pattern TAG = Pattern.compile("<[^>]+>");
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");
  private static final Map<String, String> NAMED = Map.of(
      "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ");

  private Html() {}

  static String toText(String html) {
    if (html == null) {
      return "";
    }
    String text = DROP.matcher(html).replaceAll("");
    text = BREAK.matcher(text).replaceAll("\n");
    text = TAG.matcher(text).replaceAll("");
    text = decode(text);
    return text.replaceAll("[ \\t\\x0B\\f\\r]+", " ")
        .replaceAll(" *\n *", "\n")
        .replaceAll("\n{3,}", "\n\n")
        .strip();
  }

  private static String decode(String text) {
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String entity = m.group(1);
      String replacement;
      if (entity.startsWith("#")) {
        try {
          int codePoint = entity.startsWith("#x") || entity.startsWith("#X")
              ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
          replacement = new String(Character.toChars(codePoint));
        } catch (IllegalArgumentException e) {
          replacement = m.group();
        }
      } else {
        replacement = NAMED.getOrDefault(entity.toLowerCase(java.util.Locale.ROOT), m.group());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
