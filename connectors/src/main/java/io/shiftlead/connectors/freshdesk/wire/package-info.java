/**
 * Jackson DTOs of Freshdesk's JSON, read tolerantly (unknown properties ignored, snake_case). They
 * never leave the adapter: {@link io.shiftlead.connectors.freshdesk.FreshdeskMapper} translates them.
 */
package io.shiftlead.connectors.freshdesk.wire;
