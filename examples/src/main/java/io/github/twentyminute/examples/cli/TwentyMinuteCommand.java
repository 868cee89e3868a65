package io.github.twentyminute.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.io.OutputStreamWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code twentyminute} command line tool: prepare, run and follow up a 20-minute networking
 * meeting from a terminal. Each subcommand is a thin layer over the library.
 *
 * <p>Exit codes: 0 when the command did its job and found nothing wrong, 1 when it found errors
 * (an invalid agenda, an infeasible plan), 2 when its input could not be used (a usage error, a
 * missing or unreadable file, a document that is not what was expected), 70 when the tool
 * itself failed. Every failure is one line on standard error; {@code --debug} adds the stack
 * trace.
 */
@Command(
    name = "twentyminute",
    mixinStandardHelpOptions = true,
    version = "twentyminute 0.1.0",
    description = "Prepare, pace and follow up 20-minute networking meetings.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done, nothing wrong found",
        "1:done, errors found (an invalid agenda, an infeasible plan)",
        "2:the input could not be used (usage, missing file, bad document)",
        "70:the tool itself failed (run again with --debug)"},
    subcommands = {DemoCommand.class, PlanCommand.class, ValidateCommand.class, FitCommand.class,
        CoachCommand.class, FollowupCommand.class, JournalCommand.class,
        CommandLine.HelpCommand.class})
public final class TwentyMinuteCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = Failures.DEBUG, scope = ScopeType.INHERIT,
      description = "Print the stack trace of a failure.")
  boolean debug;

  private final InputStream in;

  private TwentyMinuteCommand(InputStream in) {
    this.in = in;
  }

  /**
   * Runs the tool on the process's standard streams and exits with its exit code.
   *
   * @param args the command line, not null
   */
  public static void main(String[] args) {
    Charset charset = Charset.defaultCharset();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
    System.exit(run(System.in, out, err, args));
  }

  /**
   * Runs the tool with no input, returning the exit code instead of exiting.
   *
   * @param out where normal output goes, not null
   * @param err where failures go, not null
   * @param args the command line, not null
   * @return the exit code: 0 done, 1 errors found, 2 unusable input, 70 the tool failed
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(InputStream.nullInputStream(), out, err, args);
  }

  /**
   * Runs the tool with the given streams, returning the exit code instead of exiting. Commands
   * that read keys (such as {@code coach}) read them from {@code in}.
   *
   * @param in where keys come from, not null
   * @param out where normal output goes, not null
   * @param err where failures go, not null
   * @param args the command line, not null
   * @return the exit code: 0 done, 1 errors found, 2 unusable input, 70 the tool failed
   */
  public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
    Failures failures = new Failures();
    CommandLine cli = new CommandLine(new TwentyMinuteCommand(in));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(failures);
    cli.setParameterExceptionHandler(failures);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Returns where keys come from. */
  InputStream in() {
    return in;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
