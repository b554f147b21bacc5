/** One small class per Freshdesk resource; each builds URLs and bodies and lets {@code FreshdeskClient} send them. */
package io.shiftlead.connectors.freshdesk.api;
