package io.github.twentyminute.agenda;

import java.util.regex.Pattern;

/** Checks the ids of agenda elements. */
final class Ids {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  private Ids() {}

  static void require(String id, String field) {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          field + " must be 1 to 64 letters, digits, _ or - starting with a letter or digit, but"
              + " was \"" + id + "\"");
    }
  }
}
