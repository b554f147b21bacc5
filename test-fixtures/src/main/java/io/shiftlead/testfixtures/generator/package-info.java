/** Deterministic, seeded generator of a realistic helpdesk dataset, and its JSON Lines export. */
package io.shiftlead.testfixtures.generator;
