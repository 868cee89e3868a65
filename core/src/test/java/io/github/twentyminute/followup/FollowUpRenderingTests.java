package io.github.twentyminute.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.agenda.Preparation;
import io.github.twentyminute.agenda.ResearchNote;
import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Renderer;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.TimeBox;
import io.github.twentyminute.testing.SampleMeeting;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The wording of every template of the follow-up bundle, asserted once here: each is rendered
 * with the arguments the engine gives it, exactly in English, and in German without a missing
 * argument.
 */
class FollowUpRenderingTests {
  private static final Instant END = Instant.parse("2026-03-10T15:20:00Z");
  private static final Instant DURING = END.minusSeconds(120);
  private static final Instant LATER = END.plus(Duration.ofDays(1));
  private static final Instant DUE = Instant.parse("2026-03-13T17:00:00Z");
  private static final FollowUpScorer SCORER = FollowUpScorer.standard();
  private static final Renderer GERMAN = Renderer.of(Locale.GERMAN);

  /** Every finding of the engine, one per template key, from real scoring. */
  private static Map<String, Finding> findings() {
    Map<String, Finding> byKey = new TreeMap<>();
    FollowUp plain = FollowUp.after(END);
    FollowUp recorded = plain.withCommitment(Commitment.myPromise("c8", "Send the deck", LATER));
    FollowUp ownDue = plain.withCommitment(
        Commitment.myPromise("c7", "Send the report", DURING).withDueBy(DUE));
    String thanks = "thank-you-note";
    String deck = "deliver-promise:c8";
    String report = "deliver-promise:c7";
    add(byKey, done(plain, thanks, END.plus(Duration.ofHours(5))));
    add(byKey, done(recorded, deck, LATER.plus(Duration.ofHours(6))));
    add(byKey, done(ownDue, report, DUE.minus(Duration.ofHours(3))));
    add(byKey, done(plain, thanks, END.plus(Duration.ofHours(40))));
    add(byKey, done(recorded, deck, LATER.plus(Duration.ofDays(3))));
    add(byKey, done(plain, thanks, END.plus(Duration.ofDays(5))));
    add(byKey, done(recorded, deck, LATER.plus(Duration.ofDays(8))));
    add(byKey, done(ownDue, report, DUE.plus(Duration.ofHours(1))));
    for (Instant asOf : List.of(END.plus(Duration.ofHours(6)), END.plus(Duration.ofHours(48)),
        END.plus(Duration.ofDays(4)))) {
      score(byKey, plain, asOf);
    }
    for (Instant asOf : List.of(LATER.plus(Duration.ofHours(1)), LATER.plus(Duration.ofDays(3)),
        LATER.plus(Duration.ofDays(8)))) {
      add(byKey, SCORER.score(recorded, asOf).line(deck).orElseThrow().finding());
    }
    score(byKey, ownDue, DUE.minus(Duration.ofHours(2)));
    score(byKey, ownDue, DUE.plus(Duration.ofDays(1)));
    Contact lee = Contact.builder().name("Lee Park").role("Head of Data")
        .organisation("Harbor Insurance").build();
    FollowUp everyKind = FollowUp.builder().meetingEnd(END).counterpart(SampleMeeting.counterpart())
        .addCommitment(Commitment.myPromise("c1", "Send the claims-delay report", DURING))
        .addCommitment(Commitment.referral("c2", lee, "how Harbor hires analysts", DURING))
        .addCommitment(Commitment.theirOffer("c3", "Review my CV", DURING))
        .addCommitment(Commitment.advice("c4", "Take the SQL course first", DURING))
        .addCommitment(Commitment.builder().id("c6").owedBy(Party.MINE)
            .kind(CommitmentKind.REFERRAL).person(Contact.named("Ana Ruiz"))
            .text("she is hiring claims analysts").capturedAt(DURING).build())
        .build();
    for (FollowUp followUp : List.of(plain, everyKind)) {
      followUp.tasks().forEach(task -> add(byKey, task.action()));
    }
    preparation(byKey);
    return byKey;
  }

  private static void preparation(Map<String, Finding> byKey) {
    AgendaItem linked = AgendaItem.builder().id("q1").phase(PhaseId.DISCUSSION)
        .kind(ItemKind.QUESTION).text("How did you move into analytics?")
        .planned(Duration.ofMinutes(3)).addLinkedNote("n1").build();
    Agenda thin = Agenda.builder().plan(MeetingPlans.twentyMinute())
        .counterpart(Contact.builder().name("Lee Park")
            .addNote(ResearchNote.of("n1", "Runs the data team at Harbor", "LinkedIn")).build())
        .overview("word ".repeat(400).strip())
        .addItem(linked)
        .addItem(AgendaItem.builder().from(linked).id("q2").linkedNotes(List.of()).build())
        .addItem(AgendaItem.builder().from(linked).id("q3").linkedNotes(List.of()).build())
        .build();
    Agenda nothing = Agenda.builder().plan(MeetingPlans.twentyMinute())
        .counterpart(Contact.named("Lee Park")).preparation(Preparation.builder().build())
        .build();
    MeetingPlan coffee = MeetingPlan.builder().name("Coffee chat")
        .budget(Duration.ofMinutes(15)).hardCeiling(Duration.ofMinutes(20))
        .addPhase(MeetingPlans.discussion(TimeBox.ofMinutes(10, 15, 15))).build();
    Agenda untimed = Agenda.builder().plan(coffee).counterpart(Contact.named("Lee Park")).build();
    for (Agenda agenda : List.of(SampleMeeting.agenda(), thin, nothing, untimed)) {
      PreparationScorer.standard().score(agenda).lines().forEach(l -> add(byKey, l.finding()));
    }
  }

  private static Finding done(FollowUp followUp, String task, Instant at) {
    return SCORER.score(followUp.markDone(task, at), at.plus(Duration.ofDays(100))).line(task)
        .orElseThrow().finding();
  }

  private static void score(Map<String, Finding> byKey, FollowUp followUp, Instant asOf) {
    FollowUpScore score = SCORER.score(followUp, asOf);
    score.lines().forEach(l -> add(byKey, l.finding()));
    score.nextActions().forEach(a -> add(byKey, a.finding()));
  }

  private static void add(Map<String, Finding> byKey, Finding finding) {
    byKey.putIfAbsent(finding.key(), finding);
  }

  private static final Map<String, String> ENGLISH = Map.ofEntries(
        Map.entry("followup.done-after-maximum",
            "done 5 days after the meeting, 2 days past the maximum 3 days; late credit is"
                + " 25%: 19 of 75 points"),
        Map.entry("followup.done-after-maximum.own-due",
            "done at 2026-03-13 18:00 UTC, 1:00:00 after its own due time 2026-03-13 17:00"
                + " UTC; late credit is 25%: 11 of 43 points"),
        Map.entry("followup.done-after-maximum.recorded",
            "done 8 days after it was recorded, 1 day past the maximum 7 days; late credit"
                + " is 25%: 11 of 43 points"),
        Map.entry("followup.done-in-ideal",
            "done 5:00:00 after the meeting, within the ideal 1 day: 75 of 75 points"),
        Map.entry("followup.done-in-ideal.own-due",
            "done at 2026-03-13 14:00 UTC, by its own due time 2026-03-13 17:00 UTC: 43 of"
                + " 43 points"),
        Map.entry("followup.done-in-ideal.recorded",
            "done 6:00:00 after it was recorded, within the ideal 2 days: 43 of 43 points"),
        Map.entry("followup.done-late",
            "done 1 day 16 h after the meeting, 16:00:00 past the ideal 1 day but within the"
                + " maximum 3 days; credit falls linearly from 100% at the ideal to 50% at the"
                + " maximum: 63 of 75 points"),
        Map.entry("followup.done-late.recorded",
            "done 3 days after it was recorded, 1 day past the ideal 2 days but within the"
                + " maximum 7 days; credit falls linearly from 100% at the ideal to 50% at the"
                + " maximum: 39 of 43 points"),
        Map.entry("followup.next-action.overdue",
            "overdue since 2026-03-13 15:20 UTC (1 day ago); done now it still earns 19 of"
                + " 75 points"),
        Map.entry("followup.next-action.past-ideal",
            "do it now: worth 56 of 75 points, less the longer it waits, until 2026-03-13"
                + " 15:20 UTC (1 day left)"),
        Map.entry("followup.next-action.pending",
            "do it by 2026-03-11 15:20 UTC (18:00:00 left) for all 75 points"),
        Map.entry("followup.overdue",
            "not done, and the maximum 3 days after the meeting passed at 2026-03-13 15:20"
                + " UTC, 1 day ago: 0 of 75 points; done late it would still earn 19"),
        Map.entry("followup.overdue.own-due",
            "not done, and its own due time 2026-03-13 17:00 UTC passed 1 day ago: 0 of 43"
                + " points; done late it would still earn 11"),
        Map.entry("followup.overdue.recorded",
            "not done, and the maximum 7 days after it was recorded passed at 2026-03-18"
                + " 15:20 UTC, 1 day ago: 0 of 43 points; done late it would still earn 11"),
        Map.entry("followup.pending",
            "not done yet: 0 of 75 points so far; done within the ideal 1 day after the meeting"
                + " (by 2026-03-11 15:20 UTC, 18:00:00 left) it earns all 75, less after that"
                + " until the maximum 3 days"),
        Map.entry("followup.pending-past-ideal",
            "not done yet: 0 of 75 points so far, 2 days after the meeting and 1 day past the"
                + " ideal 1 day; done now it earns 56, falling to 38 at the maximum 3 days (by"
                + " 2026-03-13 15:20 UTC, 1 day left)"),
        Map.entry("followup.pending-past-ideal.recorded",
            "not done yet: 0 of 43 points so far, 3 days after it was recorded and 1 day past"
                + " the ideal 2 days; done now it earns 39, falling to 22 at the maximum 7 days"
                + " (by 2026-03-18 15:20 UTC, 4 days left)"),
        Map.entry("followup.pending.own-due",
            "not done yet: 0 of 43 points so far; done by its own due time 2026-03-13 17:00 UTC"
                + " (2:00:00 left) it earns all 43"),
        Map.entry("followup.pending.recorded",
            "not done yet: 0 of 43 points so far; done within the ideal 2 days after it was"
                + " recorded (by 2026-03-13 15:20 UTC, 1 day 23 h left) it earns all 43, less"
                + " after that until the maximum 7 days"),
        Map.entry("followup.task.contact-referral",
            "Contact Lee Park (Head of Data, Harbor Insurance): how Harbor hires analysts"),
        Map.entry("followup.task.deliver-promise",
            "Deliver what you promised: Send the claims-delay report"),
        Map.entry("followup.task.deliver-promise.introduction",
            "Introduce them to Ana Ruiz: she is hiring claims analysts"),
        Map.entry("followup.task.next-touchpoint",
            "Get back in touch with Dana Reyes"),
        Map.entry("followup.task.next-touchpoint.unnamed",
            "Get back in touch with your counterpart"),
        Map.entry("followup.task.report-back",
            "Act on their advice and report back: Take the SQL course first"),
        Map.entry("followup.task.take-up-offer",
            "Take up their offer: Review my CV"),
        Map.entry("followup.task.thank-you-note",
            "Send Dana Reyes a thank-you note"),
        Map.entry("followup.task.thank-you-note.unnamed",
            "Send your counterpart a thank-you note"),
        Map.entry("preparation.checklist-done",
            "5 of 5 preparation steps done: 20 of 20 points"),
        Map.entry("preparation.checklist-done.empty",
            "the preparation checklist has no steps: 20 of 20 points"),
        Map.entry("preparation.checklist-done.open",
            "0 of 5 preparation steps done; not done: research, questions, overview,"
                + " purpose, thanked-when-agreed: 0 of 20 points"),
        Map.entry("preparation.counterpart-researched",
            "1 research note on Lee Park, from LinkedIn; 3 wanted, on their background,"
                + " current role and what they do now: 8 of 25 points"),
        Map.entry("preparation.counterpart-researched.enough",
            "3 research notes on Dana Reyes, from LinkedIn, company site, conference"
                + " programme; 3 wanted: 25 of 25 points"),
        Map.entry("preparation.counterpart-researched.none",
            "no research notes on Lee Park; 3 wanted, on their background, current role and"
                + " what they do now: 0 of 25 points"),
        Map.entry("preparation.overview-speakable",
            "88 words take 0:38 at 140 words a minute, within the overview's 2:00 target: 20"
                + " of 20 points"),
        Map.entry("preparation.overview-speakable.no-phase",
            "plan \"Coffee chat\" has no overview phase, so the overview is not timed: 20 of"
                + " 20 points"),
        Map.entry("preparation.overview-speakable.none",
            "no career overview written: 0 of 20 points"),
        Map.entry("preparation.overview-speakable.too-long",
            "400 words take 2:52 at 140 words a minute, past the overview's 2:00 target (280"
                + " words); only the share that fits counts: 14 of 20 points"),
        Map.entry("preparation.purpose-stated",
            "purpose stated in 21 words: 10 of 10 points"),
        Map.entry("preparation.purpose-stated.none",
            "no purpose stated; say in a sentence why you asked for the meeting: 0 of 10"
                + " points"),
        Map.entry("preparation.questions-linked",
            "1 of 3 questions link a research note; 2 do not tie to their background (q2,"
                + " q3): 8 of 25 points"),
        Map.entry("preparation.questions-linked.all",
            "6 of 6 questions link a research note: 25 of 25 points"),
        Map.entry("preparation.questions-linked.none",
            "no prepared questions; prepare questions tied to their background: 0 of 25"
                + " points"));

  @Test
  void rendersEveryFindingTemplateExactlyInEnglishAndCompletelyInGerman() {
    Map<String, Finding> findings = findings();
    assertThat(findings.keySet()).isEqualTo(ENGLISH.keySet());
    for (Map.Entry<String, Finding> entry : findings.entrySet()) {
      assertThat(Renderer.ENGLISH.message(entry.getValue())).as(entry.getKey())
          .isEqualTo(ENGLISH.get(entry.getKey()));
      assertGerman(entry.getKey(), GERMAN.message(entry.getValue()));
    }
  }

  @Test
  void rendersTheSummaryTemplates() {
    Arguments headline = Arguments.builder().count("total", 88).count("possible", 100)
        .instant("asOf", END.plus(Duration.ofDays(3))).count("done", 1).count("pending", 2)
        .count("overdue", 1).build();
    Arguments preparation = Arguments.builder().count("total", 84).count("possible", 100)
        .build();
    Arguments gaps = Arguments.builder().count("total", 84).count("possible", 100)
        .text("gaps", "questions-linked, purpose-stated").build();
    Map<String, Arguments> texts = Map.of("followup.summary.headline", headline,
        "followup.summary.next", Arguments.none(), "preparation.summary.headline", preparation,
        "preparation.summary.headline.gaps", gaps);

    assertThat(Renderer.ENGLISH.text("followup.summary.headline", headline))
        .isEqualTo("follow-up 88/100 as of 2026-03-13 15:20 UTC: 1 done, 2 pending, 1 overdue");
    assertThat(Renderer.ENGLISH.text("followup.summary.next", Arguments.none()))
        .isEqualTo("Next:");
    assertThat(Renderer.ENGLISH.text("preparation.summary.headline", preparation))
        .isEqualTo("preparation 84/100; ready");
    assertThat(Renderer.ENGLISH.text("preparation.summary.headline.gaps", gaps))
        .isEqualTo("preparation 84/100; gaps: questions-linked, purpose-stated");
    texts.forEach((key, arguments) -> assertGerman(key, GERMAN.text(key, arguments)));
    TreeSet<String> all = new TreeSet<>(ENGLISH.keySet());
    all.addAll(texts.keySet());
    assertThat(all).as("every key of messages/followup.properties is rendered here")
        .isEqualTo(new TreeSet<>(bundleKeys()));
  }

  @Test
  void summariesComposeTheRenderedFindings() {
    FollowUp followUp = FollowUp.builder().meetingEnd(END).counterpart(SampleMeeting.counterpart())
        .addCommitment(Commitment.myPromise("c1", "Send the report", DURING))
        .build().markDone("thank-you-note", END.plus(Duration.ofHours(1)));
    FollowUpScore score = SCORER.score(followUp, END.plus(Duration.ofDays(3)));
    String nl = System.lineSeparator();

    for (Locale locale : Renderer.shippedLocales()) {
      Renderer renderer = Renderer.of(locale);
      String summary = score.summary(locale);
      assertThat(summary).as(locale.toString()).doesNotContain("{")
          .startsWith(renderer.text("followup.summary.headline", Arguments.builder()
              .count("total", score.total()).count("possible", 100)
              .instant("asOf", score.asOf()).count("done", 1).count("pending", 2)
              .count("overdue", 0).build()) + nl)
          .contains(nl + "  " + String.format(Locale.ROOT, "%3d/%-3d", 43, 43) + " "
              + renderer.message(score.lines().get(0).task().action()) + nl + "          "
              + renderer.message(score.lines().get(0).finding()) + nl)
          .endsWith(nl + "  2. " + renderer.message(score.nextActions().get(1).task().action())
              + ": " + renderer.message(score.nextActions().get(1).finding()));
    }
    assertThat(score.summary()).isEqualTo(score.summary(Locale.ENGLISH));
    assertThat(score.summary(Locale.GERMAN)).contains("Als Nächstes:");
    assertThat(score).hasToString(score.summary().lines().findFirst().orElseThrow());
    assertThat(score.nextActions().get(0)).hasToString(
        score.nextActions().get(0).text(Renderer.ENGLISH));

    PreparationScore preparation = PreparationScorer.standard().score(SampleMeeting.agenda());
    assertThat(preparation.summary(Locale.GERMAN)).doesNotContain("{")
        .startsWith("Vorbereitung 100/100; bereit" + nl).contains(nl + "   25/25  "
            + "counterpart-researched: " + GERMAN.message(preparation.lines().get(0).finding()));
    assertThat(preparation.summary()).isEqualTo(preparation.summary(Locale.ENGLISH));
  }

  @Test
  void aScoreWithNothingLeftToDoHasNoNextSection() {
    FollowUp followUp = FollowUp.after(END).markDone("thank-you-note", END.plusSeconds(60))
        .markDone("next-touchpoint", END.plusSeconds(120));

    String summary = SCORER.score(followUp, END.plusSeconds(300)).summary();
    assertThat(summary.lines()).hasSize(5);
    assertThat(summary).doesNotContain("Next:");
  }

  private static void assertGerman(String key, String german) {
    assertThat(german).as("German " + key).isNotBlank().doesNotContain("{").doesNotContain("}");
  }

  private static java.util.Set<String> bundleKeys() {
    Properties properties = new Properties();
    try (InputStream in = Renderer.class.getResourceAsStream("messages/followup.properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.stringPropertyNames();
  }
}
