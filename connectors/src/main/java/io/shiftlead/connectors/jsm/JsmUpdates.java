package io.shiftlead.connectors.jsm;

import io.shiftlead.connectors.jsm.api.IssuesApi;
import io.shiftlead.connectors.jsm.api.RequestCommentsApi;
import io.shiftlead.connectors.jsm.wire.NewComment;
import io.shiftlead.connectors.jsm.wire.WireComment;
import io.shiftlead.connectors.spi.error.ConnectorException;
import io.shiftlead.connectors.spi.error.PermanentException;
import io.shiftlead.connectors.spi.model.InternalNote;
import io.shiftlead.connectors.spi.model.TicketUpdate;
import io.shiftlead.connectors.spi.model.UpdateResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns a {@link TicketUpdate} into JSM writes, in this order:
 *
 * <ol>
 *   <li>{@code PUT /rest/api/3/issue/{key}}: custom fields, {@code priority: {name}} and labels as
 *       {@code update.labels: [{add}, {remove}]} (add/remove operations, so labels set by others in the
 *       meantime are kept: no read-modify-write needed);
 *   <li>{@code PUT /rest/api/3/issue/{key}/assignee}: a second call because the assignee endpoint only
 *       needs the "Assign issues" permission and works whatever the project's edit screen holds,
 *       whereas {@code fields.assignee} in the edit fails when the field is not on that screen;
 *   <li>{@code POST /rest/servicedeskapi/request/{key}/comment} with {@code public: false}: last, so a
 *       note found by a recheck means the idempotent writes before it were sent too.
 * </ol>
 *
 * <p>Jira has no atomic multi-part update; a failure between calls leaves the earlier ones applied.
 * They are idempotent, so the plugin's retry of the whole update is safe; the note is protected by
 * its marker. Groups are not supported: Jira issues have no group (teams are site-specific custom
 * fields, which {@code customFields} can address).
 *
 * <p><b>No batch.</b> The bulk field edit ({@code POST /rest/api/3/bulk/issues/fields}) applies one set
 * of values to all selected issues, is asynchronous and cannot post comments; our updates differ per
 * ticket, so batches go through the SPI's one-by-one default.
 */
final class JsmUpdates {
  static final int MAX_BATCH = 1;

  private final JsmSettings settings;
  private final IssuesApi issues;
  private final RequestCommentsApi comments;

  JsmUpdates(JsmSettings settings, IssuesApi issues, RequestCommentsApi comments) {
    this.settings = settings;
    this.issues = issues;
    this.comments = comments;
  }

  UpdateResult apply(TicketUpdate update) throws ConnectorException {
    String key = issueKey(update.ticketId());
    if (update.group() != null) {
      throw new PermanentException("JSM issues have no group; map a team field with setting "
          + JsmSettings.CUSTOM_FIELDS + " and set it as a custom field (ticket " + key + ")");
    }
    Map<String, Object> edit = edit(update);
    if (!edit.isEmpty()) {
      issues.edit(key, edit);
    }
    if (update.assignee() != null) {
      issues.assign(key, update.assignee().trim());
    }
    InternalNote note = update.note();
    boolean found = note != null && update.recheckNote() && noteAlreadyPosted(key, note);
    if (note != null && !found) {
      comments.add(key, new NewComment(note.body() + "\n\n" + note.marker(), false));
    }
    return new UpdateResult(update.ticketId(), found, null);
  }

  /** The body of the issue edit: {@code fields} and {@code update.labels}; empty when nothing to edit. */
  Map<String, Object> edit(TicketUpdate update) throws PermanentException {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : update.customFields().entrySet()) {
      String fieldId = settings.customFields().get(entry.getKey());
      if (fieldId == null) {
        throw new PermanentException("custom field key '" + entry.getKey()
            + "' has no Jira field id; add it to setting " + JsmSettings.CUSTOM_FIELDS);
      }
      fields.put(fieldId, entry.getValue());
    }
    if (update.priority() != null) {
      fields.put("priority", Map.of("name", JsmMapper.priorityName(update.priority())));
    }
    List<Map<String, String>> labels = new ArrayList<>();
    // sorted so the same update always produces the same body (easier to compare in logs and tests)
    for (String tag : new TreeSet<>(update.addTags())) {
      labels.add(Map.of("add", label(tag)));
    }
    for (String tag : new TreeSet<>(update.removeTags())) {
      labels.add(Map.of("remove", label(tag)));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    if (!fields.isEmpty()) {
      body.put("fields", fields);
    }
    if (!labels.isEmpty()) {
      body.put("update", Map.of("labels", labels));
    }
    return body;
  }

  /** True when the note's marker is already in the request's conversation (raw or rendered). */
  private boolean noteAlreadyPosted(String key, InternalNote note) throws ConnectorException {
    String marker = note.marker();
    for (WireComment comment : comments.list(key)) {
      if (JsmMapper.rawText(comment.body()).contains(marker) || JsmMapper.body(comment).contains(marker)) {
        return true;
      }
    }
    return false;
  }

  /** Issue keys ({@code SD-123}) or numeric ids; anything else would be a path we never meant to call. */
  static String issueKey(String ticketId) throws PermanentException {
    String key = ticketId == null ? "" : ticketId.trim();
    if (!key.matches("[A-Z][A-Z0-9_]*-\\d+|\\d+")) {
      throw new PermanentException("JSM ticket ids are issue keys such as SD-123, got '" + ticketId + "'");
    }
    return key;
  }

  /** Jira labels cannot hold spaces; refusing here names the tag instead of a bare 400. */
  private static String label(String tag) throws PermanentException {
    if (tag.isBlank() || tag.chars().anyMatch(Character::isWhitespace)) {
      throw new PermanentException("Jira labels cannot contain spaces: '" + tag + "'");
    }
    return tag;
  }
}
