package io.github.twentyminute.rules;

import io.github.twentyminute.plan.PhasePlan;
import io.github.twentyminute.agenda.Contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.Preparation;
import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Renderer;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.TimeBox;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class BuiltInRulesTests {
  private final Agenda sample = SampleMeeting.agenda();

  @Test
  void sampleAgendaPassesEveryBuiltInRule() {
    ValidationReport report = RuleSet.standard().validate(sample);
    assertThat(report.findings()).isEmpty();
    assertThat(report.rulesRun()).containsExactlyElementsOf(BuiltInRules.ids());
    assertThat(report.rulesPassed()).hasSize(21);
  }

  @Test
  void listsTwentyOneRulesWithStableIdsInDocumentedOrder() {
    assertThat(BuiltInRules.ids()).containsExactly("plan.phases", "plan.minimums",
        "plan.targets", "plan.ceiling", "plan.group-limit", "budget.total", "budget.ceiling",
        "phase.timebox", "phase.order", "phase.required", "item.duration",
        "discussion.questions", "homework.counterpart", "homework.questions-linked",
        "overview.length", "overview.not-resume", "gratitude.before-after",
        "ending.ask-for-names", "ending.offer-help", "discussion.no-job-request",
        "agenda.purpose");
    assertThat(BuiltInRules.get("budget.total").defaultSeverity()).isEqualTo(Severity.ERROR);
    assertThat(BuiltInRules.get("overview.not-resume").defaultSeverity())
        .isEqualTo(Severity.WARNING);
    assertThat(BuiltInRules.all()).allSatisfy(rule -> assertThat(rule.description()).isNotBlank());
    assertThat(BuiltInRules.all()).filteredOn(Rule::appliesToPlanAlone).extracting(Rule::id)
        .containsExactly("plan.phases", "plan.minimums", "plan.targets", "plan.ceiling",
            "plan.group-limit");
    assertThatThrownBy(() -> BuiltInRules.get("budget.totl"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("there is no built-in rule budget.totl; the built-in rules are"
            + " [plan.phases, plan.minimums,");
  }

  @Test
  void budgetTotalReportsTimePastTheBudget() {
    Agenda agenda = withItem(sample, "q1", i -> i.withPlanned(Duration.ofSeconds(240)));
    assertThat(found(agenda)).containsExactly(error("budget.total", "items", "budget.total",
        args().duration("planned", m(21, 0)).duration("budget", m(20, 0))
            .duration("excess", m(1, 0)).text("candidate", "q6")
            .duration("candidatePlanned", m(1, 30))));
  }

  @Test
  void budgetTotalNamesNoCandidateWhenEveryItemMustStay() {
    List<AgendaItem> kept = new ArrayList<>();
    for (AgendaItem item : withItem(sample, "q1", i -> i.withPlanned(Duration.ofSeconds(240)))
        .items()) {
      kept.add(AgendaItem.builder().from(item).mustKeep(true).build());
    }
    assertThat(found(sample.withItems(kept), "budget.total")).containsExactly(error(
        "budget.total", "items", "budget.total.no-candidate", args()
            .duration("planned", m(21, 0)).duration("budget", m(20, 0))
            .duration("excess", m(1, 0))));
  }

  @Test
  void budgetCeilingReportsTimePastTheCeilingInsteadOfTheBudget() {
    Agenda agenda = withItem(sample, "q1", i -> i.withPlanned(Duration.ofSeconds(180 + 630)));
    assertThat(found(agenda, "budget.ceiling")).containsExactly(error("budget.ceiling", "items",
        "budget.ceiling", args().duration("planned", m(30, 30))
            .duration("hardCeiling", m(30, 0)).duration("budget", m(20, 0))
            .duration("overCeiling", m(0, 30)).duration("excess", m(10, 30))));
    assertThat(found(agenda, "budget.total")).isEmpty();
    assertThat(found(sample, "budget.ceiling")).isEmpty();
  }

  @Test
  void phaseTimeboxReportsAPhaseOverItsMaximum() {
    Agenda agenda = withItem(sample, "q1", i -> i.withPlanned(Duration.ofSeconds(180 + 90)));
    assertThat(found(agenda, "phase.timebox")).containsExactly(error("phase.timebox",
        "phases[discussion]", "phase.timebox", args().text("phase", "discussion")
            .duration("planned", m(15, 30)).duration("min", m(12, 0))
            .duration("max", m(15, 0)).duration("excess", m(0, 30))));
  }

  @Test
  void phaseTimeboxReportsAPhaseUnderItsMinimum() {
    Agenda agenda = withItem(sample, "e3", i -> i.withPlanned(Duration.ofSeconds(10)));
    assertThat(found(agenda)).containsExactly(error("phase.timebox", "phases[ending]",
        "phase.timebox.under", args().text("phase", "ending").duration("planned", m(1, 40))
            .duration("min", m(2, 0)).duration("max", m(3, 0))
            .duration("shortfall", m(0, 20))));
  }

  @Test
  void phaseTimeboxReportsAGroupPastItsLimit() {
    Agenda agenda = withItem(sample, "o1", i -> i.withPlanned(Duration.ofSeconds(150)));
    assertThat(found(agenda, "phase.timebox")).containsExactly(error("phase.timebox",
        "plan.groupLimits[0]", "phase.timebox.group", args()
            .text("group", "introduction + overview").duration("planned", m(4, 30))
            .duration("max", m(4, 0)).duration("excess", m(0, 30))));
  }

  @Test
  void phaseOrderReportsAnItemAfterALaterPhase() {
    List<AgendaItem> items = new ArrayList<>(sample.items());
    items.add(items.remove(sample.indexOf("q6")));
    assertThat(found(sample.withItems(items))).containsExactly(error("phase.order",
        "items[12].phase", "phase.order", args().text("itemId", "q6")
            .text("phase", "discussion").text("laterPhase", "ending")
            .text("order", "introduction, overview, discussion, ending")));
  }

  @Test
  void phaseRequiredReportsARequiredPhaseWithNoItems() {
    Agenda agenda = without(sample, "e1", "e2", "e3");
    assertThat(found(agenda, "phase.required")).containsExactly(error("phase.required",
        "phases[ending]", "phase.required", args().text("phase", "ending")
            .duration("min", m(2, 0)).duration("max", m(3, 0))
            .text("cues", "ending.ask-for-names, ending.offer-help, thanks.closing")));
    assertThat(found(agenda, "phase.timebox")).isEmpty();
  }

  @Test
  void phaseRequiredAsksForAnyItemInAPhaseWithoutCues() {
    MeetingPlan plan = MeetingPlan.builder().from(MeetingPlans.twentyMinute())
        .phases(List.of(MeetingPlans.introduction(TimeBox.ofMinutes(1, 2, 2)),
            MeetingPlans.overview(TimeBox.ofMinutes(1, 2, 3)),
            io.github.twentyminute.plan.PhasePlan.builder().from(
                MeetingPlans.discussion(TimeBox.ofMinutes(12, 14, 15))).cues(List.of()).build(),
            MeetingPlans.ending(TimeBox.ofMinutes(2, 2, 3))))
        .build();
    Agenda agenda = Agenda.builder().from(without(sample, "q1", "q2", "q3", "q4", "q5", "q6"))
        .plan(plan).build();
    assertThat(found(agenda, "phase.required")).containsExactly(error("phase.required",
        "phases[discussion]", "phase.required.no-cues", args().text("phase", "discussion")
            .duration("min", m(12, 0)).duration("max", m(15, 0))));
  }

  @Test
  void itemDurationReportsAnItemWithNoTime() {
    Agenda agenda = withItem(sample, "q6", i -> i.withPlanned(Duration.ZERO));
    assertThat(found(agenda, "item.duration")).containsExactly(error("item.duration",
        "items[9].planned", "item.duration.zero", args().text("itemId", "q6")
            .duration("planned", Duration.ZERO)));
  }

  @Test
  void itemDurationReportsAnItemLongerThanItsPhaseMayTake() {
    Agenda agenda = withItem(sample, "q1", i -> i.withPlanned(Duration.ofMinutes(16)));
    assertThat(found(agenda, "item.duration")).containsExactly(error("item.duration",
        "items[4].planned", "item.duration", args().text("itemId", "q1")
            .duration("planned", m(16, 0)).text("phase", "discussion")
            .duration("max", m(15, 0))));
  }

  @Test
  void discussionQuestionsReportsTooFewQuestions() {
    Agenda agenda = without(sample, "q3", "q4", "q5", "q6");
    assertThat(found(agenda, "discussion.questions")).containsExactly(warning(
        "discussion.questions", "phases[discussion]", "discussion.questions", args()
            .count("questions", 2).count("minimum", 3).count("missing", 1)
            .text("counterpart", "Dana Reyes")));
  }

  @Test
  void discussionQuestionsReportsMoreQuestionsThanTheTimeHolds() {
    RuleSettings slow = RuleSettings.builder().questionPace(Duration.ofMinutes(3)).build();
    assertThat(found(sample, slow)).containsExactly(warning("discussion.questions",
        "phases[discussion]", "discussion.questions.too-many", args().count("questions", 6)
            .duration("max", m(15, 0)).count("fit", 5).duration("pace", m(3, 0))
            .count("extra", 1)));
  }

  @Test
  void homeworkCounterpartReportsTooFewNotes() {
    RuleSettings strict = RuleSettings.builder().minimumResearchNotes(4).build();
    assertThat(found(sample, strict)).containsExactly(warning("homework.counterpart",
        "counterpart.notes", "homework.counterpart", args().text("counterpart", "Dana Reyes")
            .count("notes", 3).count("minimum", 4)));
  }

  @Test
  void homeworkCounterpartReportsAMissingRoleAndOrganisation() {
    Agenda agenda = Agenda.builder().from(sample).counterpart(
        Contact.builder().from(sample.counterpart()).role("").organisation(" ").build()).build();
    assertThat(found(agenda)).containsExactly(
        warning("homework.counterpart", "counterpart.organisation",
            "homework.counterpart.organisation", args().text("counterpart", "Dana Reyes")),
        warning("homework.counterpart", "counterpart.role", "homework.counterpart.role",
            args().text("counterpart", "Dana Reyes")));
  }

  @Test
  void homeworkQuestionsLinkedReportsAQuestionWithNoNote() {
    Agenda agenda = withItem(sample, "q4",
        i -> AgendaItem.builder().from(i).linkedNotes(List.of()).build());
    assertThat(found(agenda)).containsExactly(warning("homework.questions-linked",
        "items[7].linkedNotes", "homework.questions-linked", args().text("itemId", "q4")
            .text("counterpart", "Dana Reyes").text("notes", "n1, n2, n3")));
  }

  @Test
  void homeworkQuestionsLinkedSaysWhenTheCounterpartHasNoNotes() {
    RuleSettings none = RuleSettings.builder().minimumResearchNotes(0).build();
    List<AgendaItem> unlinked = new ArrayList<>();
    for (AgendaItem item : sample.items()) {
      unlinked.add(AgendaItem.builder().from(item).linkedNotes(List.of()).build());
    }
    Agenda agenda = Agenda.builder().from(sample).items(unlinked)
        .counterpart(Contact.builder().from(sample.counterpart()).notes(List.of()).build()).build();
    assertThat(RuleSet.standard().withSettings(none).validate(agenda)
        .forRule("homework.questions-linked")).hasSize(6).first().isEqualTo(warning(
            "homework.questions-linked", "items[4].linkedNotes",
            "homework.questions-linked.no-notes", args().text("itemId", "q1")
                .text("counterpart", "Dana Reyes")));
  }

  @Test
  void overviewLengthReportsAnEmptyOverview() {
    Agenda agenda = Agenda.builder().from(sample).overview("").build();
    assertThat(found(agenda)).containsExactly(warning("overview.length", "overview",
        "overview.length.empty", args().duration("available", m(2, 0)).count("maxWords", 280)
            .count("wordsPerMinute", 140)));
  }

  @Test
  void overviewLengthReportsAnOverviewTooLongToSay() {
    String overview = "claims ".repeat(295) + "which is why I asked";
    Agenda agenda = Agenda.builder().from(sample).overview(overview).build();
    assertThat(found(agenda)).containsExactly(warning("overview.length", "overview",
        "overview.length", args().duration("speaking", m(2, 9)).count("words", 300)
            .count("wordsPerMinute", 140).duration("available", m(2, 0)).count("cut", 20)));
    RuleSettings fast = RuleSettings.builder().wordsPerMinute(150).build();
    assertThat(found(agenda, fast)).isEmpty();
  }

  @Test
  void overviewLengthMeasuresAnUnplannedOverviewAgainstItsTimeBox() {
    String overview = "claims ".repeat(495) + "which is why I asked";
    Agenda agenda = Agenda.builder().from(without(sample, "o1")).overview(overview).build();
    assertThat(found(agenda, "overview.length")).containsExactly(warning("overview.length",
        "overview", "overview.length.unplanned", args().duration("speaking", m(3, 35))
            .count("words", 500).count("wordsPerMinute", 140).duration("available", m(3, 0))
            .count("cut", 80)));
  }

  @Test
  void overviewNotResumeReportsAListOfYears() {
    Agenda agenda = Agenda.builder().from(sample).overview("I worked at Harbor from 2009"
        + " to 2012, at Contoso from 2012 to 2015 and at Litware from 2015 to 2019, which is"
        + " why I asked.").build();
    assertThat(found(agenda)).containsExactly(warning("overview.not-resume", "overview",
        "overview.not-resume", args().count("yearCount", 4)
            .text("years", "2009, 2012, 2015, 2019").count("maximum", 3)));
  }

  @Test
  void overviewNotResumeReportsAnOverviewThatNeverSaysWhy() {
    Agenda agenda = Agenda.builder().from(sample)
        .overview("I have handled property claims for six years.").build();
    assertThat(found(agenda)).containsExactly(warning("overview.not-resume", "overview",
        "overview.not-resume.no-why", args()));
  }

  @Test
  void gratitudeReportsAMissingClosingThanks() {
    Agenda agenda = withItem(without(sample, "e3"), "e2",
        i -> i.withPlanned(Duration.ofSeconds(75)));
    assertThat(found(agenda)).containsExactly(warning("gratitude.before-after",
        "phases[ending]", "gratitude.before-after.closing", args().text("phase", "ending")
            .text("counterpart", "Dana Reyes")));
  }

  @Test
  void gratitudeReportsThanksInTheWrongPhase() {
    Agenda agenda = withItem(sample, "i1",
        i -> AgendaItem.builder().from(i).phase(PhaseId.OVERVIEW).build());
    assertThat(found(agenda, "gratitude.before-after")).containsExactly(warning(
        "gratitude.before-after", "items[0].phase", "gratitude.before-after.misplaced", args()
            .text("itemId", "i1").text("cue", "thanks.opening").text("phase", "overview")
            .text("expectedPhase", "introduction")));
  }

  @Test
  void gratitudeReportsNoThanksWhenTheyAgreed() {
    Agenda agenda = Agenda.builder().from(sample).preparation(Preparation.standard()
        .markDone(Preparation.RESEARCH).markDone(Preparation.QUESTIONS)
        .markDone(Preparation.OVERVIEW).markDone(Preparation.PURPOSE)).build();
    assertThat(found(agenda)).containsExactly(warning("gratitude.before-after",
        "preparation.steps[4]", "gratitude.before-after.when-agreed",
        args().text("counterpart", "Dana Reyes")));
  }

  @Test
  void endingAskForNamesReportsAMissingCue() {
    Agenda agenda = withItem(without(sample, "e1"), "e2",
        i -> i.withPlanned(Duration.ofSeconds(90)));
    assertThat(found(agenda)).containsExactly(warning("ending.ask-for-names",
        "phases[ending]", "ending.ask-for-names", args().text("phase", "ending")));
  }

  @Test
  void endingOfferHelpReportsAMissingCue() {
    Agenda agenda = withItem(without(sample, "e2"), "e1",
        i -> i.withPlanned(Duration.ofSeconds(90)));
    assertThat(found(agenda)).containsExactly(warning("ending.offer-help",
        "phases[ending]", "ending.offer-help", args().text("phase", "ending")));
  }

  @Test
  void cueRulesDoNotAskForCuesThePlanLacks() {
    MeetingPlan plan = MeetingPlan.builder().from(MeetingPlans.twentyMinute())
        .phases(List.of(MeetingPlans.introduction(TimeBox.ofMinutes(1, 2, 2)),
            MeetingPlans.overview(TimeBox.ofMinutes(1, 2, 3)),
            MeetingPlans.discussion(TimeBox.ofMinutes(12, 14, 15)),
            io.github.twentyminute.plan.PhasePlan.builder().from(
                MeetingPlans.ending(TimeBox.ofMinutes(2, 2, 3)))
                .cues(List.of(MeetingPlans.ASK_FOR_NAMES, MeetingPlans.THANKS_CLOSING)).build()))
        .build();
    Agenda agenda = Agenda.builder().from(without(sample, "e2")).plan(plan).build();
    agenda = withItem(agenda, "e1", i -> i.withPlanned(Duration.ofSeconds(90)));
    assertThat(RuleSet.standard().validate(agenda).findings()).isEmpty();
  }

  @Test
  void noJobRequestReportsJobWordingInAnItem() {
    Agenda agenda = withItem(sample, "q5",
        i -> AgendaItem.builder().from(i).text("Is there an open position on your team?").build());
    assertThat(found(agenda)).containsExactly(warning("discussion.no-job-request",
        "items[8].text", "discussion.no-job-request", args().text("itemId", "q5")
            .text("phrase", "position")));
  }

  @Test
  void noJobRequestReportsJobWordingInThePurposeAndMatchesWholeWordsOnly() {
    Agenda agenda = Agenda.builder().from(sample).purpose("Ask whether you could HIRE ME").build();
    assertThat(found(agenda, "discussion.no-job-request")).containsExactly(warning(
        "discussion.no-job-request", "purpose", "discussion.no-job-request.purpose",
        args().text("phrase", "hire me")));
    Agenda harmless = withItem(sample, "q5", i -> AgendaItem.builder().from(i)
        .text("What did the jobsite teams learn from the reopening?").build());
    assertThat(found(harmless)).isEmpty();
  }

  @Test
  void purposeReportsAnEmptyPurpose() {
    Agenda agenda = Agenda.builder().from(sample).purpose("  ").build();
    assertThat(found(agenda)).containsExactly(error("agenda.purpose", "purpose",
        "agenda.purpose", args()));
  }

  @Test
  void purposeReportsAPurposeLongerThanASentence() {
    RuleSettings terse = RuleSettings.builder().maximumPurposeWords(10).build();
    assertThat(found(sample, terse)).containsExactly(error("agenda.purpose", "purpose",
        "agenda.purpose.too-long", args().count("words", 21).count("maximum", 10)));
  }

  @Test
  void everyFindingOfTheBuiltInRulesRendersInEveryShippedLocale() {
    Agenda broken = Agenda.builder().from(without(sample, "i1", "e1", "q3", "q4", "q5", "q6"))
        .purpose("").overview("From 2001 to 2005 and 2009 to 2012 I worked.").build();
    List<Finding> findings = RuleSet.standard().validate(broken).findings();
    assertThat(findings).hasSizeGreaterThan(5);
    for (Finding finding : findings) {
      for (java.util.Locale locale : Renderer.shippedLocales()) {
        assertThat(finding.message(locale)).as("%s %s", locale, finding.key()).isNotBlank()
            .doesNotContain("{");
        assertThat(finding.hint(locale)).as("%s %s.hint", locale, finding.key()).get()
            .asString().isNotBlank().doesNotContain("{");
      }
    }
  }

  private static Duration m(long minutes, long seconds) {
    return Duration.ofMinutes(minutes).plusSeconds(seconds);
  }

  private static Arguments.Builder args() {
    return Arguments.builder();
  }

  private static Finding error(String id, String location, String key, Arguments.Builder args) {
    return Finding.of(id, Location.parse(location), key, args.build())
        .withSeverity(Severity.ERROR);
  }

  private static Finding warning(String id, String location, String key,
      Arguments.Builder args) {
    return Finding.of(id, Location.parse(location), key, args.build())
        .withSeverity(Severity.WARNING);
  }

  private static List<Finding> found(Agenda agenda) {
    return RuleSet.standard().validate(agenda).findings();
  }

  private static List<Finding> found(Agenda agenda, RuleSettings settings) {
    return RuleSet.standard().withSettings(settings).validate(agenda).findings();
  }

  private static List<Finding> found(Agenda agenda, String ruleId) {
    return RuleSet.standard().validate(agenda).forRule(ruleId);
  }

  private static Agenda withItem(Agenda agenda, String id, UnaryOperator<AgendaItem> change) {
    List<AgendaItem> items = new ArrayList<>(agenda.items());
    int index = agenda.indexOf(id);
    items.set(index, change.apply(items.get(index)));
    return agenda.withItems(items);
  }

  private static Agenda without(Agenda agenda, String... ids) {
    List<AgendaItem> items = new ArrayList<>(agenda.items());
    for (String id : ids) {
      items.removeIf(item -> item.id().equals(id));
    }
    return agenda.withItems(items);
  }
}
