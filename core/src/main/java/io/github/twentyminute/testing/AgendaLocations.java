package io.github.twentyminute.testing;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.PreparationStep;
import io.github.twentyminute.agenda.ResearchNote;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.PhasePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Checks whether a {@link Location} points at a real element of an agenda: a field the agenda (or
 * its plan, counterpart, items or preparation) has, and for keys an index within its list or the
 * id of an element in it. {@link RuleContract} checks every finding of a rule with it.
 *
 * <p>Locations that resolve: {@code $}; {@code purpose}, {@code overview}, {@code scheduledStart};
 * {@code items}, {@code items[i]} (index or item id) and its fields; {@code counterpart} and
 * its fields, {@code counterpart.notes[i]} (index or note id) and its fields;
 * {@code preparation.steps[i]} (index or step id) and its fields; {@code phases[id]} for a phase
 * of the plan, and its fields; {@code plan} and its fields, {@code plan.phases[i]} (index or
 * phase id) and {@code plan.groupLimits[i]}.
 *
 * <p>This class is stateless and thread-safe.
 */
final class AgendaLocations {
  private static final Set<String> ITEM_FIELDS = Set.of("id", "phase", "kind", "text",
      "planned", "priority", "mustKeep", "cueId", "linkedNotes");
  private static final Set<String> NOTE_FIELDS = Set.of("id", "text", "source");
  private static final Set<String> STEP_FIELDS = Set.of("id", "text", "done");
  private static final Set<String> PHASE_FIELDS = Set.of("id", "title", "purpose", "timeBox",
      "cues", "required", "keepsItsTime", "absorbsOverruns");
  private static final Set<String> CONTACT_FIELDS = Set.of("name", "role", "organisation");
  private static final Set<String> PLAN_FIELDS = Set.of("name", "budget", "hardCeiling");

  private AgendaLocations() {}

  /**
   * Checks if a location points at a real element of an agenda.
   *
   * @param agenda the agenda, not null
   * @param location the location, such as {@code items[3].planned}; not null
   * @return true if the location resolves in the agenda
   */
  public static boolean resolves(Agenda agenda, Location location) {
    if (location.isRoot()) {
      return true;
    }
    List<String[]> segments = segments(location.toString());
    return segments != null && root(agenda, segments);
  }

  private static boolean root(Agenda agenda, List<String[]> s) {
    String field = s.get(0)[0];
    String key = s.get(0)[1];
    List<String[]> rest = s.subList(1, s.size());
    switch (field) {
      case "purpose":
      case "overview":
      case "scheduledStart":
        return key == null && rest.isEmpty();
      case "items":
        return key == null
            ? rest.isEmpty()
            : element(agenda.items(), key, AgendaItem::id, item -> item(item, rest));
      case "counterpart":
        return key == null && counterpart(agenda, rest);
      case "preparation":
        return key == null && preparation(agenda, rest);
      case "phases":
        return key == null
            ? rest.isEmpty()
            : isPhaseId(key) && agenda.plan().phase(PhaseId.of(key))
                .map(phase -> phase(phase, rest)).orElse(false);
      case "plan":
        return key == null && plan(agenda, rest);
      default:
        return false;
    }
  }

  private static boolean item(AgendaItem item, List<String[]> rest) {
    if (rest.isEmpty()) {
      return true;
    }
    String field = rest.get(0)[0];
    String key = rest.get(0)[1];
    if (rest.size() > 1 || !ITEM_FIELDS.contains(field)) {
      return false;
    }
    if (key == null) {
      return true;
    }
    return field.equals("linkedNotes") && element(item.linkedNotes(), key, n -> n, n -> true);
  }

  private static boolean counterpart(Agenda agenda, List<String[]> rest) {
    if (rest.isEmpty()) {
      return true;
    }
    String field = rest.get(0)[0];
    String key = rest.get(0)[1];
    if (CONTACT_FIELDS.contains(field)) {
      return key == null && rest.size() == 1;
    }
    if (!field.equals("notes")) {
      return false;
    }
    List<String[]> under = rest.subList(1, rest.size());
    if (key == null) {
      return under.isEmpty();
    }
    return element(agenda.counterpart().notes(), key, ResearchNote::id, note -> leaf(under,
        NOTE_FIELDS));
  }

  private static boolean preparation(Agenda agenda, List<String[]> rest) {
    if (rest.isEmpty()) {
      return true;
    }
    String key = rest.get(0)[1];
    if (!rest.get(0)[0].equals("steps")) {
      return false;
    }
    List<String[]> under = rest.subList(1, rest.size());
    if (key == null) {
      return under.isEmpty();
    }
    return element(agenda.preparation().steps(), key, PreparationStep::id,
        step -> leaf(under, STEP_FIELDS));
  }

  private static boolean phase(PhasePlan phase, List<String[]> rest) {
    if (rest.isEmpty()) {
      return true;
    }
    String field = rest.get(0)[0];
    String key = rest.get(0)[1];
    if (rest.size() > 1 || !PHASE_FIELDS.contains(field)) {
      return false;
    }
    if (key == null) {
      return true;
    }
    return field.equals("cues") && element(phase.cues(), key, cue -> cue.id(), cue -> true);
  }

  private static boolean plan(Agenda agenda, List<String[]> rest) {
    if (rest.isEmpty()) {
      return true;
    }
    String field = rest.get(0)[0];
    String key = rest.get(0)[1];
    List<String[]> under = rest.subList(1, rest.size());
    switch (field) {
      case "phases":
        return key == null
            ? under.isEmpty()
            : element(agenda.plan().phases(), key, p -> p.id().value(), p -> phase(p, under));
      case "groupLimits":
        return key == null
            ? under.isEmpty()
            : element(agenda.plan().groupLimits(), key, limit -> "", limit -> leaf(under,
                Set.of("phases", "max")));
      default:
        return key == null && under.isEmpty() && PLAN_FIELDS.contains(field);
    }
  }

  private static boolean leaf(List<String[]> rest, Set<String> fields) {
    return rest.isEmpty()
        || (rest.size() == 1 && rest.get(0)[1] == null && fields.contains(rest.get(0)[0]));
  }

  private static <T> boolean element(List<T> list, String key, Function<T, String> id,
      Function<T, Boolean> then) {
    if (isIndex(key)) {
      if (key.length() > 9) {
        return false;
      }
      int index = Integer.parseInt(key);
      return index < list.size() && then.apply(list.get(index));
    }
    for (T element : list) {
      if (id.apply(element).equals(key)) {
        return then.apply(element);
      }
    }
    return false;
  }

  private static boolean isIndex(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) < '0' || key.charAt(i) > '9') {
        return false;
      }
    }
    return !key.isEmpty();
  }

  private static boolean isPhaseId(String key) {
    try {
      PhaseId.of(key);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Splits {@code a[k].b} into {@code [a, k], [b, null]}; keys may hold dots. */
  private static @Nullable List<String[]> segments(String text) {
    List<String[]> segments = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int start = i;
      while (i < n && text.charAt(i) != '.' && text.charAt(i) != '[') {
        i++;
      }
      String field = text.substring(start, i);
      String key = null;
      if (i < n && text.charAt(i) == '[') {
        int close = text.indexOf(']', i);
        if (close < 0) {
          return null;
        }
        key = text.substring(i + 1, close);
        i = close + 1;
      }
      segments.add(new String[] {field, key});
      if (i < n) {
        if (text.charAt(i) != '.') {
          return null;
        }
        i++;
      }
    }
    return segments;
  }
}
