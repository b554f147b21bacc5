package io.shiftlead.testfixtures.sandbox.freshdesk;

import io.shiftlead.testfixtures.sandbox.ApiRequest;
import io.shiftlead.testfixtures.sandbox.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Freshdesk's page-numbered lists: {@code per_page} (default 30, at most 100) and {@code page} (from
 * 1, at most 300). A page that is not the last carries {@code Link: <same query, page+1>; rel="next"}.
 */
final class Paging {

  static final int DEFAULT_PER_PAGE = 30;
  static final int MAX_PER_PAGE = 100;
  static final int MAX_PAGE = 300;

  final int perPage;
  final int page;

  private Paging(int perPage, int page) {
    this.perPage = perPage;
    this.page = page;
  }

  static Paging of(ApiRequest request) {
    int perPage = number(request, "per_page", DEFAULT_PER_PAGE);
    int page = number(request, "page", 1);
    if (perPage < 1 || perPage > MAX_PER_PAGE) {
      throw FreshdeskResponses.validation("per_page",
          "It should be a Positive Integer less than or equal to " + MAX_PER_PAGE, "invalid_value");
    }
    if (page < 1 || page > MAX_PAGE) {
      throw FreshdeskResponses.validation("page",
          "It should be a Positive Integer less than or equal to " + MAX_PAGE, "invalid_value");
    }
    return new Paging(perPage, page);
  }

  /** This page of {@code all}, with the next link when more follow. */
  <T> List<T> slice(List<T> all) {
    int from = Math.min(all.size(), (page - 1) * perPage);
    return all.subList(from, Math.min(all.size(), from + perPage));
  }

  boolean hasNext(int total) {
    return (long) page * perPage < total && page < MAX_PAGE;
  }

  /** Adds the {@code Link} header to {@code response} when a page follows. */
  Response link(Response response, String baseUrl, ApiRequest request, int total) {
    if (!hasNext(total)) {
      return response;
    }
    Map<String, String> query = new LinkedHashMap<>(request.query());
    query.put("per_page", String.valueOf(perPage));
    query.put("page", String.valueOf(page + 1));
    String encoded = query.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    return response.header("Link", "<" + baseUrl + request.path() + "?" + encoded + ">; rel=\"next\"");
  }

  private static int number(ApiRequest request, String name, int defaultValue) {
    String value = request.param(name);
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw FreshdeskResponses.validation(name, "It should be a/an Positive Integer", "datatype_mismatch");
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
