package io.shiftlead.plugin.infrastructure.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftlead.connectors.spi.model.Ticket;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a line of an interchange file holds, the reader reports it as a good ticket or as a bad
 * line with its number, and goes on: no exception escapes, no line is dropped silently.
 */
class JsonlTicketReaderFuzzTest {
  private static final List<String> SAMPLE = sampleLines();
  private static final List<String> KEYS = List.of("id", "source", "subject", "status", "priority",
      "channel", "createdAt", "updatedAt", "requester", "assignee", "group", "tags", "fields",
      "comments", "author", "role", "public", "body", "email", "name");

  @Provide
  Arbitrary<List<String>> files() {
    Arbitrary<String> json = Arbitraries.recursive(JsonlTicketReaderFuzzTest::scalar,
        inner -> Arbitraries.oneOf(
            inner.list().ofMaxSize(3).map(l -> l.stream().collect(Collectors.joining(",", "[", "]"))),
            Combinators.combine(Arbitraries.of(KEYS), inner).as((k, v) -> '"' + k + "\":" + v)
                .list().ofMaxSize(5).map(l -> l.stream().collect(Collectors.joining(",", "{", "}")))),
        0, 5);
    Arbitrary<String> cut = Combinators.combine(Arbitraries.of(SAMPLE),
        Arbitraries.doubles().between(0, 1)).as((line, at) -> line.substring(0, (int) (line.length() * at)));
    Arbitrary<String> retyped = Combinators.combine(Arbitraries.of(SAMPLE), Arbitraries.of(KEYS),
        scalar()).as((line, key, value) -> line.replaceFirst("\"" + key + "\":(\"[^\"]*\"|\\d+|true|false|null)",
            "\"" + key + "\":" + value.replace("$", "\\$")));
    Arbitrary<String> line = Arbitraries.oneOf(json, cut, retyped, Arbitraries.of(SAMPLE),
        Arbitraries.strings().ofMaxLength(80).map(s -> s.replace('\n', ' ').replace('\r', ' ')),
        Arbitraries.integers().between(1, 3000).map("["::repeat));
    return line.list().ofMinSize(1).ofMaxSize(12);
  }

  private static Arbitrary<String> scalar() {
    return Arbitraries.oneOf(Arbitraries.of("null", "true", "false", "\"\"", "\"closed\"", "\"agent\"",
        "\"2026-08-13T10:22:42Z\"", "\"yesterday\"", "-1", "1e999", "{}", "[]"),
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.strings().alpha().ofMaxLength(10).map(s -> '"' + s + '"'));
  }

  @Property(tries = 300)
  void everyLineIsATicketOrABadLineWithItsNumber(@ForAll("files") List<String> lines) throws IOException {
    List<Long> good = new ArrayList<>();
    List<InterchangeLineException> bad = new ArrayList<>();
    long badCount = new JsonlTicketReader().read(
        new BufferedReader(new StringReader(String.join("\n", lines))),
        new JsonlTicketReader.Visitor() {
          @Override
          public void ticket(long lineNumber, Ticket ticket) {
            assertThat(ticket).isNotNull();
            good.add(lineNumber);
          }

          @Override
          public void badLine(InterchangeLineException problem) {
            assertThat(problem.getMessage()).startsWith("line " + problem.lineNumber() + ": ");
            bad.add(problem);
          }
        });

    long nonBlank = lines.stream().filter(l -> !l.isBlank()).count();
    assertThat(badCount).isEqualTo(bad.size());
    assertThat(good.size() + bad.size()).isEqualTo(nonBlank);
  }

  private static List<String> sampleLines() {
    try (InputStream in = JsonlTicketReaderFuzzTest.class.getClassLoader()
        .getResourceAsStream("fixtures/interchange/sample-20.jsonl")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
