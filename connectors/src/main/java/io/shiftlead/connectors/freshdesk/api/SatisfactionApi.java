package io.shiftlead.connectors.freshdesk.api;

import io.shiftlead.connectors.freshdesk.FreshdeskClient;
import io.shiftlead.connectors.freshdesk.Listing;
import io.shiftlead.connectors.freshdesk.wire.WireSatisfactionRating;
import io.shiftlead.connectors.spi.error.ConnectorException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Account-wide satisfaction ratings ({@code /api/v2/surveys/satisfaction_ratings}), page-numbered. */
public final class SatisfactionApi {
  private static final int PAGE_SIZE = 100;

  private final FreshdeskClient client;

  public SatisfactionApi(FreshdeskClient client) {
    this.client = client;
  }

  /** One page of ratings created since {@code since}; pages start at 1. */
  public Listing<WireSatisfactionRating> page(Instant since, int page) throws ConnectorException {
    return client.list("satisfaction ratings", client.url("api/v2/surveys/satisfaction_ratings")
        .addQueryParameter("created_since", since.truncatedTo(ChronoUnit.SECONDS).toString())
        .addQueryParameter("per_page", Integer.toString(PAGE_SIZE))
        .addQueryParameter("page", Integer.toString(page))
        .build(), WireSatisfactionRating[].class, false);
  }
}
