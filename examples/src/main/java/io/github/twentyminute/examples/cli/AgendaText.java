package io.github.twentyminute.examples.cli;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.Contact;

/** Renders agendas as text for a terminal. */
final class AgendaText {
  private AgendaText() {}

  /** Returns one line: who the meeting is with, how many items, planned time against budget. */
  static String headline(Agenda agenda) {
    Contact who = agenda.counterpart();
    StringBuilder text = new StringBuilder("meeting with ").append(who.name());
    String about = about(who);
    if (!about.isBlank()) {
      text.append(" (").append(about).append(')');
    }
    return text.append(": ").append(agenda.items().size()).append(" items, ")
        .append(PlanText.minutes(agenda.totalPlanned())).append(" planned against a ")
        .append(PlanText.minutes(agenda.plan().budget())).append(" budget").toString();
  }

  /** Returns the counterpart's role and organisation, such as "Director, Northwind"; may be empty. */
  static String about(Contact who) {
    return who.role().isBlank() ? who.organisation()
        : who.organisation().isBlank() ? who.role() : who.role() + ", " + who.organisation();
  }
}
