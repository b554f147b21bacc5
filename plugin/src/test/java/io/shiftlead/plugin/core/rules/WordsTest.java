package io.shiftlead.plugin.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Searching the text for words answers exactly as looking them up in the text's word index. */
class WordsTest {

  @Property(tries = 2000)
  void searchingForAWordAgreesWithTheWordIndex(@ForAll("texts") String text,
      @ForAll("words") String word) {
    Words words = new Words(Set.of(word), List.of());
    boolean indexed = Words.index(text).words().contains(word);
    assertThat(words.wordFoundIn(text)).isEqualTo(indexed);
    assertThat(words.foundIn(text)).isEqualTo(indexed);
  }

  @Test
  void wholeWordsOnlyAndNeverAnEmptyWord() {
    Words cancel = new Words(Set.of("cancel", ""), List.of());
    assertThat(cancel.wordFoundIn("please cancel!")).isTrue();
    assertThat(cancel.wordFoundIn("cancellation, precancel")).isFalse();
    assertThat(cancel.wordFoundIn("cancellation then cancel")).isTrue();
    assertThat(new Words(Set.of(""), List.of()).wordFoundIn("anything")).isFalse();
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("ab c-é1\n!_").ofMaxLength(30);
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().withChars("abé1-").ofMinLength(0).ofMaxLength(3);
  }
}
