package io.shiftlead.plugin.core.rules;

/** An internal note a rule asks for, already rendered. */
public record RuleNote(String ruleId, String body) {}
