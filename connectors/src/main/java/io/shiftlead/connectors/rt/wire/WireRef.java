package io.shiftlead.connectors.rt.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A reference to another record ({@code {"id":"agent1","type":"user","_url":...}}); users are
 * referenced by Name. Sub-expanded fields ({@code fields[Queue]=Name}, {@code fields[Creator]=...})
 * fill the optional properties.
 */
public record WireRef(
    @JsonProperty("id") String id,
    @JsonProperty("type") String type,
    @JsonProperty("Name") String name,
    @JsonProperty("EmailAddress") String emailAddress,
    @JsonProperty("RealName") String realName) {}
