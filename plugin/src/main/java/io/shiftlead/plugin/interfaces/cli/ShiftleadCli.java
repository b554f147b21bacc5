package io.shiftlead.plugin.interfaces.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The command line: {@code java -jar shiftlead-cli.jar <command> ...}. Exit codes: 0 success,
 * 1 done but some input was bad (reported), 2 usage or configuration error.
 */
public final class ShiftleadCli {
  private ShiftleadCli() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
      out.println(usage());
      return args.length == 0 ? 2 : 0;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    if (args[0].equals("replay")) {
      return new ReplayCommand(out, err).run(rest);
    }
    err.println("unknown command '" + args[0] + "'\n" + usage());
    return 2;
  }

  static String usage() {
    return """
        usage: java -jar shiftlead-cli.jar replay --tickets <file.jsonl> --config <dir> \\
                      [--at <ISO instant>] [--connector <name>] [--per-reply] --out <file.jsonl>
          replay   run the evaluation (built-in evaluator and the rules in <dir>: shared.yaml,
                   <connector>.yaml, roster.yaml) over tickets in the interchange format and write
                   what it would do, one JSON line per ticket; nothing is written to any helpdesk.
                   SLA policies in <dir>/sla/, QA scorecards in <dir>/qa/scorecards.yaml ("qa" key;
                   --per-reply also grades each agent reply on its own: "qaPerReply").
                   --at defaults to now; exit 1 when input lines were bad, 2 on usage/rule errors""";
  }
}
