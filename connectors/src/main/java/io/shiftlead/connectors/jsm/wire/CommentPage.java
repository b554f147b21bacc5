package io.shiftlead.connectors.jsm.wire;

import java.util.List;

/** The servicedesk API's page envelope over comments: {@code start}/{@code limit}, {@code isLastPage}. */
public record CommentPage(Integer size, Integer start, Integer limit, Boolean isLastPage,
    List<WireComment> values) {}
