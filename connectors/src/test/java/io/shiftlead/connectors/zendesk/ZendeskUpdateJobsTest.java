package io.shiftlead.connectors.zendesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.shiftlead.connectors.spi.ConnectorSettings;
import io.shiftlead.connectors.spi.model.InternalNote;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import io.shiftlead.testfixtures.generator.CustomField;
import io.shiftlead.testfixtures.sandbox.SandboxHelpdesk;
import io.shiftlead.testfixtures.sandbox.SandboxOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Write-backs keep several update_many jobs in flight and wait for them together. */
class ZendeskUpdateJobsTest {

  @Test
  void threeJobsQueuedTogetherAreAwaitedInOnePollRoundAndEveryTicketIsWrittenOnce()
      throws Exception {
    try (SandboxHelpdesk sandbox = SandboxHelpdesk.start(
        SandboxOptions.defaults().withTicketCount(700))) {
      List<Duration> waits = new ArrayList<>();
      List<TicketUpdate> updates = notesFor(sandbox, 250);
      long pollsBefore;
      List<UpdateResult> results;
      try (ZendeskConnector connector = new ZendeskConnectorFactory().create(
          settings(sandbox, "3"), Clock.systemUTC(), waits::add)) {
        assertThat(connector.capabilities().batchesInFlight()).isEqualTo(3);
        pollsBefore = sandbox.requestsServed();
        results = connector.applyBatch(updates);
      }

      assertThat(results).allMatch(UpdateResult::succeeded).hasSize(250);
      assertThat(waits).as("one wait for all three jobs").containsExactly(Duration.ofSeconds(1));
      // three update_many calls and one show_many poll
      assertThat(sandbox.requestsServed() - pollsBefore).isEqualTo(4);
      for (TicketUpdate update : updates) {
        long id = Long.parseLong(update.ticketId());
        assertThat(sandbox.comments(id).stream()
            .filter(c -> c.body().contains(update.note().marker())).count())
            .as("notes on ticket %d", id).isEqualTo(1);
        assertThat(sandbox.ticket(id).customField(CustomField.SHIFTLEAD_STATUS_ID))
            .isEqualTo("at_risk");
      }
    }
  }

  @Test
  void oneJobAtATimeWaitsOncePerJob() throws Exception {
    try (SandboxHelpdesk sandbox = SandboxHelpdesk.start(
        SandboxOptions.defaults().withTicketCount(700))) {
      List<Duration> waits = new ArrayList<>();
      try (ZendeskConnector connector = new ZendeskConnectorFactory().create(
          settings(sandbox, "1"), Clock.systemUTC(), waits::add)) {
        assertThat(connector.applyBatch(notesFor(sandbox, 250)))
            .allMatch(UpdateResult::succeeded);
      }
      assertThat(waits).hasSize(3);
    }
  }

  @Test
  void whenALaterJobCannotBeQueuedTheQueuedOneIsStillAwaitedAndOnlyTheRestFail() throws Exception {
    try (ZendeskWireMockFixture fixture = new ZendeskWireMockFixture()) {
      fixture.server().stubFor(put(urlPathEqualTo("/api/v2/tickets/update_many.json"))
          .inScenario("queue").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("full")
          .atPriority(1)
          .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
              .withBody("{\"job_status\":{\"id\":\"job-a\",\"status\":\"queued\",\"total\":100,"
                  + "\"progress\":0,\"message\":null,\"results\":null}}")));
      fixture.server().stubFor(put(urlPathEqualTo("/api/v2/tickets/update_many.json"))
          .inScenario("queue").whenScenarioStateIs("full").atPriority(1)
          .willReturn(aResponse().withStatus(503).withBody("{\"error\":\"busy\"}")));
      fixture.server().stubFor(get(urlPathEqualTo("/api/v2/job_statuses/job-a.json"))
          .atPriority(1)
          .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
              .withBody("{\"job_status\":{\"id\":\"job-a\",\"status\":\"completed\",\"total\":100,"
                  + "\"progress\":100,\"message\":\"Completed\",\"results\":[]}}")));
      List<TicketUpdate> updates = new ArrayList<>();
      for (int i = 0; i < 150; i++) {
        updates.add(new TicketUpdate(String.valueOf(50_000 + i), null, Set.of("x"), null, null,
            null, null, null, false));
      }
      List<UpdateResult> results;
      try (ZendeskConnector connector = fixture.with(ZendeskSettings.UPDATE_JOBS_IN_FLIGHT, "2")
          .with(ZendeskSettings.MAX_RETRIES, "0").connector()) {
        results = connector.applyBatch(updates);
      }

      assertThat(results.subList(0, 100)).allMatch(UpdateResult::succeeded);
      assertThat(results.subList(100, 150)).noneMatch(UpdateResult::succeeded)
          .allMatch(r -> r.error().isRetriable());
      fixture.server().verify(2, putRequestedFor(urlPathEqualTo("/api/v2/tickets/update_many.json")));
      fixture.server().verify(1, getRequestedFor(urlPathMatching("/api/v2/job_statuses/.*")));
    }
  }

  @Test
  void aJobStillRunningWhenTheWaitEndsIsUnknownAndItsTicketIsNotSentAgainUntilItFinishes()
      throws Exception {
    try (ZendeskWireMockFixture fixture = new ZendeskWireMockFixture()) {
      fixture.server().stubFor(put(urlPathEqualTo("/api/v2/tickets/update_many.json"))
          .atPriority(1)
          .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
              .withBody("{\"job_status\":{\"id\":\"job-slow\",\"status\":\"queued\","
                  + "\"total\":1,\"progress\":0,\"message\":null,\"results\":null}}")));
      fixture.server().stubFor(get(urlPathEqualTo("/api/v2/job_statuses/job-slow.json"))
          .inScenario("slow").whenScenarioStateIs(Scenario.STARTED).atPriority(1)
          .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
              .withBody("{\"job_status\":{\"id\":\"job-slow\",\"status\":\"working\","
                  + "\"total\":1,\"progress\":0,\"message\":null,\"results\":null}}")));
      fixture.server().stubFor(get(urlPathEqualTo("/api/v2/job_statuses/job-slow.json"))
          .inScenario("slow").whenScenarioStateIs("done").atPriority(1)
          .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
              .withBody("{\"job_status\":{\"id\":\"job-slow\",\"status\":\"completed\","
                  + "\"total\":1,\"progress\":1,\"message\":\"Completed\",\"results\":[]}}")));
      TicketUpdate update = new TicketUpdate("50001", null, Set.of("x"), null, null, null, null,
          null, false);
      try (ZendeskConnector connector = fixture.with(ZendeskSettings.MAX_RETRY_WAIT_SECONDS, "1")
          .connector()) {
        UpdateResult first = connector.applyBatch(List.of(update)).get(0);
        UpdateResult whileRunning = connector.applyBatch(List.of(update)).get(0);
        fixture.server().setScenarioState("slow", "done");
        UpdateResult afterwards = connector.applyBatch(List.of(update)).get(0);

        assertThat(first.succeeded()).isFalse();
        assertThat(first.error().isRetriable()).isTrue();
        assertThat(first.error()).hasMessageContaining("outcome is unknown");
        assertThat(whileRunning.succeeded()).isFalse();
        assertThat(whileRunning.error()).hasMessageContaining("not sent again until it has");
        assertThat(afterwards.succeeded()).isTrue();
      }
      fixture.server().verify(2, putRequestedFor(urlPathEqualTo("/api/v2/tickets/update_many.json")));
    }
  }

  private static List<TicketUpdate> notesFor(SandboxHelpdesk sandbox, int count) {
    List<TicketUpdate> updates = new ArrayList<>();
    for (long id : sandbox.ticketIds()) {
      String status = sandbox.ticket(id).status();
      if (updates.size() < count && !Set.of("closed", "deleted").contains(status)) {
        updates.add(new TicketUpdate(String.valueOf(id), Map.of("shiftlead_status", "at_risk"),
            null, null, null, null, null, new InternalNote("At risk", "jobs-" + id), false));
      }
    }
    assertThat(updates).hasSize(count);
    return updates;
  }

  private static ConnectorSettings settings(SandboxHelpdesk sandbox, String jobsInFlight) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(ZendeskSettings.BASE_URL, sandbox.baseUrl());
    values.put(ZendeskSettings.EMAIL, sandbox.options().email());
    values.put(ZendeskSettings.API_TOKEN, sandbox.options().apiToken());
    values.put(ZendeskSettings.CUSTOM_FIELDS, "shiftlead_status:" + CustomField.SHIFTLEAD_STATUS_ID);
    values.put(ZendeskSettings.UPDATE_JOBS_IN_FLIGHT, jobsInFlight);
    values.put(ZendeskSettings.REQUESTS_PER_MINUTE, "100000");
    return new ConnectorSettings("sandbox", values);
  }
}
