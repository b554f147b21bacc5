package io.shiftlead.plugin.infrastructure.qa;

import io.shiftlead.plugin.core.qa.SpellingChecker;
import io.shiftlead.plugin.core.qa.SpellingIssue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

/**
 * Spelling and grammar with LanguageTool. Language modules are found on the classpath (only
 * {@code language-en} ships today; add {@code language-de} etc. to support more, see docs/qa.md).
 *
 * <p>Loading is expensive (dictionaries, rule files: seconds and tens of MB) and {@link
 * JLanguageTool} is not thread-safe, so: one instance of this class per application, languages
 * resolved once, and one {@code JLanguageTool} per thread and language, created on first use and
 * kept (LanguageTool caches its dictionaries statically, so the per-thread part is small).
 *
 * <p>Only typo, grammar, confused-word and casing rules count: style and typography rules (curly
 * quotes, sentence length, "very") flag normal support writing and would make the check useless.
 */
public final class LanguageToolSpellingChecker implements SpellingChecker {
  private static final Set<String> COUNTED_CATEGORIES =
      Set.of("TYPOS", "GRAMMAR", "CONFUSED_WORDS", "CASING");
  // Rules in those categories that misfire on support replies (signatures, lists, lowercase chat).
  private static final Set<String> SILENCED_RULES = Set.of("WHITESPACE_RULE",
      "COMMA_PARENTHESIS_WHITESPACE", "EN_QUOTES", "DASH_RULE", "PUNCTUATION_PARAGRAPH_END",
      "EN_UNPAIRED_BRACKETS", "EN_UNPAIRED_QUOTES", "SENTENCE_WHITESPACE");
  // The spell-checking variant per language: LanguageTool's plain "en" has no dictionary.
  private static final Map<String, String> VARIANTS =
      Map.of("en", "en-US", "de", "de-DE", "pt", "pt-PT", "es", "es", "fr", "fr");

  private static final LanguageToolSpellingChecker SHARED = new LanguageToolSpellingChecker(10_000);

  private final Map<String, Optional<Language>> languages = new ConcurrentHashMap<>();
  private final ThreadLocal<Map<String, JLanguageTool>> tools = ThreadLocal.withInitial(HashMap::new);

  /**
   * The application's one instance: every team shares it (team ignore lists travel with each call,
   * see {@code SpellingGrammarCheck}), so LanguageTool loads once per JVM.
   */
  public static LanguageToolSpellingChecker shared() {
    return SHARED;
  }

  private final Map<String, List<SpellingIssue>> recent;
  private final int cacheEntries;

  /**
   * A separate instance, for benchmarks and tests; production code uses {@link #shared()}.
   *
   * @param cacheEntries how many recent (language, text) results to keep: a ticket re-scored after
   *     an update mostly re-checks replies already checked, and one check costs tens of ms
   */
  public LanguageToolSpellingChecker(int cacheEntries) {
    this.cacheEntries = cacheEntries;
    this.recent = java.util.Collections.synchronizedMap(
        new java.util.LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, List<SpellingIssue>> eldest) {
            return size() > LanguageToolSpellingChecker.this.cacheEntries;
          }
        });
  }

  @Override
  public boolean supports(String language) {
    return resolve(language) != null;
  }

  @Override
  public List<SpellingIssue> check(String text, String language, Set<String> ignoreWords) {
    Language lt = resolve(language);
    if (lt == null || text.isBlank()) {
      return List.of();
    }
    Set<String> ignore = lower(ignoreWords);
    // Cached before the ignore filter, which differs per team and per ticket.
    // get-then-put, not computeIfAbsent: the map's lock must not be held during a check.
    String key = lt.getShortCodeWithCountryAndVariant() + "\u0000" + text;
    List<SpellingIssue> all = cacheEntries == 0 ? null : recent.get(key);
    if (all == null) {
      all = runChecks(lt, text);
      if (cacheEntries > 0) {
        recent.put(key, all);
      }
    }
    return all.stream().filter(issue -> !ignored(issue.span(), ignore)).toList();
  }

  private List<SpellingIssue> runChecks(Language lt, String text) {
    List<RuleMatch> matches;
    try {
      matches = tools.get().computeIfAbsent(lt.getShortCodeWithCountryAndVariant(),
          code -> newTool(lt)).check(text);
    } catch (IOException e) {
      throw new UncheckedIOException("LanguageTool failed on a " + lt.getShortCode() + " text", e);
    }
    List<SpellingIssue> issues = new ArrayList<>();
    for (RuleMatch match : matches) {
      if (counts(match)) {
        List<String> suggestions = match.getSuggestedReplacements();
        issues.add(new SpellingIssue(text.substring(match.getFromPos(), match.getToPos()),
            match.getMessage().replaceAll("<[^>]+>", "\""),
            suggestions.isEmpty() ? null : suggestions.get(0), match.getRule().getId()));
      }
    }
    return List.copyOf(issues);
  }

  // Rules whose matches would be thrown away are switched off up front: they are most of the
  // per-text cost (measured in docs/benchmarks-qa.md).
  private static JLanguageTool newTool(Language language) {
    JLanguageTool tool = new JLanguageTool(language);
    for (Rule rule : tool.getAllActiveRules()) {
      if (!COUNTED_CATEGORIES.contains(rule.getCategory().getId().toString())
          || SILENCED_RULES.contains(rule.getId())) {
        tool.disableRule(rule.getId());
      }
    }
    return tool;
  }

  private static boolean counts(RuleMatch match) {
    return COUNTED_CATEGORIES.contains(match.getRule().getCategory().getId().toString())
        && !SILENCED_RULES.contains(match.getRule().getId());
  }

  private static boolean ignored(String span, Set<String> ignore) {
    String word = span.strip().toLowerCase(Locale.ROOT);
    return ignore.contains(word)
        // A flagged possessive of an ignored name ("Shiftlead's") is the name's.
        || ignore.stream().anyMatch(i -> word.startsWith(i + "'") || word.startsWith(i + "’"));
  }

  private Language resolve(String language) {
    if (language == null) {
      return null;
    }
    String code = VARIANTS.getOrDefault(language.toLowerCase(Locale.ROOT), language);
    return languages.computeIfAbsent(code, LanguageToolSpellingChecker::load).orElse(null);
  }

  // Empty when the language module is not on the classpath.
  private static Optional<Language> load(String code) {
    try {
      return Languages.isLanguageSupported(code)
          ? Optional.of(Languages.getLanguageForShortCode(code)) : Optional.empty();
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  private static Set<String> lower(Set<String> words) {
    return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }
}
