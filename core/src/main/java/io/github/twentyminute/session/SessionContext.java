package io.github.twentyminute.session;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.plan.Cue;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhasePlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What every session of one agenda shares, computed once: the plan's cues by id, the items of
 * each phase and the planned time of each phase. Immutable.
 */
final class SessionContext {
  private static final int IDS_SHOWN = 12;

  final Agenda agenda;
  final MeetingPlan plan;
  /** The plan phase index owning each cue id. */
  final Map<String, Integer> cuePhase;
  /** Agenda item indexes per plan phase index, in agenda order. */
  final List<List<Integer>> itemsByPhase;
  /** The planned time of each plan phase: the agenda's items, or the time box target if none. */
  final Duration[] planned;

  SessionContext(Agenda agenda) {
    this.agenda = agenda;
    this.plan = agenda.plan();
    int phases = plan.phases().size();
    Map<String, Integer> cues = new HashMap<>();
    for (int p = 0; p < phases; p++) {
      for (Cue cue : plan.phases().get(p).cues()) {
        cues.put(cue.id(), p);
      }
    }
    this.cuePhase = Collections.unmodifiableMap(cues);
    List<List<Integer>> byPhase = new ArrayList<>(phases);
    for (int p = 0; p < phases; p++) {
      byPhase.add(new ArrayList<>());
    }
    List<AgendaItem> items = agenda.items();
    for (int i = 0; i < items.size(); i++) {
      byPhase.get(plan.indexOf(items.get(i).phase())).add(i);
    }
    this.itemsByPhase = byPhase;
    this.planned = new Duration[phases];
    for (int p = 0; p < phases; p++) {
      PhasePlan phase = plan.phases().get(p);
      planned[p] = byPhase.get(p).isEmpty() ? phase.timeBox().target() : agenda.planned(phase.id());
    }
  }

  PhasePlan phase(int index) {
    return plan.phases().get(index);
  }

  String itemIdsForMessage() {
    List<AgendaItem> items = agenda.items();
    String shown = items.stream().limit(IDS_SHOWN).map(AgendaItem::id)
        .collect(Collectors.joining(", "));
    return items.size() > IDS_SHOWN
        ? "[" + shown + ", ... " + (items.size() - IDS_SHOWN) + " more]"
        : "[" + shown + "]";
  }

  String cueIdsForMessage() {
    return cuePhase.keySet().stream().sorted().collect(Collectors.toList()).toString();
  }
}
