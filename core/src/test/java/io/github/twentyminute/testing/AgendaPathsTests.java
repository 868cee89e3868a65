package io.github.twentyminute.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.rules.Path;
import org.junit.jupiter.api.Test;

class AgendaPathsTests {
  private final Agenda sample = SampleMeeting.agenda();

  @Test
  void resolvesPathsToRealElements() {
    for (String path : new String[] {"$", "purpose", "overview", "scheduledStart", "items",
        "items[0]", "items[12]", "items[q1]", "items[4].planned", "items[4].linkedNotes[0]",
        "phases", "phases[discussion]", "phases[ending].timeBox", "phases[ending].cues[thanks.closing]",
        "counterpart", "counterpart.role", "counterpart.notes", "counterpart.notes[2]",
        "counterpart.notes[n1].source", "preparation", "preparation.steps[4]",
        "preparation.steps[purpose].done", "plan", "plan.budget", "plan.phases[0].timeBox",
        "plan.phases[overview]", "plan.groupLimits[0]", "plan.groupLimits[0].max"}) {
      assertThat(AgendaPaths.resolves(sample, Path.parse(path))).as(path).isTrue();
    }
  }

  @Test
  void refusesPathsToNothing() {
    for (String path : new String[] {"items[13]", "items[q9]", "items[0].duration",
        "items[4].linkedNotes[1]", "items[0].planned.seconds", "phases[panel]",
        "phases[ending].cues[thanks.opening]", "counterpart.notes[3]", "counterpart.notes[n9]",
        "counterpart.email", "counterpart[0]", "preparation.steps[5]", "plan.groupLimits[1]",
        "plan.ceiling", "overview[0]", "purpose.text", "agenda", "items[99999999999]"}) {
      assertThat(AgendaPaths.resolves(sample, Path.parse(path))).as(path).isFalse();
    }
  }
}
