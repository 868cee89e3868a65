package io.github.twentyminute.examples;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.testing.AgendaGenerator;
import io.github.twentyminute.testing.Randomness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * Property-tests agenda timing with the library's generators, without any property-testing
 * framework: a plain seeded {@link Randomness} drives {@link AgendaGenerator}, and every failure
 * names the seed that reproduces it.
 *
 * <p>The code under test is {@link #addQuestion(Agenda, String)}, the kind of agenda editing an
 * application does: it adds a question to the discussion and takes its time from the
 * lowest-priority questions, so the discussion keeps its planned length. The properties say
 * what that must mean for the agenda's timing.
 */
public final class AgendaTimingExample {
  /** How long a new question asks for. */
  public static final Duration WANTED = Duration.ofSeconds(90);
  /** The shortest a question may be cut to; questions already shorter are left alone. */
  public static final Duration FLOOR = Duration.ofSeconds(30);

  private AgendaTimingExample() {}

  /**
   * Prints the example's output: the check of 500 generated agendas from seed 42.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(check(42, 500, AgendaTimingExample::addQuestion));
  }

  /**
   * Adds a question to the end of the discussion, giving it up to {@link #WANTED} taken from the
   * questions of lowest priority first (the highest priority number), never cutting a question
   * below {@link #FLOOR}. The discussion's planned time does not change; the new question gets
   * whatever could be freed.
   *
   * @param agenda the agenda, not null
   * @param text the new question, not blank
   * @return the agenda with the question added
   */
  public static Agenda addQuestion(Agenda agenda, String text) {
    List<AgendaItem> items = new ArrayList<>(agenda.items());
    List<AgendaItem> donors = new ArrayList<>(agenda.items(PhaseId.DISCUSSION));
    donors.removeIf(item -> item.kind() != ItemKind.QUESTION);
    donors.sort(Comparator.comparingInt(AgendaItem::priority).reversed());
    Duration freed = Duration.ZERO;
    for (AgendaItem donor : donors) {
      Duration still = WANTED.minus(freed);
      Duration spare = donor.planned().minus(FLOOR);
      if (still.isZero()) {
        break;
      }
      if (spare.isNegative() || spare.isZero()) {
        continue;
      }
      Duration taken = spare.compareTo(still) < 0 ? spare : still;
      items.set(items.indexOf(donor), donor.withPlanned(donor.planned().minus(taken)));
      freed = freed.plus(taken);
    }
    AgendaItem question = AgendaItem.builder().id("added").phase(PhaseId.DISCUSSION)
        .kind(ItemKind.QUESTION).text(text).planned(freed).priority(3).build();
    int lastOfDiscussion = 0;
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).phase().equals(PhaseId.DISCUSSION)) {
        lastOfDiscussion = i;
      }
    }
    items.add(lastOfDiscussion + 1, question);
    return agenda.withItems(items);
  }

  /**
   * Checks the timing properties of an agenda edit on generated agendas. Each try draws its own
   * seed, so a failure can be replayed with {@code Randomness.seeded(seed)} alone.
   *
   * @param seed where the seeds of the tries come from
   * @param tries how many agendas to check
   * @param edit the code under test: adds a question to an agenda
   * @return "all properties hold" with the count, or the first property broken, by which
   *     agenda, and the seed that reproduces it
   */
  public static String check(long seed, int tries, BiFunction<Agenda, String, Agenda> edit) {
    // readme:seeded-property
    SplittableRandom seeds = new SplittableRandom(seed);
    AgendaGenerator agendas = AgendaGenerator.standard();
    for (int i = 0; i < tries; i++) {
      long trySeed = seeds.nextLong();
      Agenda before = agendas.valid(Randomness.seeded(trySeed));
      Agenda after = edit.apply(before, "What would you ask in my place?");
      Optional<String> broken = brokenProperty(before, after);
      if (broken.isPresent()) {
        return "property broken after " + (i + 1) + " of " + tries + " agendas: " + broken.get()
            + "; reproduce with AgendaGenerator.standard().valid(Randomness.seeded(" + trySeed
            + "L))";
      }
    }
    return "all 4 timing properties hold for " + tries + " generated agendas (seed " + seed + ")";
    // end:seeded-property
  }

  /** Returns the first property the edit broke, or empty. */
  static Optional<String> brokenProperty(Agenda before, Agenda after) {
    if (!after.planned(PhaseId.DISCUSSION).equals(before.planned(PhaseId.DISCUSSION))) {
      return Optional.of("the discussion must keep its planned " + before.planned(PhaseId.DISCUSSION)
          + ", but is planned for " + after.planned(PhaseId.DISCUSSION));
    }
    Optional<AgendaItem> added = after.item("added");
    if (added.isEmpty() || added.get().planned().compareTo(WANTED) > 0) {
      return Optional.of("the new question must be there with at most " + WANTED
          + ", but found " + added.map(AgendaItem::toString).orElse("none"));
    }
    for (AgendaItem item : before.items()) {
      AgendaItem now = after.item(item.id()).orElse(null);
      if (now == null) {
        return Optional.of("item " + item.id() + " must stay, but was dropped");
      }
      boolean cut = now.planned().compareTo(item.planned()) < 0;
      if (cut && (item.kind() != ItemKind.QUESTION || now.planned().compareTo(FLOOR) < 0)) {
        return Optional.of("only questions may be cut, and not below " + FLOOR + ", but "
            + item + " became " + now.planned());
      }
    }
    return Optional.empty();
  }
}
