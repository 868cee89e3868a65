package io.github.twentyminute.internal;

/**
 * Reads agenda texts the way the built-in rules do, without regular expressions or copies: words,
 * years and phrases, all case-insensitive for ASCII letters.
 */
public final class Texts {
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
      if (!counted && Character.isLetterOrDigit(c)) {
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
   * @return true for white space
   */
  public static boolean isSpace(char c) {
    return c == ' ' || (c <= '\r' && c >= '\t') || (c > 127 && Character.isWhitespace(c));
  }

  /**
   * Checks if a character can be part of a word for phrase matching.
   *
   * @param c the character
   * @return true for letters, digits and apostrophes
   */
  public static boolean isWordChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '\'';
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
}
