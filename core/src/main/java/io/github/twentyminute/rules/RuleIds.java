package io.github.twentyminute.rules;

import java.util.Objects;

/** Checks rule ids. */
final class RuleIds {
  private RuleIds() {}

  static String require(String id) {
    Objects.requireNonNull(id, "id");
    boolean ok = !id.isEmpty() && id.length() <= 128 && Character.isLetterOrDigit(id.charAt(0));
    for (int i = 0; ok && i < id.length(); i++) {
      char c = id.charAt(i);
      ok = (c < 128 && Character.isLetterOrDigit(c)) || c == '_' || c == '.' || c == '-';
    }
    if (!ok) {
      throw new IllegalArgumentException(
          "rule id must be 1 to 128 ASCII letters, digits, _ . or - starting with a letter or"
              + " digit, such as acme.no-long-items, but was \"" + id + "\"");
    }
    return id;
  }
}
