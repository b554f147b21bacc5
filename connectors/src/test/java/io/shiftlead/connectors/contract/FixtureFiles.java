package io.shiftlead.connectors.contract;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * What every adapter's WireMock fixture does with its recorded payloads in
 * {@code test-fixtures/src/main/resources/fixtures/<vendor>}: find them, serve them, add scenarios.
 */
public final class FixtureFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FixtureFiles() {}

  /** The vendor's fixture folder, found from the connectors module or the repository root. */
  public static Path root(String vendor) {
    Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
    for (Path base = dir; base != null; base = base.getParent()) {
      for (String candidate : List.of("../test-fixtures", "test-fixtures")) {
        Path path = base.resolve(candidate).resolve("src/main/resources/fixtures/" + vendor)
            .normalize();
        if (Files.isDirectory(path.resolve("mappings"))) {
          return path;
        }
      }
    }
    throw new IllegalStateException("fixtures/" + vendor + " not found from " + dir);
  }

  /** WireMock on a dynamic loopback port serving the folder's mappings and bodies. */
  public static WireMockServer startServer(Path root) {
    WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
        .usingFilesUnderDirectory(root.toString()));
    server.start();
    return server;
  }

  /** Adds {@code scenarios/<name>.json}; placeholders in its body file are replaced first. */
  public static void addScenario(WireMockServer server, Path root, String name,
      Map<String, String> replacements) {
    ObjectNode mapping = (ObjectNode) readTree(read(root, "scenarios/" + name + ".json"));
    ObjectNode response = (ObjectNode) mapping.get("response");
    if (!replacements.isEmpty() && response.has("bodyFileName")) {
      String body = read(root, "__files/" + response.get("bodyFileName").asText());
      for (Map.Entry<String, String> r : replacements.entrySet()) {
        body = body.replace(r.getKey(), r.getValue());
      }
      response.remove("bodyFileName");
      response.put("body", body);
    }
    server.addStubMapping(StubMapping.buildFrom(mapping.toString()));
  }

  public static String read(Path root, String relative) {
    return new String(bytes(root, relative), StandardCharsets.UTF_8);
  }

  public static byte[] bytes(Path root, String relative) {
    try {
      return Files.readAllBytes(root.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
