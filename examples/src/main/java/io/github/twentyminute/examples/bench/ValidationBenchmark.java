package io.github.twentyminute.examples.bench;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
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
 * its user reads the report or changes the plan. The rules read the facts of the agenda's texts
 * (words, job-request phrases, years, why you asked) once per validation and keep them only while
 * it lasts, so every validation reads the texts. {@link #newAgenda()} builds a new copy of the
 * sample (a new agenda and new items, equal to the old) and validates it;
 * {@link #newAgendaBuildOnly()} builds the same copy without validating it, so the difference
 * between the two is the cost of validating a new agenda, which should now equal
 * {@link #sampleAgenda()}'s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValidationBenchmark {
  private RuleSet rules;
  private Agenda agenda;

  /** Builds the agenda once, outside the measurement. */
  @Setup
  public void setUp() {
    rules = RuleSet.standard();
    agenda = SampleMeeting.agenda();
    if (!rules.validate(agenda).findings().isEmpty()) {
      throw new IllegalStateException("the sample agenda must pass every built-in rule");
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
   * Builds a new copy of the sample agenda and validates it, reading every text.
   *
   * @return the report, so the work is not optimised away
   */
  @Benchmark
  public ValidationReport newAgenda() {
    return rules.validate(copy(agenda));
  }

  /**
   * Builds a new copy of the sample agenda, the part of {@link #newAgenda()} that is not
   * validation.
   *
   * @return the copy, so the work is not optimised away
   */
  @Benchmark
  public Agenda newAgendaBuildOnly() {
    return copy(agenda);
  }

  /**
   * Returns a copy of an agenda made of new objects that equal the old: a new agenda and new
   * items, none of whose texts has been read.
   *
   * @param agenda the agenda to copy, not null
   * @return the copy
   */
  static Agenda copy(Agenda agenda) {
    List<AgendaItem> items = new ArrayList<>(agenda.items().size());
    for (AgendaItem item : agenda.items()) {
      items.add(AgendaItem.builder().from(item).build());
    }
    return Agenda.builder().from(agenda).items(items).build();
  }
}
