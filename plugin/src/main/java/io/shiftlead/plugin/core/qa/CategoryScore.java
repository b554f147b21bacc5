package io.shiftlead.plugin.core.qa;

/**
 * A category's score 0-100 (the weighted mean of its applicable criteria), null when all were N/A.
 */
public record CategoryScore(Category category, Double score) {}
