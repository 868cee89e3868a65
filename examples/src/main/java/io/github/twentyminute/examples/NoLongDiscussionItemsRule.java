package io.github.twentyminute.examples;

import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.rules.Rule;
import io.github.twentyminute.rules.RuleContext;
import java.time.Duration;
import java.util.List;

/**
 * A custom rule: no discussion item longer than 5 minutes, since a question that needs more is
 * two questions. It is listed in {@code META-INF/services/io.github.twentyminute.rules.Rule}, so
 * {@code RuleSet.standard().withDiscovered()} finds it.
 *
 * <p>It reports typed arguments ({@code itemId}, {@code planned}, {@code longest}) under its id
 * as the message key; its English and German templates are in the examples' bundle, so
 * {@link ExampleMessages#renderer} shows it in either language. Stateless and thread-safe, as
 * every rule must be.
 */
public final class NoLongDiscussionItemsRule implements Rule {
  /** The rule's id, also the key of its message template. */
  public static final String ID = "example.no-long-discussion-items";
  /** The longest a discussion item may be planned for. */
  public static final Duration LONGEST = Duration.ofMinutes(5);

  /** Creates the rule; ServiceLoader calls this. */
  public NoLongDiscussionItemsRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "No discussion item is planned for longer than 5:00";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public void check(RuleContext context) {
    List<AgendaItem> items = context.agenda().items();
    for (int i = 0; i < items.size(); i++) {
      AgendaItem item = items.get(i);
      if (item.phase().equals(PhaseId.DISCUSSION) && item.planned().compareTo(LONGEST) > 0) {
        context.report(context.item(i).field("planned"), Arguments.builder()
            .text("itemId", item.id())
            .duration("planned", item.planned())
            .duration("longest", LONGEST).build());
      }
    }
  }
}
