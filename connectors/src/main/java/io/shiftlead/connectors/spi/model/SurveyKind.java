package io.shiftlead.connectors.spi.model;

/** The three survey families managers are graded on. */
public enum SurveyKind {
  CSAT,
  NPS,
  CES
}
