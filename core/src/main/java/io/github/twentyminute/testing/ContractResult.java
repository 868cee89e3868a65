package io.github.twentyminute.testing;

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
  private final List<ContractFailure> failures;

  ContractResult(Rule rule, int agendasChecked, List<ContractFailure> failures) {
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
  public List<ContractFailure> failures() {
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
    for (ContractFailure failure : failures) {
      text.append(System.lineSeparator()).append("  ").append(failure);
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return summary();
  }
}
