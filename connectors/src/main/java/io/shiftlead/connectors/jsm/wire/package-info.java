/**
 * Jackson DTOs of Jira's JSON, read tolerantly (unknown properties ignored, camelCase as Jira sends
 * it). They never leave the adapter: {@link io.shiftlead.connectors.jsm.JsmMapper} translates them.
 * Jira's timestamps ({@code 2024-05-01T10:00:00.000+0000}) stay strings here because the offset has
 * no colon; {@link io.shiftlead.connectors.jsm.JsmTime} parses them.
 */
package io.shiftlead.connectors.jsm.wire;
