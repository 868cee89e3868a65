package io.github.twentyminute.rules;

import java.util.List;
import java.util.Objects;

/**
 * The built-in rules of the method, with their stable ids. {@link RuleSet#standard()} runs them
 * all, in the order of {@link #all()}; the settings they use are in {@link RuleSettings}.
 *
 * <p>The first five are the plan's own rules: they {@linkplain Rule#appliesToPlanAlone() apply to
 * a plan alone}, so {@link RuleSet#validate(io.github.twentyminute.plan.MeetingPlan)} runs them on
 * a plan, and {@link RuleSet#validate(io.github.twentyminute.agenda.Agenda)} runs them on the
 * agenda's plan, at locations under {@code plan} (the table gives them for a plan alone). The
 * others check an agenda.
 *
 * <p>Each finding's message key is its rule id, or the rule id and a variant
 * ({@code budget.total.no-candidate}); its arguments are typed: durations for times, counts for
 * numbers, text for ids and names. The templates, in English and German, are in
 * {@code io/github/twentyminute/findings/messages/rules.properties} and {@code plan.properties}.
 *
 * <table>
 *   <caption>Built-in rules</caption>
 *   <tr><th>id</th><th>default</th><th>reports</th><th>location</th></tr>
 *   <tr><td>{@value #PLAN_PHASES}</td><td>error</td><td>the plan has no phases</td>
 *       <td>{@code phases}</td></tr>
 *   <tr><td>{@value #PLAN_MINIMUMS}</td><td>error</td><td>the phases' minimums add up to more
 *       than the budget</td><td>{@code phases}</td></tr>
 *   <tr><td>{@value #PLAN_TARGETS}</td><td>warning</td><td>the phases' targets do not add up to
 *       the budget (not reported when the minimums already pass it)</td>
 *       <td>{@code phases}</td></tr>
 *   <tr><td>{@value #PLAN_CEILING}</td><td>error</td><td>the budget is above the hard
 *       ceiling</td><td>{@code budget}</td></tr>
 *   <tr><td>{@value #PLAN_GROUP_LIMIT}</td><td>error</td><td>the minimums of a group's phases
 *       add up to more than its limit; their targets doing so is at most a warning</td>
 *       <td>{@code groupLimits[i]}</td></tr>
 *   <tr><td>{@value #BUDGET_TOTAL}</td><td>error</td><td>the items add up to more than the
 *       budget but not past the hard ceiling (past it, {@value #BUDGET_CEILING} reports
 *       instead)</td><td>{@code items}</td></tr>
 *   <tr><td>{@value #BUDGET_CEILING}</td><td>error</td><td>the items add up to more than the
 *       hard ceiling</td><td>{@code items}</td></tr>
 *   <tr><td>{@value #PHASE_TIMEBOX}</td><td>error</td><td>a phase with items is planned outside
 *       its time box; a group of phases is planned past its limit</td>
 *       <td>{@code phases[id]}, {@code plan.groupLimits[i]}</td></tr>
 *   <tr><td>{@value #PHASE_ORDER}</td><td>error</td><td>an item comes after an item of a later
 *       phase</td><td>{@code items[i].phase}</td></tr>
 *   <tr><td>{@value #PHASE_REQUIRED}</td><td>error</td><td>a required phase has no items</td>
 *       <td>{@code phases[id]}</td></tr>
 *   <tr><td>{@value #ITEM_DURATION}</td><td>error</td><td>an item is planned for no time, or
 *       for longer than its phase's maximum</td><td>{@code items[i].planned}</td></tr>
 *   <tr><td>{@value #DISCUSSION_QUESTIONS}</td><td>warning</td><td>the discussion has fewer
 *       questions than {@link RuleSettings#minimumQuestions()}, or more than its maximum time
 *       holds at {@link RuleSettings#questionPace()}</td><td>{@code phases[discussion]}</td></tr>
 *   <tr><td>{@value #HOMEWORK_COUNTERPART}</td><td>warning</td><td>the counterpart has fewer
 *       research notes than {@link RuleSettings#minimumResearchNotes()}, no role or no
 *       organisation</td><td>{@code counterpart.notes}, {@code counterpart.role},
 *       {@code counterpart.organisation}</td></tr>
 *   <tr><td>{@value #HOMEWORK_QUESTIONS_LINKED}</td><td>warning</td><td>a question links no
 *       research note</td><td>{@code items[i].linkedNotes}</td></tr>
 *   <tr><td>{@value #OVERVIEW_LENGTH}</td><td>warning</td><td>the career overview is empty, or
 *       takes longer to say at {@link RuleSettings#wordsPerMinute()} than the overview phase is
 *       planned for (its time box maximum if it has no items)</td><td>{@code overview}</td></tr>
 *   <tr><td>{@value #OVERVIEW_NOT_RESUME}</td><td>warning</td><td>the career overview reads as
 *       a resume recital (the heuristic below)</td><td>{@code overview}</td></tr>
 *   <tr><td>{@value #GRATITUDE_BEFORE_AFTER}</td><td>warning</td><td>no item places the
 *       {@code thanks.opening} or {@code thanks.closing} cue in its phase, or the preparation
 *       step {@code thanked-when-agreed} is not done</td><td>{@code phases[id]},
 *       {@code items[i].phase}, {@code preparation.steps[i]}</td></tr>
 *   <tr><td>{@value #ENDING_ASK_FOR_NAMES}</td><td>warning</td><td>no item places the
 *       {@code ending.ask-for-names} cue in its phase</td><td>{@code phases[id]},
 *       {@code items[i].phase}</td></tr>
 *   <tr><td>{@value #ENDING_OFFER_HELP}</td><td>warning</td><td>no item places the
 *       {@code ending.offer-help} cue in its phase</td><td>{@code phases[id]},
 *       {@code items[i].phase}</td></tr>
 *   <tr><td>{@value #DISCUSSION_NO_JOB_REQUEST}</td><td>warning</td><td>an item's text or the
 *       purpose reads as a job request (the phrases below)</td><td>{@code items[i].text},
 *       {@code purpose}</td></tr>
 *   <tr><td>{@value #AGENDA_PURPOSE}</td><td>error</td><td>the purpose is empty, or longer than
 *       {@link RuleSettings#maximumPurposeWords()}</td><td>{@code purpose}</td></tr>
 * </table>
 *
 * <p>The cue rules apply only when the agenda's plan has the cue: a plan without
 * {@code ending.offer-help} does not ask for it.
 *
 * <p><b>Heuristics.</b> A word is a run of characters other than white space holding at least
 * one letter or digit. Phrases match whole words, ignoring the case of ASCII letters.
 * {@value #DISCUSSION_NO_JOB_REQUEST} looks for: job, jobs, position, positions, opening,
 * openings, vacancy, vacancies, hire me, hiring me, employ me, my resume, my cv, refer me,
 * recommend me, work for you, apply for, applying for. {@value #OVERVIEW_NOT_RESUME} reports an
 * overview that mentions more distinct years (four-digit numbers from 1900 to 2099 standing
 * alone) than {@link RuleSettings#maximumOverviewYears()}, since a story leading to why you
 * asked needs few dates and a resume recital lists many; and an overview without any of: why i
 * asked, which is why, that is why, that's why, reason i asked, i would like to, i'd like to,
 * i want to learn, i hope to learn, hoping to learn, i am hoping, i'm hoping. Both are
 * heuristics: turn them into notes with {@link RuleSet#withSeverity} or off with
 * {@link RuleSet#disable} if they misjudge your texts.
 *
 * <p>This class is stateless; the rules it gives are immutable and thread-safe.
 */
public final class BuiltInRules {
  /** Rule id: the plan has no phases. */
  public static final String PLAN_PHASES = "plan.phases";
  /** Rule id: the phases' minimums exceed the budget. */
  public static final String PLAN_MINIMUMS = "plan.minimums";
  /** Rule id: the phases' targets do not add up to the budget. */
  public static final String PLAN_TARGETS = "plan.targets";
  /** Rule id: the budget is above the hard ceiling. */
  public static final String PLAN_CEILING = "plan.ceiling";
  /** Rule id: a group limit clashes with its phases' own time boxes. */
  public static final String PLAN_GROUP_LIMIT = "plan.group-limit";
  /** Rule id: the planned time passes the budget. */
  public static final String BUDGET_TOTAL = "budget.total";
  /** Rule id: the planned time passes the hard ceiling. */
  public static final String BUDGET_CEILING = "budget.ceiling";
  /** Rule id: a phase or group of phases is planned outside its time. */
  public static final String PHASE_TIMEBOX = "phase.timebox";
  /** Rule id: the items are not in the order of the plan's phases. */
  public static final String PHASE_ORDER = "phase.order";
  /** Rule id: a required phase has no items. */
  public static final String PHASE_REQUIRED = "phase.required";
  /** Rule id: an item has no time, or more than its phase may take. */
  public static final String ITEM_DURATION = "item.duration";
  /** Rule id: too few prepared questions, or too many for the time. */
  public static final String DISCUSSION_QUESTIONS = "discussion.questions";
  /** Rule id: homework on the counterpart is missing. */
  public static final String HOMEWORK_COUNTERPART = "homework.counterpart";
  /** Rule id: a question is not tied to the counterpart's background. */
  public static final String HOMEWORK_QUESTIONS_LINKED = "homework.questions-linked";
  /** Rule id: the career overview is missing or too long to say in its time. */
  public static final String OVERVIEW_LENGTH = "overview.length";
  /** Rule id: the career overview reads as a resume recital. */
  public static final String OVERVIEW_NOT_RESUME = "overview.not-resume";
  /** Rule id: no thanks before or after. */
  public static final String GRATITUDE_BEFORE_AFTER = "gratitude.before-after";
  /** Rule id: the ending does not ask who else to talk to. */
  public static final String ENDING_ASK_FOR_NAMES = "ending.ask-for-names";
  /** Rule id: the ending does not ask how you can help. */
  public static final String ENDING_OFFER_HELP = "ending.offer-help";
  /** Rule id: an item or the purpose asks for a job. */
  public static final String DISCUSSION_NO_JOB_REQUEST = "discussion.no-job-request";
  /** Rule id: the purpose is missing or too long. */
  public static final String AGENDA_PURPOSE = "agenda.purpose";

  private static final List<Rule> ALL = List.of(
      new PlanRules.Phases(),
      new PlanRules.Minimums(),
      new PlanRules.Targets(),
      new PlanRules.Ceiling(),
      new PlanRules.GroupLimits(),
      new BudgetRules.Total(),
      new BudgetRules.Ceiling(),
      new PhaseRules.TimeBoxes(),
      new PhaseRules.Order(),
      new PhaseRules.Required(),
      new PhaseRules.ItemDuration(),
      new DiscussionRules.Questions(),
      new HomeworkRules.Counterpart(),
      new HomeworkRules.QuestionsLinked(),
      new OverviewRules.Length(),
      new OverviewRules.NotResume(),
      new MeetingRules.Gratitude(),
      new MeetingRules.AskForNames(),
      new MeetingRules.OfferHelp(),
      new DiscussionRules.NoJobRequest(),
      new MeetingRules.Purpose());

  private BuiltInRules() {}

  /**
   * Returns every built-in rule, in the order of the table above.
   *
   * @return the 21 rules
   */
  public static List<Rule> all() {
    return ALL;
  }

  /**
   * Returns the ids of every built-in rule, in the order of {@link #all()}.
   *
   * @return the 21 ids
   */
  public static List<String> ids() {
    return Ids.LIST;
  }

  /**
   * Returns one built-in rule.
   *
   * @param id the rule id, such as {@value #BUDGET_TOTAL}; not null
   * @return the rule
   * @throws IllegalArgumentException if no built-in rule has that id
   */
  public static Rule get(String id) {
    Objects.requireNonNull(id, "id");
    for (Rule rule : ALL) {
      if (rule.id().equals(id)) {
        return rule;
      }
    }
    throw new IllegalArgumentException(
        "there is no built-in rule " + id + "; the built-in rules are " + ids());
  }

  private static final class Ids {
    static final List<String> LIST = ALL.stream().map(Rule::id).collect(
        java.util.stream.Collectors.toUnmodifiableList());
  }
}
