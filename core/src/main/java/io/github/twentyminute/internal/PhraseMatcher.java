package io.github.twentyminute.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds whole-word phrases in a text, ignoring the case of ASCII letters, in one pass without
 * regular expressions or copies. A phrase matches where it starts and ends at word boundaries, so
 * "job" matches "a job?" but not "jobsite". Instances are immutable and thread-safe.
 *
 * <p>The phrases are kept in buckets by their first two characters, so most words are turned
 * away by one array look-up and the rest are compared with the few phrases that begin like them.
 */
public final class PhraseMatcher {
  /** The codes of second characters: 0 to 25 for letters, then these. */
  private static final int SPACE = 26;
  private static final int APOSTROPHE = 27;
  private static final int END = 62;
  private static final int OTHER = 63;
  private static final int CODES = 64;

  /** The phrases beginning with each letter and second character, in the order given. */
  private final char[][][] byFirstTwo = new char[26 * CODES][][];
  private final String[][] namesByFirstTwo = new String[26 * CODES][];

  /**
   * Obtains a matcher of lower-case phrases, each starting with an ASCII letter.
   *
   * @param phrases the phrases, such as {@code "hire me"}; not null
   * @throws IllegalArgumentException if a phrase does not start with a lower-case ASCII letter
   */
  public PhraseMatcher(List<String> phrases) {
    List<List<String>> buckets = new ArrayList<>();
    for (int i = 0; i < byFirstTwo.length; i++) {
      buckets.add(new ArrayList<>());
    }
    for (String phrase : phrases) {
      char first = phrase.isEmpty() ? ' ' : phrase.charAt(0);
      if (first < 'a' || first > 'z') {
        throw new IllegalArgumentException(
            "phrase must start with a lower-case ASCII letter, but was \"" + phrase + "\"");
      }
      if (phrase.length() == 1) {
        // A one-letter phrase may be followed by anything that ends a word, or by nothing.
        for (int second = 0; second < CODES; second++) {
          buckets.get((first - 'a') * CODES + second).add(phrase);
        }
      } else {
        buckets.get((first - 'a') * CODES + code(phrase.charAt(1))).add(phrase);
      }
    }
    for (int i = 0; i < byFirstTwo.length; i++) {
      List<String> bucket = buckets.get(i);
      if (bucket.isEmpty()) {
        continue;
      }
      namesByFirstTwo[i] = bucket.toArray(new String[0]);
      byFirstTwo[i] = new char[bucket.size()][];
      for (int j = 0; j < bucket.size(); j++) {
        byFirstTwo[i][j] = bucket.get(j).toCharArray();
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
    boolean atStart = true;
    for (int i = 0, n = text.length(); i < n; i++) {
      boolean word = Texts.isWordChar(text.charAt(i));
      if (word && atStart) {
        String phrase = at(text, i);
        if (phrase != null) {
          return phrase;
        }
      }
      atStart = !word;
    }
    return null;
  }

  /**
   * Finds the phrase that starts at a position. The caller has checked that a word starts there:
   * the character at {@code start} is a word character and the one before it, if any, is not.
   *
   * @param text the text, not null
   * @param start where a word starts, from 0 to {@code text.length() - 1}
   * @return the first phrase, in the order given to the constructor, that starts there and ends
   *     at a word boundary; or null if none does
   */
  public @Nullable String at(String text, int start) {
    int first = Texts.lower(text.charAt(start)) - 'a';
    if (first < 0 || first >= 26) {
      return null;
    }
    int bucket = first * CODES
        + (start + 1 < text.length() ? code(text.charAt(start + 1)) : END);
    char[][] candidates = byFirstTwo[bucket];
    if (candidates == null) {
      return null;
    }
    for (int k = 0; k < candidates.length; k++) {
      if (matchesAt(text, start, candidates[k])) {
        return namesByFirstTwo[bucket][k];
      }
    }
    return null;
  }

  /** Returns the bucket code of a second character, ignoring the case of ASCII letters. */
  private static int code(char c) {
    char lower = Texts.lower(c);
    if (lower >= 'a' && lower <= 'z') {
      return lower - 'a';
    }
    return lower == ' ' ? SPACE : lower == '\'' ? APOSTROPHE : OTHER;
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
