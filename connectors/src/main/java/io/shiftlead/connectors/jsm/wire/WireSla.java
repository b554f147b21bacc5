package io.shiftlead.connectors.jsm.wire;

import java.util.List;

/** An SLA metric of a request ({@code /rest/servicedeskapi/request/{key}/sla}). */
public record WireSla(String id, String name, WireSlaCycle ongoingCycle, List<WireSlaCycle> completedCycles) {}
