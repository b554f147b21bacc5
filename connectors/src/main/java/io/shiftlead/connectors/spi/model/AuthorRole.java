package io.shiftlead.connectors.spi.model;

/** Who wrote a comment, as the helpdesk's roles map onto ours. */
public enum AuthorRole {
  CUSTOMER,
  AGENT,
  SYSTEM
}
