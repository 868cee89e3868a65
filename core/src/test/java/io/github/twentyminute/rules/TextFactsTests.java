package io.github.twentyminute.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.internal.Texts;
import io.github.twentyminute.testing.SampleMeeting;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFactsTests {

  @Test
  void readsWordsPhrasesYearsAndWhyInOnePass() {
    String a = "What do you wish people asked you at meetings like this?";
    TextFacts first = TextFacts.of(a);
    assertThat(first.words()).isEqualTo(11);
    assertThat(first.jobRequest()).isEmpty();
    assertThat(first.years()).isEmpty();
    assertThat(first.saysWhy()).isFalse();
    assertThat(TextFacts.of("Thank you again for your time and advice").words()).isEqualTo(8);
    assertThat(TextFacts.of("Any job openings?").jobRequest()).contains("job");
    assertThat(TextFacts.of("Any openings for jobs?").jobRequest()).contains("openings");
    TextFacts story = TextFacts.of("From 2009 to 2012, which is why I asked");
    assertThat(story.years()).containsExactly(2009, 2012);
    assertThat(story.saysWhy()).isTrue();
    assertThat(story.words()).isEqualTo(9);
  }

  @Test
  void findsEveryFactInTheSameText() {
    TextFacts facts = TextFacts.of("Any job openings since 2019? I'd like to know");
    assertThat(facts.words()).isEqualTo(9);
    assertThat(facts.jobRequest()).contains("job");
    assertThat(facts.years()).containsExactly(2019);
    assertThat(facts.saysWhy()).isTrue();
  }

  @Test
  void yearsAreImmutable() {
    TextFacts facts = TextFacts.of("In 1999 and 2001");
    assertThatThrownBy(() -> facts.years().set(0, 1066))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(facts.years()).containsExactly(1999, 2001);
  }

  @Test
  void emptyAndBlankTextsHaveNothing() {
    for (String text : new String[] {"", " ", "\u00a0\t", "- -", "..."}) {
      TextFacts facts = TextFacts.of(text);
      assertThat(facts.words()).as(text).isZero();
      assertThat(facts.jobRequest()).as(text).isEmpty();
      assertThat(facts.years()).as(text).isEmpty();
      assertThat(facts.saysWhy()).as(text).isFalse();
    }
  }

  @Test
  void rejectsANullText() {
    assertThatThrownBy(() -> TextFacts.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void countsWordsAsTheWordCounterDoes() {
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
  void findsYearsOnlyWhereFourDigitsStandAlone() {
    assertThat(TextFacts.of("in 19").years()).isEmpty();
    assertThat(TextFacts.of("in 199").years()).isEmpty();
    assertThat(TextFacts.of("from 1900 to 2099").years()).containsExactly(1900, 2099);
    assertThat(TextFacts.of("from 1900 to 2099 and 1900 again").years())
        .containsExactly(1900, 2099);
    assertThat(TextFacts.of("200x and 19x9 and 1899 and 2100 and 20190 and x2015").years())
        .isEmpty();
  }

  @Test
  void printsEveryFactForDebugging() {
    assertThat(TextFacts.of("Since 2015 I'd like to hear about your job").toString()).isEqualTo(
        "TextFacts{words=9, jobRequest=\"job\", years=[2015], saysWhy=true}");
    assertThat(TextFacts.of("").toString())
        .isEqualTo("TextFacts{words=0, jobRequest=none, years=[], saysWhy=false}");
  }

  @Test
  void aValidationReadsEachTextOnceAndKeepsNothingAfterwards() {
    List<TextFacts> seen = new ArrayList<>();
    Rule reader = new NamedRule("acme.reader", Severity.INFO, "Reads the texts twice") {
      @Override
      public void check(RuleContext context) {
        TextFacts overview = context.overviewFacts();
        assertThat(context.overviewFacts()).isSameAs(overview);
        assertThat(context.purposeFacts()).isSameAs(context.purposeFacts());
        assertThat(context.itemFacts(3)).isSameAs(context.itemFacts(3))
            .isNotSameAs(context.itemFacts(4));
        seen.add(overview);
        if (overview.words() == 0) {
          context.report(Location.of("overview"), "empty", "none");
        }
      }
    };
    RuleSet set = RuleSet.of(reader, new OverviewRules.Length());
    Agenda agenda = SampleMeeting.agenda();

    assertThat(set.validate(agenda).findings()).isEmpty();
    assertThat(set.validate(agenda).findings()).isEmpty();

    assertThat(seen).hasSize(2);
    assertThat(seen.get(1)).isNotSameAs(seen.get(0));
    assertThat(seen.get(0).words()).isEqualTo(88);
    assertThat(TextFacts.of(agenda.purpose()).words()).isEqualTo(21);
  }
}
