/**
 * Shiftlead's operational metrics as data ({@link MetricFamily}) and their Prometheus text
 * exposition ({@link PrometheusText}); the values come from the runtime and the store.
 */
package io.shiftlead.plugin.infrastructure.metrics;
