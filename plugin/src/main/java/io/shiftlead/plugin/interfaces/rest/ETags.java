package io.shiftlead.plugin.interfaces.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Conditional GETs for the sidebar's polling: a weak ETag over what matters to the reader (not
 * over values that only move with the clock), and 304 when the client's {@code If-None-Match}
 * still matches.
 */
final class ETags {
  private ETags() {}

  static Response ok(Request request, Object entity, Object versionOf) {
    EntityTag tag = new EntityTag(hash(String.valueOf(versionOf)), true);
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified.tag(tag).build();
    }
    return Response.ok(entity).tag(tag).header("Cache-Control", "no-cache").build();
  }

  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
