package io.github.twentyminute.internal;

import java.util.Objects;

/**
 * The one grammar of every id in the library: item, cue, phase, rule, finding, commitment and
 * record ids. An id is 1 to 64 ASCII letters, digits, {@code .}, {@code _} or {@code -}, starting
 * with a letter or digit, such as {@code q1}, {@code discussion} or {@code budget.total}. Case is
 * kept and matters: {@code Dana} and {@code dana} are two ids.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Ids {
  /** The longest id, in characters. */
  public static final int MAX_LENGTH = 64;

  private Ids() {}

  /**
   * Checks if a text is a valid id.
   *
   * @param id the text, not null
   * @return true if it follows the grammar
   */
  public static boolean isValid(String id) {
    return isValid(id, MAX_LENGTH);
  }

  /**
   * Checks if a text follows the id grammar up to a given length.
   *
   * @param id the text, not null
   * @param maxLength the longest allowed
   * @return true if it follows the grammar
   */
  public static boolean isValid(String id, int maxLength) {
    Objects.requireNonNull(id, "id");
    int n = id.length();
    if (n == 0 || n > maxLength || !letterOrDigit(id.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = id.charAt(i);
      if (!letterOrDigit(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean letterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * Returns the id if valid, or throws saying what an id must be.
   *
   * @param id the text, not null
   * @param what what the id names, such as {@code item id}, for the message
   * @return the id
   * @throws IllegalArgumentException if the id does not follow the grammar
   */
  public static String require(String id, String what) {
    Objects.requireNonNull(id, what);
    if (!isValid(id)) {
      throw new IllegalArgumentException(what + " must be 1 to " + MAX_LENGTH + " ASCII letters,"
          + " digits, . _ or - starting with a letter or digit, such as q1 or budget.total, but"
          + " was \"" + Texts.excerpt(id) + "\"");
    }
    return id;
  }
}
