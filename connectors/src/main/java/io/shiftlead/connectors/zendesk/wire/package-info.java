/**
 * Jackson DTOs of Zendesk's JSON, read tolerantly (unknown properties ignored, snake_case). They never
 * leave the adapter: {@link io.shiftlead.connectors.zendesk.ZendeskMapper} translates them.
 */
package io.shiftlead.connectors.zendesk.wire;
