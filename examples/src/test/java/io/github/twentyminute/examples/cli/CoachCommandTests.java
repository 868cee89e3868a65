package io.github.twentyminute.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.json.DocumentType;
import io.github.twentyminute.json.TwentyMinuteJson;
import io.github.twentyminute.session.MeetingSession;
import io.github.twentyminute.session.SessionEvent;
import io.github.twentyminute.session.SessionStatus;
import io.github.twentyminute.testing.SampleMeeting;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coach driven through a pipe in-process, on a clock that moves only when told to. */
class CoachCommandTests {
  static final String HEADER = "twentyminute coach: meeting with Dana Reyes (Director of Claims"
      + " Analytics, Northwind Mutual): 13 items, 20:00 planned against a 20:00 budget\n";
  static final String KEYS = "keys: n next phase, c cue done, i item covered, s skip item,"
      + " p pause/resume, e end, + clock +0:30\n";

  @TempDir Path dir;

  Cli coach(String keys, String... more) {
    Path file = ValidateCommandTests.write(dir.resolve("dana.json"), SampleMeeting.agenda());
    String[] args = {"coach", file.toString(), "--start", "2026-03-10T15:00:00Z",
        "--clock-step", "30s"};
    String[] all = Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return Cli.runWithKeys(keys, all);
  }

  static List<String> frames(String out) {
    return Arrays.asList(out.substring(0, out.indexOf("\n\nTimeline:\n") + 1).split("\n\n"));
  }

  @Test
  void firstFrameShowsThePhaseTheBarsTheCurrentItemAndTheKeys() {
    Cli cli = coach("e");

    assertThat(cli.exitCode()).isZero();
    assertThat(frames(cli.out()).get(0) + "\n").isEqualTo(HEADER
        + "RUNNING  introduction, phase 1 of 4\n"
        + "  phase    [------------------------]  0:00 of 2:00, 2:00 left\n"
        + "  meeting  [------------------------]  0:00 of 20:00, 20:00 left (ceiling in 30:00)\n"
        + "  pace     on plan\n"
        + "  now      i1  Thank you for making the time today (0:30)\n"
        + "  cues     [ ] thanks.opening [ ] intro.small-talk [ ] intro.purpose\n"
        + "  > started the meeting\n"
        + KEYS);
  }

  @Test
  void keysMoveTheMeetingOnAndTheClockMovesOnlyOnPlus() {
    Cli cli = coach("c++++n");

    List<String> frames = frames(cli.out());
    assertThat(frames).hasSize(8);
    assertThat(frames.get(5) + "\n").isEqualTo(HEADER
        + "RUNNING  introduction, phase 1 of 4\n"
        + "  phase    [########################]  2:00 of 2:00, 0:00 left\n"
        + "  meeting  [##----------------------]  2:00 of 20:00, 18:00 left (ceiling in 28:00)\n"
        + "  pace     on plan\n"
        + "  now      i1  Thank you for making the time today (0:30)\n"
        + "  cues     [x] thanks.opening [ ] intro.small-talk [ ] intro.purpose\n"
        + "  nudge    the introduction has taken 2:00 against 2:00 planned: move on to the"
        + " overview\n"
        + "  nudge    0:00 left in the introduction: Say why you asked for the meeting and that"
        + " you will keep to the time you promised\n"
        + "  > clock moved on 0:30\n"
        + KEYS);
    assertThat(frames.get(6)).contains("RUNNING  overview, phase 2 of 4\n")
        .contains("\n  > entered overview\n");
  }

  @Test
  void endOfInputEndsTheMeetingPrintsTheTimelineAndSavesTheSession() {
    Cli cli = coach("c++++ni++++" + "n" + "+".repeat(28) + "s" + "n" + "cc++++c");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.err()).isEmpty();
    List<String> frames = frames(cli.out());
    assertThat(frames.get(frames.size() - 1)).contains("ENDED  no phase\n")
        .contains("\n  > input closed: ended the meeting\n");
    MeetingSession saved =
        TwentyMinuteJson.create().read(DocumentType.SESSION, dir.resolve("dana.session.json"));
    assertThat(cli.out()).endsWith("\n\nTimeline:\n" + saved.timeline().summary()
        + "Saved the session to " + dir.resolve("dana.session.json") + "\n");
    assertThat(saved.timeline().cuesMissed()).extracting(c -> c.cue().id())
        .containsExactly("intro.purpose", "discussion.prepared-questions");
    assertThat(saved.timeline().total()).isEqualTo(Duration.ofMinutes(20));
    assertThat(saved.isItemDone("q1")).isTrue();
    assertThat(saved.isCueDone("thanks.closing")).isTrue();
  }

  @Test
  void pauseAndResumeStopTheMeetingClock() {
    Cli cli = coach("p++p+e");

    List<String> frames = frames(cli.out());
    assertThat(frames.get(1)).startsWith(HEADER + "PAUSED  introduction, phase 1 of 4\n")
        .contains("\n  > paused: press p to resume\n");
    assertThat(frames.get(4)).contains("\n  > resumed\n");
    assertThat(frames.get(5)).contains(
        "  meeting  [------------------------]  0:30 of 20:00, 19:30 left");
    assertThat(cli.out()).contains("\nTimeline:\ntotal 0:30 against a 20:00 budget\npaused 1:00\n");
  }

  @Test
  void aPhasePastItsTimeShowsHowFarOver() {
    Cli cli = coach("++++++e");

    List<String> frames = frames(cli.out());
    assertThat(frames.get(6)).contains(
        "\n  phase    [########################]  3:00 of 2:00, 1:00 over\n"
            + "  meeting  [###---------------------]  3:00 of 20:00, 17:00 left (ceiling in 27:00)\n"
            + "  pace     behind 1:00: the introduction has taken 3:00 against 2:00\n");
  }

  @Test
  void refusedMovesAreShownNotFatal() {
    Cli cli = coach("nnnnxe");

    List<String> frames = frames(cli.out());
    assertThat(frames.get(4)).contains("\n  > this is the last phase; press e to end the meeting\n");
    assertThat(frames.get(5)).contains("\n  > unknown key 'x'\n");
    assertThat(cli.exitCode()).isZero();
  }

  @Test
  void savesTheSessionWhereOutSays() {
    Path target = dir.resolve("sessions").resolve("dana-2026-03-10.json");

    Cli cli = coach("e", "--out", target.toString());

    assertThat(cli.out()).endsWith("Saved the session to " + target + "\n");
    MeetingSession saved = TwentyMinuteJson.create().read(DocumentType.SESSION, target);
    assertThat(saved.status()).isEqualTo(SessionStatus.ENDED);
    assertThat(saved.agenda()).isEqualTo(SampleMeeting.agenda());
    assertThat(saved.events()).containsExactly(
        SessionEvent.started(Instant.parse("2026-03-10T15:00:00Z")),
        SessionEvent.ended(Instant.parse("2026-03-10T15:00:00Z")));
  }

  @Test
  void aMissingAgendaIsOneLine() {
    Cli cli = Cli.runWithKeys("e", "coach", dir.resolve("none.json").toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.errLines()).containsExactly(
        "twentyminute coach: " + dir.resolve("none.json") + ": no such file");
  }

  @Test
  void barsFillInProportionAndStayFullWhenOver() {
    assertThat(Coach.bar(Duration.ZERO, Duration.ofMinutes(2))).isEqualTo("[" + "-".repeat(24) + "]");
    assertThat(Coach.bar(Duration.ofSeconds(30), Duration.ofMinutes(2)))
        .isEqualTo("[" + "#".repeat(6) + "-".repeat(18) + "]");
    assertThat(Coach.bar(Duration.ofMinutes(3), Duration.ofMinutes(2))).isEqualTo("[" + "#".repeat(24) + "]");
    assertThat(Coach.left(Duration.ofMinutes(3), Duration.ofMinutes(2))).isEqualTo("1:00 over");
    assertThat(Coach.left(Duration.ofSeconds(30), Duration.ofMinutes(2))).isEqualTo("1:30 left");
  }
}
