package io.github.twentyminute.rules;

import io.github.twentyminute.internal.PhraseMatcher;
import io.github.twentyminute.internal.Texts;
import java.util.List;
import java.util.Optional;

/** Reads each of the {@link TextFacts} from a text, through the shared scanners. */
final class TextReader {
  private static final PhraseMatcher JOB_REQUESTS =
      new PhraseMatcher(TextFacts.JOB_REQUEST_PHRASES);
  private static final PhraseMatcher WHY = new PhraseMatcher(TextFacts.WHY_PHRASES);

  private TextReader() {}

  static int words(String text) {
    return Texts.countWords(text);
  }

  static Optional<String> jobRequest(String text) {
    return Optional.ofNullable(JOB_REQUESTS.find(text));
  }

  static List<Integer> years(String text) {
    int[] years = Texts.years(text);
    if (years.length == 0) {
      return List.of();
    }
    Integer[] boxed = new Integer[years.length];
    for (int i = 0; i < years.length; i++) {
      boxed[i] = years[i];
    }
    return List.of(boxed);
  }

  static boolean saysWhy(String text) {
    return WHY.find(text) != null;
  }
}
