package io.shiftlead.testfixtures.generator;

/** Minimal HTML escaping and tag stripping for comment bodies. */
public final class Html {

  private Html() {}

  public static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** The plain text of a simple HTML fragment: block ends become newlines, tags go, entities decode. */
  public static String toPlain(String html) {
    String text = html.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</p>\\s*", "\n\n");
    text = text.replaceAll("<[^>]+>", "");
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&nbsp;", " ").replace("&amp;", "&");
    return text.strip();
  }
}
