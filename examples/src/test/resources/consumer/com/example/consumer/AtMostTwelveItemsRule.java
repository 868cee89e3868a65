package com.example.consumer;

import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.rules.Rule;
import io.github.twentyminute.rules.RuleContext;

/** A rule of the consumer's own, found by ServiceLoader: no more than twelve items. */
public final class AtMostTwelveItemsRule implements Rule {
  /** The rule's id. */
  public static final String ID = "consumer.at-most-twelve-items";

  /** Creates the rule; ServiceLoader calls this. */
  public AtMostTwelveItemsRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "An agenda has at most twelve items";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public void check(RuleContext context) {
    int items = context.agenda().items().size();
    if (items > 12) {
      context.report(Location.root(), items + " items; expected at most 12", "Drop an item");
    }
  }
}
