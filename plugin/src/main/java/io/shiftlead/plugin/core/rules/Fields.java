package io.shiftlead.plugin.core.rules;

import io.shiftlead.connectors.spi.model.Channel;
import io.shiftlead.connectors.spi.model.Person;
import io.shiftlead.connectors.spi.model.Priority;
import io.shiftlead.connectors.spi.model.TicketStatus;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The closed vocabulary of facts rules may test; {@code fields.<key>} reaches custom fields. */
public final class Fields {
  public static final String CUSTOM_PREFIX = "fields.";
  private static final Map<String, Field> STANDARD = new LinkedHashMap<>();

  static {
    // wire names looked up by ordinal: the enums' own wireName() lower-cases on every call
    List<String> statuses = wire(TicketStatus.values());
    List<String> priorities = wire(Priority.values());
    List<String> channels = wire(Channel.values());
    choice("status", statuses, f -> statuses.get(f.ticket().status().ordinal()));
    ordered("priority", priorities, f -> f.ticket().priority() == null ? null
        : priorities.get(f.ticket().priority().ordinal()));
    choice("channel", channels, f -> f.ticket().channel() == null ? null
        : channels.get(f.ticket().channel().ordinal()));
    add("group", FieldType.KEYWORD, f -> f.ticket().group());
    add("assignee", FieldType.KEYWORD, f -> person(f.ticket().assignee(), Person::id));
    add("tags", FieldType.SET, TicketFacts::tags);
    add("requester.id", FieldType.KEYWORD, f -> person(f.ticket().requester(), Person::id));
    add("requester.email", FieldType.KEYWORD, f -> person(f.ticket().requester(), Person::email));
    add("requester.organization", FieldType.KEYWORD,
        f -> person(f.ticket().requester(), Person::organization));
    add("requester.name", FieldType.TEXT, f -> person(f.ticket().requester(), Person::name));
    add("language", FieldType.KEYWORD, Fields::language);
    add("subject", FieldType.TEXT, f -> f.conversation().subject());
    add("body", FieldType.TEXT, f -> f.conversation().body());
    add("customer_replies_since_agent_reply", FieldType.NUMBER,
        f -> f.conversation().customerRepliesSinceAgentReply());
    add("times_reopened", FieldType.NUMBER, f -> f.conversation().timesReopened());
    add("comment_count", FieldType.NUMBER, f -> f.conversation().commentCount());
    add("age_hours", FieldType.NUMBER, f -> hours(f.ticket().createdAt(), f.at()));
    add("business_age_hours", FieldType.NUMBER, f -> f.businessTime()
        .between(f.ticket().createdAt(), f.at()).toSeconds() / 3600.0);
    add("hours_since_update", FieldType.NUMBER, f -> f.ticket().updatedAt() == null ? null
        : hours(f.ticket().updatedAt(), f.at()));
    add("hours_since_status_change", FieldType.NUMBER, Fields::hoursInStatus);
    choice("latest_csat", List.of("bad", "neutral", "good"),
        f -> f.conversation().latestCsat().map(Csat::rating).orElse(null));
    add("latest_csat_score", FieldType.NUMBER,
        f -> f.conversation().latestCsat().map(s -> s.score()).orElse(null));
    choice("weekday", wire(DayOfWeek.values()), f -> f.local().getDayOfWeek().name()
        .toLowerCase(Locale.ROOT));
    add("hour", FieldType.NUMBER, f -> f.local().getHour());
    add("within_business_hours", FieldType.BOOLEAN, f -> f.businessTime().isOpen(f.at()));
  }

  private Fields() {}

  /** The field a condition names, or empty when the name is not in the vocabulary. */
  public static Optional<Field> byName(String name) {
    if (name != null && name.startsWith(CUSTOM_PREFIX) && name.length() > CUSTOM_PREFIX.length()) {
      String key = name.substring(CUSTOM_PREFIX.length());
      return Optional.of(new Field(name, FieldType.ANY, List.of(),
          f -> f.ticket().fields().get(key)));
    }
    return Optional.ofNullable(STANDARD.get(name));
  }

  public static List<Field> standard() {
    return List.copyOf(STANDARD.values());
  }

  private static void add(String name, FieldType type, Function<TicketFacts, Object> getter) {
    STANDARD.put(name, new Field(name, type, List.of(), getter));
  }

  private static void choice(String name, List<String> values, Function<TicketFacts, Object> g) {
    STANDARD.put(name, new Field(name, FieldType.CHOICE, values, g));
  }

  private static void ordered(String name, List<String> values, Function<TicketFacts, Object> g) {
    STANDARD.put(name, new Field(name, FieldType.ORDERED_CHOICE, values, g));
  }

  private static List<String> wire(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
  }

  private static String person(Person person, Function<Person, String> part) {
    return person == null ? null : part.apply(person);
  }

  private static String language(TicketFacts facts) {
    String locale = person(facts.ticket().requester(), Person::locale);
    return locale == null || locale.isBlank() ? null
        : Locale.forLanguageTag(locale.replace('_', '-')).getLanguage();
  }

  private static double hours(Instant from, Instant to) {
    return Duration.between(from, to).toSeconds() / 3600.0;
  }

  private static Object hoursInStatus(TicketFacts facts) {
    Instant since = facts.ticket().statusChanges().stream().map(c -> c.at())
        .filter(at -> at != null && !at.isAfter(facts.at())).max(Instant::compareTo)
        .orElse(facts.ticket().createdAt());
    return hours(since, facts.at());
  }
}
