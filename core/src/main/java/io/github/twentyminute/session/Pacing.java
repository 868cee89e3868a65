package io.github.twentyminute.session;

import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.internal.Durations;
import io.github.twentyminute.plan.PhaseId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A live meeting at one instant: where it is, how much time has gone and is left, whether it is
 * ahead of or behind the plan and why, the re-planned rest of the meeting, and nudges for the
 * person running it.
 *
 * <p>All times are meeting time: paused time does not count. Remaining times are never
 * negative. The {@linkplain #drift() drift} adds up, phase by phase, how far the meeting is from
 * its plan: a done phase counts what it took against its planned time, a skipped phase counts
 * minus its planned time, and the current phase counts only once it has run past its planned
 * time. A positive drift is behind the plan, a negative one ahead.
 *
 * <p>Obtain one from {@link MeetingSession#pacing(Instant, PacingOptions)}; it is a pure function
 * of the agenda, the events, the instant and the options. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Pacing {
  Pacing() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutablePacing.Builder builder() {
    return ImmutablePacing.builder();
  }

  /**
   * Returns the instant this pacing is for.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Returns where the meeting stands.
   *
   * @return the status
   */
  public abstract SessionStatus status();

  /**
   * Returns the phase the meeting is in.
   *
   * @return the phase, or empty before the start and after the end
   */
  public abstract Optional<PhaseId> currentPhase();

  /**
   * Returns the first item of the current phase, in agenda order, not yet covered or skipped.
   *
   * @return the item, or empty if there is no current phase or none of its items is left
   */
  public abstract Optional<AgendaItem> currentItem();

  /**
   * Returns the meeting time since the start (to the end, once ended), paused time excluded.
   *
   * @return the elapsed time, never negative
   */
  public abstract Duration meetingElapsed();

  /**
   * Returns the time left before the budget is used up.
   *
   * @return {@code budget - elapsed}, or zero past the budget; never negative
   */
  public abstract Duration meetingRemaining();

  /**
   * Returns the time left before the hard ceiling.
   *
   * @return {@code ceiling - elapsed}, or zero past the ceiling; never negative
   */
  public abstract Duration ceilingRemaining();

  /**
   * Returns the meeting time spent in the current phase.
   *
   * @return the elapsed time, zero without a current phase; never negative
   */
  public abstract Duration phaseElapsed();

  /**
   * Returns the time left in the current phase, by the re-plan.
   *
   * @return the remaining time, zero without a current phase; never negative
   */
  public abstract Duration phaseRemaining();

  /**
   * Returns the time the meeting has been paused.
   *
   * @return the paused time, never negative
   */
  public abstract Duration paused();

  /**
   * Returns how late the meeting started against its scheduled start, or, before the start, how
   * late it already is.
   *
   * @return the lateness, or empty if not scheduled or not late
   */
  public abstract Optional<Duration> lateStart();

  /**
   * Returns how far the meeting is behind (positive) or ahead of (negative) its plan; see the
   * class documentation.
   *
   * @return the drift
   */
  public abstract Duration drift();

  /**
   * Returns the drift in words with its reasons, largest first, such as "behind 1:30: the
   * overview took 3:10 against 2:00; the introduction took 2:20 against 2:00", "ahead 0:30: ..."
   * or "on plan". For people, not for parsing.
   *
   * @return the reason
   */
  public abstract String reason();

  /**
   * Returns every phase of the plan, in plan order, with its planned, actual and re-planned time.
   *
   * @return the phases
   */
  public abstract List<PhasePace> phases();

  /**
   * Returns the meeting time the whole meeting is now expected to take: the actual time of the
   * phases behind, plus the re-planned time of the current and upcoming phases.
   *
   * @return the projected total, never negative
   */
  public abstract Duration projectedTotal();

  /**
   * Returns how far the projected total passes the end the re-plan aims at (the budget or the
   * hard ceiling) because no phase could give up more time.
   *
   * @return the overrun no phase could absorb, never negative
   */
  public abstract Duration unabsorbed();

  /**
   * Returns when the meeting is expected to end by the clock, assuming no further pause.
   *
   * @return the end, or empty before the start of a meeting with no scheduled start
   */
  public abstract Optional<Instant> projectedEnd();

  /**
   * Returns the nudges for this instant, most urgent first, in the order of the table in {@link
   * Nudge}.
   *
   * @return the nudges, may be empty; always empty once the meeting has ended
   */
  public abstract List<Nudge> nudges();

  /**
   * Returns the re-planned rest of the meeting: the current phase and the upcoming ones.
   *
   * @return the phases, in plan order, may be empty
   */
  public List<PhasePace> rest() {
    return phases().stream()
        .filter(p -> p.state() == PhaseState.CURRENT || p.state() == PhaseState.UPCOMING)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the pacing of one phase.
   *
   * @param phase the phase id, not null
   * @return the phase's pacing
   * @throws IllegalArgumentException if the plan has no such phase
   */
  public PhasePace phase(PhaseId phase) {
    return phases().stream().filter(p -> p.phase().equals(phase)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "no phase " + phase + " in this pacing; its phases are " + phases().stream()
                .map(PhasePace::phase).collect(Collectors.toList())));
  }

  /**
   * Checks if the meeting is behind its plan.
   *
   * @return true if the drift is positive
   */
  public boolean behind() {
    return drift().compareTo(Duration.ZERO) > 0;
  }

  /**
   * Checks if the meeting is ahead of its plan.
   *
   * @return true if the drift is negative
   */
  public boolean ahead() {
    return drift().isNegative();
  }

  /**
   * Checks if a nudge with an id is present.
   *
   * @param nudgeId the id, such as {@value Nudge#LAST_QUESTION}; not null
   * @return true if present
   */
  public boolean hasNudge(String nudgeId) {
    return nudges().stream().anyMatch(n -> n.id().equals(nudgeId));
  }

  /** Returns a short form for people, such as {@code RUNNING in discussion 3:10 left, behind 1:30: ...}. */
  @Override
  public String toString() {
    return status() + currentPhase().map(p -> " in " + p + " " + Durations.format(phaseRemaining())
        + " left").orElse("") + ", " + Durations.format(meetingRemaining())
        + " left in the meeting, " + reason();
  }
}
