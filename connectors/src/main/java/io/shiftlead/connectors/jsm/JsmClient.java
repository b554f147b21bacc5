package io.shiftlead.connectors.jsm;

import io.shiftlead.connectors.support.Sleeper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.retry.Retry;
import io.shiftlead.connectors.jsm.http.BasicAuthInterceptor;
import io.shiftlead.connectors.jsm.http.RateLimitHeaderInterceptor;
import io.shiftlead.connectors.jsm.http.RedactingLoggingInterceptor;
import io.shiftlead.connectors.jsm.http.UserAgentInterceptor;
import io.shiftlead.connectors.jsm.wire.JsmJson;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.NotFoundException;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.error.RateLimitedException;
import io.shiftlead.connectors.spi.error.TransientException;
import java.io.IOException;
import java.time.Clock;
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
 * The HTTP transport of one Jira site: builds URLs, runs each call through the rate limiter, circuit
 * breaker and retry, maps failures with {@link JsmErrors} and decodes JSON. The per-resource classes
 * in {@code api/} use it; it knows no resource itself.
 */
public final class JsmClient implements AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  /** One base client per adapter type; tenants get variants through newBuilder() (style rule 9). */
  private static final OkHttpClient BASE = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  private final HttpUrl baseUrl;
  private final OkHttpClient http;
  private final JsmResilience resilience;
  private final Clock clock;
  private final RateLimitHeaderInterceptor rateLimitHeaders = new RateLimitHeaderInterceptor();
  private final ObjectMapper mapper = JsmJson.mapper();

  public JsmClient(JsmSettings settings, Clock clock, Sleeper sleeper) {
    this.baseUrl = HttpUrl.parse(settings.baseUrl());
    if (baseUrl == null) {
      throw new IllegalArgumentException("connector '" + settings.tenant() + "': setting "
          + JsmSettings.BASE_URL + " is not a URL");
    }
    this.clock = clock;
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
    this.resilience = new JsmResilience(settings, sleeper);
  }

  /** {@code baseUrl + "/" + path}, e.g. {@code rest/api/3/search/jql}. */
  public HttpUrl.Builder url(String path) {
    return baseUrl.newBuilder().addPathSegments(path);
  }

  public <T> T get(String what, HttpUrl url, Class<T> type) throws ConnectorException {
    return call(what, new Request.Builder().url(url).get().build(), type, false);
  }

  /**
   * A GET of something that may not exist: empty on 404, 204 or an empty body (the servicedesk API
   * does not document how it answers "none" for feedback).
   */
  public <T> Optional<T> getIfPresent(String what, HttpUrl url, Class<T> type) throws ConnectorException {
    try {
      return Optional.ofNullable(call(what, new Request.Builder().url(url).get().build(), type, true));
    } catch (NotFoundException none) {
      return Optional.empty();
    }
  }

  public <T> T post(String what, HttpUrl url, Object body, Class<T> type) throws ConnectorException {
    return call(what, new Request.Builder().url(url).post(json(what, body)).build(), type, false);
  }

  /** A PUT whose answer (204 No Content on success) is not read. */
  public void put(String what, HttpUrl url, Object body) throws ConnectorException {
    call(what, new Request.Builder().url(url).put(json(what, body)).build(), null, false);
  }

  /** The last {@code X-RateLimit-Remaining} seen, or -1. */
  public int rateLimitRemaining() {
    return rateLimitHeaders.remaining();
  }

  String policyName() {
    return resilience.name;
  }

  CircuitBreaker circuitBreaker() {
    return resilience.breaker;
  }

  private RequestBody json(String what, Object body) throws ConnectorException {
    try {
      return RequestBody.create(mapper.writeValueAsBytes(body), JSON);
    } catch (JsonProcessingException e) {
      throw new PermanentException("cannot encode the body of " + what, e);
    }
  }

  private <T> T call(String what, Request request, Class<T> type, boolean emptyIsNull)
      throws ConnectorException {
    CheckedSupplier<T> attempt = () -> {
      acquire(resilience.requests, what);
      return exchange(what, request, type, emptyIsNull);
    };
    CheckedSupplier<T> guarded = Retry.decorateCheckedSupplier(resilience.retry,
        CircuitBreaker.decorateCheckedSupplier(resilience.breaker, attempt));
    try {
      return guarded.get();
    } catch (ConnectorException e) {
      throw e;
    } catch (CallNotPermittedException e) {
      throw new TransientException("JSM circuit " + resilience.name + " is open; " + what
          + " not sent", e);
    } catch (Throwable unexpected) {
      throw new TransientException("JSM " + what + " failed unexpectedly: " + unexpected, unexpected);
    }
  }

  private static void acquire(RateLimiter limiter, String what) throws RateLimitedException {
    if (!limiter.acquirePermission()) {
      throw new RateLimitedException("local rate limit " + limiter.getName() + " exhausted before "
          + what, limiter.getRateLimiterConfig().getLimitRefreshPeriod());
    }
  }

  /**
   * @param type null when the answer is not read (writes answering 204)
   * @param emptyIsNull an empty body answers null instead of failing as a cut-off transfer
   */
  private <T> T exchange(String what, Request request, Class<T> type, boolean emptyIsNull)
      throws ConnectorException {
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = response.body();
      String text = body == null ? "" : body.string();
      if (!response.isSuccessful()) {
        throw JsmErrors.fromStatus(response.code(), what, response.header("Retry-After"),
            response.header("X-RateLimit-Reset"), text, clock.instant());
      }
      if (type == null) {
        return null;
      }
      if (text.isBlank() && emptyIsNull) {
        return null;
      }
      if (text.isBlank()) {
        throw new TransientException("JSM " + what + " returned an empty body");
      }
      T value = mapper.readValue(text, type);
      if (value == null) {
        throw new TransientException("JSM " + what + " returned JSON null");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw JsmErrors.fromJson(what, e);
    } catch (IOException e) {
      throw JsmErrors.fromIo(what, e);
    }
  }

  @Override
  public void close() {
    http.connectionPool().evictAll();
  }
}
