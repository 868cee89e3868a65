package io.github.twentyminute.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.json.DocumentType;
import io.github.twentyminute.json.JsonMeetingStore;
import io.github.twentyminute.json.TwentyMinuteJson;
import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.session.SessionStatus;
import io.github.twentyminute.testing.SampleMeeting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTests {
  static final TwentyMinuteJson JSON = TwentyMinuteJson.create();

  @TempDir Path dir;

  @Test
  void showsEveryStepOfTheFlowInOrder() {
    Cli cli = Cli.run("demo", "--out", dir.toString());

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.err()).isEmpty();
    List<String> headings = cli.out().lines().filter(line -> line.startsWith("== "))
        .collect(Collectors.toList());
    assertThat(headings).containsExactly(
        "== 1. The plan ==",
        "== 2. The agenda, validated ==",
        "== 3. The meeting, paced live (simulated clock) ==",
        "== 4. The timeline, planned against actual ==",
        "== 5. The follow-up, four days later ==",
        "== 6. The journal, across eight meetings ==",
        "== Saved ==");
  }

  @Test
  void showsThePlanAReportAPacedMeetingATimelineAndAScore() {
    String out = Cli.run("demo", "--out", dir.toString()).out();

    assertThat(out).contains("\n== 1. The plan ==\nThe 20-minute networking meeting: budget"
        + " 20:00, hard ceiling 30:00\n");
    assertThat(out).contains("\nFeasibility: valid: 0 errors, 0 warnings, 0 infos; 5 rules ran\n");
    assertThat(out).contains("\nnot valid: 2 errors, 1 warning, 0 infos; 21 rules ran\n"
        + "  error budget.total at items: agenda planned for 24:00; the plan's budget is 20:00\n");
    assertThat(out).contains("  warning discussion.no-job-request at items[10].text: item q7"
        + " reads as a job request (\"openings\"); expected items that ask for advice,"
        + " information and names\n");
    assertThat(out).contains("\n  dropped q7 (1:00): priority 3");
    assertThat(out).contains("\n2026-03-10T15:17:50Z  late in the discussion\n"
        + "  running in the discussion, 1:20 left, 3:20 left in the meeting; behind 1:40: the"
        + " introduction took 3:00 against 2:00; the overview took 2:40 against 2:00\n"
        + "  nudge: 1:20 left for the discussion: pick your last question\n");
    assertThat(out).contains("\n== 4. The timeline, planned against actual ==\n"
        + "total 20:00 against a 20:00 budget\n"
        + "started 1:10 late\n"
        + "introduction: 3:00 against 2:00 (1:00 over)\n"
        + "overview: 2:40 against 2:00 (0:40 over)\n"
        + "discussion: 12:20 against 14:00\n"
        + "ending: 2:00 against 2:00\n"
        + "every required cue done\n");
    assertThat(out).contains("\nfollow-up 55/100 as of 2026-03-14 15:21 UTC: 2 done, 3 pending,"
        + " 0 overdue\n");
    assertThat(out).contains("\nNext:\n  1. Contact Lee Park (Head of Data, Harbor Insurance)");
    assertThat(out).contains("\n== 6. The journal, across eight meetings ==\nJournal as of"
        + " 2026-06-22 12:00 UTC: 8 meetings with 7 people, 18:30 over budget in total\n"
        + "Recurring insights:\n  sql: 3 people, 4 insights: Dana Reyes, Kim Lo, Lee Park\n");
  }

  @Test
  void savesEveryDocumentToTheFolderItNames() {
    Path folder = dir.resolve("demo");

    Cli cli = Cli.run("demo", "--out", folder.toString());

    assertThat(cli.out()).endsWith("\n== Saved ==\nThe documents are in " + folder
        + ": plan.json, agenda.json, report.json, session.json, followup.json, journal/ (8"
        + " meeting records)\n"
        + "Try them with the other commands:\n"
        + "  twentyminute validate " + folder.resolve("agenda.json") + "\n"
        + "  twentyminute coach " + folder.resolve("agenda.json") + "\n"
        + "  twentyminute followup " + folder.resolve("followup.json")
        + " --as-of 2026-03-14T15:21:10Z\n"
        + "  twentyminute journal " + folder.resolve("journal") + " --as-of 2026-06-22T12:00:00Z\n");
    assertThat(JsonMeetingStore.open(folder.resolve("journal")).list())
        .containsExactly("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8");
    assertThat(JSON.read(DocumentType.PLAN, folder.resolve("plan.json")))
        .isEqualTo(MeetingPlans.twentyMinute());
    assertThat(JSON.read(DocumentType.AGENDA, folder.resolve("agenda.json")))
        .isEqualTo(SampleMeeting.agenda());
    assertThat(JSON.read(DocumentType.REPORT, folder.resolve("report.json")).errors()).hasSize(2);
    assertThat(JSON.read(DocumentType.SESSION, folder.resolve("session.json")).status())
        .isEqualTo(SessionStatus.ENDED);
    assertThat(JSON.read(DocumentType.FOLLOW_UP, folder.resolve("followup.json")))
        .isEqualTo(DemoMeeting.followUp());
  }

  @Test
  void runsAgainOverItsOwnOutput() {
    Cli first = Cli.run("demo", "--out", dir.toString());
    Cli second = Cli.run("demo", "--out", dir.toString());

    assertThat(first.exitCode()).isZero();
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(JsonMeetingStore.open(dir.resolve("journal")).load("m1").orElseThrow().revision())
        .isEqualTo(2);
  }

  @Test
  void theSuggestedCommandsWorkOnTheSavedDocuments() {
    Path folder = dir.resolve("demo");
    Cli.run("demo", "--out", folder.toString());

    assertThat(Cli.run("validate", folder.resolve("agenda.json").toString()).exitCode()).isZero();
    assertThat(Cli.run("followup", folder.resolve("followup.json").toString(), "--as-of",
        "2026-03-14T15:21:10Z").out()).contains("\nfollow-up 55/100 as of");
    assertThat(Cli.run("journal", folder.resolve("journal").toString(), "--as-of",
        "2026-06-22T12:00:00Z").exitCode()).isZero();
  }

  @Test
  void aFolderThatIsAFileIsOneLine() throws Exception {
    Path file = Files.writeString(dir.resolve("taken"), "a file");

    Cli cli = Cli.run("demo", "--out", file.toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.errLines()).containsExactly(
        "twentyminute demo: " + file + ": expected a directory, found a file");
  }
}
