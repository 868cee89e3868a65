package io.github.twentyminute.examples.bench;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.fit.AgendaFitter;
import io.github.twentyminute.fit.FitResult;
import io.github.twentyminute.testing.AgendaGenerator;
import io.github.twentyminute.testing.Randomness;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link AgendaFitter} on large agendas: a valid generated agenda of 1,000 or 10,000 items whose
 * questions are then planned 10% longer ({@code overBudget}: the fitter drops and shortens) or
 * 10% shorter ({@code underBudget}: the fitter lengthens in proportion). The time per item should
 * stay about flat from 1,000 to 10,000 items.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class FitterBenchmark {
  /** The number of items. */
  @Param({"1000", "10000"})
  public int items;

  private Agenda over;
  private Agenda under;

  /** Generates the agendas. */
  @Setup
  public void setUp() {
    Agenda valid = AgendaGenerator.standard().validWithItems(Randomness.seeded(20), items);
    over = scaleQuestions(valid, 110);
    under = scaleQuestions(valid, 90);
    for (Agenda agenda : List.of(over, under)) {
      FitResult result = AgendaFitter.standard().fit(agenda);
      if (!result.fits() || result.changes().isEmpty()) {
        throw new IllegalStateException("the benchmark agenda should need fitting and fit: "
            + result);
      }
    }
  }

  private static Agenda scaleQuestions(Agenda agenda, int percent) {
    return agenda.withItems(agenda.items().stream()
        .map(i -> i.kind() == ItemKind.QUESTION
            ? i.withPlanned(Duration.ofSeconds(i.planned().getSeconds() * percent / 100))
            : i)
        .collect(Collectors.toList()));
  }

  /**
   * Fits an agenda 10% over budget in its questions.
   *
   * @return the result
   */
  @Benchmark
  public FitResult overBudget() {
    return AgendaFitter.standard().fit(over);
  }

  /**
   * Fits an agenda 10% under budget in its questions.
   *
   * @return the result
   */
  @Benchmark
  public FitResult underBudget() {
    return AgendaFitter.standard().fit(under);
  }
}
