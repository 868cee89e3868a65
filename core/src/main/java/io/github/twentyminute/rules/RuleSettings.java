package io.github.twentyminute.rules;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * The settings of the built-in rules, each with a documented default: how fast people speak,
 * how long a prepared question takes, how many questions and research notes the method expects,
 * and the limits of the overview and purpose heuristics.
 *
 * <table>
 *   <caption>Settings and their defaults</caption>
 *   <tr><th>setting</th><th>default</th><th>used by</th></tr>
 *   <tr><td>{@link #wordsPerMinute()}</td><td>140 (people speak about 130 to 150)</td>
 *       <td>{@code overview.length}</td></tr>
 *   <tr><td>{@link #questionPace()}</td><td>2:00 a question</td>
 *       <td>{@code discussion.questions}</td></tr>
 *   <tr><td>{@link #minimumQuestions()}</td><td>3</td><td>{@code discussion.questions}</td></tr>
 *   <tr><td>{@link #minimumResearchNotes()}</td><td>2</td>
 *       <td>{@code homework.counterpart}</td></tr>
 *   <tr><td>{@link #maximumOverviewYears()}</td><td>3</td>
 *       <td>{@code overview.not-resume}</td></tr>
 *   <tr><td>{@link #maximumPurposeWords()}</td><td>50</td><td>{@code agenda.purpose}</td></tr>
 * </table>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class RuleSettings {
  private static final RuleSettings DEFAULTS = builder().build();

  RuleSettings() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RuleSettings}; {@code build()} checks the value and refuses an invalid one.
   */
  public static final class Builder extends ImmutableRuleSettings.Builder {
    Builder() {}
  }

  /**
   * Returns the settings with every default.
   *
   * @return the default settings
   */
  public static RuleSettings defaults() {
    return DEFAULTS;
  }

  /**
   * Returns how many words a minute you speak, used to time the career overview.
   *
   * @return the pace, from 60 to 300; 140 unless set otherwise
   */
  @Value.Default
  public int wordsPerMinute() {
    return 140;
  }

  /**
   * Returns how long one prepared question takes with its answer; the discussion's maximum
   * divided by this is the most questions it can hold.
   *
   * @return the time a question takes, positive; 2:00 unless set otherwise
   */
  @Value.Default
  public Duration questionPace() {
    return Duration.ofMinutes(2);
  }

  /**
   * Returns the fewest prepared questions a discussion should have.
   *
   * @return the minimum, zero or more; 3 unless set otherwise
   */
  @Value.Default
  public int minimumQuestions() {
    return 3;
  }

  /**
   * Returns the fewest research notes on the counterpart that count as homework done.
   *
   * @return the minimum, zero or more; 2 unless set otherwise
   */
  @Value.Default
  public int minimumResearchNotes() {
    return 2;
  }

  /**
   * Returns the most distinct years (such as 2019) a career overview may mention before it
   * reads as a resume recital.
   *
   * @return the maximum, zero or more; 3 unless set otherwise
   */
  @Value.Default
  public int maximumOverviewYears() {
    return 3;
  }

  /**
   * Returns the most words the purpose statement may have; it should be one sentence.
   *
   * @return the maximum, at least 1; 50 unless set otherwise
   */
  @Value.Default
  public int maximumPurposeWords() {
    return 50;
  }

  /**
   * Returns the most prepared questions a discussion of the given length can hold at
   * {@link #questionPace()}.
   *
   * @param discussion the discussion's time, not null
   * @return the whole number of questions that fit, zero or more
   */
  public long questionsThatFit(Duration discussion) {
    return discussion.toMillis() / questionPace().toMillis();
  }

  /**
   * Returns how long a text of some number of words takes to say at {@link #wordsPerMinute()},
   * rounded up to the whole second.
   *
   * @param words the number of words, zero or more
   * @return the speaking time
   */
  public Duration speakingTime(int words) {
    return Duration.ofSeconds(((long) words * 60 + wordsPerMinute() - 1) / wordsPerMinute());
  }

  /**
   * Returns the most words that can be said in some time at {@link #wordsPerMinute()}.
   *
   * @param time the time, not null
   * @return the number of words, zero or more
   */
  public int wordsIn(Duration time) {
    return (int) Math.min(Integer.MAX_VALUE, time.getSeconds() * wordsPerMinute() / 60);
  }

  @Value.Check
  final void check() {
    if (wordsPerMinute() < 60 || wordsPerMinute() > 300) {
      throw new IllegalArgumentException(
          "words per minute must be from 60 to 300 (people speak about 130 to 150), but was "
              + wordsPerMinute());
    }
    if (questionPace().isNegative() || questionPace().toMillis() <= 0) {
      throw new IllegalArgumentException(
          "question pace must be at least a millisecond, but was " + questionPace());
    }
    requireAtLeast(minimumQuestions(), 0, "minimum questions");
    requireAtLeast(minimumResearchNotes(), 0, "minimum research notes");
    requireAtLeast(maximumOverviewYears(), 0, "maximum overview years");
    requireAtLeast(maximumPurposeWords(), 1, "maximum purpose words");
  }

  private static void requireAtLeast(int value, int least, String field) {
    if (value < least) {
      throw new IllegalArgumentException(
          field + " must be at least " + least + ", but was " + value);
    }
  }
}
