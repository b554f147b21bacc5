package io.shiftlead.plugin.infrastructure.interchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiftlead.connectors.spi.model.Ticket;
import java.io.BufferedReader;
import java.io.IOException;

/**
 * Streams tickets from a JSON Lines file in the interchange format. A bad line is reported with
 * its number and skipped; the other lines still go through. Blank lines are ignored.
 */
public final class JsonlTicketReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Receives each good ticket and each bad line, in file order. */
  public interface Visitor {
    void ticket(long lineNumber, Ticket ticket) throws IOException;

    void badLine(InterchangeLineException problem);
  }

  private final InterchangeTicketMapper mapper = new InterchangeTicketMapper();

  /** Reads every line; returns how many were bad. */
  public long read(BufferedReader in, Visitor visitor) throws IOException {
    long lineNumber = 0;
    long bad = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      try {
        visitor.ticket(lineNumber, mapper.map(JSON.readTree(line), lineNumber));
      } catch (JsonProcessingException e) {
        bad++;
        visitor.badLine(new InterchangeLineException(lineNumber,
            "malformed JSON: " + e.getOriginalMessage()));
      } catch (InterchangeLineException e) {
        bad++;
        visitor.badLine(e);
      }
    }
    return bad;
  }
}
