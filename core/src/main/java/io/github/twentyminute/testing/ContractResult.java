package io.github.twentyminute.testing;

import java.util.OptionalLong;
import java.util.Objects;
import io.github.twentyminute.rules.Rule;
import java.util.List;

/**
 * The result of a {@link RuleContract} check: how many agendas were checked and how the rule
 * broke the contract, if it did.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ContractResult {
  private final String ruleName;
  private final int agendasChecked;
  private final List<Failure> failures;

  ContractResult(Rule rule, int agendasChecked, List<Failure> failures) {
    String name;
    try {
      name = rule.id();
    } catch (RuntimeException e) {
      name = rule.getClass().getName();
    }
    this.ruleName = name;
    this.agendasChecked = agendasChecked;
    this.failures = List.copyOf(failures);
  }

  /**
   * Checks if the rule kept the contract on every agenda checked.
   *
   * @return true if there is no failure
   */
  public boolean passed() {
    return failures.isEmpty();
  }

  /**
   * Returns how many agendas the rule was run on; the check stops early after 20 failures.
   *
   * @return the count
   */
  public int agendasChecked() {
    return agendasChecked;
  }

  /**
   * Returns how the rule broke the contract, in the order found.
   *
   * @return the failures, may be empty
   */
  public List<Failure> failures() {
    return failures;
  }

  /**
   * Returns a summary for people, one line per failure after a headline; not for parsing.
   *
   * @return the summary
   */
  public String summary() {
    StringBuilder text = new StringBuilder("rule ").append(ruleName)
        .append(passed() ? " kept" : " broke").append(" the rule contract on ")
        .append(agendasChecked).append(agendasChecked == 1 ? " agenda" : " agendas");
    for (Failure failure : failures) {
      text.append(System.lineSeparator()).append("  ").append(failure);
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return summary();
  }

  /**
   * One way a rule broke the {@link RuleContract}: what happened, and the seed of the agenda it
   * happened on, if it was about one agenda.
   *
   * <p>Instances are immutable and thread-safe.
   */
  public static final class Failure {
    private final OptionalLong seed;
    private final String problem;

    private Failure(OptionalLong seed, String problem) {
      this.seed = seed;
      this.problem = problem;
    }

    static Failure at(long seed, String problem) {
      return new Failure(OptionalLong.of(seed), problem);
    }

    static Failure general(String problem) {
      return new Failure(OptionalLong.empty(), problem);
    }

    /**
     * Returns the seed of the agenda the failure happened on: the agenda is
     * {@code AgendaGenerator.any(Randomness.seeded(seed))} of the contract's generator.
     *
     * @return the seed, or empty if the failure is about the rule itself, such as a malformed id
     */
    public OptionalLong seed() {
      return seed;
    }

    /**
     * Returns what happened, with the values.
     *
     * @return the problem, never blank
     */
    public String problem() {
      return problem;
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object other) {
      return other instanceof Failure
          && ((Failure) other).seed.equals(seed)
          && ((Failure) other).problem.equals(problem);
    }

    @Override
    public int hashCode() {
      return Objects.hash(seed, problem);
    }

    /**
     * Returns the failure for people, such as {@code seed 17: rule x threw ...}.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return (seed.isPresent() ? "seed " + seed.getAsLong() + ": " : "") + problem;
    }
  }
}
