package io.github.twentyminute.journal;

import io.github.twentyminute.testing.MeetingRecordGenerator;
import io.github.twentyminute.testing.Randomness;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** QuickTheories generators of journals, driving {@link MeetingRecordGenerator}. */
final class JournalGen {
  private static final int DAY = 86_400;

  private JournalGen() {}

  /** A journal's records, an instant to summarise at, and a reordering of the records. */
  static final class Case {
    final List<MeetingRecord> records;
    final List<MeetingRecord> shuffled;
    final Instant asOf;
    final MeetingRecord extra;

    Case(List<MeetingRecord> records, List<MeetingRecord> shuffled, Instant asOf,
        MeetingRecord extra) {
      this.records = records;
      this.shuffled = shuffled;
      this.asOf = asOf;
      this.extra = extra;
    }

    @Override
    public String toString() {
      return records.size() + " records as of " + asOf + ", extra " + extra;
    }
  }

  static Gen<Case> cases() {
    return of(r -> {
      MeetingRecordGenerator generator = MeetingRecordGenerator.standard();
      List<MeetingRecord> records = generator.records(r, r.between(0, 24));
      List<MeetingRecord> shuffled = new ArrayList<>(records);
      for (int i = shuffled.size() - 1; i > 0; i--) {
        int j = r.between(0, i);
        MeetingRecord swap = shuffled.get(i);
        shuffled.set(i, shuffled.get(j));
        shuffled.set(j, swap);
      }
      Instant asOf = MeetingRecordGenerator.EPOCH.plusSeconds(r.between(0, 520 * DAY));
      MeetingRecord extra = generator.record(r, "extra");
      return new Case(records, shuffled, asOf, extra);
    });
  }

  /** Adapts a library generator: each draw is one QuickTheories draw shrinking to the minimum. */
  static <T> Gen<T> of(Function<Randomness, T> generator) {
    return source -> generator.apply((min, max) -> {
      if (max < min) {
        throw new IllegalArgumentException(
            "range upper bound (" + max + ") is below its lower bound (" + min + ")");
      }
      return (int) source.next(Constraint.between(min, max).withShrinkPoint(min));
    });
  }
}
