package io.github.twentyminute.fit;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
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
  /** The steps taken so far, in order. */
  private final List<Finding> steps = new ArrayList<>();

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
    List<Finding> obstacles = obstacles();
    return obstacles.isEmpty() ? fitted(before) : noFit(before, obstacles);
  }

  /** Step 1: every phase the fitter may change into its time box. */
  private void fitPhasesToTimeBoxes() {
    for (PhaseTime phase : phases) {
      if (!phase.adjustable) {
        continue;
      }
      boolean over = phase.planned > phase.maximum;
      if (over || phase.planned < phase.minimum) {
        Finding step = step(FitFindings.phaseStep(phase.index, phase.plan.id(),
            time(phase.planned), time(over ? phase.maximum : phase.minimum), over));
        if (over) {
          cut(List.of(List.of(phase)), phase.planned - phase.maximum, step);
        } else {
          lengthen(phase, phase.minimum - phase.planned, step);
        }
      }
    }
  }

  /** Step 2: every group of phases within its limit. */
  private void fitGroupsToLimits() {
    for (int g = 0; g < groups.size(); g++) {
      GroupTime group = groups.get(g);
      long planned = group.planned();
      if (planned > group.maximum) {
        cut(tiers(group::contains), planned - group.maximum,
            step(FitFindings.groupStep(g, group.limit, time(planned))));
      }
    }
  }

  /** Step 3: the total to the budget, cut down or, if the options say so, filled up. */
  private void fitTotalToBudget() {
    long total = total();
    if (total > budget) {
      cut(tiers(phase -> true), total - budget,
          step(FitFindings.budgetStep(budgetLocation(), time(total), time(budget))));
    } else if (total < budget && options.fillToBudget()) {
      Finding step = FitFindings.budgetStep(budgetLocation(), time(total), time(budget));
      Duration left = allocation.giveOut(time(budget - total), new TimeAllocation.Taker() {
        @Override
        public Duration room(int phase) {
          return time(headroom(phases.get(phase)));
        }

        @Override
        public Duration take(int phase, Duration amount) {
          long given = amount.toNanos();
          return time(given - lengthen(phases.get(phase), given, step));
        }
      });
      if (left.toNanos() < budget - total) {
        steps.add(step);
      }
    }
  }

  /** Records a step that may change items; a fill is recorded only once it gave time. */
  private Finding step(Finding step) {
    steps.add(step);
    return step;
  }

  private Location budgetLocation() {
    return FitFindings.budget(options.budget().isEmpty());
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
  private void cut(List<List<PhaseTime>> tiers, long amount, Finding step) {
    List<List<ItemTime>> orders = new ArrayList<>(tiers.size());
    for (List<PhaseTime> tier : tiers) {
      List<ItemTime> order = new ArrayList<>();
      tier.forEach(phase -> phase.items.stream().filter(ItemTime::mayGive).forEach(order::add));
      order.sort(GIVING_ORDER);
      orders.add(order);
    }
    long left = cutInOrder(orders, amount, (item, wanted) -> {
      long take = Math.min(wanted, item.phase.spare());
      if (take <= 0) {
        return 0;
      }
      if (item.planned <= take) {
        return drop(item, step);
      }
      return item.planned - shortest > 0
          ? shorten(item, Math.min(take, item.planned - shortest), step) : 0;
    });
    left = cutInOrder(orders, left, (item, wanted) -> {
      long take = Math.min(wanted, item.phase.spare());
      return take > 0 && item.planned > SECOND
          ? shorten(item, Math.min(take, item.planned - SECOND), step) : 0;
    });
    cutInOrder(orders, left,
        (item, wanted) -> item.planned <= item.phase.spare() ? drop(item, step) : 0);
  }

  /** What one visit of {@link #cutInOrder} does to an item: the time it cut, zero or more. */
  @FunctionalInterface
  private interface Cut {
    long apply(ItemTime item, long wanted);
  }

  /**
   * Visits the items not yet dropped, tier by tier in giving order, while time is still wanted.
   *
   * @return the time still wanted after the last visit, zero or less when all was cut
   */
  private static long cutInOrder(List<List<ItemTime>> orders, long amount, Cut cut) {
    long left = amount;
    for (List<ItemTime> order : orders) {
      for (ItemTime item : order) {
        if (left <= 0) {
          return left;
        }
        if (!item.dropped) {
          left -= cut.apply(item, left);
        }
      }
    }
    return left;
  }

  private static long drop(ItemTime item, Finding step) {
    item.changedFor(step);
    return item.drop();
  }

  private static long shorten(ItemTime item, long amount, Finding step) {
    item.changedFor(step);
    item.shorten(amount);
    return amount;
  }

  /**
   * Lengthens a phase's items by {@code amount} in proportion to their planned times: the items
   * that are not must-keep if any has time, else every item with time, else every item
   * equally. Returns what could not be given (all of it if the phase has no items).
   */
  private long lengthen(PhaseTime phase, long amount, Finding step) {
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
        item.changedFor(step);
        item.sharedEqually |= equally;
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
  private List<Finding> obstacles() {
    List<Finding> obstacles = new ArrayList<>();
    for (PhaseTime phase : phases) {
      if (!phase.withinTimeBox()) {
        obstacles.add(phaseObstacle(phase));
      }
    }
    for (int g = 0; g < groups.size(); g++) {
      long planned = groups.get(g).planned();
      if (planned > groups.get(g).maximum) {
        obstacles.add(FitFindings.groupOverLimit(g, groups.get(g).limit, time(planned)));
      }
    }
    long total = total();
    if (total > budget) {
      obstacles.add(FitFindings.overBudget(budgetLocation(), time(total), time(budget)));
    }
    return obstacles;
  }

  private static Finding phaseObstacle(PhaseTime phase) {
    boolean above = phase.planned > phase.maximum;
    if (!phase.adjustable) {
      return FitFindings.protectedPhase(phase.index, phase.plan.id(), time(phase.planned),
          time(above ? phase.maximum : phase.minimum), above);
    } else if (above) {
      return FitFindings.mustKeep(phase.index, phase.plan.id(), time(phase.planned),
          time(phase.maximum), time(phase.mustKeep()));
    } else if (phase.items.isEmpty()) {
      return FitFindings.noItems(phase.index, phase.plan.id(), time(phase.minimum));
    }
    return FitFindings.underMinimum(phase.index, phase.plan.id(), time(phase.planned),
        time(phase.minimum));
  }

  /** The least time each phase can be fitted to, from the agenda as it came in. */
  private List<PhaseMinimum> minimums() {
    List<PhaseMinimum> minimums = new ArrayList<>(phases.size());
    for (PhaseTime phase : phases) {
      List<String> mustKeep = new ArrayList<>();
      long mustKeepTime = 0;
      long planned = 0;
      for (ItemTime item : phase.items) {
        planned += item.before;
        if (item.item.mustKeep()) {
          mustKeep.add(item.item.id());
          mustKeepTime += item.before;
        }
      }
      PhaseMinimum.Cause cause = !phase.adjustable ? PhaseMinimum.Cause.KEEPS_ITS_TIME
          : mustKeepTime > phase.minimum ? PhaseMinimum.Cause.MUST_KEEP_ITEMS
          : PhaseMinimum.Cause.TIME_BOX;
      Duration least = time(cause == PhaseMinimum.Cause.KEEPS_ITS_TIME ? planned
          : Math.max(mustKeepTime, phase.minimum));
      minimums.add(PhaseMinimum.builder().phase(phase.plan.id()).least(least).cause(cause)
          .mustKeepItems(mustKeep)
          .finding(FitFindings.minimum(phase.index, phase.plan.id(), least, cause)).build());
    }
    return minimums;
  }

  private FitResult noFit(long before, List<Finding> obstacles) {
    List<PhaseMinimum> minimums = minimums();
    Duration least = minimums.stream().map(PhaseMinimum::least)
        .reduce(Duration.ZERO, Duration::plus);
    return FitResult.builder().fits(false).agenda(agenda).steps(steps).obstacles(obstacles)
        .minimums(minimums)
        .finding(FitFindings.noFit(time(before), time(budget), least, obstacles.size()))
        .before(time(before)).after(time(before)).budget(time(budget)).build();
  }

  private FitResult fitted(long before) {
    List<AgendaItem> kept = new ArrayList<>(items.size());
    List<FitChange> changes = new ArrayList<>();
    long[] byKind = new long[FitChange.Kind.values().length];
    for (ItemTime time : items) {
      FitChange.Kind kind = time.dropped ? FitChange.Kind.DROPPED
          : time.planned < time.before ? FitChange.Kind.SHORTENED
          : time.planned > time.before ? FitChange.Kind.LENGTHENED : null;
      if (!time.dropped) {
        kept.add(kind == null ? time.item : time.item.withPlanned(time(time.planned)));
      }
      if (kind != null) {
        byKind[kind.ordinal()]++;
        changes.add(change(time, kind));
      }
    }
    long total = total();
    Finding summary = changes.isEmpty() ? FitFindings.fitsAsIs(time(total), time(budget))
        : FitFindings.fitted(time(before), time(total), time(budget), byKind);
    return FitResult.builder().fits(true)
        .agenda(changes.isEmpty() ? agenda : agenda.withItems(kept))
        .changes(changes).finding(summary).steps(steps).minimums(minimums())
        .before(time(before)).after(time(total)).budget(time(budget)).build();
  }

  private static FitChange change(ItemTime time, FitChange.Kind kind) {
    AgendaItem item = time.item;
    Duration after = time(time.planned);
    return FitChange.builder().itemId(item.id()).phase(item.phase()).kind(kind)
        .before(item.planned()).after(after).reasons(time.reasons)
        .finding(FitFindings.change(kind, time.sharedEqually, time.index, item.id(),
            item.phase(), item.priority(), item.planned(), after))
        .build();
  }

  private long total() {
    long sum = 0;
    for (PhaseTime phase : phases) {
      sum += phase.planned;
    }
    return sum;
  }

  private static Duration time(long nanos) {
    return Duration.ofNanos(nanos);
  }
}
