package io.shiftlead.plugin.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.WebhookRejectedException;
import io.shiftlead.plugin.application.WebhookIntakeService;
import io.shiftlead.plugin.infrastructure.runtime.ConnectorWorker;
import io.shiftlead.plugin.infrastructure.store.Jdbc;
import io.shiftlead.plugin.infrastructure.store.JdbcWebhookInbox;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad webhook deliveries, correctly signed so that they reach the parser, through the intake and
 * the worker: each is refused with a clear 400 or accepted and ignored, and nothing else is
 * affected: the connector keeps syncing and a good delivery after them is processed.
 */
class WebhookBadInputTest {
  /** Distinctive, so the log check in scripts/run-tests finds it if anything ever logs it. */
  static final String WEBHOOK_SECRET = "sl-test-secret-FAULTSUITE-webhook-4b8e21";

  private FaultPipeline pipeline;
  private ConnectorWorker worker;
  private WebhookIntakeService intake;
  private JdbcWebhookInbox inbox;

  @BeforeEach
  void syncOnce() {
    pipeline = new FaultPipeline(120, 50).set("webhookSecret", WEBHOOK_SECRET);
    worker = pipeline.newWorker(pipeline.newSync());
    FaultPipeline.tickUntilIdle(worker, pipeline.clock, 60);
    inbox = new JdbcWebhookInbox(new Jdbc(pipeline.store), pipeline.clock);
    intake = new WebhookIntakeService(FaultPipeline.CONNECTOR,
        pipeline.lastConnector().webhooks().orElseThrow(), inbox, pipeline.clock);
  }

  @AfterEach
  void close() {
    pipeline.close();
  }

  /** "202 queued=N" or "STATUS message". */
  private String deliver(String body) {
    try {
      return "202 queued=" + intake.take(signed(body), body.getBytes(StandardCharsets.UTF_8))
          .ticketsQueued();
    } catch (WebhookRejectedException e) {
      assertThat(e.getMessage()).doesNotContain(WEBHOOK_SECRET);
      return e.status() + " " + e.getMessage();
    }
  }

  private Map<String, String> signed(String body) {
    String timestamp = pipeline.clock.instant().toString();
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
      String signature = Base64.getEncoder().encodeToString(
          mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
      return Map.of("x-zendesk-webhook-signature", signature,
          "x-zendesk-webhook-signature-timestamp", timestamp);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void badDeliveriesAreRefusedOrIgnoredAndTheConnectorKeepsWorking() {
    Map<String, String> answers = new LinkedHashMap<>();
    answers.put("not JSON", deliver("ticket 12 changed, please look"));
    answers.put("empty", deliver(""));
    answers.put("JSON array", deliver("[1,2,3]"));
    answers.put("deeply nested", deliver("[".repeat(100_000)));
    answers.put("unknown event", deliver(
        "{\"type\":\"zen:event-type:user.created\",\"detail\":{\"id\":\"5\"}}"));
    answers.put("id of the wrong type (object)", deliver("{\"ticket_id\":{\"id\":5}}"));
    answers.put("id of the wrong type (array)", deliver(
        "{\"type\":\"zen:event-type:ticket.comment_added\",\"detail\":{\"id\":[1,2]}}"));
    answers.put("id that is not a number", deliver("{\"ticket_id\":\"DROP TABLE\"}"));
    answers.put("id of no ticket", deliver("{\"ticket_id\":\"987654321\"}"));

    assertThat(answers.get("not JSON")).startsWith("400 ");
    assertThat(answers.get("empty")).startsWith("400 ");
    assertThat(answers.get("JSON array")).startsWith("400 ");
    assertThat(answers.get("deeply nested")).startsWith("400 ");
    assertThat(answers.get("unknown event")).isEqualTo("202 queued=0");
    assertThat(answers.get("id of the wrong type (object)")).isEqualTo("202 queued=0");
    assertThat(answers.get("id of the wrong type (array)")).isEqualTo("202 queued=0");
    assertThat(answers.get("id that is not a number")).satisfiesAnyOf(
        a -> assertThat(a).startsWith("400 "), a -> assertThat(a).isEqualTo("202 queued=1"));
    assertThat(answers.get("id of no ticket")).isEqualTo("202 queued=1");

    long ticket = pipeline.ticketsWithAnAgentReply().get(0);
    pipeline.sandbox.touch(ticket, "A new question");
    assertThat(deliver("{\"ticket_id\":\"" + ticket + "\"}")).isEqualTo("202 queued=1");
    pipeline.clock.advance(Duration.ofSeconds(1));
    worker.run();

    assertThat(worker.state()).isEqualTo("idle");
    assertThat(inbox.pending(FaultPipeline.CONNECTOR, 100)).as("inbox left over").isEmpty();
    assertThat(pipeline.outcome().lost()).isZero();
    assertThat(pipeline.outcome().duplicated()).isZero();
    answers.forEach((what, answer) -> System.out.println("WEBHOOK-BAD-INPUT " + what + " -> " + answer));
  }
}
