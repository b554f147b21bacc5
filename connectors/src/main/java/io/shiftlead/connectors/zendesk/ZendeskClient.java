package io.shiftlead.connectors.zendesk;

import io.shiftlead.connectors.support.Sleeper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.retry.Retry;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.error.RateLimitedException;
import io.shiftlead.connectors.spi.error.TransientException;
import io.shiftlead.connectors.zendesk.http.BasicAuthInterceptor;
import io.shiftlead.connectors.zendesk.http.RateLimitHeaderInterceptor;
import io.shiftlead.connectors.zendesk.http.RedactingLoggingInterceptor;
import io.shiftlead.connectors.zendesk.http.UserAgentInterceptor;
import io.shiftlead.connectors.zendesk.wire.ZendeskJson;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The HTTP transport of one Zendesk account: builds URLs, runs each call through the rate limiters,
 * circuit breaker and retry, maps failures with {@link ZendeskErrors} and decodes JSON. The
 * per-resource classes in {@code api/} use it; it knows no resource itself.
 */
public final class ZendeskClient implements AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  /** One base client per adapter type; tenants get variants through newBuilder() (style rule 9). */
  private static final OkHttpClient BASE = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  private final HttpUrl baseUrl;
  private final OkHttpClient http;
  private final ZendeskResilience resilience;
  private final RateLimitHeaderInterceptor rateLimitHeaders = new RateLimitHeaderInterceptor();
  private final ObjectMapper mapper = ZendeskJson.mapper();

  public ZendeskClient(ZendeskSettings settings, java.time.Clock clock, Sleeper sleeper) {
    this.baseUrl = HttpUrl.parse(settings.baseUrl());
    if (baseUrl == null) {
      throw new IllegalArgumentException("connector '" + settings.tenant() + "': setting "
          + ZendeskSettings.BASE_URL + " is not a URL");
    }
    Duration timeout = settings.callTimeout();
    this.http = BASE.newBuilder()
        .connectionPool(new ConnectionPool())
        .connectTimeout(Duration.ofSeconds(Math.min(10, timeout.toSeconds())))
        .readTimeout(timeout)
        .writeTimeout(timeout)
        .callTimeout(timeout)
        .addInterceptor(new BasicAuthInterceptor(settings.email(), settings.apiToken()))
        .addInterceptor(new UserAgentInterceptor())
        .addInterceptor(new RedactingLoggingInterceptor(settings.tenant()))
        .addNetworkInterceptor(rateLimitHeaders)
        .build();
    this.resilience = new ZendeskResilience(settings, clock, sleeper);
  }

  /** {@code baseUrl + "/" + path}, e.g. {@code api/v2/tickets/1.json}. */
  public HttpUrl.Builder url(String path) {
    return baseUrl.newBuilder().addPathSegments(path);
  }

  public <T> T get(String what, HttpUrl url, Class<T> type) throws ConnectorException {
    return call(what, new Request.Builder().url(url).get().build(), type, false, false, resilience.retry)
        .orElseThrow();
  }

  /** A GET of the incremental export, which also takes a permit of the export limiter. */
  public <T> T getExport(String what, HttpUrl url, Class<T> type) throws ConnectorException {
    return call(what, new Request.Builder().url(url).get().build(), type, true, false, resilience.retry)
        .orElseThrow();
  }

  public <T> T put(String what, HttpUrl url, Object body, Class<T> type) throws ConnectorException {
    return call(what, putRequest(what, url, body), type, false, false, resilience.writeRetry)
        .orElseThrow();
  }

  /** A PUT that answers empty on 409 Conflict (a safe_update that lost a race) instead of failing. */
  public <T> Optional<T> putUnlessConflict(String what, HttpUrl url, Object body, Class<T> type)
      throws ConnectorException {
    return call(what, putRequest(what, url, body), type, false, true, resilience.writeRetry);
  }

  /** The last {@code X-Rate-Limit-Remaining} seen, or -1. */
  public int rateLimitRemaining() {
    return rateLimitHeaders.remaining();
  }

  String policyName() {
    return resilience.name;
  }

  CircuitBreaker circuitBreaker() {
    return resilience.breaker;
  }

  private Request putRequest(String what, HttpUrl url, Object body) throws ConnectorException {
    try {
      return new Request.Builder().url(url)
          .put(RequestBody.create(mapper.writeValueAsBytes(body), JSON)).build();
    } catch (JsonProcessingException e) {
      throw new PermanentException(
          "cannot encode the body of " + what, e);
    }
  }

  private <T> Optional<T> call(String what, Request request, Class<T> type, boolean export,
      boolean conflictIsEmpty, Retry retry) throws ConnectorException {
    CheckedSupplier<Optional<T>> attempt = () -> {
      if (export) {
        acquire(resilience.exports, what);
      }
      acquire(resilience.requests, what);
      return exchange(what, request, type, conflictIsEmpty);
    };
    CheckedSupplier<Optional<T>> guarded =
        Retry.decorateCheckedSupplier(retry,
            CircuitBreaker.decorateCheckedSupplier(resilience.breaker, attempt));
    try {
      return guarded.get();
    } catch (ConnectorException e) {
      throw e;
    } catch (CallNotPermittedException e) {
      throw new TransientException("Zendesk circuit " + resilience.name + " is open; " + what
          + " not sent", e);
    } catch (Throwable unexpected) {
      throw new TransientException("Zendesk " + what + " failed unexpectedly: " + unexpected, unexpected);
    }
  }

  private static void acquire(RateLimiter limiter, String what) throws RateLimitedException {
    if (!limiter.acquirePermission()) {
      throw new RateLimitedException("local rate limit " + limiter.getName() + " exhausted before "
          + what, limiter.getRateLimiterConfig().getLimitRefreshPeriod());
    }
  }

  private <T> Optional<T> exchange(String what, Request request, Class<T> type,
      boolean conflictIsEmpty) throws ConnectorException {
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = response.body();
      String text = body == null ? "" : body.string();
      if (conflictIsEmpty && response.code() == 409) {
        return Optional.empty();
      }
      if (!response.isSuccessful()) {
        throw ZendeskErrors.fromStatus(response.code(), what, response.header("Retry-After"), text);
      }
      if (text.isBlank()) {
        throw new TransientException("Zendesk " + what + " returned an empty body");
      }
      T value = mapper.readValue(text, type);
      if (value == null) {
        throw new TransientException("Zendesk " + what + " returned JSON null");
      }
      return Optional.of(value);
    } catch (JsonProcessingException e) {
      throw ZendeskErrors.fromJson(what, e);
    } catch (IOException e) {
      throw ZendeskErrors.fromIo(what, e);
    }
  }

  @Override
  public void close() {
    http.connectionPool().evictAll();
  }
}
