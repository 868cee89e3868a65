package io.github.twentyminute.rules;

import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.agenda.ResearchNote;
import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
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
        context.report(COUNTERPART.field("notes"), Arguments.builder()
            .text("counterpart", counterpart.name())
            .count("notes", notes)
            .count("minimum", minimum).build());
      }
      if (counterpart.role().isBlank()) {
        context.report(COUNTERPART.field("role"), BuiltInRules.HOMEWORK_COUNTERPART + ".role",
            name(counterpart));
      }
      if (counterpart.organisation().isBlank()) {
        context.report(COUNTERPART.field("organisation"),
            BuiltInRules.HOMEWORK_COUNTERPART + ".organisation", name(counterpart));
      }
    }

    private static Arguments name(Contact counterpart) {
      return Arguments.builder().text("counterpart", counterpart.name()).build();
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
        Arguments.Builder arguments = Arguments.builder()
            .text("itemId", item.id())
            .text("counterpart", counterpart.name());
        if (notes.isEmpty()) {
          context.report(context.item(i).field("linkedNotes"),
              BuiltInRules.HOMEWORK_QUESTIONS_LINKED + ".no-notes", arguments.build());
        } else {
          context.report(context.item(i).field("linkedNotes"),
              arguments.text("notes", notes).build());
        }
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
