package io.github.twentyminute.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * The one policy for sharing time between the phases of a meeting: who gives up time first when
 * there is too little, and who takes up the time left over. The agenda fitter follows it when it
 * fits an agenda to its budget, and the live pacer when it re-plans the rest of a meeting.
 *
 * <p>Phases give up time, and take up time left over, tier by tier: first the phases that absorb
 * overruns (the book's discussion), then the other phases, and last the phases that keep their
 * time (the book's ending), and those only where the caller allows it. Within a tier the caller
 * decides who gives first (the fitter the lowest-priority items, the pacer the last phase); time
 * left over goes to the phases of a tier in plan order, each up to its room.
 *
 * <p>Phases are named by their index in the plan. Instances are immutable and thread-safe.
 */
public final class TimeAllocation {
  /** What a phase does when the meeting has too little or too much time. */
  public enum Role {
    /** Gives up time first and takes up time left first (the book's discussion). */
    ABSORBS_OVERRUNS,
    /** Gives up time, and takes it up, after the phases that absorb overruns. */
    OTHER,
    /** Keeps its time (the book's ending): changed last, and only where allowed. */
    KEEPS_ITS_TIME
  }

  /** Takes up time left over, phase by phase. */
  public interface Taker {
    /**
     * Returns how much more time a phase can take.
     *
     * @param phase the phase's index in the plan
     * @return the room, zero or more
     */
    Duration room(int phase);

    /**
     * Gives time to a phase, at most its room.
     *
     * @param phase the phase's index in the plan
     * @param amount the time to give, positive and at most the room
     * @return the time the phase really took, from zero to {@code amount}
     */
    Duration take(int phase, Duration amount);
  }

  private final List<Role> roles;
  private final boolean protectedMayChange;

  private TimeAllocation(List<Role> roles, boolean protectedMayChange) {
    this.roles = roles;
    this.protectedMayChange = protectedMayChange;
  }

  /**
   * Obtains the allocation for phases with the given roles.
   *
   * @param roles the role of each phase, in plan order; not null
   * @param protectedMayChange whether phases that keep their time may give and take time
   * @return the allocation
   */
  public static TimeAllocation of(List<Role> roles, boolean protectedMayChange) {
    return new TimeAllocation(List.copyOf(Objects.requireNonNull(roles, "roles")),
        protectedMayChange);
  }

  /**
   * Returns the role of a phase.
   *
   * @param phase the phase's index in the plan
   * @return the role
   */
  public Role role(int phase) {
    return roles.get(phase);
  }

  /**
   * Checks if a phase may give or take time at all.
   *
   * @param phase the phase's index in the plan
   * @return false only for a phase that keeps its time where that is not allowed
   */
  public boolean mayChange(int phase) {
    return protectedMayChange || roles.get(phase) != Role.KEEPS_ITS_TIME;
  }

  /**
   * Returns the phases in the tiers they give up time in, each tier in plan order; phases that
   * may not change are left out, and so are tiers left empty.
   *
   * @return the tiers, first to give first
   */
  public List<List<Integer>> tiers() {
    return tiers(phase -> true);
  }

  /**
   * Returns some of the phases in the tiers they give up time in; see {@link #tiers()}.
   *
   * @param within which phases to include, by index, not null
   * @return the tiers, first to give first
   */
  public List<List<Integer>> tiers(IntPredicate within) {
    List<List<Integer>> tiers = new ArrayList<>(3);
    for (Role role : Role.values()) {
      List<Integer> tier = new ArrayList<>();
      for (int phase = 0; phase < roles.size(); phase++) {
        if (roles.get(phase) == role && mayChange(phase) && within.test(phase)) {
          tier.add(phase);
        }
      }
      if (!tier.isEmpty()) {
        tiers.add(Collections.unmodifiableList(tier));
      }
    }
    return Collections.unmodifiableList(tiers);
  }

  /**
   * Gives out time left over: tier by tier, and within a tier to the phases in plan order, each
   * up to its room.
   *
   * @param amount the time to give out, zero or more; not null
   * @param taker the phases, not null
   * @return the time no phase took, zero or more
   */
  public Duration giveOut(Duration amount, Taker taker) {
    Duration left = Durations.requireNonNegative(amount, "time to give out");
    for (List<Integer> tier : tiers()) {
      for (int phase : tier) {
        if (left.isZero()) {
          return left;
        }
        Duration room = Durations.min(left, taker.room(phase));
        if (room.compareTo(Duration.ZERO) > 0) {
          left = left.minus(taker.take(phase, room));
        }
      }
    }
    return left;
  }

  /** Returns the roles, such as {@code TimeAllocation[ABSORBS_OVERRUNS, OTHER]}. */
  @Override
  public String toString() {
    return "TimeAllocation" + roles + (protectedMayChange ? ", protected phases may change" : "");
  }
}
