package io.github.twentyminute.session;

import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Renderer;
import io.github.twentyminute.internal.Durations;
import io.github.twentyminute.plan.PhaseId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An ended meeting, planned against actual: the time of each phase and item, the overruns, the
 * cues done and missed, and the total against the budget and the hard ceiling.
 *
 * <p>Times are meeting times: paused time is not counted, and is reported on its own. Obtain one
 * from {@link MeetingSession#timeline()}. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Timeline {
  Timeline() {}

  static ImmutableTimeline.Builder builder() {
    return ImmutableTimeline.builder();
  }

  /**
   * Returns when the meeting started, after clock corrections.
   *
   * @return the start
   */
  public abstract Instant start();

  /**
   * Returns when the meeting ended, after clock corrections.
   *
   * @return the end
   */
  public abstract Instant end();

  /**
   * Returns how late the meeting started against the agenda's scheduled start.
   *
   * @return the lateness, or empty if not scheduled or not late
   */
  public abstract Optional<Duration> lateStart();

  /**
   * Returns the meeting time from start to end, paused time excluded.
   *
   * @return the total, never negative
   */
  public abstract Duration total();

  /**
   * Returns the time the meeting was paused.
   *
   * @return the paused time, never negative
   */
  public abstract Duration paused();

  /**
   * Returns the plan's budget.
   *
   * @return the budget
   */
  public abstract Duration budget();

  /**
   * Returns the plan's hard ceiling.
   *
   * @return the hard ceiling
   */
  public abstract Duration hardCeiling();

  /**
   * Returns the planned time of the whole meeting: the sum of the phases' planned times.
   *
   * @return the planned total, never negative
   */
  public abstract Duration planned();

  /**
   * Returns every phase of the plan, in plan order.
   *
   * @return the phases
   */
  public abstract List<PhaseTimeline> phases();

  /**
   * Returns every agenda item, in agenda order.
   *
   * @return the items
   */
  public abstract List<ItemTimeline> items();

  /**
   * Returns every cue of the plan, in plan order.
   *
   * @return the cues
   */
  public abstract List<CueOutcome> cues();

  /**
   * Returns how far the meeting ran past its budget.
   *
   * @return the overrun, never negative
   */
  public Duration overBudget() {
    return Durations.max(Duration.ZERO, total().minus(budget()));
  }

  /**
   * Returns how far the meeting ran past its hard ceiling.
   *
   * @return the overrun, never negative
   */
  public Duration overCeiling() {
    return Durations.max(Duration.ZERO, total().minus(hardCeiling()));
  }

  /**
   * Checks if the meeting kept to its budget.
   *
   * @return true if the total is within the budget
   */
  public boolean withinBudget() {
    return total().compareTo(budget()) <= 0;
  }

  /**
   * Checks if the meeting stayed within its hard ceiling.
   *
   * @return true if the total is within the hard ceiling
   */
  public boolean withinCeiling() {
    return total().compareTo(hardCeiling()) <= 0;
  }

  /**
   * Returns the phases that ran past their planned time, in plan order.
   *
   * @return the phases, may be empty
   */
  public List<PhaseTimeline> overruns() {
    return phases().stream().filter(p -> !p.overrun().isZero())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the cues done, in plan order.
   *
   * @return the cues, may be empty
   */
  public List<CueOutcome> cuesDone() {
    return cues().stream().filter(c -> c.done().isPresent())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the required cues not done, in plan order.
   *
   * @return the cues, may be empty
   */
  public List<CueOutcome> cuesMissed() {
    return cues().stream().filter(CueOutcome::missed).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns one phase.
   *
   * @param phase the phase id, not null
   * @return the phase's timeline
   * @throws IllegalArgumentException if the plan has no such phase
   */
  public PhaseTimeline phase(PhaseId phase) {
    return phases().stream().filter(p -> p.phase().equals(phase)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "no phase " + phase + " in this timeline; its phases are " + phases().stream()
                .map(PhaseTimeline::phase).collect(Collectors.toList())));
  }

  /**
   * Returns one item.
   *
   * @param itemId the item id, not null
   * @return the item's timeline
   * @throws IllegalArgumentException if the agenda has no such item
   */
  public ItemTimeline item(String itemId) {
    return items().stream().filter(i -> i.itemId().equals(itemId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "no item " + itemId + " in this timeline"));
  }

  /**
   * Returns the facts of the timeline as findings, one per line of the {@linkplain
   * #summary(Locale) summary}: the total against the budget (and the hard ceiling), the late
   * start and the paused time if any, each phase planned against actual, and the cues (see
   * the package documentation for the ids and arguments).
   *
   * @return the findings, in that order
   */
  public List<Finding> findings() {
    List<Finding> findings = new ArrayList<>();
    findings.add(SessionFindings.total(total(), budget(), hardCeiling()));
    lateStart().ifPresent(late -> findings.add(SessionFindings.lateStart(late)));
    if (!paused().isZero()) {
      findings.add(SessionFindings.paused(paused()));
    }
    for (PhaseTimeline phase : phases()) {
      findings.add(SessionFindings.timelinePhase(phase));
    }
    findings.add(SessionFindings.cues(cuesMissed().stream().map(c -> c.cue().id())
        .collect(Collectors.toList())));
    return Collections.unmodifiableList(findings);
  }

  /**
   * Returns a summary for people in a locale, one line per {@linkplain #findings() finding},
   * such as "total 21:10 against a 20:00 budget (1:10 over)"; not for parsing.
   *
   * @param locale the locale, not null
   * @return the summary, each line ending in a line break
   */
  public String summary(Locale locale) {
    Renderer renderer = Renderer.of(locale);
    StringBuilder text = new StringBuilder();
    for (Finding finding : findings()) {
      text.append(renderer.message(finding)).append('\n');
    }
    return text.toString();
  }

  /**
   * Returns the summary in English; see {@link #summary(Locale)}.
   *
   * @return the summary
   */
  public String summary() {
    return summary(Locale.ENGLISH);
  }

  /** Returns the first line of the {@link #summary()}. */
  @Override
  public String toString() {
    String summary = summary();
    return "Timeline: " + summary.substring(0, summary.indexOf('\n'));
  }
}
