/**
 * Reads SLA policies and business calendars from YAML, with errors that name the file, the line
 * and a hint. Kept out of {@code core.sla} so the engine stays free of parsers.
 */
package io.shiftlead.plugin.infrastructure.sla;
