package io.github.twentyminute.internal;

/**
 * Reads agenda texts the way the built-in rules do, without regular expressions or copies: words,
 * years and phrases, all case-insensitive for ASCII letters.
 */
public final class Texts {
  private static final boolean[] ASCII_WORD = new boolean[128];
  private static final boolean[] ASCII_SPACE = new boolean[128];
  private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];

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
      if (!counted && (c < 128 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c))) {
        words++;
        counted = true;
      }
    }
    return words;
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
    int[] found = new int[4];
    int count = 0;
    int n = text.length();
    for (int i = 0; i + 4 <= n; i++) {
      char c = text.charAt(i);
      if ((c != '1' && c != '2') || (i > 0 && isWordChar(text.charAt(i - 1)))) {
        continue;
      }
      if (!isDigit(text.charAt(i + 1)) || !isDigit(text.charAt(i + 2))
          || !isDigit(text.charAt(i + 3)) || (i + 4 < n && isWordChar(text.charAt(i + 4)))) {
        continue;
      }
      int year = (c - '0') * 1000 + (text.charAt(i + 1) - '0') * 100
          + (text.charAt(i + 2) - '0') * 10 + (text.charAt(i + 3) - '0');
      if (year < 1900 || year > 2099) {
        continue;
      }
      boolean seen = false;
      for (int k = 0; k < count && !seen; k++) {
        seen = found[k] == year;
      }
      if (!seen) {
        if (count == found.length) {
          found = java.util.Arrays.copyOf(found, count * 2);
        }
        found[count++] = year;
      }
    }
    return java.util.Arrays.copyOf(found, count);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
