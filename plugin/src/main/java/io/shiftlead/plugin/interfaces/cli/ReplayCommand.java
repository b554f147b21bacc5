package io.shiftlead.plugin.interfaces.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.shiftlead.connectors.spi.model.Ticket;
import io.shiftlead.plugin.application.replay.ReplayAction;
import io.shiftlead.plugin.application.replay.ReplaySummary;
import io.shiftlead.plugin.application.replay.Replayer;
import io.shiftlead.plugin.core.sla.SlaCalculator;
import io.shiftlead.plugin.core.sla.SlaWire;
import io.shiftlead.plugin.infrastructure.interchange.InterchangeLineException;
import io.shiftlead.plugin.infrastructure.interchange.JsonlTicketReader;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;
import io.shiftlead.plugin.core.qa.Conversation;
import io.shiftlead.plugin.core.qa.QaEvaluator;
import io.shiftlead.plugin.core.qa.QaResult;
import io.shiftlead.plugin.core.qa.QaView;

/**
 * {@code replay}: the server's evaluation over tickets in the interchange format, one output line
 * per good input ticket, bad lines reported on stderr by number, a summary on stdout.
 */
final class ReplayCommand {
  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private final PrintStream out;
  private final PrintStream err;

  ReplayCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(String[] args) {
    ReplayOptions options;
    Replayer replayer;
    SlaCalculator sla;
    Optional<QaEvaluator> qa;
    try {
      options = ReplayOptions.parse(args, Instant.now());
      replayer = ReplaySetup.fromDirectory(options.config(), options.connector());
      sla = ReplaySetup.slaFromDirectory(options.config());
      qa = ReplaySetup.qaFromDirectory(options.config());
    } catch (IllegalArgumentException e) {
      err.println("replay: " + e.getMessage() + "\n" + ShiftleadCli.usage());
      return 2;
    }
    if (!Files.isReadable(options.tickets())) {
      err.println("replay: --tickets: cannot read " + options.tickets());
      return 2;
    }
    ReplaySummary summary = new ReplaySummary();
    try (BufferedReader in = Files.newBufferedReader(options.tickets(), StandardCharsets.UTF_8);
        BufferedWriter writer = Files.newBufferedWriter(options.out(), StandardCharsets.UTF_8)) {
      new JsonlTicketReader().read(in, new JsonlTicketReader.Visitor() {
        @Override
        public void ticket(long lineNumber, Ticket ticket) throws IOException {
          List<ReplayAction> actions = replayer.replay(ticket, options.at());
          summary.add(actions);
          Map<String, Object> line = new LinkedHashMap<>();
          line.put("id", ticket.id());
          line.put("at", options.at().toString());
          line.put("actions", actions);
          line.put("sla", SlaWire.metrics(sla.compute(ticket, options.at())));
          qa.ifPresent(q -> addQa(line, q, ticket, options.perReply()));
          writer.write(JSON.writeValueAsString(line));
          writer.newLine();
        }

        @Override
        public void badLine(InterchangeLineException problem) {
          summary.badLine();
          err.println(options.tickets() + ": " + problem.getMessage() + " (skipped)");
        }
      });
    } catch (IOException e) {
      err.println("replay: " + e.getMessage());
      return 2;
    }
    out.print(summary.render());
    return summary.badLines() > 0 ? 1 : 0;
  }

  /**
   * {@code "qa"}: the whole conversation's result (null when no scorecard applies or nobody
   * replied); with {@code --per-reply} also {@code "qaPerReply"}: each public agent reply graded
   * on its own, with its comment id.
   */
  private static void addQa(Map<String, Object> line, QaEvaluator qa, Ticket ticket,
      boolean perReply) {
    line.put("qa", qa.score(ticket).map(QaView::of).orElse(null));
    if (perReply) {
      List<Conversation> replies = Conversation.perReply(ticket);
      List<QaResult> results = qa.scorePerReply(ticket);
      List<Map<String, Object>> graded = new ArrayList<>();
      for (int i = 0; i < results.size(); i++) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("replyId", replies.get(i).last().id());
        item.putAll(QaView.of(results.get(i)));
        graded.add(item);
      }
      line.put("qaPerReply", graded);
    }
  }
}
