package io.shiftlead.connectors.jsm.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /rest/servicedeskapi/request/{key}/comment}; {@code public: false} is internal. */
public record NewComment(String body, @JsonProperty("public") boolean isPublic) {}
