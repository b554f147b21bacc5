package io.shiftlead.plugin.interfaces.rest;

import io.shiftlead.plugin.application.qa.Coaching;
import io.shiftlead.plugin.application.qa.Dispute;
import io.shiftlead.plugin.application.qa.QaService.TicketQa;
import io.shiftlead.plugin.application.qa.StoredReview;
import io.shiftlead.plugin.core.qa.Calibration;
import io.shiftlead.plugin.core.qa.CategoryScore;
import io.shiftlead.plugin.core.qa.CheckResult;
import io.shiftlead.plugin.core.qa.CriterionScore;
import io.shiftlead.plugin.core.qa.Evidence;
import io.shiftlead.plugin.core.qa.QaResult;
import io.shiftlead.plugin.core.qa.QaView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The QA API's JSON shapes as plain maps, keys in a fixed order (documented in docs/qa.md). */
final class QaJson {
  private QaJson() {}

  static Map<String, Object> ticket(String connector, TicketQa qa) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("connector", connector);
    view.put("ticketId", qa.ticketId());
    QaResult result = qa.result();
    if (result == null) {
      view.put("scorecard", null);
      view.put("score", null);
      view.put("reason", qa.reason());
    } else {
      view.put("scorecard", result.scorecardId());
      view.put("score", result.score());
      view.put("rawScore", result.rawScore());
      view.put("autoFail", result.autoFail());
      view.put("result", result.score() == null ? null : result.passed() ? "pass" : "fail");
      if (qa.reason() != null) {
        view.put("reason", qa.reason());
      }
      List<Map<String, Object>> categories = new ArrayList<>();
      for (CategoryScore category : result.categories()) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", category.category().id());
        c.put("name", category.category().name());
        c.put("weight", category.category().weight());
        c.put("score", category.score());
        c.put("criteria", result.criteria().stream()
            .filter(k -> k.categoryId().equals(category.category().id()))
            .map(QaJson::criterion).toList());
        categories.add(c);
      }
      view.put("categories", categories);
      view.put("checks", QaView.of(result).get("checks"));
    }
    view.put("disputes", qa.disputes().stream().map(QaJson::dispute).toList());
    return view;
  }

  private static Map<String, Object> criterion(CriterionScore score) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", score.criterion().id());
    c.put("name", score.criterion().name());
    c.put("check", score.criterion().checkId());
    c.put("question", score.criterion().question());
    c.put("scale", score.criterion().scale().wireName());
    c.put("weight", score.criterion().weight());
    c.put("critical", score.criterion().critical());
    c.put("result", score.outcome().wireName());
    c.put("value", score.value());
    CheckResult automated = score.automated();
    if (automated == null) {
      c.put("automated", null);
    } else {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("result", automated.outcome().wireName());
      a.put("confidence", automated.confidence());
      a.put("evidence", automated.evidence().stream().map(QaJson::evidence).toList());
      c.put("automated", a);
    }
    if (score.review() == null) {
      c.put("reviewed", null);
    } else {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("result", score.review().outcome().wireName());
      r.put("rating", score.review().rating());
      r.put("reviewer", score.review().reviewer());
      r.put("comment", score.review().comment());
      c.put("reviewed", r);
    }
    return c;
  }

  private static Map<String, Object> evidence(Evidence e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("commentId", e.commentId());
    m.put("span", e.span());
    m.put("why", e.why());
    return m;
  }

  static Map<String, Object> review(StoredReview r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("ticketId", r.ticketId());
    m.put("criterion", r.criterionId());
    m.put("result", r.outcome().wireName());
    m.put("rating", r.rating());
    m.put("reviewer", r.reviewer());
    m.put("comment", r.comment());
    m.put("at", r.reviewedAt().toString());
    return m;
  }

  static Map<String, Object> dispute(Dispute d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("connector", d.connector());
    m.put("ticketId", d.ticketId());
    m.put("agent", d.agent());
    m.put("criterion", d.criterionId());
    m.put("reason", d.reason());
    m.put("status", d.status().wireName());
    m.put("resolver", d.resolver());
    m.put("resolution", d.resolution());
    m.put("createdAt", d.createdAt().toString());
    m.put("resolvedAt", d.resolvedAt() == null ? null : d.resolvedAt().toString());
    return m;
  }

  static Map<String, Object> agreement(Calibration.Agreement a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("criterion", a.criterionId());
    m.put("pairs", a.pairs());
    m.put("percentAgreement", finite(round(a.percentAgreement(), 10)));
    m.put("kappa", finite(round(a.kappa(), 1000)));
    return m;
  }

  static Map<String, Object> coaching(Coaching.AgentCoaching c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("agent", c.agent());
    m.put("tickets", c.tickets());
    m.put("averageScore", c.averageScore());
    Map<String, Object> categories = new LinkedHashMap<>();
    c.categories().forEach((id, weeks) -> categories.put(id, weeks.stream().map(w -> {
      Map<String, Object> week = new LinkedHashMap<>();
      week.put("week", w.week().toString());
      week.put("tickets", w.tickets());
      week.put("score", w.score());
      return week;
    }).toList()));
    m.put("categories", categories);
    m.put("lowestCriteria", c.lowestCriteria().stream().map(w -> {
      Map<String, Object> k = new LinkedHashMap<>();
      k.put("criterion", w.criterion());
      k.put("category", w.category());
      k.put("graded", w.graded());
      k.put("passRate", w.passRate());
      k.put("exampleTickets", w.exampleTickets());
      return k;
    }).toList());
    return m;
  }

  private static double round(double value, int scale) {
    return Double.isFinite(value) ? Math.round(value * scale) / (double) scale : value;
  }

  private static Double finite(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
