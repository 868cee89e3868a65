package io.github.twentyminute.testing;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.agenda.Preparation;
import io.github.twentyminute.agenda.ResearchNote;
import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.plan.PhaseId;
import java.time.Duration;
import java.time.Instant;

/**
 * A realistic sample meeting on the book's plan, for examples, demos, benchmarks and tests: Sam
 * Okafor, a claims analyst moving into data work, meets Dana Reyes, who leads claims analytics
 * at an insurer.
 *
 * <p>The sample agenda has 13 items that add up to exactly the 20:00 budget, questions tied to
 * the research notes, the book's cues, and every preparation step done. It passes every built-in
 * rule. This class is stateless and thread-safe.
 */
public final class SampleMeeting {
  /** When the sample meeting is scheduled to start. */
  public static final Instant SCHEDULED_START = Instant.parse("2026-03-10T15:00:00Z");

  private SampleMeeting() {}

  /**
   * Returns the counterpart of the sample meeting, with three research notes.
   *
   * @return Dana Reyes
   */
  public static Contact counterpart() {
    return Contact.builder()
        .name("Dana Reyes")
        .role("Director of Claims Analytics")
        .organisation("Northwind Mutual")
        .addNote(ResearchNote.of("n1",
            "Moved from claims adjusting into analytics in 2019", "LinkedIn"))
        .addNote(ResearchNote.of("n2",
            "Leads the team that built Northwind's fraud-detection models", "company site"))
        .addNote(ResearchNote.of("n3",
            "Spoke on hiring analysts from operations roles at InsurTech Forum 2025",
            "conference programme"))
        .build();
  }

  /**
   * Returns the sample agenda on the book's plan.
   *
   * @return an agenda of 13 items planned for exactly 20:00
   */
  public static Agenda agenda() {
    return Agenda.builder()
        .plan(MeetingPlans.twentyMinute())
        .counterpart(counterpart())
        .purpose("Learn how claims analytics work is changing and which skills matter most,"
            + " as I move from claims handling into data work")
        .overview("I have spent six years handling property claims at Harbor Insurance, the last"
            + " two leading a small team. Along the way I built the reports my manager used to"
            + " spot slow claims, and found I enjoy that part most. I am now finishing a data"
            + " analysis certificate and want to move into claims analytics. You made that same"
            + " move, which is why I asked to meet you: I would like to learn how the work is"
            + " changing and what you look for in people who come from operations.")
        .addItem(AgendaItem.cue("i1", PhaseId.INTRODUCTION, "thanks.opening",
            "Thank you for making the time today", seconds(30)))
        .addItem(AgendaItem.cue("i2", PhaseId.INTRODUCTION, "intro.small-talk",
            "Congratulations on the InsurTech Forum talk", seconds(30)))
        .addItem(AgendaItem.cue("i3", PhaseId.INTRODUCTION, "intro.purpose",
            "I am here to learn how claims analytics is changing; I will keep to 20 minutes",
            seconds(60)))
        .addItem(AgendaItem.cue("o1", PhaseId.OVERVIEW, "overview.career",
            "My career overview, leading to why I asked", seconds(120)))
        .addItem(question("q1", "How did your move from adjusting into analytics happen, and"
            + " what would you do differently today?", 180, 1, "n1"))
        .addItem(question("q2", "Which skills matter most on your team now that the fraud models"
            + " are in production?", 180, 1, "n2"))
        .addItem(question("q3", "What did you see in the analysts you hired from operations"
            + " roles that made them succeed?", 150, 2, "n3"))
        .addItem(question("q4", "How is the work changing with the new modelling tools?", 120,
            2, "n2"))
        .addItem(question("q5", "Which teams or companies are doing interesting claims analytics"
            + " work right now?", 120, 3, "n2"))
        .addItem(question("q6", "What do you wish people asked you at meetings like this?", 90,
            3, "n3"))
        .addItem(AgendaItem.cue("e1", PhaseId.ENDING, "ending.ask-for-names",
            "Who else would you suggest I talk to? May I use your name?", seconds(45)))
        .addItem(AgendaItem.cue("e2", PhaseId.ENDING, "ending.offer-help",
            "How can I help you? I can share the claims-delay report I built", seconds(45)))
        .addItem(AgendaItem.cue("e3", PhaseId.ENDING, "thanks.closing",
            "Thank you again for your time and advice", seconds(30)))
        .preparation(Preparation.standard()
            .markDone(Preparation.RESEARCH)
            .markDone(Preparation.QUESTIONS)
            .markDone(Preparation.OVERVIEW)
            .markDone(Preparation.PURPOSE)
            .markDone(Preparation.THANKED_WHEN_AGREED))
        .scheduledStart(SCHEDULED_START)
        .build();
  }

  private static AgendaItem question(
      String id, String text, long seconds, int priority, String note) {
    return AgendaItem.builder().id(id).phase(PhaseId.DISCUSSION).kind(ItemKind.QUESTION)
        .text(text).planned(seconds(seconds)).priority(priority).addLinkedNote(note).build();
  }

  private static Duration seconds(long seconds) {
    return Duration.ofSeconds(seconds);
  }
}
