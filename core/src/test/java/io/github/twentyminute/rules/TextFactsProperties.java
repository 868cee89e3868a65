package io.github.twentyminute.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TextFactsProperties {
  /**
   * Pieces that agenda texts are made of, chosen to sit on every boundary the scanners draw:
   * phrases and near misses, years and near misses, apostrophes, no-break and other spaces,
   * non-ASCII letters and punctuation.
   */
  private static final List<String> PIECES = List.of(
      "job", "Jobs", "JOB", "jobsite", "a", "I", "i", "'", "\u2019", "d", "I'd", "I\u2019d",
      "like", "to", "hire", "me", "Hire me", "hire  me", "my", "CV", "resume", "position",
      "positions", "opening", "vacancies", "refer", "recommend", "work", "for", "you", "apply",
      "applying", "employ", "which", "is", "why", "that's", "that", "reason", "asked", "hoping",
      "learn", "am", "want", "hope", "1899", "1900", "2019", "2099", "2100", "20190", "x2015",
      "2015x", "1", "2", "19", "199", "-", ",", ".", "?", "(", ")", "claims-delay", "\u00e9",
      "caf\u00e9", "\u4e2d", "\u00a0", "\u2003", "\t", "\n", " ", " ", " ", " ");

  /** A word character: a letter or digit of any script, or an apostrophe. */
  private static final String WORD_CHAR = "[\\p{L}\\p{Nd}'\u2019]";
  private static final Pattern JOB = phrases(TextFacts.JOB_REQUEST_PHRASES);
  private static final Pattern WHY = phrases(TextFacts.WHY_PHRASES);
  private static final Pattern YEAR =
      Pattern.compile("(?<!" + WORD_CHAR + ")(19[0-9]{2}|20[0-9]{2})(?!" + WORD_CHAR + ")");

  /**
   * The plain statement of what the scanners find, as a regular expression: the leftmost phrase
   * that stands as whole words, the first listed of those starting there, ignoring the case of
   * ASCII letters, a typographic apostrophe standing for a plain one.
   */
  private static Pattern phrases(List<String> phrases) {
    String alternatives = phrases.stream()
        .map(p -> Pattern.quote(p).replace("'", "\\E['\u2019]\\Q"))
        .collect(Collectors.joining("|"));
    return Pattern.compile("(?<!" + WORD_CHAR + ")(?:" + alternatives + ")(?!" + WORD_CHAR + ")",
        Pattern.CASE_INSENSITIVE);
  }

  private static Optional<String> first(Pattern pattern, List<String> phrases, String text) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String found = m.group().toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
    return Optional.of(phrases.get(phrases.indexOf(found)));
  }

  private static int words(String text) {
    int words = 0;
    for (String run : text.split("[\\s\\p{Zs}\\u2028\\u2029]+")) {
      if (run.chars().anyMatch(Character::isLetterOrDigit)) {
        words++;
      }
    }
    return words;
  }

  private static List<Integer> years(String text) {
    List<Integer> years = new ArrayList<>();
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      int year = Integer.parseInt(m.group(1));
      if (!years.contains(year)) {
        years.add(year);
      }
    }
    return years;
  }

  private static Gen<String> texts() {
    return lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 40)
        .map(indexes -> {
          StringBuilder text = new StringBuilder();
          for (int index : indexes) {
            text.append(PIECES.get(index));
          }
          return text.toString();
        });
  }

  @Test
  void theFactsAreWhatTheirPlainDefinitionsSay() {
    qt().withFixedSeed(31).withExamples(20_000)
        .forAll(texts())
        .checkAssert(text -> {
          TextFacts facts = TextFacts.of(text);
          assertThat(facts.words()).as("words of \"%s\"", text).isEqualTo(words(text));
          assertThat(facts.years()).as("years of \"%s\"", text).isEqualTo(years(text));
          assertThat(facts.jobRequest()).as("job request in \"%s\"", text)
              .isEqualTo(first(JOB, TextFacts.JOB_REQUEST_PHRASES, text));
          assertThat(facts.saysWhy()).as("why in \"%s\"", text)
              .isEqualTo(first(WHY, TextFacts.WHY_PHRASES, text).isPresent());
        });
  }

  @Test
  void theOraclesSeeWhatTheyShould() {
    assertThat(words("claims-delay report - I'd\u00a0say\u20032019")).isEqualTo(5);
    assertThat(years("in 2019, 20190, x2015 and 2019 and 1900")).containsExactly(2019, 1900);
    assertThat(first(JOB, TextFacts.JOB_REQUEST_PHRASES, "Any JOBS? a job")).contains("jobs");
    assertThat(first(WHY, TextFacts.WHY_PHRASES, "so I\u2019d like to")).contains("i'd like to");
    assertThat(first(JOB, TextFacts.JOB_REQUEST_PHRASES, "jobsite hire  me")).isEmpty();
  }
}
