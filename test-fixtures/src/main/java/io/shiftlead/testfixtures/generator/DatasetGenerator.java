package io.shiftlead.testfixtures.generator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates a realistic helpdesk dataset from a seed: same seed and count, same dataset, byte for
 * byte. Shape: one integration admin, 8 staff in Billing / Technical / Accounts (one of them an
 * admin), 300 end users in 20 organizations writing in six languages, and {@code ticketCount}
 * tickets that arrived in the 90 days before the base instant.
 */
public final class DatasetGenerator {

  public static final Instant DEFAULT_BASE_INSTANT = Instant.parse("2026-11-01T00:00:00Z");
  public static final String API_USER_EMAIL = "shiftlead@helpdesk.example";

  static final int END_USERS = 300;
  static final int ORGANIZATIONS = 20;
  private static final List<String> GROUP_NAMES = List.of("Billing", "Technical", "Accounts");
  private static final int[] STAFF_PER_GROUP = {3, 3, 2};
  private static final long FIRST_TICKET_ID = 1001;

  private DatasetGenerator() {}

  public static Dataset generate(long seed, int ticketCount) {
    return generate(seed, ticketCount, DEFAULT_BASE_INSTANT);
  }

  public static Dataset generate(long seed, int ticketCount, Instant baseInstant) {
    if (ticketCount < 0) {
      throw new IllegalArgumentException("ticketCount must be >= 0");
    }
    Random random = new Random(seed);
    Weighted<Language> languages = Weighted.of(Arrays.asList(Language.values()),
        Arrays.stream(Language.values()).mapToInt(l -> l.weight).toArray());

    List<Organization> organizations = new ArrayList<>();
    for (int i = 0; i < ORGANIZATIONS; i++) {
      String name = NamePool.ORGANIZATIONS.get(i);
      organizations.add(new Organization(360_000_300_001L + i, name, NamePool.domainFor(i, name)));
    }
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < GROUP_NAMES.size(); i++) {
      groups.add(new Group(360_000_200_001L + i, GROUP_NAMES.get(i)));
    }

    List<User> users = new ArrayList<>();
    long nextUserId = 361_000_000_001L;
    users.add(new User(nextUserId++, "Shiftlead Integration", API_USER_EMAIL, Role.ADMIN, null,
        "en-US", null));
    Map<Long, List<User>> staffByGroup = new LinkedHashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      List<User> staff = new ArrayList<>();
      for (int s = 0; s < STAFF_PER_GROUP[g]; s++) {
        Language language = languages.draw(random);
        NamePool.PersonName name = NamePool.person(random, language);
        // The first Billing agent is the team lead, an admin who also answers tickets.
        Role role = g == 0 && s == 0 ? Role.ADMIN : Role.AGENT;
        User agent = new User(nextUserId++, name.display(),
            name.emailLocalPart() + "." + nextUserId % 1000 + "@helpdesk.example", role, null,
            language.tag, groups.get(g).id());
        staff.add(agent);
        users.add(agent);
      }
      staffByGroup.put(groups.get(g).id(), List.copyOf(staff));
    }

    List<User> endUsers = new ArrayList<>();
    List<Language> endUserLanguages = new ArrayList<>();
    for (int i = 0; i < END_USERS; i++) {
      Language language = languages.draw(random);
      NamePool.PersonName name = NamePool.person(random, language);
      Organization org = random.nextDouble() < 0.88
          ? organizations.get(skewedIndex(random, organizations.size()))
          : null;
      String domain = org == null ? "mail.example" : org.domain();
      User user = new User(nextUserId++, name.display(),
          name.emailLocalPart() + (i + 1) + "@" + domain, Role.END_USER,
          org == null ? null : org.id(), language.tag, null);
      endUsers.add(user);
      endUserLanguages.add(language);
    }
    users.addAll(endUsers);

    // Draw requester and arrival first, then number tickets in arrival order like a real helpdesk.
    List<Arrival> arrivals = new ArrayList<>();
    for (int i = 0; i < ticketCount; i++) {
      int who = skewedIndex(random, endUsers.size());
      Instant at = ArrivalTimes.arrival(random, baseInstant, endUserLanguages.get(who));
      arrivals.add(new Arrival(at, who, i));
    }
    arrivals.sort(Comparator.comparing(Arrival::at).thenComparing(Arrival::drawOrder));

    Map<String, Group> groupsByName = new LinkedHashMap<>();
    groups.forEach(g -> groupsByName.put(g.name(), g));
    ConversationSimulator simulator =
        new ConversationSimulator(random, baseInstant, groupsByName, staffByGroup);
    List<Ticket> tickets = new ArrayList<>();
    for (int i = 0; i < arrivals.size(); i++) {
      Arrival arrival = arrivals.get(i);
      tickets.add(simulator.simulate(FIRST_TICKET_ID + i, arrival.at(),
          endUsers.get(arrival.who()), endUserLanguages.get(arrival.who())));
    }
    return new Dataset(seed, baseInstant, organizations, groups, users, tickets,
        CustomField.standardFields());
  }

  /** Favours low indexes: a few organizations and customers account for much of the traffic. */
  private static int skewedIndex(Random random, int size) {
    return Math.min(size - 1, (int) (size * Math.pow(random.nextDouble(), 1.6)));
  }

  private record Arrival(Instant at, int who, int drawOrder) {}
}
