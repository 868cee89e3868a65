package io.github.twentyminute.session;

import io.github.twentyminute.plan.PhaseId;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A prompt for the person running a live meeting, such as "2:00 left for the discussion: pick
 * your last question".
 *
 * <p>The {@linkplain #id() id} is stable and is what applications translate; {@link #text()} is
 * the library's English wording. The parameters are data: the phase or cue the nudge is about, and
 * named durations, listed for each id below.
 *
 * <table>
 *   <caption>Nudge ids and their parameters</caption>
 *   <tr><th>id</th><th>when</th><th>phase, cue</th><th>durations</th></tr>
 *   <tr><td>{@value #CEILING}</td><td>the meeting is within the ceiling warning of its hard
 *       ceiling, or past it</td><td>-</td><td>{@code ceiling}, and {@code left} or
 *       {@code over}</td></tr>
 *   <tr><td>{@value #OVER_BUDGET}</td><td>the meeting has run past its budget</td><td>-</td>
 *       <td>{@code budget}, {@code over}</td></tr>
 *   <tr><td>{@value #MOVE_TO_ENDING}</td><td>the current phase has used its re-planned time and
 *       the next phase that keeps its time comes before any other phase with time left</td><td>the phase to move to</td><td>{@code keep}: the time
 *       it keeps</td></tr>
 *   <tr><td>{@value #PHASE_OVER}</td><td>the current phase has used its re-planned time</td>
 *       <td>the current phase</td><td>{@code taken}, {@code planned}, {@code over} (taken less
 *       planned, zero or more)</td></tr>
 *   <tr><td>{@value #LAST_QUESTION}</td><td>a phase that absorbs overruns has at most the
 *       last-question warning left, and items still to cover</td><td>the current phase</td>
 *       <td>{@code left}</td></tr>
 *   <tr><td>{@value #CUE_PENDING}</td><td>the current phase has at most the cue warning left and
 *       a required cue of it is not done; one nudge per cue</td><td>the current phase, the
 *       cue</td><td>{@code left}</td></tr>
 *   <tr><td>{@value #START_LATE}</td><td>the meeting has not started and its scheduled start has
 *       passed</td><td>-</td><td>{@code late}</td></tr>
 * </table>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Nudge {
  /** Nudge id: close to or past the hard ceiling. */
  public static final String CEILING = "meeting.ceiling";
  /** Nudge id: past the budget. */
  public static final String OVER_BUDGET = "meeting.over-budget";
  /** Nudge id: move to the protected phase (the book's ending) now to keep its time. */
  public static final String MOVE_TO_ENDING = "ending.move-now";
  /** Nudge id: the current phase has used its time. */
  public static final String PHASE_OVER = "phase.over";
  /** Nudge id: little time left in the discussion: pick your last question. */
  public static final String LAST_QUESTION = "discussion.last-question";
  /** Nudge id: little time left in the phase and a required cue of it is not done. */
  public static final String CUE_PENDING = "cue.pending";
  /** Nudge id: the scheduled start has passed and the meeting has not started. */
  public static final String START_LATE = "meeting.start-late";

  Nudge() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableNudge.Builder builder() {
    return ImmutableNudge.builder();
  }

  /**
   * Returns the stable id, such as {@value #LAST_QUESTION}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the English wording, for people; translate by {@link #id()} instead of parsing it.
   *
   * @return the text, never blank
   */
  public abstract String text();

  /**
   * Returns the phase the nudge is about.
   *
   * @return the phase, or empty for nudges about the whole meeting
   */
  public abstract Optional<PhaseId> phase();

  /**
   * Returns the cue the nudge is about, for {@value #CUE_PENDING}.
   *
   * @return the cue id, or empty
   */
  public abstract Optional<String> cueId();

  /**
   * Returns the named durations of the nudge, as listed in the class documentation.
   *
   * @return the durations by name, in a fixed order, never negative
   */
  public abstract Map<String, Duration> durations();

  /**
   * Returns one named duration.
   *
   * @param name the name, such as {@code left}; not null
   * @return the duration
   * @throws IllegalArgumentException if the nudge has no duration of that name
   */
  public Duration duration(String name) {
    Duration found = durations().get(name);
    if (found == null) {
      throw new IllegalArgumentException(
          "nudge " + id() + " has no duration " + name + "; it has " + durations().keySet());
    }
    return found;
  }

  @Value.Check
  final void check() {
    if (id().isBlank() || text().isBlank()) {
      throw new IllegalArgumentException(
          "nudge id and text must not be blank, but were \"" + id() + "\" and \"" + text() + "\"");
    }
  }

  /** Returns {@code id: text}, for people. */
  @Override
  public String toString() {
    return id() + ": " + text();
  }
}
