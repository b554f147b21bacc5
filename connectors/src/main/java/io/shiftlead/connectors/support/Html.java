package io.shiftlead.connectors.support;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a helpdesk's HTML body (Zendesk {@code html_body}, Freshdesk and Zammad HTML bodies, JSM
 * rendered comments, RT HTML parts) into plain text: line breaks kept, tags dropped, entities
 * decoded (the XML five plus the Latin-1 and punctuation ones editors write).
 */
public final class Html {
  private static final Pattern DROP = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1>");
  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6])>");
  private static final Pattern TAG = Pattern.compile("<[^>]+>");
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");
  /**
   * Named entities: the XML five, nbsp, and the Latin-1 and punctuation ones Freshdesk's editor
   * writes for accented text (it emits {@code &aacute;} rather than UTF-8 in some bodies).
   */
  private static final Map<String, String> NAMED = named(
      "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ",
      "aacute", "\u00e1", "eacute", "\u00e9", "iacute", "\u00ed", "oacute", "\u00f3", "uacute", "\u00fa",
      "Aacute", "\u00c1", "Eacute", "\u00c9", "Iacute", "\u00cd", "Oacute", "\u00d3", "Uacute", "\u00da",
      "agrave", "\u00e0", "egrave", "\u00e8", "acirc", "\u00e2", "ecirc", "\u00ea", "ocirc", "\u00f4",
      "atilde", "\u00e3", "otilde", "\u00f5", "ntilde", "\u00f1", "Atilde", "\u00c3", "Ntilde", "\u00d1",
      "ccedil", "\u00e7", "Ccedil", "\u00c7", "auml", "\u00e4", "ouml", "\u00f6", "uuml", "\u00fc",
      "Auml", "\u00c4", "Ouml", "\u00d6", "Uuml", "\u00dc", "szlig", "\u00df", "iquest", "\u00bf",
      "iexcl", "\u00a1", "laquo", "\u00ab", "raquo", "\u00bb", "copy", "\u00a9", "reg", "\u00ae",
      "euro", "\u20ac", "hellip", "\u2026", "mdash", "\u2014", "ndash", "\u2013", "lsquo", "\u2018",
      "rsquo", "\u2019", "ldquo", "\u201c", "rdquo", "\u201d");

  private Html() {}

  public static String toText(String html) {
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
        replacement = NAMED.getOrDefault(entity,
            NAMED.getOrDefault(entity.toLowerCase(java.util.Locale.ROOT), m.group()));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Map<String, String> named(String... pairs) {
    Map<String, String> map = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return Map.copyOf(map);
  }
}
