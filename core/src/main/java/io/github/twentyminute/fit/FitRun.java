package io.github.twentyminute.fit;

import static io.github.twentyminute.internal.Durations.format;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.internal.Shares;
import io.github.twentyminute.internal.TimeAllocation;
import io.github.twentyminute.internal.TimeAllocation.Role;
import io.github.twentyminute.plan.GroupLimit;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhasePlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One fitting of one agenda: the phases, items and groups of the agenda with their planned times
 * in nanoseconds, changed step by step (see {@link AgendaFitter}).
 */
final class FitRun {
  private static final long SECOND = 1_000_000_000L;
  /** The order items give up time in: lowest priority (highest number) first, later first. */
  private static final Comparator<ItemTime> GIVING_ORDER =
      Comparator.comparingInt((ItemTime i) -> i.item.priority()).reversed()
          .thenComparing(Comparator.comparingInt((ItemTime i) -> i.index).reversed());

  private final Agenda agenda;
  private final FitOptions options;
  private final TimeAllocation allocation;
  private final List<PhaseTime> phases;
  private final List<ItemTime> items;
  private final List<GroupTime> groups;
  private final long budget;
  private final long shortest;

  FitRun(Agenda agenda, FitOptions options) {
    this.agenda = agenda;
    this.options = options;
    MeetingPlan plan = agenda.plan();
    this.allocation = TimeAllocation.of(plan.phases().stream().map(FitRun::role)
        .collect(Collectors.toList()), options.adjustProtectedPhases());
    this.phases = new ArrayList<>(plan.phases().size());
    for (int p = 0; p < plan.phases().size(); p++) {
      phases.add(new PhaseTime(plan.phases().get(p), p, allocation.mayChange(p)));
    }
    this.items = new ArrayList<>(agenda.items().size());
    for (AgendaItem item : agenda.items()) {
      PhaseTime phase = phases.get(plan.indexOf(item.phase()));
      ItemTime time = new ItemTime(item, items.size(), phase);
      items.add(time);
      phase.items.add(time);
      phase.planned += time.planned;
    }
    this.groups = new ArrayList<>(plan.groupLimits().size());
    for (GroupLimit limit : plan.groupLimits()) {
      groups.add(new GroupTime(limit, limit.phases().stream()
          .map(id -> phases.get(plan.indexOf(id))).collect(Collectors.toList())));
    }
    this.budget = options.budget().orElse(plan.budget()).toNanos();
    this.shortest = options.shortestItem().toNanos();
  }

  private static Role role(PhasePlan phase) {
    return phase.keepsItsTime() ? Role.KEEPS_ITS_TIME
        : phase.absorbsOverruns() ? Role.ABSORBS_OVERRUNS : Role.OTHER;
  }

  FitResult fit() {
    long before = total();
    fitPhasesToTimeBoxes();
    fitGroupsToLimits();
    fitTotalToBudget();
    List<String> problems = problems();
    return problems.isEmpty() ? fitted(before) : noFit(before, problems);
  }

  /** Step 1: every phase the fitter may change into its time box. */
  private void fitPhasesToTimeBoxes() {
    for (PhaseTime phase : phases) {
      if (!phase.adjustable) {
        continue;
      }
      String name = "the " + phase.plan.id();
      if (phase.planned > phase.maximum) {
        cut(List.of(List.of(phase)), phase.planned - phase.maximum, "to bring " + name + " from "
            + text(phase.planned) + " down to its " + text(phase.maximum) + " maximum");
      } else if (phase.planned < phase.minimum) {
        lengthen(phase, phase.minimum - phase.planned, "to bring " + name + " from "
            + text(phase.planned) + " up to its " + text(phase.minimum) + " minimum");
      }
    }
  }

  /** Step 2: every group of phases within its limit. */
  private void fitGroupsToLimits() {
    for (GroupTime group : groups) {
      long planned = group.planned();
      if (planned > group.maximum) {
        cut(tiers(group::contains), planned - group.maximum, "to bring " + group.name()
            + " from " + text(planned) + " down to their " + text(group.maximum) + " limit");
      }
    }
  }

  /** Step 3: the total to the budget, cut down or, if the options say so, filled up. */
  private void fitTotalToBudget() {
    long total = total();
    if (total > budget) {
      cut(tiers(phase -> true), total - budget, "to bring the agenda from " + text(total)
          + " down to its " + text(budget) + " budget");
    } else if (total < budget && options.fillToBudget()) {
      String reason = "to bring the agenda from " + text(total) + " up to its " + text(budget)
          + " budget";
      allocation.giveOut(Duration.ofNanos(budget - total), new TimeAllocation.Taker() {
        @Override
        public Duration room(int phase) {
          return Duration.ofNanos(headroom(phases.get(phase)));
        }

        @Override
        public Duration take(int phase, Duration amount) {
          long given = amount.toNanos();
          return Duration.ofNanos(given - lengthen(phases.get(phase), given, reason));
        }
      });
    }
  }

  /** The phases passing the test, in the tiers of the time allocation. */
  private List<List<PhaseTime>> tiers(Predicate<PhaseTime> within) {
    return allocation.tiers(p -> within.test(phases.get(p))).stream()
        .map(tier -> tier.stream().map(phases::get).collect(Collectors.toList()))
        .collect(Collectors.toList());
  }

  /** The most a phase can grow: to its maximum and within every group limit it is part of. */
  private long headroom(PhaseTime phase) {
    long room = phase.maximum - phase.planned;
    for (GroupTime group : groups) {
      if (group.contains(phase)) {
        room = Math.min(room, group.maximum - group.planned());
      }
    }
    return room;
  }

  /**
   * Cuts up to {@code amount} from the items of the tiers, tier by tier and lowest priority first,
   * never taking a phase below its minimum: first dropping what the cut covers whole and
   * shortening the rest down to the shortest item, then shortening to one second, then dropping
   * even if that leaves less than was asked for.
   */
  private void cut(List<List<PhaseTime>> tiers, long amount, String reason) {
    List<List<ItemTime>> orders = new ArrayList<>(tiers.size());
    for (List<PhaseTime> tier : tiers) {
      List<ItemTime> order = new ArrayList<>();
      tier.forEach(phase -> phase.items.stream().filter(ItemTime::mayGive).forEach(order::add));
      order.sort(GIVING_ORDER);
      orders.add(order);
    }
    long left = dropOrShortenToShortest(orders, amount, reason);
    left = shortenToOneSecond(orders, left, reason);
    dropWhatFits(orders, left, reason);
  }

  private long dropOrShortenToShortest(List<List<ItemTime>> orders, long amount, String reason) {
    long left = amount;
    for (List<ItemTime> order : orders) {
      for (ItemTime item : order) {
        if (left <= 0) {
          return left;
        }
        long take = Math.min(left, item.phase.spare());
        if (item.dropped || take <= 0) {
          continue;
        }
        if (item.planned <= take) {
          left -= drop(item, reason);
        } else if (item.planned - shortest > 0) {
          left -= shorten(item, Math.min(take, item.planned - shortest), reason);
        }
      }
    }
    return left;
  }

  private long shortenToOneSecond(List<List<ItemTime>> orders, long amount, String reason) {
    long left = amount;
    for (List<ItemTime> order : orders) {
      for (ItemTime item : order) {
        if (left <= 0) {
          return left;
        }
        long take = Math.min(left, item.phase.spare());
        if (!item.dropped && take > 0 && item.planned > SECOND) {
          left -= shorten(item, Math.min(take, item.planned - SECOND), reason);
        }
      }
    }
    return left;
  }

  private void dropWhatFits(List<List<ItemTime>> orders, long amount, String reason) {
    long left = amount;
    for (List<ItemTime> order : orders) {
      for (ItemTime item : order) {
        if (left <= 0) {
          return;
        }
        if (!item.dropped && item.planned <= item.phase.spare()) {
          left -= drop(item, reason);
        }
      }
    }
  }

  private long drop(ItemTime item, String reason) {
    item.reasons.add("dropped: priority " + item.item.priority() + ", the lowest left in the "
        + item.phase.plan.id() + ", " + reason);
    return item.drop();
  }

  private long shorten(ItemTime item, long amount, String reason) {
    item.reasons.add("shortened by " + text(amount) + ": priority " + item.item.priority()
        + ", the lowest left in the " + item.phase.plan.id() + ", " + reason);
    item.shorten(amount);
    return amount;
  }

  /**
   * Lengthens a phase's items by {@code amount} in proportion to their planned times: the items
   * that are not must-keep if any has time, else every item with time, else every item
   * equally. Returns what could not be given (all of it if the phase has no items).
   */
  private long lengthen(PhaseTime phase, long amount, String reason) {
    List<ItemTime> pool = pool(phase, i -> !i.item.mustKeep() && i.planned > 0);
    if (pool.isEmpty()) {
      pool = pool(phase, i -> i.planned > 0);
    }
    boolean equally = pool.isEmpty();
    if (equally) {
      pool = pool(phase, i -> true);
    }
    if (pool.isEmpty()) {
      return amount;
    }
    long unit = amount % SECOND == 0 ? SECOND : 1;
    long[] weights = new long[pool.size()];
    for (int k = 0; k < weights.length; k++) {
      weights[k] = equally ? 1 : pool.get(k).planned;
    }
    long[] shares = Shares.largestRemainder(weights, amount / unit);
    for (int k = 0; k < shares.length; k++) {
      long add = shares[k] * unit;
      if (add > 0) {
        ItemTime item = pool.get(k);
        item.lengthen(add);
        item.reasons.add("lengthened by " + text(add) + (equally ? ", shared equally with the"
            + " other items of the " + phase.plan.id() + ", " : ", in proportion to its planned"
            + " time, ") + reason);
      }
    }
    return 0;
  }

  private static List<ItemTime> pool(PhaseTime phase, Predicate<ItemTime> test) {
    List<ItemTime> pool = new ArrayList<>(phase.items.size());
    for (ItemTime item : phase.items) {
      if (!item.dropped && test.test(item)) {
        pool.add(item);
      }
    }
    return pool;
  }

  /** What keeps the agenda from fitting after the three steps; empty if it fits. */
  private List<String> problems() {
    List<String> problems = new ArrayList<>();
    for (PhaseTime phase : phases) {
      if (!phase.withinTimeBox()) {
        problems.add(phaseProblem(phase));
      }
    }
    for (GroupTime group : groups) {
      long planned = group.planned();
      if (planned > group.maximum) {
        problems.add(group.name() + " cannot go below " + text(planned) + " against their "
            + text(group.maximum) + " limit");
      }
    }
    long total = total();
    if (total > budget) {
      problems.add("the agenda cannot go below " + text(total) + " against its " + text(budget)
          + " budget: time-box minimums, must-keep items and phases that keep their time add"
          + " up to that");
    }
    return problems;
  }

  private String phaseProblem(PhaseTime phase) {
    String name = "the " + phase.plan.id();
    boolean above = phase.planned > phase.maximum;
    String bound = above ? text(phase.maximum) + " maximum" : text(phase.minimum) + " minimum";
    if (!phase.adjustable) {
      return name + " keeps its time and is planned for " + text(phase.planned) + " against"
          + " its " + bound + "; set FitOptions.adjustProtectedPhases to let the fitter"
          + " change it";
    } else if (above) {
      return name + " cannot go below " + text(phase.planned) + " against its " + bound
          + ": its must-keep items take " + text(phase.mustKeep());
    } else if (phase.items.isEmpty()) {
      return name + " has no items, so it cannot reach its " + bound + "; add an item to it";
    }
    return name + " is planned for " + text(phase.planned) + " against its " + bound;
  }

  private FitResult noFit(long before, List<String> problems) {
    return FitResult.builder().fits(false).agenda(agenda)
        .reason("no fit: " + String.join("; ", problems)).before(Duration.ofNanos(before))
        .after(Duration.ofNanos(before)).budget(Duration.ofNanos(budget)).build();
  }

  private FitResult fitted(long before) {
    List<AgendaItem> kept = new ArrayList<>(items.size());
    List<FitChange> changes = new ArrayList<>();
    int[] counts = new int[FitChangeKind.values().length];
    for (ItemTime time : items) {
      FitChangeKind kind = time.dropped ? FitChangeKind.DROPPED
          : time.planned < time.before ? FitChangeKind.SHORTENED
          : time.planned > time.before ? FitChangeKind.LENGTHENED : null;
      if (!time.dropped) {
        kept.add(kind == null ? time.item : time.item.withPlanned(Duration.ofNanos(time.planned)));
      }
      if (kind != null) {
        counts[kind.ordinal()]++;
        changes.add(FitChange.builder().itemId(time.item.id()).phase(time.item.phase())
            .kind(kind).before(time.item.planned()).after(Duration.ofNanos(time.planned))
            .reason(String.join("; then ", time.reasons)).build());
      }
    }
    long total = total();
    return FitResult.builder().fits(true)
        .agenda(changes.isEmpty() ? agenda : agenda.withItems(kept))
        .changes(changes).reason(summary(before, total, counts)).before(Duration.ofNanos(before))
        .after(Duration.ofNanos(total)).budget(Duration.ofNanos(budget)).build();
  }

  private String summary(long before, long total, int[] counts) {
    if (counts[0] + counts[1] + counts[2] == 0) {
      return "fits as it is: " + text(total) + " against a " + text(budget) + " budget, every"
          + " phase within its time box";
    }
    List<String> done = new ArrayList<>();
    String[] verbs = {"dropped ", "shortened ", "lengthened "};
    for (FitChangeKind kind : FitChangeKind.values()) {
      int n = counts[kind.ordinal()];
      if (n > 0) {
        done.add(verbs[kind.ordinal()] + (n == 1 ? "1 item" : n + " items"));
      }
    }
    return "fits: " + text(before) + " brought to " + text(total) + " against a " + text(budget)
        + " budget, every phase within its time box; " + String.join(", ", done);
  }

  private long total() {
    long sum = 0;
    for (PhaseTime phase : phases) {
      sum += phase.planned;
    }
    return sum;
  }

  private static String text(long nanos) {
    return format(Duration.ofNanos(nanos));
  }
}
