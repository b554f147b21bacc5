package io.shiftlead.plugin.interfaces.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/** The replay command's options, parsed with messages that say what is wrong. */
record ReplayOptions(Path tickets, Path config, Instant at, Path out, String connector,
    boolean perReply) {

  static ReplayOptions parse(String[] args, Instant now) {
    Map<String, String> values = new HashMap<>();
    boolean perReply = false;
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (name.equals("--per-reply")) {
        perReply = true;
        continue;
      }
      if (!name.startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got '" + name + "'");
      }
      values.put(name.substring(2), args[++i]);
    }
    for (String required : new String[] {"tickets", "config", "out"}) {
      if (!values.containsKey(required)) {
        throw new IllegalArgumentException("missing --" + required);
      }
    }
    values.keySet().stream().filter(k -> !k.matches("tickets|config|at|out|connector")).findFirst()
        .ifPresent(k -> {
          throw new IllegalArgumentException("unknown option --" + k);
        });
    Instant at;
    try {
      at = values.containsKey("at") ? Instant.parse(values.get("at")) : now;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--at: not an ISO-8601 instant: " + values.get("at"));
    }
    return new ReplayOptions(Path.of(values.get("tickets")), Path.of(values.get("config")), at,
        Path.of(values.get("out")), values.getOrDefault("connector", "shared"), perReply);
  }
}
