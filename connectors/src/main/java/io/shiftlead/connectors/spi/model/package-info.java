/** The normalized model every adapter translates into: immutable records, no vendor types. */
package io.shiftlead.connectors.spi.model;
