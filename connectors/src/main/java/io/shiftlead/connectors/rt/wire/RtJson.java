package io.shiftlead.connectors.rt.wire;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The adapter's one ObjectMapper: tolerant reader. RT writes field names in CamelCase ({@code
 * LastUpdated}) next to lower-case {@code id}/{@code type}, and numbers as strings except a record's
 * top-level {@code id}: the records name each property and Jackson coerces scalars.
 */
public final class RtJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
      .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();

  private RtJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
