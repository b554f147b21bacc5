package io.shiftlead.testfixtures.generator;

import java.util.List;

/** What a ticket is about; decides its group, its tags and the texts of its conversation. */
enum Topic {
  DOUBLE_CHARGE("Billing", List.of("billing", "double_charge"), "incident"),
  REFUND("Billing", List.of("billing", "refund"), "question"),
  LOGIN_ERROR("Technical", List.of("technical", "login"), "incident"),
  SYNC_FAILURE("Technical", List.of("technical", "sync"), "problem"),
  PASSWORD_RESET("Accounts", List.of("accounts", "password"), "question"),
  CHANGE_EMAIL("Accounts", List.of("accounts", "email_change"), "task");

  final String groupName;
  final List<String> tags;
  final String ticketType;

  Topic(String groupName, List<String> tags, String ticketType) {
    this.groupName = groupName;
    this.tags = tags;
    this.ticketType = ticketType;
  }
}
