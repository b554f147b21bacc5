package io.shiftlead.connectors.jsm.wire;

/** A user of either API; {@code emailAddress} is missing when the user's privacy settings hide it. */
public record WireUser(String accountId, String displayName, String emailAddress, String timeZone,
    String locale) {}
