package io.shiftlead.connectors.zendesk.api;

import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.zendesk.ZendeskClient;
import io.shiftlead.connectors.zendesk.wire.SatisfactionRatingsResponse;
import java.time.Instant;
import okhttp3.HttpUrl;

/** Legacy CSAT ratings ({@code /api/v2/satisfaction_ratings.json}), cursor-paginated. */
public final class SatisfactionApi {
  private static final int PAGE_SIZE = 100;

  private final ZendeskClient client;

  public SatisfactionApi(ZendeskClient client) {
    this.client = client;
  }

  /** One page of ratings since {@code startTime}; {@code after} is null for the first page. */
  public SatisfactionRatingsResponse page(Instant startTime, String after) throws ConnectorException {
    HttpUrl.Builder url = client.url("api/v2/satisfaction_ratings.json")
        .addQueryParameter("start_time", Long.toString(startTime.getEpochSecond()))
        .addQueryParameter("page[size]", Integer.toString(PAGE_SIZE));
    if (after != null) {
      url.addQueryParameter("page[after]", after);
    }
    return client.get("satisfaction ratings", url.build(), SatisfactionRatingsResponse.class);
  }
}
