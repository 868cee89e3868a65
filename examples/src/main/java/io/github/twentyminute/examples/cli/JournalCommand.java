package io.github.twentyminute.examples.cli;

import io.github.twentyminute.journal.Journal;
import io.github.twentyminute.journal.JournalSummary;
import io.github.twentyminute.journal.MeetingRecord;
import io.github.twentyminute.json.JsonMeetingStore;
import io.github.twentyminute.json.LoadResult;
import io.github.twentyminute.json.StoreProblem;
import io.github.twentyminute.json.Stored;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code twentyminute journal DIR [--as-of INSTANT] [--locale TAG]}: what adds up across the
 * meetings of a store, in the reader's language.
 */
@Command(name = "journal",
    description = {"Summarise a store of meeting records (a directory of"
        + " twentyminute/meeting-record documents, one file each, as JsonMeetingStore keeps"
        + " them) as of an instant: recurring insights and"
        + " how many people said them, the referral chains, evangelists, reciprocity, the"
        + " touchpoints due, the follow-up score trend and the meetings that ran over budget.",
        "A file that cannot be read is named on standard error, one line each, and the others"
            + " are still summarised.",
        "Exit code 0: every record read; 2: the directory or a record cannot be read."})
final class JournalCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The store's directory.")
  Path directory;

  @Option(names = "--as-of", paramLabel = "INSTANT", converter = InstantConverter.class,
      description = "Summarise as of this instant, such as 2026-06-01T00:00:00Z or 2026-06-01"
          + " (UTC). Default: now.")
  Instant asOf;

  @Option(names = "--locale", paramLabel = "TAG",
      converter = FollowupCommand.LocaleConverter.class,
      description = "The language of the text, as a language tag such as en or de. Default:"
          + " en; a language without templates reads in English.")
  Locale locale = Locale.ENGLISH;

  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() {
    Inputs.requireDirectory(directory);
    LoadResult<MeetingRecord> loaded = JsonMeetingStore.open(directory).loadAll();
    PrintWriter err = spec.commandLine().getErr();
    for (StoreProblem problem : loaded.problems()) {
      err.println(Failures.oneLine(spec.qualifiedName() + ": " + problem.message()));
    }
    Journal journal = Journal.of(loaded.documents().stream().map(Stored::value)
        .collect(Collectors.toList()));
    JournalSummary summary = journal.summary(asOf != null ? asOf : clock.instant());
    PrintWriter out = spec.commandLine().getOut();
    out.println(directory + ": " + journal.size() + (journal.size() == 1 ? " record" : " records")
        + (loaded.problems().isEmpty() ? "" : ", " + loaded.problems().size() + " unreadable"));
    out.println(summary.summary(locale));
    return loaded.isComplete() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }
}
