package io.shiftlead.connectors.jsm;

import io.shiftlead.connectors.jsm.api.SearchApi;
import io.shiftlead.connectors.jsm.wire.SearchResponse;
import io.shiftlead.connectors.jsm.wire.WireIssue;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.PermanentException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Pages through {@code project = KEY [AND extra] AND updated >= "since" ORDER BY updated ASC} with
 * {@link ScanCursor}s: follows {@code nextPageToken} within a scan, and at its end starts the next
 * scan {@value #OVERLAP_MINUTES} minutes before the newest change seen, skipping what was returned.
 * Used for tickets and, with {@code statusCategory = Done}, for the CSAT discovery.
 */
final class JqlScanner {
  private static final System.Logger LOG = System.getLogger(JqlScanner.class.getName());
  /**
   * Re-read window: JQL has minute precision and the search index lags writes a little (the doc
   * advises re-reading the last 2-5 minutes). De-duplication makes the overlap cheap.
   */
  static final int OVERLAP_MINUTES = 5;

  private final SearchApi search;
  private final JsmSettings settings;

  JqlScanner(SearchApi search, JsmSettings settings) {
    this.search = search;
    this.settings = settings;
  }

  /** One page: the issues not returned before, and the cursor after them. */
  record ScanPage(List<WireIssue> issues, ScanCursor next, boolean endOfScan) {}

  ScanPage page(ScanCursor position, String extraClause, List<String> fields) throws ConnectorException {
    String jql = jql(position.sinceInstant(), extraClause);
    SearchResponse response;
    try {
      response = search.page(jql, fields, settings.pageSize(), position.token());
    } catch (PermanentException refused) {
      if (position.token() == null) {
        throw refused;
      }
      // nextPageToken expires after 7 days: restart the scan; de-duplication limits the repeats
      LOG.log(Level.WARNING, "jsm:{0} next-page token refused, restarting the scan from {1}: {2}",
          settings.tenant(), position.sinceInstant(), refused.getMessage());
      position = new ScanCursor(position.since(), null, null, position.seen());
      response = search.page(jql, fields, settings.pageSize(), null);
    }
    Set<String> before = position.seenSet();
    Set<String> seen = position.seenSet();
    Long high = position.high();
    List<WireIssue> fresh = new ArrayList<>();
    for (WireIssue issue : response.issues() == null ? List.<WireIssue>of() : response.issues()) {
      if (issue == null || issue.key() == null || issue.fields() == null) {
        throw new PermanentException("JSM search page holds an issue without key or fields");
      }
      Instant updated;
      try {
        updated = JsmTime.parse(issue.fields().path("updated").asText(null));
      } catch (IllegalArgumentException unreadable) {
        throw new PermanentException("JSM issue " + issue.key() + ": " + unreadable.getMessage(), unreadable);
      }
      if (updated == null) {
        throw new PermanentException("JSM issue " + issue.key() + " has no updated time");
      }
      String entry = ScanCursor.entry(issue.key(), updated);
      if (before.contains(entry)) {
        continue; // returned by the previous scan's overlap, unchanged since
      }
      fresh.add(issue);
      seen.add(entry);
      high = high == null ? updated.toEpochMilli() : Math.max(high, updated.toEpochMilli());
    }
    if (!response.last()) {
      // keep what the previous scan's overlap returned (needed until this scan ends) and what the
      // next scan's overlap will see again; drop the middle so a long backfill keeps a small cursor
      long previousWindowEnd = position.since() + Duration.ofMinutes(OVERLAP_MINUTES + 1).toMillis();
      long nextWindowStart = high == null ? position.since() : overlapStart(high);
      return new ScanPage(fresh, new ScanCursor(position.since(), response.nextPageToken(), high,
          ScanCursor.prune(seen, m -> m < previousWindowEnd || m >= nextWindowStart)), false);
    }
    long since = high == null ? position.since() : Math.max(position.since(), overlapStart(high));
    return new ScanPage(fresh, new ScanCursor(since, null, null, ScanCursor.prune(seen, m -> m >= since)), true);
  }

  String jql(Instant since, String extraClause) {
    return "project = " + settings.projectKey()
        + (extraClause == null ? "" : " AND " + extraClause)
        + " AND updated >= \"" + JsmTime.jql(since, settings.timeZone()) + "\""
        + " ORDER BY updated ASC, key ASC";
  }

  private static long overlapStart(long highMillis) {
    return JsmTime.floorMinute(Instant.ofEpochMilli(highMillis))
        .minus(Duration.ofMinutes(OVERLAP_MINUTES)).toEpochMilli();
  }
}
