package io.github.twentyminute.examples.bench;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.json.DocumentType;
import io.github.twentyminute.json.TwentyMinuteJson;
import io.github.twentyminute.session.MeetingSession;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and replaying a long session: the sample agenda with a start and then pause and resume
 * events, one second apart, at 10k, 40k, 160k and 320k events. Both should grow linearly: the
 * time per event stays flat.
 *
 * <ul>
 *   <li>{@code read}: reading the whole session document, which replays its events;
 *   <li>{@code replay}: rebuilding the session from the events already in memory.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class SessionReadBenchmark {
  /** How many events the session has. */
  @Param({"10000", "40000", "160000", "320000"})
  public int events;

  private final TwentyMinuteJson json = TwentyMinuteJson.builder().prettyPrint(false).build();
  private Agenda agenda;
  private List<SessionEvent> log;
  private String text;

  /** Builds the events and writes the session document. */
  @Setup
  public void setUp() {
    agenda = SampleMeeting.agenda();
    log = events(events);
    text = json.write(DocumentType.SESSION, MeetingSession.replay(agenda, log));
  }

  /**
   * Returns a start followed by alternating pauses and resumes, one second apart.
   *
   * @param count how many events, at least 1
   * @return the events
   */
  static List<SessionEvent> events(int count) {
    Instant t0 = SampleMeeting.SCHEDULED_START;
    List<SessionEvent> list = new ArrayList<>(count);
    list.add(SessionEvent.started(t0));
    for (int i = 1; i < count; i++) {
      Instant at = t0.plusSeconds(i);
      list.add(i % 2 == 1 ? SessionEvent.paused(at) : SessionEvent.resumed(at));
    }
    return list;
  }

  /**
   * Reads the session document.
   *
   * @return the session
   */
  @Benchmark
  public MeetingSession read() {
    return json.read(DocumentType.SESSION, text);
  }

  /**
   * Replays the events on a new session.
   *
   * @return the session
   */
  @Benchmark
  public MeetingSession replay() {
    return MeetingSession.replay(agenda, log);
  }
}
