package io.shiftlead.plugin.core.sla;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape the REST API ({@code GET /api/v1/tickets/{connector}/{ticketId}/sla}) and the replay
 * command's {@code "sla"} array share, as plain maps so the core needs no JSON library and both
 * outputs print the same numbers.
 */
public final class SlaWire {
  private SlaWire() {}

  /** One map per metric: metric, policy, state, dueAt, elapsedMinutes, remainingMinutes, ... */
  public static List<Map<String, Object>> metrics(TicketSla sla) {
    List<Map<String, Object>> out = new ArrayList<>(sla.metrics().size());
    for (SlaMetricState m : sla.metrics()) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("metric", m.metric().wireName());
      line.put("policy", m.policy());
      line.put("state", m.state().wireName());
      line.put("dueAt", m.dueAt() == null ? null : m.dueAt().toString());
      line.put("elapsedMinutes", m.elapsedMinutes());
      line.put("remainingMinutes", m.remainingMinutes());
      line.put("businessHours", m.businessHours());
      out.add(line);
    }
    return out;
  }

  /** The sidebar's fuller view: the metrics with reasons, plus the reported times. */
  public static Map<String, Object> ticket(TicketSla sla) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("ticketId", sla.ticketId());
    out.put("at", sla.at().toString());
    out.put("policy", sla.policy());
    List<Map<String, Object>> metrics = metrics(sla);
    for (int i = 0; i < metrics.size(); i++) {
      SlaMetricState m = sla.metrics().get(i);
      metrics.get(i).put("target", m.target().toString());
      metrics.get(i).put("pausedMinutes", m.paused().toMinutes());
      metrics.get(i).put("breachedAt", m.breachedAt() == null ? null : m.breachedAt().toString());
      metrics.get(i).put("reason", m.reason());
    }
    out.put("metrics", metrics);
    out.put("requesterWaitMinutes", sla.times().requesterWaitCalendar().toMinutes());
    out.put("requesterWaitBusinessMinutes", sla.times().requesterWaitBusiness().toMinutes());
    out.put("agentWorkMinutes", sla.times().agentWorkCalendar().toMinutes());
    out.put("agentWorkBusinessMinutes", sla.times().agentWorkBusiness().toMinutes());
    out.put("nextChangeAt", sla.nextChangeAt() == null ? null : sla.nextChangeAt().toString());
    return out;
  }
}
