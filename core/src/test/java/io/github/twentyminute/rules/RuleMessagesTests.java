package io.github.twentyminute.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Renderer;
import io.github.twentyminute.findings.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The wording of every template of the rules engine ({@code rules.properties}) and of the plan's
 * own rules ({@code plan.properties}), rendered once with realistic arguments: English exactly,
 * German complete. Every other test of the rules asserts ids, locations and arguments only.
 */
class RuleMessagesTests {
  private static final Renderer ENGLISH = Renderer.ENGLISH;
  private static final Renderer GERMAN = Renderer.of(Locale.GERMAN);

  /** One template rendered: its key, the arguments, and the English message and hint. */
  private record Case(String key, Arguments arguments, String message, String hint) {
    Finding finding() {
      return Finding.of("acme.any", Location.root(), key, arguments);
    }
  }

  private static Duration m(long minutes, long seconds) {
    return Duration.ofMinutes(minutes).plusSeconds(seconds);
  }

  private static Arguments.Builder args() {
    return Arguments.builder();
  }

  private static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("rule.failed", args().text("rule", "acme.broken")
            .text("ruleClass", "com.acme.BrokenRule")
            .text("reason", "java.lang.IllegalStateException: boom").build(),
        "rule acme.broken failed with java.lang.IllegalStateException: boom; expected it to"
            + " report its findings, so its findings are missing",
        "Fix rule acme.broken (com.acme.BrokenRule): a rule reports through its context and"
            + " never throws; until then, disable it with disable(\"acme.broken\")"));
    budgetAndPhases(cases);
    discussionAndHomework(cases);
    overview(cases);
    meeting(cases);
    plan(cases);
    return cases;
  }

  private static void budgetAndPhases(List<Case> cases) {
    Arguments overBudget = args().duration("planned", m(21, 0)).duration("budget", m(20, 0))
        .duration("excess", m(1, 0)).text("candidate", "q6")
        .duration("candidatePlanned", m(1, 30)).build();
    cases.add(new Case("budget.total", overBudget,
        "agenda planned for 21:00; the plan's budget is 20:00",
        "Cut 1:00 to keep to the 20:00 you promised: shorten or drop your lowest-priority"
            + " items, such as q6 (1:30)"));
    cases.add(new Case("budget.total.no-candidate", args().duration("planned", m(21, 0))
            .duration("budget", m(20, 0)).duration("excess", m(1, 0)).build(),
        "agenda planned for 21:00; the plan's budget is 20:00",
        "Cut 1:00 to keep to the 20:00 you promised: shorten the items, or agree a longer"
            + " meeting"));
    cases.add(new Case("budget.ceiling", args().duration("planned", m(30, 30))
            .duration("hardCeiling", m(30, 0)).duration("budget", m(20, 0))
            .duration("overCeiling", m(0, 30)).duration("excess", m(10, 30)).build(),
        "agenda planned for 30:30; the hard ceiling is 30:00 (the budget is 20:00)",
        "Cut at least 0:30 to stay under the ceiling, and 10:30 to keep to the 20:00 you"
            + " promised"));
    cases.add(new Case("phase.timebox", args().text("phase", "discussion")
            .duration("planned", m(15, 30)).duration("min", m(12, 0)).duration("max", m(15, 0))
            .duration("excess", m(0, 30)).build(),
        "discussion planned for 15:30; its time box allows 12:00 to 15:00",
        "Shorten discussion by 0:30, starting with its lowest-priority items"));
    cases.add(new Case("phase.timebox.under", args().text("phase", "ending")
            .duration("planned", m(1, 40)).duration("min", m(2, 0)).duration("max", m(3, 0))
            .duration("shortfall", m(0, 20)).build(),
        "ending planned for 1:40; its time box allows 2:00 to 3:00",
        "Plan 0:20 more for ending, or lower the minimum of its time box"));
    cases.add(new Case("phase.timebox.group", args().text("group", "introduction + overview")
            .duration("planned", m(4, 30)).duration("max", m(4, 0))
            .duration("excess", m(0, 30)).build(),
        "introduction + overview planned for 4:30; together they may take at most 4:00",
        "Shorten introduction + overview by 0:30"));
    cases.add(new Case("phase.order", args().text("itemId", "q6").text("phase", "discussion")
            .text("laterPhase", "ending")
            .text("order", "introduction, overview, discussion, ending").build(),
        "item q6 is in discussion but comes after an item in ending; the plan's order is"
            + " introduction, overview, discussion, ending",
        "Move q6 up, with the other discussion items and before the ending items"));
    Arguments.Builder required = args().text("phase", "ending").duration("min", m(2, 0))
        .duration("max", m(3, 0));
    cases.add(new Case("phase.required.no-cues", required.build(),
        "phase ending has no items; the plan requires it, within 2:00 to 3:00",
        "Add at least one item to ending, or make the phase optional in the plan"));
    cases.add(new Case("phase.required",
        required.text("cues", "ending.ask-for-names, ending.offer-help, thanks.closing").build(),
        "phase ending has no items; the plan requires it, within 2:00 to 3:00",
        "Add the items of ending, such as its cues: ending.ask-for-names, ending.offer-help,"
            + " thanks.closing"));
    cases.add(new Case("item.duration", args().text("itemId", "q1")
            .duration("planned", m(16, 0)).text("phase", "discussion")
            .duration("max", m(15, 0)).build(),
        "item q1 is planned for 16:00; its phase discussion may take at most 15:00 in all",
        "Shorten q1 to well under 15:00, or split it"));
    cases.add(new Case("item.duration.zero", args().text("itemId", "q6")
            .duration("planned", Duration.ZERO).build(),
        "item q6 is planned for 0:00; expected more than 0:00",
        "Give q6 the time it needs, or drop it"));
  }

  private static void discussionAndHomework(List<Case> cases) {
    cases.add(new Case("discussion.questions", args().count("questions", 2)
            .count("minimum", 3).count("missing", 1).text("counterpart", "Dana Reyes").build(),
        "discussion has 2 prepared questions; expected at least 3",
        "Prepare 1 more question tied to Dana Reyes's background, and rank them"));
    cases.add(new Case("discussion.questions.too-many", args().count("questions", 6)
            .duration("max", m(15, 0)).count("fit", 5).duration("pace", m(3, 0))
            .count("extra", 1).build(),
        "discussion has 6 prepared questions; its 15:00 holds at most 5 at 3:00 a question",
        "Drop the lowest-priority question, or keep it in reserve outside the agenda"));
    cases.add(new Case("homework.counterpart", args().text("counterpart", "Dana Reyes")
            .count("notes", 1).count("minimum", 2).build(),
        "Dana Reyes has 1 research note; expected at least 2 on their background, current"
            + " role and what they do now",
        "Do your homework: read their profile, their organisation's site and anything they"
            + " wrote or said in public, and note each fact with its source"));
    Arguments dana = args().text("counterpart", "Dana Reyes").build();
    cases.add(new Case("homework.counterpart.role", dana,
        "Dana Reyes has no current role; expected it from your homework",
        "Find Dana Reyes's current role, such as on their profile, and add it to the"
            + " counterpart"));
    cases.add(new Case("homework.counterpart.organisation", dana,
        "Dana Reyes has no organisation; expected where they work now",
        "Find where Dana Reyes works now and add it to the counterpart"));
    String tie = "Tie q4 to their background: link the note it draws on, or rewrite it around"
        + " what you learned";
    cases.add(new Case("homework.questions-linked", args().text("itemId", "q4")
            .text("counterpart", "Dana Reyes").text("notes", "n1, n2, n3").build(),
        "question q4 links no research note; expected it to draw on one of Dana Reyes's notes"
            + " (n1, n2, n3)", tie));
    cases.add(new Case("homework.questions-linked.no-notes", args().text("itemId", "q4")
            .text("counterpart", "Dana Reyes").build(),
        "question q4 links no research note; expected it to draw on a note on Dana Reyes, who"
            + " has none yet", tie));
  }

  private static void overview(List<Case> cases) {
    Arguments.Builder tooLong = args().duration("speaking", m(2, 9)).count("words", 300)
        .count("wordsPerMinute", 140).duration("available", m(2, 0)).count("cut", 20);
    cases.add(new Case("overview.length", tooLong.build(),
        "career overview takes about 2:09 to say (300 words at 140 words a minute); the"
            + " overview is planned for 2:00",
        "Cut about 20 words, keeping what leads to why you asked"));
    cases.add(new Case("overview.length.unplanned", tooLong.build(),
        "career overview takes about 2:09 to say (300 words at 140 words a minute); the"
            + " overview's time box allows at most 2:00",
        "Cut about 20 words, keeping what leads to why you asked"));
    cases.add(new Case("overview.length.empty", args().duration("available", m(2, 0))
            .count("maxWords", 280).count("wordsPerMinute", 140).build(),
        "career overview is empty; expected one you can say in 2:00 (up to 280 words at 140"
            + " words a minute)",
        "Write a few sentences on your career so far that lead to why you asked to meet them"));
    cases.add(new Case("overview.not-resume", args().count("yearCount", 4)
            .text("years", "2009, 2012, 2015, 2019").count("maximum", 3).build(),
        "career overview mentions 4 years (2009, 2012, 2015, 2019); expected at most 3 in an"
            + " overview, which tells a story rather than reciting a resume",
        "Tell your career in a few sentences that lead to why you asked; leave the dates to"
            + " your resume"));
    cases.add(new Case("overview.not-resume.no-why", Arguments.none(),
        "career overview never says why you asked for the meeting; expected a phrase such as"
            + " \"which is why I asked\"",
        "End the overview with why you asked to meet them, such as \"..., which is why I asked"
            + " to meet you\""));
  }

  private static void meeting(List<Case> cases) {
    cases.add(new Case("gratitude.before-after", args().text("phase", "introduction")
            .text("counterpart", "Dana Reyes").build(),
        "introduction has no item thanking Dana Reyes at the start; expected an item placing"
            + " cue thanks.opening",
        "Open by thanking them, such as \"Thank you for making the time today\""));
    cases.add(new Case("gratitude.before-after.closing", args().text("phase", "ending")
            .text("counterpart", "Dana Reyes").build(),
        "ending has no item thanking Dana Reyes at the end; expected an item placing cue"
            + " thanks.closing",
        "Close by thanking them again, such as \"Thank you again for your time and advice\""));
    cases.add(new Case("gratitude.before-after.when-agreed",
        args().text("counterpart", "Dana Reyes").build(),
        "you have not yet thanked Dana Reyes for agreeing to meet; expected preparation step"
            + " thanked-when-agreed done",
        "Send a short thank-you that confirms the time and place, then mark the step done"));
    for (String[] cue : new String[][] {{"gratitude.before-after", "thanks.opening"},
        {"ending.ask-for-names", "ending.ask-for-names"},
        {"ending.offer-help", "ending.offer-help"}}) {
      cases.add(new Case(cue[0] + ".misplaced", args().text("itemId", "i1").text("cue", cue[1])
              .text("phase", "overview").text("expectedPhase", "introduction").build(),
          "cue item i1 places " + cue[1] + " in overview; expected it in introduction",
          "Move i1 to introduction"));
    }
    cases.add(new Case("ending.ask-for-names", args().text("phase", "ending").build(),
        "ending has no item asking who else to talk to; expected an item placing cue"
            + " ending.ask-for-names",
        "Add \"Who else would you suggest I talk to? May I use your name?\" to the ending"));
    cases.add(new Case("ending.offer-help", args().text("phase", "ending").build(),
        "ending has no item asking how you can help them; expected an item placing cue"
            + " ending.offer-help",
        "Add \"How can I help you?\" to the ending, with something concrete you could offer"));
    String notAnInterview = "This is not a job interview: ask for advice, information and names"
        + " instead; if they know of an opening, they will tell you";
    cases.add(new Case("discussion.no-job-request", args().text("itemId", "q5")
            .text("phrase", "position").build(),
        "item q5 reads as a job request (\"position\"); expected items that ask for advice,"
            + " information and names", notAnInterview));
    cases.add(new Case("discussion.no-job-request.purpose", args().text("phrase", "hire me")
            .build(),
        "purpose reads as a job request (\"hire me\"); expected a purpose of learning, advice"
            + " and names", notAnInterview));
    cases.add(new Case("agenda.purpose", Arguments.none(),
        "purpose is empty; expected a sentence saying why you asked for the meeting",
        "Write why you asked, such as \"Learn how the work in your field is changing and which"
            + " skills matter most\""));
    cases.add(new Case("agenda.purpose.too-long", args().count("words", 21)
            .count("maximum", 10).build(),
        "purpose has 21 words; expected one sentence of at most 10",
        "Say why you asked in one sentence; keep the rest for the overview and questions"));
  }

  private static void plan(List<Case> cases) {
    cases.add(new Case("plan.phases", Arguments.none(),
        "plan has no phases; expected at least one",
        "Add the phases of the meeting, such as introduction, overview, discussion and ending"));
    cases.add(new Case("plan.minimums", args().duration("minimums", m(22, 0))
            .duration("budget", m(20, 0)).duration("excess", m(2, 0)).build(),
        "plan cannot fit: phase minimums add up to 22:00 against a 20:00 budget",
        "Lower the minimum of a phase by 2:00 or raise the budget"));
    Arguments.Builder targets = args().duration("targets", m(21, 0))
        .duration("budget", m(20, 0)).duration("difference", m(1, 0));
    cases.add(new Case("plan.targets", targets.build(),
        "phase targets add up to 21:00; expected the 20:00 budget",
        "Lower the targets by 1:00 so the plan uses exactly its budget"));
    cases.add(new Case("plan.targets.under", targets.build(),
        "phase targets add up to 21:00; expected the 20:00 budget",
        "Raise the targets by 1:00 so the plan uses exactly its budget"));
    cases.add(new Case("plan.ceiling", args().duration("budget", m(20, 0))
            .duration("hardCeiling", m(15, 0)).build(),
        "budget 20:00 is above the hard ceiling 15:00",
        "Promise no more than 15:00, or raise the ceiling"));
    cases.add(new Case("plan.group-limit", args().text("group", "introduction + overview")
            .duration("minimums", m(4, 30)).duration("max", m(4, 0)).build(),
        "introduction + overview minimums add up to 4:30 against the group's 4:00 limit",
        "Lower the minimums of introduction + overview or raise the group limit"));
    cases.add(new Case("plan.group-limit.targets", args().text("group", "introduction")
            .duration("targets", m(3, 0)).duration("max", m(2, 30)).build(),
        "introduction targets add up to 3:00 against the group's 2:30 limit",
        "Lower the targets of introduction to 2:30 in all"));
  }

  @Test
  void rendersEveryTemplateInEnglishAndGerman() {
    for (Case c : cases()) {
      Finding finding = c.finding();
      assertThat(ENGLISH.message(finding)).as(c.key()).isEqualTo(c.message());
      assertThat(ENGLISH.hint(finding)).as(c.key() + ".hint").contains(c.hint());
      assertThat(GERMAN.message(finding)).as("de " + c.key()).isNotBlank().doesNotContain("{")
          .isNotEqualTo(c.message());
      assertThat(GERMAN.hint(finding)).as("de " + c.key() + ".hint").get().asString()
          .isNotBlank().doesNotContain("{").isNotEqualTo(c.hint());
    }
  }

  @Test
  void theCasesCoverEveryTemplateOfTheRulesAndPlanBundles() {
    Set<String> keys = new TreeSet<>();
    for (String bundle : List.of("rules", "plan")) {
      for (String key : read(bundle).keySet()) {
        if (!key.endsWith(".hint") && !key.startsWith("validation.summary.")) {
          keys.add(key);
        }
      }
    }
    Set<String> covered = new TreeSet<>();
    for (Case c : cases()) {
      covered.add(c.key());
    }
    assertThat(covered).isEqualTo(keys);
  }

  @Test
  void rendersTheSummaryInEnglishAndGerman() {
    Finding purpose = Finding.of("agenda.purpose", Location.of("purpose"), Arguments.none())
        .withSeverity(Severity.ERROR);
    Finding questions = Finding.of("discussion.questions", Location.parse("phases[discussion]"),
        args().count("questions", 2).count("minimum", 3).count("missing", 1)
            .text("counterpart", "Dana Reyes").build()).withSeverity(Severity.WARNING);
    Finding mine = Finding.ofText("acme.short", Location.of("overview"), "overview is short",
        "Say more").withSeverity(Severity.INFO);
    ValidationReport report = ValidationReport.of(List.of("agenda.purpose",
        "discussion.questions", "acme.short"), List.of(mine, questions, purpose));
    String nl = System.lineSeparator();

    assertThat(report.summary()).isEqualTo(
        "not valid: 1 error, 1 warning, 1 info; 3 rules ran" + nl
            + "  error agenda.purpose at purpose: purpose is empty; expected a sentence saying"
            + " why you asked for the meeting" + nl
            + "      Write why you asked, such as \"Learn how the work in your field is changing"
            + " and which skills matter most\"" + nl
            + "  warning discussion.questions at phases[discussion]: discussion has 2 prepared"
            + " questions; expected at least 3" + nl
            + "      Prepare 1 more question tied to Dana Reyes's background, and rank them" + nl
            + "  info acme.short at overview: overview is short" + nl
            + "      Say more");
    assertThat(ValidationReport.of(List.of("a"), List.of()).summary())
        .isEqualTo("valid: 0 errors, 0 warnings, 0 infos; 1 rule ran");
    String german = report.summary(Locale.GERMAN);
    assertThat(german).startsWith("nicht gültig: 1 Fehler, 1 Warnung, 1 Hinweis; 3 Regeln"
        + " geprüft" + nl + "  Fehler agenda.purpose bei purpose: ").doesNotContain("{")
        .contains("  Hinweis acme.short bei overview: overview is short" + nl + "      Say more");
    assertThat(ValidationReport.of(List.of(), List.of()).summary(Locale.GERMAN))
        .isEqualTo("gültig: 0 Fehler, 0 Warnungen, 0 Hinweise; 0 Regeln geprüft");
  }

  private static PropertyResourceBundle read(String bundle) {
    String name = "/io/github/twentyminute/findings/messages/" + bundle + ".properties";
    try (InputStream in = RuleMessagesTests.class.getResourceAsStream(name)) {
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
