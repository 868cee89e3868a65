package io.github.twentyminute.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InsightTests {

  @Test
  void normalisesTagsToLowerCaseHyphenatedAndSorted() {
    Insight insight = Insight.of("SQL comes before Python", " Data  Literacy", "SQL", "sql",
        "Hiring\tfrom Operations");

    assertThat(insight.tags()).containsExactly("data-literacy", "hiring-from-operations", "sql");
    assertThat(insight.itemId()).isEmpty();
  }

  @Test
  void normalisedInsightsAreEqualWhateverTheTagSpelling() {
    assertThat(Insight.of("x", "Data Literacy", "sql"))
        .isEqualTo(Insight.of("x", "SQL", "data-literacy"));
  }

  @Test
  void keepsTheItemThatDrewIt() {
    Insight insight = Insight.drawnBy("Operations people read claims better", "q3", "hiring");

    assertThat(insight.itemId()).contains("q3");
    assertThat(insight).hasToString("\"Operations people read claims better\" [hiring] (q3)");
  }

  @Test
  void rejectsBlankText() {
    assertThatThrownBy(() -> Insight.of("  ", "sql"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("insight text must not be blank");
  }

  @Test
  void rejectsBlankTag() {
    assertThatThrownBy(() -> Insight.of("SQL first", "sql", " \t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("insight tag must not be blank, but was \" \t\"");
  }
}
