package io.github.twentyminute.journal;

import io.github.twentyminute.agenda.Contact;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Who gave you which names, which names became meetings, and the chains of introductions.
 *
 * <h2>Introductions and chains</h2>
 * A person you met was <em>introduced</em> by a referral when that name became their first
 * meeting in the journal and the giver's own first meeting came before it (by meeting end, then
 * record id). When several referrals qualify, the one given first introduced them (on a tie, the
 * one from the earlier meeting in meeting order, then the earlier in that meeting's ledger). Each person has at most one introduction and an introducer was
 * always met earlier, so introductions form a forest: {@link #chains()} lists every path from a
 * person met without an introduction down to a person who introduced no one, for the roots that
 * introduced someone. A person you first met on your own and who was named later is not part of
 * a chain through that later name.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReferralGraph {
  ReferralGraph() {}

  static ImmutableReferralGraph.Builder builder() {
    return ImmutableReferralGraph.builder();
  }

  /**
   * Returns every name given, in meeting order (meeting end, then record id), then in ledger
   * order.
   *
   * @return the referrals, may be empty
   */
  public abstract List<Referral> referrals();

  /**
   * Returns the referrals that introduced someone, in the order of the first meeting of the
   * person introduced.
   *
   * @return the introductions, may be empty
   */
  public abstract List<Referral> introductions();

  /**
   * Returns the chains of introductions, ordered by the first meeting of each person along the
   * chain.
   *
   * @return the chains, may be empty
   */
  public abstract List<Chain> chains();

  /**
   * Returns the referrals given by one person.
   *
   * @param name the giver's name, not null; matched by {@linkplain Journal#personKey(String)
   *     person key}
   * @return their referrals, in graph order, may be empty
   */
  public List<Referral> givenBy(String name) {
    String key = Journal.personKey(Objects.requireNonNull(name, "name"));
    return referrals().stream().filter(r -> Journal.personKey(r.from().name()).equals(key))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns how many names became meetings.
   *
   * @return the count of referrals with {@link Referral#becameMeeting()}
   */
  public int becameMeetings() {
    int count = 0;
    for (Referral referral : referrals()) {
      if (referral.becameMeeting()) {
        count++;
      }
    }
    return count;
  }

  /** Returns a short form such as {@code 5 names given, 3 became meetings, 2 chains}. */
  @Override
  public String toString() {
    return referrals().size() + " names given, " + becameMeetings() + " became meetings, "
        + chains().size() + (chains().size() == 1 ? " chain" : " chains");
  }

  /**
   * Who led you to whom: people you met, each introduced by the one before, such as
   * {@code Dana Reyes -> Lee Park -> Kim Lo}. See {@link ReferralGraph} for how introductions are
   * decided.
   *
   * <p>Instances are immutable and thread-safe.
   */
  @Value.Immutable
  public abstract static class Chain {
    Chain() {}

    /**
     * Obtains a chain.
     *
     * @param people the people, the first met without an introduction; at least two
     * @return the chain
     * @throws IllegalArgumentException if there are fewer than two people
     */
    public static Chain of(List<Contact> people) {
      return ImmutableChain.builder().people(people).build();
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
}
