package io.github.twentyminute.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTests {

  @Test
  void countsRunsHoldingALetterOrDigitAsWords() {
    assertThat(Texts.countWords("")).isZero();
    assertThat(Texts.countWords("  \t\n ")).isZero();
    assertThat(Texts.countWords("claims-delay report - I'd say 2019")).isEqualTo(5);
    assertThat(Texts.countWords("one\u00a0two\u2003three")).isEqualTo(3);
  }

  @Test
  void findsStandaloneYearsOnceEach() {
    assertThat(Texts.years("From 2009 to 2012, then 2012 again and 1899, 2100, 20190, x2015"))
        .containsExactly(2009, 2012);
    assertThat(Texts.years("1990 1991 1992 1993 1994 1995")).hasSize(6);
    assertThat(Texts.years("no years")).isEmpty();
  }

  @Test
  void matchesWholeWordPhrasesIgnoringCase() {
    PhraseMatcher matcher = new PhraseMatcher(List.of("job", "hire me", "i'd like to"));
    assertThat(matcher.find("Any JOB?")).isEqualTo("job");
    assertThat(matcher.find("jobsite and a blowjob")).isNull();
    assertThat(matcher.find("Would you hire   me")).isNull();
    assertThat(matcher.find("please hire me.")).isEqualTo("hire me");
    assertThat(matcher.find("I\u2019d like to learn")).isEqualTo("i'd like to");
    assertThat(matcher.find("")).isNull();
    assertThatThrownBy(() -> new PhraseMatcher(List.of("Job")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phrase must start with a lower-case ASCII letter, but was \"Job\"");
  }

  @Test
  void textFactsAgreeWithTheScannersAndSurviveTextsSharingASlot() {
    // These two texts pick the same pair of slots in the memo table.
    String a = "What do you wish people asked you at meetings like this?";
    String b = "Thank you again for your time and advice";
    for (int round = 0; round < 3; round++) {
      TextFacts first = TextFacts.of(a);
      TextFacts second = TextFacts.of(b);
      assertThat(first.words()).isEqualTo(11);
      assertThat(second.words()).isEqualTo(8);
      assertThat(first.jobPhrase()).isNull();
      assertThat(TextFacts.of(new String("Any job openings?")).jobPhrase()).isEqualTo("job");
      assertThat(TextFacts.of("From 2009 to 2012, which is why I asked").years())
          .containsExactly(2009, 2012);
      assertThat(TextFacts.of("From 2009 to 2012, which is why I asked").saysWhy()).isTrue();
      assertThat(first.saysWhy()).isFalse();
      assertThat(TextFacts.of(a)).isSameAs(first);
    }
  }
}
