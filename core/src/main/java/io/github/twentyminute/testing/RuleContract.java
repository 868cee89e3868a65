package io.github.twentyminute.testing;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.rules.Rule;
import io.github.twentyminute.rules.RuleContext;
import io.github.twentyminute.rules.RuleSet;
import io.github.twentyminute.rules.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks that a custom {@link Rule} keeps the contract every rule must keep, over many generated
 * agendas: valid ones and ones with one defect, from {@link AgendaGenerator#any(Randomness)}.
 *
 * <p>The contract: the rule has a well-formed id, a description and a default severity; it never
 * throws; it is deterministic (checking the same agenda twice, or an equal agenda, gives the same
 * findings); each finding's location points at a real element of the agenda
 * (every field, index and key of the location exists in it); and a rule that {@linkplain Rule#appliesToPlanAlone()
 * applies to a plan alone} checks the agenda's plan alone without throwing. Agenda {@code i} of a run is generated from
 * {@code Randomness.seeded(seed + i)}, and each failure names its seed, so
 * {@code RuleContract.of(rule).seed(failure.seed()).agendas(1)} checks exactly that agenda again.
 *
 * <p>Typical use, in a unit test of your rule:
 *
 * <pre>{@code
 * RuleContract.of(new NoLongItemsRule()).verify();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RuleContract {
  private static final int MAX_FAILURES = 20;

  private final Rule rule;
  private final int agendas;
  private final long seed;
  private final AgendaGenerator generator;

  private RuleContract(Rule rule, int agendas, long seed, AgendaGenerator generator) {
    this.rule = rule;
    this.agendas = agendas;
    this.seed = seed;
    this.generator = generator;
  }

  /**
   * Obtains a contract check of a rule over 500 agendas from seed 0, generated with
   * {@link AgendaGenerator#standard()}.
   *
   * @param rule the rule, not null
   * @return the contract check
   */
  public static RuleContract of(Rule rule) {
    return new RuleContract(Objects.requireNonNull(rule, "rule"), 500, 0,
        AgendaGenerator.standard());
  }

  /**
   * Returns a copy of this check over another number of agendas.
   *
   * @param count the number of agendas, at least 1
   * @return the copy
   * @throws IllegalArgumentException if the count is below 1
   */
  public RuleContract agendas(int count) {
    if (count < 1) {
      throw new IllegalArgumentException(
          "a contract check needs at least 1 agenda, but was asked for " + count);
    }
    return new RuleContract(rule, count, seed, generator);
  }

  /**
   * Returns a copy of this check starting from another seed.
   *
   * @param seed the seed of the first agenda
   * @return the copy
   */
  public RuleContract seed(long seed) {
    return new RuleContract(rule, agendas, seed, generator);
  }

  /**
   * Returns a copy of this check with agendas from another generator; the rule runs with that
   * generator's settings.
   *
   * @param generator the generator, not null
   * @return the copy
   */
  public RuleContract generator(AgendaGenerator generator) {
    return new RuleContract(rule, agendas, seed, Objects.requireNonNull(generator, "generator"));
  }

  /**
   * Runs the check. Never throws because of the rule: every way it breaks the contract is a
   * failure in the result.
   *
   * @return the result, with at most 20 failures, each naming its seed
   */
  public ContractResult check() {
    List<ContractResult.Failure> failures = new ArrayList<>();
    String id = describe(failures);
    if (id == null) {
      return new ContractResult(rule, 0, failures);
    }
    Probe probe = new Probe(rule, id);
    RuleSet set = RuleSet.of(probe).withSettings(generator.settings());
    int checked = 0;
    for (int i = 0; i < agendas && failures.size() < MAX_FAILURES; i++) {
      long agendaSeed = seed + i;
      checked++;
      Agenda agenda = generator.any(Randomness.seeded(agendaSeed));
      probe.thrown = null;
      ValidationReport first = set.validate(agenda);
      Throwable thrown = probe.thrown;
      if (thrown != null) {
        failures.add(ContractResult.Failure.at(agendaSeed, "rule " + id + " threw " + thrown
            + "; expected it to report findings through its context"));
        continue;
      }
      for (Finding finding : first.findings()) {
        if (!AgendaLocations.resolves(agenda, finding.location())) {
          failures.add(ContractResult.Failure.at(agendaSeed, "rule " + id + " reported at "
              + finding.location() + ", which is no element of the agenda; expected a location"
              + " such as items[0].planned, phases[discussion] or purpose (finding: "
              + finding.message() + ")"));
          break;
        }
      }
      checkPlanAlone(set, agenda, agendaSeed, id, probe, failures);
      ValidationReport again = set.validate(agenda);
      ValidationReport equal = set.validate(generator.any(Randomness.seeded(agendaSeed)));
      if (probe.thrown != null || !again.equals(first) || !equal.equals(first)) {
        failures.add(ContractResult.Failure.at(agendaSeed, "rule " + id + " is not deterministic:"
            + " the same agenda gave " + first.findings() + " and then "
            + (again.equals(first) ? equal.findings() : again.findings())));
      }
    }
    return new ContractResult(rule, checked, failures);
  }

  /** A rule that applies to a plan alone must check the agenda's plan alone without throwing. */
  private void checkPlanAlone(RuleSet set, Agenda agenda, long seed, String id, Probe probe,
      List<ContractResult.Failure> failures) {
    if (!probe.planAlone) {
      return;
    }
    probe.thrown = null;
    set.validate(agenda.plan());
    if (probe.thrown != null) {
      failures.add(ContractResult.Failure.at(seed, "rule " + id + " applies to a plan alone but threw "
          + probe.thrown + " on the agenda's plan; expected it to read the plan only"));
      probe.thrown = null;
    }
  }

  /**
   * Runs the check and fails if the rule breaks the contract.
   *
   * @throws AssertionError if the rule breaks the contract; the message lists each failure with
   *     its seed
   */
  public void verify() {
    ContractResult result = check();
    if (!result.passed()) {
      throw new AssertionError(result.summary());
    }
  }

  /** Checks the rule's id, description and severity; returns its id, or null if unusable. */
  private @org.jspecify.annotations.Nullable String describe(List<ContractResult.Failure> failures) {
    String id;
    try {
      id = rule.id();
      RuleSet.of(new Probe(rule, id));
    } catch (RuntimeException e) {
      failures.add(ContractResult.Failure.general("rule " + rule.getClass().getName()
          + " has no usable id: " + e.getMessage()));
      return null;
    }
    try {
      String description = rule.description();
      if (description == null || description.isBlank()) {
        failures.add(ContractResult.Failure.general(
            "rule " + id + " has a blank description; expected a sentence saying what it checks"));
      }
      if (rule.defaultSeverity() == null) {
        failures.add(ContractResult.Failure.general(
            "rule " + id + " has no default severity; expected ERROR, WARNING or INFO"));
      }
    } catch (RuntimeException e) {
      failures.add(ContractResult.Failure.general(
          "rule " + id + " threw " + e + " when asked for its description or severity"));
    }
    return id;
  }

  /** Runs the rule under test and remembers whether it threw. */
  private static final class Probe implements Rule {
    private final Rule rule;
    private final String id;
    private final Severity severity;
    final boolean planAlone;
    @org.jspecify.annotations.Nullable Throwable thrown;

    Probe(Rule rule, String id) {
      this.rule = rule;
      this.id = id;
      Severity declared;
      try {
        declared = rule.defaultSeverity();
      } catch (RuntimeException e) {
        declared = null;
      }
      this.severity = declared == null ? Severity.ERROR : declared;
      boolean alone;
      try {
        alone = rule.appliesToPlanAlone();
      } catch (RuntimeException e) {
        alone = false;
      }
      this.planAlone = alone;
    }

    @Override
    public boolean appliesToPlanAlone() {
      return planAlone;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String description() {
      return "contract probe of " + id;
    }

    @Override
    public Severity defaultSeverity() {
      return severity;
    }

    @Override
    public void check(RuleContext context) {
      try {
        rule.check(context);
      } catch (RuntimeException | Error e) {
        thrown = e;
        throw e;
      }
    }
  }
}
