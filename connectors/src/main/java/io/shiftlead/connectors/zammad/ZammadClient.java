package io.shiftlead.connectors.zammad;

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
import io.shiftlead.connectors.zammad.http.RedactingLoggingInterceptor;
import io.shiftlead.connectors.zammad.http.TokenAuthInterceptor;
import io.shiftlead.connectors.zammad.http.UserAgentInterceptor;
import io.shiftlead.connectors.zammad.wire.ZammadJson;
import java.io.IOException;
import java.time.Duration;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The HTTP transport of one Zammad instance: builds URLs, runs each call through the rate limiter,
 * circuit breaker and retry, maps failures with {@link ZammadErrors} and decodes JSON. The
 * per-resource classes in {@code api/} use it; it knows no resource itself.
 */
public final class ZammadClient implements AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  /** One base client per adapter type; tenants get variants through newBuilder() (style rule 9). */
  private static final OkHttpClient BASE =
      new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  private final HttpUrl baseUrl;
  private final OkHttpClient http;
  private final ZammadResilience resilience;
  private final ObjectMapper mapper = ZammadJson.mapper();

  public ZammadClient(ZammadSettings settings, Sleeper sleeper) {
    this.baseUrl = HttpUrl.parse(settings.baseUrl());
    if (baseUrl == null) {
      throw new IllegalArgumentException("connector '" + settings.tenant() + "': setting "
          + ZammadSettings.BASE_URL + " is not a URL");
    }
    Duration timeout = settings.callTimeout();
    this.http = BASE.newBuilder()
        .connectionPool(new ConnectionPool())
        .connectTimeout(Duration.ofSeconds(Math.min(10, timeout.toSeconds())))
        .readTimeout(timeout)
        .writeTimeout(timeout)
        .callTimeout(timeout)
        .addInterceptor(new TokenAuthInterceptor(settings.apiToken()))
        .addInterceptor(new UserAgentInterceptor())
        .addInterceptor(new RedactingLoggingInterceptor(settings.tenant()))
        .build();
    this.resilience = new ZammadResilience(settings, sleeper);
  }

  /** {@code baseUrl + "/" + path}, e.g. {@code api/v1/tickets/5}. */
  public HttpUrl.Builder url(String path) {
    return baseUrl.newBuilder().addPathSegments(path);
  }

  public <T> T get(String what, HttpUrl url, Class<T> type) throws ConnectorException {
    return call(what, new Request.Builder().url(url).get().build(), type);
  }

  public <T> T put(String what, HttpUrl url, Object body, Class<T> type) throws ConnectorException {
    return call(what, new Request.Builder().url(url).put(json(what, body)).build(), type);
  }

  public <T> T post(String what, HttpUrl url, Object body, Class<T> type) throws ConnectorException {
    return call(what, new Request.Builder().url(url).post(json(what, body)).build(), type);
  }

  /** A DELETE with a JSON body (Zammad's {@code /tags/remove} takes its arguments that way). */
  public <T> T delete(String what, HttpUrl url, Object body, Class<T> type) throws ConnectorException {
    return call(what, new Request.Builder().url(url).delete(json(what, body)).build(), type);
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

  private <T> T call(String what, Request request, Class<T> type) throws ConnectorException {
    CheckedSupplier<T> attempt = () -> {
      acquire(resilience.requests, what);
      return exchange(what, request, type);
    };
    CheckedSupplier<T> guarded = Retry.decorateCheckedSupplier(resilience.retry,
        CircuitBreaker.decorateCheckedSupplier(resilience.breaker, attempt));
    try {
      return guarded.get();
    } catch (ConnectorException e) {
      throw e;
    } catch (CallNotPermittedException e) {
      throw new TransientException("Zammad circuit " + resilience.name + " is open; " + what
          + " not sent", e);
    } catch (Throwable unexpected) {
      throw new TransientException("Zammad " + what + " failed unexpectedly: " + unexpected, unexpected);
    }
  }

  private static void acquire(RateLimiter limiter, String what) throws RateLimitedException {
    if (!limiter.acquirePermission()) {
      throw new RateLimitedException("local rate limit " + limiter.getName() + " exhausted before "
          + what, limiter.getRateLimiterConfig().getLimitRefreshPeriod());
    }
  }

  private <T> T exchange(String what, Request request, Class<T> type) throws ConnectorException {
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = response.body();
      String text = body == null ? "" : body.string();
      if (!response.isSuccessful()) {
        throw ZammadErrors.fromStatus(response.code(), what, response.header("Retry-After"), text);
      }
      if (text.isBlank()) {
        throw new TransientException("Zammad " + what + " returned an empty body");
      }
      T value = mapper.readValue(text, type);
      if (value == null) {
        throw new TransientException("Zammad " + what + " returned JSON null");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw ZammadErrors.fromJson(what, e);
    } catch (IOException e) {
      throw ZammadErrors.fromIo(what, e);
    }
  }

  @Override
  public void close() {
    http.connectionPool().evictAll();
  }
}
