package io.github.twentyminute.json;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.ImmutableAgenda;
import io.github.twentyminute.plan.FollowUpKind;
import io.github.twentyminute.plan.FollowUpPolicy;
import io.github.twentyminute.plan.FollowUpWindow;
import io.github.twentyminute.plan.ImmutableMeetingPlan;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.rules.Path;
import io.github.twentyminute.rules.Severity;
import io.github.twentyminute.rules.ValidationReport;
import io.github.twentyminute.rules.Violation;
import io.github.twentyminute.testing.AgendaGenerator;
import io.github.twentyminute.testing.PlanGenerator;
import io.github.twentyminute.testing.Randomness;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Generators of documents for the json module's properties: the library's own plan and agenda
 * generators, driven by QuickTheories, with the texts, durations and instants varied further so
 * that escaping, Unicode and fractions of a second are exercised.
 */
final class JsonGen {
  private static final List<String> PIECES = List.of("a", "Z", "é", "ß", "日本", "\uD83D\uDE00",
      "\"", "\\", "/", "\n", "\t", "\u0001", "\u2028", " ", "{", "}", "[", "]", ",", ":", "0");

  private JsonGen() {}

  /** Adapts a library generator to QuickTheories, shrinking towards each range's low end. */
  static <T> Gen<T> of(Function<Randomness, T> generator) {
    return source -> generator.apply(
        (min, max) -> (int) source.next(Constraint.between(min, max).withShrinkPoint(min)));
  }

  static String text(Randomness r, boolean mayBeBlank) {
    StringBuilder text = new StringBuilder();
    int length = r.between(mayBeBlank ? 0 : 1, 12);
    for (int i = 0; i < length; i++) {
      text.append(r.oneOf(PIECES));
    }
    if (!mayBeBlank && text.toString().isBlank()) {
      text.append('x');
    }
    return text.toString();
  }

  static Duration duration(Randomness r) {
    return Duration.ofSeconds(r.between(0, 100_000), r.chance(30) ? r.between(0, 999_999_999) : 0);
  }

  static Instant instant(Randomness r) {
    return Instant.ofEpochSecond(r.between(0, Integer.MAX_VALUE),
        r.chance(30) ? r.between(0, 999_999_999) : 0);
  }

  static FollowUpPolicy policy(Randomness r) {
    FollowUpPolicy policy = FollowUpPolicy.standard();
    for (FollowUpKind kind : FollowUpKind.values()) {
      if (r.chance(30)) {
        Duration ideal = duration(r);
        policy = policy.withWindow(kind,
            FollowUpWindow.of(ideal, ideal.plus(duration(r)), r.between(1, 10)));
      }
    }
    return policy;
  }

  static MeetingPlan plan(Randomness r) {
    MeetingPlan plan = PlanGenerator.standard().feasible(r);
    return ImmutableMeetingPlan.copyOf(plan).withName(text(r, false))
        .withFollowUpPolicy(policy(r));
  }

  static Agenda agenda(Randomness r) {
    Agenda agenda = AgendaGenerator.standard().valid(r);
    ImmutableAgenda copy = ImmutableAgenda.copyOf(agenda)
        .withPurpose(text(r, true))
        .withOverview(text(r, true));
    if (r.nextBoolean()) {
      copy = copy.withScheduledStart(instant(r));
    }
    return copy;
  }

  static ValidationReport report(Randomness r) {
    List<String> rules = new ArrayList<>();
    int ruleCount = r.between(0, 6);
    for (int i = 0; i < ruleCount; i++) {
      rules.add("rule-" + i + "." + r.oneOf(List.of("total", "timebox", "order")));
    }
    List<Violation> violations = new ArrayList<>();
    int count = rules.isEmpty() ? 0 : r.between(0, 6);
    for (int i = 0; i < count; i++) {
      Path path = r.nextBoolean() ? Path.root()
          : Path.of(r.oneOf(List.of("items", "phases", "purpose"))).index(r.between(0, 20));
      violations.add(Violation.of(r.oneOf(rules), r.oneOf(List.of(Severity.values())), path,
          text(r, false), text(r, false)));
    }
    return ValidationReport.of(rules, violations);
  }
}
