package io.github.twentyminute.examples;

import io.github.twentyminute.journal.Journal;
import io.github.twentyminute.journal.JournalSummary;
import io.github.twentyminute.journal.MeetingRecord;
import io.github.twentyminute.journal.TagTally;
import io.github.twentyminute.journal.Touchpoint;
import io.github.twentyminute.testing.SampleJournal;
import java.util.List;

/**
 * A journal summary across meetings: the eight meetings of {@link SampleJournal}, summarised
 * after seven of them and again once the eighth is added: what keeps coming up and from how many
 * people, who led to whom, who became an evangelist, whom Sam owes, who is due for a touchpoint,
 * the follow-up score trend and the meetings that ran over.
 */
public final class JournalExample {
  private JournalExample() {}

  /**
   * Prints the example's output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /**
   * Runs the example.
   *
   * @return what it prints
   */
  public static String run() {
    StringBuilder out = new StringBuilder();
    List<MeetingRecord> records = SampleJournal.records();
    Journal first = Journal.of(records.subList(0, 7));
    JournalSummary before = first.summary(SampleJournal.AS_OF);
    out.append("After seven meetings: ").append(before).append('\n');
    for (TagTally tag : before.recurringInsights()) {
      out.append("  ").append(tag).append('\n');
    }

    Journal all = first.add(records.get(7));                      // a new journal; first is unchanged
    JournalSummary summary = all.summary(SampleJournal.AS_OF);
    out.append("After eight:\n").append(summary.summary().replace(System.lineSeparator(), "\n"))
        .append('\n');

    List<Touchpoint> due = summary.touchpointsDue();
    out.append("Most urgent touchpoint: ").append(due.isEmpty() ? "none" : due.get(0)).append('\n');
    return out.toString();
  }
}
