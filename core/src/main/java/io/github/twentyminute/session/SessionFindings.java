package io.github.twentyminute.session;

import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.plan.PhaseId;
import java.time.Duration;
import java.util.List;

/** The ids of the findings of this package; documented in the package documentation. */
final class SessionFindings {
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
