/** One small class per Zendesk resource; each builds URLs and bodies and lets {@code ZendeskClient} send them. */
package io.shiftlead.connectors.zendesk.api;
