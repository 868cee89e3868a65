package io.github.twentyminute.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.findings.Location;
import org.junit.jupiter.api.Test;

class AgendaLocationsTests {
  private final Agenda sample = SampleMeeting.agenda();

  @Test
  void resolvesLocationsOfRealElements() {
    for (String path : new String[] {"$", "purpose", "overview", "scheduledStart", "items",
        "items[0]", "items[12]", "items[q1]", "items[4].planned", "items[4].linkedNotes[0]",
        "phases", "phases[discussion]", "phases[ending].timeBox", "phases[ending].cues[thanks.closing]",
        "counterpart", "counterpart.role", "counterpart.notes", "counterpart.notes[2]",
        "counterpart.notes[n1].source", "preparation", "preparation.steps[4]",
        "preparation.steps[purpose].done", "plan", "plan.budget", "plan.phases[0].timeBox",
        "plan.phases[overview]", "plan.groupLimits[0]", "plan.groupLimits[0].max",
        "items[000000012]", "items[4].linkedNotes", "items[4].linkedNotes[n1]", "phases[ending].cues",
        "counterpart.notes[n1]", "preparation.steps", "preparation.steps[purpose]", "plan.phases",
        "plan.groupLimits", "plan.name", "plan.phases[discussion].cues",
        "plan.groupLimits[0].phases"}) {
      assertThat(AgendaLocations.resolves(sample, Location.parse(path))).as(path).isTrue();
    }
  }

  @Test
  void refusesLocationsOfNothing() {
    for (String path : new String[] {"items[13]", "items[q9]", "items[0].duration",
        "items[4].linkedNotes[1]", "items[0].planned.seconds", "phases[panel]",
        "phases[ending].cues[thanks.opening]", "counterpart.notes[3]", "counterpart.notes[n9]",
        "counterpart.email", "counterpart[0]", "preparation.steps[5]", "plan.groupLimits[1]",
        "plan.ceiling", "overview[0]", "purpose.text", "agenda", "items[99999999999]",
        "items[0000000012]", "items.planned", "items[0].planned[0]", "items[4].linkedNotes.x",
        "phases.timeBox", "phases[ending].timeBox.min", "phases[ending].owner",
        "phases[ending].timeBox[0]", "counterpart.role[0]", "counterpart.role.x",
        "counterpart.notes.x", "counterpart.notes[n1].source.x", "counterpart.notes[n1].owner",
        "counterpart.notes[n1].text[0]", "preparation.items", "preparation.steps.x",
        "preparation.steps[purpose].owner", "preparation.steps[purpose].done.x",
        "preparation[0]", "plan[0]", "plan.phases.x", "plan.phases[9]", "plan.groupLimits.x",
        "plan.groupLimits[0].owner", "plan.followUpPolicy", "plan.budget.x", "plan.budget[0]",
        "plan.phases[discussion].owner", "items[q1].owner", "items[q1].planned.x"}) {
      assertThat(AgendaLocations.resolves(sample, Location.parse(path))).as(path).isFalse();
    }
  }
}
