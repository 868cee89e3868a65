package io.github.twentyminute.session;

import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.plan.PhaseId;
import java.time.Duration;
import java.util.List;

/**
 * The ids of the findings of a live meeting besides its {@link Nudge}s: why it is ahead or
 * behind ({@link Pacing#reason()}, {@link Pacing#driftReasons()}), why the re-plan changed a
 * phase ({@link PhasePace#change()}), and the lines of an ended meeting's
 * {@linkplain Timeline#findings() timeline}. Durations are {@code Duration}s, counts
 * {@code long}s, ids texts; every finding is at the root of the session. Templates are in the
 * {@code session} message bundle, in English and German.
 *
 * <table>
 *   <caption>Session finding ids and their arguments</caption>
 *   <tr><th>id</th><th>what</th><th>arguments</th></tr>
 *   <tr><td>{@value #ON_PLAN}, {@value #AHEAD}, {@value #BEHIND}</td><td>where the meeting
 *       stands against its plan</td><td>{@code drift} (ahead and behind: how far, positive)</td>
 *       </tr>
 *   <tr><td>{@value #PHASE_TOOK}, {@value #PHASE_SKIPPED}, {@value #PHASE_TAKING}</td><td>one
 *       phase's part of the drift: done, skipped, or current past its planned time</td>
 *       <td>{@code phase}, {@code planned}, {@code actual} (not for skipped), {@code drift}
 *       (the part, negative when ahead)</td></tr>
 *   <tr><td>{@value #LENGTHENED}</td><td>the re-plan gave a phase time left over</td>
 *       <td>{@code phase}, {@code amount}, {@code budget}</td></tr>
 *   <tr><td>{@value #SHORTENED}</td><td>the re-plan took time from a phase; the key adds
 *       {@code .below-minimum} when it is now below its minimum, {@code .ceiling} when the
 *       meeting aims at its hard ceiling, {@code .keeping} when later phases keep their
 *       time</td><td>{@code phase}, {@code amount}, {@code end} (the budget or ceiling),
 *       {@code minimum}, {@code kept} and {@code keptPhases} (ids, joined by commas) where they
 *       apply</td></tr>
 *   <tr><td>{@value #TIMELINE_TOTAL}</td><td>the total against the budget; keys
 *       {@code .over-budget} and {@code .over-ceiling}</td><td>{@code total}, {@code budget},
 *       {@code over}, {@code ceiling}, {@code overCeiling} where they apply</td></tr>
 *   <tr><td>{@value #TIMELINE_LATE_START}</td><td>the meeting started late</td>
 *       <td>{@code late}</td></tr>
 *   <tr><td>{@value #TIMELINE_PAUSED}</td><td>the meeting was paused</td><td>{@code paused}</td>
 *       </tr>
 *   <tr><td>{@value #TIMELINE_PHASE}</td><td>one phase, planned against actual; keys
 *       {@code .over} and {@code .skipped}</td><td>{@code phase}, {@code planned},
 *       {@code actual}, {@code over} where it applies</td></tr>
 *   <tr><td>{@value #TIMELINE_CUES}</td><td>every required cue done, or (key
 *       {@code .missed}, a warning) which were missed</td><td>{@code missed} (a count) and
 *       {@code cues} (ids, joined by commas)</td></tr>
 * </table>
 */
public final class SessionFindings {
  /** The meeting is on plan. */
  public static final String ON_PLAN = "pacing.on-plan";
  /** The meeting is ahead of its plan. */
  public static final String AHEAD = "pacing.ahead";
  /** The meeting is behind its plan. */
  public static final String BEHIND = "pacing.behind";
  /** A done phase took more or less than planned. */
  public static final String PHASE_TOOK = "pacing.phase-took";
  /** A phase was skipped. */
  public static final String PHASE_SKIPPED = "pacing.phase-skipped";
  /** The current phase has run past its planned time. */
  public static final String PHASE_TAKING = "pacing.phase-taking";
  /** The re-plan lengthened a phase. */
  public static final String LENGTHENED = "pacing.lengthened";
  /** The re-plan shortened a phase. */
  public static final String SHORTENED = "pacing.shortened";
  /** A timeline's total against the budget. */
  public static final String TIMELINE_TOTAL = "timeline.total";
  /** A timeline's late start. */
  public static final String TIMELINE_LATE_START = "timeline.late-start";
  /** A timeline's paused time. */
  public static final String TIMELINE_PAUSED = "timeline.paused";
  /** A timeline's phase, planned against actual. */
  public static final String TIMELINE_PHASE = "timeline.phase";
  /** A timeline's cues: all done, or which were missed. */
  public static final String TIMELINE_CUES = "timeline.cues";

  private SessionFindings() {}

  static Finding standing(Duration drift) {
    String id = drift.isNegative() ? AHEAD : drift.isZero() ? ON_PLAN : BEHIND;
    return finding(id, id, Arguments.builder().duration("drift", drift.abs()).build());
  }

  static Finding phaseDrift(String id, PhaseId phase, Duration planned, Duration actual,
      Duration drift) {
    Arguments.Builder arguments = Arguments.builder().text("phase", phase.value())
        .duration("planned", planned);
    if (!id.equals(PHASE_SKIPPED)) {
      arguments.duration("actual", actual);
    }
    return finding(id, id, arguments.duration("drift", drift).build());
  }

  static Finding lengthened(PhaseId phase, Duration amount, Duration budget) {
    return finding(LENGTHENED, LENGTHENED, Arguments.builder().text("phase", phase.value())
        .duration("amount", amount).duration("budget", budget).build());
  }

  static Finding shortened(PhaseId phase, Duration amount, Duration end, boolean toCeiling,
      Duration allotted, Duration minimum, Duration kept, List<PhaseId> keptPhases) {
    boolean belowMinimum = allotted.compareTo(minimum) < 0;
    String key = SHORTENED + (belowMinimum ? ".below-minimum" : "") + (toCeiling ? ".ceiling" : "")
        + (keptPhases.isEmpty() ? "" : ".keeping");
    Arguments.Builder arguments = Arguments.builder().text("phase", phase.value())
        .duration("amount", amount).duration("end", end);
    if (belowMinimum) {
      arguments.duration("minimum", minimum);
    }
    if (!keptPhases.isEmpty()) {
      arguments.duration("kept", kept).text("keptPhases", ids(keptPhases));
    }
    return finding(SHORTENED, key, arguments.build());
  }

  static Finding total(Duration total, Duration budget, Duration ceiling) {
    Arguments.Builder arguments = Arguments.builder().duration("total", total)
        .duration("budget", budget);
    String key = TIMELINE_TOTAL;
    if (total.compareTo(budget) > 0) {
      arguments.duration("over", total.minus(budget));
      key = TIMELINE_TOTAL + ".over-budget";
    }
    if (total.compareTo(ceiling) > 0) {
      arguments.duration("ceiling", ceiling).duration("overCeiling", total.minus(ceiling));
      key = TIMELINE_TOTAL + ".over-ceiling";
    }
    return finding(TIMELINE_TOTAL, key, arguments.build());
  }

  static Finding lateStart(Duration late) {
    return finding(TIMELINE_LATE_START, TIMELINE_LATE_START,
        Arguments.builder().duration("late", late).build());
  }

  static Finding paused(Duration paused) {
    return finding(TIMELINE_PAUSED, TIMELINE_PAUSED,
        Arguments.builder().duration("paused", paused).build());
  }

  static Finding timelinePhase(PhaseTimeline phase) {
    Arguments.Builder arguments = Arguments.builder().text("phase", phase.phase().value())
        .duration("planned", phase.planned()).duration("actual", phase.actual());
    String key = TIMELINE_PHASE + (phase.skipped() ? ".skipped" : "");
    if (!phase.skipped() && !phase.overrun().isZero()) {
      arguments.duration("over", phase.overrun());
      key = TIMELINE_PHASE + ".over";
    }
    return finding(TIMELINE_PHASE, key, arguments.build());
  }

  static Finding cues(List<String> missed) {
    Finding cues = finding(TIMELINE_CUES, TIMELINE_CUES + (missed.isEmpty() ? "" : ".missed"),
        Arguments.builder().count("missed", missed.size()).text("cues", String.join(", ", missed))
            .build());
    return missed.isEmpty() ? cues : cues.withSeverity(Severity.WARNING);
  }

  private static String ids(List<PhaseId> phases) {
    StringBuilder text = new StringBuilder();
    for (PhaseId phase : phases) {
      text.append(text.length() == 0 ? "" : ", ").append(phase.value());
    }
    return text.toString();
  }

  private static Finding finding(String id, String key, Arguments arguments) {
    return Finding.of(id, Location.root(), key, arguments);
  }
}
