/**
 * Jackson DTOs of RT's REST2 JSON, read tolerantly. They never leave the adapter: {@link
 * io.shiftlead.connectors.rt.RtMapper} translates them.
 */
package io.shiftlead.connectors.rt.wire;
