package io.shiftlead.plugin.application.replay;

import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.core.evaluation.Evaluation;
import io.shiftlead.plugin.core.evaluation.Evaluator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Replays evaluators (built for the replay instant by {@code evaluatorsAt}) and lists their
 * decisions as actions attributed to the evaluator.
 */
public final class EvaluationReplayer implements Replayer {
  private final Function<Instant, List<Evaluator>> evaluatorsAt;

  public EvaluationReplayer(Function<Instant, List<Evaluator>> evaluatorsAt) {
    this.evaluatorsAt = evaluatorsAt;
  }

  @Override
  public List<ReplayAction> replay(Ticket ticket, Instant at) {
    List<ReplayAction> actions = new ArrayList<>();
    for (Evaluator evaluator : evaluatorsAt.apply(at)) {
      actions.addAll(actionsOf(evaluator.evaluate(ticket)));
    }
    return actions;
  }

  /** The decisions of one evaluation as actions, in a stable order. */
  public static List<ReplayAction> actionsOf(Evaluation e) {
    List<ReplayAction> actions = new ArrayList<>();
    String rule = e.evaluatorId();
    List<String> why = e.reasons();
    e.fields().forEach((key, value) -> {
      Map<String, Object> fieldValue = new LinkedHashMap<>();
      fieldValue.put("field", key);
      fieldValue.put("value", value);
      actions.add(new ReplayAction(rule, "set_field", fieldValue, why));
    });
    if (!e.addTags().isEmpty()) {
      actions.add(new ReplayAction(rule, "add_tags", new TreeSet<>(e.addTags()), why));
    }
    if (!e.removeTags().isEmpty()) {
      actions.add(new ReplayAction(rule, "remove_tags", new TreeSet<>(e.removeTags()), why));
    }
    if (e.priority() != null) {
      actions.add(new ReplayAction(rule, "set_priority", e.priority().wireName(), why));
    }
    if (e.group() != null) {
      actions.add(new ReplayAction(rule, "assign_group", e.group(), why));
    }
    if (e.assignee() != null) {
      actions.add(new ReplayAction(rule, "assign_agent", e.assignee(), why));
    }
    if (e.noteBody() != null) {
      actions.add(new ReplayAction(rule, "add_note", e.noteBody(), why));
    }
    // keyed notes (the QA breakdown): posted once per ticket, shown like any note
    e.keyedNotes().values().forEach(note -> actions.add(new ReplayAction(rule, "add_note", note,
        why)));
    return actions;
  }
}
