package io.shiftlead.testfixtures.generator;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An immutable generated helpdesk: people, groups, tickets with conversations and ratings. */
public record Dataset(
    long seed,
    Instant baseInstant,
    List<Organization> organizations,
    List<Group> groups,
    List<User> users,
    List<Ticket> tickets,
    List<CustomField> ticketFields) {

  public Dataset {
    organizations = List.copyOf(organizations);
    groups = List.copyOf(groups);
    users = List.copyOf(users);
    tickets = List.copyOf(tickets);
    ticketFields = List.copyOf(ticketFields);
  }

  public Optional<User> user(long id) {
    return users.stream().filter(u -> u.id() == id).findFirst();
  }

  public Optional<Group> group(Long id) {
    return groups.stream().filter(g -> Objects.equals(g.id(), id)).findFirst();
  }

  public Optional<Organization> organization(Long id) {
    return organizations.stream().filter(o -> Objects.equals(o.id(), id)).findFirst();
  }

  /** Users by id, for callers that resolve many ids (the linear lookups above are for one-offs). */
  public Map<Long, User> usersById() {
    return users.stream().collect(Collectors.toMap(User::id, Function.identity()));
  }

  public List<User> usersWithRole(Role role) {
    return users.stream().filter(u -> u.role() == role).collect(Collectors.toList());
  }

  public List<SatisfactionRating> satisfactionRatings() {
    return tickets.stream()
        .map(Ticket::satisfactionRating)
        .filter(Objects::nonNull)
        .collect(Collectors.toList());
  }

  /** The admin the sandbox acts as when an API caller writes (the integration's own user). */
  public User apiUser() {
    return users.stream()
        .filter(u -> u.role() == Role.ADMIN && u.groupId() == null)
        .findFirst()
        .orElseThrow();
  }
}
