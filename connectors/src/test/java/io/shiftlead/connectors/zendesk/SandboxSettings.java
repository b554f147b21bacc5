package io.shiftlead.connectors.zendesk;

import io.shiftlead.testfixtures.sandbox.SandboxHelpdesk;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test helper: the Zendesk settings that reach a sandbox helpdesk and its whole dataset. */
final class SandboxSettings {
  private SandboxSettings() {}

  /** URL, credentials and a start time before the dataset's oldest ticket; add the rest. */
  static Map<String, String> of(SandboxHelpdesk sandbox) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(ZendeskSettings.BASE_URL, sandbox.baseUrl());
    values.put(ZendeskSettings.EMAIL, sandbox.options().email());
    values.put(ZendeskSettings.API_TOKEN, sandbox.options().apiToken());
    values.put(ZendeskSettings.START_TIME,
        sandbox.options().baseInstant().minus(Duration.ofDays(120)).toString());
    return values;
  }
}
