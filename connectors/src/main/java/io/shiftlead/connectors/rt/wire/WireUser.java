package io.shiftlead.connectors.rt.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code GET /user/{name}}: {@code Privileged} 1 is staff, 0 an end user. */
public record WireUser(
    @JsonProperty("id") String id,
    @JsonProperty("Name") String name,
    @JsonProperty("EmailAddress") String emailAddress,
    @JsonProperty("RealName") String realName,
    @JsonProperty("Lang") String lang,
    @JsonProperty("Organization") String organization,
    @JsonProperty("Privileged") Integer privileged) {}
