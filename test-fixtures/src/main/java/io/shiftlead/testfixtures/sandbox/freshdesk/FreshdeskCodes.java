package io.shiftlead.testfixtures.sandbox.freshdesk;

import java.util.Map;

/**
 * The dataset's (Zendesk) words as Freshdesk numbers and back. Statuses: new and open are 2 (Open),
 * pending and hold 3 (Pending; Freshdesk has no built-in on-hold), solved 4 (Resolved), closed and
 * deleted 5 (Closed). Priorities: low 1, normal 2 (Medium), high 3, urgent 4; none reads as 1.
 */
final class FreshdeskCodes {

  private static final Map<String, Integer> STATUS = Map.of(
      "new", 2, "open", 2, "pending", 3, "hold", 3, "solved", 4, "closed", 5, "deleted", 5);
  private static final Map<Integer, String> STATUS_NAME = Map.of(
      2, "open", 3, "pending", 4, "solved", 5, "closed");
  private static final Map<String, Integer> PRIORITY = Map.of("low", 1, "normal", 2, "high", 3, "urgent", 4);
  private static final Map<Integer, String> PRIORITY_NAME = Map.of(1, "low", 2, "normal", 3, "high", 4, "urgent");
  /** Ticket sources: 1 email, 2 portal, 3 phone, 7 chat, 9 feedback widget, 10 outbound email. */
  private static final Map<String, Integer> SOURCE = Map.of(
      "email", 1, "web", 2, "voice", 3, "chat", 7, "mobile", 9, "api", 2, "twitter", 2);

  private FreshdeskCodes() {}

  static int status(String status) {
    return STATUS.getOrDefault(status, 2);
  }

  /** The dataset status for Freshdesk's number, or null when it is not 2..5. */
  static String statusName(int status) {
    return STATUS_NAME.get(status);
  }

  static int priority(String priority) {
    return priority == null ? 1 : PRIORITY.getOrDefault(priority, 1);
  }

  static String priorityName(int priority) {
    return PRIORITY_NAME.get(priority);
  }

  static int source(String channel) {
    return SOURCE.getOrDefault(channel, 2);
  }
}
