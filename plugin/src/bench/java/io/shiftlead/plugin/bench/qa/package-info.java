/** Throughput measurement of QA scoring (plain main, see docs/benchmarks-qa.md). */
package io.shiftlead.plugin.bench.qa;
