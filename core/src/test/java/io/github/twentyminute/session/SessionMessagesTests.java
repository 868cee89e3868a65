package io.github.twentyminute.session;

import static io.github.twentyminute.session.Meetings.at;
import static io.github.twentyminute.session.Meetings.startAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Renderer;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.TimeBox;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The wording of every template of the session bundle, in English, and its German translation. */
class SessionMessagesTests {
  private static final PhaseId DISCUSSION = PhaseId.DISCUSSION;
  private static final String CUE = "Ask who else you should talk to, and whether you may use"
      + " their name";

  private static Duration time(int minutes, int seconds) {
    return Duration.ofSeconds(minutes * 60L + seconds);
  }

  private static Finding nudge(String id, String key, PhaseId phase, Arguments.Builder arguments) {
    return NudgeRules.nudge(id, key, Severity.WARNING, phase, null, arguments.build()).finding();
  }

  private static Arguments.Builder args() {
    return Arguments.builder();
  }

  private static PhaseTimeline phase(PhaseId phase, Duration planned, Duration actual,
      boolean entered) {
    return PhaseTimeline.builder().phase(phase).timeBox(TimeBox.ofMinutes(12, 14, 15))
        .planned(planned).actual(actual)
        .entered(entered ? Optional.of(Instant.EPOCH) : Optional.empty()).build();
  }

  /** One finding per template key, with realistic arguments, and its English message. */
  private static Map<Finding, String> everyTemplate() {
    Map<Finding, String> english = new LinkedHashMap<>();
    english.put(nudge(Nudge.START_LATE, Nudge.START_LATE, null, args().duration("late",
        time(3, 0))), "the meeting is 3:00 past its scheduled start");
    english.put(nudge(Nudge.CEILING, Nudge.CEILING, null, args().duration("ceiling", time(30, 0))
        .duration("left", time(1, 30))), "1:30 left before the 30:00 hard ceiling: close the"
            + " meeting");
    english.put(nudge(Nudge.CEILING, "meeting.ceiling.passed", null, args()
        .duration("ceiling", time(30, 0)).duration("over", time(0, 45))),
        "the meeting is 0:45 past its 30:00 hard ceiling: end it now");
    english.put(nudge(Nudge.OVER_BUDGET, Nudge.OVER_BUDGET, null, args()
        .duration("budget", time(20, 0)).duration("over", time(8, 30))),
        "the meeting is 8:30 over its 20:00 budget");
    english.put(nudge(Nudge.MOVE_TO_PROTECTED_PHASE, Nudge.MOVE_TO_PROTECTED_PHASE,
        PhaseId.OVERVIEW, args().text("phase", "overview").duration("keep", time(2, 0))),
        "move to the overview now to keep 2:00 for it");
    english.put(nudge(Nudge.MOVE_TO_PROTECTED_PHASE, "phase.move-to-protected.ending",
        PhaseId.ENDING, args().text("phase", "ending").duration("keep", time(2, 0))),
        "move to the ending now to keep 2:00 for names and how you can help");
    english.put(nudge(Nudge.PHASE_OVER, Nudge.PHASE_OVER, PhaseId.OVERVIEW, phaseOver("overview",
        time(3, 10), time(2, 0)).text("next", "discussion")), "the overview has taken 3:10"
            + " against 2:00 planned: move on to the discussion");
    english.put(nudge(Nudge.PHASE_OVER, "phase.over.close", PhaseId.ENDING, phaseOver("ending",
        time(10, 30), time(2, 0))), "the ending has taken 10:30 against 2:00 planned: close the"
            + " meeting");
    english.put(nudge(Nudge.PHASE_OVER, "phase.over.replanned", DISCUSSION, phaseOver(
        "discussion", time(11, 0), time(14, 0)).text("next", "ending")), "the discussion has"
            + " used the 11:00 re-planned for it: move on to the ending");
    english.put(nudge(Nudge.PHASE_OVER, "phase.over.replanned.close", PhaseId.ENDING, phaseOver(
        "ending", time(1, 0), time(2, 0))), "the ending has used the 1:00 re-planned for it:"
            + " close the meeting");
    english.put(nudge(Nudge.LAST_QUESTION, Nudge.LAST_QUESTION, DISCUSSION, args()
        .text("phase", "discussion").duration("left", time(1, 30))),
        "1:30 left for the discussion: pick your last question");
    english.put(nudge(Nudge.CUE_PENDING, Nudge.CUE_PENDING, PhaseId.ENDING, args()
        .text("phase", "ending").duration("left", time(1, 0)).text("cueId", "ending.ask-for-names")
        .text("cue", CUE)), "1:00 left in the ending: " + CUE);
    english.put(SessionFindings.standing(Duration.ZERO), "on plan");
    english.put(SessionFindings.standing(time(-1, 0)), "ahead 1:00");
    english.put(SessionFindings.standing(time(1, 30)), "behind 1:30");
    english.put(SessionFindings.phaseDrift(SessionFindings.PHASE_TOOK, PhaseId.OVERVIEW,
        time(2, 0), time(3, 10), time(1, 10)), "the overview took 3:10 against 2:00");
    english.put(SessionFindings.phaseDrift(SessionFindings.PHASE_SKIPPED, PhaseId.ENDING,
        time(2, 0), Duration.ZERO, time(-2, 0)), "the ending was skipped (2:00 planned)");
    english.put(SessionFindings.phaseDrift(SessionFindings.PHASE_TAKING, PhaseId.OVERVIEW,
        time(2, 0), time(2, 20), time(0, 20)), "the overview has taken 2:20 against 2:00");
    english.put(SessionFindings.lengthened(DISCUSSION, time(1, 0), time(20, 0)),
        "lengthened by 1:00 to use the 20:00 budget");
    english.putAll(shortenings());
    english.put(SessionFindings.total(time(20, 0), time(20, 0), time(30, 0)),
        "total 20:00 against a 20:00 budget");
    english.put(SessionFindings.total(time(21, 10), time(20, 0), time(30, 0)),
        "total 21:10 against a 20:00 budget (1:10 over)");
    english.put(SessionFindings.total(time(30, 45), time(20, 0), time(30, 0)),
        "total 30:45 against a 20:00 budget (10:45 over); past the 30:00 hard ceiling by 0:45");
    english.put(SessionFindings.lateStart(time(1, 10)), "started 1:10 late");
    english.put(SessionFindings.paused(time(5, 0)), "paused 5:00");
    english.put(SessionFindings.timelinePhase(phase(DISCUSSION, time(14, 0), time(12, 20), true)),
        "discussion: 12:20 against 14:00");
    english.put(SessionFindings.timelinePhase(phase(DISCUSSION, time(14, 0), time(28, 0), true)),
        "discussion: 28:00 against 14:00 (14:00 over)");
    english.put(SessionFindings.timelinePhase(phase(PhaseId.ENDING, time(2, 0), Duration.ZERO,
        false)), "ending: skipped against 2:00");
    english.put(SessionFindings.cues(List.of()), "every required cue done");
    english.put(SessionFindings.cues(List.of("ending.offer-help", "thanks.closing")),
        "2 cues missed: ending.offer-help, thanks.closing");
    return english;
  }

  private static Arguments.Builder phaseOver(String phase, Duration taken, Duration planned) {
    return args().text("phase", phase).duration("taken", taken).duration("planned", planned)
        .duration("over", taken.compareTo(planned) > 0 ? taken.minus(planned) : Duration.ZERO);
  }

  private static Map<Finding, String> shortenings() {
    Map<Finding, String> english = new LinkedHashMap<>();
    Duration budget = time(20, 0);
    Duration ceiling = time(30, 0);
    List<PhaseId> ending = List.of(PhaseId.ENDING);
    english.put(SessionFindings.shortened(DISCUSSION, time(1, 0), budget, false, time(13, 0),
        time(12, 0), Duration.ZERO, List.of()),
        "shortened by 1:00 to end within the 20:00 budget");
    english.put(SessionFindings.shortened(DISCUSSION, time(1, 30), budget, false, time(12, 30),
        time(12, 0), time(2, 0), ending),
        "shortened by 1:30 to end within the 20:00 budget and keep 2:00 for the ending");
    english.put(SessionFindings.shortened(DISCUSSION, time(1, 0), ceiling, true, time(13, 0),
        time(12, 0), Duration.ZERO, List.of()),
        "shortened by 1:00 to end within the 30:00 hard ceiling");
    english.put(SessionFindings.shortened(DISCUSSION, time(1, 0), ceiling, true, time(13, 0),
        time(12, 0), time(2, 0), ending),
        "shortened by 1:00 to end within the 30:00 hard ceiling and keep 2:00 for the ending");
    english.put(SessionFindings.shortened(PhaseId.ENDING, time(2, 0), budget, false,
        Duration.ZERO, time(2, 0), Duration.ZERO, List.of()),
        "shortened by 2:00 to end within the 20:00 budget, below its 2:00 minimum");
    english.put(SessionFindings.shortened(DISCUSSION, time(3, 0), budget, false, time(11, 0),
        time(12, 0), time(2, 0), ending), "shortened by 3:00 to end within the 20:00 budget,"
            + " below its 12:00 minimum, and keep 2:00 for the ending");
    english.put(SessionFindings.shortened(DISCUSSION, time(3, 0), ceiling, true, time(11, 0),
        time(12, 0), Duration.ZERO, List.of()),
        "shortened by 3:00 to end within the 30:00 hard ceiling, below its 12:00 minimum");
    english.put(SessionFindings.shortened(DISCUSSION, time(3, 0), ceiling, true, time(11, 0),
        time(12, 0), time(3, 0), List.of(PhaseId.of("wrap-up"), PhaseId.ENDING)),
        "shortened by 3:00 to end within the 30:00 hard ceiling, below its 12:00 minimum, and"
            + " keep 3:00 for the wrap-up, ending");
    return english;
  }

  /** The pacing summaries, one of each status, with their English text. */
  private static Map<Pacing, String> summaries() {
    Map<Pacing, String> english = new LinkedHashMap<>();
    english.put(MeetingSession.of(Meetings.agenda()).pacing(at(-5, 0)),
        "not started, 20:00 left in the meeting; on plan");
    english.put(startAt(0, 0).enter(PhaseId.OVERVIEW, 2, 20).pacing(3, 0),
        "running in the overview, 1:20 left, 17:00 left in the meeting; behind 0:20: the"
            + " introduction took 2:20 against 2:00");
    english.put(startAt(0, 0).pause(1, 0).pacing(2, 0),
        "paused in the introduction, 1:00 left, 19:00 left in the meeting; on plan");
    english.put(startAt(0, 0).end(10, 0).session().pacing(at(12, 0)),
        "ended after 10:00, 10:00 left in the meeting; ahead 10:00: the discussion was skipped"
            + " (14:00 planned); the introduction took 10:00 against 2:00; the overview was"
            + " skipped (2:00 planned); the ending was skipped (2:00 planned)");
    return english;
  }

  @Test
  void everyTemplateReadsAsWrittenInEnglish() {
    for (Map.Entry<Finding, String> entry : everyTemplate().entrySet()) {
      assertThat(entry.getKey().message()).as(entry.getKey().key()).isEqualTo(entry.getValue());
    }
    assertThat(everyTemplate().keySet().iterator().next().hint()).contains("Start the meeting,"
        + " or tell the counterpart you are running late");
    for (Map.Entry<Pacing, String> entry : summaries().entrySet()) {
      assertThat(entry.getKey().summary()).isEqualTo(entry.getValue());
      assertThat(entry.getKey()).hasToString(entry.getValue());
    }
  }

  @Test
  void everyTemplateIsTranslatedIntoGerman() {
    Renderer german = Renderer.of(Locale.GERMAN);
    for (Finding finding : everyTemplate().keySet()) {
      assertThat(german.message(finding)).as(finding.key()).isNotBlank().doesNotContain("{")
          .isNotEqualTo(finding.message());
      german.hint(finding).ifPresent(hint -> assertThat(hint).isNotBlank().doesNotContain("{"));
    }
    for (Pacing pacing : summaries().keySet()) {
      assertThat(pacing.summary(Locale.GERMAN)).isNotBlank().doesNotContain("{")
          .isNotEqualTo(pacing.summary());
    }
    assertThat(german.message(SessionFindings.standing(Duration.ofSeconds(90))))
        .isEqualTo("1:30 im Verzug");
  }

  @Test
  void theTestsCoverEveryTemplateOfTheBundle() throws IOException {
    Properties bundle = new Properties();
    try (InputStream in = Finding.class.getResourceAsStream("messages/session.properties")) {
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Set<String> covered = new TreeSet<>(Set.of("meeting.start-late.hint",
        "pacing.summary.not-started", "pacing.summary.running", "pacing.summary.paused",
        "pacing.summary.ended"));
    everyTemplate().keySet().forEach(f -> covered.add(f.key()));

    assertThat(covered).isEqualTo(new TreeSet<>(bundle.stringPropertyNames()));
  }
}
