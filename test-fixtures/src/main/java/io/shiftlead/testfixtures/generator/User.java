package io.shiftlead.testfixtures.generator;

/**
 * A helpdesk user. {@code organizationId} is null for end users without an organization and for
 * staff; {@code groupId} is the group a staff member works in (null for end users).
 */
public record User(
    long id, String name, String email, Role role, Long organizationId, String locale, Long groupId) {}
