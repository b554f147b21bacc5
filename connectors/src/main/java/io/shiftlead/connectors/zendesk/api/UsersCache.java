package io.shiftlead.connectors.zendesk.api;

import io.shiftlead.connectors.zendesk.wire.WireUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Users seen in sideloads ({@code include=users}), kept per connector so authors of later pages
 * resolve without extra calls. Bounded (least recently used evicted) and thread-safe.
 */
public final class UsersCache {
  private static final int MAX_USERS = 10_000;

  private final Map<Long, WireUser> users = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, WireUser> eldest) {
      return size() > MAX_USERS;
    }
  };

  public synchronized void addAll(List<WireUser> sideloaded) {
    if (sideloaded == null) {
      return;
    }
    for (WireUser user : sideloaded) {
      if (user != null && user.id() != null) {
        users.put(user.id(), user);
      }
    }
  }

  public synchronized Optional<WireUser> find(Long id) {
    return id == null ? Optional.empty() : Optional.ofNullable(users.get(id));
  }
}
