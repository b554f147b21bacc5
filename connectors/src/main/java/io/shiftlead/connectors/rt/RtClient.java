package io.shiftlead.connectors.rt;

import io.shiftlead.connectors.support.Sleeper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.retry.Retry;
import io.shiftlead.connectors.rt.http.RedactingLoggingInterceptor;
import io.shiftlead.connectors.rt.http.TokenAuthInterceptor;
import io.shiftlead.connectors.rt.http.UserAgentInterceptor;
import io.shiftlead.connectors.rt.wire.RtJson;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.error.RateLimitedException;
import io.shiftlead.connectors.spi.error.TransientException;
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
 * The HTTP transport of one RT instance: builds {@code /REST/2.0} URLs, runs each call through the
 * rate limiter, circuit breaker and retry, maps failures with {@link RtErrors} and decodes JSON. The
 * per-resource classes in {@code api/} use it; it knows no resource itself.
 */
public final class RtClient implements AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  /**
   * One base client per adapter type; tenants get variants through newBuilder() (style rule 9).
   * Redirects are not followed: REST2's only redirect is to the login page, i.e. refused auth.
   */
  private static final OkHttpClient BASE = new OkHttpClient.Builder()
      .retryOnConnectionFailure(false)
      .followRedirects(false)
      .build();

  private final HttpUrl restUrl;
  private final OkHttpClient http;
  private final RtResilience resilience;
  private final ObjectMapper mapper = RtJson.mapper();

  public RtClient(RtSettings settings, Sleeper sleeper) {
    HttpUrl base = HttpUrl.parse(settings.baseUrl());
    if (base == null) {
      throw new IllegalArgumentException("connector '" + settings.tenant() + "': setting "
          + RtSettings.BASE_URL + " is not a URL");
    }
    this.restUrl = base.newBuilder().addPathSegments("REST/2.0").build();
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
    this.resilience = new RtResilience(settings, sleeper);
  }

  /** {@code <baseUrl>/REST/2.0/<path>}, e.g. {@code ticket/1/history}. */
  public HttpUrl.Builder url(String path) {
    return restUrl.newBuilder().addPathSegments(path);
  }

  public JavaType type(Class<?> type) {
    return mapper.constructType(type);
  }

  /** The type of a collection envelope of {@code item}s. */
  public JavaType collectionOf(Class<?> item) {
    return mapper.getTypeFactory().constructParametricType(
        io.shiftlead.connectors.rt.wire.WireCollection.class, item);
  }

  public <T> T get(String what, HttpUrl url, JavaType type) throws ConnectorException {
    return call(what, new Request.Builder().url(url).get().build(), type);
  }

  public <T> T put(String what, HttpUrl url, Object body, JavaType type) throws ConnectorException {
    return call(what, new Request.Builder().url(url).put(json(what, body)).build(), type);
  }

  public <T> T post(String what, HttpUrl url, Object body, JavaType type) throws ConnectorException {
    return call(what, new Request.Builder().url(url).post(json(what, body)).build(), type);
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

  private <T> T call(String what, Request request, JavaType type) throws ConnectorException {
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
      throw new TransientException("RT circuit " + resilience.name + " is open; " + what
          + " not sent", e);
    } catch (Throwable unexpected) {
      throw new TransientException("RT " + what + " failed unexpectedly: " + unexpected, unexpected);
    }
  }

  private static void acquire(RateLimiter limiter, String what) throws RateLimitedException {
    if (!limiter.acquirePermission()) {
      throw new RateLimitedException("local rate limit " + limiter.getName() + " exhausted before "
          + what, limiter.getRateLimiterConfig().getLimitRefreshPeriod());
    }
  }

  private <T> T exchange(String what, Request request, JavaType type) throws ConnectorException {
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = response.body();
      String text = body == null ? "" : body.string();
      if (!response.isSuccessful()) {
        throw RtErrors.fromStatus(response.code(), what, response.header("Retry-After"), text);
      }
      if (text.isBlank()) {
        throw new TransientException("RT " + what + " returned an empty body");
      }
      T value = mapper.readValue(text, type);
      if (value == null) {
        throw new TransientException("RT " + what + " returned JSON null");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw RtErrors.fromJson(what, e);
    } catch (IOException e) {
      throw RtErrors.fromIo(what, e);
    }
  }

  @Override
  public void close() {
    http.connectionPool().evictAll();
  }
}
