package io.github.twentyminute.plan;

import io.github.twentyminute.internal.Durations;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A limit on the combined time of several phases, such as the book's
 * "introduction + overview &lt;= 4:00".
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class GroupLimit {
  GroupLimit() {}

  /**
   * Returns the phases whose times are added up, in plan order.
   *
   * @return the phase ids, at least one, no duplicates
   */
  public abstract List<PhaseId> phases();

  /**
   * Returns the most the phases may take together.
   *
   * @return the limit, zero or positive
   */
  public abstract Duration max();

  /**
   * Obtains a group limit.
   *
   * @param max the most the phases may take together, not null, not negative
   * @param phases the phases, at least one, no duplicates
   * @return the group limit
   * @throws IllegalArgumentException if no phase is given, a phase is repeated or max is negative
   */
  public static GroupLimit of(Duration max, PhaseId... phases) {
    return ImmutableGroupLimit.builder().max(max).phases(Arrays.asList(phases)).build();
  }

  /**
   * Returns the readable name of the group, such as {@code introduction + overview}.
   *
   * @return the name
   */
  public String name() {
    return phases().stream().map(PhaseId::value).collect(Collectors.joining(" + "));
  }

  @Value.Check
  final void check() {
    Durations.requireInRange(max(), "group limit max");
    if (phases().isEmpty()) {
      throw new IllegalArgumentException("group limit must name at least one phase, but named none");
    }
    Set<PhaseId> seen = new HashSet<>();
    for (PhaseId phase : phases()) {
      if (!seen.add(phase)) {
        throw new IllegalArgumentException(
            "group limit " + name() + " names phase " + phase
                + " twice; each phase may appear once");
      }
    }
  }

  /** Returns the text form, such as {@code introduction + overview <= 4:00}. */
  @Override
  public String toString() {
    return name() + " <= " + Durations.format(max());
  }
}
