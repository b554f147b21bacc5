package io.shiftlead.testfixtures.sandbox.freshdesk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shiftlead.testfixtures.sandbox.ApiRequest;
import io.shiftlead.testfixtures.sandbox.Response;
import io.shiftlead.testfixtures.sandbox.SandboxState;
import io.shiftlead.testfixtures.sandbox.TicketSnapshot;
import java.util.regex.Matcher;

/**
 * {@code GET /api/v2/tickets/{id}} (description always, {@code include=requester} embeds the
 * requester) and {@code PUT /api/v2/tickets/{id}} (see {@link TicketUpdateBody}; answers the updated
 * ticket). Unknown and deleted tickets are 404 with an empty body. With {@code closedTicketsReadOnly}
 * a closed ticket (status 5) refuses updates with 400 "Validation failed" on {@code status}.
 */
public final class TicketHandlers {

  private final SandboxState state;
  private final FreshdeskRenderer render;
  private final TicketUpdateBody updates;
  private final boolean closedReadOnly;

  public TicketHandlers(SandboxState state, boolean closedReadOnly) {
    this.state = state;
    this.render = new FreshdeskRenderer(state);
    this.updates = new TicketUpdateBody(state, render);
    this.closedReadOnly = closedReadOnly;
  }

  /**
   * The ticket as the Freshdesk API shows it (requester and description embedded), deleted ones
   * included, or null when there is no such ticket: for the admin page.
   */
  public ObjectNode adminView(long id) {
    TicketSnapshot t = state.snapshot(id);
    return t == null ? null : render.ticket(t, true, true);
  }

  public Response show(ApiRequest request, Matcher path) {
    TicketSnapshot t = Requests.live(state, Requests.id(path));
    return FreshdeskResponses.json(200, render.ticket(t, request.includes("requester"), true));
  }

  public Response update(ApiRequest request, Matcher path) {
    long id = Requests.id(path);
    Requests.live(state, id); // 404 before looking at the body
    ObjectNode changes = updates.translate(Requests.body(request));
    TicketSnapshot after = state.apply(id, changes, "freshdesk put", this::refuseIfReadOnly);
    return FreshdeskResponses.json(200, render.ticket(after, false, true));
  }

  /** Run under the state's lock before a write: 404 for a gone ticket, 400 for a read-only closed one. */
  void refuseIfReadOnly(TicketSnapshot current) {
    if (current == null) {
      throw FreshdeskResponses.notFound();
    }
    if (closedReadOnly && "closed".equals(current.status())) {
      throw FreshdeskResponses.validation("status",
          "The ticket is closed and cannot be updated (the sandbox's closedTicketsReadOnly is on)",
          "invalid_value");
    }
  }
}
