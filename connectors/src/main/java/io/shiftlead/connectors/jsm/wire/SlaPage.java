package io.shiftlead.connectors.jsm.wire;

import java.util.List;

/** The servicedesk API's page envelope over SLA metrics. */
public record SlaPage(Integer size, Integer start, Integer limit, Boolean isLastPage, List<WireSla> values) {}
