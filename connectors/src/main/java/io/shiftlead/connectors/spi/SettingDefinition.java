package io.shiftlead.connectors.spi;

/**
 * One setting an adapter needs, declared as data so the plugin can validate a config before start
 * and never print a secret.
 *
 * @param secret true for credentials: the config must reference an environment variable, and the
 *     value is masked wherever settings are shown or logged
 * @param defaultValue null when there is none
 */
public record SettingDefinition(
    String key, boolean required, boolean secret, String defaultValue, String help) {

  public static SettingDefinition required(String key, String help) {
    return new SettingDefinition(key, true, false, null, help);
  }

  public static SettingDefinition secret(String key, String help) {
    return new SettingDefinition(key, true, true, null, help);
  }

  public static SettingDefinition optional(String key, String defaultValue, String help) {
    return new SettingDefinition(key, false, false, defaultValue, help);
  }
}
