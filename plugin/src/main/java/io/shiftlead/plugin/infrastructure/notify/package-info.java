/** Outbound webhook calls (escalation notifications) over HTTP. */
package io.shiftlead.plugin.infrastructure.notify;
