package io.shiftlead.plugin.core.qa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The plain-map shape of a result that the replay output line and the REST resource serialise
 * (keys in a fixed order): {@code {"scorecard", "score", "autoFail", "passed", "categories",
 * "checks": [{"id", "result", "confidence", "evidence"}]}}. Kept here so both print the same.
 */
public final class QaView {
  private QaView() {}

  public static Map<String, Object> of(QaResult result) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("scorecard", result.scorecardId());
    view.put("score", result.score());
    view.put("autoFail", result.autoFail());
    view.put("passed", result.passed());
    Map<String, Object> categories = new LinkedHashMap<>();
    result.categories().forEach(c -> categories.put(c.category().id(), c.score()));
    view.put("categories", categories);
    List<Map<String, Object>> checks = new ArrayList<>();
    for (CheckResult check : result.checks()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", check.checkId());
      item.put("result", check.outcome().wireName());
      item.put("confidence", check.confidence());
      item.put("evidence", check.evidence().stream().map(Evidence::describe)
          .collect(Collectors.joining("; ")));
      checks.add(item);
    }
    view.put("checks", checks);
    return view;
  }
}
