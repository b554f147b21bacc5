package io.shiftlead.plugin.core.qa.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set of phrases matched case-insensitively on word boundaries, so "hi" matches "Hi Ana," but
 * not "this". Compiled once into one pattern; immutable and thread-safe.
 */
public final class PhraseList {
  private final List<String> phrases;
  private final Pattern pattern;

  public PhraseList(Collection<String> phrases) {
    this.phrases = phrases.stream().map(String::strip).filter(p -> !p.isEmpty()).distinct()
        // longest first, so "thanks a lot" wins over "thanks" in evidence
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    this.pattern = this.phrases.isEmpty() ? null : Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?:" + String.join("|", this.phrases.stream().map(PhraseList::quote)
            .toList()) + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  // Phrases are literal text, except that a space matches any run of white space.
  private static String quote(String phrase) {
    List<String> parts = new ArrayList<>();
    for (String part : phrase.split("\\s+")) {
      parts.add(Pattern.quote(part));
    }
    return String.join("\\s+", parts);
  }

  public List<String> phrases() {
    return phrases;
  }

  public boolean isEmpty() {
    return pattern == null;
  }

  public Optional<PhraseMatch> find(String text) {
    List<PhraseMatch> all = findAll(text, 1);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  public List<PhraseMatch> findAll(String text) {
    return findAll(text, Integer.MAX_VALUE);
  }

  private List<PhraseMatch> findAll(String text, int limit) {
    List<PhraseMatch> found = new ArrayList<>();
    if (pattern == null || text == null) {
      return found;
    }
    Matcher m = pattern.matcher(text);
    while (found.size() < limit && m.find()) {
      found.add(new PhraseMatch(m.group(), m.start(), m.end(), Sentences.around(text, m.start())));
    }
    return found;
  }
}
