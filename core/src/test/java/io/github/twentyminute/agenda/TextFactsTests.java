package io.github.twentyminute.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.internal.Texts;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
  void equalTextsHaveEqualFacts() {
    TextFacts facts = TextFacts.of("Since 2015 I'd like to hear about your job");
    TextFacts same = TextFacts.of("since 2015 I'd like to hear about your JOB");
    assertThat(facts).isEqualTo(same).hasSameHashCodeAs(same).isEqualTo(facts);
    assertThat(facts).isNotEqualTo(TextFacts.of("Since 2015 I'd like to hear about your work"))
        .isNotEqualTo(TextFacts.of("Since 2016 I'd like to hear about your job"))
        .isNotEqualTo(TextFacts.of("Since 2015 I'd like to hear about your job today"))
        .isNotEqualTo(TextFacts.of("Since 2015 I would hear about your job"))
        .isNotEqualTo("Since 2015 I'd like to hear about your job");
    assertThat(facts.toString()).isEqualTo(
        "TextFacts{words=9, jobRequest=\"job\", years=[2015], saysWhy=true}");
    assertThat(TextFacts.of("").toString())
        .isEqualTo("TextFacts{words=0, jobRequest=none, years=[], saysWhy=false}");
  }

  @Test
  void factsOfDifferentTextsSpreadOverHashCodes() {
    java.util.Set<Integer> codes = new java.util.HashSet<>();
    for (int words = 1; words <= 50; words++) {
      codes.add(TextFacts.of("word ".repeat(words)).hashCode());
    }
    assertThat(codes).hasSizeGreaterThan(45);
  }

  @Test
  void anAgendaReadsEachOfItsTextsOnceAndKeepsTheFacts() {
    Agenda agenda = SampleMeeting.agenda();
    TextFacts purpose = agenda.purposeFacts();
    assertThat(agenda.purposeFacts()).isSameAs(purpose).isEqualTo(TextFacts.of(agenda.purpose()));
    assertThat(purpose.words()).isEqualTo(21);
    assertThat(purpose.jobRequest()).isEmpty();
    TextFacts overview = agenda.overviewFacts();
    assertThat(agenda.overviewFacts()).isSameAs(overview)
        .isEqualTo(TextFacts.of(agenda.overview()));
    assertThat(overview.words()).isEqualTo(88);
    assertThat(overview.saysWhy()).isTrue();
    assertThat(overview.years()).isEmpty();
    AgendaItem item = agenda.items().get(0);
    assertThat(item.textFacts()).isSameAs(item.textFacts()).isEqualTo(TextFacts.of(item.text()));
  }

  @Test
  void aChangedAgendaReadsOnlyTheTextsThatChanged() {
    Agenda agenda = SampleMeeting.agenda();
    AgendaItem kept = agenda.items().get(0);
    TextFacts keptFacts = kept.textFacts();
    AgendaItem asking = AgendaItem.question("q-job", "Do you have any job openings?",
        Duration.ofMinutes(1));
    Agenda changed = Agenda.builder().from(agenda).addItem(asking)
        .purpose("Find a position in your team").build();
    assertThat(changed.items().get(0).textFacts()).isSameAs(keptFacts);
    assertThat(changed.purposeFacts().jobRequest()).contains("position");
    assertThat(changed.items().get(changed.items().size() - 1).textFacts().jobRequest())
        .isEqualTo(Optional.of("job"));
    assertThat(agenda.purposeFacts().jobRequest()).isEmpty();
  }

  @Test
  void threadsReadingTheSameNewFactsAllSeeTheSameValues() throws Exception {
    String text = "Since 2015 I'd like to hear about your job, which is why I asked";
    TextFacts expected = TextFacts.of(text);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 200; round++) {
        TextFacts shared = TextFacts.of(text);
        List<java.util.concurrent.Future<String>> reads = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
          reads.add(pool.submit(() -> shared.words() + " " + shared.jobRequest() + " "
              + shared.years() + " " + shared.saysWhy()));
        }
        for (java.util.concurrent.Future<String> read : reads) {
          assertThat(read.get()).isEqualTo("14 Optional[job] [2015] true");
        }
        assertThat(shared).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void factsAreNotPartOfTheValue() {
    AgendaItem item = AgendaItem.statement("s", PhaseId.OVERVIEW, "I'd like to learn",
        Duration.ofSeconds(30));
    AgendaItem copy = AgendaItem.statement("s", PhaseId.OVERVIEW, "I'd like to learn",
        Duration.ofSeconds(30));
    item.textFacts();
    assertThat(item).isEqualTo(copy).hasSameHashCodeAs(copy);
    assertThat(item.toString()).isEqualTo(copy.toString()).doesNotContain("TextFacts");
  }
}
