package io.github.twentyminute.rules;

import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhaseId;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Rule} sees while it checks one agenda: the agenda and its plan, the rule
 * settings, the severity its findings get, and where to {@linkplain #report report} them.
 *
 * <p>A context is made by {@link RuleSet#validate} and is valid only during one call of
 * {@link Rule#check}; do not keep it. It is not thread-safe. New methods may be added in later
 * versions, which is why rules receive this one object rather than several parameters.
 */
public final class RuleContext {
  private static final Location ITEMS = Location.of("items");
  private static final Location PHASES = Location.of("phases");

  private final Agenda agenda;
  private final RuleSettings settings;
  private final List<Violation> found;
  private String ruleId = "";
  private Severity severity = Severity.ERROR;

  RuleContext(Agenda agenda, RuleSettings settings, List<Violation> found) {
    this.agenda = agenda;
    this.settings = settings;
    this.found = found;
  }

  void start(String ruleId, Severity severity) {
    this.ruleId = ruleId;
    this.severity = severity;
  }

  /**
   * Returns the agenda being checked.
   *
   * @return the agenda
   */
  public Agenda agenda() {
    return agenda;
  }

  /**
   * Returns the plan the agenda follows; the same as {@code agenda().plan()}.
   *
   * @return the plan
   */
  public MeetingPlan plan() {
    return agenda.plan();
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
   * Reports one finding of the rule being run, at its effective severity.
   *
   * @param path where it was found, such as {@code items[3].planned}; not null
   * @param message what was expected and what was found, with the values, such as "discussion
   *     planned for 16:30; its time box allows 12:00 to 15:00"; not null, not blank
   * @param hint how to fix it, not null, not blank
   * @throws IllegalArgumentException if the message or hint is blank
   */
  public void report(Location path, String message, String hint) {
    found.add(Violation.of(ruleId, severity, Objects.requireNonNull(path, "path"), message, hint));
  }

  /**
   * Returns the path of an item of the agenda, such as {@code items[3]}.
   *
   * @param index the zero-based index, not negative
   * @return the path
   */
  public Location item(int index) {
    return ITEMS.index(index);
  }

  /**
   * Returns the path of a phase of the plan, such as {@code phases[discussion]}.
   *
   * @param phase the phase id, not null
   * @return the path
   */
  public Location phase(PhaseId phase) {
    return PHASES.key(phase.value());
  }
}
