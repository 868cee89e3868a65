/**
 * The TwentyMinute domain engine: phase plans, agendas and their rules, live pacing, follow-up
 * scoring and the journal. Pure: no I/O, and no clock reads except through an injected
 * {@link java.time.Clock}.
 */
module io.github.twentyminute.core {
  requires static org.jspecify;
  requires static org.apiguardian.api;
  requires static org.immutables.value.annotations;

  exports io.github.twentyminute.plan;
  exports io.github.twentyminute.agenda;
  exports io.github.twentyminute.findings;
  exports io.github.twentyminute.rules;
  exports io.github.twentyminute.fit;
  exports io.github.twentyminute.session;
  exports io.github.twentyminute.testing;
  exports io.github.twentyminute.followup;
  exports io.github.twentyminute.journal;

  uses io.github.twentyminute.rules.Rule;

}
