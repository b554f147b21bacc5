package io.shiftlead.connectors.freshdesk;

import io.shiftlead.connectors.freshdesk.api.TicketsApi.Pass;
import io.shiftlead.connectors.spi.error.PermanentException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The position in Freshdesk's ticket change stream, kept in the opaque cursor as
 * {@code fd1;pass=ALL;ALL=<iso>/<page>/<id.id>;DELETED=...;SPAM=...}: the pass being read and, per
 * pass, the newest {@code updated_at} seen, the ids seen at that instant and the page to ask for.
 */
record TicketCursor(Pass pass, Map<Pass, Position> positions) {
  private static final String PREFIX = "fd1";

  TicketCursor {
    positions = Map.copyOf(positions);
  }

  static TicketCursor start(Instant startTime) {
    Map<Pass, Position> positions = new EnumMap<>(Pass.class);
    for (Pass p : Pass.values()) {
      positions.put(p, new Position(startTime, 1, Set.of()));
    }
    return new TicketCursor(Pass.ALL, positions);
  }

  Position position() {
    return positions.get(pass);
  }

  TicketCursor with(Pass newPass, Position position) {
    Map<Pass, Position> copy = new EnumMap<>(positions);
    copy.put(pass, position);
    return new TicketCursor(newPass, copy);
  }

  String format() {
    StringBuilder out = new StringBuilder(PREFIX).append(";pass=").append(pass.name());
    for (Pass p : Pass.values()) {
      Position position = positions.get(p);
      out.append(';').append(p.name()).append('=').append(position.since()).append('/')
          .append(position.page()).append('/')
          .append(position.idsAtSince().stream().map(String::valueOf).collect(Collectors.joining(".")));
    }
    return out.toString();
  }

  static TicketCursor parse(String value) throws PermanentException {
    String[] parts = value.split(";");
    if (parts.length != 2 + Pass.values().length || !PREFIX.equals(parts[0])
        || !parts[1].startsWith("pass=")) {
      throw notACursor(value);
    }
    try {
      Pass pass = Pass.valueOf(parts[1].substring(5));
      Map<Pass, Position> positions = new EnumMap<>(Pass.class);
      for (int i = 2; i < parts.length; i++) {
        String[] kv = parts[i].split("=", 2);
        String[] fields = kv[1].split("/", -1);
        Set<Long> ids = new TreeSet<>();
        for (String id : fields[2].split("\\.")) {
          if (!id.isEmpty()) {
            ids.add(Long.parseLong(id));
          }
        }
        positions.put(Pass.valueOf(kv[0]),
            new Position(Instant.parse(fields[0]), Integer.parseInt(fields[1]), ids));
      }
      if (positions.size() != Pass.values().length) {
        throw notACursor(value);
      }
      return new TicketCursor(pass, positions);
    } catch (IllegalArgumentException | DateTimeException | ArrayIndexOutOfBoundsException e) {
      throw notACursor(value);
    }
  }

  private static PermanentException notACursor(String value) {
    return new PermanentException("not a Freshdesk ticket cursor: " + value);
  }

  /**
   * Where one pass stands.
   *
   * @param since the newest {@code updated_at} seen; the next query starts one second earlier
   * @param page 1 normally; higher only while a whole page shares {@code since}
   * @param idsAtSince tickets already returned with {@code updated_at == since}, skipped when the
   *     overlapping query returns them again
   */
  record Position(Instant since, int page, Set<Long> idsAtSince) {
    Position {
      idsAtSince = Set.copyOf(new TreeSet<>(idsAtSince));
    }

    /** Whether a listed ticket was already returned from this position (overlap de-duplication). */
    boolean alreadySeen(long id, Instant updatedAt) {
      return updatedAt.isBefore(since) || (updatedAt.equals(since) && idsAtSince.contains(id));
    }
  }
}
