package io.github.twentyminute.journal;

import io.github.twentyminute.agenda.Contact;
import org.immutables.value.Value;

/**
 * The help that went each way between you and one person, across every meeting with them, from
 * the two-way commitment ledgers and what was done when.
 *
 * <h2>What counts</h2>
 * Every commitment captured by the summary's instant counts as <em>offered</em> by its party.
 * Delivered:
 * <ul>
 *   <li>yours: a commitment whose follow-up task (deliver what you promised, make the
 *       introduction you offered) is done by the instant; advice you gave, which was delivered as
 *       you said it. An untracked promise of yours has no task, so it stays undelivered;
 *   <li>theirs: a name or advice they gave, delivered as they said it; an offer you took up (its
 *       take-up task done by the instant). Their promises count as offered but never as
 *       delivered: the follow-up records what you do, not what they do.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Reciprocity {
  Reciprocity() {}

  static ImmutableReciprocity.Builder builder() {
    return ImmutableReciprocity.builder();
  }

  /**
   * Returns the person.
   *
   * @return the person, as of the latest meeting with them
   */
  public abstract Contact person();

  /**
   * Returns how many things they offered, promised, named or advised.
   *
   * @return the count, zero or more
   */
  public abstract int theirsOffered();

  /**
   * Returns how many of those they delivered (see the class documentation).
   *
   * @return the count, at most {@link #theirsOffered()}
   */
  public abstract int theirsDelivered();

  /**
   * Returns how many things you promised, offered, named or advised.
   *
   * @return the count, zero or more
   */
  public abstract int mineOffered();

  /**
   * Returns how many of those you delivered (see the class documentation).
   *
   * @return the count, at most {@link #mineOffered()}
   */
  public abstract int mineDelivered();

  /**
   * Returns what you still owe them: your commitments not yet delivered.
   *
   * @return {@code mineOffered - mineDelivered}
   */
  public int owed() {
    return mineOffered() - mineDelivered();
  }

  /**
   * Returns the balance of help delivered: positive when they have given you more than you them.
   *
   * @return {@code theirsDelivered - mineDelivered}
   */
  public int balance() {
    return theirsDelivered() - mineDelivered();
  }

  @Value.Check
  final void check() {
    if (theirsDelivered() < 0 || theirsDelivered() > theirsOffered()) {
      throw new IllegalArgumentException(
          "reciprocity with " + person().name() + ": theirs delivered (" + theirsDelivered()
              + ") must be 0 to theirs offered (" + theirsOffered() + ")");
    }
    if (mineDelivered() < 0 || mineDelivered() > mineOffered()) {
      throw new IllegalArgumentException(
          "reciprocity with " + person().name() + ": mine delivered (" + mineDelivered()
              + ") must be 0 to mine offered (" + mineOffered() + ")");
    }
  }

  /** Returns a short form such as {@code Dana Reyes: theirs 3/4, mine 1/2, owed 1, balance +2}. */
  @Override
  public String toString() {
    return person().name() + ": theirs " + theirsDelivered() + "/" + theirsOffered() + ", mine "
        + mineDelivered() + "/" + mineOffered() + ", owed " + owed() + ", balance "
        + (balance() > 0 ? "+" : "") + balance();
  }
}
