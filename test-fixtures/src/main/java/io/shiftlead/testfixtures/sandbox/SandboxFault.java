package io.shiftlead.testfixtures.sandbox;

import java.time.Duration;

/**
 * Faults below the HTTP status (for statuses use {@link SandboxHelpdesk#failNext}), injected with
 * {@link SandboxHelpdesk#injectNext}. The request is handled as usual, so a write is applied even
 * when its answer is lost: the nastiest case for a client that retries.
 */
public enum SandboxFault {
  /** The request is handled, then the connection is closed without an answer. */
  EMPTY_REPLY,
  /** The request waits {@link #STALL_DURATION}, is then handled and answered (usually too late). */
  STALL,
  /** The headers promise the whole body; half of it is sent, then the connection is closed. */
  TRUNCATED_TRANSFER,
  /** A complete 200 answer whose JSON document is cut in half. */
  TRUNCATED_JSON,
  /** A complete 200 answer whose body is not JSON at all. */
  MALFORMED_JSON,
  /** An export page whose {@code after_cursor} is the cursor it was asked with (no progress). */
  REPEATED_CURSOR,
  /** An export page whose {@code after_cursor} jumps {@value #SKIPPED_CHANGES} changes ahead. */
  SKIPPED_CURSOR;

  /** How long {@link #STALL} holds a request: beyond any sane test read timeout. */
  public static final Duration STALL_DURATION = Duration.ofSeconds(3);

  /** How many changes {@link #SKIPPED_CURSOR} jumps over. */
  public static final int SKIPPED_CHANGES = 25;
}
