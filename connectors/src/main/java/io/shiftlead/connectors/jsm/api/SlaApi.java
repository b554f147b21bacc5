package io.shiftlead.connectors.jsm.api;

import io.shiftlead.connectors.jsm.JsmClient;
import io.shiftlead.connectors.jsm.wire.SlaPage;
import io.shiftlead.connectors.jsm.wire.WireSla;
import io.shiftlead.connectors.spi.error.ConnectorException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;

/** A request's SLA metrics, {@code GET /rest/servicedeskapi/request/{key}/sla}, all pages. */
public final class SlaApi {
  private static final int PAGE_SIZE = 50;
  /** A request has a handful of metrics; the guard only stops a server that never says isLastPage. */
  private static final int MAX_PAGES = 20;

  private final JsmClient client;

  public SlaApi(JsmClient client) {
    this.client = client;
  }

  public List<WireSla> list(String key) throws ConnectorException {
    List<WireSla> metrics = new ArrayList<>();
    int start = 0;
    for (int page = 0; page < MAX_PAGES; page++) {
      HttpUrl url = client.url("rest/servicedeskapi/request").addPathSegment(key).addPathSegment("sla")
          .addQueryParameter("start", Integer.toString(start))
          .addQueryParameter("limit", Integer.toString(PAGE_SIZE))
          .build();
      SlaPage response = client.get("SLA of request " + key, url, SlaPage.class);
      List<WireSla> values = response.values() == null ? List.of() : response.values();
      metrics.addAll(values);
      if (!Boolean.FALSE.equals(response.isLastPage()) || values.isEmpty()) {
        break;
      }
      start += values.size();
    }
    return metrics;
  }
}
