package io.shiftlead.connectors.fuzz;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.contract.HelpdeskFixture;
import io.shiftlead.connectors.freshdesk.FreshdeskWebhookVerifier;
import io.shiftlead.connectors.freshdesk.FreshdeskWireMockFixture;
import io.shiftlead.connectors.jsm.JsmWebhookVerifier;
import io.shiftlead.connectors.jsm.JsmWireMockFixture;
import io.shiftlead.connectors.rt.RtWireMockFixture;
import io.shiftlead.connectors.spi.Cursor;
import io.shiftlead.connectors.spi.HelpdeskConnector;
import io.shiftlead.connectors.spi.WebhookHandler;
import io.shiftlead.connectors.spi.WebhookRejectedException;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.zammad.ZammadWebhookVerifier;
import io.shiftlead.connectors.zammad.ZammadWireMockFixture;
import io.shiftlead.connectors.zendesk.ZendeskWebhookVerifier;
import io.shiftlead.connectors.zendesk.ZendeskWireMockFixture;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzz tests of every adapter's parsers: whatever a webhook delivery or an API page holds, the
 * only exceptions that leave an adapter are the SPI's typed ones ({@link WebhookRejectedException}
 * with a 4xx, {@link ConnectorException}), never a RuntimeException that would become a 500 or
 * kill a worker.
 */
class ParserFuzzTest {
  private static final String SECRET = "sl-test-secret-FUZZ-webhook-91d4e0";
  private static final Instant NOW = Instant.parse("2024-05-01T10:05:30Z");
  private static final List<WebhookHandler> HANDLERS = List.of(
      new ZendeskWebhookVerifier(SECRET, Duration.ofMinutes(5)),
      new FreshdeskWebhookVerifier(SECRET, Duration.ofMinutes(5)),
      new ZammadWebhookVerifier(SECRET),
      new JsmWebhookVerifier(SECRET, Duration.ofMinutes(5), "SUP"));
  private static final List<String> SIGNATURE_HEADERS = List.of("x-zendesk-webhook-signature",
      "x-zendesk-webhook-signature-timestamp", "x-zendesk-webhook-invocation-id",
      "x-shiftlead-webhook-token", "x-shiftlead-webhook-timestamp", "x-hub-signature",
      "x-zammad-delivery", "x-atlassian-webhook-identifier", "x-atlassian-webhook-retry",
      "content-type");
  private static final UUID STUB = UUID.randomUUID();

  private static List<HelpdeskFixture> fixtures;

  @Provide
  Arbitrary<byte[]> bodies() {
    return JsonFuzz.bodies();
  }

  @Provide
  Arbitrary<Map<String, String>> headers() {
    return Arbitraries.strings().ofMaxLength(60).list().ofSize(SIGNATURE_HEADERS.size())
        .map(values -> {
          Map<String, String> headers = new LinkedHashMap<>();
          for (int i = 0; i < values.size(); i++) {
            headers.put(SIGNATURE_HEADERS.get(i), values.get(i));
          }
          return headers;
        });
  }

  @Property(tries = 300)
  void aWebhookBodyIsReadOrRejectedWith400NeverAnUncheckedException(@ForAll("bodies") byte[] body) {
    for (WebhookHandler handler : HANDLERS) {
      try {
        assertThat(handler.ticketIds(body)).doesNotContainNull();
      } catch (WebhookRejectedException e) {
        assertThat(e.status()).as(handler + ": " + e.getMessage()).isEqualTo(400);
        assertThat(e.getMessage()).isNotBlank().doesNotContain(SECRET);
      }
      handler.deliveryId(Map.of(), body); // may be null, must not throw
    }
  }

  @Property(tries = 200)
  void aWebhookWithAnyHeadersIsVerifiedOrRejectedWith4xx(@ForAll("headers") Map<String, String> headers,
      @ForAll("bodies") byte[] body) {
    for (WebhookHandler handler : HANDLERS) {
      try {
        handler.verify(headers, body, NOW);
      } catch (WebhookRejectedException e) {
        assertThat(e.status()).as(handler + ": " + e.getMessage()).isBetween(400, 499);
        assertThat(e.getMessage()).isNotBlank().doesNotContain(SECRET);
      }
      handler.deliveryId(headers, body);
    }
  }

  @Property(tries = 60)
  void anApiPageOrTicketWithAnyBodyIsReadOrFailsWithATypedError(@ForAll("bodies") byte[] body) {
    for (HelpdeskFixture fixture : fixtures()) {
      WireMockServer server = server(fixture);
      server.getStubMappings().stream().filter(m -> STUB.equals(m.getId())).toList()
          .forEach(server::removeStubMapping);
      server.stubFor(any(anyUrl()).withId(STUB).atPriority(1).willReturn(aResponse()
          .withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
      HelpdeskConnector connector = fixture.connector();
      expectReadOrTypedError(connector, c -> c.pullTickets(Cursor.BEGINNING));
      expectReadOrTypedError(connector, c -> c.fetchTicket("12"));
      if (connector.capabilities().surveys()) {
        expectReadOrTypedError(connector, c -> c.pullSurveys(Cursor.BEGINNING));
      }
    }
  }

  /** The bodies that once made JSM, RT and Zammad throw NullPointerExceptions. */
  @Example
  void aTicketWithoutKeyOrIdIsATypedErrorForEveryAdapter() {
    for (String body : List.of("{}", "{\"ticket\":{}}", "{\"assets\":{}}", "{\"fields\":{}}")) {
      anApiPageOrTicketWithAnyBodyIsReadOrFailsWithATypedError(JsonFuzz.utf8(body));
    }
  }

  private interface Call {
    Object run(HelpdeskConnector connector) throws ConnectorException;
  }

  private static void expectReadOrTypedError(HelpdeskConnector connector, Call call) {
    try {
      call.run(connector);
    } catch (ConnectorException typed) {
      assertThat(typed.getMessage()).isNotBlank();
    }
  }

  private static synchronized List<HelpdeskFixture> fixtures() {
    if (fixtures == null) {
      fixtures = List.of(new ZendeskWireMockFixture(), new FreshdeskWireMockFixture(),
          new ZammadWireMockFixture(), new JsmWireMockFixture(), new RtWireMockFixture());
    }
    return fixtures;
  }

  private static WireMockServer server(HelpdeskFixture fixture) {
    Function<HelpdeskFixture, WireMockServer> server = f -> {
      if (f instanceof ZendeskWireMockFixture z) {
        return z.server();
      } else if (f instanceof FreshdeskWireMockFixture fd) {
        return fd.server();
      } else if (f instanceof ZammadWireMockFixture zm) {
        return zm.server();
      } else if (f instanceof JsmWireMockFixture j) {
        return j.server();
      }
      return ((RtWireMockFixture) f).server();
    };
    return server.apply(fixture);
  }

  @AfterContainer
  static synchronized void closeFixtures() {
    if (fixtures != null) {
      fixtures.forEach(HelpdeskFixture::close);
      fixtures = null;
    }
  }
}
