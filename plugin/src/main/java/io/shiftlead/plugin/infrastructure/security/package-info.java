/**
 * API authentication and authorisation: bearer tokens from the configuration, roles (agent,
 * manager, admin) and per-connector scopes, decided per request path. Plain Java; the JAX-RS
 * filter in {@code interfaces.rest} only asks {@link io.shiftlead.plugin.infrastructure.security.ApiAccess}.
 */
package io.shiftlead.plugin.infrastructure.security;
