/**
 * The Freshdesk (API v2) adapter: {@link io.shiftlead.connectors.freshdesk.FreshdeskConnectorFactory}
 * (id {@code freshdesk}), the connector, its settings, per-resource API classes in {@code api/}, wire
 * DTOs in {@code wire/}, interceptors in {@code http/}, the mapper, the one error mapping, the
 * opaque cursors and the shared-secret webhook verifier (Freshdesk signs nothing).
 */
package io.shiftlead.connectors.freshdesk;
