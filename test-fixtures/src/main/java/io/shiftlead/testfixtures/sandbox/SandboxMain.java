package io.shiftlead.testfixtures.sandbox;

import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox alone until killed: {@code SandboxMain [--port 8089] [--tickets 500] [--seed 42]
 * [--rpm 0] [--lag 0] [--base 2026-11-01T00:00:00Z|now] [--email E] [--token T]
 * [--vendor zendesk|freshdesk] [--closed-read-only true|false] [--export-rpm 0]}. {@code
 * --export-rpm} also limits the incremental exports (tickets and ticket events) per minute, as
 * Zendesk does (10, or 30 with the High Volume add-on); 0 leaves them under the account limit only.
 */
public final class SandboxMain {

  private SandboxMain() {}

  public static void main(String[] args) throws InterruptedException {
    SandboxOptions options = SandboxOptions.defaults().withPort(8089);
    String email = options.email();
    String token = options.apiToken();
    int exportRpm = 0;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if ("--help".equals(flag) || "-h".equals(flag) || i + 1 >= args.length) {
        usage();
        return;
      }
      String value = args[++i];
      switch (flag) {
        case "--port": options = options.withPort(Integer.parseInt(value)); break;
        case "--tickets": options = options.withTicketCount(Integer.parseInt(value)); break;
        case "--seed": options = options.withSeed(Long.parseLong(value)); break;
        case "--rpm": options = options.withRequestsPerMinute(Integer.parseInt(value)); break;
        case "--lag": options = options.withExportLagSeconds(Integer.parseInt(value)); break;
        case "--base":
          options = options.withBaseInstant("now".equals(value) ? Instant.now() : Instant.parse(value));
          break;
        case "--email": email = value; break;
        case "--token": token = value; break;
        case "--vendor":
          options = options.withVendor(Vendor.valueOf(value.trim().toUpperCase(Locale.ROOT)));
          break;
        case "--export-rpm": exportRpm = Integer.parseInt(value); break;
        case "--closed-read-only": options = options.withClosedTicketsReadOnly(Boolean.parseBoolean(value)); break;
        default:
          usage();
          return;
      }
    }
    options = options.withCredentials(email, token);
    long started = System.nanoTime();
    SandboxHelpdesk sandbox = SandboxHelpdesk.start(options);
    sandbox.limitExports(exportRpm);
    Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
    boolean freshdesk = options.vendor() == Vendor.FRESHDESK;
    System.out.printf("Sandbox %s with %d tickets (seed %d) ready in %d ms%n",
        freshdesk ? "Freshdesk" : "Zendesk", options.ticketCount(), options.seed(),
        (System.nanoTime() - started) / 1_000_000);
    System.out.println("  base URL:   " + sandbox.baseUrl());
    System.out.println("  API:        " + sandbox.baseUrl() + "/api/v2/...");
    System.out.println("  admin page: " + sandbox.baseUrl() + "/sandbox");
    if (freshdesk) {
      System.out.println("  API key:    " + options.apiToken());
      System.out.println("  header:     Authorization: Basic base64(\"" + options.apiToken() + ":X\")");
      System.out.println("  connector:  baseUrl=" + sandbox.baseUrl() + " apiKey=" + options.apiToken()
          + " customFields=first_reply_minutes:cf_first_reply_minutes,"
          + "shiftlead_status:cf_shiftlead_status,product:cf_product");
    } else {
      System.out.println("  email:      " + options.email());
      System.out.println("  API token:  " + options.apiToken());
      System.out.println("  header:     Authorization: Basic base64(\"" + options.email() + "/token:"
          + options.apiToken() + "\")");
    }
    System.out.println("  rate limit: " + (options.requestsPerMinute() == 0 ? "none" : options.requestsPerMinute() + "/min")
        + (exportRpm == 0 ? "" : ", exports " + exportRpm + "/min"));
    new CountDownLatch(1).await();
  }

  private static void usage() {
    System.err.println("usage: SandboxMain [--port 8089] [--tickets 500] [--seed 42] [--rpm 0] [--lag 0]"
        + " [--base ISO-INSTANT|now] [--email E] [--token T] [--vendor zendesk|freshdesk]"
        + " [--closed-read-only true|false] [--export-rpm 0]");
  }
}
