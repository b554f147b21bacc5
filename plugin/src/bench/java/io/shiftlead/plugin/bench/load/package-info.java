/** Load benchmarks of the whole server (issue 9): backfill from the sandbox with a capped heap. */
package io.shiftlead.plugin.bench.load;
