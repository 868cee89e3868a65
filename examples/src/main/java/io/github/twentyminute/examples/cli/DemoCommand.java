package io.github.twentyminute.examples.cli;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.fit.AgendaFitter;
import io.github.twentyminute.fit.FitResult;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.followup.FollowUpScore;
import io.github.twentyminute.followup.FollowUpScorer;
import io.github.twentyminute.journal.Journal;
import io.github.twentyminute.journal.JournalSummary;
import io.github.twentyminute.journal.MeetingRecord;
import io.github.twentyminute.json.DocumentType;
import io.github.twentyminute.json.JsonMeetingStore;
import io.github.twentyminute.json.Stored;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.rules.RuleSet;
import io.github.twentyminute.rules.ValidationReport;
import io.github.twentyminute.session.MeetingSession;
import io.github.twentyminute.session.Nudge;
import io.github.twentyminute.session.Pacing;
import io.github.twentyminute.session.SessionEvent;
import io.github.twentyminute.testing.SampleJournal;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code twentyminute demo}: the library's whole flow on built-in sample data, no input needed. */
@Command(name = "demo",
    description = {"Show the whole flow on built-in sample data: the plan, an agenda validated"
        + " and fitted, a meeting paced live on a simulated clock, its timeline, the follow-up"
        + " score and a journal across eight meetings; and save the documents as JSON."})
final class DemoCommand implements Callable<Integer> {
  static final String JOURNAL = "journal";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "twentyminute-demo",
      description = "Where to save the documents. Default: ./${DEFAULT-VALUE}")
  Path out;

  @Override
  public Integer call() {
    PrintWriter text = spec.commandLine().getOut();
    List<String> saved = new ArrayList<>();
    Path folder = Inputs.createDirectories(out);
    text.println("TwentyMinute demo: Sam Okafor, a claims analyst moving into data work,"
        + " prepares and holds a 20-minute networking meeting with Dana Reyes.");

    heading(text, "1. The plan");
    MeetingPlan plan = DemoMeeting.agenda().plan();
    text.print(PlanText.table(plan));
    text.println(PlanText.verdict(RuleSet.standard().validate(plan)));
    saved.add(save(folder, "plan.json", DocumentType.PLAN, plan));

    heading(text, "2. The agenda, validated");
    Agenda draft = DemoMeeting.draft();
    ValidationReport draftReport = RuleSet.standard().validate(draft);
    text.println("Sam's first draft: " + AgendaText.headline(draft));
    text.println(draftReport.summary());
    FitResult fitted = AgendaFitter.standard().fit(draft);
    text.println("Fitted to its budget:");
    text.print(FitCommand.changes(fitted));
    Agenda agenda = DemoMeeting.agenda();
    ValidationReport report = RuleSet.standard().validate(agenda);
    text.println("The agenda Sam takes, without the job question: " + AgendaText.headline(agenda));
    text.println(report.summary());
    saved.add(save(folder, "agenda.json", DocumentType.AGENDA, agenda));
    saved.add(save(folder, "report.json", DocumentType.REPORT, draftReport));

    heading(text, "3. The meeting, paced live (simulated clock)");
    List<SessionEvent> events = DemoMeeting.events();
    for (DemoMeeting.Moment moment : DemoMeeting.moments()) {
      Pacing pacing = MeetingSession.replay(agenda, events.subList(0, moment.events()))
          .pacing(moment.at());
      text.println(moment.at() + "  " + moment.label());
      text.println("  " + pacing);
      for (Nudge nudge : pacing.nudges()) {
        text.println("  nudge: " + nudge.message());
      }
    }
    MeetingSession session = DemoMeeting.session();
    saved.add(save(folder, "session.json", DocumentType.SESSION, session));

    heading(text, "4. The timeline, planned against actual");
    text.print(session.timeline().summary());

    heading(text, "5. The follow-up, four days later");
    FollowUp followUp = DemoMeeting.followUp();
    FollowUpScore score = FollowUpScorer.standard().score(followUp, DemoMeeting.AS_OF);
    text.println(score.summary());
    saved.add(save(folder, "followup.json", DocumentType.FOLLOW_UP, followUp));

    heading(text, "6. The journal, across eight meetings");
    List<MeetingRecord> records = SampleJournal.records();
    JournalSummary summary = Journal.of(records).summary(SampleJournal.AS_OF);
    text.println(summary.summary());
    JsonMeetingStore store = JsonMeetingStore.open(folder.resolve(JOURNAL));
    for (MeetingRecord record : records) {
      store.save(record, store.load(record.id()).map(Stored::revision).orElse(0L));
    }
    saved.add(JOURNAL + "/ (" + records.size() + " meeting records)");

    heading(text, "Saved");
    text.println("The documents are in " + folder + ": " + String.join(", ", saved));
    text.println("Try them with the other commands:");
    String name = spec.parent().qualifiedName();
    text.println("  " + name + " validate " + folder.resolve("agenda.json"));
    text.println("  " + name + " coach " + folder.resolve("agenda.json"));
    text.println("  " + name + " followup " + folder.resolve("followup.json") + " --as-of "
        + DemoMeeting.AS_OF);
    text.println("  " + name + " journal " + folder.resolve(JOURNAL) + " --as-of "
        + SampleJournal.AS_OF);
    return ExitCodes.OK;
  }

  private static void heading(PrintWriter text, String title) {
    text.println();
    text.println("== " + title + " ==");
  }

  private static <T> String save(Path folder, String name, DocumentType<T> type, T value) {
    Documents.write(type, value, folder.resolve(name));
    return name;
  }
}
