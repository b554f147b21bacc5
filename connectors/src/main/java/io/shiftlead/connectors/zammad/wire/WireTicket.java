package io.shiftlead.connectors.zammad.wire;

import java.time.Instant;

/**
 * A ticket as {@code GET /tickets/search?expand=true} and {@code GET /tickets/{id}?expand=true} return
 * it: ids plus their name-resolved twins ({@code group}, {@code state}, {@code priority}, {@code owner}
 * and {@code customer} are logins or names). Custom object attributes sit at the top level and are read
 * from the raw JSON by the mapper, since their names are the admin's.
 */
public record WireTicket(
    Long id,
    String number,
    String title,
    Long groupId,
    String group,
    Long stateId,
    String state,
    Long priorityId,
    String priority,
    Long ownerId,
    String owner,
    Long customerId,
    String customer,
    Long organizationId,
    String organization,
    String createArticleType,
    Integer articleCount,
    Instant createdAt,
    Instant updatedAt) {}
