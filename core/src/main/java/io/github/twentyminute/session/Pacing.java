package io.github.twentyminute.session;

import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Renderer;
import io.github.twentyminute.plan.PhaseId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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

  static ImmutablePacing.Builder builder() {
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
   * Returns where the meeting stands against its plan, such as "behind 1:30": a finding of id
   * {@code pacing.on-plan}, {@code pacing.ahead} or
   * {@code pacing.behind} with the argument {@code drift}, how far.
   *
   * @return the finding
   */
  public abstract Finding reason();

  /**
   * Returns why the meeting is ahead or behind, phase by phase, largest first, such as "the
   * overview took 3:10 against 2:00": findings of id {@code pacing.phase-took},
   * {@code pacing.phase-skipped} or {@code pacing.phase-taking}, each with
   * its part of the drift as the argument {@code drift}; they add up to {@link #drift()}.
   *
   * @return the reasons, empty when no phase is off its plan
   */
  public abstract List<Finding> driftReasons();

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
        .filter(p -> p.state() == PhasePace.State.CURRENT || p.state() == PhasePace.State.UPCOMING)
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
    String id = Nudge.currentId(nudgeId);
    return nudges().stream().anyMatch(n -> n.id().equals(id));
  }

  /**
   * Returns the pacing in a few words for people, in a locale, such as "running in the
   * discussion, 3:10 left, 14:30 left in the meeting; behind 1:30: the overview took 3:10 against
   * 2:00". Not for parsing: read the fields and findings instead.
   *
   * @param locale the locale, not null
   * @return the summary
   */
  public String summary(Locale locale) {
    Renderer renderer = Renderer.of(locale);
    Arguments.Builder arguments = Arguments.builder()
        .duration("meetingLeft", meetingRemaining()).duration("elapsed", meetingElapsed());
    currentPhase().ifPresent(phase -> arguments.text("phase", phase.value())
        .duration("phaseLeft", phaseRemaining()));
    String key = "pacing.summary." + status().name().toLowerCase(Locale.ROOT).replace('_', '-');
    StringBuilder text = new StringBuilder(renderer.text(key, arguments.build()))
        .append("; ").append(renderer.message(reason()));
    for (int i = 0; i < driftReasons().size(); i++) {
      text.append(i == 0 ? ": " : "; ").append(renderer.message(driftReasons().get(i)));
    }
    return text.toString();
  }

  /**
   * Returns the pacing in a few words in English; see {@link #summary(Locale)}.
   *
   * @return the summary
   */
  public String summary() {
    return summary(Locale.ENGLISH);
  }

  /** Returns the {@linkplain #summary() summary} in English. */
  @Override
  public String toString() {
    return summary();
  }
}
