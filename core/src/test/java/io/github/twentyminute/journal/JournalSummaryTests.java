package io.github.twentyminute.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.followup.FollowUpScorer;
import io.github.twentyminute.followup.ScoringPolicy;
import io.github.twentyminute.testing.SampleJournal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The summary of the sample journal: eight meetings, two referral chains, figures exact. */
class JournalSummaryTests {
  private final Journal journal = Journal.of(SampleJournal.records());
  private final JournalSummary summary = journal.summary(SampleJournal.AS_OF);

  private static List<String> names(List<Contact> people) {
    return people.stream().map(Contact::name).collect(Collectors.toList());
  }

  @Test
  void countsMeetingsAndDistinctPeople() {
    assertThat(summary.asOf()).isEqualTo(SampleJournal.AS_OF);
    assertThat(summary.meetings()).isEqualTo(8);
    assertThat(summary.people()).isEqualTo(7);
    Finding headline = summary.findings().get(0);
    assertThat(headline.id()).isEqualTo("journal.headline");
    assertThat(headline.arguments().count("meetings")).isEqualTo(8);
    assertThat(headline.arguments().count("people")).isEqualTo(7);
    assertThat(headline.arguments().duration("overBudget")).isEqualTo(Duration.ofSeconds(1110));
    assertThat(headline.arguments().instant("asOf")).isEqualTo(SampleJournal.AS_OF);
    assertThat(summary).hasToString(headline.message(Locale.ENGLISH));
  }

  @Test
  void talliesEveryTagByDistinctPeopleThenInsights() {
    assertThat(summary.tags()).extracting(TagTally::toString).containsExactly(
        "sql: 3 people, 4 insights",
        "hiring-from-operations: 3 people, 3 insights",
        "domain-knowledge: 2 people, 2 insights",
        "data-quality: 1 person, 1 insight",
        "hiring: 1 person, 1 insight",
        "interviews: 1 person, 1 insight",
        "skills: 1 person, 1 insight",
        "storytelling: 1 person, 1 insight");
  }

  @Test
  void recurringInsightsCountEachPersonOnce() {
    List<TagTally> recurring = summary.recurringInsights();

    assertThat(recurring).extracting(TagTally::tag)
        .containsExactly("sql", "hiring-from-operations", "domain-knowledge");
    TagTally sql = recurring.get(0);
    assertThat(sql.distinctPeople()).isEqualTo(3);
    assertThat(names(sql.people())).containsExactly("Dana Reyes", "Kim Lo", "Lee Park");
    assertThat(sql.mentions()).extracting(InsightMention::recordId)
        .containsExactly("m1", "m2", "m4", "m7");
    assertThat(sql.mentions().get(3).insight().text()).isEqualTo("SQL is still the screening test");
    assertThat(sql.mentions().get(3).insight().itemId()).contains("q2");
    assertThat(names(summary.tag("Hiring From Operations").orElseThrow().people()))
        .containsExactly("Ana Souza", "Dana Reyes", "Tom Becker");
    assertThat(summary.tag("pricing")).isEmpty();
  }

  @Test
  void keepsUntaggedInsightsApart() {
    assertThat(summary.untagged()).extracting(InsightMention::toString)
        .containsExactly("m8 Kofi Mensah: \"Join the local data meetup\" []");
  }

  @Test
  void referralGraphShowsWhoGaveWhichNamesAndWhichBecameMeetings() {
    ReferralGraph graph = summary.referrals();

    assertThat(graph.referrals()).extracting(Referral::toString).containsExactly(
        "Dana Reyes -> Lee Park (m1/c2, met in m2)",
        "Dana Reyes -> Priya Nair (m1/c3, not met)",
        "Lee Park -> Kim Lo (m2/c1, met in m4)",
        "Tom Becker -> Ana Souza (m3/c1, met in m5)",
        "Ana Souza -> Omar Haddad (m5/c1, not met)",
        "Kofi Mensah -> lee  park (m8/c1, not met)");
    assertThat(graph.becameMeetings()).isEqualTo(3);
    assertThat(graph.givenBy("DANA REYES")).extracting(r -> r.to().name())
        .containsExactly("Lee Park", "Priya Nair");
    assertThat(graph).hasToString("6 names given, 3 became meetings, 2 chains");
  }

  @Test
  void aNameForSomeoneAlreadyMetDidNotBecomeAMeeting() {
    Referral kofis = summary.referrals().givenBy("Kofi Mensah").get(0);

    assertThat(Journal.personKey(kofis.to().name())).isEqualTo("lee park");
    assertThat(kofis.becameMeeting()).isFalse();
    assertThat(kofis.givenAt()).isEqualTo(Instant.parse("2026-04-28T17:18:00Z"));
  }

  @Test
  void chainsFollowIntroductionsFromPeopleMetWithoutOne() {
    ReferralGraph graph = summary.referrals();

    assertThat(graph.chains()).extracting(ReferralGraph.Chain::toString).containsExactly(
        "Dana Reyes -> Lee Park -> Kim Lo",
        "Tom Becker -> Ana Souza");
    assertThat(graph.chains()).extracting(ReferralGraph.Chain::length).containsExactly(2, 1);
    assertThat(graph.introductions()).extracting(r -> r.recordId() + "/" + r.commitmentId())
        .containsExactly("m1/c2", "m2/c1", "m3/c1");
  }

  @Test
  void evangelistsComeFromTheLatestMeetingWithEachPerson() {
    assertThat(summary.evangelists()).extracting(EvangelistEntry::toString).containsExactly(
        "Ana Souza YES (m5), 1 name given",
        "Dana Reyes YES (m7), 2 names given",
        "Kofi Mensah LIKELY (m8), 1 name given",
        "Lee Park LIKELY (m2), 1 name given");
  }

  @Test
  void reciprocityCountsHelpOfferedAndDeliveredBothWays() {
    assertThat(summary.reciprocity()).extracting(Reciprocity::toString).containsExactly(
        "Dana Reyes: theirs 4/4, mine 1/2, owed 1, balance +3",
        "Tom Becker: theirs 1/1, mine 0/1, owed 1, balance +1",
        "Lee Park: theirs 2/2, mine 0/0, owed 0, balance +2",
        "Kofi Mensah: theirs 1/1, mine 0/0, owed 0, balance +1",
        "Ana Souza: theirs 1/2, mine 1/1, owed 0, balance 0",
        "Kim Lo: theirs 0/0, mine 0/0, owed 0, balance 0",
        "Mia Larsen: theirs 0/0, mine 0/0, owed 0, balance 0");
  }

  @Test
  void theirPromiseIsOfferedButNeverDelivered() {
    Reciprocity ana = summary.reciprocityWith("ana souza").orElseThrow();

    assertThat(ana.theirsOffered()).isEqualTo(2);
    assertThat(ana.theirsDelivered()).isEqualTo(1);
  }

  @Test
  void touchpointsAreOrderedByUrgencyAndCountFromTheLatestInteraction() {
    assertThat(summary.touchpoints()).extracting(Touchpoint::toString).containsExactly(
        "Tom Becker OVERDUE, last 2026-03-21T10:19:30Z (m3 thank-you-note),"
            + " ideal 2026-05-20T10:19:30Z, maximum 2026-06-19T10:19:30Z",
        "Lee Park OVERDUE, last 2026-03-21T16:24:30Z (m2 take-up-offer:c2),"
            + " ideal 2026-05-20T16:24:30Z, maximum 2026-06-19T16:24:30Z",
        "Kim Lo DUE, last 2026-03-26T17:20:00Z (m4 thank-you-note),"
            + " ideal 2026-05-25T17:20:00Z, maximum 2026-06-24T17:20:00Z",
        "Ana Souza DUE, last 2026-04-03T09:22:00Z (m5 deliver-promise:c2),"
            + " ideal 2026-06-02T09:22:00Z, maximum 2026-07-02T09:22:00Z",
        "Mia Larsen DUE, last 2026-04-09T12:18:45Z (m6),"
            + " ideal 2026-06-08T12:18:45Z, maximum 2026-07-08T12:18:45Z",
        "Dana Reyes DUE, last 2026-04-21T15:31:00Z (m7 take-up-offer:c1),"
            + " ideal 2026-06-20T15:31:00Z, maximum 2026-07-20T15:31:00Z",
        "Kofi Mensah UPCOMING, last 2026-04-28T18:20:00Z (m8 thank-you-note),"
            + " ideal 2026-06-27T18:20:00Z, maximum 2026-07-27T18:20:00Z");
    assertThat(summary.touchpointsDue()).hasSize(6);
    Touchpoint dana = summary.touchpoint("Dana Reyes").orElseThrow();
    assertThat(dana.window().ideal()).isEqualTo(Duration.ofDays(60));
    assertThat(dana.window().maximum()).isEqualTo(Duration.ofDays(90));
    assertThat(dana.deadline()).isEqualTo(dana.maximumDue());
  }

  @Test
  void contactingANameTheyGaveIsNotAnInteractionWithThem() {
    // Tom's referral was contacted on 2026-03-20, the thank-you note sent on 2026-03-21.
    Touchpoint tom = summary.touchpoint("Tom Becker").orElseThrow();
    assertThat(tom.taskId()).contains("thank-you-note");
    // Lee's referral was contacted on 2026-03-20 16:24:30, before the offer taken up.
    Touchpoint lee = summary.touchpoint("Lee Park").orElseThrow();
    assertThat(lee.taskId()).contains("take-up-offer:c2");
  }

  @Test
  void scoreTrendScoresEachMeetingInTimeOrder() {
    assertThat(summary.scoreTrend()).extracting(ScorePoint::toString).containsExactly(
        "m1 2026-03-10T15:21:00Z Dana Reyes 74",
        "m2 2026-03-17T16:24:30Z Lee Park 87",
        "m3 2026-03-19T10:19:30Z Tom Becker 48",
        "m4 2026-03-26T14:20:00Z Kim Lo 75",
        "m5 2026-04-02T09:22:00Z Ana Souza 67",
        "m6 2026-04-09T12:18:45Z Mia Larsen 0",
        "m7 2026-04-20T15:31:00Z Dana Reyes 56",
        "m8 2026-04-28T17:20:00Z Kofi Mensah 50");
  }

  @Test
  void scoreTrendUsesTheGivenScoringPolicy() {
    // No credit at the maximum: Mia's touchpoint (25 points, 16d 0:18:45 of a 30-day span
    // left) earns 13 instead of 19; her thank-you note is past its maximum either way.
    JournalSummary strict = journal.summary(SampleJournal.AS_OF,
        FollowUpScorer.of(ScoringPolicy.of(0, 0)));

    assertThat(strict.scoreTrend()).extracting(ScorePoint::score)
        .containsExactly(71, 86, 39, 75, 67, 0, 56, 50);
  }

  @Test
  void overrunsAreLargestFirstWithTheCeilingNoted() {
    assertThat(summary.overBudget()).extracting(Overrun::toString).containsExactly(
        "m7 Dana Reyes 31:00, 11:00 over the 20:00 budget, past the 30:00 ceiling",
        "m2 Lee Park 24:30, 4:30 over the 20:00 budget",
        "m5 Ana Souza 22:00, 2:00 over the 20:00 budget",
        "m1 Dana Reyes 21:00, 1:00 over the 20:00 budget");
    assertThat(summary.totalOverBudget()).isEqualTo(Duration.ofSeconds(18 * 60 + 30));
  }

  @Test
  void seesOnlyWhatWasKnownAtTheInstant() {
    // After m5 ended, before its referral's task or m6: five meetings, Ana's promise open.
    JournalSummary early = journal.summary(Instant.parse("2026-04-02T12:00:00Z"));

    assertThat(early.meetings()).isEqualTo(5);
    assertThat(early.people()).isEqualTo(5);
    assertThat(early.scoreTrend()).extracting(ScorePoint::recordId)
        .containsExactly("m1", "m2", "m3", "m4", "m5");
    assertThat(early.reciprocityWith("Ana Souza").orElseThrow())
        .hasToString("Ana Souza: theirs 1/2, mine 0/1, owed 1, balance +1");
    assertThat(early.evangelists()).extracting(e -> e.person().name() + " " + e.evangelist())
        .containsExactly("Ana Souza YES", "Dana Reyes LIKELY", "Lee Park LIKELY");
    assertThat(early.touchpoints()).allMatch(t -> t.status() == TouchpointStatus.UPCOMING);
    assertThat(early.referrals()).hasToString("5 names given, 3 became meetings, 2 chains");
    assertThat(early.referrals().chains()).extracting(ReferralGraph.Chain::toString)
        .containsExactly("Dana Reyes -> Lee Park -> Kim Lo", "Tom Becker -> Ana Souza");
  }

  @Test
  void explainsEachFigureWithAFindingOfTypedArguments() {
    List<Finding> findings = summary.findings();

    assertThat(findings).extracting(Finding::id).containsSubsequence("journal.headline",
        "journal.recurring-insight", "journal.referrals", "journal.referral-chain",
        "journal.evangelist", "journal.reciprocity", "journal.touchpoint-due",
        "journal.score-trend", "journal.overrun");
    Finding sql = findings.get(1);
    assertThat(sql.location()).hasToString("tags[0]");
    assertThat(sql.arguments().text("tag")).isEqualTo("sql");
    assertThat(sql.arguments().count("people")).isEqualTo(3);
    assertThat(sql.arguments().count("mentions")).isEqualTo(4);
    Finding referrals = findings.stream().filter(f -> f.id().equals("journal.referrals"))
        .findFirst().orElseThrow();
    assertThat(referrals.arguments().count("given")).isEqualTo(6);
    assertThat(referrals.arguments().count("became")).isEqualTo(3);
    assertThat(referrals.arguments().count("chains")).isEqualTo(2);
    assertThat(findings).filteredOn(f -> f.id().equals("journal.evangelist"))
        .extracting(Finding::key).containsExactly("journal.evangelist.yes",
            "journal.evangelist.yes", "journal.evangelist.likely", "journal.evangelist.likely");
    assertThat(findings).filteredOn(f -> f.id().equals("journal.touchpoint-due"))
        .hasSize(summary.touchpointsDue().size());
    Finding dana = findings.stream().filter(f -> f.id().equals("journal.reciprocity"))
        .findFirst().orElseThrow();
    assertThat(dana.arguments().text("person")).isEqualTo("Dana Reyes");
    assertThat(dana.arguments().count("balance")).isEqualTo(3);
    List<Finding> overruns = findings.stream().filter(f -> f.id().equals("journal.overrun"))
        .collect(Collectors.toList());
    assertThat(overruns).hasSize(summary.overBudget().size());
    assertThat(overruns.get(0).key()).isEqualTo("journal.overrun.past-ceiling");
    assertThat(overruns.get(0).arguments().duration("overBudget"))
        .isEqualTo(Duration.ofMinutes(11));
    assertThat(overruns.get(0).location()).hasToString("overBudget[0]");
  }

  @Test
  void summaryTextListsEachFigure() {
    String nl = System.lineSeparator();
    assertThat(summary.summary()).startsWith("Journal as of 2026-06-22 12:00 UTC: 8 meetings with"
        + " 7 people, 18:30 over budget in total" + nl + "Recurring insights:" + nl
        + "  sql: 3 people, 4 insights: Dana Reyes, Kim Lo, Lee Park" + nl)
        .contains(nl + "Referrals: 6 names given, 3 became meetings, 2 chains" + nl
            + "  Dana Reyes -> Lee Park -> Kim Lo" + nl + "  Tom Becker -> Ana Souza" + nl)
        .contains(nl + "  Ana Souza will help (m5), 1 name given" + nl)
        .contains(nl + "  Dana Reyes: theirs 4/4, mine 1/2, owed 1, balance 3" + nl)
        .contains(nl + "  Tom Becker overdue: the maximum was 2026-06-19 10:19 UTC" + nl)
        .contains(nl + "  Kim Lo due: by 2026-06-24 17:20 UTC at the latest" + nl)
        .contains(nl + "Follow-up scores: 74 87 48 75 67 0 56 50" + nl)
        .contains(nl + "  m7 Dana Reyes 31:00, 11:00 over the 20:00 budget, past the 30:00"
            + " ceiling" + nl)
        .endsWith("  m1 Dana Reyes 21:00, 1:00 over the 20:00 budget");
  }

  @Test
  void summaryTextReadsInGerman() {
    String nl = System.lineSeparator();
    assertThat(summary.summary(Locale.GERMAN)).startsWith("Journal, Stand ")
        .contains(nl + "Wiederkehrende Erkenntnisse:" + nl
            + "  sql: 3 Personen, 4 Erkenntnisse: Dana Reyes, Kim Lo, Lee Park" + nl)
        .contains(nl + "Empfehlungen: 6 Namen genannt, 3 wurden zu Treffen, 2 Ketten" + nl)
        .contains(nl + "  Ana Souza wird helfen (m5), 1 Name genannt" + nl)
        .contains(nl + "  Dana Reyes: Gegenseite 4/4, Sie 1/2, offen 1, Saldo 3" + nl)
        .contains(nl + "Nachfass-Punkte: 74 87 48 75 67 0 56 50" + nl)
        .contains(nl + "Über dem Budget:" + nl);
    assertThat(Journal.empty().summary(SampleJournal.AS_OF).summary(Locale.GERMAN))
        .endsWith("Über dem Budget: keine");
  }

  @Test
  void anEmptyJournalHasAnEmptySummary() {
    JournalSummary empty = Journal.empty().summary(SampleJournal.AS_OF);

    assertThat(empty.meetings()).isZero();
    assertThat(empty.tags()).isEmpty();
    assertThat(empty.referrals().referrals()).isEmpty();
    assertThat(empty.touchpoints()).isEmpty();
    String nl = System.lineSeparator();
    assertThat(empty.findings()).extracting(Finding::id).containsExactly("journal.headline",
        "journal.referrals", "journal.score-trend");
    assertThat(empty.summary()).isEqualTo(empty + nl + "Recurring insights: none" + nl
        + "Referrals: 0 names given, 0 became meetings, 0 chains" + nl + "Evangelists: none" + nl
        + "Reciprocity: none" + nl + "Touchpoints due: none" + nl + "Follow-up scores: none" + nl
        + "Over budget: none");
  }
}
