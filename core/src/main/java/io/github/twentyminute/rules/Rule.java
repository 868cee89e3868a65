package io.github.twentyminute.rules;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A check of an agenda, or of a plan: the service provider interface for custom rules.
 *
 * <p>A rule has a stable {@linkplain #id() id} (such as {@code budget.total} or
 * {@code acme.no-long-items}), says what it checks, has a default severity, and {@linkplain
 * #check(RuleContext) checks} one agenda at a time, reporting each finding through the context
 * as a {@link io.github.twentyminute.findings.Finding}: a location, typed arguments (durations,
 * counts, ids) and the key of a message template, rendered in the reader's language by a
 * {@link io.github.twentyminute.findings.Renderer}. A rule written for one team may report a
 * message and a hint in its own words instead ({@link RuleContext#report(Location, String,
 * String)}), as the one-line rules of {@link #of} and {@link #forEachItem} do. Run rules with a
 * {@link RuleSet}; {@link RuleSet#standard()} holds the built-in ones ({@link BuiltInRules}).
 *
 * <p>Implementations must be stateless and thread-safe, must be deterministic (the same agenda
 * always gives the same findings), and should report rather than throw: a rule that throws
 * becomes one {@link Severity#ERROR} finding naming the rule and the exception, and the other
 * rules still run. Check a rule against these expectations with
 * {@code io.github.twentyminute.testing.RuleContract}.
 *
 * <p>To have {@link RuleSet#withDiscovered()} find a rule, give it a public no-argument
 * constructor and list it in {@code META-INF/services/io.github.twentyminute.rules.Rule} (or
 * {@code provides io.github.twentyminute.rules.Rule with ...} in a module).
 */
public interface Rule {

  /**
   * Returns the stable id, used in reports and to configure a {@link RuleSet}.
   *
   * @return the id: a letter or digit, then letters, digits, {@code _ . -}; at most 128
   *     characters
   */
  String id();

  /**
   * Returns what the rule checks, in a sentence for people.
   *
   * @return the description, never blank
   */
  String description();

  /**
   * Returns the severity of this rule's findings unless a {@link RuleSet} overrides it.
   *
   * @return the default severity
   */
  Severity defaultSeverity();

  /**
   * Checks one agenda, or one plan alone if the rule {@linkplain #appliesToPlanAlone() applies
   * to a plan alone}, reporting each finding through one of the {@code report} methods of the
   * context.
   *
   * @param context the agenda or plan, the settings and where to report; not null, valid only
   *     during this call
   */
  void check(RuleContext context);

  /**
   * Checks if this rule reads the plan only, so that it also checks a plan without an agenda
   * ({@link RuleSet#validate(io.github.twentyminute.plan.MeetingPlan)}). Such a rule reads
   * {@link RuleContext#plan()}, never {@link RuleContext#agenda()}, and reports at locations
   * under {@link RuleContext#planLocation()}. On an agenda it checks the agenda's plan. The
   * built-in {@code plan.*} rules apply to a plan alone; every other rule needs an agenda, which
   * is the default.
   *
   * @return true if the rule needs no agenda; false unless overridden
   */
  default boolean appliesToPlanAlone() {
    return false;
  }

  /**
   * Obtains a rule in one line from a condition the whole agenda must meet. When the condition
   * does not hold, the rule reports one finding at the root {@code $}, in the author's words:
   * the message the function gives and a hint saying the rule's description.
   *
   * @param id the rule id, not null
   * @param severity the default severity, not null
   * @param holds the condition a good agenda meets, not null
   * @param message what was expected and what was found in an agenda that fails the condition,
   *     not null
   * @param description what the rule checks, also the hint of its findings; not null, not blank
   * @return the rule
   * @throws IllegalArgumentException if the id is malformed or the description blank
   */
  static Rule of(String id, Severity severity, Predicate<? super Agenda> holds,
      Function<? super Agenda, String> message, String description) {
    Objects.requireNonNull(holds, "holds");
    Objects.requireNonNull(message, "message");
    String hint = "Change the agenda so that it meets rule " + id + ": " + description;
    return new NamedRule(id, severity, description) {
      @Override
      public void check(RuleContext context) {
        Agenda agenda = context.agenda();
        if (!holds.test(agenda)) {
          context.report(Location.root(), message.apply(agenda), hint);
        }
      }
    };
  }

  /**
   * Obtains a rule in one line from a condition every item must meet. Each item that does not
   * meet it gives one finding at its location, such as {@code items[4]}, in the author's words:
   * the message the function gives and the hint.
   *
   * @param id the rule id, not null
   * @param severity the default severity, not null
   * @param holds the condition a good item meets, not null
   * @param message what was expected and what was found for an item that fails the condition,
   *     not null
   * @param hint how to fix such an item, not null, not blank; also the rule's description
   * @return the rule
   * @throws IllegalArgumentException if the id is malformed or the hint blank
   */
  static Rule forEachItem(String id, Severity severity, Predicate<? super AgendaItem> holds,
      Function<? super AgendaItem, String> message, String hint) {
    Objects.requireNonNull(holds, "holds");
    Objects.requireNonNull(message, "message");
    return new NamedRule(id, severity, hint) {
      @Override
      public void check(RuleContext context) {
        List<AgendaItem> items = context.agenda().items();
        for (int i = 0; i < items.size(); i++) {
          AgendaItem item = items.get(i);
          if (!holds.test(item)) {
            context.report(context.item(i), message.apply(item), hint);
          }
        }
      }
    };
  }
}
