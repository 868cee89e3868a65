package io.github.twentyminute.examples.cli;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.json.DocumentType;
import io.github.twentyminute.rules.RuleSet;
import io.github.twentyminute.rules.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code twentyminute validate FILE}: checks an agenda document against the built-in rules and
 * the rules found on the class path. Exit 0 valid, 1 invalid, 2 unreadable.
 */
@Command(name = "validate",
    description = {"Check an agenda (a twentyminute/agenda@1 JSON document) against its time"
        + " budget and the method's practices: the built-in rules and any rules found on the"
        + " class path.",
        "Exit code 0: valid (warnings allowed); 1: errors found; 2: the file cannot be read."})
final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The agenda document.")
  Path file;

  @Option(names = "--json",
      description = "Print the report as a twentyminute/report@2 JSON document instead of text.")
  boolean json;

  @Option(names = "--builtin-only",
      description = "Run only the built-in rules, not those found on the class path.")
  boolean builtinOnly;

  @Override
  public Integer call() {
    Agenda agenda = Documents.readAgenda(file);
    RuleSet rules = builtinOnly ? RuleSet.standard() : RuleSet.standard().withDiscovered();
    ValidationReport report = rules.validate(agenda);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.print(Documents.text(DocumentType.REPORT, report));
    } else {
      out.println(file + ": " + AgendaText.headline(agenda));
      out.println(report.summary());
    }
    return report.isValid() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }
}
