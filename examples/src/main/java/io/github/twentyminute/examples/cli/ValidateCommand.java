package io.github.twentyminute.examples.cli;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.examples.ExampleMessages;
import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Renderer;
import io.github.twentyminute.json.DocumentType;
import io.github.twentyminute.rules.RuleSet;
import io.github.twentyminute.rules.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code twentyminute validate FILE}: checks an agenda document, and the plan it carries, against
 * the built-in rules and the rules found on the class path. The text is rendered in the language
 * {@code --locale} names; {@code --json} prints the report document instead. Exit 0 valid,
 * 1 invalid, 2 unreadable.
 */
@Command(name = "validate",
    description = {"Check an agenda (a twentyminute/agenda@2 JSON document) and the plan it"
        + " carries against the plan's own checks, the time budget and the method's practices:"
        + " the built-in rules and any rules found on the class path.",
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

  @Option(names = "--locale", paramLabel = "TAG", defaultValue = "en",
      description = "The language of the text, as a language tag: en (the default) or de.")
  String locale;

  @Override
  public Integer call() {
    Renderer renderer = ExampleMessages.renderer(locale());
    Agenda agenda = Documents.readAgenda(file);
    RuleSet rules = builtinOnly ? RuleSet.standard() : RuleSet.standard().withDiscovered();
    ValidationReport report = rules.validate(agenda);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.print(Documents.text(DocumentType.REPORT, report));
    } else {
      out.println(headline(renderer, agenda));
      out.println(report.summary(renderer));
    }
    return report.isValid() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  private Locale locale() {
    try {
      return new Locale.Builder().setLanguageTag(locale).build();
    } catch (IllformedLocaleException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--locale must be a language tag such as en or de, but was \"" + locale + "\"");
    }
  }

  private String headline(Renderer renderer, Agenda agenda) {
    Contact who = agenda.counterpart();
    String about = AgendaText.about(who);
    Arguments.Builder arguments = Arguments.builder()
        .text("file", file.toString())
        .text("counterpart", who.name())
        .count("items", agenda.items().size())
        .duration("planned", agenda.totalPlanned())
        .duration("budget", agenda.plan().budget());
    if (about.isBlank()) {
      return renderer.text("validate.headline.unknown", arguments.build());
    }
    return renderer.text("validate.headline", arguments.text("about", about).build());
  }
}
