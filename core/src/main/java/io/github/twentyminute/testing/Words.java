package io.github.twentyminute.testing;

import io.github.twentyminute.internal.Texts;

/** Counts words the way the {@code overview.length} rule does. */
final class Words {
  private Words() {}

  static int count(String text) {
    return Texts.countWords(text);
  }
}
