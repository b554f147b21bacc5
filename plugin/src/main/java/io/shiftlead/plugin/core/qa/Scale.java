package io.shiftlead.plugin.core.qa;

/** How a criterion is rated: pass/fail, or 1 (poor) to 5 (excellent). */
public enum Scale {
  PASS_FAIL("pass_fail"),
  ONE_TO_FIVE("1-5");

  private final String wireName;

  Scale(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** Reads {@code pass_fail} or {@code 1-5}; null when the text is neither. */
  public static Scale fromWire(String value) {
    for (Scale scale : values()) {
      if (scale.wireName.equalsIgnoreCase(value.trim())) {
        return scale;
      }
    }
    return null;
  }
}
