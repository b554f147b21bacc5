/** Dry-run of the evaluation over exported tickets: what would happen, and why, changing nothing. */
package io.shiftlead.plugin.application.replay;
