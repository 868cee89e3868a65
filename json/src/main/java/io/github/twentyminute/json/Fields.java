package io.github.twentyminute.json;

import java.util.HashMap;
import java.util.Map;

/**
 * The field names of one JSON object type, each with an index and whether it is required. At
 * most 64 fields. Immutable and thread-safe.
 */
final class Fields {
  private final String[] names;
  private final Map<String, Integer> indexes;
  private final long required;
  private final String list;

  private Fields(String[] names, long required) {
    this.names = names;
    this.required = required;
    this.indexes = new HashMap<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      indexes.put(names[i], i);
      text.append(i == 0 ? "" : ", ").append(names[i]);
    }
    this.list = text.toString();
  }

  /**
   * Obtains the fields of an object type; a name ending in {@code ?} is optional, the others are
   * required. The index of a field is its position here.
   */
  static Fields of(String... declared) {
    if (declared.length > 64) {
      throw new IllegalArgumentException("at most 64 fields, but " + declared.length + " given");
    }
    String[] names = new String[declared.length];
    long required = 0;
    for (int i = 0; i < declared.length; i++) {
      String name = declared[i];
      if (name.endsWith("?")) {
        names[i] = name.substring(0, name.length() - 1);
      } else {
        names[i] = name;
        required |= 1L << i;
      }
    }
    return new Fields(names, required);
  }

  int indexOf(String name) {
    Integer index = indexes.get(name);
    return index == null ? -1 : index;
  }

  String name(int index) {
    return names[index];
  }

  long requiredMask() {
    return required;
  }

  /** Returns the names in declaration order. */
  java.util.List<String> names() {
    return java.util.List.of(names);
  }

  /** Returns the names in declaration order, comma-separated. */
  String list() {
    return list;
  }
}
