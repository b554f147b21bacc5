package io.shiftlead.testfixtures.generator;

/** An agent group (a queue such as Billing or Technical). */
public record Group(long id, String name) {}
