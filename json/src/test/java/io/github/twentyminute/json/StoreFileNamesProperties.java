package io.github.twentyminute.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The file names of ids: every id the core accepts has one, it reads back to the id, it has no
 * upper-case letter, and no two ids share one, even compared without case.
 */
class StoreFileNamesProperties {
  private static final String FIRST =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String REST = FIRST + "._-";
  private static final List<String> DEVICES = List.of("con", "CON", "nul", "com1", "lpt9", "aux");

  /** Ids of the core's grammar, often near a device name or with capitals and dots. */
  private static Gen<String> ids() {
    Gen<String> free = lists().of(integers().between(0, REST.length() - 1)).ofSizeBetween(0, 63)
        .zip(integers().between(0, FIRST.length() - 1), (rest, first) -> {
          StringBuilder id = new StringBuilder().append(FIRST.charAt(first));
          rest.forEach(i -> id.append(REST.charAt(i)));
          return id.toString();
        });
    Gen<String> devices = integers().between(0, DEVICES.size() - 1)
        .zip(integers().between(0, 2), (device, tail) -> DEVICES.get(device)
            + (tail == 0 ? "" : tail == 1 ? ".x" : "Z"));
    return free.mix(devices, 30);
  }

  @Test
  void everyIdReadsBackFromItsFileName() {
    qt().forAll(ids()).checkAssert(id -> {
      assertThat(StoreFileNames.isValidId(id)).isTrue();
      String name = StoreFileNames.fileName(id);
      assertThat(name).isEqualTo(name.toLowerCase(Locale.ROOT)).endsWith(".json")
          .doesNotStartWith(".");
      assertThat(StoreFileNames.idOf(name)).contains(id);
    });
  }

  @Test
  void noTwoIdsShareAFileNameEvenWithoutCase() {
    Map<String, String> seen = new HashMap<>();
    qt().withExamples(2000).forAll(ids()).checkAssert(id -> {
      String earlier = seen.putIfAbsent(StoreFileNames.fileName(id).toUpperCase(Locale.ROOT), id);
      assertThat(earlier == null || earlier.equals(id)).as("%s and %s", earlier, id).isTrue();
    });
  }

  @Test
  void aNameNoIdMapsToIsNotAnEntry() {
    for (String name : List.of("Dana.json", "con.json", "^.json", "a^.json", "a^^b.json",
        "^A.json", ".x.json", "dana.txt", ".json", "con^^.json")) {
      assertThat(StoreFileNames.idOf(name)).as(name).isEqualTo(Optional.empty());
    }
    assertThat(StoreFileNames.idOf("con^.json")).contains("con");
    assertThat(StoreFileNames.idOf("^mixed-^case.json")).contains("Mixed-Case");
  }
}
