package io.github.twentyminute.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.testing.SampleJournal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class JournalTests {
  private final List<MeetingRecord> records = SampleJournal.records();

  @Test
  void keepsRecordsInMeetingOrderWhateverTheOrderAdded() {
    Journal journal = Journal.empty().add(records.get(2)).add(records.get(0));

    assertThat(journal.records()).extracting(MeetingRecord::id).containsExactly("m1", "m3");
    List<MeetingRecord> reversed = new ArrayList<>(records);
    Collections.reverse(reversed);
    assertThat(Journal.of(reversed).records()).isEqualTo(records);
    assertThat(journal.size()).isEqualTo(2);
    assertThat(journal.record("m1")).contains(records.get(0));
    assertThat(journal.record("m9")).isEmpty();
    assertThat(journal).hasToString("Journal of 2 meetings");
  }

  @Test
  void addLeavesTheOriginalAsItWas() {
    Journal one = Journal.of(records.get(0));
    Journal two = one.add(records.get(1));

    assertThat(one.size()).isEqualTo(1);
    assertThat(two.size()).isEqualTo(2);
  }

  @Test
  void refusesARecordIdTwice() {
    Journal journal = Journal.of(records.get(0));

    assertThatThrownBy(() -> journal.add(records.get(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("journal already has record m1; maybe use put(..) to replace it");
    assertThatThrownBy(() -> Journal.of(records.get(0), records.get(1), records.get(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("journal has record id m1 twice (records 0 and 2); record ids must be"
            + " distinct");
  }

  @Test
  void putReplacesARecordById() {
    Journal journal = Journal.of(records.subList(0, 3));
    MeetingRecord saved = changed(records.get(1));

    Journal replaced = journal.put(saved);

    assertThat(replaced.records()).extracting(MeetingRecord::id).containsExactly("m1", "m2", "m3");
    assertThat(replaced.record("m2")).contains(saved);
    assertThat(journal.put(records.get(4)).records()).extracting(MeetingRecord::id)
        .containsExactly("m1", "m2", "m3", "m5");
  }

  @Test
  void putMovesARecordWhoseMeetingEndChanged() {
    MeetingRecord m1 = records.get(0);
    MeetingRecord moved = MeetingRecord.builder().from(records.get(7)).id("m1").build();

    Journal journal = Journal.of(records.subList(0, 3)).put(moved);

    assertThat(journal.records()).extracting(MeetingRecord::id).containsExactly("m2", "m3", "m1");
    assertThat(journal.record("m1")).contains(moved).isNotEqualTo(java.util.Optional.of(m1));
  }

  @Test
  void journalsWithTheSameRecordsAreEqualWhateverTheOrder() {
    List<MeetingRecord> reversed = new ArrayList<>(records);
    Collections.reverse(reversed);

    assertThat(Journal.of(reversed)).isEqualTo(Journal.of(records))
        .hasSameHashCodeAs(Journal.of(records));
    assertThat(Journal.of(records.subList(0, 7))).isNotEqualTo(Journal.of(records));
    assertThat(Journal.of(records).put(changed(records.get(0))))
        .isNotEqualTo(Journal.of(records));
  }

  @Test
  void summaryWithAClockReadsItsInstant() {
    Clock clock = Clock.fixed(SampleJournal.AS_OF, ZoneOffset.UTC);

    assertThat(Journal.of(records).summary(clock))
        .isEqualTo(Journal.of(records).summary(SampleJournal.AS_OF));
  }

  @Test
  void personKeyIgnoresCaseSpacingAndAccents() {
    assertThat(Journal.personKey("  Lee   Park ")).isEqualTo("lee park");
    assertThat(Journal.personKey("LEE\tPARK")).isEqualTo("lee park");
    assertThat(Journal.personKey("José  Núñez")).isEqualTo("jose nunez");
    assertThat(Journal.personKey("Zoë\u00a0Ødegaard")).isEqualTo("zoe ødegaard");
    assertThat(Journal.personKey("ｌｅｅ park")).isEqualTo("lee park");
  }

  @Test
  void personKeyLowerCasesEveryAsciiCapitalFromAToZ() {
    assertThat(Journal.personKey("AZIZ ZAYA")).isEqualTo("aziz zaya");
    assertThat(Journal.personKey("@[`{")).isEqualTo("@[`{");
  }

  @Test
  void personKeyLowerCasesAndStripsAccentsOfANameWithNoAsciiLetter() {
    assertThat(Journal.personKey("\u0386\u039d\u039d\u0391")).isEqualTo("\u03b1\u03bd\u03bd\u03b1");
  }

  @Test
  void equalsComparesRecordsWhateverTheirOrder() {
    Journal forward = Journal.of(records.get(0), records.get(1));
    Journal backward = Journal.of(records.get(1), records.get(0));

    assertThat(forward.equals(forward)).isTrue();
    assertThat(forward).isEqualTo(backward).hasSameHashCodeAs(backward);
    assertThat(forward).isNotEqualTo(Journal.of(records.get(0), records.get(2)));
    assertThat(forward).isNotEqualTo(Journal.of(records.get(0)));
    assertThat(forward).isNotEqualTo(Journal.of(records.get(0), changed(records.get(1))));
    assertThat(forward.equals("Journal of 2 meetings")).isFalse();
    assertThat(Journal.empty()).isEqualTo(Journal.of(List.of()));
  }

  /** Returns a record changed in its outcome only, as a later save would be. */
  private static MeetingRecord changed(MeetingRecord record) {
    Evangelist other = record.evangelist() == Evangelist.YES ? Evangelist.NO : Evangelist.YES;
    return MeetingRecord.builder().from(record).evangelist(other).build();
  }
}
