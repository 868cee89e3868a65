package io.github.twentyminute.examples.bench;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.rules.RuleSet;
import io.github.twentyminute.rules.ValidationReport;
import io.github.twentyminute.testing.AgendaGenerator;
import io.github.twentyminute.testing.Randomness;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to validate generated valid agendas of 10 to 10,000 items with every built-in rule; the
 * time per item (the score divided by {@code items}) should stay flat.
 *
 * <p>{@link #validate()} validates the same agenda again, whose texts were read by the first
 * validation. {@link #validateNewCopy()} builds a new copy of it and validates that, reading every
 * text; {@link #buildNewCopy()} only builds the copy, so the difference between the two is the
 * first validation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidationScalingBenchmark {
  /** The number of items of the agenda. */
  @Param({"10", "100", "1000", "10000"})
  public int items;

  private RuleSet rules;
  private Agenda agenda;

  /** Generates the agenda once, outside the measurement, from a fixed seed. */
  @Setup
  public void setUp() {
    rules = RuleSet.standard();
    agenda = AgendaGenerator.standard().validWithItems(Randomness.seeded(items), items);
    if (!rules.validate(agenda).findings().isEmpty()) {
      throw new IllegalStateException("the generated agenda must pass every built-in rule");
    }
  }

  /**
   * Validates the agenda.
   *
   * @return the report, so the work is not optimised away
   */
  @Benchmark
  public ValidationReport validate() {
    return rules.validate(agenda);
  }

  /**
   * Builds a new copy of the agenda and validates it.
   *
   * @return the report, so the work is not optimised away
   */
  @Benchmark
  public ValidationReport validateNewCopy() {
    return rules.validate(ValidationBenchmark.copy(agenda));
  }

  /**
   * Builds a new copy of the agenda, the part of {@link #validateNewCopy()} that is not
   * validation.
   *
   * @return the copy, so the work is not optimised away
   */
  @Benchmark
  public Agenda buildNewCopy() {
    return ValidationBenchmark.copy(agenda);
  }
}
