package io.shiftlead.plugin.core.rules;

import io.shiftlead.connectors.spi.model.SurveyResponse;

/**
 * Reads a survey score as good, neutral or bad whatever its scale, so that one rule ("negative
 * CSAT") works for a good/bad survey and a 1-5 one alike: on 0-10 it counts as NPS does (9-10
 * good, 0-6 bad); on other numeric scales the top quarter is good and below the middle is bad.
 */
final class Csat {
  private Csat() {}

  static String rating(SurveyResponse survey) {
    String scale = survey.scale() == null ? "good-bad" : survey.scale();
    if (scale.equals("good-bad")) {
      return survey.score() >= 1 ? "good" : "bad";
    }
    if (scale.equals("0-10")) {
      return survey.score() >= 9 ? "good" : survey.score() <= 6 ? "bad" : "neutral";
    }
    String[] bounds = scale.split("-");
    try {
      double low = Double.parseDouble(bounds[0]);
      double high = Double.parseDouble(bounds[1]);
      double share = (survey.score() - low) / (high - low);
      return share >= 0.75 ? "good" : share < 0.5 ? "bad" : "neutral";
    } catch (RuntimeException unreadable) {
      return "neutral";
    }
  }
}
