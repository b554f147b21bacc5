package io.shiftlead.connectors.rt.api;

import io.shiftlead.connectors.rt.RtClient;
import io.shiftlead.connectors.rt.wire.WireUser;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.NotFoundException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * RT users by Name, read once per connector: the only way to tell staff from customers is
 * {@code GET /user/{name}} → {@code Privileged} ({@code fields[Creator]=Privileged} answers "").
 */
public final class UsersCache {
  private final RtClient client;
  private final Map<String, Optional<WireUser>> byName = new ConcurrentHashMap<>();

  public UsersCache(RtClient client) {
    this.client = client;
  }

  /** The user, or empty when RT does not know it (or no longer). */
  public Optional<WireUser> get(String name) throws ConnectorException {
    Optional<WireUser> cached = byName.get(name);
    if (cached != null) {
      return cached;
    }
    Optional<WireUser> user;
    try {
      user = Optional.of(client.get("user " + name, client.url("user").addPathSegment(name).build(),
          client.type(WireUser.class)));
    } catch (NotFoundException unknown) {
      user = Optional.empty();
    }
    byName.put(name, user);
    return user;
  }
}
