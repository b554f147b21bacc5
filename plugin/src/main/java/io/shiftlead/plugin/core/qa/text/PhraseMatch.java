package io.shiftlead.plugin.core.qa.text;

/** Where a phrase was found in a text, with the sentence around it for evidence. */
public record PhraseMatch(String phrase, int start, int end, String sentence) {}
