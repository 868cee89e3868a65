package io.github.twentyminute.internal;

/**
 * Reads agenda texts the way the built-in rules do, without regular expressions or copies: words,
 * years and phrases, all case-insensitive for ASCII letters.
 */
public final class Texts {
  private static final boolean[] ASCII_WORD = new boolean[128];
  private static final boolean[] ASCII_SPACE = new boolean[128];
  private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];

  /** No years: the shared empty array. */
  static final int[] NO_YEARS = new int[0];

  static {
    for (char c = 0; c < 128; c++) {
      boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9');
      ASCII_LETTER_OR_DIGIT[c] = letterOrDigit;
      ASCII_WORD[c] = letterOrDigit || c == '\'';
      ASCII_SPACE[c] = c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
    }
  }

  private Texts() {}

  /**
   * Counts the words of a text: runs of characters that are not white space and hold at least one
   * letter or digit, so "claims-delay" is one word and a lone dash is none.
   *
   * @param text the text, not null
   * @return the number of words
   */
  public static int countWords(String text) {
    int words = 0;
    boolean inRun = false;
    boolean counted = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        inRun = false;
        continue;
      }
      if (!inRun) {
        inRun = true;
        counted = false;
      }
      if (!counted && isLetterOrDigit(c)) {
        words++;
        counted = true;
      }
    }
    return words;
  }

  /**
   * Returns how long some number of words takes to say at a speaking rate, rounded up to the
   * whole second: the one speaking-time calculation of the library.
   *
   * @param words the number of words, zero or more, as {@link #countWords(String)} counts them
   * @param wordsPerMinute the speaking rate, at least 1
   * @return the speaking time
   * @throws IllegalArgumentException if the words are negative or the rate is below 1
   */
  public static java.time.Duration speakingTime(int words, int wordsPerMinute) {
    if (words < 0 || wordsPerMinute < 1) {
      throw new IllegalArgumentException("speaking time needs zero or more words at a rate of at"
          + " least 1 a minute, but got " + words + " words at " + wordsPerMinute);
    }
    return java.time.Duration.ofSeconds(((long) words * 60 + wordsPerMinute - 1) / wordsPerMinute);
  }

  /**
   * Checks if a character separates words.
   *
   * @param c the character
   * @return true for white space, including no-break spaces
   */
  public static boolean isSpace(char c) {
    return c < 128
        ? ASCII_SPACE[c]
        : Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Checks if a character can be part of a word for phrase matching.
   *
   * @param c the character
   * @return true for letters, digits and apostrophes
   */
  public static boolean isWordChar(char c) {
    if (c < 128) {
      return ASCII_WORD[c];
    }
    return Character.isLetterOrDigit(c) || c == '\u2019';
  }

  /**
   * Checks if a character is a letter or digit, which makes a run of characters a word.
   *
   * @param c the character
   * @return true for letters and digits of any script
   */
  static boolean isLetterOrDigit(char c) {
    return c < 128 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
  }

  /**
   * Returns an ASCII letter in lower case, any other character unchanged.
   *
   * @param c the character
   * @return the lower-case character
   */
  public static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : (c == '\u2019' ? '\'' : c);
  }

  /**
   * Collects the distinct years from 1900 to 2099 that a text mentions as four-digit numbers
   * standing alone, such as "2019" in "in 2019," but not in "20190".
   *
   * @param text the text, not null
   * @return the years in the order they first appear, may be empty
   */
  public static int[] years(String text) {
    int[] found = NO_YEARS;
    for (int i = 0, n = text.length() - 3; i < n; i++) {
      char c = text.charAt(i);
      if ((c == '1' || c == '2') && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
        int year = yearAt(text, i);
        if (year != 0) {
          found = withYear(found, year);
        }
      }
    }
    return found;
  }

  /**
   * Returns the years with one more at the end, or the same array if it holds the year already.
   *
   * @param years the years so far, not null; not changed
   * @param year the year to add
   * @return the years
   */
  static int[] withYear(int[] years, int year) {
    for (int known : years) {
      if (known == year) {
        return years;
      }
    }
    int[] grown = java.util.Arrays.copyOf(years, years.length + 1);
    grown[years.length] = year;
    return grown;
  }

  /**
   * Reads the year from 1900 to 2099 that starts at a position, if four digits standing alone
   * start there. The caller has checked that the character before is not a word character and
   * that four characters are left from the position.
   *
   * @param text the text, not null
   * @param start where the year would start, at most {@code text.length() - 4}
   * @return the year, or 0 if there is none
   */
  private static int yearAt(String text, int start) {
    int n = text.length();
    char c = text.charAt(start);
    if ((c != '1' && c != '2') || !isDigit(text.charAt(start + 1))
        || !isDigit(text.charAt(start + 2)) || !isDigit(text.charAt(start + 3))
        || (start + 4 < n && isWordChar(text.charAt(start + 4)))) {
      return 0;
    }
    int year = (c - '0') * 1000 + (text.charAt(start + 1) - '0') * 100
        + (text.charAt(start + 2) - '0') * 10 + (text.charAt(start + 3) - '0');
    return year < 1900 || year > 2099 ? 0 : year;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The most characters of a value an error message quotes. */
  public static final int EXCERPT_LENGTH = 80;

  /**
   * Returns a text short enough to quote in an error message: the text itself up to
   * {@value #EXCERPT_LENGTH} characters, else its start, an ellipsis and its length.
   *
   * @param text the text, not null
   * @return the excerpt
   */
  public static String excerpt(String text) {
    if (text.length() <= EXCERPT_LENGTH) {
      return text;
    }
    return text.substring(0, EXCERPT_LENGTH - 20) + "\u2026 (" + text.length() + " characters)";
  }
}
