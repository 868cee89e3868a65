package io.github.twentyminute.findings;

import io.github.twentyminute.internal.Ids;
import io.github.twentyminute.internal.Texts;
import java.util.Objects;

/** Checks finding ids and message keys. */
final class FindingIds {
  /** Keys are an id, optionally followed by dotted parts naming a variant of its message. */
  private static final int MAX_KEY_LENGTH = 2 * Ids.MAX_LENGTH;

  private FindingIds() {}

  static String require(String id) {
    return Ids.require(id, "finding id");
  }

  static String requireKey(String key) {
    Objects.requireNonNull(key, "key");
    if (!Ids.isValid(key, MAX_KEY_LENGTH)) {
      throw new IllegalArgumentException("message key must be 1 to " + MAX_KEY_LENGTH
          + " ASCII letters, digits, . _ or - starting with a letter or digit, such as"
          + " budget.total.no-candidate, but was \"" + Texts.excerpt(key) + "\"");
    }
    return key;
  }
}
