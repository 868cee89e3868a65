package io.github.twentyminute.rules;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.internal.Ids;
import io.github.twentyminute.plan.MeetingPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * An ordered set of rules, each enabled or not and with its severity, plus the settings they
 * share; {@link #validate(Agenda)} runs them on an agenda and the plan it carries, and
 * {@link #validate(MeetingPlan)} runs those that {@linkplain Rule#appliesToPlanAlone() apply to a
 * plan alone} on a plan.
 *
 * <p>{@link #standard()} holds every built-in rule ({@link BuiltInRules}) with the default
 * settings. Rule sets are values: {@link #with(Rule)}, {@link #without(String)}, {@link
 * #disable(String)}, {@link #withSeverity(String, Severity)}, {@link #and(RuleSet)} and the other
 * modifiers return a new set and leave this one unchanged. Rule ids are unique in a set.
 *
 * <p>Validation runs the enabled rules one after the other, in the set's order. A rule that
 * throws gives one {@link Severity#ERROR} finding under its own id, at the root {@code $}, of key
 * {@value #RULE_FAILED} naming the exception; its earlier findings are kept and the other rules
 * still run. The report lists every rule that ran, in order, and the findings in
 * {@link Finding#REPORT_ORDER}, so the same agenda always gives an equal report.
 *
 * <p>Instances are immutable and thread-safe, provided their rules are.
 */
public final class RuleSet {
  /**
   * The message key of the finding that stands for a rule that threw, with the text arguments
   * {@code rule} (its id), {@code ruleClass} and {@code reason} (the exception).
   */
  public static final String RULE_FAILED = "rule.failed";

  private static final RuleSet EMPTY = new RuleSet(List.of(), RuleSettings.defaults());

  private final List<Entry> entries;
  private final RuleSettings settings;
  private final Entry[] enabled;
  private final List<String> rulesRun;
  private final ValidationReport nothingFound;
  private final Entry[] enabledForPlans;
  private final List<String> rulesRunOnPlans;
  private final ValidationReport nothingFoundInPlans;

  private RuleSet(List<Entry> entries, RuleSettings settings) {
    this.entries = entries;
    this.settings = settings;
    List<Entry> on = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Entry entry : entries) {
      if (entry.enabled) {
        on.add(entry);
        ids.add(entry.id);
      }
    }
    this.enabled = on.toArray(new Entry[0]);
    this.rulesRun = List.copyOf(ids);
    this.nothingFound = ValidationReport.of(rulesRun, List.of());
    List<Entry> onPlans = new ArrayList<>();
    List<String> planIds = new ArrayList<>();
    for (Entry entry : on) {
      if (entry.planAlone) {
        onPlans.add(entry);
        planIds.add(entry.id);
      }
    }
    this.enabledForPlans = onPlans.toArray(new Entry[0]);
    this.rulesRunOnPlans = List.copyOf(planIds);
    this.nothingFoundInPlans = ValidationReport.of(rulesRunOnPlans, List.of());
  }

  /**
   * Returns a set of every built-in rule, in the order of {@link BuiltInRules#all()}, with the
   * default settings.
   *
   * @return the standard rule set
   */
  public static RuleSet standard() {
    return Standard.SET;
  }

  /**
   * Returns a set with no rules and the default settings.
   *
   * @return the empty set
   */
  public static RuleSet empty() {
    return EMPTY;
  }

  /**
   * Obtains a set of the given rules, in order, with the default settings.
   *
   * @param rules the rules, not null, ids unique
   * @return the set
   * @throws IllegalArgumentException if two rules share an id, or an id is malformed
   */
  public static RuleSet of(Rule... rules) {
    return of(Arrays.asList(rules));
  }

  /**
   * Obtains a set of the given rules, in order, with the default settings.
   *
   * @param rules the rules, not null, ids unique
   * @return the set
   * @throws IllegalArgumentException if two rules share an id, or an id is malformed
   */
  public static RuleSet of(List<? extends Rule> rules) {
    RuleSet set = EMPTY;
    for (Rule rule : rules) {
      set = set.with(rule);
    }
    return set;
  }

  /**
   * Obtains a set of the rules found by {@link ServiceLoader} with the thread's context class
   * loader, ordered by id so that the order does not depend on the class path.
   *
   * @return the set of discovered rules, may be empty
   * @throws IllegalArgumentException if two discovered rules share an id
   * @throws java.util.ServiceConfigurationError if a listed rule cannot be loaded or made
   */
  public static RuleSet discovered() {
    return discovered(ServiceLoader.load(Rule.class));
  }

  /**
   * Obtains a set of the rules found by {@link ServiceLoader} with the given class loader,
   * ordered by id.
   *
   * @param loader the class loader to search, not null
   * @return the set of discovered rules, may be empty
   * @throws IllegalArgumentException if two discovered rules share an id
   * @throws java.util.ServiceConfigurationError if a listed rule cannot be loaded or made
   */
  public static RuleSet discovered(ClassLoader loader) {
    return discovered(ServiceLoader.load(Rule.class, Objects.requireNonNull(loader, "loader")));
  }

  private static RuleSet discovered(ServiceLoader<Rule> loader) {
    List<Rule> found = new ArrayList<>();
    for (Rule rule : loader) {
      found.add(rule);
    }
    found.sort((a, b) -> a.id().compareTo(b.id()));
    return of(found);
  }

  /**
   * Returns a copy of this set followed by the rules found by {@link #discovered()}.
   *
   * @return the new set
   * @throws IllegalArgumentException if a discovered rule has the id of a rule in this set
   * @throws java.util.ServiceConfigurationError if a listed rule cannot be loaded or made
   */
  public RuleSet withDiscovered() {
    return and(discovered());
  }

  /**
   * Returns a copy of this set with one more rule at the end, enabled, at its default severity.
   *
   * @param rule the rule, not null
   * @return the new set
   * @throws IllegalArgumentException if the set already has a rule with that id, or the id is
   *     malformed
   */
  public RuleSet with(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    String id = Ids.require(rule.id(), "rule id");
    Severity severity = Objects.requireNonNull(rule.defaultSeverity(),
        "rule " + id + " default severity");
    Optional<Entry> existing = entry(id);
    if (existing.isPresent()) {
      throw new IllegalArgumentException(
          "rule set already has a rule with id " + id + " (" + existing.get().rule.getClass()
              .getName() + "); remove it first with without(\"" + id + "\"), or give "
              + rule.getClass().getName() + " another id");
    }
    boolean planAlone = rule.appliesToPlanAlone();
    List<Entry> copy = new ArrayList<>(entries);
    copy.add(new Entry(rule, id, severity, true, planAlone));
    return new RuleSet(Collections.unmodifiableList(copy), settings);
  }

  /**
   * Returns a copy of this set without one rule.
   *
   * @param id the rule id, not null
   * @return the new set
   * @throws IllegalArgumentException if the set has no rule with that id
   */
  public RuleSet without(String id) {
    int index = require(id);
    List<Entry> copy = new ArrayList<>(entries);
    copy.remove(index);
    return new RuleSet(Collections.unmodifiableList(copy), settings);
  }

  /**
   * Returns a copy of this set with one rule turned off: it stays in the set but does not run.
   *
   * @param id the rule id, not null
   * @return the new set
   * @throws IllegalArgumentException if the set has no rule with that id
   */
  public RuleSet disable(String id) {
    int index = require(id);
    return replace(index, entries.get(index).enabled(false));
  }

  /**
   * Returns a copy of this set with one rule turned on again.
   *
   * @param id the rule id, not null
   * @return the new set
   * @throws IllegalArgumentException if the set has no rule with that id
   */
  public RuleSet enable(String id) {
    int index = require(id);
    return replace(index, entries.get(index).enabled(true));
  }

  /**
   * Returns a copy of this set in which one rule's findings get another severity.
   *
   * @param id the rule id, not null
   * @param severity the severity, not null
   * @return the new set
   * @throws IllegalArgumentException if the set has no rule with that id
   */
  public RuleSet withSeverity(String id, Severity severity) {
    Objects.requireNonNull(severity, "severity");
    int index = require(id);
    return replace(index, entries.get(index).severity(severity));
  }

  /**
   * Returns a copy of this set with other settings.
   *
   * @param settings the settings, not null
   * @return the new set
   */
  public RuleSet withSettings(RuleSettings settings) {
    return new RuleSet(entries, Objects.requireNonNull(settings, "settings"));
  }

  /**
   * Returns a set of this set's rules followed by the other set's, each keeping whether it is
   * enabled and its severity. The result keeps this set's settings.
   *
   * @param other the other set, not null
   * @return the combined set
   * @throws IllegalArgumentException if both sets have a rule with the same id
   */
  public RuleSet and(RuleSet other) {
    Objects.requireNonNull(other, "other");
    List<Entry> copy = new ArrayList<>(entries);
    for (Entry entry : other.entries) {
      if (entry(entry.id).isPresent()) {
        throw new IllegalArgumentException(
            "both rule sets have a rule with id " + entry.id + "; remove it from one of them");
      }
      copy.add(entry);
    }
    return new RuleSet(Collections.unmodifiableList(copy), settings);
  }

  /**
   * Returns the rules of this set in order, enabled or not.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    List<Rule> rules = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      rules.add(entry.rule);
    }
    return Collections.unmodifiableList(rules);
  }

  /**
   * Returns the ids of the rules of this set in order, enabled or not.
   *
   * @return the ids
   */
  public List<String> ids() {
    List<String> ids = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      ids.add(entry.id);
    }
    return Collections.unmodifiableList(ids);
  }

  /**
   * Returns the ids of the rules that {@link #validate} runs, in order.
   *
   * @return the ids of the enabled rules
   */
  public List<String> enabledIds() {
    return rulesRun;
  }

  /**
   * Finds a rule by id.
   *
   * @param id the rule id, not null
   * @return the rule, or empty if the set has none with that id
   */
  public Optional<Rule> rule(String id) {
    return entry(id).map(entry -> entry.rule);
  }

  /**
   * Checks if the set has a rule with the given id, enabled or not.
   *
   * @param id the rule id, not null
   * @return true if it has
   */
  public boolean contains(String id) {
    return entry(id).isPresent();
  }

  /**
   * Checks if a rule runs when this set validates.
   *
   * @param id the rule id, not null
   * @return true if the rule is in the set and enabled
   * @throws IllegalArgumentException if the set has no rule with that id
   */
  public boolean isEnabled(String id) {
    return entries.get(require(id)).enabled;
  }

  /**
   * Returns the severity a rule's findings get in this set.
   *
   * @param id the rule id, not null
   * @return the rule's default severity, or what this set overrides it with
   * @throws IllegalArgumentException if the set has no rule with that id
   */
  public Severity severity(String id) {
    return entries.get(require(id)).severity;
  }

  /**
   * Returns the settings the rules of this set use.
   *
   * @return the settings
   */
  public RuleSettings settings() {
    return settings;
  }

  /**
   * Returns the ids of the rules that {@link #validate(MeetingPlan)} runs, in order: the enabled
   * rules that apply to a plan alone.
   *
   * @return the ids
   */
  public List<String> enabledIdsForPlans() {
    return rulesRunOnPlans;
  }

  /**
   * Runs every enabled rule on an agenda and the plan it carries; findings about the plan are
   * at locations under {@code plan}, such as {@code plan.budget}.
   *
   * @param agenda the agenda, not null
   * @return the report: the rules that ran, in order, and what they found, in report order
   */
  public ValidationReport validate(Agenda agenda) {
    Objects.requireNonNull(agenda, "agenda");
    return run(enabled, new ArrayList<>(), agenda, agenda.plan(), rulesRun, nothingFound);
  }

  /**
   * Runs the enabled rules that {@linkplain Rule#appliesToPlanAlone() apply to a plan alone} on
   * a plan, such as the built-in {@code plan.*} rules: whether the plan can work before any
   * agenda follows it. Findings are at locations in the plan document, such as {@code budget}.
   *
   * @param plan the plan, not null
   * @return the report: the rules that ran, in order, and what they found, in report order
   */
  public ValidationReport validate(MeetingPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return run(enabledForPlans, new ArrayList<>(), null, plan, rulesRunOnPlans,
        nothingFoundInPlans);
  }

  private ValidationReport run(Entry[] rules, List<Finding> found,
      @org.jspecify.annotations.Nullable Agenda agenda, MeetingPlan plan, List<String> ran,
      ValidationReport nothing) {
    RuleContext context = new RuleContext(agenda, plan, settings, found);
    for (Entry entry : rules) {
      context.start(entry.id, entry.severity);
      try {
        entry.rule.check(context);
      } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
        found.add(failure(entry, e));
      }
    }
    return found.isEmpty() ? nothing : ValidationReport.of(ran, found);
  }

  private static Finding failure(Entry entry, Throwable e) {
    String reason = e.getMessage() == null || e.getMessage().isBlank()
        ? e.getClass().getName()
        : e.getClass().getName() + ": " + e.getMessage();
    return Finding.of(entry.id, Location.root(), RULE_FAILED, Arguments.builder()
            .text("rule", entry.id)
            .text("ruleClass", entry.rule.getClass().getName())
            .text("reason", reason).build())
        .withSeverity(Severity.ERROR);
  }

  private Optional<Entry> entry(String id) {
    Objects.requireNonNull(id, "id");
    for (Entry entry : entries) {
      if (entry.id.equals(id)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  private int require(String id) {
    Objects.requireNonNull(id, "id");
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).id.equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("rule set has no rule " + id + "; its rules are " + ids());
  }

  private RuleSet replace(int index, Entry entry) {
    List<Entry> copy = new ArrayList<>(entries);
    copy.set(index, entry);
    return new RuleSet(Collections.unmodifiableList(copy), settings);
  }

  /**
   * Returns a short form such as {@code RuleSet[21 rules, 20 enabled]}, for people.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "RuleSet[" + entries.size() + " rules, " + enabled.length + " enabled]";
  }

  /** One rule of a set: its id, severity, whether it runs, and whether it needs an agenda. */
  private record Entry(Rule rule, String id, Severity severity, boolean enabled,
      boolean planAlone) {
    Entry enabled(boolean on) {
      return new Entry(rule, id, severity, on, planAlone);
    }

    Entry severity(Severity to) {
      return new Entry(rule, id, to, enabled, planAlone);
    }
  }

  /** Holds the standard set, made on first use. */
  private static final class Standard {
    static final RuleSet SET = of(BuiltInRules.all());
  }
}
