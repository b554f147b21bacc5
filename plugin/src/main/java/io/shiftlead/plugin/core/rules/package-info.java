/**
 * The rules engine: admins' rules as data ({@link io.shiftlead.plugin.core.rules.RuleSet}, closed
 * vocabulary of fields, operators and actions, no expression language), evaluated over typed {@link
 * io.shiftlead.plugin.core.rules.TicketFacts} taken at an injected instant. Every run returns a
 * {@link io.shiftlead.plugin.core.rules.RuleRun} that explains itself; {@link
 * io.shiftlead.plugin.core.rules.RulesEvaluator} plugs the engine into the sync pipeline. Plain
 * Java: no container, JSON or YAML library here (the reader lives in infrastructure).
 */
package io.shiftlead.plugin.core.rules;
