/**
 * Jackson DTOs of Zammad's JSON, read tolerantly (unknown properties ignored, snake_case). They never
 * leave the adapter: {@link io.shiftlead.connectors.zammad.ZammadMapper} translates them.
 */
package io.shiftlead.connectors.zammad.wire;
