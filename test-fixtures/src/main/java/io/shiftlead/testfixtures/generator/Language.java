package io.shiftlead.testfixtures.generator;

/**
 * The languages customers write in, with the share of customers and a typical UTC offset (hours)
 * used to place business-hour arrivals in the customer's own day.
 */
enum Language {
  EN("en-US", 45, -5),
  DE("de", 15, 1),
  PT("pt-BR", 12, -3),
  ES("es", 12, 1),
  FR("fr", 10, 1),
  JA("ja", 6, 9);

  final String tag;
  final int weight;
  final int utcOffsetHours;

  Language(String tag, int weight, int utcOffsetHours) {
    this.tag = tag;
    this.weight = weight;
    this.utcOffsetHours = utcOffsetHours;
  }
}
