package io.github.twentyminute.testing;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.agenda.Preparation;
import io.github.twentyminute.agenda.PreparationStep;
import io.github.twentyminute.agenda.ResearchNote;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.TimeBox;
import io.github.twentyminute.rules.RuleSettings;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Puts one defect into a valid agenda made by {@link AgendaGenerator}. */
final class Defects {
  private static final List<String> JOB_REQUESTS = List.of(
      "Is there an open position on your team I could apply for?",
      "Could you pass my resume to your hiring manager?",
      "Would you consider me for a job on your team?");
  private static final String JOB_PURPOSE = "Find out whether your team has an opening for me";
  private static final String SHORT_STORY = "I have handled claims for six years.";

  private final RuleSettings settings;
  private final Randomness randomness;

  Defects(RuleSettings settings, Randomness randomness) {
    this.settings = settings;
    this.randomness = randomness;
  }

  Agenda apply(Agenda agenda, AgendaDefect defect) {
    switch (defect) {
      case BUDGET_TOTAL:
        return overBudget(agenda);
      case BUDGET_CEILING:
        return overCeiling(agenda);
      case PHASE_TIMEBOX:
        return discussionBelowMinimum(agenda);
      case PHASE_ORDER:
        return questionAfterEnding(agenda);
      case PHASE_REQUIRED:
        return without(agenda, "o1", null);
      case ITEM_DURATION:
        return itemWithoutTime(agenda);
      case DISCUSSION_QUESTIONS:
        return wrongQuestionCount(agenda);
      case HOMEWORK_COUNTERPART:
        return homeworkMissing(agenda);
      case HOMEWORK_QUESTIONS_LINKED:
        return questionUnlinked(agenda);
      case OVERVIEW_LENGTH:
        return overviewTooLong(agenda);
      case OVERVIEW_NOT_RESUME:
        return overviewAsResume(agenda);
      case GRATITUDE_BEFORE_AFTER:
        return noThanks(agenda);
      case ENDING_ASK_FOR_NAMES:
        return without(agenda, "e1", "e2");
      case ENDING_OFFER_HELP:
        return without(agenda, "e2", "e3");
      case DISCUSSION_NO_JOB_REQUEST:
        return jobRequest(agenda);
      case AGENDA_PURPOSE:
        return purposeMissing(agenda);
      default:
        throw new IllegalStateException("Impossible state: unknown defect " + defect);
    }
  }

  /** Adds time to one question so the total passes the budget but not the ceiling. */
  private Agenda overBudget(Agenda agenda) {
    MeetingPlan plan = agenda.plan();
    long budget = plan.budget().getSeconds();
    if (plan.hardCeiling().getSeconds() == budget) {
      plan = MeetingPlan.builder().from(plan).hardCeiling(
          AgendaGenerator.seconds(budget + PlanGenerator.STEP * randomness.between(1, 40))).build();
    }
    TimeBox discussion = plan.requirePhase(PhaseId.DISCUSSION).timeBox();
    long room = Math.min(discussion.max().minus(discussion.target()).getSeconds(),
        plan.hardCeiling().getSeconds() - budget);
    int extra = randomness.between(1, (int) room);
    return addToQuestion(Agenda.builder().from(agenda).plan(plan).build(), extra);
  }

  /** Lowers the ceiling below the discussion's room and fills the room past it. */
  private Agenda overCeiling(Agenda agenda) {
    MeetingPlan plan = agenda.plan();
    long budget = plan.budget().getSeconds();
    TimeBox discussion = plan.requirePhase(PhaseId.DISCUSSION).timeBox();
    int room = (int) discussion.max().minus(discussion.target()).getSeconds();
    int grace = randomness.between(0, room - 1);
    int extra = randomness.between(grace + 1, room);
    MeetingPlan tight = MeetingPlan.builder().from(plan)
        .hardCeiling(AgendaGenerator.seconds(budget + grace)).build();
    return addToQuestion(Agenda.builder().from(agenda).plan(tight).build(), extra);
  }

  private Agenda addToQuestion(Agenda agenda, int seconds) {
    List<AgendaItem> items = new ArrayList<>(agenda.items());
    int index = randomness.oneOf(questionIndexes(items));
    AgendaItem item = items.get(index);
    items.set(index, item.withPlanned(item.planned().plusSeconds(seconds)));
    return agenda.withItems(items);
  }

  private Agenda discussionBelowMinimum(Agenda agenda) {
    TimeBox box = agenda.plan().requirePhase(PhaseId.DISCUSSION).timeBox();
    List<AgendaItem> items = new ArrayList<>(agenda.items());
    List<Integer> questions = questionIndexes(items);
    int min = (int) box.min().getSeconds();
    int most = Math.min(60, min - questions.size());
    if (most < 1) {
      throw new IllegalArgumentException(
          "cannot plan " + questions.size() + " questions below a discussion minimum of " + min
              + " seconds; use rule settings with fewer questions or a slower pace");
    }
    int planned = min - randomness.between(1, most);
    return agenda.withItems(resplitQuestions(agenda, items, planned, questions.size()));
  }

  private Agenda questionAfterEnding(Agenda agenda) {
    List<AgendaItem> items = new ArrayList<>(agenda.items());
    int index = randomness.oneOf(questionIndexes(items));
    items.add(items.remove(index));
    return agenda.withItems(items);
  }

  /** Removes an item, giving its time to another item of its phase (if named). */
  private static Agenda without(Agenda agenda, String id, @Nullable String into) {
    List<AgendaItem> items = new ArrayList<>(agenda.items());
    AgendaItem removed = items.remove(agenda.indexOf(id));
    if (into != null) {
      int target = indexOf(items, into);
      AgendaItem sibling = items.get(target);
      items.set(target, sibling.withPlanned(sibling.planned().plus(removed.planned())));
    }
    return agenda.withItems(items);
  }

  private Agenda itemWithoutTime(Agenda agenda) {
    List<AgendaItem> items = new ArrayList<>(agenda.items());
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (siblingOf(items, i) >= 0) {
        candidates.add(i);
      }
    }
    int index = randomness.oneOf(candidates);
    int sibling = siblingOf(items, index);
    AgendaItem item = items.get(index);
    AgendaItem other = items.get(sibling);
    items.set(sibling, other.withPlanned(other.planned().plus(item.planned())));
    items.set(index, item.withPlanned(java.time.Duration.ZERO));
    return agenda.withItems(items);
  }

  private static int siblingOf(List<AgendaItem> items, int index) {
    PhaseId phase = items.get(index).phase();
    if (index + 1 < items.size() && items.get(index + 1).phase().equals(phase)) {
      return index + 1;
    }
    if (index > 0 && items.get(index - 1).phase().equals(phase)) {
      return index - 1;
    }
    return -1;
  }

  private Agenda wrongQuestionCount(Agenda agenda) {
    List<AgendaItem> items = new ArrayList<>(agenda.items());
    List<Integer> questions = questionIndexes(items);
    int planned = 0;
    for (int index : questions) {
      planned += (int) items.get(index).planned().getSeconds();
    }
    long capacity = settings.questionsThatFit(
        agenda.plan().requirePhase(PhaseId.DISCUSSION).timeBox().max());
    boolean tooFewPossible = settings.minimumQuestions() >= 2;
    boolean tooManyPossible = capacity + 1 <= planned;
    if (!tooFewPossible && !tooManyPossible) {
      throw new IllegalArgumentException(
          "cannot make the question count wrong with a minimum of " + settings.minimumQuestions()
              + " questions and room for " + capacity);
    }
    int count;
    if (tooFewPossible && (!tooManyPossible || !randomness.nextBoolean())) {
      count = randomness.between(1, settings.minimumQuestions() - 1);
    } else {
      count = (int) Math.min(planned, capacity + randomness.between(1, 3));
    }
    return agenda.withItems(resplitQuestions(agenda, items, planned, count));
  }

  /** Replaces the questions with {@code count} questions sharing {@code seconds}. */
  private List<AgendaItem> resplitQuestions(
      Agenda agenda, List<AgendaItem> items, int seconds, int count) {
    List<Integer> questions = questionIndexes(items);
    int first = questions.get(0);
    List<AgendaItem> old = new ArrayList<>();
    for (int index : questions) {
      old.add(items.get(index));
    }
    List<AgendaItem> result = new ArrayList<>(items.subList(0, first));
    int[] split = AgendaGenerator.split(randomness, seconds, count);
    List<ResearchNote> notes = agenda.counterpart().notes();
    for (int i = 0; i < count; i++) {
      AgendaItem question = i < old.size()
          ? old.get(i)
          : AgendaItem.builder().id("q" + (i + 1)).phase(PhaseId.DISCUSSION)
              .kind(ItemKind.QUESTION).text(randomness.oneOf(AgendaGenerator.QUESTIONS))
              .planned(AgendaGenerator.seconds(1))
              .addLinkedNote(randomness.oneOf(notes).id()).build();
      result.add(question.withPlanned(AgendaGenerator.seconds(split[i])));
    }
    result.addAll(items.subList(questions.get(questions.size() - 1) + 1, items.size()));
    return result;
  }

  private Agenda homeworkMissing(Agenda agenda) {
    Contact counterpart = agenda.counterpart();
    int choice = randomness.between(0, settings.minimumResearchNotes() >= 2 ? 2 : 1);
    if (choice == 0) {
      return Agenda.builder().from(agenda)
          .counterpart(Contact.builder().from(counterpart).role("").build()).build();
    }
    if (choice == 1) {
      return Agenda.builder().from(agenda)
          .counterpart(Contact.builder().from(counterpart).organisation("").build()).build();
    }
    int keep = randomness.between(1, settings.minimumResearchNotes() - 1);
    List<ResearchNote> kept = counterpart.notes().subList(0, keep);
    List<AgendaItem> items = new ArrayList<>(agenda.items());
    for (int index : questionIndexes(items)) {
      AgendaItem item = items.get(index);
      items.set(index, AgendaItem.builder().from(item)
          .linkedNotes(List.of(randomness.oneOf(kept).id())).build());
    }
    return Agenda.builder().from(agenda)
        .counterpart(Contact.builder().from(counterpart).notes(kept).build())
        .items(items)
        .build();
  }

  private Agenda questionUnlinked(Agenda agenda) {
    List<AgendaItem> items = new ArrayList<>(agenda.items());
    int index = randomness.oneOf(questionIndexes(items));
    items.set(index, AgendaItem.builder().from(items.get(index)).linkedNotes(List.of()).build());
    return agenda.withItems(items);
  }

  private Agenda overviewTooLong(Agenda agenda) {
    if (!randomness.nextBoolean()) {
      return Agenda.builder().from(agenda).overview("").build();
    }
    long planned = agenda.planned(PhaseId.OVERVIEW).getSeconds();
    StringBuilder text = new StringBuilder(agenda.overview());
    int words = Words.count(agenda.overview());
    for (int i = 0; (long) words * 60 <= planned * settings.wordsPerMinute(); i++) {
      String sentence = AgendaGenerator.OVERVIEW_BODY.get(i % AgendaGenerator.OVERVIEW_BODY.size());
      text.insert(0, sentence + " ");
      words += Words.count(sentence);
    }
    return Agenda.builder().from(agenda).overview(text.toString()).build();
  }

  private Agenda overviewAsResume(Agenda agenda) {
    long planned = agenda.planned(PhaseId.OVERVIEW).getSeconds();
    String closing = closingOf(agenda.overview());
    int years = settings.maximumOverviewYears() + 1;
    StringBuilder resume = new StringBuilder("I changed roles in");
    int year = randomness.between(1990, 2005);
    for (int i = 0; i < years; i++) {
      resume.append(i == 0 ? " " : i == years - 1 ? " and " : ", ").append(year);
      year += randomness.between(1, 3);
    }
    resume.append(". ").append(closing);
    boolean fits = (long) Words.count(resume.toString()) * 60 <= planned * settings.wordsPerMinute();
    if (fits && !randomness.nextBoolean()) {
      return Agenda.builder().from(agenda).overview(resume.toString()).build();
    }
    String body = agenda.overview().substring(0, agenda.overview().length() - closing.length())
        .trim();
    return Agenda.builder().from(agenda).overview(body.isEmpty() ? SHORT_STORY : body).build();
  }

  private static String closingOf(String overview) {
    for (String closing : AgendaGenerator.OVERVIEW_CLOSINGS) {
      if (overview.endsWith(closing)) {
        return closing;
      }
    }
    throw new IllegalStateException("Impossible state: overview has no known closing");
  }

  private Agenda noThanks(Agenda agenda) {
    switch (randomness.between(0, 2)) {
      case 0:
        return without(agenda, "i1", "i3");
      case 1:
        return without(agenda, "e3", "e2");
      default:
        List<PreparationStep> steps = new ArrayList<>();
        for (PreparationStep step : agenda.preparation().steps()) {
          steps.add(step.id().equals(Preparation.THANKED_WHEN_AGREED) ? step.withDone(false) : step);
        }
        return Agenda.builder().from(agenda)
            .preparation(Preparation.builder().steps(steps).build()).build();
    }
  }

  private Agenda jobRequest(Agenda agenda) {
    if (!randomness.nextBoolean()) {
      List<AgendaItem> items = new ArrayList<>(agenda.items());
      int index = randomness.oneOf(questionIndexes(items));
      items.set(index, AgendaItem.builder().from(items.get(index))
          .text(randomness.oneOf(JOB_REQUESTS)).build());
      return agenda.withItems(items);
    }
    return Agenda.builder().from(agenda).purpose(JOB_PURPOSE).build();
  }

  private Agenda purposeMissing(Agenda agenda) {
    if (!randomness.nextBoolean()) {
      return Agenda.builder().from(agenda).purpose("").build();
    }
    StringBuilder purpose = new StringBuilder(agenda.purpose());
    while (Words.count(purpose.toString()) <= settings.maximumPurposeWords()) {
      purpose.append(", and ").append(randomness.oneOf(AgendaGenerator.PURPOSES).toLowerCase(
          java.util.Locale.ROOT));
    }
    return Agenda.builder().from(agenda).purpose(purpose.toString()).build();
  }

  private static List<Integer> questionIndexes(List<AgendaItem> items) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).kind() == ItemKind.QUESTION) {
        indexes.add(i);
      }
    }
    return indexes;
  }

  private static int indexOf(List<AgendaItem> items, String id) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalStateException("Impossible state: no item " + id);
  }
}
