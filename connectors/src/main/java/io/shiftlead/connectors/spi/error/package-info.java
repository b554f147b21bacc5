/** The sealed family of errors adapters raise; HTTP statuses are mapped in one place per adapter. */
package io.shiftlead.connectors.spi.error;
