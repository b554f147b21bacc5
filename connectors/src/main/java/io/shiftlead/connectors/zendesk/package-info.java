/**
 * The Zendesk Support adapter: {@link io.shiftlead.connectors.zendesk.ZendeskConnectorFactory} (id
 * {@code zendesk}), the connector, its settings, per-resource API classes in {@code api/}, wire DTOs in
 * {@code wire/}, interceptors in {@code http/}, the mapper, the one error mapping and the webhook
 * verifier.
 */
package io.shiftlead.connectors.zendesk;
