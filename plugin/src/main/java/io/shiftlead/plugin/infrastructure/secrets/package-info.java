/** Secrets entered in the admin console, encrypted at rest with AES-256-GCM (ADR 0017). */
package io.shiftlead.plugin.infrastructure.secrets;
