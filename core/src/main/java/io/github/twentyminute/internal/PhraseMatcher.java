package io.github.twentyminute.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds whole-word phrases in a text, ignoring the case of ASCII letters, in one pass without
 * regular expressions or copies. A phrase matches where it starts and ends at word boundaries, so
 * "job" matches "a job?" but not "jobsite". Instances are immutable and thread-safe.
 */
public final class PhraseMatcher {
  private final char[][][] byFirstLetter = new char[26][][];
  private final String[][] namesByFirstLetter = new String[26][];

  /**
   * Obtains a matcher of lower-case phrases, each starting with an ASCII letter.
   *
   * @param phrases the phrases, such as {@code "hire me"}; not null
   * @throws IllegalArgumentException if a phrase does not start with a lower-case ASCII letter
   */
  public PhraseMatcher(List<String> phrases) {
    List<List<String>> buckets = new ArrayList<>();
    for (int i = 0; i < 26; i++) {
      buckets.add(new ArrayList<>());
    }
    for (String phrase : phrases) {
      char first = phrase.isEmpty() ? ' ' : phrase.charAt(0);
      if (first < 'a' || first > 'z') {
        throw new IllegalArgumentException(
            "phrase must start with a lower-case ASCII letter, but was \"" + phrase + "\"");
      }
      buckets.get(first - 'a').add(phrase);
    }
    for (int i = 0; i < 26; i++) {
      List<String> bucket = buckets.get(i);
      byFirstLetter[i] = new char[bucket.size()][];
      namesByFirstLetter[i] = bucket.toArray(new String[0]);
      for (int j = 0; j < bucket.size(); j++) {
        byFirstLetter[i][j] = bucket.get(j).toCharArray();
      }
    }
  }

  /**
   * Finds the first phrase in a text.
   *
   * @param text the text, not null
   * @return the phrase as given to the constructor, or null if none occurs
   */
  public @Nullable String find(String text) {
    int n = text.length();
    boolean atStart = true;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean word = Texts.isWordChar(c);
      if (word && atStart) {
        char lower = Texts.lower(c);
        if (lower >= 'a' && lower <= 'z') {
          char[][] candidates = byFirstLetter[lower - 'a'];
          for (int k = 0; k < candidates.length; k++) {
            if (matchesAt(text, i, candidates[k])) {
              return namesByFirstLetter[lower - 'a'][k];
            }
          }
        }
      }
      atStart = !word;
    }
    return null;
  }

  private static boolean matchesAt(String text, int start, char[] phrase) {
    int end = start + phrase.length;
    if (end > text.length()) {
      return false;
    }
    for (int j = 1; j < phrase.length; j++) {
      if (Texts.lower(text.charAt(start + j)) != phrase[j]) {
        return false;
      }
    }
    return end == text.length() || !Texts.isWordChar(text.charAt(end));
  }
}
