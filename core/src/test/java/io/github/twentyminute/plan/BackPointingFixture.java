package io.github.twentyminute.plan;

import io.github.twentyminute.rules.RuleSet;

/** A plan class that uses the rules layer above it, so the architecture test can fail. */
public final class BackPointingFixture {
  private BackPointingFixture() {}

  static int rules() {
    return RuleSet.standard().rules().size();
  }
}
