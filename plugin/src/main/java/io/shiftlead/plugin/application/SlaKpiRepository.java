package io.shiftlead.plugin.application;

import io.shiftlead.plugin.core.sla.SlaKpiInput;
import java.util.List;

/**
 * The KPI inputs of the SLA engine: per connector, ticket, metric and metric cycle, whether the
 * target was met and the measured time. Written on every evaluation; read by the KPI reports.
 */
public interface SlaKpiRepository {

  /** Inserts or replaces each finished cycle (key: connector, ticket, metric, cycle start). */
  void upsert(String connector, List<SlaKpiInput> inputs);

  /** The stored cycles of a ticket, ordered by metric and start. */
  List<SlaKpiInput> find(String connector, String ticketId);
}
