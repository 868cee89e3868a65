package io.github.twentyminute.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathTests {
  @Test
  void rootPrintsAsDollar() {
    assertThat(Path.root().toString()).isEqualTo("$");
    assertThat(Path.root().isRoot()).isTrue();
    assertThat(Path.root().depth()).isZero();
    assertThat(Path.parse("$")).isSameAs(Path.root());
  }

  @Test
  void buildsFieldsIndexesAndKeys() {
    Path path = Path.of("items").index(3).field("duration");

    assertThat(path.toString()).isEqualTo("items[3].duration");
    assertThat(path.depth()).isEqualTo(2);
    assertThat(path.isRoot()).isFalse();
    assertThat(Path.of("phases").key("discussion").field("timeBox").toString())
        .isEqualTo("phases[discussion].timeBox");
  }

  @ParameterizedTest
  @ValueSource(strings = {"purpose", "items[3].duration", "phases[discussion].timeBox",
      "items[0]", "a.b.c", "cues[thanks.opening].text", "counterpart.notes[n-1_x:2]",
      "phases[ending].cues[ending.ask-for-names]"})
  void parseReadsBackWhatToStringWrites(String text) {
    Path path = Path.parse(text);

    assertThat(path.toString()).isEqualTo(text);
    assertThat(Path.parse(path.toString())).isEqualTo(path).hasSameHashCodeAs(path);
  }

  @Test
  void aKeyWithDotsRoundTrips() {
    Path path = Path.of("cues").key("thanks.opening").field("text");

    assertThat(Path.parse(path.toString())).isEqualTo(path);
    assertThat(path.depth()).isEqualTo(2);
  }

  @Test
  void parsedAndBuiltPathsAreEqual() {
    assertThat(Path.parse("items[3].duration"))
        .isEqualTo(Path.of("items").index(3).field("duration"));
    assertThat(Path.parse("items[3]")).isNotEqualTo(Path.parse("items[03]"));
    assertThat(Path.parse("items")).isNotEqualTo(Path.parse("items[0]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "items.", ".items", "items..duration", "items[]", "items[3",
      "items[3]x", "items[3][4]", "3items", "items[a b]", "$.items", "items/3", "[3]"})
  void parseRejectsMalformedText(String text) {
    assertThatThrownBy(() -> Path.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path must be $ or segments such as items[3].duration joined by dots, but was \""
            + text + "\"");
  }

  @Test
  void parseRejectsNull() {
    assertThatThrownBy(() -> Path.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void rejectsAMalformedField() {
    assertThatThrownBy(() -> Path.of("3items"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path field must be a letter followed by letters, digits, underscores or"
            + " hyphens, but was \"3items\"");
    assertThatThrownBy(() -> Path.of("items").field("a.b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path field must be a letter followed by letters, digits, underscores or"
            + " hyphens, but was \"a.b\"");
  }

  @Test
  void rejectsANegativeIndex() {
    assertThatThrownBy(() -> Path.of("items").index(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path index must be zero or positive, but was -1");
  }

  @Test
  void rejectsAMalformedKey() {
    assertThatThrownBy(() -> Path.of("phases").key("a]b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path key must be letters, digits and _ . : -, but was \"a]b\"");
    assertThatThrownBy(() -> Path.of("phases").key(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path key must be letters, digits and _ . : -, but was \"\"");
  }

  @Test
  void rejectsAKeyOnTheRoot() {
    assertThatThrownBy(() -> Path.root().index(2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the root path $ has no field to put key 2 on");
  }

  @Test
  void rejectsASecondKeyOnOneField() {
    assertThatThrownBy(() -> Path.of("items").index(2).index(3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("path items[2] already has a key on its last field; add a field first");
  }

  @Test
  void ordersNumericKeysByValue() {
    assertThat(Path.parse("items[2]")).isLessThan(Path.parse("items[10]"));
    assertThat(Path.parse("items[9].duration")).isLessThan(Path.parse("items[10].duration"));
    assertThat(Path.parse("items[10]")).isGreaterThan(Path.parse("items[9]"));
  }

  @Test
  void ordersFieldsFirstThenKeysThenDepth() {
    List<Path> paths = new ArrayList<>(List.of(
        Path.parse("items[10]"), Path.parse("phases[ending]"), Path.parse("items[2].text"),
        Path.parse("items"), Path.parse("items[2]"), Path.parse("phases[discussion]"),
        Path.parse("items[x]"), Path.root(), Path.parse("budget")));
    Collections.shuffle(paths, new java.util.Random(7));
    Collections.sort(paths);

    assertThat(paths).extracting(Path::toString).containsExactly(
        "$", "budget", "items", "items[2]", "items[2].text", "items[10]", "items[x]",
        "phases[discussion]", "phases[ending]");
  }

  @Test
  void ordersKeysOfTheSameLengthByTheirCharacters() {
    assertThat(Path.parse("items[12]")).isLessThan(Path.parse("items[13]"));
    assertThat(Path.parse("items[13]")).isGreaterThan(Path.parse("items[12]"));
    assertThat(Path.parse("phases[a]")).isLessThan(Path.parse("phases[b]"));
    assertThat(Path.parse("phases[b]")).isGreaterThan(Path.parse("phases[a]"));
    assertThat(Path.parse("items[2]")).isLessThan(Path.parse("items[a]"));
    assertThat(Path.parse("items")).isLessThan(Path.parse("items[0]"));
  }

  @Test
  void distinctPathsSpreadOverHashCodes() {
    Set<Integer> codes = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      Path path = Path.of("items").index(i).field(i % 2 == 0 ? "text" : "planned");
      assertThat(path.hashCode()).isEqualTo(Path.parse(path.toString()).hashCode());
      codes.add(path.hashCode());
    }
    assertThat(codes).hasSizeGreaterThan(90);
  }

  @Test
  void comparesEqualPathsAsZero() {
    assertThat(Path.parse("items[2].text").compareTo(Path.of("items").index(2).field("text")))
        .isZero();
  }

  @Test
  void everyPathStartsWithTheRootAndItself() {
    Path path = Path.parse("items[3].duration");

    assertThat(path.startsWith(Path.root())).isTrue();
    assertThat(path.startsWith(path)).isTrue();
    assertThat(Path.root().startsWith(Path.root())).isTrue();
    assertThat(Path.root().startsWith(path)).isFalse();
  }

  @Test
  void startsWithMatchesSegmentBySegment() {
    Path path = Path.parse("items[3].duration");

    assertThat(path.startsWith(Path.parse("items[3]"))).isTrue();
    assertThat(path.startsWith(Path.parse("items[4]"))).isFalse();
    assertThat(path.startsWith(Path.parse("items[3].text"))).isFalse();
    assertThat(path.startsWith(Path.parse("item"))).isFalse();
    assertThat(path.startsWith(Path.parse("items[3].duration.x"))).isFalse();
    assertThat(Path.parse("items").startsWith(Path.parse("items[3]"))).isFalse();
  }

  @Test
  void aFieldWithoutAKeyInThePrefixMatchesEveryKey() {
    assertThat(Path.parse("items[3].duration").startsWith(Path.parse("items"))).isTrue();
    assertThat(Path.parse("items[3].duration").startsWith(Path.parse("items.duration"))).isTrue();
    assertThat(Path.parse("items[3].duration").startsWith(Path.parse("items.text"))).isFalse();
    assertThat(Path.parse("phases[ending].cues[thanks.closing]")
        .startsWith(Path.parse("phases.cues"))).isTrue();
  }
}
