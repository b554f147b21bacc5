/**
 * The evaluation step: evaluators look at a normalized ticket and decide, with reasons, what it
 * should carry. Plain Java; no container, HTTP or SQL here (an architecture test keeps it so).
 */
package io.shiftlead.plugin.core.evaluation;
