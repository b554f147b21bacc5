package io.shiftlead.testfixtures.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DatasetGeneratorTest {

  private static final Dataset DATASET = DatasetGenerator.generate(42, 500);

  @Test
  void sameSeedAndCountGiveAnIdenticalDataset() {
    Dataset again = DatasetGenerator.generate(42, 500);

    assertThat(again).isEqualTo(DATASET);
    assertThat(JsonlWriter.toJsonl(again)).isEqualTo(JsonlWriter.toJsonl(DATASET));
  }

  @Test
  void differentSeedsGiveDifferentDatasets() {
    assertThat(DatasetGenerator.generate(43, 500).tickets()).isNotEqualTo(DATASET.tickets());
  }

  @Test
  void peopleAreEightStaffInThreeGroupsAndThreeHundredCustomersInTwentyOrganizations() {
    List<User> staff = DATASET.users().stream().filter(u -> u.groupId() != null).collect(Collectors.toList());
    assertThat(staff).hasSize(8).allMatch(u -> u.role().isStaff());
    assertThat(staff).anyMatch(u -> u.role() == Role.ADMIN);
    assertThat(DATASET.groups()).extracting(Group::name).containsExactly("Billing", "Technical", "Accounts");
    assertThat(DATASET.usersWithRole(Role.END_USER)).hasSize(300);
    assertThat(DATASET.organizations()).hasSize(20);
    assertThat(DATASET.apiUser().role()).isEqualTo(Role.ADMIN);
    assertThat(DATASET.usersWithRole(Role.END_USER).stream().map(User::locale).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("en-US", "de", "pt-BR", "es", "fr", "ja");
  }

  @Test
  void ticketsCoverEveryStatusPriorityAndSeveralChannels() {
    List<Ticket> tickets = DATASET.tickets();
    assertThat(tickets).hasSize(500);
    assertThat(tickets.stream().map(Ticket::status).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("new", "open", "pending", "hold", "solved", "closed", "deleted");
    assertThat(tickets.stream().filter(t -> "deleted".equals(t.status())).count()).isBetween(1L, 25L);
    assertThat(tickets.stream().map(Ticket::priority).collect(Collectors.toList()))
        .contains("urgent", "high", "normal", "low", null);
    assertThat(tickets.stream().map(Ticket::channel).collect(Collectors.toSet()))
        .contains("email", "web", "chat", "api", "voice");
    assertThat(tickets).anyMatch(t -> t.assigneeId() == null);
    assertThat(tickets).anyMatch(t -> t.customFields().get(CustomField.PRODUCT_ID) != null);
    assertThat(tickets).allMatch(t -> !t.tags().isEmpty());
  }

  @Test
  void conversationsAlternateWithNotesHtmlAndSomeUnanswered() {
    Map<Long, User> users = DATASET.usersById();
    List<Ticket> tickets = DATASET.tickets();
    assertThat(tickets).allMatch(t -> t.comments().size() >= 1 && t.comments().size() <= 8);
    assertThat(tickets).allMatch(t -> !users.get(t.comments().get(0).authorId()).role().isStaff());
    assertThat(tickets).anyMatch(t -> t.comments().size() >= 6);
    assertThat(tickets.stream().flatMap(t -> t.comments().stream()).filter(c -> !c.isPublic()))
        .isNotEmpty()
        .allMatch(c -> users.get(c.authorId()).role().isStaff());
    long unanswered = tickets.stream()
        .filter(t -> t.comments().stream().noneMatch(c -> c.isPublic() && users.get(c.authorId()).role().isStaff()))
        .count();
    assertThat(unanswered).isBetween(25L, 200L);
    assertThat(tickets.stream().flatMap(t -> t.comments().stream()).filter(c -> c.htmlBody() != null))
        .isNotEmpty()
        .allMatch(c -> c.htmlBody().contains("<p>") && !c.body().contains("<p>"));
    assertThat(tickets).allMatch(t -> isChronological(t.comments()));
  }

  @Test
  void textsAreMultilingualWithNonAsciiCharacters() {
    Set<String> languages = DATASET.tickets().stream().map(Ticket::language).collect(Collectors.toSet());
    assertThat(languages).containsExactlyInAnyOrder("en-US", "de", "pt-BR", "es", "fr", "ja");
    assertThat(DATASET.tickets()).anyMatch(t -> t.subject().chars().anyMatch(ch -> ch > 0x3000));
    assertThat(DATASET.tickets()).anyMatch(t -> t.subject().matches(".*[äöüßçãéèñ].*"));
  }

  @Test
  void arrivalsSpreadOverNinetyDaysInAndOutOfBusinessHours() {
    Instant base = DatasetGenerator.DEFAULT_BASE_INSTANT;
    List<Instant> created = DATASET.tickets().stream().map(Ticket::createdAt).collect(Collectors.toList());
    assertThat(created).allMatch(at -> at.isBefore(base) && !at.isBefore(base.minus(Duration.ofDays(90))));
    assertThat(created).anyMatch(at -> at.isBefore(base.minus(Duration.ofDays(80))));
    assertThat(created).anyMatch(at -> at.isAfter(base.minus(Duration.ofDays(10))));
    assertThat(DATASET.tickets()).allMatch(t -> !t.updatedAt().isAfter(base));
    long nightOrWeekendUtc = created.stream()
        .map(at -> at.atOffset(ZoneOffset.UTC))
        .filter(t -> t.getHour() < 6 || t.getDayOfWeek().getValue() >= 6)
        .count();
    assertThat(nightOrWeekendUtc).isBetween(30L, 300L);
    assertThat(DATASET.tickets()).extracting(Ticket::id).isSorted();
  }

  @Test
  void aboutFortyPercentOfSolvedTicketsAreRatedSomeBadSomeWithComments() {
    List<Ticket> solved = DATASET.tickets().stream()
        .filter(t -> Set.of("solved", "closed").contains(t.status()))
        .collect(Collectors.toList());
    long rated = solved.stream().filter(t -> t.satisfactionRating() != null).count();
    assertThat((double) rated / solved.size()).isBetween(0.28, 0.52);
    List<SatisfactionRating> ratings = DATASET.satisfactionRatings();
    assertThat(ratings).allMatch(r -> Set.of("good", "bad").contains(r.score()));
    assertThat(ratings).anyMatch(r -> "bad".equals(r.score()));
    assertThat(ratings).anyMatch(r -> !r.comment().isEmpty());
    assertThat(ratings).anyMatch(r -> r.comment().isEmpty());
  }

  private static boolean isChronological(List<Comment> comments) {
    for (int i = 1; i < comments.size(); i++) {
      if (comments.get(i).createdAt().isBefore(comments.get(i - 1).createdAt())) {
        return false;
      }
    }
    return true;
  }
}
