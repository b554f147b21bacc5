/**
 * The connector SPI: one small interface per helpdesk account ({@link
 * io.shiftlead.connectors.spi.HelpdeskConnector}), its factory found by {@code ServiceLoader}, opaque
 * cursors and typed errors. Nothing here knows the plugin.
 */
package io.shiftlead.connectors.spi;
