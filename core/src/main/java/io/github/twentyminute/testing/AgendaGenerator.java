package io.github.twentyminute.testing;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.agenda.Preparation;
import io.github.twentyminute.agenda.ResearchNote;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.TimeBox;
import io.github.twentyminute.rules.RuleSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Generates agendas for property tests: valid ones that pass every built-in rule, valid ones of
 * a chosen size, and ones with exactly one chosen {@link AgendaDefect}, which trip exactly that
 * defect's rule.
 *
 * <p>Valid agendas follow a plan from {@link PlanGenerator}: thanks at the start and at the end,
 * the purpose, a career overview that fits its time and leads to why you asked, prepared
 * questions each tied to a research note on the counterpart, the ending's cues asking for names
 * and offering help, every phase within its time box, and every preparation step done. Smaller
 * random numbers give simpler agendas: fewer items, evenly split times, shorter texts.
 *
 * <p>Every random choice is drawn from the {@link Randomness} passed in, so the same numbers
 * always give an equal agenda. Instances are immutable and thread-safe.
 */
public final class AgendaGenerator {
  private static final List<String> NAMES = List.of("Dana Reyes", "Lee Chen", "Priya Nair",
      "Tom Becker", "Ana Souza", "Kofi Mensah", "Mia Larsen", "Omar Haddad");
  private static final List<String> ROLES = List.of("Director of Claims Analytics",
      "VP Engineering", "Head of Product", "Operations Manager", "Chief Data Officer",
      "Design Lead");
  private static final List<String> ORGANISATIONS = List.of("Northwind Mutual", "Contoso",
      "Fabrikam", "Tailspin Toys", "Litware", "Adventure Works");
  static final List<String> NOTES = List.of(
      "Moved from operations into analytics five years ago",
      "Leads the team that built the fraud-detection models",
      "Spoke on growing analysts from operations roles at a trade conference",
      "Wrote about moving reporting to the cloud",
      "Mentors people changing careers through a professional society",
      "Started the company's data literacy programme");
  static final List<String> SOURCES =
      List.of("LinkedIn", "company site", "conference programme", "mutual friend", "blog");
  static final List<String> QUESTIONS = List.of(
      "How did you get into this work, and what would you do differently today?",
      "Which skills matter most on your team right now?",
      "How is the work changing with the new tools?",
      "What surprised you most when you moved into your current role?",
      "Which teams or companies are doing interesting work in this field?",
      "What do you wish people asked you at meetings like this?",
      "What trends should someone entering this field watch?",
      "How do you decide which problems your team takes on?",
      "What do people coming from other fields often miss?",
      "Which groups or events do you find worth the time?");
  static final List<String> PURPOSES = List.of(
      "Learn how the work in this field is changing and which skills matter most",
      "Understand how people moved from operations into analytics, as I plan the same move",
      "Hear which trends matter in your field and who else is worth learning from");
  static final List<String> OVERVIEW_BODY = List.of(
      "I have spent six years handling property claims, the last two leading a small team.",
      "Along the way I built the reports my manager used to spot slow claims.",
      "I found I enjoy working with data more than anything else in the role.",
      "I am now finishing a data analysis certificate in the evenings.");
  static final List<String> OVERVIEW_CLOSINGS = List.of(
      "You made a similar move, which is why I asked to meet you.",
      "That is why I asked to meet you: to learn how the work is changing.",
      "I would like to learn how you made the move and what you look for in people.");
  private static final List<AgendaDefect> DEFECTS = List.of(AgendaDefect.values());
  private static final Instant EPOCH = Instant.parse("2026-01-05T09:00:00Z");

  private final PlanGenerator plans;
  private final RuleSettings settings;

  private AgendaGenerator(PlanGenerator plans) {
    this.plans = plans;
    this.settings = plans.settings();
  }

  /**
   * Obtains a generator for the default rule settings.
   *
   * @return the generator
   */
  public static AgendaGenerator standard() {
    return new AgendaGenerator(PlanGenerator.standard());
  }

  /**
   * Obtains a generator whose valid agendas pass the built-in rules configured with the given
   * settings.
   *
   * @param settings the rule settings, not null
   * @return the generator
   */
  public static AgendaGenerator forSettings(RuleSettings settings) {
    return new AgendaGenerator(PlanGenerator.forSettings(settings));
  }

  /**
   * Returns the rule settings this generator's agendas are made for.
   *
   * @return the settings
   */
  public RuleSettings settings() {
    return settings;
  }

  /**
   * Generates a valid agenda on a generated feasible plan.
   *
   * @param randomness the source of every random choice, not null
   * @return an agenda that passes every built-in rule
   */
  public Agenda valid(Randomness randomness) {
    Objects.requireNonNull(randomness, "randomness");
    int fewest = Math.max(1, settings.minimumQuestions());
    MeetingPlan plan = plans.feasible(randomness);
    long capacity = settings.questionsThatFit(plan.requirePhase(PhaseId.DISCUSSION).timeBox().max());
    int most = (int) Math.min(capacity, fewest + 6L);
    int questions = randomness.between(fewest, most);
    return build(randomness, plan, questions, randomness.nextBoolean(), false);
  }

  /**
   * Generates an agenda with exactly one defect: it trips the defect's rule
   * ({@link AgendaDefect#ruleId()}) and passes every other built-in rule.
   *
   * @param randomness the source of every random choice, not null
   * @param defect the defect, not null
   * @return the agenda
   */
  public Agenda withDefect(Randomness randomness, AgendaDefect defect) {
    Objects.requireNonNull(randomness, "randomness");
    Objects.requireNonNull(defect, "defect");
    boolean atTargets =
        defect == AgendaDefect.BUDGET_TOTAL || defect == AgendaDefect.BUDGET_CEILING;
    int fewest = Math.max(1, settings.minimumQuestions());
    MeetingPlan plan = plans.feasible(randomness);
    long capacity = settings.questionsThatFit(plan.requirePhase(PhaseId.DISCUSSION).timeBox().max());
    int questions = randomness.between(fewest, (int) Math.min(capacity, fewest + 6L));
    Agenda valid = build(randomness, plan, questions, randomness.nextBoolean(), atTargets);
    return new Defects(settings, randomness).apply(valid, defect);
  }

  /**
   * Generates a valid agenda or, as often, one with a defect chosen at random.
   *
   * @param randomness the source of every random choice, not null
   * @return the agenda
   */
  public Agenda any(Randomness randomness) {
    Objects.requireNonNull(randomness, "randomness");
    if (!randomness.nextBoolean()) {
      return valid(randomness);
    }
    return withDefect(randomness, randomness.oneOf(DEFECTS));
  }

  /**
   * Returns the fewest items {@link #validWithItems} accepts: two introduction cues, the
   * overview cue, the minimum number of questions and three ending cues.
   *
   * @return the smallest size, 7 or more; 9 with the default settings
   */
  public int smallestSize() {
    return 6 + Math.max(1, settings.minimumQuestions());
  }

  /**
   * Generates a valid agenda of exactly the given number of items, on a generated plan long
   * enough to hold them. The extra items are prepared questions, so a large agenda has a
   * discussion far longer than any real meeting; such agendas exist to see how validation
   * scales with size.
   *
   * @param randomness the source of every random choice, not null
   * @param items the number of items, at least {@link #smallestSize()}
   * @return an agenda of that many items that passes every built-in rule
   * @throws IllegalArgumentException if {@code items} is below {@link #smallestSize()}
   */
  public Agenda validWithItems(Randomness randomness, int items) {
    Objects.requireNonNull(randomness, "randomness");
    if (items < smallestSize()) {
      throw new IllegalArgumentException(
          "an agenda that follows the method has at least " + smallestSize() + " items (two"
              + " introduction cues, the overview, " + Math.max(1, settings.minimumQuestions())
              + " questions, three ending cues), but " + items + " were asked for");
    }
    boolean smallTalk = items > smallestSize();
    int questions = items - (smallTalk ? 7 : 6);
    MeetingPlan plan = plans.forQuestions(randomness, questions);
    return build(randomness, plan, questions, smallTalk, false);
  }

  private Agenda build(Randomness randomness, MeetingPlan plan, int questions, boolean smallTalk,
      boolean atTargets) {
    Contact counterpart = counterpart(randomness);
    String overviewClosing = randomness.oneOf(OVERVIEW_CLOSINGS);
    int closingWords = Words.count(overviewClosing);

    int introItems = smallTalk ? 3 : 2;
    int intro = planned(randomness, plan, PhaseId.INTRODUCTION, introItems, atTargets);
    int overview = planned(randomness, plan, PhaseId.OVERVIEW,
        Math.max(1, (int) settings.speakingTime(closingWords).getSeconds()), atTargets);
    int discussion = planned(randomness, plan, PhaseId.DISCUSSION, questions, atTargets);
    int ending = planned(randomness, plan, PhaseId.ENDING, 3, atTargets);

    List<AgendaItem> items = new ArrayList<>(questions + 7);
    int[] introSplit = split(randomness, intro, introItems);
    items.add(AgendaItem.cue("i1", PhaseId.INTRODUCTION, "thanks.opening",
        "Thank you for making the time today", seconds(introSplit[0])));
    if (smallTalk) {
      items.add(AgendaItem.cue("i2", PhaseId.INTRODUCTION, "intro.small-talk",
          "Congratulations on your recent talk", seconds(introSplit[1])));
    }
    items.add(AgendaItem.cue("i3", PhaseId.INTRODUCTION, "intro.purpose",
        "I am here to learn how the work is changing; I will keep to the time I promised",
        seconds(introSplit[introItems - 1])));
    items.add(AgendaItem.cue("o1", PhaseId.OVERVIEW, "overview.career",
        "My career overview, leading to why I asked", seconds(overview)));
    int[] questionSplit = split(randomness, discussion, questions);
    List<ResearchNote> notes = counterpart.notes();
    for (int i = 0; i < questions; i++) {
      var question = AgendaItem.builder()
          .id("q" + (i + 1))
          .phase(PhaseId.DISCUSSION)
          .kind(ItemKind.QUESTION)
          .text(randomness.oneOf(QUESTIONS))
          .planned(seconds(questionSplit[i]))
          .priority(randomness.between(1, 3))
          .addLinkedNote(randomness.oneOf(notes).id());
      items.add(question.build());
    }
    int[] endingSplit = split(randomness, ending, 3);
    items.add(AgendaItem.cue("e1", PhaseId.ENDING, "ending.ask-for-names",
        "Who else would you suggest I talk to? May I use your name?", seconds(endingSplit[0])));
    items.add(AgendaItem.cue("e2", PhaseId.ENDING, "ending.offer-help",
        "How can I help you in return?", seconds(endingSplit[1])));
    items.add(AgendaItem.cue("e3", PhaseId.ENDING, "thanks.closing",
        "Thank you again for your time and advice", seconds(endingSplit[2])));

    var agenda = Agenda.builder()
        .plan(plan)
        .counterpart(counterpart)
        .purpose(randomness.oneOf(PURPOSES))
        .overview(overviewText(randomness, overview, overviewClosing))
        .items(items)
        .preparation(Preparation.standard()
            .markDone(Preparation.RESEARCH)
            .markDone(Preparation.QUESTIONS)
            .markDone(Preparation.OVERVIEW)
            .markDone(Preparation.PURPOSE)
            .markDone(Preparation.THANKED_WHEN_AGREED));
    if (randomness.nextBoolean()) {
      agenda.scheduledStart(EPOCH.plusSeconds(900L * randomness.between(0, 4 * 24 * 60)));
    }
    return agenda.build();
  }

  private Contact counterpart(Randomness randomness) {
    int noteCount = Math.max(1, settings.minimumResearchNotes()) + randomness.between(0, 3);
    var contact = Contact.builder()
        .name(randomness.oneOf(NAMES))
        .role(randomness.oneOf(ROLES))
        .organisation(randomness.oneOf(ORGANISATIONS));
    for (int i = 0; i < noteCount; i++) {
      contact.addNote(ResearchNote.of("n" + (i + 1), randomness.oneOf(NOTES),
          randomness.oneOf(SOURCES)));
    }
    return contact.build();
  }

  private String overviewText(Randomness randomness, int overviewSeconds, String closing) {
    int room = settings.wordsIn(Duration.ofSeconds(overviewSeconds)) - Words.count(closing);
    StringBuilder text = new StringBuilder();
    int sentences = randomness.between(0, OVERVIEW_BODY.size());
    for (int i = 0; i < sentences; i++) {
      String sentence = OVERVIEW_BODY.get(i);
      int words = Words.count(sentence);
      if (words > room) {
        break;
      }
      room -= words;
      text.append(sentence).append(' ');
    }
    return text.append(closing).toString();
  }

  /** Draws a phase's planned seconds between its minimum (or a least value) and its target. */
  private static int planned(
      Randomness randomness, MeetingPlan plan, PhaseId phase, int least, boolean atTarget) {
    TimeBox box = plan.requirePhase(phase).timeBox();
    int target = (int) box.target().getSeconds();
    int lowest = Math.max((int) box.min().getSeconds(), least);
    if (lowest > target) {
      throw new IllegalStateException(
          "Impossible state: phase " + phase + " needs " + lowest + " seconds but its target is "
              + target + " seconds");
    }
    return atTarget ? target : target - randomness.between(0, target - lowest);
  }

  /** Splits whole seconds among items, each getting at least one second. */
  static int[] split(Randomness randomness, int total, int parts) {
    int[] weights = new int[parts];
    long sum = 0;
    for (int i = 0; i < parts; i++) {
      weights[i] = randomness.between(1, 4);
      sum += weights[i];
    }
    int spare = total - parts;
    int[] shares = new int[parts];
    int given = 0;
    for (int i = 0; i < parts; i++) {
      shares[i] = 1 + (int) (spare * (long) weights[i] / sum);
      given += shares[i];
    }
    shares[0] += total - given;
    return shares;
  }

  static Duration seconds(long seconds) {
    return Duration.ofSeconds(seconds);
  }
}
