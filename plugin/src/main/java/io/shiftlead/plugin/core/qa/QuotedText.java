package io.shiftlead.plugin.core.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes quoted earlier messages from a reply, so that a customer's sentence an email client
 * quoted under the answer ("> Hi, I'm so frustrated") is never taken for the agent's own words.
 * Handles {@code >} lines and "On ... wrote:" headers (and their German, Spanish, Portuguese and
 * French forms): everything from such a header on is the quoted thread.
 */
public final class QuotedText {
  // One line that introduces a quoted message. Kept loose on the date part (clients format it freely).
  private static final Pattern HEADER = Pattern.compile(
      "^\\s*(on\\s.{3,120}\\swrote:|am\\s.{3,120}\\sschrieb.{0,60}:|el\\s.{3,120}\\sescribi[oó]:"
          + "|em\\s.{3,120}\\sescreveu:|le\\s.{3,120}\\sa\\s[ée]crit\\s?:"
          + "|-{2,}\\s*(original message|urspr[üu]ngliche nachricht|mensaje original"
          + "|mensagem original|message d'origine)\\s*-{2,})\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern FROM_HEADER = Pattern.compile(
      "^\\s*(from|von|de):\\s.*@.*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private QuotedText() {}

  /** The reply's own text: lines before the first quote header, without {@code >} lines. */
  public static String strip(String body) {
    if (body == null || body.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String line : body.split("\\R", -1)) {
      if (HEADER.matcher(line).matches() || FROM_HEADER.matcher(line).matches()) {
        break;
      }
      if (line.stripLeading().startsWith(">")) {
        continue;
      }
      kept.add(line);
    }
    return String.join("\n", kept).strip();
  }
}
