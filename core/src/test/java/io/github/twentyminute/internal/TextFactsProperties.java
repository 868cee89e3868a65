package io.github.twentyminute.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
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

  private static final PhraseMatcher JOB = new PhraseMatcher(TextFacts.JOB_PHRASES);
  private static final PhraseMatcher WHY = new PhraseMatcher(TextFacts.WHY_PHRASES);

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
  void onePassAgreesWithEachScannerAlone() {
    qt().withFixedSeed(31).withExamples(20_000)
        .forAll(texts())
        .checkAssert(text -> {
          TextFacts facts = TextFacts.of(text);
          assertThat(facts.words()).as("words of \"%s\"", text).isEqualTo(Texts.countWords(text));
          assertThat(facts.years()).as("years of \"%s\"", text).containsExactly(Texts.years(text));
          assertThat(facts.yearCount()).isEqualTo(Texts.years(text).length);
          assertThat(facts.jobPhrase()).as("job phrase of \"%s\"", text)
              .isEqualTo(JOB.find(text)).isEqualTo(TextFacts.firstJobPhrase(text));
          assertThat(facts.saysWhy()).as("why in \"%s\"", text).isEqualTo(WHY.find(text) != null);
        });
  }
}
