package io.github.twentyminute.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.testing.SampleMeeting;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class AgendaTextsTests {

  @Test
  void analysesEachTextOnceAndSharesItWithinOneValidation() {
    Agenda agenda = SampleMeeting.agenda();
    RuleContext context = new RuleContext(agenda, RuleSettings.defaults(), new ArrayList<>());
    AgendaTexts texts = context.texts();
    assertThat(context.texts()).isSameAs(texts);
    assertThat(texts.purpose()).isSameAs(texts.purpose());
    assertThat(texts.overview()).isSameAs(texts.overview());
    assertThat(texts.purpose().words()).isEqualTo(21);
    assertThat(texts.purpose().jobPhrase()).isNull();
    assertThat(texts.overview().words()).isEqualTo(88);
    assertThat(texts.overview().saysWhy()).isTrue();
    assertThat(texts.overview().yearCount()).isZero();
  }

  @Test
  void aNewValidationAnalysesTheTextsAgain() {
    Agenda agenda = SampleMeeting.agenda();
    RuleContext first = new RuleContext(agenda, RuleSettings.defaults(), new ArrayList<>());
    RuleContext second = new RuleContext(agenda, RuleSettings.defaults(), new ArrayList<>());
    assertThat(second.texts()).isNotSameAs(first.texts());
    assertThat(second.texts().overview()).isNotSameAs(first.texts().overview());
    assertThat(second.texts().overview().words()).isEqualTo(first.texts().overview().words());
  }
}
