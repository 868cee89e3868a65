package io.github.twentyminute.examples.bench;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.ImmutableAgendaItem;
import io.github.twentyminute.rules.RuleSet;
import io.github.twentyminute.rules.ValidationReport;
import io.github.twentyminute.testing.SampleMeeting;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Validations a second of the book's sample agenda (13 items, 20:00) with every built-in rule,
 * on one thread. Target: at least 1,000,000 a second.
 *
 * <p>{@link #sampleAgenda()} validates the same agenda again and again, as an editor does while
 * a user changes other parts of it. {@link #sampleAgendaFreshTexts()} cycles through 8,192 copies
 * of the sample whose every text is different: the cost of validating agendas met for the first
 * time, which are mostly not in the processor caches. The rules remember nothing between
 * validations, so both analyse every text anew and differ only in where the texts are found.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValidationBenchmark {
  private static final int COPIES = 8192;

  private RuleSet rules;
  private Agenda agenda;
  private Agenda[] freshTexts;
  private int next;

  /** Builds the agenda once, outside the measurement. */
  @Setup
  public void setUp() {
    rules = RuleSet.standard();
    agenda = SampleMeeting.agenda();
    if (!rules.validate(agenda).violations().isEmpty()) {
      throw new IllegalStateException("the sample agenda must pass every built-in rule");
    }
    freshTexts = new Agenda[COPIES];
    for (int copy = 0; copy < COPIES; copy++) {
      List<AgendaItem> items = new ArrayList<>();
      for (AgendaItem item : agenda.items()) {
        items.add(ImmutableAgendaItem.copyOf(item).withText(item.text() + " (" + copy + ")"));
      }
      freshTexts[copy] = Agenda.builder().from(agenda).items(items)
          .purpose(agenda.purpose() + " (" + copy + ")")
          .overview(agenda.overview() + " (" + copy + ")")
          .build();
    }
  }

  /**
   * Validates the sample agenda.
   *
   * @return the report, so the work is not optimised away
   */
  @Benchmark
  public ValidationReport sampleAgenda() {
    return rules.validate(agenda);
  }

  /**
   * Validates the next copy of the sample agenda, whose texts differ from every other copy's.
   *
   * @return the report, so the work is not optimised away
   */
  @Benchmark
  public ValidationReport sampleAgendaFreshTexts() {
    next = (next + 1) & (COPIES - 1);
    return rules.validate(freshTexts[next]);
  }
}
