package io.github.twentyminute.fit;

import io.github.twentyminute.agenda.Agenda;
import java.util.Objects;

/**
 * Makes an agenda fit its budget and its plan's time boxes, saying what it changed and why.
 *
 * <p>The fitter works in three steps, each only as far as needed:
 *
 * <ol>
 *   <li>Every phase into its time box: a phase planned past its maximum is cut, one planned below
 *       its minimum is lengthened.
 *   <li>Every group of phases (the book's "introduction + overview &lt;= 4:00") within its limit.
 *   <li>The total to the budget. Over budget, phases that absorb overruns (the book's discussion)
 *       give up time first, then the other phases; phases that keep their time (the book's
 *       ending) only if {@link FitOptions#adjustProtectedPhases()} allows it. Under budget, and
 *       if {@link FitOptions#fillToBudget()}, the same phases take up the time left, in
 *       proportion to their items' planned times, up to their maximums and group limits.
 * </ol>
 *
 * <p>Time is cut from the lowest-priority items first (the highest priority number; the later
 * item among equals): an item that the remaining cut covers whole is dropped, a longer one is
 * shortened, never below {@link FitOptions#shortestItem()} while anything else can give. No
 * phase is cut below its minimum, and must-keep items are never dropped or shortened. Only when
 * that is not enough are items cut below the shortest item, and then dropped even if that leaves
 * the agenda under its budget. The result either fits (total within the budget, every phase
 * within its box, every group within its limit) or says why not and keeps the agenda as it was.
 *
 * <p>The fitter is deterministic and runs in {@code O(n log n)} for {@code n} items (one sort per
 * step). Instances are immutable and thread-safe.
 */
public final class AgendaFitter {
  private static final AgendaFitter STANDARD = new AgendaFitter(FitOptions.defaults());

  private final FitOptions options;

  private AgendaFitter(FitOptions options) {
    this.options = options;
  }

  /**
   * Returns a fitter with the default options.
   *
   * @return the fitter
   */
  public static AgendaFitter standard() {
    return STANDARD;
  }

  /**
   * Returns a fitter with the given options.
   *
   * @param options the options, not null
   * @return the fitter
   */
  public static AgendaFitter of(FitOptions options) {
    return new AgendaFitter(Objects.requireNonNull(options, "options"));
  }

  /**
   * Returns the options of this fitter.
   *
   * @return the options
   */
  public FitOptions options() {
    return options;
  }

  /**
   * Fits an agenda to its budget and time boxes.
   *
   * @param agenda the agenda, not null
   * @return the result: the fitted agenda and its changes, or why no fit exists
   */
  public FitResult fit(Agenda agenda) {
    Objects.requireNonNull(agenda, "agenda");
    return new FitRun(agenda, options).fit();
  }
}
