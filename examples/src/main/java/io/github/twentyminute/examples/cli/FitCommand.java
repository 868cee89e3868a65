package io.github.twentyminute.examples.cli;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Renderer;
import io.github.twentyminute.fit.AgendaFitter;
import io.github.twentyminute.fit.FitChange;
import io.github.twentyminute.fit.FitOptions;
import io.github.twentyminute.fit.FitResult;
import io.github.twentyminute.json.DocumentType;
import io.github.twentyminute.rules.RuleSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code twentyminute fit FILE}: makes an agenda fit its budget and time boxes, prints what
 * changed and why, and writes the fitted agenda.
 */
@Command(name = "fit",
    description = {"Make an agenda (a twentyminute/agenda@2 JSON document) fit its budget and"
        + " its phases' time boxes: the lowest-priority discussion items give time first, no"
        + " phase goes below its minimum, the ending keeps its time. Prints each change with its"
        + " reason and writes the fitted agenda; when no fit exists, prints what stands in the way.",
        "Exit code 0: the agenda fits (written); 1: no fit exists (nothing written);"
            + " 2: the file cannot be read."})
final class FitCommand implements Callable<Integer> {
  private static final Renderer TEXT = Renderer.ENGLISH;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The agenda document.")
  Path file;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Where to write the fitted agenda; '-' prints only the document on standard"
          + " output. Default: FILE with .fitted.json in place of .json.")
  String out;

  @Option(names = "--budget", paramLabel = "TIME", converter = DurationConverter.class,
      description = "Fit to this total instead of the plan's budget, such as 18:00.")
  Duration budget;

  @Option(names = "--adjust-ending",
      description = "Let phases that keep their time (the ending) give time too.")
  boolean adjustEnding;

  @Option(names = "--no-fill", negatable = false,
      description = "Leave an agenda under its budget as it is, instead of filling the time left.")
  boolean noFill;

  @Override
  public Integer call() {
    Agenda agenda = Documents.readAgenda(file);
    var options = FitOptions.builder()
        .adjustProtectedPhases(adjustEnding).fillToBudget(!noFill);
    if (budget != null) {
      if (budget.isZero() || budget.isNegative()) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--budget must be positive, but was " + TEXT.duration(budget));
      }
      options.budget(budget);
    }
    FitResult result = AgendaFitter.of(options.build()).fit(agenda);
    PrintWriter text = spec.commandLine().getOut();
    if ("-".equals(out)) {
      if (result.fits()) {
        text.print(Documents.text(DocumentType.AGENDA, result.agenda()));
        return ExitCodes.OK;
      }
      spec.commandLine().getErr().println(Failures.oneLine(spec.qualifiedName() + ": " + file
          + ": " + TEXT.message(result.finding()) + ": " + result.obstacles().stream()
              .map(TEXT::message).collect(Collectors.joining("; "))));
      return ExitCodes.FINDINGS;
    }
    if (!result.fits()) {
      text.println(file + ": " + AgendaText.headline(agenda));
      text.println("Result: " + TEXT.message(result.finding()));
      text.print(obstacles(result));
      return ExitCodes.FINDINGS;
    }
    Path target = out == null ? fittedName(file) : Path.of(out);
    Documents.write(DocumentType.AGENDA, result.agenda(), target);
    text.println(file + ": " + AgendaText.headline(agenda));
    text.print(changes(result));
    text.println("Result: " + TEXT.message(result.finding()));
    text.println("After fitting: " + RuleSet.standard().validate(result.agenda()));
    text.println("Wrote " + target);
    return ExitCodes.OK;
  }

  /**
   * Returns the changes of a fit, one line each with the steps it was made for below it, or
   * "No changes needed.".
   */
  static String changes(FitResult result) {
    if (result.changes().isEmpty()) {
      return "No changes needed.\n";
    }
    StringBuilder text = new StringBuilder("Changes (")
        .append(TEXT.duration(result.before())).append(" -> ")
        .append(TEXT.duration(result.after())).append(" against ")
        .append(TEXT.duration(result.budget())).append("):\n");
    for (FitChange change : result.changes()) {
      text.append("  ").append(TEXT.message(change.finding())).append('\n');
      text.append("      because ").append(change.reasons().stream().map(TEXT::message)
          .collect(Collectors.joining("; then "))).append('\n');
    }
    return text.toString();
  }

  /** Returns what keeps an agenda from fitting, one obstacle a line with its hint. */
  static String obstacles(FitResult result) {
    StringBuilder text = new StringBuilder();
    for (Finding obstacle : result.obstacles()) {
      text.append("  ").append(TEXT.message(obstacle)).append('\n');
      TEXT.hint(obstacle).ifPresent(hint -> text.append("      ").append(hint).append('\n'));
    }
    return text.toString();
  }

  static Path fittedName(Path file) {
    String name = file.getFileName().toString();
    String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    return file.resolveSibling(base + ".fitted.json");
  }
}
