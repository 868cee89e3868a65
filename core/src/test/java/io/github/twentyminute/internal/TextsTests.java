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
  void textFactsAgreeWithTheScanners() {
    String a = "What do you wish people asked you at meetings like this?";
    String b = "Thank you again for your time and advice";
    TextFacts first = TextFacts.of(a);
    TextFacts second = TextFacts.of(b);
    assertThat(first.words()).isEqualTo(11);
    assertThat(second.words()).isEqualTo(8);
    assertThat(first.jobPhrase()).isNull();
    assertThat(TextFacts.of("Any job openings?").jobPhrase()).isEqualTo("job");
    assertThat(TextFacts.firstJobPhrase("Any job openings?")).isEqualTo("job");
    assertThat(TextFacts.firstJobPhrase("Any openings for jobs?")).isEqualTo("openings");
    assertThat(TextFacts.firstJobPhrase(a)).isNull();
    assertThat(TextFacts.of("From 2009 to 2012, which is why I asked").years())
        .containsExactly(2009, 2012);
    assertThat(TextFacts.of("From 2009 to 2012, which is why I asked").yearCount()).isEqualTo(2);
    assertThat(TextFacts.of("From 2009 to 2012, which is why I asked").saysWhy()).isTrue();
    assertThat(first.saysWhy()).isFalse();
  }

  @Test
  void textFactsGiveOutCopiesOfTheirYears() {
    TextFacts facts = TextFacts.of("In 1999 and 2001");
    facts.years()[0] = 1066;
    assertThat(facts.years()).containsExactly(1999, 2001);
  }

  @Test
  void textFactsOfEmptyAndBlankTextsHaveNothing() {
    for (String text : new String[] {"", " ", "\u00a0\t", "- -", "..."}) {
      TextFacts facts = TextFacts.of(text);
      assertThat(facts.words()).as(text).isZero();
      assertThat(facts.jobPhrase()).as(text).isNull();
      assertThat(facts.years()).as(text).isEmpty();
      assertThat(facts.saysWhy()).as(text).isFalse();
    }
  }

  @Test
  void textFactsWorkOutOnlyTheFactsAskedFor() {
    String text = "Any job openings since 2019? I'd like to know";
    TextFacts facts = TextFacts.of(text, TextFacts.JOB_PHRASE);
    assertThat(facts.words()).isEqualTo(9);
    assertThat(facts.jobPhrase()).isEqualTo("job");
    assertThatThrownBy(facts::saysWhy).isInstanceOf(IllegalStateException.class)
        .hasMessage("Impossible state: the text was not analysed for why-you-asked phrases");
    assertThatThrownBy(facts::years).isInstanceOf(IllegalStateException.class)
        .hasMessage("Impossible state: the text was not analysed for years");
    assertThatThrownBy(facts::yearCount).isInstanceOf(IllegalStateException.class)
        .hasMessage("Impossible state: the text was not analysed for years");
    TextFacts others = TextFacts.of(text, TextFacts.YEARS | TextFacts.WHY);
    assertThat(others.years()).containsExactly(2019);
    assertThat(others.saysWhy()).isTrue();
    assertThatThrownBy(others::jobPhrase).isInstanceOf(IllegalStateException.class)
        .hasMessage("Impossible state: the text was not analysed for job-request phrases");
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
  void textFactsCountWordsAsTheWordCounterDoes() {
    for (String text : List.of("claims-delay report", "'hello there", "'' - ''", "(I'd say) so",
        "x", "'", "a 'b c' d", "--x--y", "\u2019tis", "caf\u00e9 \u00e9t\u00e9",
        "\u00a0one\u2003two ")) {
      assertThat(TextFacts.of(text).words()).as(text).isEqualTo(Texts.countWords(text));
    }
    assertThat(TextFacts.of("'hello there").words()).isEqualTo(2);
    assertThat(TextFacts.of("'' - ''").words()).isZero();
    assertThat(TextFacts.of("--x--y").words()).isEqualTo(1);
  }

  @Test
  void textFactsFindYearsOnlyWhereFourDigitsStandAlone() {
    assertThat(TextFacts.of("in 19").years()).isEmpty();
    assertThat(TextFacts.of("in 199").years()).isEmpty();
    assertThat(TextFacts.of("from 1900 to 2099").years()).containsExactly(1900, 2099);
    assertThat(TextFacts.of("200x and 19x9 and 1899 and 2100").years()).isEmpty();
    assertThat(Texts.years("from 1900 to 2099, not 200x")).containsExactly(1900, 2099);
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
