/**
 * The built-in checks, one class per check id. Each grades only the agents' own words (quoted
 * text removed by {@link io.shiftlead.plugin.core.qa.Conversation}) and says why.
 */
package io.shiftlead.plugin.core.qa.checks;
