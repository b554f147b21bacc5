package io.shiftlead.testfixtures.generator;

/** A customer organization; {@code domain} is the mail domain its end users write from. */
public record Organization(long id, String name, String domain) {}
