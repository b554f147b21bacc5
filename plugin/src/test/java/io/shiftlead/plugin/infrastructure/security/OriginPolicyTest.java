package io.shiftlead.plugin.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OriginPolicyTest {
  private final OriginPolicy policy = new OriginPolicy(List.of("https://ops.example.com"));

  @ParameterizedTest(name = "{0} from {1} to {2} -> {3}")
  @CsvSource(nullValues = "none", value = {
      // the browser's same-origin requests: Origin matches the Host it addressed
      "POST, https://shiftlead.example.com,  shiftlead.example.com,     allowed",
      "POST, http://localhost:8080,          localhost:8080,            allowed",
      "PUT,  https://SHIFTLEAD.example.com,  shiftlead.example.com,     allowed",
      // helpdesk hosts and the configured allow-list
      "POST, https://acme.zendesk.com,       shiftlead.example.com,     allowed",
      "POST, https://acme.freshdesk.com,     shiftlead.example.com,     allowed",
      "POST, https://ops.example.com,        shiftlead.example.com,     allowed",
      // no Origin: not a browser (curl, servers, the helpdesks' proxies)
      "POST, none,                           shiftlead.example.com,     allowed",
      // reads are never refused for their origin
      "GET,  https://evil.example,           shiftlead.example.com,     allowed",
      // cross-site writes
      "POST, https://evil.example,           shiftlead.example.com,     refused",
      "DELETE, https://evil.example,         shiftlead.example.com,     refused",
      "POST, null,                           shiftlead.example.com,     refused",
      "POST, https://zendesk.com.evil.example, shiftlead.example.com,   refused",
      "POST, https://evil.example,           none,                      refused",
      "POST, http://localhost:9999,          localhost:8080,            refused",
  })
  void stateChangingRequestsFromForeignOriginsAreRefused(String method, String origin,
      String host, String expected) {
    String refusal = policy.refusal(method, origin, Arrays.asList(host, null));

    assertThat(refusal == null ? "allowed" : "refused").isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"https://evil.example", "'https://x\nInjected: yes'"})
  void theRefusalNamesTheOriginWithoutControlCharacters(String origin) {
    String refusal = policy.refusal("POST", origin, List.of("shiftlead.example.com"));

    assertThat(refusal).startsWith("cross-site request refused: Origin https://")
        .contains("security.allowedOrigins").doesNotContain("\n");
  }

  @Test
  void behindAProxyTheForwardedHostCounts() {
    assertThat(policy.refusal("POST", "https://shiftlead.example.com",
        Arrays.asList("proxy.internal:8080", "shiftlead.example.com"))).isNull();
  }
}
