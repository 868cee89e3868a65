package io.github.twentyminute.examples.bench;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.session.MeetingSession;
import io.github.twentyminute.session.Pacing;
import io.github.twentyminute.session.SessionEvent;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Live pacing of the sample meeting (13 items, 20:00) with 30 events: pauses, phase changes,
 * items, cues and a clock correction, paced while the ending runs.
 *
 * <ul>
 *   <li>{@code pace}: pacing at an instant of a session already built, what a display does on
 *       each tick;
 *   <li>{@code replayAndPace}: rebuilding the session from its 30 stored events and pacing it,
 *       what an application does after reading the events back.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class PacingBenchmark {
  private Agenda agenda;
  private List<SessionEvent> events;
  private MeetingSession session;
  private Instant now;

  /** Builds the agenda, the 30 events and the session. */
  @Setup
  public void setUp() {
    agenda = SampleMeeting.agenda();
    Instant t0 = SampleMeeting.SCHEDULED_START;
    events = new ArrayList<>();
    events.add(SessionEvent.started(t0.plusSeconds(60)));
    events.add(SessionEvent.clockCorrected(t0.plusSeconds(90), 0, t0.plusSeconds(30)));
    events.add(SessionEvent.itemCovered(t0.plusSeconds(95), "i1"));
    events.add(SessionEvent.itemCovered(t0.plusSeconds(110), "i2"));
    events.add(SessionEvent.itemCovered(t0.plusSeconds(150), "i3"));
    events.add(SessionEvent.phaseEntered(t0.plusSeconds(160), PhaseId.OVERVIEW));
    events.add(SessionEvent.itemCovered(t0.plusSeconds(300), "o1"));
    events.add(SessionEvent.phaseEntered(t0.plusSeconds(310), PhaseId.DISCUSSION));
    events.add(SessionEvent.cueDone(t0.plusSeconds(310), "discussion.prepared-questions"));
    long t = 310;
    String[] questions = {"q1", "q2", "q3", "q4", "q5", "q6"};
    for (int q = 0; q < questions.length; q++) {
      t += 100;
      events.add(SessionEvent.paused(t0.plusSeconds(t)));
      t += 20;
      events.add(SessionEvent.resumed(t0.plusSeconds(t)));
      t += 60;
      events.add(SessionEvent.itemCovered(t0.plusSeconds(t), questions[q]));
    }
    events.add(SessionEvent.phaseEntered(t0.plusSeconds(t + 10), PhaseId.ENDING));
    events.add(SessionEvent.itemCovered(t0.plusSeconds(t + 50), "e1"));
    events.add(SessionEvent.cueDone(t0.plusSeconds(t + 60), "ending.offer-help"));
    if (events.size() != 30) {
      throw new IllegalStateException("expected 30 events, built " + events.size());
    }
    session = MeetingSession.replay(agenda, events);
    now = t0.plusSeconds(t + 90);
  }

  /**
   * Paces a built session.
   *
   * @return the pacing
   */
  @Benchmark
  public Pacing pace() {
    return session.pacing(now);
  }

  /**
   * Rebuilds the session from its events and paces it.
   *
   * @return the pacing
   */
  @Benchmark
  public Pacing replayAndPace() {
    return MeetingSession.replay(agenda, events).pacing(now);
  }
}
