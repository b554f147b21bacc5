package io.shiftlead.connectors.rt.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * REST2's collection envelope. {@code total}/{@code pages} are null when the user cannot "see all"
 * of the collection, and then RT drops invisible items after paging: page until {@code items} is
 * empty. {@code pages} may come as a float ({@code 0.0}).
 */
public record WireCollection<T>(
    @JsonProperty("count") Integer count,
    @JsonProperty("page") Integer page,
    @JsonProperty("pages") Double pages,
    @JsonProperty("per_page") Integer perPage,
    @JsonProperty("total") Integer total,
    @JsonProperty("next_page") String nextPage,
    @JsonProperty("items") List<T> items) {

  public List<T> itemsOrEmpty() {
    return items == null ? List.of() : items;
  }

  /** Whether this is the last page: by {@code pages} when known, else only an empty page is. */
  public boolean isLast(int requestedPage) {
    if (itemsOrEmpty().isEmpty()) {
      return true;
    }
    return total != null && pages != null && requestedPage >= pages;
  }
}
