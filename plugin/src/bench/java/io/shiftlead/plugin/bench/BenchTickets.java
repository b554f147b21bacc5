package io.shiftlead.plugin.bench;

import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.infrastructure.interchange.InterchangeLineException;
import io.shiftlead.plugin.infrastructure.interchange.JsonlTicketReader;
import io.shiftlead.testfixtures.generator.DatasetGenerator;
import io.shiftlead.testfixtures.generator.JsonlWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's tickets: the sandbox generator's dataset, read through the interchange format. */
final class BenchTickets {
  private BenchTickets() {}

  static List<Ticket> generate(int count) throws IOException {
    StringWriter jsonl = new StringWriter();
    JsonlWriter.write(DatasetGenerator.generate(7, count), jsonl);
    List<Ticket> tickets = new ArrayList<>(count);
    new JsonlTicketReader().read(new BufferedReader(new StringReader(jsonl.toString())),
        new JsonlTicketReader.Visitor() {
          @Override
          public void ticket(long lineNumber, Ticket ticket) {
            tickets.add(ticket);
          }

          @Override
          public void badLine(InterchangeLineException problem) {
            throw new IllegalStateException(problem.getMessage());
          }
        });
    return tickets;
  }
}
