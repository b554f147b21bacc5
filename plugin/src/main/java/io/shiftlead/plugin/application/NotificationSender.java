package io.shiftlead.plugin.application;

import java.io.IOException;
import java.util.Map;

/** Delivers one webhook call (POST of a JSON object). */
public interface NotificationSender {
  void send(String url, Map<String, Object> payload) throws IOException;
}
