package io.github.twentyminute.rules;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.internal.TextFacts;
import org.jspecify.annotations.Nullable;

/**
 * The facts of the purpose and the overview of the agenda being validated, each worked out the
 * first time a rule asks and then shared by the other rules of the same validation. One is made
 * for each validation, by its {@link RuleContext}, and dropped with it: nothing here outlives the
 * validation. Not thread-safe, like the context.
 */
final class AgendaTexts {
  private final Agenda agenda;
  private @Nullable TextFacts purpose;
  private @Nullable TextFacts overview;

  AgendaTexts(Agenda agenda) {
    this.agenda = agenda;
  }

  /** Returns the facts of the purpose: its words and job-request phrase. */
  TextFacts purpose() {
    TextFacts facts = purpose;
    if (facts == null) {
      facts = TextFacts.of(agenda.purpose(), TextFacts.JOB_PHRASE);
      purpose = facts;
    }
    return facts;
  }

  /** Returns the facts of the career overview: its words, years and why you asked. */
  TextFacts overview() {
    TextFacts facts = overview;
    if (facts == null) {
      facts = TextFacts.of(agenda.overview(), TextFacts.YEARS | TextFacts.WHY);
      overview = facts;
    }
    return facts;
  }
}
