package io.github.twentyminute.examples.cli;

import io.github.twentyminute.findings.Renderer;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.followup.FollowUpScore;
import io.github.twentyminute.followup.FollowUpScorer;
import io.github.twentyminute.json.DocumentType;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code twentyminute followup FILE [--as-of INSTANT] [--locale TAG]}: the follow-up score, why,
 * what next, in the reader's language.
 */
@Command(name = "followup",
    description = {"Score the follow-up of a meeting (a twentyminute/followup@1 JSON document)"
        + " as of an instant: the score out of 100, the reason for every point earned or lost,"
        + " and what to do next, most urgent first. A task earns its points when it is done.",
        "Exit code 0: scored; 2: the file cannot be read."})
final class FollowupCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The follow-up document.")
  Path file;

  @Option(names = "--as-of", paramLabel = "INSTANT", converter = InstantConverter.class,
      description = "Score as of this instant, such as 2026-03-13T17:00:00Z or 2026-03-13"
          + " (UTC). Default: now.")
  Instant asOf;

  @Option(names = "--locale", paramLabel = "TAG", converter = LocaleConverter.class,
      description = "The language of the text, as a language tag such as en or de. Default:"
          + " en; a language without templates reads in English.")
  Locale locale = Locale.ENGLISH;

  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() {
    FollowUp followUp = Documents.read(DocumentType.FOLLOW_UP, file);
    Instant when = asOf != null ? asOf : clock.instant();
    FollowUpScore score = FollowUpScorer.standard().score(followUp, when);
    Renderer renderer = Renderer.of(locale);
    PrintWriter out = spec.commandLine().getOut();
    out.println(file + ": follow-up " + followUp.counterpart().map(c -> "with " + c.name() + " ")
        .orElse("") + "after the meeting that ended " + renderer.instant(followUp.meetingEnd()));
    out.println(score.summary(renderer.locale()));
    return ExitCodes.OK;
  }

  /** Reads a {@code --locale} option: a BCP 47 language tag such as {@code de} or {@code en-GB}. */
  static final class LocaleConverter implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      try {
        Locale locale = new Locale.Builder().setLanguageTag(value).build();
        if (!locale.getLanguage().isEmpty()) {
          return locale;
        }
      } catch (IllformedLocaleException e) {
        // reported below
      }
      throw new TypeConversionException("expected a language tag such as en or de, but was '"
          + value + "'");
    }
  }
}
