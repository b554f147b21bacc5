package io.shiftlead.plugin.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a connector re-sweeps its change stream, and from how far back (ADR 0021). A sweep every
 * {@code every} re-pulls the tickets changed in the last {@code lookback}; {@code lookback} is
 * longer than {@code every}, so consecutive sweeps overlap by the margin {@code lookback - every}
 * and a change the stream skipped is found by the next sweep as long as it was at most that margin
 * old when it was skipped. A sweep that comes late (the server was down, a console backfill ran)
 * reaches back to where the previous one left off, at most {@link #MAX_EXTRA_REACH} further than
 * its lookback. Plain value; the clock is the caller's.
 *
 * @param every how often; null when re-sweeping is off
 * @param lookback how far back each sweep starts; at least {@code every}
 */
public record ResweepPolicy(Duration every, Duration lookback) {
  // before DEFAULT: its constructor reads them
  /** The shortest {@code every}: a sweep more often than this is a second poll loop. */
  public static final Duration MIN_EVERY = Duration.ofMinutes(10);
  /** How much further back than its lookback a late sweep reaches at most. */
  public static final Duration MAX_EXTRA_REACH = Duration.ofDays(7);
  /** Six hours, seven back: recovers within 6 h and covers a sync running up to 1 h behind. */
  public static final ResweepPolicy DEFAULT =
      new ResweepPolicy(Duration.ofHours(6), Duration.ofHours(7));
  public static final ResweepPolicy OFF = new ResweepPolicy(null, null);

  /** The last sweep, or the baseline a connector's first sight of re-sweeping recorded. */
  public record Sweep(Instant at, Instant from) {
    /** No sweep was made: the time re-sweeping began for this connector ({@code from} null). */
    public static Sweep baseline(Instant at) {
      return new Sweep(at, null);
    }

    public boolean isBaseline() {
      return from == null;
    }
  }

  public ResweepPolicy {
    if ((every == null) != (lookback == null)) {
      throw new IllegalArgumentException("every and lookback are both set or both off");
    }
    if (every != null) {
      if (every.compareTo(MIN_EVERY) < 0) {
        throw new IllegalArgumentException("every must be at least " + format(MIN_EVERY)
            + ", got " + format(every));
      }
      if (lookback.compareTo(every) < 0) {
        throw new IllegalArgumentException("lookback must be at least every (" + format(every)
            + "), got " + format(lookback) + ": sweeps that do not overlap leave gaps");
      }
    }
  }

  public boolean enabled() {
    return every != null;
  }

  /** When the sweep after {@code last} is due; empty when off. */
  public Optional<Instant> dueAt(Sweep last) {
    return enabled() ? Optional.of(last.at().plus(every)) : Optional.empty();
  }

  /**
   * Where a sweep made at {@code now} after {@code last} starts: {@code now - lookback}, or earlier
   * when the sweep is late, so that it joins the previous one (which covered up to its own start).
   */
  public Instant from(Sweep last, Instant now) {
    if (!enabled()) {
      throw new IllegalStateException("re-sweeping is off");
    }
    Instant byLookback = now.minus(lookback);
    Instant joining = last.at().minus(lookback.minus(every)); // the previous start less the margin
    Instant earliest = byLookback.minus(MAX_EXTRA_REACH);
    Instant from = joining.isBefore(byLookback) ? joining : byLookback;
    return from.isBefore(earliest) ? earliest : from;
  }

  /** {@code 6h}, {@code 24h}, {@code 90m}, {@code 2d}, {@code 45s}: the form the configuration takes. */
  public static String format(Duration d) {
    long s = d.toSeconds();
    if (s % 86_400 == 0 && s >= 2 * 86_400) {
      return s / 86_400 + "d";
    }
    if (s % 3600 == 0) {
      return s / 3600 + "h";
    }
    if (s % 60 == 0) {
      return s / 60 + "m";
    }
    return s + "s";
  }

  /**
   * Reads {@code 6h}, {@code 90m}, {@code 2d} or {@code 45s}.
   *
   * @throws IllegalArgumentException naming the expected form
   */
  public static Duration parse(String text) {
    String t = text == null ? "" : text.trim();
    if (!t.matches("[0-9]{1,7}[smhd]")) {
      throw new IllegalArgumentException("a duration like 6h, 90m or 2d, got '" + text + "'");
    }
    long n = Long.parseLong(t.substring(0, t.length() - 1));
    switch (t.charAt(t.length() - 1)) {
      case 'd':
        return Duration.ofDays(n);
      case 'h':
        return Duration.ofHours(n);
      case 'm':
        return Duration.ofMinutes(n);
      default:
        return Duration.ofSeconds(n);
    }
  }

  @Override
  public String toString() {
    return enabled() ? "every " + format(every) + ", lookback " + format(lookback) : "off";
  }
}
