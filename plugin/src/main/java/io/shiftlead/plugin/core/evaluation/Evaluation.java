package io.shiftlead.plugin.core.evaluation;

import io.shiftlead.connectors.spi.model.Priority;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one evaluator decided for one ticket, with the reasons behind it. It says what the ticket
 * should look like, not how to change it: the write-back planner compares it with the ticket and
 * sends only the difference, so evaluating the same ticket twice changes nothing the second time.
 *
 * @param evaluatorId names the decision's source in notes, idempotency keys and the audit log
 * @param fields custom field key to desired value
 * @param priority null when the evaluator has no opinion
 * @param noteBody an internal note to post once for this decision, or null
 * @param reasons human-readable reasons, shown in the note, the sidebar and the audit log
 * @param notifications webhook calls to make once (escalations), never part of the write-back
 * @param keyedNotes notes posted at most once per ticket under a stable key, whatever their text
 *     becomes later (key to the latest text): a QA breakdown is posted once and never piles up,
 *     while the fields carry the latest value
 */
public record Evaluation(
    String evaluatorId,
    Map<String, Object> fields,
    Set<String> addTags,
    Set<String> removeTags,
    Priority priority,
    String group,
    String assignee,
    String noteBody,
    List<String> reasons,
    List<OutboundNotification> notifications,
    Map<String, String> keyedNotes) {

  /** An evaluation without keyed notes. */
  public Evaluation(String evaluatorId, Map<String, Object> fields, Set<String> addTags,
      Set<String> removeTags, Priority priority, String group, String assignee, String noteBody,
      List<String> reasons, List<OutboundNotification> notifications) {
    this(evaluatorId, fields, addTags, removeTags, priority, group, assignee, noteBody, reasons,
        notifications, null);
  }

  /** An evaluation that asks for no webhook calls. */
  public Evaluation(String evaluatorId, Map<String, Object> fields, Set<String> addTags,
      Set<String> removeTags, Priority priority, String group, String assignee, String noteBody,
      List<String> reasons) {
    this(evaluatorId, fields, addTags, removeTags, priority, group, assignee, noteBody, reasons,
        List.of(), null);
  }

  public Evaluation {
    keyedNotes = keyedNotes == null ? Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(keyedNotes));
    notifications = notifications == null ? List.of() : List.copyOf(notifications);
    fields = fields == null ? Map.of() : Map.copyOf(fields);
    addTags = addTags == null ? Set.of() : Set.copyOf(addTags);
    removeTags = removeTags == null ? Set.of() : Set.copyOf(removeTags);
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  public static Evaluation nothing(String evaluatorId, String reason) {
    return new Evaluation(evaluatorId, null, null, null, null, null, null, null, List.of(reason));
  }

  public boolean decidesNothing() {
    return fields.isEmpty() && addTags.isEmpty() && removeTags.isEmpty() && priority == null
        && group == null && assignee == null && noteBody == null && keyedNotes.isEmpty();
  }
}
