package io.shiftlead.plugin.interfaces.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.shiftlead.connectors.spi.SettingDefinition;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.plugin.infrastructure.admin.AdminFiles;
import io.shiftlead.plugin.infrastructure.admin.EditedFileException;
import io.shiftlead.plugin.infrastructure.admin.FileProblem;
import io.shiftlead.plugin.infrastructure.admin.RulesDryRun;
import io.shiftlead.connectors.spi.HelpdeskConnector;
import io.shiftlead.plugin.infrastructure.runtime.BackfillingConnector;
import io.shiftlead.plugin.infrastructure.runtime.ConnectorAdmin;
import io.shiftlead.plugin.infrastructure.runtime.LiveConfiguration;
import io.shiftlead.plugin.infrastructure.runtime.ShiftleadRuntime;
import io.shiftlead.plugin.infrastructure.security.ApiAccess;
import io.shiftlead.plugin.infrastructure.store.JdbcAdminQueries;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The admin console's API as plain methods (the resources only route to them): connector test and
 * backfill, the YAML editor, the dry run, the audit log and the token list. Answers are JSON text;
 * no answer carries a token or a connector secret.
 */
final class AdminApi {
  static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /** An HTTP answer: status and JSON body. */
  record Answer(int status, String json) {}

  private final ShiftleadRuntime runtime;
  private final Clock clock;
  /** Who calls (the token's name), for the change log. */
  private final String actor;

  AdminApi(ShiftleadRuntime runtime, Clock clock) {
    this(runtime, clock, "anonymous");
  }

  AdminApi(ShiftleadRuntime runtime, Clock clock, String actor) {
    this.runtime = runtime;
    this.clock = clock;
    this.actor = actor == null || actor.isBlank() ? "anonymous" : actor;
  }

  Answer testConnection(String connector) {
    Optional<BackfillingConnector> c = runtime.connector(connector);
    if (c.isEmpty()) {
      return error(404, "no connector '" + connector + "'");
    }
    return ok(check(connector, c.get(), new ConnectorAdmin(runtime).secretValues(connector)));
  }

  /**
   * The cheapest authenticated read, as {@code {connector, ok, millis}} or with the typed error
   * and its message, the given secret values removed from it.
   */
  private static Map<String, Object> check(String connector, HelpdeskConnector c,
      List<String> secrets) {
    long started = System.nanoTime();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("connector", connector);
    try {
      c.checkConnection();
      out.put("ok", true);
    } catch (ConnectorException e) {
      out.put("ok", false);
      out.put("error", e.getClass().getSimpleName().replace("Exception", ""));
      out.put("retriable", e.isRetriable());
      out.put("message", ConnectorAdmin.scrub(e.getMessage(), secrets));
    } catch (RuntimeException e) {
      out.put("ok", false);
      out.put("error", "Unexpected");
      out.put("message", ConnectorAdmin.scrub(e.getClass().getSimpleName() + ": "
          + e.getMessage(), secrets));
    }
    out.put("millis", (System.nanoTime() - started) / 1_000_000);
    return out;
  }

  // ---- connectors added from the console (ADR 0017) ----

  /** {@code GET /api/v1/admin/connector-types}: each type's settings, secrets marked. */
  Answer connectorTypes() {
    List<Map<String, Object>> out = new ArrayList<>();
    new ConnectorAdmin(runtime).types().forEach((type, settings) -> {
      List<Map<String, Object>> fields = new ArrayList<>();
      for (SettingDefinition d : settings) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("key", d.key());
        f.put("required", d.required());
        f.put("secret", d.secret());
        f.put("default", d.defaultValue());
        f.put("help", d.help());
        fields.add(f);
      }
      out.add(Map.of("type", type, "settings", fields));
    });
    return ok(Map.of("types", out, "secretsCanBeStored", runtime.cipher().isPresent()));
  }

  /** {@code GET /api/v1/admin/connectors}: configured and console connectors, secrets masked. */
  Answer listConnectors() {
    return ok(Map.of("connectors", new ConnectorAdmin(runtime).list(),
        "secretsCanBeStored", runtime.cipher().isPresent()));
  }

  /** {@code POST /api/v1/admin/connectors}: 201 with the new connector, already syncing. */
  Answer createConnector(String actor, String body) {
    return connectorWork(body, d -> answer(201, new ConnectorAdmin(runtime).create(actor, d)));
  }

  /** {@code PUT /api/v1/admin/connectors/{name}}: a secret left out keeps its stored value. */
  Answer updateConnector(String actor, String name, String body) {
    return connectorWork(body, d -> ok(new ConnectorAdmin(runtime).update(actor, name, d)));
  }

  /** {@code DELETE /api/v1/admin/connectors/{name}}: stops it; its stored tickets stay. */
  Answer deleteConnector(String actor, String name) {
    try {
      new ConnectorAdmin(runtime).delete(actor, name);
      return ok(Map.of("deleted", name));
    } catch (ConnectorAdmin.Refused e) {
      return refused(e);
    }
  }

  /** {@code POST /api/v1/admin/connectors/test}: a definition not saved yet, tested. */
  Answer testCandidate(String body) {
    return connectorWork(body, d -> {
      ConnectorAdmin.Candidate candidate = new ConnectorAdmin(runtime).candidate(d);
      try {
        return ok(check(candidate.config().name(), candidate.connector(),
            candidate.secretValues()));
      } finally {
        candidate.connector().close();
      }
    });
  }

  /** {@code GET /api/v1/admin/connector-changes}: who changed which connector, newest first. */
  Answer adminChanges() {
    return ok(Map.of("entries", runtime.definitions().audit(500)));
  }

  private Answer connectorWork(String body,
      java.util.function.Function<ConnectorAdmin.Definition, Answer> work) {
    ConnectorAdmin.Definition definition;
    try {
      definition = definition(body);
    } catch (IllegalArgumentException e) {
      return error(400, e.getMessage());
    }
    try {
      return work.apply(definition);
    } catch (ConnectorAdmin.Refused e) {
      return refused(e);
    }
  }

  /** {@code {"name","type","pollIntervalSeconds","settings":{...}}}; settings values as text. */
  static ConnectorAdmin.Definition definition(String body) {
    JsonNode json;
    try {
      json = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
    } catch (JsonProcessingException e) {
      // the parser's message may quote the body, and the body holds secrets: say where only
      throw new IllegalArgumentException("the body is not JSON"
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ")"));
    }
    if (!json.isObject()) {
      throw new IllegalArgumentException("send {\"name\", \"type\", \"pollIntervalSeconds\","
          + " \"settings\": {...}}");
    }
    JsonNode settings = json.path("settings");
    if (!settings.isMissingNode() && !settings.isNull() && !settings.isObject()) {
      throw new IllegalArgumentException("settings: must be an object of setting to value");
    }
    Map<String, String> values = new LinkedHashMap<>();
    settings.fields().forEachRemaining(e -> {
      if (e.getValue().isContainerNode()) {
        throw new IllegalArgumentException("settings." + e.getKey() + ": must be a single value");
      }
      values.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText());
    });
    JsonNode poll = json.path("pollIntervalSeconds");
    Integer pollSeconds = null;
    if (!poll.isMissingNode() && !poll.isNull() && !(poll.isTextual() && poll.asText().isBlank())) {
      if (!poll.canConvertToInt() && !(poll.isTextual() && poll.asText().matches("\\d{1,9}"))) {
        throw new IllegalArgumentException("pollIntervalSeconds: must be a whole number");
      }
      pollSeconds = poll.asInt();
    }
    return new ConnectorAdmin.Definition(text(json, "name"), text(json, "type"), pollSeconds,
        values);
  }

  private static String text(JsonNode json, String key) {
    JsonNode n = json.path(key);
    return n.isMissingNode() || n.isNull() ? null : n.asText().trim();
  }

  private static Answer refused(ConnectorAdmin.Refused e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", e.getMessage());
    body.put("problems", e.problems());
    return answer(e.status(), body);
  }

  Answer startBackfill(String connector, String from) {
    Optional<BackfillingConnector> c = runtime.connector(connector);
    if (c.isEmpty()) {
      return error(404, "no connector '" + connector + "'");
    }
    Instant start;
    try {
      start = instant(from, "from");
    } catch (IllegalArgumentException e) {
      return error(400, e.getMessage());
    }
    if (start == null) {
      return error(400, "from is required: an ISO date (2024-01-31) or instant"
          + " (2024-01-31T00:00:00Z)");
    }
    try {
      return answer(202, runtime.startBackfill(connector, start));
    } catch (IllegalArgumentException e) {
      return error(400, e.getMessage());
    } catch (IllegalStateException e) {
      return error(409, e.getMessage());
    } catch (UnsupportedOperationException e) {
      return error(422, e.getMessage());
    }
  }

  Answer backfill(String connector) {
    Optional<BackfillingConnector> c = runtime.connector(connector);
    if (c.isEmpty()) {
      return error(404, "no connector '" + connector + "'");
    }
    return c.get().progress().map(p -> answer(200, p))
        .orElseGet(() -> error(404, "no backfill of '" + connector + "' since the server started"));
  }

  Answer listFiles(String kind) {
    return files(files -> {
      AdminFiles.Kind k = AdminFiles.Kind.of(kind);
      return ok(Map.of("kind", k.wireName(), "files", files.list(k)));
    });
  }

  Answer readFile(String kind, String name) {
    return files(files -> files.read(AdminFiles.Kind.of(kind), name)
        .map(text -> ok(Map.of("kind", kind, "name", name, "text", text)))
        .orElseGet(() -> error(404, "no " + kind + " file '" + name + "'")));
  }

  Answer saveFile(String kind, String name, String text, boolean validateOnly) {
    return files(files -> {
      AdminFiles.Kind k = AdminFiles.Kind.of(kind);
      if (validateOnly) {
        List<FileProblem> problems = files.validate(k, name, text == null ? "" : text);
        return problems.isEmpty() ? ok(Map.of("ok", true)) : problems(problems);
      }
      return ok(files.save(k, name, text == null ? "" : text));
    });
  }

  Answer dryRun(String body) {
    JsonNode json;
    try {
      json = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
    } catch (JsonProcessingException e) {
      return error(400, "the body is not JSON: " + e.getOriginalMessage());
    }
    String file = json.path("file").asText("");
    String yaml = json.path("yaml").asText(null);
    int days = json.path("days").asInt(7);
    if (file.isBlank() || yaml == null) {
      return error(400, "send {\"file\": \"shared.yaml\", \"yaml\": \"...\", \"days\": 7}");
    }
    List<String> connectors = runtime.status().stream().map(s -> s.name()).toList();
    RulesDryRun dryRun = new RulesDryRun(runtime.rules(),
        new JdbcAdminQueries(runtime.database().jdbc()), connectors, clock);
    try {
      return ok(dryRun.run(file, yaml, days));
    } catch (EditedFileException e) {
      return problems(e.problems());
    } catch (IllegalArgumentException e) {
      return error(400, e.getMessage());
    }
  }

  Answer audit(String connector, String ticket, String rule, String from, String to) {
    Instant start;
    Instant end;
    try {
      start = instant(from, "from");
      end = instant(to, "to");
    } catch (IllegalArgumentException e) {
      return error(400, e.getMessage());
    }
    List<JdbcAdminQueries.AuditRow> rows = new JdbcAdminQueries(runtime.database().jdbc())
        .audit(new JdbcAdminQueries.AuditFilter(connector, ticket, rule, start, end));
    List<Map<String, Object>> out = new ArrayList<>();
    for (JdbcAdminQueries.AuditRow r : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("connector", r.connector());
      m.put("ticketId", r.ticketId());
      m.put("createdAt", r.entry().createdAt());
      m.put("state", r.entry().state().name());
      m.put("attempts", r.entry().attempts());
      m.put("update", r.entry().update());
      m.put("reasons", r.entry().reasons());
      m.put("lastError", r.entry().lastError());
      out.add(m);
    }
    return ok(Map.of("entries", out, "limit", JdbcAdminQueries.AUDIT_LIMIT,
        "truncated", rows.size() >= JdbcAdminQueries.AUDIT_LIMIT));
  }

  static Answer access(ApiAccess access) {
    List<Map<String, Object>> tokens = new ArrayList<>();
    for (ApiAccess.Principal p : access.principals()) {
      tokens.add(Map.of("name", p.name(), "role", p.role().wireName(),
          "connectors", p.connectors()));
    }
    return ok(Map.of("open", access.open(), "tokens", tokens));
  }

  private Answer files(java.util.function.Function<AdminFiles, Answer> work) {
    var config = runtime.config();
    AdminFiles files = new AdminFiles(config.rulesDirectory(), config.slaDirectory(),
        config.qaDirectory(), runtime.rules(), () -> runtime.reloadRules(actor), this::reloadSaved);
    try {
      return work.apply(files);
    } catch (EditedFileException e) {
      return problems(e.problems());
    } catch (IllegalArgumentException e) {
      return error(400, e.getMessage());
    }
  }

  /** After a save: swaps in the saved SLA policies or scorecards. */
  private String reloadSaved(AdminFiles.Kind kind, String name) {
    LiveConfiguration.Reloaded reloaded = kind == AdminFiles.Kind.SLA
        ? runtime.live().reloadSla(actor, name) : runtime.live().reloadQa(actor, name);
    if (!reloaded.ok()) {
      throw new EditedFileException(reloaded.problems());
    }
    return reloaded.detail();
  }

  /**
   * {@code POST /admin/reload/{kind}}: re-reads files edited on disk; 422 with the problems and
   * nothing changed when one is bad.
   */
  Answer reload(String kind) {
    LiveConfiguration.Reloaded reloaded;
    switch (kind) {
      case LiveConfiguration.SLA:
        reloaded = runtime.live().reloadSla(actor, null);
        break;
      case LiveConfiguration.QA:
        reloaded = runtime.live().reloadQa(actor, null);
        break;
      case "rules":
        var report = runtime.reloadRules(actor);
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("kind", "rules");
        rules.put("ok", report.ok());
        rules.put("detail", "loaded " + report.loaded());
        rules.put("rejected", report.rejected().keySet());
        return answer(report.ok() ? 200 : 422, rules);
      default:
        return error(400, "unknown kind '" + kind + "': use rules, sla or qa");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", reloaded.kind());
    out.put("ok", reloaded.ok());
    out.put("detail", reloaded.detail());
    out.put("problems", reloaded.problems());
    return answer(reloaded.ok() ? 200 : 422, out);
  }

  /** {@code GET /admin/shadow}: the shadow switch of SLA and QA. */
  Answer shadowModes() {
    return ok(Map.of(LiveConfiguration.SLA, runtime.live().shadowOn(LiveConfiguration.SLA),
        LiveConfiguration.QA, runtime.live().shadowOn(LiveConfiguration.QA)));
  }

  /** {@code PUT /admin/shadow/{kind}} with {@code {"shadow": true|false}}. */
  Answer setShadow(String kind, String body) {
    JsonNode json;
    try {
      json = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
    } catch (JsonProcessingException e) {
      return error(400, "the body is not JSON: " + e.getOriginalMessage());
    }
    if (!json.path("shadow").isBoolean()) {
      return error(400, "send {\"shadow\": true} or {\"shadow\": false}");
    }
    try {
      runtime.live().setShadow(kind, json.path("shadow").asBoolean(), actor);
    } catch (IllegalArgumentException e) {
      return error(400, e.getMessage());
    }
    return shadowModes();
  }

  /** {@code GET /admin/shadow/decisions?connector=&kind=}: what shadowed SLA/QA would write. */
  Answer shadowDecisions(String connector, String kind) {
    return ok(Map.of("decisions", runtime.live().store().shadowDecisions(blankToNull(connector),
        blankToNull(kind))));
  }

  /** {@code GET /admin/changes?kind=}: who saved, reloaded or switched what, newest first. */
  Answer changes(String kind) {
    return ok(Map.of("changes", runtime.live().store().changes(blankToNull(kind))));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static Answer problems(List<FileProblem> problems) {
    return answer(422, Map.of("ok", false, "problems", problems));
  }

  /** An ISO date (midnight UTC) or instant; null when absent. */
  static Instant instant(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + ": '" + value + "' is not an ISO date"
          + " (2024-01-31) or instant (2024-01-31T00:00:00Z)");
    }
  }

  private static Answer ok(Object body) {
    return answer(200, body);
  }

  static Answer error(int status, String message) {
    return answer(status, Map.of("error", message));
  }

  private static Answer answer(int status, Object body) {
    try {
      return new Answer(status, JSON.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
