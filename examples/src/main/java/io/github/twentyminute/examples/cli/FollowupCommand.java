package io.github.twentyminute.examples.cli;

import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.followup.FollowUpScore;
import io.github.twentyminute.followup.FollowUpScorer;
import io.github.twentyminute.json.DocumentType;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code twentyminute followup FILE [--as-of INSTANT]}: the follow-up score, why, what next. */
@Command(name = "followup",
    description = {"Score the follow-up of a meeting (a twentyminute/followup@1 JSON document)"
        + " as of an instant: the score out of 100, the reason for every point earned or lost,"
        + " and what to do next, most urgent first.",
        "Exit code 0: scored; 2: the file cannot be read."})
final class FollowupCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The follow-up document.")
  Path file;

  @Option(names = "--as-of", paramLabel = "INSTANT", converter = InstantConverter.class,
      description = "Score as of this instant, such as 2026-03-13T17:00:00Z or 2026-03-13"
          + " (UTC). Default: now.")
  Instant asOf;

  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() {
    FollowUp followUp = Documents.read(DocumentType.FOLLOW_UP, file);
    Instant when = asOf != null ? asOf : clock.instant();
    FollowUpScore score = FollowUpScorer.standard().score(followUp, when);
    PrintWriter out = spec.commandLine().getOut();
    out.println(file + ": follow-up " + followUp.counterpart().map(c -> "with " + c.name() + " ")
        .orElse("") + "after the meeting that ended " + followUp.meetingEnd());
    out.println(score.summary());
    return ExitCodes.OK;
  }
}
