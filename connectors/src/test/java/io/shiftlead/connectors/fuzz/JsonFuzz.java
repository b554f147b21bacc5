package io.shiftlead.connectors.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Bodies for the fuzz tests: random text, random JSON built from the vendors' own keys with values
 * of any type (wrong types, deep nesting), and recorded fixture bodies cut short or with a value
 * swapped for one of another type.
 */
final class JsonFuzz {
  private static final List<String> KEYS = List.of("ticket", "tickets", "id", "ticket_id", "event",
      "type", "subject", "detail", "issue", "key", "fields", "comment", "comments", "payload",
      "created_at", "updated_at", "status", "after_cursor", "end_of_stream", "values", "article",
      "articles", "requester_id", "custom_fields", "meta", "links", "next", "results", "via",
      "webhookEvent", "issue_event_type_name", "freshdesk_webhook", "ticket_id", "changes");

  private JsonFuzz() {}

  static Arbitrary<byte[]> bodies() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(200).map(JsonFuzz::utf8),
        json().map(JsonFuzz::utf8),
        mutatedFixtures().map(JsonFuzz::utf8),
        Arbitraries.integers().between(1, 5000).map(depth -> utf8("[".repeat(depth))),
        Arbitraries.integers().between(1, 3000)
            .map(depth -> utf8("{\"ticket\":".repeat(depth) + "1" + "}".repeat(depth))));
  }

  static Arbitrary<String> json() {
    return Arbitraries.recursive(JsonFuzz::scalar, JsonFuzz::container, 0, 6);
  }

  private static Arbitrary<String> scalar() {
    return Arbitraries.oneOf(
        Arbitraries.just("null"), Arbitraries.of("true", "false"),
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.doubles().map(String::valueOf),
        Arbitraries.of("\"\"", "\"2024-05-01T10:05:00Z\"", "\"not-a-date\"", "\"zen:ticket:12\"",
            "\"OPEN\"", "\"-1\"", "\"1e999\"", "1e999", "-0", "\"\\u0000\""),
        Arbitraries.strings().ofMaxLength(20).map(s -> '"' + s.replace("\\", "\\\\")
            .replace("\"", "\\\"") + '"'));
  }

  private static Arbitrary<String> container(Arbitrary<String> inner) {
    Arbitrary<String> array = inner.list().ofMaxSize(4)
        .map(items -> items.stream().collect(Collectors.joining(",", "[", "]")));
    Arbitrary<String> object = Combinators.combine(Arbitraries.of(KEYS), inner)
        .as((k, v) -> '"' + k + "\":" + v).list().ofMaxSize(5)
        .map(members -> members.stream().collect(Collectors.joining(",", "{", "}")));
    return Arbitraries.oneOf(array, object, object);
  }

  /** Recorded bodies of every vendor, cut at a random point or with one value's type changed. */
  static Arbitrary<String> mutatedFixtures() {
    List<String> fixtures = fixtureBodies();
    Arbitrary<String> cut = Combinators.combine(Arbitraries.of(fixtures),
        Arbitraries.doubles().between(0, 1)).as((body, at) -> body.substring(0,
            (int) (body.length() * at)));
    Arbitrary<String> retyped = Combinators.combine(Arbitraries.of(fixtures),
        Arbitraries.doubles().between(0, 1), scalar(), Arbitraries.of("[]", "{}", "null", "\"x\"", "[1,\"a\"]"))
        .as((body, at, value, other) -> Tuple.of(body, at, Math.random() < 0.5 ? value : other))
        .map(t -> retype(t.get1(), t.get2(), t.get3()));
    return Arbitraries.oneOf(cut, retyped);
  }

  /** Replaces the value after the first {@code ":"} found from a relative position. */
  private static String retype(String body, double at, String value) {
    int colon = body.indexOf("\":", (int) (body.length() * at));
    if (colon < 0) {
      return body;
    }
    int start = colon + 2;
    int end = start;
    int depth = 0;
    boolean inString = false;
    while (end < body.length()) {
      char c = body.charAt(end);
      if (inString) {
        if (c == '\\') {
          end++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        break;
      }
      end++;
    }
    return body.substring(0, start) + value + body.substring(Math.min(end, body.length()));
  }

  private static List<String> fixtureBodies() {
    Path root = fixtureRoot();
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".json"))
          .filter(p -> !p.toString().contains("mappings") && !p.toString().endsWith(".headers.json"))
          .filter(p -> p.toFile().length() < 200_000)
          .sorted()
          .map(JsonFuzz::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path fixtureRoot() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path base = dir; base != null; base = base.getParent()) {
      for (String candidate : List.of("../test-fixtures", "test-fixtures")) {
        Path path = base.resolve(candidate).resolve("src/main/resources/fixtures").normalize();
        if (Files.isDirectory(path)) {
          return path;
        }
      }
    }
    throw new IllegalStateException("fixtures not found from " + dir);
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
