/**
 * Reading rule sets and rosters from YAML into the core's records, with every problem reported by
 * file, line and column, and a directory-backed repository that keeps the last good set running
 * when an edited file is bad. The only place rules meet Jackson.
 */
package io.shiftlead.plugin.infrastructure.rules;
