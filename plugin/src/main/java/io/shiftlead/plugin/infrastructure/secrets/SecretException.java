package io.shiftlead.plugin.infrastructure.secrets;

/** A secret cannot be encrypted or decrypted; the message names the cause, never the value. */
public final class SecretException extends RuntimeException {
  public SecretException(String message) {
    super(message);
  }
}
