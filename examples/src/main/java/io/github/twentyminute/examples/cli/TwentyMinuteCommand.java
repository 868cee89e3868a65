package io.github.twentyminute.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code twentyminute} command line tool: prepare, run and follow up a 20-minute networking
 * meeting from a terminal. Each subcommand is a thin layer over the library.
 */
@Command(
    name = "twentyminute",
    mixinStandardHelpOptions = true,
    version = "twentyminute 0.1.0",
    description = "Prepare, pace and follow up 20-minute networking meetings.",
    subcommands = {DemoCommand.class, PlanCommand.class, CommandLine.HelpCommand.class})
public final class TwentyMinuteCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the tool.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Runs the tool with the given output streams, returning the exit code instead of exiting.
   *
   * @param out where normal output goes
   * @param err where errors go
   * @param args the command line
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new TwentyMinuteCommand());
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
