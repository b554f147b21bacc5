package io.shiftlead.plugin.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * Shadow mode for a whole evaluator (SLA, QA): the evaluator runs as always, but its decision is
 * only described and reported, never written back. The evaluation handed on keeps the reasons,
 * prefixed with what would have been written, and asks for nothing.
 */
public final class Shadow implements Evaluator {
  /** Told of every shadowed decision that would have changed something. */
  @FunctionalInterface
  public interface Recorder {
    void shadowed(String ticketId, String evaluatorId, String wouldWrite);
  }

  private final Evaluator evaluator;
  private final BooleanSupplier on;
  private final Recorder recorder;

  public Shadow(Evaluator evaluator, BooleanSupplier on, Recorder recorder) {
    this.evaluator = evaluator;
    this.on = on;
    this.recorder = recorder;
  }

  @Override
  public String id() {
    return evaluator.id();
  }

  @Override
  public Evaluation evaluate(io.shiftlead.connectors.spi.model.Ticket ticket) {
    Evaluation real = evaluator.evaluate(ticket);
    if (!on.getAsBoolean() || real.decidesNothing() && real.notifications().isEmpty()) {
      return real;
    }
    String wouldWrite = describe(real);
    recorder.shadowed(ticket.id(), real.evaluatorId(), wouldWrite);
    List<String> reasons = new ArrayList<>();
    reasons.add("shadow mode, not written back: " + wouldWrite);
    reasons.addAll(real.reasons());
    return new Evaluation(real.evaluatorId(), null, null, null, null, null, null, null, reasons);
  }

  /** What an evaluation asks for, in one stable line (sorted fields, tags, notes, calls). */
  public static String describe(Evaluation e) {
    List<String> parts = new ArrayList<>();
    if (!e.fields().isEmpty()) {
      parts.add("fields " + new TreeMap<>(e.fields()));
    }
    if (e.priority() != null) {
      parts.add("priority " + e.priority());
    }
    if (e.group() != null) {
      parts.add("group " + e.group());
    }
    if (e.assignee() != null) {
      parts.add("assignee " + e.assignee());
    }
    if (!e.addTags().isEmpty()) {
      parts.add("tags added " + new java.util.TreeSet<>(e.addTags()));
    }
    if (!e.removeTags().isEmpty()) {
      parts.add("tags removed " + new java.util.TreeSet<>(e.removeTags()));
    }
    if (e.noteBody() != null) {
      parts.add("note \"" + firstLine(e.noteBody()) + "\"");
    }
    for (Map.Entry<String, String> note : new TreeMap<>(e.keyedNotes()).entrySet()) {
      parts.add("note " + note.getKey() + " \"" + firstLine(note.getValue()) + "\"");
    }
    if (!e.notifications().isEmpty()) {
      parts.add(e.notifications().size() + " webhook call(s)");
    }
    return String.join("; ", parts);
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end) + " …";
  }
}
