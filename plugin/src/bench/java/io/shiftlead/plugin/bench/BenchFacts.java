package io.shiftlead.plugin.bench;

import io.shiftlead.connectors.spi.model.Comment;
import io.shiftlead.connectors.spi.model.Ticket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A ticket as a Java bean for Easy Rules and Drools (Drools matches on bean properties), with the
 * same derived text the Shiftlead engine uses, and the results each engine collects.
 */
public final class BenchFacts {
  private final String channel;
  private final String priority;
  private final String subjectLower;
  private final Set<String> bodyWords;
  private final List<String> fired = new ArrayList<>();
  private String group;
  private String newPriority;

  BenchFacts(Ticket ticket) {
    this.channel = ticket.channel().wireName();
    this.priority = ticket.priority() == null ? "" : ticket.priority().wireName();
    this.subjectLower = ticket.subject() == null ? "" : ticket.subject().toLowerCase(Locale.ROOT);
    // the same words Shiftlead's any_of_words sees: public comments, letters and digits
    Set<String> words = new HashSet<>();
    for (Comment comment : ticket.comments()) {
      if (!comment.isPublic()) {
        continue;
      }
      String text = comment.body().toLowerCase(Locale.ROOT);
      int start = -1;
      for (int i = 0; i <= text.length(); i++) {
        boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
        if (letter && start < 0) {
          start = i;
        } else if (!letter && start >= 0) {
          words.add(text.substring(start, i));
          start = -1;
        }
      }
    }
    this.bodyWords = words;
  }

  public String getChannel() {
    return channel;
  }

  public String getPriority() {
    return priority;
  }

  public String getSubjectLower() {
    return subjectLower;
  }

  public boolean hasAnyWord(List<String> words) {
    for (String word : words) {
      if (bodyWords.contains(word)) {
        return true;
      }
    }
    return false;
  }

  public void route(String ruleId, String toGroup, String tag) {
    fired.add(ruleId);
    group = toGroup;
  }

  public void escalate(String ruleId, String tag) {
    fired.add(ruleId);
    newPriority = "urgent";
  }

  public List<String> fired() {
    return fired;
  }

  public String group() {
    return group;
  }

  public String newPriority() {
    return newPriority;
  }
}
