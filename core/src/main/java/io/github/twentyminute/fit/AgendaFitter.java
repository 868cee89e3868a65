package io.github.twentyminute.fit;

import static io.github.twentyminute.internal.Durations.format;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.plan.GroupLimit;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhasePlan;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
  private static final long SECOND = 1_000_000_000L;

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
    return new Run(agenda, options).fit();
  }

  /** One fitting of one agenda; all state in arrays of nanoseconds indexed by item or phase. */
  private static final class Run {
    private final Agenda agenda;
    private final FitOptions options;
    private final MeetingPlan plan;
    private final List<AgendaItem> items;
    private final int[] phaseOf;
    private final long[] planned;
    private final boolean[] dropped;
    private final String[] why;
    private final long[] cur;
    private final long[] min;
    private final long[] max;
    private final boolean[] adjustable;
    private final int[][] itemsOfPhase;
    private final int[][] groups;
    private final long[] groupMax;
    private final long budget;
    private final long shortest;

    Run(Agenda agenda, FitOptions options) {
      this.agenda = agenda;
      this.options = options;
      this.plan = agenda.plan();
      this.items = agenda.items();
      int n = items.size();
      int phases = plan.phases().size();
      phaseOf = new int[n];
      planned = new long[n];
      dropped = new boolean[n];
      why = new String[n];
      cur = new long[phases];
      min = new long[phases];
      max = new long[phases];
      adjustable = new boolean[phases];
      int[] counts = new int[phases];
      for (int i = 0; i < n; i++) {
        AgendaItem item = items.get(i);
        phaseOf[i] = plan.indexOf(item.phase());
        planned[i] = nanos(item.planned());
        cur[phaseOf[i]] += planned[i];
        counts[phaseOf[i]]++;
      }
      itemsOfPhase = new int[phases][];
      for (int p = 0; p < phases; p++) {
        itemsOfPhase[p] = new int[counts[p]];
        counts[p] = 0;
        PhasePlan phase = plan.phases().get(p);
        min[p] = nanos(phase.timeBox().min());
        max[p] = nanos(phase.timeBox().max());
        adjustable[p] = !phase.keepsItsTime() || options.adjustProtectedPhases();
      }
      for (int i = 0; i < n; i++) {
        itemsOfPhase[phaseOf[i]][counts[phaseOf[i]]++] = i;
      }
      groups = new int[plan.groupLimits().size()][];
      groupMax = new long[groups.length];
      for (int g = 0; g < groups.length; g++) {
        GroupLimit limit = plan.groupLimits().get(g);
        groups[g] = limit.phases().stream().mapToInt(plan::indexOf).toArray();
        groupMax[g] = nanos(limit.max());
      }
      budget = nanos(options.budget().orElse(plan.budget()));
      shortest = nanos(options.shortestItem());
    }

    FitResult fit() {
      long before = total();
      // Step 1: every phase into its time box.
      for (int p = 0; p < cur.length; p++) {
        if (!adjustable[p]) {
          continue;
        }
        String name = "the " + plan.phases().get(p).id();
        if (cur[p] > max[p]) {
          boolean[] only = new boolean[cur.length];
          only[p] = true;
          shrink(List.of(only), cur[p] - max[p], "to bring " + name + " from "
              + fmt(cur[p]) + " down to its " + fmt(max[p]) + " maximum");
        } else if (cur[p] < min[p]) {
          grow(p, min[p] - cur[p], "to bring " + name + " from " + fmt(cur[p]) + " up to its "
              + fmt(min[p]) + " minimum");
        }
      }
      // Step 2: every group within its limit.
      for (int g = 0; g < groups.length; g++) {
        long sum = groupSum(g);
        if (sum > groupMax[g]) {
          shrink(tiers(groups[g]), sum - groupMax[g], "to bring " + groupName(g) + " from "
              + fmt(sum) + " down to their " + fmt(groupMax[g]) + " limit");
        }
      }
      // Step 3: the total to the budget.
      long total = total();
      if (total > budget) {
        shrink(tiers(null), total - budget, "to bring the agenda from " + fmt(total)
            + " down to its " + fmt(budget) + " budget");
      } else if (total < budget && options.fillToBudget()) {
        long left = budget - total;
        String reason = "to bring the agenda from " + fmt(total) + " up to its " + fmt(budget)
            + " budget";
        for (boolean[] tier : tiers(null)) {
          for (int p = 0; p < cur.length && left > 0; p++) {
            if (tier[p]) {
              long room = Math.min(left, headroom(p));
              if (room > 0) {
                left -= room - grow(p, room, reason);
              }
            }
          }
        }
      }
      return result(before);
    }

    /**
     * The phases in the order they give time: absorbing, then the others that may change, then
     * the protected ones if allowed; limited to the given phases, or all if null.
     */
    private List<boolean[]> tiers(int[] within) {
      boolean[] absorbing = new boolean[cur.length];
      boolean[] others = new boolean[cur.length];
      boolean[] protect = new boolean[cur.length];
      for (int p = 0; p < cur.length; p++) {
        boolean included = within == null || contains(within, p);
        if (!included || !adjustable[p]) {
          continue;
        }
        PhasePlan phase = plan.phases().get(p);
        if (phase.keepsItsTime()) {
          protect[p] = true;
        } else if (phase.absorbsOverruns()) {
          absorbing[p] = true;
        } else {
          others[p] = true;
        }
      }
      return List.of(absorbing, others, protect);
    }

    /** Cuts up to {@code amount} from the tiers' items, in three passes; returns what is left. */
    private long shrink(List<boolean[]> tiers, long amount, String reason) {
      List<int[]> orders = new ArrayList<>(tiers.size());
      for (boolean[] tier : tiers) {
        orders.add(candidates(tier));
      }
      long left = amount;
      // Pass 1: drop what the cut covers whole, shorten the rest down to the shortest item.
      for (int[] order : orders) {
        for (int i : order) {
          if (left <= 0) {
            return 0;
          }
          int p = phaseOf[i];
          long take = Math.min(left, cur[p] - min[p]);
          if (dropped[i] || take <= 0) {
            continue;
          }
          if (planned[i] <= take) {
            left -= drop(i, reason);
          } else if (planned[i] - shortest > 0) {
            left -= shorten(i, Math.min(take, planned[i] - shortest), reason);
          }
        }
      }
      // Pass 2: shorten below the shortest item, to one second.
      for (int[] order : orders) {
        for (int i : order) {
          if (left <= 0) {
            return 0;
          }
          int p = phaseOf[i];
          long take = Math.min(left, cur[p] - min[p]);
          if (!dropped[i] && take > 0 && planned[i] > SECOND) {
            left -= shorten(i, Math.min(take, planned[i] - SECOND), reason);
          }
        }
      }
      // Pass 3: drop even if that leaves the total under the target.
      for (int[] order : orders) {
        for (int i : order) {
          if (left <= 0) {
            return 0;
          }
          if (!dropped[i] && planned[i] <= cur[phaseOf[i]] - min[phaseOf[i]]) {
            left -= drop(i, reason);
          }
        }
      }
      return Math.max(0, left);
    }

    /** The items of a tier that may give time, lowest priority first, later items first. */
    private int[] candidates(boolean[] tier) {
      List<Integer> list = new ArrayList<>();
      for (int p = 0; p < cur.length; p++) {
        if (tier[p]) {
          for (int i : itemsOfPhase[p]) {
            if (!items.get(i).mustKeep() && !dropped[i] && planned[i] > 0) {
              list.add(i);
            }
          }
        }
      }
      list.sort(Comparator.comparingInt((Integer i) -> items.get(i).priority()).reversed()
          .thenComparing(Comparator.reverseOrder()));
      return list.stream().mapToInt(Integer::intValue).toArray();
    }

    private long drop(int i, String reason) {
      long amount = planned[i];
      int p = phaseOf[i];
      explain(i, "dropped: priority " + items.get(i).priority() + ", the lowest left in the "
          + plan.phases().get(p).id() + ", " + reason);
      dropped[i] = true;
      cur[p] -= amount;
      planned[i] = 0;
      return amount;
    }

    /** Records why an item changed; an item changed in several steps keeps every reason. */
    private void explain(int i, String reason) {
      why[i] = why[i] == null ? reason : why[i] + "; then " + reason;
    }

    private long shorten(int i, long amount, String reason) {
      int p = phaseOf[i];
      explain(i, "shortened by " + fmt(amount) + ": priority " + items.get(i).priority()
          + ", the lowest left in the " + plan.phases().get(p).id() + ", " + reason);
      planned[i] -= amount;
      cur[p] -= amount;
      return amount;
    }

    /**
     * Lengthens a phase's items by {@code amount} in proportion to their planned times: the items
     * that are not must-keep if any has time, else every item with time, else every item
     * equally. Returns what could not be given (all of it if the phase has no items).
     */
    private long grow(int p, long amount, String reason) {
      int[] pool = pool(p, true, true);
      if (pool.length == 0) {
        pool = pool(p, false, true);
      }
      boolean equal = false;
      if (pool.length == 0) {
        pool = pool(p, false, false);
        equal = true;
      }
      if (pool.length == 0) {
        return amount;
      }
      long unit = amount % SECOND == 0 ? SECOND : 1;
      long units = amount / unit;
      long weightSum = 0;
      long[] weights = new long[pool.length];
      for (int k = 0; k < pool.length; k++) {
        weights[k] = equal ? 1 : planned[pool[k]];
        weightSum += weights[k];
      }
      long[] share = new long[pool.length];
      long[] remainder = new long[pool.length];
      long given = 0;
      for (int k = 0; k < pool.length; k++) {
        long[] qr = mulDiv(units, weights[k], weightSum);
        share[k] = qr[0];
        remainder[k] = qr[1];
        given += share[k];
      }
      Integer[] byRemainder = new Integer[pool.length];
      for (int k = 0; k < pool.length; k++) {
        byRemainder[k] = k;
      }
      Arrays.sort(byRemainder, Comparator.comparingLong((Integer k) -> remainder[k]).reversed()
          .thenComparingInt(k -> k));
      for (int r = 0; given < units; r++) {
        share[byRemainder[r % pool.length]]++;
        given++;
      }
      for (int k = 0; k < pool.length; k++) {
        long add = share[k] * unit;
        if (add > 0) {
          int i = pool[k];
          planned[i] += add;
          cur[p] += add;
          explain(i, "lengthened by " + fmt(add) + (equal ? ", shared equally with the other"
              + " items of the " + plan.phases().get(p).id() + ", " : ", in proportion to its"
              + " planned time, ") + reason);
        }
      }
      return 0;
    }

    private int[] pool(int p, boolean onlyOptional, boolean onlyTimed) {
      return Arrays.stream(itemsOfPhase[p])
          .filter(i -> !dropped[i])
          .filter(i -> !onlyOptional || !items.get(i).mustKeep())
          .filter(i -> !onlyTimed || planned[i] > 0)
          .toArray();
    }

    /** The most a phase can grow: to its maximum and within every group limit it is part of. */
    private long headroom(int p) {
      long room = max[p] - cur[p];
      for (int g = 0; g < groups.length; g++) {
        if (contains(groups[g], p)) {
          room = Math.min(room, groupMax[g] - groupSum(g));
        }
      }
      return room;
    }

    private FitResult result(long before) {
      List<String> problems = new ArrayList<>();
      for (int p = 0; p < cur.length; p++) {
        PhasePlan phase = plan.phases().get(p);
        String name = "the " + phase.id();
        if (cur[p] >= min[p] && cur[p] <= max[p]) {
          continue;
        }
        boolean above = cur[p] > max[p];
        String bound = above ? fmt(max[p]) + " maximum" : fmt(min[p]) + " minimum";
        if (!adjustable[p]) {
          problems.add(name + " keeps its time and is planned for " + fmt(cur[p]) + " against"
              + " its " + bound + "; set FitOptions.adjustProtectedPhases to let the fitter"
              + " change it");
        } else if (above) {
          problems.add(name + " cannot go below " + fmt(cur[p]) + " against its " + bound
              + ": its must-keep items take " + fmt(mustKeep(p)));
        } else if (itemsOfPhase[p].length == 0) {
          problems.add(name + " has no items, so it cannot reach its " + bound
              + "; add an item to it");
        } else {
          problems.add(name + " is planned for " + fmt(cur[p]) + " against its " + bound);
        }
      }
      for (int g = 0; g < groups.length; g++) {
        long sum = groupSum(g);
        if (sum > groupMax[g]) {
          problems.add(groupName(g) + " cannot go below " + fmt(sum) + " against their "
              + fmt(groupMax[g]) + " limit");
        }
      }
      long total = total();
      if (total > budget) {
        problems.add("the agenda cannot go below " + fmt(total) + " against its " + fmt(budget)
            + " budget: time-box minimums, must-keep items and phases that keep their time add"
            + " up to that");
      }
      Duration budgetTime = Duration.ofNanos(budget);
      if (!problems.isEmpty()) {
        return FitResult.builder().fits(false).agenda(agenda).reason("no fit: "
            + String.join("; ", problems)).before(Duration.ofNanos(before))
            .after(Duration.ofNanos(before)).budget(budgetTime).build();
      }
      List<AgendaItem> kept = new ArrayList<>(items.size());
      List<FitChange> changes = new ArrayList<>();
      int droppedCount = 0;
      int shortened = 0;
      int lengthened = 0;
      for (int i = 0; i < items.size(); i++) {
        AgendaItem item = items.get(i);
        long was = nanos(item.planned());
        FitChangeKind kind = dropped[i] ? FitChangeKind.DROPPED
            : planned[i] < was ? FitChangeKind.SHORTENED
            : planned[i] > was ? FitChangeKind.LENGTHENED : null;
        if (!dropped[i]) {
          kept.add(kind == null ? item : item.withPlanned(Duration.ofNanos(planned[i])));
        }
        if (kind == null) {
          continue;
        }
        if (kind == FitChangeKind.DROPPED) {
          droppedCount++;
        } else if (kind == FitChangeKind.SHORTENED) {
          shortened++;
        } else {
          lengthened++;
        }
        changes.add(FitChange.builder().itemId(item.id()).phase(item.phase()).kind(kind)
            .before(item.planned()).after(Duration.ofNanos(planned[i])).reason(why[i]).build());
      }
      String reason;
      if (changes.isEmpty()) {
        reason = "fits as it is: " + fmt(total) + " against a " + fmt(budget) + " budget, every"
            + " phase within its time box";
      } else {
        List<String> done = new ArrayList<>();
        if (droppedCount > 0) {
          done.add("dropped " + count(droppedCount));
        }
        if (shortened > 0) {
          done.add("shortened " + count(shortened));
        }
        if (lengthened > 0) {
          done.add("lengthened " + count(lengthened));
        }
        reason = "fits: " + fmt(before) + " brought to " + fmt(total) + " against a "
            + fmt(budget) + " budget, every phase within its time box; "
            + String.join(", ", done);
      }
      return FitResult.builder().fits(true)
          .agenda(changes.isEmpty() ? agenda : agenda.withItems(kept))
          .changes(changes).reason(reason).before(Duration.ofNanos(before))
          .after(Duration.ofNanos(total)).budget(budgetTime).build();
    }

    private long mustKeep(int p) {
      long sum = 0;
      for (int i : itemsOfPhase[p]) {
        if (items.get(i).mustKeep()) {
          sum += planned[i];
        }
      }
      return sum;
    }

    private long total() {
      long sum = 0;
      for (long phase : cur) {
        sum += phase;
      }
      return sum;
    }

    private long groupSum(int g) {
      long sum = 0;
      for (int p : groups[g]) {
        sum += cur[p];
      }
      return sum;
    }

    private String groupName(int g) {
      return plan.groupLimits().get(g).name();
    }
  }

  private static boolean contains(int[] phases, int phase) {
    for (int p : phases) {
      if (p == phase) {
        return true;
      }
    }
    return false;
  }

  private static String count(int n) {
    return n == 1 ? "1 item" : n + " items";
  }

  private static long nanos(Duration duration) {
    return duration.toNanos();
  }

  private static String fmt(long nanos) {
    return format(Duration.ofNanos(nanos));
  }

  /** Returns {@code a * b / c} and {@code a * b % c} for non-negative values, without overflow. */
  private static long[] mulDiv(long a, long b, long c) {
    if (Math.multiplyHigh(a, b) == 0 && a * b >= 0) {
      long product = a * b;
      return new long[] {product / c, product % c};
    }
    BigInteger[] qr = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b))
        .divideAndRemainder(BigInteger.valueOf(c));
    return new long[] {qr[0].longValueExact(), qr[1].longValueExact()};
  }
}
