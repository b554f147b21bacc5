package io.shiftlead.plugin.interfaces.cli;

import io.shiftlead.plugin.application.replay.EvaluationReplayer;
import io.shiftlead.plugin.application.replay.Replayer;
import io.shiftlead.plugin.core.evaluation.FirstReplyTimeEvaluator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds the same evaluation the server runs from a configuration directory. */
final class ReplaySetup {
  private ReplaySetup() {}

  static Replayer fromDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("--config: " + dir + " is not a directory");
    }
    return new EvaluationReplayer(at -> List.of(
        new FirstReplyTimeEvaluator("first_reply_minutes")));
  }
}
