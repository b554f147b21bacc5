package io.shiftlead.testfixtures.sandbox;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeSet;

/**
 * The sandbox's time index for the incremental ticket event export: one entry per (second, ticket)
 * at which the ticket has an audit (its creation, each comment, each status change), as a packed
 * {@code long} ({@code second << 25 | ticket index}) in a sorted primitive array, so a million
 * tickets cost tens of megabytes rather than a tree of boxed keys. Changes made through the API
 * after the index was built go to a small sorted set merged on reading. Only {@link SandboxState}
 * uses it, under its lock.
 */
final class TicketEventIndex {
  private static final int INDEX_BITS = 25;
  private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

  private final SandboxTicket[] tickets;
  private final long[] keys;
  private final TreeSet<Long> later = new TreeSet<>();

  private TicketEventIndex(SandboxTicket[] tickets, long[] keys) {
    this.tickets = tickets;
    this.keys = keys;
  }

  static TicketEventIndex build(List<SandboxTicket> all) {
    if (all.size() > INDEX_MASK) {
      throw new IllegalStateException("too many tickets for the event index: " + all.size());
    }
    SandboxTicket[] tickets = all.toArray(new SandboxTicket[0]);
    long[] keys = new long[1024];
    int n = 0;
    for (int i = 0; i < tickets.length; i++) {
      SandboxTicket t = tickets[i];
      t.eventIndex = i;
      int needed = n + 1 + t.comments.size() + t.statusEvents.size();
      if (needed > keys.length) {
        keys = Arrays.copyOf(keys, Math.max(needed, keys.length * 2));
      }
      keys[n++] = key(t.createdAt.getEpochSecond(), i);
      for (var c : t.comments) {
        keys[n++] = key(c.createdAt().getEpochSecond(), i);
      }
      for (StatusEvent s : t.statusEvents) {
        keys[n++] = key(s.at().getEpochSecond(), i);
      }
    }
    keys = Arrays.copyOf(keys, n);
    Arrays.sort(keys);
    int unique = 0;
    for (int i = 0; i < n; i++) {
      if (unique == 0 || keys[unique - 1] != keys[i]) {
        keys[unique++] = keys[i];
      }
    }
    return new TicketEventIndex(tickets, Arrays.copyOf(keys, unique));
  }

  /** A change made after the index was built: the ticket has an audit at {@code second}. */
  void add(SandboxTicket t, long second) {
    if (t.eventIndex >= 0) {
      later.add(key(second, t.eventIndex));
    }
  }

  static long second(long key) {
    return key >>> INDEX_BITS;
  }

  SandboxTicket ticket(long key) {
    return tickets[(int) (key & INDEX_MASK)];
  }

  /** Every entry at or after {@code second}, in time order (duplicates between the two parts possible). */
  Iterator<Long> from(long second) {
    long first = key(second, 0);
    int position = Arrays.binarySearch(keys, first);
    int start = position >= 0 ? position : -position - 1;
    Iterator<Long> extra = later.tailSet(first, true).iterator();
    return new Iterator<>() {
      int next = start;
      Long pending = extra.hasNext() ? extra.next() : null;

      @Override
      public boolean hasNext() {
        return next < keys.length || pending != null;
      }

      @Override
      public Long next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        if (pending != null && (next >= keys.length || pending < keys[next])) {
          Long value = pending;
          pending = extra.hasNext() ? extra.next() : null;
          return value;
        }
        return keys[next++];
      }
    };
  }

  private static long key(long second, int index) {
    return (second << INDEX_BITS) | index;
  }
}
