package io.shiftlead.testfixtures.generator;

/** A helpdesk user's role, spelled as Zendesk spells it on the wire. */
public enum Role {
  END_USER("end-user"),
  AGENT("agent"),
  ADMIN("admin");

  private final String wire;

  Role(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  /** Agents and admins answer tickets; end users raise them. */
  public boolean isStaff() {
    return this != END_USER;
  }
}
