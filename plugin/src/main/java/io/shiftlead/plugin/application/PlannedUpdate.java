package io.shiftlead.plugin.application;

import io.shiftlead.connectors.spi.model.TicketUpdate;
import java.util.List;

/**
 * A write-back ready to queue.
 *
 * @param updateKey unique for (ticket, ticket version, content): a re-pulled page plans the same key
 *     and is not queued twice; a later version of the ticket may legitimately need the same change
 */
public record PlannedUpdate(String updateKey, TicketUpdate update, List<String> reasons) {}
