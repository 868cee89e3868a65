package io.github.twentyminute.examples;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.session.LiveMeeting;
import io.github.twentyminute.session.Nudge;
import io.github.twentyminute.session.Pacing;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;
import java.util.Locale;

/**
 * Runs the sample meeting live on a simulated clock: it starts a minute late, the introduction
 * and overview run long, the discussion gives up time (two questions are skipped) so the ending keeps its two
 * minutes and the meeting ends on its 20:00 budget. At
 * a few moments it prints the pacing (phase, time left, ahead or behind and why) and the
 * nudges; after the end, the planned-versus-actual timeline, in English and in German.
 */
public final class LiveMeetingExample {
  private LiveMeetingExample() {}

  /**
   * Prints the example's output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /**
   * Runs the example.
   *
   * @return what it prints
   */
  public static String run() {
    StringBuilder out = new StringBuilder();
    Agenda agenda = SampleMeeting.agenda();
    SimulatedClock clock = new SimulatedClock(SampleMeeting.SCHEDULED_START);
    LiveMeeting meeting = LiveMeeting.of(agenda, clock);

    clock.advance(Duration.ofSeconds(70));                  // Dana is a little late
    show(out, "started late", meeting.start());
    clock.advance(Duration.ofSeconds(10));
    meeting.cueDone("thanks.opening");
    clock.advance(Duration.ofSeconds(150));                 // small talk runs on
    meeting.cueDone("intro.purpose");
    clock.advance(Duration.ofSeconds(20));
    show(out, "introduction ran long", meeting.enter(PhaseId.OVERVIEW));
    clock.advance(Duration.ofSeconds(160));
    meeting.cueDone("overview.career");
    meeting.enter(PhaseId.DISCUSSION);
    meeting.cueDone("discussion.prepared-questions");
    for (String question : new String[] {"q1", "q2", "q3"}) {
      clock.advance(Duration.ofSeconds(200));
      meeting.cover(question);
    }
    clock.advance(Duration.ofSeconds(60));
    show(out, "late in the discussion", meeting.pacing());
    clock.advance(Duration.ofSeconds(80));
    meeting.cover("q4");
    meeting.skip("q5");                                     // the ending keeps its time
    meeting.skip("q6");
    show(out, "moved to the ending", meeting.enter(PhaseId.ENDING));
    clock.advance(Duration.ofSeconds(40));
    meeting.cueDone("ending.ask-for-names");
    clock.advance(Duration.ofSeconds(45));
    meeting.cueDone("ending.offer-help");
    clock.advance(Duration.ofSeconds(35));
    meeting.cueDone("thanks.closing");
    meeting.end();

    out.append("== after the meeting ==\n").append(meeting.timeline().summary());
    out.append("== after the meeting, in German ==\n")
        .append(meeting.timeline().summary(Locale.GERMAN));
    return out.toString();
  }

  private static void show(StringBuilder out, String moment, Pacing pacing) {
    out.append("== ").append(moment).append(" ==\n").append(pacing).append('\n');
    for (Nudge nudge : pacing.nudges()) {
      out.append("  nudge ").append(nudge.id()).append(": ").append(nudge.message()).append('\n');
    }
  }
}
