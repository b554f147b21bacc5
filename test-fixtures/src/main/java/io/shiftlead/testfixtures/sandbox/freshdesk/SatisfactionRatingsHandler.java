package io.shiftlead.testfixtures.sandbox.freshdesk;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.shiftlead.testfixtures.generator.SatisfactionRating;
import io.shiftlead.testfixtures.sandbox.ApiRequest;
import io.shiftlead.testfixtures.sandbox.Response;
import io.shiftlead.testfixtures.sandbox.SandboxState;
import io.shiftlead.testfixtures.sandbox.TicketSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * {@code GET /api/v2/surveys/satisfaction_ratings}: ratings of live tickets created at or after
 * {@code created_since} (default: the last 30 days), oldest first, page-numbered with {@code Link}.
 * The dataset's good/bad become 103/-103 under {@code ratings.default_question}.
 */
public final class SatisfactionRatingsHandler {

  private final SandboxState state;
  private final FreshdeskRenderer render;
  private final String baseUrl;
  private final Supplier<Instant> now;

  public SatisfactionRatingsHandler(SandboxState state, String baseUrl, Supplier<Instant> now) {
    this.state = state;
    this.render = new FreshdeskRenderer(state);
    this.baseUrl = baseUrl;
    this.now = now;
  }

  public Response list(ApiRequest request, Matcher path) {
    Paging paging = Paging.of(request);
    Instant since = since(request.param("created_since"));
    List<SatisfactionRating> all = state.snapshots().stream()
        .filter(t -> !t.isDeleted())
        .map(TicketSnapshot::rating)
        .filter(Objects::nonNull)
        .filter(r -> !r.createdAt().isBefore(since))
        .sorted(Comparator.comparing(SatisfactionRating::createdAt).thenComparingLong(SatisfactionRating::id))
        .collect(Collectors.toList());
    ArrayNode body = FreshdeskResponses.MAPPER.createArrayNode();
    paging.slice(all).forEach(r -> body.add(render.rating(r)));
    return paging.link(FreshdeskResponses.json(200, body), baseUrl, request, all.size());
  }

  private Instant since(String value) {
    if (value == null || value.isBlank()) {
      return now.get().minus(Duration.ofDays(30));
    }
    return Requests.since("created_since", value);
  }
}
