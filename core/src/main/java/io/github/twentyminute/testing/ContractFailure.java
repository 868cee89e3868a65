package io.github.twentyminute.testing;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One way a rule broke the {@link RuleContract}: what happened, and the seed of the agenda it
 * happened on, if it was about one agenda.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ContractFailure {
  private final OptionalLong seed;
  private final String problem;

  private ContractFailure(OptionalLong seed, String problem) {
    this.seed = seed;
    this.problem = problem;
  }

  static ContractFailure at(long seed, String problem) {
    return new ContractFailure(OptionalLong.of(seed), problem);
  }

  static ContractFailure general(String problem) {
    return new ContractFailure(OptionalLong.empty(), problem);
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
    return other instanceof ContractFailure
        && ((ContractFailure) other).seed.equals(seed)
        && ((ContractFailure) other).problem.equals(problem);
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
