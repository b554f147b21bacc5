package io.shiftlead.plugin.bench;

import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Priority;
import java.util.ArrayList;
import java.util.List;

/**
 * One rule of the benchmark's 50-rule routing and escalation set, as data, so that every engine
 * (Shiftlead, Easy Rules, Drools) is given exactly the same logic:
 * routing rules "channel is C and priority is P and the subject contains K → group G, tag T";
 * escalation rules "the body has any of the words W → priority urgent, tag T".
 */
record BenchRule(String id, Channel channel, Priority priority, String keyword, String group,
    List<String> anyOfWords, String tag) {

  private static final Channel[] CHANNELS = {Channel.EMAIL, Channel.WEB, Channel.CHAT,
      Channel.PHONE, Channel.API};
  private static final Priority[] PRIORITIES = Priority.values();
  private static final String[] KEYWORDS = {"refund", "invoice", "password", "login", "order",
      "delivery", "account", "error", "charge", "cancel"};
  private static final String[] GROUPS = {"Billing", "Technical", "Accounts"};
  // real escalation words plus words the generated conversations use, so that these rules fire
  private static final List<List<String>> ESCALATION_WORDS = List.of(
      List.of("lawyer", "attorney", "refund"), List.of("chargeback", "dispute", "duplicate"),
      List.of("cancel", "cancelled", "terminate"), List.of("urgent", "asap", "invalid"),
      List.of("outage", "down", "fehlermeldung"));

  boolean isEscalation() {
    return anyOfWords != null;
  }

  /** 45 routing rules and 5 escalation rules, deterministic. */
  static List<BenchRule> fifty() {
    List<BenchRule> rules = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      rules.add(new BenchRule("route-" + i, CHANNELS[i % CHANNELS.length],
          PRIORITIES[(i / CHANNELS.length) % PRIORITIES.length], KEYWORDS[i % KEYWORDS.length],
          GROUPS[i % GROUPS.length], null, "r" + i));
    }
    for (int i = 0; i < 5; i++) {
      rules.add(new BenchRule("escalate-" + i, null, null, null, null, ESCALATION_WORDS.get(i),
          "e" + i));
    }
    return rules;
  }
}
