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
    assertThat(Texts.years("in 199")).isEmpty();
    assertThat(Texts.years("2019")).containsExactly(2019);
    assertThat(Texts.years("x 2019")).containsExactly(2019);
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
  void findsPhrasesOnlyWhereWordsStart() {
    PhraseMatcher matcher = new PhraseMatcher(List.of("job", "jobs", "hire me"));
    assertThat(matcher.at("jobs", 0)).isEqualTo("jobs");
    assertThat(matcher.at("Job.", 0)).isEqualTo("job");
    assertThat(matcher.at("a hire me", 2)).isEqualTo("hire me");
    assertThat(matcher.at("a hire mentor", 2)).isNull();
    assertThat(matcher.at("9 jobs", 0)).isNull();
    assertThat(matcher.at("\u00e9job", 0)).isNull();
  }

  @Test
  void classifiesCharactersAtTheEdgesOfAscii() {
    assertThat(Texts.isSpace('\u0080')).isFalse();
    assertThat(Texts.isSpace('\u00a0')).isTrue();
    assertThat(Texts.isSpace('\u2028')).isTrue();
    assertThat(Texts.isSpace('\u00e9')).isFalse();
    assertThat(Texts.isWordChar('\u0080')).isFalse();
    assertThat(Texts.isWordChar('\u2019')).isTrue();
    assertThat(Texts.isWordChar('\u00e9')).isTrue();
    assertThat(Texts.isWordChar('\u2014')).isFalse();
    assertThat(Texts.isLetterOrDigit('\u0080')).isFalse();
    assertThat(Texts.isLetterOrDigit('\u00e9')).isTrue();
    assertThat(Texts.isLetterOrDigit('\'')).isFalse();
    assertThat(Texts.lower('A')).isEqualTo('a');
    assertThat(Texts.lower('Z')).isEqualTo('z');
    assertThat(Texts.lower('@')).isEqualTo('@');
    assertThat(Texts.lower('[')).isEqualTo('[');
    assertThat(Texts.lower('\u2019')).isEqualTo('\'');
  }

  @Test
  void matchesOneLetterPhrasesAndPhrasesAtTheEndsOfTheAlphabet() {
    assertThat(new PhraseMatcher(List.of("z")).find("from a to z")).isEqualTo("z");
    PhraseMatcher matcher = new PhraseMatcher(List.of("i", "apple", "zoo"));
    assertThat(matcher.find("so i")).isEqualTo("i");
    assertThat(matcher.find("I, then")).isEqualTo("i");
    assertThat(matcher.find("it is")).isNull();
    assertThat(matcher.find("an Apple")).isEqualTo("apple");
    assertThat(matcher.find("the zoo.")).isEqualTo("zoo");
    assertThat(matcher.at("{oo", 0)).isNull();
    assertThat(matcher.at("`pple", 0)).isNull();
    assertThatThrownBy(() -> new PhraseMatcher(List.of("`a")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PhraseMatcher(List.of("{a")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PhraseMatcher(List.of("")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phrase must start with a lower-case ASCII letter, but was \"\"");
  }
}
