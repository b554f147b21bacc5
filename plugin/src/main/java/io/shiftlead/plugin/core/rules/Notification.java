package io.shiftlead.plugin.core.rules;

/**
 * A webhook call an escalation asks for. The engine only records it: delivering it is the
 * pipeline's job, after the write-back, and never during a dry run. A rule that keeps matching
 * asks again on every evaluation, so the pipeline sends each {@code key} once.
 *
 * @param key {@code <rule id>:<ticket id>}, the delivery's idempotency key
 */
public record Notification(String key, String ruleId, String url, String ticketId,
    String priority, String group, String reason) {}
