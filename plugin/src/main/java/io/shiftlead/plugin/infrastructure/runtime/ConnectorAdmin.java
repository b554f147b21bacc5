package io.shiftlead.plugin.infrastructure.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftlead.connectors.spi.ConnectorSettings;
import io.shiftlead.connectors.spi.HelpdeskConnector;
import io.shiftlead.connectors.spi.HelpdeskConnectorFactory;
import io.shiftlead.connectors.spi.SettingDefinition;
import io.shiftlead.plugin.infrastructure.config.ConfigException;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig.ConnectorConfig;
import io.shiftlead.plugin.infrastructure.secrets.SecretCipher;
import io.shiftlead.plugin.infrastructure.secrets.SecretException;
import io.shiftlead.plugin.infrastructure.store.JdbcConnectorDefinitions;
import io.shiftlead.plugin.infrastructure.store.JdbcConnectorDefinitions.Stored;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Connectors added, changed and deleted from the admin console (ADR 0017): validated like the
 * configuration file's, stored in {@code connector_definitions} with their secret settings
 * encrypted ({@link SecretCipher}), started and stopped at once, and started again from the store
 * at every start-up, after the configured ones (a configured connector of the same name wins).
 * Every change writes an {@code admin_audit} entry naming who and what, never a secret value.
 * Nothing here returns, logs or puts a secret value in a message.
 */
public final class ConnectorAdmin {
  private static final Logger LOG = Logger.getLogger(ConnectorAdmin.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {};
  private static final String NAME = "[a-z0-9][a-z0-9-]{0,62}";
  /** Shown in place of a secret value in an error message that would contain it. */
  public static final String MASK = "****";

  /**
   * What an admin sends: name, type, poll interval and the settings, secret ones included. A
   * secret left out (or empty) on an update keeps its stored value.
   */
  public record Definition(String name, String type, Integer pollIntervalSeconds,
      Map<String, String> settings) {
    public Definition {
      settings = settings == null ? Map.of() : new LinkedHashMap<>(settings);
    }

    @Override
    public String toString() {
      return "Definition[name=" + name + ", type=" + type + ", settings=" + settings.keySet() + "]";
    }
  }

  /** A problem with one field of a definition ({@code name}, {@code settings.apiToken}, ...). */
  public record Problem(String field, String message) {}

  /** The request cannot be done: HTTP-like status, a message and the fields' problems. */
  public static final class Refused extends RuntimeException {
    private final int status;
    private final List<Problem> problems;

    Refused(int status, String message, List<Problem> problems) {
      super(message);
      this.status = status;
      this.problems = List.copyOf(problems);
    }

    public int status() {
      return status;
    }

    public List<Problem> problems() {
      return problems;
    }
  }

  /**
   * A connector as the console shows it: non-secret settings with their values, secret settings
   * only as "set" or not.
   *
   * @param source {@code config} (shiftlead.yaml, read-only here) or {@code console}
   * @param running false for a console connector a configured one of the same name shadows
   */
  public record View(String name, String type, int pollIntervalSeconds, String source,
      boolean running, Map<String, String> settings, Map<String, Map<String, Boolean>> secrets,
      String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {}

  /** A not yet saved definition, created for a connection test; close it afterwards. */
  public record Candidate(ConnectorConfig config, HelpdeskConnector connector,
      List<String> secretValues) {}

  private final ShiftleadRuntime runtime;
  private final JdbcConnectorDefinitions store;

  public ConnectorAdmin(ShiftleadRuntime runtime) {
    this.runtime = runtime;
    this.store = runtime.definitions();
  }

  /** The settings of every installed connector type, for the console's form. */
  public Map<String, List<SettingDefinition>> types() {
    Map<String, List<SettingDefinition>> out = new TreeMap<>();
    for (String type : runtime.registry().types()) {
      out.put(type, runtime.registry().settings(type).orElse(List.of()));
    }
    return out;
  }

  /** Configured connectors first, then the console's, secrets shown only as set or not. */
  public List<View> list() {
    List<View> out = new ArrayList<>();
    for (ConnectorConfig cc : runtime.config().connectors()) {
      Split split = split(cc.type(), cc.settings());
      out.add(new View(cc.name(), cc.type(), cc.pollIntervalSeconds(), "config",
          runtime.knowsConnector(cc.name()), split.plain(), setFlags(cc.type(), split.secret()),
          null, null, null, null));
    }
    for (Stored s : store.all()) {
      boolean shadowed = isConfigured(s.name());
      Map<String, String> secrets = shadowed ? null : runtime.connectorConfig(s.name())
          .map(cc -> split(s.type(), cc.settings()).secret()).orElse(null);
      if (secrets == null) {
        secrets = tryDecrypt(s);
      }
      out.add(new View(s.name(), s.type(), s.pollIntervalSeconds(), "console",
          !shadowed && runtime.knowsConnector(s.name()), s.settings(),
          setFlags(s.type(), secrets), s.createdBy(), s.createdAt(), s.updatedBy(),
          s.updatedAt()));
    }
    return out;
  }

  /** Validates, stores (secrets encrypted) and starts a new connector. */
  public View create(String actor, Definition d) {
    List<Problem> problems = new ArrayList<>();
    String name = d.name();
    if (name == null || name.isBlank()) {
      problems.add(new Problem("name", "required: lower-case letters, digits and dashes"));
    } else if (!name.matches(NAME)) {
      problems.add(new Problem("name", "use lower-case letters, digits and dashes (at most 63,"
          + " starting with a letter or digit)"));
    }
    HelpdeskConnectorFactory factory = factory(d.type(), problems);
    int poll = poll(d.pollIntervalSeconds(), problems);
    if (name != null && name.matches(NAME)) {
      if (isConfigured(name) || runtime.knowsConnector(name)) {
        throw new Refused(409, "a connector named '" + name + "' exists already (configured in"
            + " shiftlead.yaml)", List.of(new Problem("name", "taken by a configured connector")));
      }
      if (store.find(name).isPresent()) {
        throw new Refused(409, "a connector named '" + name + "' exists already (added from the"
            + " console)", List.of(new Problem("name", "taken by a console connector")));
      }
    }
    if (factory == null) {
      throw invalid(problems);
    }
    Map<String, String> values = settings(factory, d.settings(), Map.of(), problems);
    if (!problems.isEmpty()) {
      throw invalid(problems);
    }
    ConnectorConfig cc = new ConnectorConfig(name, d.type(), poll, values);
    tryCreate(factory, cc, values).close();
    Split split = split(d.type(), values);
    String envelope = encrypt(name, split.secret());
    if (!store.insert(name, d.type(), poll, split.plain(), envelope, actor,
        describe(d.type(), split, split.secret().keySet()))) {
      throw new Refused(409, "a connector named '" + name + "' exists already (added from the"
          + " console)", List.of(new Problem("name", "taken by a console connector")));
    }
    start(cc);
    LOG.info(() -> "connector " + name + " (" + d.type() + ") added from the console by " + actor);
    return view(name);
  }

  /** Replaces a console connector's definition (secrets left out keep their value), restarts it. */
  public View update(String actor, String name, Definition d) {
    Stored stored = stored(name);
    List<Problem> problems = new ArrayList<>();
    if (d.type() != null && !d.type().isBlank() && !d.type().equals(stored.type())) {
      problems.add(new Problem("type", "cannot change from " + stored.type() + " (delete the"
          + " connector and add it again)"));
    }
    HelpdeskConnectorFactory factory = factory(stored.type(), problems);
    int poll = poll(d.pollIntervalSeconds() == null ? stored.pollIntervalSeconds()
        : d.pollIntervalSeconds(), problems);
    if (factory == null) {
      throw invalid(problems);
    }
    Map<String, String> oldSecrets = decrypt(stored);
    Map<String, String> values = settings(factory, d.settings(), oldSecrets, problems);
    if (!problems.isEmpty()) {
      throw invalid(problems);
    }
    ConnectorConfig cc = new ConnectorConfig(name, stored.type(), poll, values);
    tryCreate(factory, cc, values).close();
    Split split = split(stored.type(), values);
    List<String> changed = new ArrayList<>();
    if (poll != stored.pollIntervalSeconds()) {
      changed.add("pollIntervalSeconds=" + poll);
    }
    Map<String, String> all = new TreeMap<>(stored.settings());
    all.putAll(split.plain());
    for (String key : all.keySet()) {
      String now = split.plain().get(key);
      if (!java.util.Objects.equals(now, stored.settings().get(key))) {
        changed.add(now == null ? key + " removed" : key + "=" + now);
      }
    }
    for (String key : split.secret().keySet()) {
      if (!split.secret().get(key).equals(oldSecrets.get(key))) {
        changed.add(key + " (secret) replaced");
      }
    }
    store.update(name, poll, split.plain(), encrypt(name, split.secret()), actor,
        changed.isEmpty() ? "no change" : "changed: " + String.join(", ", changed));
    if (!isConfigured(name)) { // shadowed by a configured one: stored only
      synchronized (runtime) {
        runtime.remove(name);
        start(cc);
      }
    }
    LOG.info(() -> "connector " + name + " changed from the console by " + actor);
    return view(name);
  }

  /** Stops a console connector and deletes its definition (its tickets stay in the store). */
  public void delete(String actor, String name) {
    stored(name);
    store.delete(name, actor);
    if (runtime.fromConsole(name)) {
      runtime.remove(name);
    }
    LOG.info(() -> "connector " + name + " deleted from the console by " + actor);
  }

  /**
   * A definition not saved yet, validated and created for a connection test. A secret left out is
   * taken from the running connector of that name, so an edit can be tested before it is saved.
   */
  public Candidate candidate(Definition d) {
    List<Problem> problems = new ArrayList<>();
    String name = d.name() == null || d.name().isBlank() ? "new-connector" : d.name();
    HelpdeskConnectorFactory factory = factory(d.type(), problems);
    if (factory == null) {
      throw invalid(problems);
    }
    Map<String, String> known = runtime.connectorConfig(name)
        .filter(cc -> cc.type().equals(d.type()))
        .map(cc -> split(cc.type(), cc.settings()).secret()).orElse(Map.of());
    Map<String, String> values = settings(factory, d.settings(), known, problems);
    if (!problems.isEmpty()) {
      throw invalid(problems);
    }
    ConnectorConfig cc = new ConnectorConfig(name, d.type(), 30, values);
    return new Candidate(cc, tryCreate(factory, cc, values),
        List.copyOf(split(d.type(), values).secret().values()));
  }

  /** The secret setting values of a running connector, to remove from any message shown. */
  public List<String> secretValues(String connector) {
    return runtime.connectorConfig(connector)
        .map(cc -> List.copyOf(split(cc.type(), cc.settings()).secret().values()))
        .orElse(List.of());
  }

  /** {@code message} with every secret value replaced by {@value #MASK}. */
  public static String scrub(String message, Collection<String> secrets) {
    if (message == null) {
      return null;
    }
    String out = message;
    for (String secret : secrets) {
      if (secret != null && !secret.isEmpty()) {
        out = out.replace(secret, MASK);
      }
    }
    return out;
  }

  /**
   * Start-up: starts every stored connector no configured one shadows.
   *
   * @throws ConfigException when stored secrets cannot be decrypted (no key, wrong key, altered)
   */
  void startStored() {
    List<String> problems = new ArrayList<>();
    List<ConnectorConfig> ready = new ArrayList<>();
    for (Stored s : store.all()) {
      if (isConfigured(s.name())) {
        LOG.warning(() -> "connector '" + s.name() + "' added from the admin console is not"
            + " started: shiftlead.yaml configures a connector of that name, and the configuration"
            + " wins. Delete one of them.");
        continue;
      }
      if (runtime.registry().factory(s.type()).isEmpty()) {
        LOG.warning(() -> "connector '" + s.name() + "' added from the admin console is not"
            + " started: its type '" + s.type() + "' is not installed");
        continue;
      }
      try {
        ready.add(toConfig(s));
      } catch (SecretException e) {
        problems.add("connector '" + s.name() + "' (added from the admin console): its secrets"
            + " cannot be decrypted: " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException("store (connector_definitions)", problems);
    }
    ready.forEach(this::start);
    reencryptWithCurrentKey();
  }

  /**
   * Cluster mode, every renewal interval: starts the console connectors another member added,
   * restarts changed ones and stops deleted ones.
   */
  void refreshFromStore() {
    try {
      Map<String, Stored> stored = new LinkedHashMap<>();
      store.all().forEach(s -> stored.put(s.name(), s));
      synchronized (runtime) {
        for (String name : runtime.connectorNames()) {
          if (runtime.fromConsole(name) && !stored.containsKey(name)) {
            runtime.remove(name);
            LOG.info(() -> "connector " + name + " was deleted from the console: stopped");
          }
        }
        for (Stored s : stored.values()) {
          if (isConfigured(s.name()) || runtime.registry().factory(s.type()).isEmpty()) {
            continue;
          }
          ConnectorConfig cc;
          try {
            cc = toConfig(s);
          } catch (SecretException e) {
            LOG.warning(() -> "connector " + s.name() + ": its secrets cannot be decrypted: "
                + e.getMessage());
            continue;
          }
          Optional<ConnectorConfig> current = runtime.connectorConfig(s.name());
          if (current.isPresent() && current.get().equals(cc)) {
            continue;
          }
          runtime.remove(s.name());
          start(cc);
          LOG.info(() -> "connector " + s.name() + (current.isPresent() ? " changed" : " added")
              + " from the console on another member: started");
        }
      }
    } catch (RuntimeException e) {
      LOG.warning(() -> "console connectors not refreshed: " + e.getMessage());
    }
  }

  private void start(ConnectorConfig cc) {
    synchronized (runtime) {
      if (!runtime.knowsConnector(cc.name())) {
        runtime.add(cc, true);
      }
    }
  }

  /** After a key rotation: values under the previous key are written again under the current. */
  private void reencryptWithCurrentKey() {
    Optional<SecretCipher> cipher = runtime.cipher();
    if (cipher.isEmpty()) {
      return;
    }
    for (Stored s : store.all()) {
      if (s.secrets() != null && cipher.get().needsReencryption(s.secrets())) {
        try {
          store.replaceSecrets(s.name(), cipher.get().encrypt(
              cipher.get().decrypt(s.secrets(), context(s.name())), context(s.name())));
          LOG.info(() -> "connector " + s.name() + ": secrets re-encrypted with key "
              + cipher.get().keyId());
        } catch (SecretException e) {
          LOG.warning(() -> "connector " + s.name() + ": secrets not re-encrypted: "
              + e.getMessage());
        }
      }
    }
  }

  private ConnectorConfig toConfig(Stored s) {
    Map<String, String> values = new LinkedHashMap<>(s.settings());
    values.putAll(decrypt(s));
    return new ConnectorConfig(s.name(), s.type(), s.pollIntervalSeconds(), values);
  }

  private Map<String, String> decrypt(Stored s) {
    if (s.secrets() == null) {
      return Map.of();
    }
    SecretCipher cipher = runtime.cipher().orElseThrow(() -> new SecretException(
        SecretCipher.KEY_ENV + " is not set: set the key the secrets were stored with"));
    try {
      return JSON.readValue(cipher.decrypt(s.secrets(), context(s.name())), MAP);
    } catch (JsonProcessingException e) {
      throw new SecretException("the decrypted secrets are not readable");
    }
  }

  private Map<String, String> tryDecrypt(Stored s) {
    try {
      return decrypt(s);
    } catch (SecretException e) {
      return null;
    }
  }

  private String encrypt(String name, Map<String, String> secrets) {
    if (secrets.isEmpty()) {
      return null;
    }
    SecretCipher cipher = runtime.cipher().orElseThrow(() -> new Refused(409,
        SecretCipher.KEY_ENV + " is not set, so secrets entered in the console cannot be stored"
            + " encrypted. Set it (base64 of 32 random bytes: openssl rand -base64 32) and restart"
            + " Shiftlead, or configure this connector in shiftlead.yaml with ${ENV} references.",
        List.of()));
    try {
      return cipher.encrypt(JSON.writeValueAsString(new TreeMap<>(secrets)), context(name));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the secrets as JSON", e);
    }
  }

  private static String context(String name) {
    return "connector:" + name;
  }

  private Stored stored(String name) {
    Optional<Stored> stored = store.find(name);
    if (stored.isPresent()) {
      return stored.get();
    }
    if (isConfigured(name)) {
      throw new Refused(409, "connector '" + name + "' is configured in shiftlead.yaml: change it"
          + " there", List.of());
    }
    throw new Refused(404, "no connector '" + name + "' added from the console", List.of());
  }

  private View view(String name) {
    return list().stream().filter(v -> v.name().equals(name) && v.source().equals("console"))
        .findFirst().orElseThrow();
  }

  private boolean isConfigured(String name) {
    return runtime.config().connectors().stream().anyMatch(cc -> name.equals(cc.name()));
  }

  private HelpdeskConnectorFactory factory(String type, List<Problem> problems) {
    if (type == null || type.isBlank()) {
      problems.add(new Problem("type", "required: one of " + runtime.registry().types()));
      return null;
    }
    Optional<HelpdeskConnectorFactory> factory = runtime.registry().factory(type);
    if (factory.isEmpty()) {
      problems.add(new Problem("type", "unknown connector type '" + type + "': one of "
          + runtime.registry().types()));
      return null;
    }
    return factory.get();
  }

  private static int poll(Integer value, List<Problem> problems) {
    int poll = value == null ? 30 : value;
    if (poll < 1 || poll > 86_400) {
      problems.add(new Problem("pollIntervalSeconds", "must be between 1 and 86400, got " + poll));
    }
    return poll;
  }

  /**
   * The settings as the adapter gets them: unknown keys refused, defaults filled in, required
   * ones checked; a secret left out or empty takes its value from {@code keptSecrets}.
   */
  private static Map<String, String> settings(HelpdeskConnectorFactory factory,
      Map<String, String> given, Map<String, String> keptSecrets, List<Problem> problems) {
    Map<String, SettingDefinition> byKey = new LinkedHashMap<>();
    factory.settings().forEach(def -> byKey.put(def.key(), def));
    for (String key : given.keySet()) {
      if (!byKey.containsKey(key)) {
        problems.add(new Problem("settings." + key, "unknown setting of " + factory.id()
            + " (known: " + String.join(", ", byKey.keySet()) + ")"));
      }
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (SettingDefinition def : byKey.values()) {
      String value = given.get(def.key());
      if (value == null || value.isBlank()) {
        value = def.secret() ? keptSecrets.get(def.key()) : def.defaultValue();
      } else if (!def.secret()) {
        value = value.trim();
      }
      if (value == null || value.isBlank()) {
        if (def.required()) {
          problems.add(new Problem("settings." + def.key(), "required (" + def.help() + ")"));
        }
      } else {
        values.put(def.key(), value);
      }
    }
    return values;
  }

  /** Creates the connector as a check of the settings; the adapter's complaint, scrubbed. */
  private HelpdeskConnector tryCreate(HelpdeskConnectorFactory factory, ConnectorConfig cc,
      Map<String, String> values) {
    try {
      return factory.create(new ConnectorSettings(cc.name(), values), runtime.clock());
    } catch (RuntimeException e) {
      String secretsScrubbed = scrub(e.getMessage(), split(cc.type(), values).secret().values());
      throw invalid(List.of(new Problem("settings", secretsScrubbed == null
          ? e.getClass().getSimpleName() : secretsScrubbed)));
    }
  }

  private static Refused invalid(List<Problem> problems) {
    return new Refused(422, "the connector definition has problems", problems);
  }

  private record Split(Map<String, String> plain, Map<String, String> secret) {}

  private Split split(String type, Map<String, String> values) {
    Map<String, Boolean> secretKeys = new LinkedHashMap<>();
    runtime.registry().settings(type).orElse(List.of())
        .forEach(d -> secretKeys.put(d.key(), d.secret()));
    Map<String, String> plain = new LinkedHashMap<>();
    Map<String, String> secret = new LinkedHashMap<>();
    values.forEach((k, v) -> (secretKeys.getOrDefault(k, false) ? secret : plain).put(k, v));
    return new Split(plain, secret);
  }

  /** {@code {"apiToken": {"set": true}}} for each secret setting of the type. */
  private Map<String, Map<String, Boolean>> setFlags(String type, Map<String, String> secrets) {
    Map<String, Map<String, Boolean>> out = new LinkedHashMap<>();
    for (SettingDefinition d : runtime.registry().settings(type).orElse(List.of())) {
      if (d.secret()) {
        // unknown (not decryptable): reported as set, since a value was stored
        boolean set = secrets == null || (secrets.get(d.key()) != null
            && !secrets.get(d.key()).isEmpty());
        out.put(d.key(), Map.of("set", set));
      }
    }
    return out;
  }

  private static String describe(String type, Split split, Collection<String> secretKeys) {
    StringBuilder out = new StringBuilder("type ").append(type);
    split.plain().forEach((k, v) -> out.append(", ").append(k).append('=').append(v));
    if (!secretKeys.isEmpty()) {
      out.append("; secrets set: ").append(String.join(", ", new java.util.TreeSet<>(secretKeys)));
    }
    return out.toString();
  }
}
