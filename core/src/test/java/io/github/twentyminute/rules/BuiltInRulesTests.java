package io.github.twentyminute.rules;

import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.ImmutableAgenda;
import io.github.twentyminute.agenda.ImmutableAgendaItem;
import io.github.twentyminute.agenda.ImmutableContact;
import io.github.twentyminute.agenda.Preparation;
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
    assertThat(report.violations()).isEmpty();
    assertThat(report.rulesRun()).containsExactlyElementsOf(BuiltInRules.ids());
    assertThat(report.rulesPassed()).hasSize(16);
  }

  @Test
  void listsSixteenRulesWithStableIdsInDocumentedOrder() {
    assertThat(BuiltInRules.ids()).containsExactly("budget.total", "budget.ceiling",
        "phase.timebox", "phase.order", "phase.required", "item.duration",
        "discussion.questions", "homework.counterpart", "homework.questions-linked",
        "overview.length", "overview.not-resume", "gratitude.before-after",
        "ending.ask-for-names", "ending.offer-help", "discussion.no-job-request",
        "agenda.purpose");
    assertThat(BuiltInRules.get("budget.total").defaultSeverity()).isEqualTo(Severity.ERROR);
    assertThat(BuiltInRules.get("overview.not-resume").defaultSeverity())
        .isEqualTo(Severity.WARNING);
    assertThat(BuiltInRules.all()).allSatisfy(rule -> assertThat(rule.description()).isNotBlank());
    assertThatThrownBy(() -> BuiltInRules.get("budget.totl"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("there is no built-in rule budget.totl; the built-in rules are"
            + " [budget.total, budget.ceiling,");
  }

  @Test
  void budgetTotalReportsTimePastTheBudget() {
    Agenda agenda = withItem(sample, "q1", i -> i.withPlanned(Duration.ofSeconds(240)));
    assertThat(found(agenda)).containsExactly(Violation.of("budget.total", Severity.ERROR,
        Location.of("items"), "agenda planned for 21:00; the plan's budget is 20:00",
        "Cut 1:00 to keep to the 20:00 you promised: shorten or drop your lowest-priority"
            + " items, such as q6 (1:30)"));
  }

  @Test
  void budgetCeilingReportsTimePastTheCeilingInsteadOfTheBudget() {
    Agenda agenda = withItem(sample, "q1", i -> i.withPlanned(Duration.ofSeconds(180 + 630)));
    assertThat(found(agenda, "budget.ceiling")).containsExactly(Violation.of("budget.ceiling",
        Severity.ERROR, Location.of("items"),
        "agenda planned for 30:30; the hard ceiling is 30:00 (the budget is 20:00)",
        "Cut at least 0:30 to stay under the ceiling, and 10:30 to keep to the 20:00 you"
            + " promised"));
    assertThat(found(agenda, "budget.total")).isEmpty();
    assertThat(found(sample, "budget.ceiling")).isEmpty();
  }

  @Test
  void phaseTimeboxReportsAPhaseOverItsMaximum() {
    Agenda agenda = withItem(sample, "q1", i -> i.withPlanned(Duration.ofSeconds(180 + 90)));
    assertThat(found(agenda, "phase.timebox")).containsExactly(Violation.of("phase.timebox",
        Severity.ERROR, Location.parse("phases[discussion]"),
        "discussion planned for 15:30; its time box allows 12:00 to 15:00",
        "Shorten discussion by 0:30, starting with its lowest-priority items"));
  }

  @Test
  void phaseTimeboxReportsAPhaseUnderItsMinimum() {
    Agenda agenda = withItem(sample, "e3", i -> i.withPlanned(Duration.ofSeconds(10)));
    assertThat(found(agenda)).containsExactly(Violation.of("phase.timebox", Severity.ERROR,
        Location.parse("phases[ending]"), "ending planned for 1:40; its time box allows 2:00 to 3:00",
        "Plan 0:20 more for ending, or lower the minimum of its time box"));
  }

  @Test
  void phaseTimeboxReportsAGroupPastItsLimit() {
    Agenda agenda = withItem(sample, "o1", i -> i.withPlanned(Duration.ofSeconds(150)));
    assertThat(found(agenda, "phase.timebox")).containsExactly(Violation.of("phase.timebox",
        Severity.ERROR, Location.parse("plan.groupLimits[0]"),
        "introduction + overview planned for 4:30; together they may take at most 4:00",
        "Shorten introduction + overview by 0:30"));
  }

  @Test
  void phaseOrderReportsAnItemAfterALaterPhase() {
    List<AgendaItem> items = new ArrayList<>(sample.items());
    items.add(items.remove(sample.indexOf("q6")));
    assertThat(found(sample.withItems(items))).containsExactly(Violation.of("phase.order",
        Severity.ERROR, Location.parse("items[12].phase"),
        "question q6 is in discussion but comes after an item in ending; the plan's order is"
            + " introduction, overview, discussion, ending",
        "Move q6 up, with the other discussion items and before the ending items"));
  }

  @Test
  void phaseRequiredReportsARequiredPhaseWithNoItems() {
    Agenda agenda = without(sample, "e1", "e2", "e3");
    assertThat(found(agenda, "phase.required")).containsExactly(Violation.of("phase.required",
        Severity.ERROR, Location.parse("phases[ending]"),
        "phase ending has no items; the plan requires it, within 2:00 to 3:00",
        "Add the items of ending, such as its cues: ending.ask-for-names, ending.offer-help,"
            + " thanks.closing"));
    assertThat(found(agenda, "phase.timebox")).isEmpty();
  }

  @Test
  void itemDurationReportsAnItemWithNoTime() {
    Agenda agenda = withItem(sample, "q6", i -> i.withPlanned(Duration.ZERO));
    assertThat(found(agenda, "item.duration")).containsExactly(Violation.of("item.duration",
        Severity.ERROR, Location.parse("items[9].planned"),
        "question q6 is planned for 0:00; expected more than 0:00",
        "Give q6 the time it needs, or drop it"));
  }

  @Test
  void itemDurationReportsAnItemLongerThanItsPhaseMayTake() {
    Agenda agenda = withItem(sample, "q1", i -> i.withPlanned(Duration.ofMinutes(16)));
    assertThat(found(agenda, "item.duration")).containsExactly(Violation.of("item.duration",
        Severity.ERROR, Location.parse("items[4].planned"),
        "question q1 is planned for 16:00; its phase discussion may take at most 15:00 in all",
        "Shorten q1 to well under 15:00, or split it"));
  }

  @Test
  void discussionQuestionsReportsTooFewQuestions() {
    Agenda agenda = without(sample, "q3", "q4", "q5", "q6");
    assertThat(found(agenda, "discussion.questions")).containsExactly(Violation.of(
        "discussion.questions", Severity.WARNING, Location.parse("phases[discussion]"),
        "discussion has 2 prepared questions; expected at least 3",
        "Prepare 1 more question tied to Dana Reyes's background, and rank them"));
  }

  @Test
  void discussionQuestionsReportsMoreQuestionsThanTheTimeHolds() {
    RuleSettings slow = RuleSettings.builder().questionPace(Duration.ofMinutes(3)).build();
    assertThat(found(sample, slow)).containsExactly(Violation.of("discussion.questions",
        Severity.WARNING, Location.parse("phases[discussion]"),
        "discussion has 6 prepared questions; its 15:00 holds at most 5 at 3:00 a question",
        "Drop the lowest-priority question, or keep it in reserve outside the agenda"));
  }

  @Test
  void homeworkCounterpartReportsTooFewNotes() {
    RuleSettings strict = RuleSettings.builder().minimumResearchNotes(4).build();
    assertThat(found(sample, strict)).containsExactly(Violation.of("homework.counterpart",
        Severity.WARNING, Location.parse("counterpart.notes"),
        "Dana Reyes has 3 research notes; expected at least 4 on their background, current"
            + " role and what they do now",
        "Do your homework: read their profile, their organisation's site and anything they"
            + " wrote or said in public, and note each fact with its source"));
  }

  @Test
  void homeworkCounterpartReportsAMissingRoleAndOrganisation() {
    Agenda agenda = ImmutableAgenda.copyOf(sample).withCounterpart(
        ImmutableContact.copyOf(sample.counterpart()).withRole("").withOrganisation(" "));
    assertThat(found(agenda)).containsExactly(
        Violation.of("homework.counterpart", Severity.WARNING, Location.parse("counterpart.organisation"),
            "Dana Reyes has no organisation; expected where they work now",
            "Find where Dana Reyes works now and add it to the counterpart"),
        Violation.of("homework.counterpart", Severity.WARNING, Location.parse("counterpart.role"),
            "Dana Reyes has no current role; expected it from your homework",
            "Find Dana Reyes's current role, such as on their profile, and add it to the"
                + " counterpart"));
  }

  @Test
  void homeworkQuestionsLinkedReportsAQuestionWithNoNote() {
    Agenda agenda = withItem(sample, "q4",
        i -> ImmutableAgendaItem.copyOf(i).withLinkedNotes(List.of()));
    assertThat(found(agenda)).containsExactly(Violation.of("homework.questions-linked",
        Severity.WARNING, Location.parse("items[7].linkedNotes"),
        "question q4 links no research note; expected it to draw on one of Dana Reyes's notes"
            + " (n1, n2, n3)",
        "Tie q4 to their background: link the note it draws on, or rewrite it around what you"
            + " learned"));
  }

  @Test
  void overviewLengthReportsAnEmptyOverview() {
    Agenda agenda = ImmutableAgenda.copyOf(sample).withOverview("");
    assertThat(found(agenda)).containsExactly(Violation.of("overview.length", Severity.WARNING,
        Location.of("overview"),
        "career overview is empty; expected one you can say in 2:00 (up to 280 words at 140"
            + " words a minute)",
        "Write a few sentences on your career so far that lead to why you asked to meet them"));
  }

  @Test
  void overviewLengthReportsAnOverviewTooLongToSay() {
    String overview = "claims ".repeat(295) + "which is why I asked";
    Agenda agenda = ImmutableAgenda.copyOf(sample).withOverview(overview);
    assertThat(found(agenda)).containsExactly(Violation.of("overview.length", Severity.WARNING,
        Location.of("overview"),
        "career overview takes about 2:09 to say (300 words at 140 words a minute); the"
            + " overview is planned for 2:00",
        "Cut about 20 words, keeping what leads to why you asked"));
    RuleSettings fast = RuleSettings.builder().wordsPerMinute(150).build();
    assertThat(found(agenda, fast)).isEmpty();
  }

  @Test
  void overviewNotResumeReportsAListOfYears() {
    Agenda agenda = ImmutableAgenda.copyOf(sample).withOverview("I worked at Harbor from 2009"
        + " to 2012, at Contoso from 2012 to 2015 and at Litware from 2015 to 2019, which is"
        + " why I asked.");
    assertThat(found(agenda)).containsExactly(Violation.of("overview.not-resume",
        Severity.WARNING, Location.of("overview"),
        "career overview mentions 4 years (2009, 2012, 2015, 2019); expected at most 3 in an"
            + " overview, which tells a story rather than reciting a resume",
        "Tell your career in a few sentences that lead to why you asked; leave the dates to"
            + " your resume"));
  }

  @Test
  void overviewNotResumeReportsAnOverviewThatNeverSaysWhy() {
    Agenda agenda = ImmutableAgenda.copyOf(sample)
        .withOverview("I have handled property claims for six years.");
    assertThat(found(agenda)).containsExactly(Violation.of("overview.not-resume",
        Severity.WARNING, Location.of("overview"),
        "career overview never says why you asked for the meeting; expected a phrase such as"
            + " \"which is why I asked\"",
        "End the overview with why you asked to meet them, such as \"..., which is why I asked"
            + " to meet you\""));
  }

  @Test
  void gratitudeReportsAMissingClosingThanks() {
    Agenda agenda = withItem(without(sample, "e3"), "e2",
        i -> i.withPlanned(Duration.ofSeconds(75)));
    assertThat(found(agenda)).containsExactly(Violation.of("gratitude.before-after",
        Severity.WARNING, Location.parse("phases[ending]"),
        "ending has no item thanking Dana Reyes at the end; expected an item placing cue"
            + " thanks.closing",
        "Close by thanking them again, such as \"Thank you again for your time and advice\""));
  }

  @Test
  void gratitudeReportsThanksInTheWrongPhase() {
    Agenda agenda = withItem(sample, "i1",
        i -> ImmutableAgendaItem.copyOf(i).withPhase(PhaseId.OVERVIEW));
    assertThat(found(agenda, "gratitude.before-after")).containsExactly(Violation.of(
        "gratitude.before-after", Severity.WARNING, Location.parse("items[0].phase"),
        "cue item i1 places thanks.opening in overview; expected it in introduction",
        "Move i1 to introduction"));
  }

  @Test
  void gratitudeReportsNoThanksWhenTheyAgreed() {
    Agenda agenda = ImmutableAgenda.copyOf(sample).withPreparation(Preparation.standard()
        .markDone(Preparation.RESEARCH).markDone(Preparation.QUESTIONS)
        .markDone(Preparation.OVERVIEW).markDone(Preparation.PURPOSE));
    assertThat(found(agenda)).containsExactly(Violation.of("gratitude.before-after",
        Severity.WARNING, Location.parse("preparation.steps[4]"),
        "you have not yet thanked Dana Reyes for agreeing to meet; expected preparation step"
            + " thanked-when-agreed done",
        "Send a short thank-you that confirms the time and place, then mark the step done"));
  }

  @Test
  void endingAskForNamesReportsAMissingCue() {
    Agenda agenda = withItem(without(sample, "e1"), "e2",
        i -> i.withPlanned(Duration.ofSeconds(90)));
    assertThat(found(agenda)).containsExactly(Violation.of("ending.ask-for-names",
        Severity.WARNING, Location.parse("phases[ending]"),
        "ending has no item asking who else to talk to; expected an item placing cue"
            + " ending.ask-for-names",
        "Add \"Who else would you suggest I talk to? May I use your name?\" to the ending"));
  }

  @Test
  void endingOfferHelpReportsAMissingCue() {
    Agenda agenda = withItem(without(sample, "e2"), "e1",
        i -> i.withPlanned(Duration.ofSeconds(90)));
    assertThat(found(agenda)).containsExactly(Violation.of("ending.offer-help",
        Severity.WARNING, Location.parse("phases[ending]"),
        "ending has no item asking how you can help them; expected an item placing cue"
            + " ending.offer-help",
        "Add \"How can I help you?\" to the ending, with something concrete you could offer"));
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
    assertThat(RuleSet.standard().validate(agenda).violations()).isEmpty();
  }

  @Test
  void noJobRequestReportsJobWordingInAnItem() {
    Agenda agenda = withItem(sample, "q5",
        i -> ImmutableAgendaItem.copyOf(i).withText("Is there an open position on your team?"));
    assertThat(found(agenda)).containsExactly(Violation.of("discussion.no-job-request",
        Severity.WARNING, Location.parse("items[8].text"),
        "question q5 reads as a job request (\"position\"); expected items that ask for advice,"
            + " information and names",
        "This is not a job interview: ask for advice, information and names instead; if they"
            + " know of an opening, they will tell you"));
  }

  @Test
  void noJobRequestReportsJobWordingInThePurposeAndMatchesWholeWordsOnly() {
    Agenda agenda = ImmutableAgenda.copyOf(sample).withPurpose("Ask whether you could HIRE ME");
    assertThat(found(agenda, "discussion.no-job-request")).containsExactly(Violation.of(
        "discussion.no-job-request", Severity.WARNING, Location.of("purpose"),
        "purpose reads as a job request (\"hire me\"); expected a purpose of learning, advice"
            + " and names",
        "This is not a job interview: ask for advice, information and names instead; if they"
            + " know of an opening, they will tell you"));
    Agenda harmless = withItem(sample, "q5", i -> ImmutableAgendaItem.copyOf(i)
        .withText("What did the jobsite teams learn from the reopening?"));
    assertThat(found(harmless)).isEmpty();
  }

  @Test
  void purposeReportsAnEmptyPurpose() {
    Agenda agenda = ImmutableAgenda.copyOf(sample).withPurpose("  ");
    assertThat(found(agenda)).containsExactly(Violation.of("agenda.purpose", Severity.ERROR,
        Location.of("purpose"),
        "purpose is empty; expected a sentence saying why you asked for the meeting",
        "Write why you asked, such as \"Learn how the work in your field is changing and which"
            + " skills matter most\""));
  }

  @Test
  void purposeReportsAPurposeLongerThanASentence() {
    RuleSettings terse = RuleSettings.builder().maximumPurposeWords(10).build();
    assertThat(found(sample, terse)).containsExactly(Violation.of("agenda.purpose",
        Severity.ERROR, Location.of("purpose"),
        "purpose has 21 words; expected one sentence of at most 10",
        "Say why you asked in one sentence; keep the rest for the overview and questions"));
  }

  private static List<Violation> found(Agenda agenda) {
    return RuleSet.standard().validate(agenda).violations();
  }

  private static List<Violation> found(Agenda agenda, RuleSettings settings) {
    return RuleSet.standard().withSettings(settings).validate(agenda).violations();
  }

  private static List<Violation> found(Agenda agenda, String ruleId) {
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
