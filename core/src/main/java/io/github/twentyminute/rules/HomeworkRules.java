package io.github.twentyminute.rules;

import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;

import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.agenda.ResearchNote;
import java.util.List;

/** The rules on homework: {@code homework.counterpart}, {@code homework.questions-linked}. */
final class HomeworkRules {
  private static final Location COUNTERPART = Location.of("counterpart");

  private HomeworkRules() {}

  static final class Counterpart extends BuiltInRule {
    Counterpart() {
      super(BuiltInRules.HOMEWORK_COUNTERPART, Severity.WARNING,
          "Your homework on the counterpart is done: their current role, their organisation,"
              + " and enough research notes on their background");
    }

    @Override
    public void check(RuleContext context) {
      Contact counterpart = context.agenda().counterpart();
      int minimum = context.settings().minimumResearchNotes();
      int notes = counterpart.notes().size();
      if (notes < minimum) {
        context.report(COUNTERPART.field("notes"),
            counterpart.name() + " has " + plural(notes, "research note") + "; expected at least "
                + minimum + " on their background, current role and what they do now",
            "Do your homework: read their profile, their organisation's site and anything they"
                + " wrote or said in public, and note each fact with its source");
      }
      if (counterpart.role().isBlank()) {
        context.report(COUNTERPART.field("role"),
            counterpart.name() + " has no current role; expected it from your homework",
            "Find " + counterpart.name() + "'s current role, such as on their profile, and add"
                + " it to the counterpart");
      }
      if (counterpart.organisation().isBlank()) {
        context.report(COUNTERPART.field("organisation"),
            counterpart.name() + " has no organisation; expected where they work now",
            "Find where " + counterpart.name() + " works now and add it to the counterpart");
      }
    }
  }

  static final class QuestionsLinked extends BuiltInRule {
    QuestionsLinked() {
      super(BuiltInRules.HOMEWORK_QUESTIONS_LINKED, Severity.WARNING,
          "Every prepared question draws on at least one research note on the counterpart");
    }

    @Override
    public void check(RuleContext context) {
      List<AgendaItem> items = context.agenda().items();
      String notes = null;
      for (int i = 0; i < items.size(); i++) {
        AgendaItem item = items.get(i);
        if (item.kind() != ItemKind.QUESTION || !item.linkedNotes().isEmpty()) {
          continue;
        }
        Contact counterpart = context.agenda().counterpart();
        if (notes == null) {
          notes = noteIds(counterpart);
        }
        context.report(context.item(i).field("linkedNotes"),
            "question " + item.id() + " links no research note; expected it to draw on "
                + (notes.isEmpty()
                    ? "a note on " + counterpart.name() + ", who has none yet"
                    : "one of " + counterpart.name() + "'s notes (" + notes + ")"),
            "Tie " + item.id() + " to their background: link the note it draws on, or rewrite"
                + " it around what you learned");
      }
    }

    private static String noteIds(Contact counterpart) {
      StringBuilder ids = new StringBuilder();
      for (ResearchNote note : counterpart.notes()) {
        ids.append(ids.length() == 0 ? "" : ", ").append(note.id());
      }
      return ids.toString();
    }
  }
}
