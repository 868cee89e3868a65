package io.github.twentyminute.rules;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhaseId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Rule} sees while it checks one document: the agenda (when there is one) and its
 * plan, the rule settings, the severity its findings get, and where to {@linkplain #report
 * report} them.
 *
 * <p>{@link RuleSet#validate(Agenda)} checks an agenda and the plan it carries;
 * {@link RuleSet#validate(MeetingPlan)} checks a plan alone, and then runs only the rules that
 * {@linkplain Rule#appliesToPlanAlone() apply to a plan alone}: for them {@link #hasAgenda()} is
 * false and {@link #agenda()} throws. Locations of findings about the plan are made with
 * {@link #planLocation()}, so they point into the document being checked either way.
 *
 * <p>A context is made by {@link RuleSet} and is valid only during one call of
 * {@link Rule#check}; do not keep it. It is not thread-safe. New methods may be added in later
 * versions, which is why rules receive this one object rather than several parameters.
 */
public final class RuleContext {
  private static final Location ITEMS = Location.of("items");
  private static final Location PHASES = Location.of("phases");
  private static final Location PLAN = Location.of("plan");

  private final @Nullable Agenda agenda;
  private final MeetingPlan plan;
  private final RuleSettings settings;
  private final List<Finding> found;
  private String ruleId = "";
  private Severity severity = Severity.ERROR;
  // The text facts of this validation, read when a rule first asks (see TextFacts).
  private @Nullable TextFacts purposeFacts;
  private @Nullable TextFacts overviewFacts;
  private TextFacts @Nullable [] itemFacts;

  RuleContext(@Nullable Agenda agenda, MeetingPlan plan, RuleSettings settings,
      List<Finding> found) {
    this.agenda = agenda;
    this.plan = plan;
    this.settings = settings;
    this.found = found;
  }

  void start(String ruleId, Severity severity) {
    this.ruleId = ruleId;
    this.severity = severity;
  }

  /**
   * Checks if an agenda is being checked; false while a plan is checked alone.
   *
   * @return true if {@link #agenda()} has an agenda to return
   */
  public boolean hasAgenda() {
    return agenda != null;
  }

  /**
   * Returns the agenda being checked.
   *
   * @return the agenda
   * @throws IllegalStateException if a plan is being checked alone, which only rules that
   *     {@linkplain Rule#appliesToPlanAlone() apply to a plan alone} see
   */
  public Agenda agenda() {
    if (agenda == null) {
      throw new IllegalStateException("rule " + ruleId + " asked for the agenda, but a plan is"
          + " being checked alone; a rule that applies to a plan alone reads plan() only");
    }
    return agenda;
  }

  /**
   * Returns the plan being checked: the agenda's plan, or the plan checked alone.
   *
   * @return the plan
   */
  public MeetingPlan plan() {
    return plan;
  }

  /**
   * Returns the location of the plan in the document being checked: {@code plan} in an agenda,
   * the root {@code $} when a plan is checked alone. A rule about the plan reports at, for
   * example, {@code planLocation().field("budget")}.
   *
   * @return the plan's location
   */
  public Location planLocation() {
    return agenda == null ? Location.root() : PLAN;
  }

  /**
   * Returns the settings of the rule set, such as the words a minute people speak.
   *
   * @return the settings
   */
  public RuleSettings settings() {
    return settings;
  }

  /**
   * Returns the id of the rule being run; findings are reported under it.
   *
   * @return the rule id
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns the severity this rule's findings get: its default, or what the rule set overrides
   * it with.
   *
   * @return the effective severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Reports one finding of the rule being run, at its effective severity, whose message template
   * has the rule's id as its key.
   *
   * @param location where it was found, such as {@code items[3].planned}; not null
   * @param arguments the values the template uses, such as the planned time; not null
   */
  public void report(Location location, Arguments arguments) {
    report(location, ruleId, arguments);
  }

  /**
   * Reports one finding of the rule being run, at its effective severity, with a message
   * template of its own key: by convention the rule id followed by a variant, such as
   * {@code budget.total.no-candidate}. The library renders its own rules' keys; an application
   * gives a {@link io.github.twentyminute.findings.Renderer} the templates of its rules' keys.
   *
   * @param location where it was found, not null
   * @param key the message template's key, not null
   * @param arguments the values the template uses, not null
   * @throws IllegalArgumentException if the key is malformed
   */
  public void report(Location location, String key, Arguments arguments) {
    found.add(Finding.of(ruleId, Objects.requireNonNull(location, "location"), key, arguments)
        .withSeverity(severity));
  }

  /**
   * Reports a milder form of the rule's finding: at the rule's effective severity or at
   * {@code atMost}, whichever is less severe. A rule whose default is an error reports a
   * warning this way; a rule set that lowers the rule to an info lowers this finding too.
   *
   * @param location where it was found, not null
   * @param key the message template's key, not null
   * @param arguments the values the template uses, not null
   * @param atMost the most severe this finding may be, not null
   * @throws IllegalArgumentException if the key is malformed
   */
  public void report(Location location, String key, Arguments arguments, Severity atMost) {
    Severity milder = atMost.compareTo(severity) > 0 ? atMost : severity;
    found.add(Finding.of(ruleId, Objects.requireNonNull(location, "location"), key, arguments)
        .withSeverity(milder));
  }

  /**
   * Reports one finding of the rule being run, at its effective severity, in the rule author's
   * own words (a finding of key {@value Finding#TEXT}, shown in every locale as written).
   *
   * @param location where it was found, such as {@code items[3].planned}; not null
   * @param message what was expected and what was found, with the values, such as "discussion
   *     planned for 16:30; its time box allows 12:00 to 15:00"; not null, not blank
   * @param hint how to fix it, not null, not blank
   * @throws IllegalArgumentException if the message or hint is blank
   */
  public void report(Location location, String message, String hint) {
    found.add(Finding.ofText(ruleId, Objects.requireNonNull(location, "location"), message, hint)
        .withSeverity(severity));
  }

  /** Returns the facts of the agenda's purpose, read once in this validation. */
  TextFacts purposeFacts() {
    TextFacts facts = purposeFacts;
    if (facts == null) {
      facts = TextFacts.of(agenda().purpose());
      purposeFacts = facts;
    }
    return facts;
  }

  /** Returns the facts of the agenda's career overview, read once in this validation. */
  TextFacts overviewFacts() {
    TextFacts facts = overviewFacts;
    if (facts == null) {
      facts = TextFacts.of(agenda().overview());
      overviewFacts = facts;
    }
    return facts;
  }

  /** Returns the facts of the text of the item at an index, read once in this validation. */
  TextFacts itemFacts(int index) {
    TextFacts[] known = itemFacts;
    if (known == null) {
      known = new TextFacts[agenda().items().size()];
      itemFacts = known;
    }
    TextFacts facts = known[index];
    if (facts == null) {
      facts = TextFacts.of(agenda().items().get(index).text());
      known[index] = facts;
    }
    return facts;
  }

  /**
   * Returns the location of an item of the agenda, such as {@code items[3]}.
   *
   * @param index the zero-based index, not negative
   * @return the location
   */
  public Location item(int index) {
    return ITEMS.index(index);
  }

  /**
   * Returns the location of a phase of the plan, such as {@code phases[discussion]}.
   *
   * @param phase the phase id, not null
   * @return the location
   */
  public Location phase(PhaseId phase) {
    return PHASES.key(phase.value());
  }
}
