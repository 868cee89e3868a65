package io.github.twentyminute.journal;

import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The findings that explain a {@link JournalSummary}, one per figure, each located in the summary
 * and carrying its numbers as typed arguments. Stateless.
 */
final class JournalFindings {
  private JournalFindings() {}

  /** Returns the findings of a summary, in {@link JournalSummary#findings()} order. */
  static List<Finding> of(JournalSummary summary) {
    List<Finding> findings = new ArrayList<>();
    findings.add(headline(summary));
    List<TagTally> tags = summary.tags();
    for (int i = 0; i < tags.size(); i++) {
      if (tags.get(i).recurring()) {
        findings.add(recurring(tags.get(i), Location.of("tags").index(i)));
      }
    }
    ReferralGraph graph = summary.referrals();
    findings.add(Finding.of("journal.referrals", Location.of("referrals"), Arguments.builder()
        .count("given", graph.referrals().size()).count("became", graph.becameMeetings())
        .count("chains", graph.chains().size()).build()));
    for (int i = 0; i < graph.chains().size(); i++) {
      findings.add(Finding.of("journal.referral-chain",
          Location.of("referrals").field("chains").index(i), Arguments.builder()
              .text("chain", names(graph.chains().get(i).people(), " -> "))
              .count("length", graph.chains().get(i).length()).build()));
    }
    addPeople(summary, findings);
    findings.add(Finding.of("journal.score-trend", Location.of("scoreTrend"), Arguments.builder()
        .count("meetings", summary.scoreTrend().size())
        .text("scores", summary.scoreTrend().stream().map(p -> Integer.toString(p.score()))
            .collect(Collectors.joining(" "))).build()));
    List<Overrun> overruns = summary.overBudget();
    for (int i = 0; i < overruns.size(); i++) {
      findings.add(overrun(overruns.get(i), Location.of("overBudget").index(i)));
    }
    return findings;
  }

  /** Returns the headline finding of a summary. */
  static Finding headline(JournalSummary summary) {
    return Finding.of("journal.headline", Location.root(), Arguments.builder()
        .instant("asOf", summary.asOf()).count("meetings", summary.meetings())
        .count("people", summary.people()).duration("overBudget", summary.totalOverBudget())
        .build());
  }

  private static Finding recurring(TagTally tally, Location at) {
    return Finding.of("journal.recurring-insight", at, Arguments.builder()
        .text("tag", tally.tag()).count("people", tally.people().size())
        .count("mentions", tally.mentions().size()).text("names", names(tally.people(), ", "))
        .build());
  }

  private static void addPeople(JournalSummary summary, List<Finding> findings) {
    List<EvangelistEntry> evangelists = summary.evangelists();
    for (int i = 0; i < evangelists.size(); i++) {
      EvangelistEntry entry = evangelists.get(i);
      findings.add(Finding.of("journal.evangelist", Location.of("evangelists").index(i),
          "journal.evangelist." + entry.evangelist().name().toLowerCase(Locale.ROOT),
          Arguments.builder().text("person", entry.person().name())
              .text("recordId", entry.recordId()).count("namesGiven", entry.namesGiven())
              .build()));
    }
    List<Reciprocity> reciprocity = summary.reciprocity();
    for (int i = 0; i < reciprocity.size(); i++) {
      Reciprocity entry = reciprocity.get(i);
      findings.add(Finding.of("journal.reciprocity", Location.of("reciprocity").index(i),
          Arguments.builder().text("person", entry.person().name())
              .count("theirsDelivered", entry.theirsDelivered())
              .count("theirsOffered", entry.theirsOffered())
              .count("mineDelivered", entry.mineDelivered())
              .count("mineOffered", entry.mineOffered()).count("owed", entry.owed())
              .count("balance", entry.balance()).build()));
    }
    List<Touchpoint> touchpoints = summary.touchpoints();
    for (int i = 0; i < touchpoints.size(); i++) {
      Touchpoint touchpoint = touchpoints.get(i);
      if (touchpoint.isDue()) {
        findings.add(Finding.of("journal.touchpoint-due", Location.of("touchpoints").index(i),
            "journal.touchpoint-due." + touchpoint.status().name().toLowerCase(Locale.ROOT),
            Arguments.builder().text("person", touchpoint.person().name())
                .instant("maximumDue", touchpoint.maximumDue()).build()));
      }
    }
  }

  private static Finding overrun(Overrun overrun, Location at) {
    Arguments.Builder arguments = Arguments.builder().text("recordId", overrun.recordId())
        .text("person", overrun.person().name()).duration("total", overrun.total())
        .duration("overBudget", overrun.overBudget()).duration("budget", overrun.budget());
    if (overrun.pastCeiling()) {
      return Finding.of("journal.overrun", at, "journal.overrun.past-ceiling",
          arguments.duration("hardCeiling", overrun.hardCeiling()).build());
    }
    return Finding.of("journal.overrun", at, arguments.build());
  }

  private static String names(List<Contact> people, String separator) {
    return people.stream().map(Contact::name).collect(Collectors.joining(separator));
  }
}
