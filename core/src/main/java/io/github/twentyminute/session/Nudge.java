package io.github.twentyminute.session;

import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.plan.PhaseId;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A prompt for the person running a live meeting, such as "2:00 left for the discussion: pick
 * your last question": a {@link Finding} with a stable {@linkplain #id() id}, a severity and
 * typed arguments, rendered in any shipped locale by {@link #message(Locale)}, plus the phase and
 * cue it is about as typed fields.
 *
 * <table>
 *   <caption>Nudge ids, severities and arguments</caption>
 *   <tr><th>id</th><th>when</th><th>severity</th><th>arguments</th></tr>
 *   <tr><td>{@value #START_LATE}</td><td>the meeting has not started and its scheduled start has
 *       passed</td><td>warning</td><td>{@code late}</td></tr>
 *   <tr><td>{@value #CEILING}</td><td>the meeting is within the ceiling warning of its hard
 *       ceiling (key {@code meeting.ceiling}), or past it (key {@code meeting.ceiling.passed},
 *       an error)</td><td>warning, error</td><td>{@code ceiling}, and {@code left} or
 *       {@code over}</td></tr>
 *   <tr><td>{@value #OVER_BUDGET}</td><td>the meeting has run past its budget</td>
 *       <td>warning</td><td>{@code budget}, {@code over}</td></tr>
 *   <tr><td>{@value #MOVE_TO_PROTECTED_PHASE}</td><td>the current phase has used its re-planned
 *       time and the next phase that keeps its time (the book's ending) comes before any other
 *       phase with time left; key {@code phase.move-to-protected.ending} for the book's
 *       ending</td><td>warning</td><td>{@code phase} (the phase to move to), {@code keep} (the
 *       time it keeps)</td></tr>
 *   <tr><td>{@value #PHASE_OVER}</td><td>the current phase has used its re-planned time; keys
 *       {@code phase.over} and {@code phase.over.replanned} (used less than planned) with
 *       {@code .close} when no phase with time follows</td><td>warning</td><td>{@code phase},
 *       {@code taken}, {@code planned}, {@code over} (taken less planned, zero or more), and
 *       {@code next} when a phase follows</td></tr>
 *   <tr><td>{@value #LAST_QUESTION}</td><td>a phase that absorbs overruns has at most the
 *       last-question warning left, and items still to cover</td><td>info</td><td>{@code phase},
 *       {@code left}</td></tr>
 *   <tr><td>{@value #CUE_PENDING}</td><td>the current phase has at most the cue warning left and
 *       a required cue of it is not done; one nudge per cue</td><td>info</td><td>{@code phase},
 *       {@code left}, {@code cueId}, {@code cue} (the cue's text)</td></tr>
 * </table>
 *
 * <p>Durations are never negative. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Nudge {
  /** Nudge id: close to or past the hard ceiling. */
  public static final String CEILING = "meeting.ceiling";
  /** Nudge id: past the budget. */
  public static final String OVER_BUDGET = "meeting.over-budget";
  /**
   * Nudge id: move to the next phase that keeps its time (the book's ending) now to keep its
   * time. It was {@code ending.move-now} before 0.1; {@link Pacing#hasNudge(String)} still
   * reads that id.
   */
  public static final String MOVE_TO_PROTECTED_PHASE = "phase.move-to-protected";
  /** Nudge id: the current phase has used its time. */
  public static final String PHASE_OVER = "phase.over";
  /** Nudge id: little time left in a phase that absorbs overruns: pick your last question. */
  public static final String LAST_QUESTION = "discussion.last-question";
  /** Nudge id: little time left in the phase and a required cue of it is not done. */
  public static final String CUE_PENDING = "cue.pending";
  /** Nudge id: the scheduled start has passed and the meeting has not started. */
  public static final String START_LATE = "meeting.start-late";

  /** The id {@link #MOVE_TO_PROTECTED_PHASE} had before 0.1. */
  static final String OLD_MOVE_TO_ENDING = "ending.move-now";

  Nudge() {}

  static ImmutableNudge.Builder builder() {
    return ImmutableNudge.builder();
  }

  /**
   * Returns the id a nudge has now for an id an application may have kept: the same id, or
   * {@value #MOVE_TO_PROTECTED_PHASE} for {@code ending.move-now}.
   *
   * @param id a nudge id, not null
   * @return the id today
   */
  public static String currentId(String id) {
    return OLD_MOVE_TO_ENDING.equals(id) ? MOVE_TO_PROTECTED_PHASE : id;
  }

  /**
   * Returns the finding of the nudge: id, severity, message key and arguments.
   *
   * @return the finding
   */
  public abstract Finding finding();

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
   * Returns the stable id, such as {@value #LAST_QUESTION}.
   *
   * @return the id
   */
  public String id() {
    return finding().id();
  }

  /**
   * Returns how urgent the nudge is.
   *
   * @return the severity
   */
  public Severity severity() {
    return finding().severity().orElseThrow();
  }

  /**
   * Returns the typed arguments, as listed in the class documentation.
   *
   * @return the arguments
   */
  public Arguments arguments() {
    return finding().arguments();
  }

  /**
   * Returns one duration argument.
   *
   * @param name the name, such as {@code left}; not null
   * @return the duration
   * @throws java.util.NoSuchElementException if the nudge has no argument of that name
   */
  public Duration duration(String name) {
    return arguments().duration(name);
  }

  /**
   * Returns the nudge's text in a locale.
   *
   * @param locale the locale, not null
   * @return the text, never blank
   */
  public String message(Locale locale) {
    return finding().message(locale);
  }

  /**
   * Returns the nudge's text in English.
   *
   * @return the text, never blank
   */
  public String message() {
    return finding().message();
  }

  @Value.Check
  final void check() {
    if (finding().severity().isEmpty()) {
      throw new IllegalArgumentException("nudge " + id() + " needs a severity");
    }
  }

  /** Returns {@code id: text} in English, for people. */
  @Override
  public String toString() {
    return id() + ": " + message();
  }
}
