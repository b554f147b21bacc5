/**
 * The Zammad (REST API v1) adapter: {@link io.shiftlead.connectors.zammad.ZammadConnectorFactory} (id
 * {@code zammad}), the connector, its settings, per-resource API classes in {@code api/}, wire DTOs in
 * {@code wire/}, interceptors in {@code http/}, the mapper, the one error mapping, the search cursor
 * and the webhook verifier. Zammad has no change feed, no batch update and no CSAT: tickets come from
 * the search endpoint ordered by {@code updated_at}, writes are one ticket at a time.
 */
package io.shiftlead.connectors.zammad;
