package io.shiftlead.connectors.jsm.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The adapter's one ObjectMapper: tolerant reader, camelCase, nulls left out of request bodies. */
public final class JsmJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
      // a missing nextPageToken must be absent, not null, in the search body
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();

  private JsmJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
