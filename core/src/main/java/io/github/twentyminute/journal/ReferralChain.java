package io.github.twentyminute.journal;

import io.github.twentyminute.agenda.Contact;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Who led you to whom: people you met, each introduced by the one before, such as
 * {@code Dana Reyes -> Lee Park -> Kim Lo}. See {@link ReferralGraph} for how introductions are
 * decided.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReferralChain {
  ReferralChain() {}

  /**
   * Obtains a chain.
   *
   * @param people the people, the first met without an introduction; at least two
   * @return the chain
   * @throws IllegalArgumentException if there are fewer than two people
   */
  public static ReferralChain of(List<Contact> people) {
    return ImmutableReferralChain.builder().people(people).build();
  }

  /**
   * Returns the people in the order they led to one another.
   *
   * @return the people, at least two
   */
  public abstract List<Contact> people();

  /**
   * Returns the number of introductions in the chain.
   *
   * @return the number of people minus one
   */
  public int length() {
    return people().size() - 1;
  }

  @Value.Check
  final void check() {
    if (people().size() < 2) {
      throw new IllegalArgumentException(
          "a referral chain needs at least two people, but has " + people().size());
    }
  }

  /** Returns the chain as names joined by {@code " -> "}. */
  @Override
  public String toString() {
    return people().stream().map(Contact::name).collect(Collectors.joining(" -> "));
  }
}
