package io.github.twentyminute.json;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps a document id to the name of its file in a store and back: case-preserving,
 * collision-free, and safe on every file system the store runs on.
 *
 * <p>An id is the core's id grammar: 1 to 64 ASCII letters, digits, {@code .}, {@code _} and
 * {@code -}, starting with a letter or digit, case kept. Its file name is the id with each
 * upper-case letter written as {@code ^} and the letter in lower case, a {@code ^} after a stem
 * (the part before the first dot) that Windows reserves for a device ({@code con}, {@code nul},
 * {@code com1}, ...), and {@code .json}: {@code Mixed-Case} is in {@code ^mixed-^case.json},
 * {@code con} in {@code con^.json}. File names hold no upper-case letter, so two ids that differ
 * only in case never meet on a case-insensitive file system, and the id of an older store (lower
 * case, no dots) is its own file name, so those directories load as they are. Stateless.
 */
final class StoreFileNames {
  /** The longest id, in characters. */
  static final int MAX_ID_LENGTH = 64;
  /** The syntax of an id, as a regular expression. */
  static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
  /** The ending of every entry file. */
  static final String SUFFIX = ".json";

  private static final Pattern ID = Pattern.compile(ID_PATTERN);
  private static final Pattern RESERVED = Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");
  private static final char ESCAPE = '^';

  private StoreFileNames() {}

  /** Checks if a text is a valid id. */
  static boolean isValidId(String id) {
    return ID.matcher(id).matches();
  }

  /**
   * Returns the id if valid.
   *
   * @throws IllegalArgumentException if it is not, saying what an id is
   */
  static String checkId(String id) {
    Objects.requireNonNull(id, "id");
    if (!isValidId(id)) {
      throw new IllegalArgumentException("document id must be 1 to " + MAX_ID_LENGTH
          + " ASCII letters, digits, ., _ or -, starting with a letter or digit (no path"
          + " separators), but was " + StrictReader.quote(id)
          + (id.length() > MAX_ID_LENGTH ? " (" + id.length() + " characters)" : ""));
    }
    return id;
  }

  /** Returns the file name of a valid id. */
  static String fileName(String id) {
    StringBuilder name = new StringBuilder(id.length() + 12);
    int stemEnd = -1;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '.' && stemEnd < 0) {
        stemEnd = name.length();
      }
      if (c >= 'A' && c <= 'Z') {
        name.append(ESCAPE).append((char) (c + ('a' - 'A')));
      } else {
        name.append(c);
      }
    }
    if (stemEnd < 0) {
      stemEnd = name.length();
    }
    if (RESERVED.matcher(name.subSequence(0, stemEnd)).matches()) {
      name.insert(stemEnd, ESCAPE);
    }
    return name.append(SUFFIX).toString();
  }

  /**
   * Returns the id whose file has this name.
   *
   * @return the id, or empty if no id maps to the name (a file that is not the store's)
   */
  static Optional<String> idOf(String fileName) {
    if (!fileName.endsWith(SUFFIX)) {
      return Optional.empty();
    }
    String body = fileName.substring(0, fileName.length() - SUFFIX.length());
    StringBuilder id = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != ESCAPE) {
        id.append(c);
      } else if (i + 1 < body.length() && body.charAt(i + 1) >= 'a'
          && body.charAt(i + 1) <= 'z') {
        id.append(body.substring(i + 1, i + 2).toUpperCase(Locale.ROOT));
        i++;
      }
    }
    String decoded = id.toString();
    return isValidId(decoded) && fileName(decoded).equals(fileName)
        ? Optional.of(decoded) : Optional.empty();
  }
}
