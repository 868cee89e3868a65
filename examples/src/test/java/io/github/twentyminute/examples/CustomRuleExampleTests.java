package io.github.twentyminute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.rules.RuleSet;
import io.github.twentyminute.testing.RuleContract;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CustomRuleExampleTests {

  @Test
  void printsTheCustomRulesFindingAndItsContractCheck() {
    String nl = System.lineSeparator();
    String printed = TourTests.captureStandardOutput(() -> CustomRuleExample.main(new String[0]));

    assertThat(printed).isEqualTo(CustomRuleExample.run().replace(nl, "\n"));
    assertThat(printed).isEqualTo(""
        + "Rules: 22, the last one discovered: example.no-long-discussion-items\n"
        + "valid: 0 errors, 1 warning, 0 infos; 22 rules ran\n"
        + "  warning example.no-long-discussion-items at items[4].planned: q1 is planned for"
        + " 6:00; expected at most 5:00 for a discussion item\n"
        + "      Split q1 into two questions, or shorten it to 5:00\n"
        + "Its arguments: {itemId=q1, planned=PT6M, longest=PT5M}\n"
        + "In German: q1 ist für 6:00 geplant; erwartet werden höchstens 5:00 für einen Punkt"
        + " der Diskussion\n"
        + "rule example.no-long-discussion-items kept the rule contract on 500 agendas\n");
  }

  @Test
  void ruleIsFoundThroughServiceLoaderAndAcceptsTheSampleMeeting() {
    RuleSet discovered = RuleSet.discovered();
    assertThat(discovered.ids()).containsExactly(NoLongDiscussionItemsRule.ID);
    assertThat(discovered.validate(SampleMeeting.agenda()).findings()).isEmpty();
    assertThat(discovered.validate(CustomRuleExample.stretchedAgenda()).findings())
        .containsExactly(Finding.of(NoLongDiscussionItemsRule.ID,
            Location.parse("items[4].planned"), Arguments.builder().text("itemId", "q1")
                .duration("planned", Duration.ofMinutes(6))
                .duration("longest", Duration.ofMinutes(5)).build())
            .withSeverity(Severity.WARNING));
    assertThat(RuleSet.standard().validate(CustomRuleExample.stretchedAgenda()).findings())
        .isEmpty();
    assertThat(RuleContract.of(new NoLongDiscussionItemsRule()).check().passed()).isTrue();
  }
}
