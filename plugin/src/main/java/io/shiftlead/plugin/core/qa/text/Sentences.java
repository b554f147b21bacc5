package io.shiftlead.plugin.core.qa.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits replies into sentences and lines; good enough for evidence, not a linguistic parser. */
public final class Sentences {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
  private static final int MAX_SPAN = 160;

  private Sentences() {}

  /** The sentence (or line) containing {@code offset}, trimmed and shortened for a note. */
  public static String around(String text, int offset) {
    int start = offset;
    while (start > 0 && !isBoundary(text.charAt(start - 1))) {
      start--;
    }
    int end = offset;
    while (end < text.length() && !isBoundary(text.charAt(end))) {
      end++;
    }
    if (end < text.length() && text.charAt(end) != '\n') {
      end++;
    }
    return shorten(text.substring(start, end).strip());
  }

  private static boolean isBoundary(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\n';
  }

  public static String shorten(String span) {
    String oneLine = span.replaceAll("\\s+", " ");
    return oneLine.length() <= MAX_SPAN ? oneLine : oneLine.substring(0, MAX_SPAN - 1) + "…";
  }

  /** Non-blank lines, stripped. */
  public static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    return lines;
  }

  /** The words of a text, in order (letters, digits, inner apostrophes and hyphens). */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    var m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }
}
