/**
 * SLA engine benchmarks: states for a million open tickets, and the due index's memory per open
 * ticket. Results and commands in docs/benchmarks-sla.md.
 */
package io.shiftlead.plugin.bench.sla;
