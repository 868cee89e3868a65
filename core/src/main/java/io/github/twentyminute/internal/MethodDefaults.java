package io.github.twentyminute.internal;

/**
 * The one home of the method's numbers that more than one engine uses: how fast people speak and
 * how much research on the counterpart the method asks for. The rules and the preparation score
 * take their defaults from here, so they never disagree about the same agenda.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class MethodDefaults {
  /** Words a minute people speak at: about 130 to 150, so 140. */
  public static final int WORDS_PER_MINUTE = 140;
  /** The slowest speaking rate a setting may have, in words a minute. */
  public static final int MIN_WORDS_PER_MINUTE = 60;
  /** The fastest speaking rate a setting may have, in words a minute. */
  public static final int MAX_WORDS_PER_MINUTE = 300;
  /**
   * Research notes on the counterpart the method asks for: one each on their background, their
   * current role and what they do now.
   */
  public static final int RESEARCH_NOTES_WANTED = 3;

  private MethodDefaults() {}

  /**
   * Returns a speaking rate if it is within {@link #MIN_WORDS_PER_MINUTE} to
   * {@link #MAX_WORDS_PER_MINUTE}, or throws saying what was expected.
   *
   * @param wordsPerMinute the rate
   * @return the rate
   * @throws IllegalArgumentException if the rate is out of range
   */
  public static int requireWordsPerMinute(int wordsPerMinute) {
    if (wordsPerMinute < MIN_WORDS_PER_MINUTE || wordsPerMinute > MAX_WORDS_PER_MINUTE) {
      throw new IllegalArgumentException("words per minute must be from " + MIN_WORDS_PER_MINUTE
          + " to " + MAX_WORDS_PER_MINUTE + " (people speak about 130 to 150), but was "
          + wordsPerMinute);
    }
    return wordsPerMinute;
  }
}
