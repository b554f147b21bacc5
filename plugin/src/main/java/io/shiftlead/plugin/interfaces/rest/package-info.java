/** JAX-RS entry points: status, webhooks, tickets, readiness. Thin: they hand off to the runtime. */
package io.shiftlead.plugin.interfaces.rest;
