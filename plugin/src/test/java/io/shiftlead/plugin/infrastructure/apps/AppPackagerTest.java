package io.shiftlead.plugin.infrastructure.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftlead.plugin.infrastructure.apps.AppPackager.Vendor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AppPackagerTest {
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "ZENDESK  | ''                                  | baseUrl is required",
      "ZENDESK  | shiftlead.example.com               | must be an absolute https:// URL",
      "ZENDESK  | ftp://shiftlead.example.com         | must be an absolute https:// URL",
      "ZENDESK  | http://shiftlead.example.com        | must use https://",
      "ZENDESK  | http://127.0.0.1:8080               | needs a host name, not an IP address",
      "ZENDESK  | https://shiftlead.example.com/sl    | no path, query, user or fragment",
      "ZENDESK  | https://u:p@shiftlead.example.com   | no path, query, user or fragment",
      "ZENDESK  | https://shiftlead.example.com?x=1   | no path, query, user or fragment",
      "FRESHDESK| https://shiftlead.example.com:8443  | drop :8443",
  })
  void aBaseUrlTheHelpdeskWouldRefuseIsExplained(Vendor vendor, String url, String message) {
    assertThatThrownBy(() -> AppPackager.target(vendor, url, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
  }

  @Test
  void acceptedBaseUrlsAreNormalisedToAnOrigin() {
    assertThat(AppPackager.target(Vendor.ZENDESK, "https://Shiftlead.Example.com/", "acme")
        .origin()).isEqualTo("https://shiftlead.example.com");
    assertThat(AppPackager.target(Vendor.ZENDESK, "https://shiftlead.example.com:8443", null)
        .origin()).isEqualTo("https://shiftlead.example.com:8443");
    assertThat(AppPackager.target(Vendor.FRESHDESK, "http://localhost:8080", null).authority())
        .isEqualTo("localhost:8080");
    assertThatThrownBy(() -> AppPackager.target(Vendor.ZENDESK, "https://a.example", "Bad Name"))
        .hasMessageContaining("connector must be a configured connector name");
    assertThatThrownBy(() -> Vendor.of("jira")).hasMessageContaining("zendesk or freshdesk");
  }
}
