package io.shiftlead.testfixtures.generator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plays out one ticket's life: the customer's first message, alternating agent and customer turns
 * (with the odd internal note), status moves, auto-close of old solved tickets, a CSAT rating on
 * some solved ones. Turns that would fall after the base instant are not played, so recent tickets
 * are naturally still new or waiting for an agent.
 */
final class ConversationSimulator {

  private static final Weighted<String> PRIORITIES =
      Weighted.of(Arrays.asList("urgent", "high", "normal", "low", null), 5, 20, 40, 15, 20);
  private static final Weighted<String> CHANNELS =
      Weighted.of(List.of("email", "web", "chat", "api", "voice", "mobile", "twitter"),
          38, 24, 15, 8, 7, 5, 3);
  private static final Weighted<Integer> TURNS =
      Weighted.of(List.of(1, 2, 3, 4, 5, 6, 7, 8), 8, 24, 10, 22, 8, 14, 6, 8);
  private static final String[] BAD_REASONS = {
    "The issue took too long to resolve",
    "The issue was not resolved",
    "The agent's knowledge is unsatisfactory",
    "No reason provided"
  };

  private final Random random;
  private final Instant base;
  private final Map<String, Group> groupsByName;
  private final Map<Long, List<User>> staffByGroup;
  private long nextCommentId = 39_000_000_000_001L;
  private long nextRatingId = 360_000_500_001L;

  ConversationSimulator(
      Random random, Instant base, Map<String, Group> groupsByName, Map<Long, List<User>> staffByGroup) {
    this.random = random;
    this.base = base;
    this.groupsByName = groupsByName;
    this.staffByGroup = staffByGroup;
  }

  Ticket simulate(long ticketId, Instant createdAt, User requester, Language language) {
    return new Run(ticketId, createdAt, requester, language).play();
  }

  /** The mutable state of one ticket while its story is told. */
  private final class Run {
    final long ticketId;
    final Instant createdAt;
    final User requester;
    final Language language;
    final Phrasebook.Texts texts;
    final Topic topic;
    final Group group;
    final String priority = PRIORITIES.draw(random);
    final String channel = CHANNELS.draw(random);
    final List<Comment> comments = new ArrayList<>();
    final List<StatusChange> changes = new ArrayList<>();
    String status = "new";
    User agent;
    Long groupId;
    Instant lastSolvedAt;
    SatisfactionRating rating;

    Run(long ticketId, Instant createdAt, User requester, Language language) {
      this.ticketId = ticketId;
      this.createdAt = createdAt;
      this.requester = requester;
      this.language = language;
      this.texts = Phrasebook.of(language);
      this.topic = Topic.values()[random.nextInt(Topic.values().length)];
      this.group = groupsByName.get(topic.groupName);
    }

    Ticket play() {
      String[] opening = texts.openings().get(topic);
      customerOpening(opening[1]);
      if (random.nextDouble() < 0.12) {
        awaitingFirstReply();
      } else {
        converse(TURNS.draw(random));
      }
      autoClose();
      maybeRate();
      if (random.nextDouble() < 0.015) {
        moveTo(min(lastActivity().plus(Duration.ofHours(2)), base), "deleted");
      }
      return new Ticket(ticketId, opening[0], random.nextDouble() < 0.7 ? topic.ticketType : null,
          status, priority, channel, language.tag, requester.id(),
          agent == null ? null : agent.id(), groupId, requester.organizationId(), tags(),
          customFields(), createdAt, lastActivity(), comments, changes, rating);
    }

    private void customerOpening(String text) {
      boolean html = "email".equals(channel) && random.nextDouble() < 0.35;
      String signature = requester.name();
      if (html) {
        String order = "#A-" + (10000 + random.nextInt(90000));
        String plain = text + "\n\nOrder: " + order + "\n\n--\n" + signature;
        String markup = "<p>" + Html.escape(text) + "</p>\n<p><strong>Order:</strong> " + order
            + "</p>\n<p>--<br>" + Html.escape(signature) + "</p>";
        add(requester, plain, markup, true, channel, createdAt);
      } else {
        add(requester, text, null, true, channel, createdAt);
      }
    }

    /** Some tickets have had no agent reply yet: maybe triaged, maybe the customer chased. */
    private void awaitingFirstReply() {
      if (random.nextDouble() < 0.7) {
        groupId = group.id();
      }
      Instant triaged = createdAt.plus(ArrivalTimes.minutesBetween(random, 3, 90));
      if (groupId != null && random.nextDouble() < 0.5 && triaged.isBefore(base)) {
        agent = pickStaff();
        moveTo(triaged, "open");
      }
      Instant chase = createdAt.plus(ArrivalTimes.customerDelay(random));
      if (random.nextDouble() < 0.35 && chase.isBefore(base)) {
        add(requester, texts.followUp(), null, true, followUpChannel(), chase);
      }
    }

    /** Plays up to {@code turns} comments (internal notes included), agent and customer in turn. */
    private void converse(int turns) {
      Instant t = createdAt;
      boolean agentTurn = true;
      boolean firstReply = true;
      while (comments.size() < turns) {
        if (agentTurn) {
          Instant at = t.plus(ArrivalTimes.agentDelay(random, priority));
          if (!at.isBefore(base)) {
            return;
          }
          agentReply(at, firstReply, turns, t);
          firstReply = false;
          t = at;
        } else {
          Instant at = t.plus(ArrivalTimes.customerDelay(random));
          if (!at.isBefore(base)) {
            return;
          }
          String text = random.nextBoolean() ? texts.moreInfo() : texts.followUp();
          add(requester, text, null, true, followUpChannel(), at);
          moveTo(at, "open");
          t = at;
        }
        agentTurn = !agentTurn;
      }
    }

    private void agentReply(Instant at, boolean first, int turns, Instant previous) {
      if (agent == null) {
        agent = pickStaff();
        groupId = group.id();
      }
      if (comments.size() <= turns - 2 && random.nextDouble() < 0.2) {
        User noteAuthor = random.nextBoolean() ? agent : pickStaff();
        Instant noteAt = max(previous.plusSeconds(30), at.minus(ArrivalTimes.minutesBetween(random, 1, 20)));
        String note = Phrasebook.INTERNAL_NOTES.get(random.nextInt(Phrasebook.INTERNAL_NOTES.size()));
        add(noteAuthor, note, null, false, "web", noteAt);
      }
      boolean last = comments.size() == turns - 1;
      boolean resolves = last && random.nextDouble() < 0.8;
      String template = resolves ? texts.agentResolved() : first ? texts.agentAsk() : texts.agentWorking();
      String text = template.replace("{name}", greeting(requester)).replace("{agent}", greeting(agent));
      String markup = random.nextDouble() < 0.2 ? "<p>" + Html.escape(text) + "</p>" : null;
      add(agent, text, markup, true, "web", at);
      if (resolves) {
        moveTo(at, "solved");
        lastSolvedAt = at;
      } else {
        double roll = random.nextDouble();
        moveTo(at, roll < 0.8 ? "pending" : roll < 0.9 ? "open" : "hold");
      }
    }

    /** Zendesk's default automation closes tickets four days after they were solved. */
    private void autoClose() {
      if ("solved".equals(status)) {
        Instant closeAt = lastSolvedAt.plus(Duration.ofDays(4));
        if (closeAt.isBefore(base) && random.nextDouble() < 0.9) {
          moveTo(closeAt, "closed");
        }
      }
    }

    private void maybeRate() {
      if (lastSolvedAt == null || !("solved".equals(status) || "closed".equals(status))
          || random.nextDouble() >= 0.42) {
        return;
      }
      Instant at = lastSolvedAt.plus(ArrivalTimes.minutesBetween(random, 30, 36 * 60));
      if (!at.isBefore(base)) {
        return;
      }
      boolean good = random.nextDouble() < 0.75;
      boolean withComment = random.nextDouble() < 0.45;
      String comment = withComment ? (good ? texts.csatGood() : texts.csatBad()) : "";
      String reason = good ? "No reason provided" : BAD_REASONS[random.nextInt(BAD_REASONS.length)];
      rating = new SatisfactionRating(nextRatingId++, ticketId, requester.id(),
          agent == null ? null : agent.id(), groupId, good ? "good" : "bad", comment, reason, at, at);
    }

    private List<String> tags() {
      List<String> tags = new ArrayList<>(topic.tags);
      tags.add("lang_" + language.tag.substring(0, 2));
      if (random.nextDouble() < 0.08) {
        tags.add("vip");
      }
      if ("chat".equals(channel)) {
        tags.add("chat_transcript");
      }
      return tags;
    }

    private Map<Long, Object> customFields() {
      Map<Long, Object> fields = new LinkedHashMap<>();
      fields.put(CustomField.FIRST_REPLY_MINUTES_ID, null);
      fields.put(CustomField.SHIFTLEAD_STATUS_ID, null);
      fields.put(CustomField.PRODUCT_ID, random.nextDouble() < 0.85
          ? CustomField.PRODUCTS.get(random.nextInt(CustomField.PRODUCTS.size()))
          : null);
      return fields;
    }

    private void add(User author, String body, String html, boolean isPublic, String via, Instant at) {
      comments.add(new Comment(nextCommentId++, author.id(), body, html, isPublic, via, at));
    }

    private void moveTo(Instant at, String next) {
      if (!next.equals(status)) {
        changes.add(new StatusChange(at, status, next));
        status = next;
      }
    }

    private Instant lastActivity() {
      Instant last = createdAt;
      for (Comment c : comments) {
        last = max(last, c.createdAt());
      }
      for (StatusChange c : changes) {
        last = max(last, c.at());
      }
      return rating == null ? last : max(last, rating.updatedAt());
    }

    private String followUpChannel() {
      return "email".equals(channel) || "chat".equals(channel) ? channel : "web";
    }

    private User pickStaff() {
      List<User> staff = staffByGroup.get(group.id());
      return staff.get(random.nextInt(staff.size()));
    }
  }

  /** The first word of a display name: the given name, or the family name for Japanese names. */
  private static String greeting(User user) {
    return user.name().split(" ")[0];
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
