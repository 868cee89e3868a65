package io.github.twentyminute.examples;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.findings.Renderer;
import io.github.twentyminute.followup.Commitment;
import io.github.twentyminute.followup.CommitmentKind;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.followup.FollowUpKind;
import io.github.twentyminute.followup.FollowUpScore;
import io.github.twentyminute.followup.FollowUpScorer;
import io.github.twentyminute.followup.NextAction;
import io.github.twentyminute.followup.Party;
import io.github.twentyminute.followup.PreparationScorer;
import io.github.twentyminute.followup.ScoreDiff;
import io.github.twentyminute.followup.TaskId;
import io.github.twentyminute.testing.SampleMeeting;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Follow-up scoring over a week, on a fixed clock: Sam meets Dana Reyes (the sample meeting),
 * records what was promised on both sides, then does some of the follow-up, late or on time.
 * Each day prints the score, what changed and why: a task adds its points the day it is done.
 * The last day prints every line's finding and what to do next, in English and in German.
 *
 * <p>Run it with {@code java -cp examples/target/twentyminute.jar
 * io.github.twentyminute.examples.FollowUpExample}.
 */
public final class FollowUpExample {
  /** When the sample meeting actually ended: it started on time and ran 21:30. */
  public static final Instant MEETING_END =
      SampleMeeting.SCHEDULED_START.plus(Duration.ofMinutes(21)).plusSeconds(30);

  private FollowUpExample() {}

  /**
   * Runs the example, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    run(out);
    out.flush();
  }

  /**
   * Runs the example.
   *
   * @param out where to print, not null
   */
  public static void run(PrintWriter out) {
    Agenda agenda = SampleMeeting.agenda();
    out.println("Before the meeting: " + PreparationScorer.standard().score(agenda));
    out.println();

    Instant during = MEETING_END.minus(Duration.ofMinutes(2));
    FollowUp recorded = FollowUp.builder()
        .meetingEnd(MEETING_END)
        .counterpart(agenda.counterpart())
        .addCommitment(Commitment.myPromise("report", "Send the claims-delay report", during)
            .withDueBy(Instant.parse("2026-03-13T17:00:00Z")))
        .addCommitment(Commitment.referral("lee", Contact.builder().name("Lee Park")
            .role("Head of Data").organisation("Harbor Insurance").build(),
            "how Harbor moved adjusters into analytics", during))
        .addCommitment(Commitment.theirOffer("intro",
            "Introduce me to their analytics recruiting partner", during))
        .addCommitment(Commitment.advice("sql", "Take the SQL course before applying", during))
        .addCommitment(Commitment.builder().id("rubric").owedBy(Party.THEIRS)
            .kind(CommitmentKind.PROMISE).text("Send me the team's hiring rubric")
            .capturedAt(during).build())
        .build();
    out.println("Meeting ended " + Renderer.ENGLISH.instant(MEETING_END) + "; " + recorded.tasks().size()
        + " follow-up tasks; recorded only: " + recorded.recorded().get(0));
    out.println();

    Clock start = Clock.fixed(MEETING_END.plus(Duration.ofHours(1)), ZoneOffset.UTC);
    FollowUpScorer scorer = FollowUpScorer.standard();
    FollowUp followUp = recorded;
    FollowUpScore previous = scorer.score(followUp, start);
    out.println("Day 0: " + previous);
    out.println("  next: " + previous.nextActions().get(0));
    for (int day = 1; day <= 7; day++) {
      Clock clock = Clock.offset(start, Duration.ofDays(day));
      followUp = doneBy(followUp, clock.instant());
      FollowUpScore score = scorer.score(followUp, clock);
      ScoreDiff diff = score.diff(previous);
      out.println("Day " + day + ": " + score);
      for (ScoreDiff.LineChange change : diff.changed()) {
        out.println("  " + (change.change() >= 0 ? "+" : "") + change.change() + " "
            + change.later().task().id() + ": " + Renderer.ENGLISH.message(change.later().finding()));
      }
      if (!score.nextActions().isEmpty()) {
        NextAction next = score.nextActions().get(0);
        out.println("  next: " + next);
      }
      previous = score;
    }
    out.println();
    out.println(previous.summary());
    out.println();
    out.println(previous.summary(Locale.GERMAN));
  }

  /** Returns the follow-up with what Sam has done by an instant. */
  private static FollowUp doneBy(FollowUp followUp, Instant now) {
    FollowUp done = followUp;
    done = markIfPast(done, TaskId.THANK_YOU_NOTE, MEETING_END.plus(Duration.ofHours(20)), now);
    done = markIfPast(done, TaskId.of(FollowUpKind.DELIVER_PROMISE, "report"),
        Instant.parse("2026-03-12T10:30:00Z"), now);
    done = markIfPast(done, TaskId.of(FollowUpKind.CONTACT_REFERRAL, "lee"),
        MEETING_END.plus(Duration.ofDays(5)).plus(Duration.ofHours(2)), now);
    return done;
  }

  private static FollowUp markIfPast(FollowUp followUp, TaskId task, Instant at, Instant now) {
    return !at.isAfter(now) && followUp.completion(task.toString()).isEmpty()
        ? followUp.markDone(task, at) : followUp;
  }
}
