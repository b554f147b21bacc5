package io.shiftlead.testfixtures.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque cursors: URL-safe base64 of a position. Callers must treat them as opaque; the sandbox
 * decodes them and answers 400 to anything it did not issue.
 */
final class Cursors {

  private Cursors() {}

  static String encode(long position) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(("p" + position).getBytes(StandardCharsets.UTF_8));
  }

  static long decode(String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!text.startsWith("p")) {
        throw new IllegalArgumentException(text);
      }
      return Long.parseLong(text.substring(1));
    } catch (IllegalArgumentException e) {
      throw JsonResponses.badRequest("InvalidPaginationParameter", "cursor is invalid");
    }
  }
}
