/**
 * API authentication and authorisation: bearer tokens from the configuration, session tokens
 * issued after a verified signed Zendesk load ({@link
 * io.shiftlead.plugin.infrastructure.security.ZendeskSignedLoads}, {@link
 * io.shiftlead.plugin.infrastructure.security.SessionTokens}), roles (agent, reviewer, manager,
 * admin), per-connector scopes decided per request path, and the Origin check for
 * state-changing requests. Plain Java; the JAX-RS filter in {@code interfaces.rest} only asks
 * {@link io.shiftlead.plugin.infrastructure.security.ApiAccess}. See docs/adr/0010 and 0016.
 */
package io.shiftlead.plugin.infrastructure.security;
