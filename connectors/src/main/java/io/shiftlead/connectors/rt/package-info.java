/**
 * The Request Tracker 5 (REST2) adapter: {@link io.shiftlead.connectors.rt.RtConnectorFactory} (id
 * {@code request-tracker}), the connector, its settings, per-resource API classes in {@code api/},
 * wire DTOs in {@code wire/}, interceptors in {@code http/}, the mapper, the cursor and the one error
 * mapping. No webhook verifier: RT has no webhooks, the plugin polls. Mapping and setup:
 * {@code docs/connectors/request-tracker.md}.
 */
package io.shiftlead.connectors.rt;
