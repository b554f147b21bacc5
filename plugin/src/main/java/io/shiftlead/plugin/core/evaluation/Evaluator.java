package io.shiftlead.plugin.core.evaluation;

import io.shiftlead.connectors.spi.model.Ticket;

/**
 * The evaluation step of the sync pipeline: looks at a ticket and decides what it should carry.
 * Implementations are pure (no I/O, no clock unless injected) so they replay deterministically; the
 * rules engine, SLA and QA plug in here.
 */
public interface Evaluator {

  /** A short stable id, used in idempotency keys: changing it re-posts notes. */
  String id();

  Evaluation evaluate(Ticket ticket);
}
