package io.shiftlead.plugin.core.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The open tickets ordered by the next instant their SLA state changes with time alone (at risk,
 * breach, an escalation level). An indexed binary min-heap plus an id map: {@link #next()} is
 * O(1), {@link #update}, {@link #remove} and each polled ticket O(log n), so a scheduler sleeps
 * until exactly that instant instead of scanning every ticket every minute.
 *
 * <p>One entry per ticket (about 80 bytes plus the id string, measured in the SLA bench). Not
 * thread-safe: {@link SlaScheduler} guards it.
 */
public final class NextDueIndex {
  private static final class Entry {
    final String ticketId;
    long due;
    int pos;

    Entry(String ticketId, long due) {
      this.ticketId = ticketId;
      this.due = due;
    }
  }

  private Entry[] heap = new Entry[16];
  private int size;
  private final Map<String, Entry> byId = new HashMap<>();

  /** Sets when the ticket's state next changes; null removes it (nothing changes with time). */
  public void update(String ticketId, Instant nextChangeAt) {
    if (nextChangeAt == null) {
      remove(ticketId);
      return;
    }
    long due = nextChangeAt.toEpochMilli();
    Entry e = byId.get(ticketId);
    if (e == null) {
      e = new Entry(ticketId, due);
      byId.put(ticketId, e);
      if (size == heap.length) {
        heap = Arrays.copyOf(heap, size * 2);
      }
      e.pos = size;
      heap[size++] = e;
      siftUp(e.pos);
    } else {
      long old = e.due;
      e.due = due;
      if (due < old) {
        siftUp(e.pos);
      } else {
        siftDown(e.pos);
      }
    }
  }

  public boolean remove(String ticketId) {
    Entry e = byId.remove(ticketId);
    if (e == null) {
      return false;
    }
    removeAt(e.pos);
    return true;
  }

  /** The earliest due instant, or null when no ticket waits on time. */
  public Instant next() {
    return size == 0 ? null : Instant.ofEpochMilli(heap[0].due);
  }

  public Instant dueOf(String ticketId) {
    Entry e = byId.get(ticketId);
    return e == null ? null : Instant.ofEpochMilli(e.due);
  }

  /** Removes and returns, earliest first, every ticket due at or before {@code now}. */
  public List<String> pollDue(Instant now) {
    long t = now.toEpochMilli();
    List<String> due = new ArrayList<>();
    while (size > 0 && heap[0].due <= t) {
      Entry e = heap[0];
      byId.remove(e.ticketId);
      removeAt(0);
      due.add(e.ticketId);
    }
    return due;
  }

  public int size() {
    return size;
  }

  private void removeAt(int pos) {
    Entry last = heap[--size];
    heap[size] = null;
    if (pos == size) {
      return;
    }
    heap[pos] = last;
    last.pos = pos;
    siftDown(pos);
    siftUp(last.pos);
  }

  private void siftUp(int pos) {
    Entry e = heap[pos];
    while (pos > 0) {
      int parent = (pos - 1) >>> 1;
      Entry p = heap[parent];
      if (p.due <= e.due) {
        break;
      }
      heap[pos] = p;
      p.pos = pos;
      pos = parent;
    }
    heap[pos] = e;
    e.pos = pos;
  }

  private void siftDown(int pos) {
    Entry e = heap[pos];
    int half = size >>> 1;
    while (pos < half) {
      int child = 2 * pos + 1;
      int right = child + 1;
      if (right < size && heap[right].due < heap[child].due) {
        child = right;
      }
      if (e.due <= heap[child].due) {
        break;
      }
      heap[pos] = heap[child];
      heap[pos].pos = pos;
      pos = child;
    }
    heap[pos] = e;
    e.pos = pos;
  }
}
