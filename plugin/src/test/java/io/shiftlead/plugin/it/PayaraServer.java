package io.shiftlead.plugin.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real WAR on a real Payara Micro, in its own JVM, started the way users start it
 * ({@code java -jar payara-micro.jar --deploy}), on loopback only. {@link #kill()} is SIGKILL.
 */
final class PayaraServer implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2)).build();

  private final Process process;
  private final int port;
  private final Path log;

  private PayaraServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  record StartFailure(int exitCode, String log) {}

  static PayaraServer start(Path dir, Path config, Map<String, String> env) throws Exception {
    return start(dir, config, env, List.of(), List.of());
  }

  /**
   * Starts with extra JVM options (after the defaults, so {@code -Xmx...} overrides) and extra
   * Payara Micro arguments; a {@code --clustermode} among them replaces {@code --nocluster}.
   */
  static PayaraServer start(Path dir, Path config, Map<String, String> env, List<String> jvm,
      List<String> payaraArgs) throws Exception {
    PayaraServer server = launch(dir, config, env, jvm, payaraArgs);
    server.awaitReady(Duration.ofSeconds(240));
    return server;
  }

  /** Starts a server that must not come up, and returns how it exited. */
  static StartFailure expectStartFailure(Path dir, Path config, Map<String, String> env)
      throws Exception {
    PayaraServer server = launch(dir, config, env, List.of(), List.of());
    if (!server.process.waitFor(240, java.util.concurrent.TimeUnit.SECONDS)) {
      server.process.destroyForcibly();
      throw new AssertionError("the server kept running; log:\n" + server.tail());
    }
    return new StartFailure(server.process.exitValue(), server.log());
  }

  private static PayaraServer launch(Path dir, Path config, Map<String, String> env,
      List<String> jvm, List<String> payaraArgs) throws Exception {
    Path workDir = dir.toAbsolutePath(); // the server runs in it: relative paths would break
    Files.createDirectories(workDir);
    Path preboot = workDir.resolve("preboot.txt");
    Files.writeString(preboot, "set configs.config.server-config.network-config."
        + "network-listeners.network-listener.http-listener.address=127.0.0.1\n");
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-Xmx512m", "-Dhazelcast.socket.bind.any=false",
        "-jar", System.getProperty("payara.microJar"),
        "--deploy", System.getProperty("shiftlead.war"), "--contextroot", "/",
        "--port", String.valueOf(port), "--nocluster", "--disablephonehome",
        "--interfaces", "127.0.0.1", "--prebootcommandfile", preboot.toString()));
    command.addAll(command.indexOf("-jar"), jvm);
    if (payaraArgs.contains("--clustermode")) {
      command.remove("--nocluster");
    }
    command.addAll(payaraArgs);
    if (config != null) { // none: the built-in demo configuration
      command.add(command.indexOf("-jar"), "-Dshiftlead.config=" + config.toAbsolutePath());
    }
    Path log = workDir.resolve("payara-" + Instant.now().toEpochMilli() + ".log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(env);
    return new PayaraServer(builder.start(), port, log);
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return get(path, Map.of());
  }

  HttpResponse<String> get(String path, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .timeout(Duration.ofSeconds(10));
    headers.forEach(request::header);
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, Map<String, String> headers, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    headers.forEach(request::header);
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private void awaitReady(Duration timeout) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara exited with " + process.exitValue() + "; log:\n"
            + tail());
      }
      try {
        if (get("/health/ready").statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still booting
      }
      Thread.sleep(500);
    }
    process.destroyForcibly();
    throw new IllegalStateException("Payara not ready after " + timeout + "; log:\n" + tail());
  }

  String tail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
  }

  String log() throws IOException {
    return Files.readString(log);
  }

  /** SIGKILL: no shutdown hooks, no @PreDestroy, exactly like a crash. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(20),
        java.util.concurrent.TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
