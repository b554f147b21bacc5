package io.shiftlead.connectors.freshdesk;

import io.shiftlead.connectors.support.Sleeper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.retry.Retry;
import io.shiftlead.connectors.freshdesk.http.BasicAuthInterceptor;
import io.shiftlead.connectors.freshdesk.http.RateLimitHeaderInterceptor;
import io.shiftlead.connectors.freshdesk.http.RedactingLoggingInterceptor;
import io.shiftlead.connectors.freshdesk.http.UserAgentInterceptor;
import io.shiftlead.connectors.freshdesk.wire.FreshdeskJson;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.error.RateLimitedException;
import io.shiftlead.connectors.spi.error.TransientException;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The HTTP transport of one Freshdesk account: builds URLs, runs each call through the rate limiters,
 * circuit breaker and retry, maps failures with {@link FreshdeskErrors}, decodes JSON and reads the
 * {@code Link} header of list responses. The per-resource classes in {@code api/} use it.
 */
public final class FreshdeskClient implements AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  /** One base client per adapter type; tenants get variants through newBuilder() (style rule 9). */
  private static final OkHttpClient BASE =
      new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  private final HttpUrl baseUrl;
  private final OkHttpClient http;
  private final FreshdeskResilience resilience;
  private final RateLimitHeaderInterceptor rateLimitHeaders = new RateLimitHeaderInterceptor();
  private final ObjectMapper mapper = FreshdeskJson.mapper();

  public FreshdeskClient(FreshdeskSettings settings, Sleeper sleeper) {
    this.baseUrl = HttpUrl.parse(settings.baseUrl());
    if (baseUrl == null) {
      throw new IllegalArgumentException("connector '" + settings.tenant() + "': setting "
          + FreshdeskSettings.BASE_URL + " is not a URL");
    }
    Duration timeout = settings.callTimeout();
    this.http = BASE.newBuilder()
        .connectionPool(new ConnectionPool())
        .connectTimeout(Duration.ofSeconds(Math.min(10, timeout.toSeconds())))
        .readTimeout(timeout)
        .writeTimeout(timeout)
        .callTimeout(timeout)
        .addInterceptor(new BasicAuthInterceptor(settings.apiKey()))
        .addInterceptor(new UserAgentInterceptor())
        .addInterceptor(new RedactingLoggingInterceptor(settings.tenant()))
        .addNetworkInterceptor(rateLimitHeaders)
        .build();
    this.resilience = new FreshdeskResilience(settings, sleeper);
  }

  /** {@code baseUrl + "/" + path}, e.g. {@code api/v2/tickets/1}. */
  public HttpUrl.Builder url(String path) {
    return baseUrl.newBuilder().addPathSegments(path);
  }

  public <T> T get(String what, HttpUrl url, Class<T> type) throws ConnectorException {
    return call(what, new Request.Builder().url(url).get().build(), type, false, true).body();
  }

  /**
   * A GET of a list endpoint (a bare JSON array).
   *
   * @param ticketList true for {@code GET /api/v2/tickets}, which also takes a permit of the
   *     "Tickets List" limiter
   */
  public <T> Listing<T> list(String what, HttpUrl url, Class<T[]> type, boolean ticketList)
      throws ConnectorException {
    Exchange<T[]> exchange =
        call(what, new Request.Builder().url(url).get().build(), type, ticketList, true);
    return new Listing<>(Arrays.asList(exchange.body()), LinkHeader.next(exchange.link()));
  }

  public <T> T put(String what, HttpUrl url, Object body, Class<T> type) throws ConnectorException {
    return call(what, new Request.Builder().url(url).put(json(what, body)).build(), type, false, true)
        .body();
  }

  /**
   * A POST that creates something (a note), so is not idempotent: only a 429 is retried here; a
   * transient failure has an unknown outcome and is thrown for the caller to retry with a recheck.
   */
  public <T> T postOnce(String what, HttpUrl url, Object body, Class<T> type) throws ConnectorException {
    return call(what, new Request.Builder().url(url).post(json(what, body)).build(), type, false, false)
        .body();
  }

  /** The last {@code X-RateLimit-Remaining} seen, or -1. */
  public int rateLimitRemaining() {
    return rateLimitHeaders.remaining();
  }

  /** The last {@code X-RateLimit-Total} seen, or -1. */
  public int rateLimitTotal() {
    return rateLimitHeaders.total();
  }

  String policyName() {
    return resilience.name;
  }

  private RequestBody json(String what, Object body) throws ConnectorException {
    try {
      return RequestBody.create(mapper.writeValueAsBytes(body), JSON);
    } catch (JsonProcessingException e) {
      throw new PermanentException("cannot encode the body of " + what, e);
    }
  }

  private <T> Exchange<T> call(String what, Request request, Class<T> type, boolean ticketList,
      boolean idempotent) throws ConnectorException {
    CheckedSupplier<Exchange<T>> attempt = () -> {
      if (ticketList) {
        acquire(resilience.lists, what);
      }
      acquire(resilience.requests, what);
      return exchange(what, request, type);
    };
    Retry retry = idempotent ? resilience.retry : resilience.retryRateLimitOnly;
    CheckedSupplier<Exchange<T>> guarded = Retry.decorateCheckedSupplier(retry,
        CircuitBreaker.decorateCheckedSupplier(resilience.breaker, attempt));
    try {
      return guarded.get();
    } catch (ConnectorException e) {
      throw e;
    } catch (CallNotPermittedException e) {
      throw new TransientException("Freshdesk circuit " + resilience.name + " is open; " + what
          + " not sent", e);
    } catch (Throwable unexpected) {
      throw new TransientException("Freshdesk " + what + " failed unexpectedly: " + unexpected,
          unexpected);
    }
  }

  private static void acquire(RateLimiter limiter, String what) throws RateLimitedException {
    if (!limiter.acquirePermission()) {
      throw new RateLimitedException("local rate limit " + limiter.getName() + " exhausted before "
          + what, limiter.getRateLimiterConfig().getLimitRefreshPeriod());
    }
  }

  private <T> Exchange<T> exchange(String what, Request request, Class<T> type)
      throws ConnectorException {
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = response.body();
      String text = body == null ? "" : body.string();
      if (!response.isSuccessful()) {
        throw FreshdeskErrors.fromStatus(response.code(), what, response.header("Retry-After"), text);
      }
      if (text.isBlank()) {
        throw new TransientException("Freshdesk " + what + " returned an empty body");
      }
      T value = mapper.readValue(text, type);
      if (value == null) {
        throw new TransientException("Freshdesk " + what + " returned JSON null");
      }
      return new Exchange<>(value, response.header("Link"));
    } catch (JsonProcessingException e) {
      throw FreshdeskErrors.fromJson(what, e);
    } catch (IOException e) {
      throw FreshdeskErrors.fromIo(what, e);
    }
  }

  @Override
  public void close() {
    http.connectionPool().evictAll();
  }

  private record Exchange<T>(T body, String link) {}
}
