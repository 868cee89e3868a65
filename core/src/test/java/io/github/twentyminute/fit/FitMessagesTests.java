package io.github.twentyminute.fit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Renderer;
import io.github.twentyminute.plan.GroupLimit;
import io.github.twentyminute.plan.PhaseId;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The wording of every template of the fit bundle, in English, and its German translation. */
class FitMessagesTests {
  private static final PhaseId DISCUSSION = PhaseId.DISCUSSION;
  private static final GroupLimit GROUP =
      GroupLimit.of(Duration.ofMinutes(4), PhaseId.INTRODUCTION, PhaseId.OVERVIEW);

  private static Duration time(int minutes, int seconds) {
    return Duration.ofSeconds(minutes * 60L + seconds);
  }

  /** One finding per template key, with realistic arguments, and its English message. */
  private static Map<Finding, String> everyTemplate() {
    Map<Finding, String> english = new LinkedHashMap<>();
    english.put(FitFindings.change(FitChange.Kind.DROPPED, false, 10, "q6", DISCUSSION, 3,
        time(1, 30), Duration.ZERO),
        "dropped q6 (1:30): priority 3, the lowest left in the discussion");
    english.put(FitFindings.change(FitChange.Kind.SHORTENED, false, 8, "q5", DISCUSSION, 3,
        time(2, 0), time(1, 30)),
        "shortened q5 by 0:30, from 2:00 to 1:30: priority 3, the lowest left in the discussion");
    english.put(FitFindings.change(FitChange.Kind.LENGTHENED, false, 4, "q1", DISCUSSION, 1,
        time(3, 0), time(3, 13)),
        "lengthened q1 by 0:13, from 3:00 to 3:13, in proportion to its planned time");
    english.put(FitFindings.change(FitChange.Kind.LENGTHENED, true, 0, "i1", PhaseId.INTRODUCTION,
        1, Duration.ZERO, time(0, 20)),
        "lengthened i1 by 0:20, from 0:00 to 0:20, shared equally with the other items of the"
            + " introduction");
    english.put(FitFindings.phaseStep(2, DISCUSSION, time(17, 0), time(15, 0), true),
        "the discussion was planned for 17:00, over its 15:00 maximum");
    english.put(FitFindings.phaseStep(0, PhaseId.INTRODUCTION, Duration.ZERO, time(1, 0), false),
        "the introduction was planned for 0:00, under its 1:00 minimum");
    english.put(FitFindings.groupStep(0, GROUP, time(5, 0)),
        "introduction + overview were planned for 5:00, over their 4:00 limit");
    english.put(FitFindings.budgetStep(FitFindings.budget(true), time(21, 0), time(20, 0)),
        "the agenda was planned for 21:00, over its 20:00 budget");
    english.put(FitFindings.budgetStep(Location.root(), time(19, 30), time(20, 45)),
        "the agenda was planned for 19:30, under its 20:45 budget");
    english.put(FitFindings.fitsAsIs(time(20, 0), time(20, 0)),
        "fits as it is: 20:00 against a 20:00 budget, every phase within its time box");
    english.put(FitFindings.fitted(time(23, 0), time(20, 0), time(20, 0), new long[] {1, 2, 0}),
        "fits: 23:00 brought to 20:00 against a 20:00 budget, every phase within its time box;"
            + " 3 items changed: 1 dropped, 2 shortened, 0 lengthened");
    english.put(FitFindings.noFit(time(23, 0), time(10, 0), time(18, 0), 1),
        "no fit: 23:00 cannot be brought within a 10:00 budget and the time boxes; the phases"
            + " need at least 18:00, and 1 limit stands in the way");
    english.put(FitFindings.protectedPhase(3, PhaseId.ENDING, time(1, 0), time(2, 0), false),
        "the ending keeps its time and is planned for 1:00, under its 2:00 minimum");
    english.put(FitFindings.protectedPhase(3, PhaseId.ENDING, time(4, 0), time(3, 0), true),
        "the ending keeps its time and is planned for 4:00, over its 3:00 maximum");
    english.put(FitFindings.mustKeep(2, DISCUSSION, time(16, 0), time(15, 0), time(16, 0)),
        "the discussion cannot go below 16:00, over its 15:00 maximum: its must-keep items take"
            + " 16:00");
    english.put(FitFindings.noItems(1, PhaseId.OVERVIEW, time(1, 0)),
        "the overview has no items, so it cannot reach its 1:00 minimum");
    english.put(FitFindings.underMinimum(1, PhaseId.OVERVIEW, time(0, 30), time(1, 0)),
        "the overview is planned for 0:30, under its 1:00 minimum");
    english.put(FitFindings.groupOverLimit(0, GROUP, time(5, 0)),
        "introduction + overview cannot go below 5:00, over their 4:00 limit");
    english.put(FitFindings.overBudget(FitFindings.budget(false), time(18, 0), time(10, 0)),
        "the agenda cannot go below 18:00, 8:00 over its 10:00 budget: time-box minimums,"
            + " must-keep items and phases that keep their time add up to that");
    english.put(FitFindings.minimum(2, DISCUSSION, time(12, 0), PhaseMinimum.Cause.TIME_BOX),
        "the discussion needs at least its 12:00 time box minimum");
    english.put(FitFindings.minimum(2, DISCUSSION, time(16, 0),
        PhaseMinimum.Cause.MUST_KEEP_ITEMS),
        "the discussion needs at least 16:00 for its must-keep items");
    english.put(FitFindings.minimum(3, PhaseId.ENDING, time(2, 0),
        PhaseMinimum.Cause.KEEPS_ITS_TIME), "the ending keeps its planned 2:00");
    return english;
  }

  private static Map<String, String> hints() {
    Map<String, String> hints = new LinkedHashMap<>();
    hints.put("fit.no-fit", "Raise the budget, drop or shorten must-keep items, or let the fitter"
        + " change the phases that keep their time");
    hints.put("fit.blocked.protected-phase",
        "Set FitOptions.adjustProtectedPhases to let the fitter change the ending");
    hints.put("fit.blocked.protected-phase.maximum",
        "Set FitOptions.adjustProtectedPhases to let the fitter change the ending");
    hints.put("fit.blocked.must-keep",
        "Shorten a must-keep item of the discussion, or let one go");
    hints.put("fit.blocked.no-items", "Add an item to the overview");
    hints.put("fit.blocked.group-limit", "Shorten a must-keep item of introduction + overview");
    hints.put("fit.blocked.budget", "Ask for at least 18:00, or drop or shorten must-keep items");
    return hints;
  }

  @Test
  void everyTemplateReadsAsWrittenInEnglish() {
    Map<String, String> hints = hints();
    for (Map.Entry<Finding, String> entry : everyTemplate().entrySet()) {
      Finding finding = entry.getKey();
      assertThat(finding.message()).as(finding.key()).isEqualTo(entry.getValue());
      assertThat(finding.hint()).as(finding.key() + ".hint")
          .isEqualTo(java.util.Optional.ofNullable(hints.get(finding.key())));
    }
  }

  @Test
  void everyTemplateIsTranslatedIntoGerman() {
    Renderer german = Renderer.of(Locale.GERMAN);
    for (Finding finding : everyTemplate().keySet()) {
      String message = german.message(finding);
      assertThat(message).as(finding.key()).isNotBlank().doesNotContain("{")
          .isNotEqualTo(finding.message());
      german.hint(finding).ifPresent(hint -> assertThat(hint).as(finding.key()).isNotBlank()
          .doesNotContain("{").isNotEqualTo(finding.hint().orElseThrow()));
    }
    assertThat(german.message(FitFindings.fitted(time(23, 0), time(20, 0), time(20, 0),
        new long[] {1, 0, 0}))).isEqualTo("passt: von 23:00 auf 20:00 gebracht, bei einem Budget"
            + " von 20:00, jede Phase in ihrem Zeitfenster; 1 Punkt geändert: 1 gestrichen,"
            + " 0 gekürzt, 0 verlängert");
  }

  @Test
  void theTestsCoverEveryTemplateOfTheBundle() throws IOException {
    Properties bundle = new Properties();
    try (InputStream in = Finding.class.getResourceAsStream("messages/fit.properties")) {
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Set<String> covered = new TreeSet<>();
    everyTemplate().keySet().forEach(f -> covered.add(f.key()));
    hints().keySet().forEach(key -> covered.add(key + ".hint"));

    assertThat(covered).isEqualTo(new TreeSet<>(bundle.stringPropertyNames()));
  }
}
