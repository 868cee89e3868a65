package io.github.twentyminute.findings;


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

class LocationTests {
  @Test
  void rootPrintsAsDollar() {
    assertThat(Location.root().toString()).isEqualTo("$");
    assertThat(Location.root().isRoot()).isTrue();
    assertThat(Location.root().depth()).isZero();
    assertThat(Location.parse("$")).isSameAs(Location.root());
  }

  @Test
  void buildsFieldsIndexesAndKeys() {
    Location path = Location.of("items").index(3).field("duration");

    assertThat(path.toString()).isEqualTo("items[3].duration");
    assertThat(path.depth()).isEqualTo(2);
    assertThat(path.isRoot()).isFalse();
    assertThat(Location.of("phases").key("discussion").field("timeBox").toString())
        .isEqualTo("phases[discussion].timeBox");
  }

  @ParameterizedTest
  @ValueSource(strings = {"purpose", "items[3].duration", "phases[discussion].timeBox",
      "items[0]", "a.b.c", "cues[thanks.opening].text", "counterpart.notes[n-1_x:2]",
      "phases[ending].cues[ending.ask-for-names]"})
  void parseReadsBackWhatToStringWrites(String text) {
    Location path = Location.parse(text);

    assertThat(path.toString()).isEqualTo(text);
    assertThat(Location.parse(path.toString())).isEqualTo(path).hasSameHashCodeAs(path);
  }

  @Test
  void aKeyWithDotsRoundTrips() {
    Location path = Location.of("cues").key("thanks.opening").field("text");

    assertThat(Location.parse(path.toString())).isEqualTo(path);
    assertThat(path.depth()).isEqualTo(2);
  }

  @Test
  void parsedAndBuiltPathsAreEqual() {
    assertThat(Location.parse("items[3].duration"))
        .isEqualTo(Location.of("items").index(3).field("duration"));
    assertThat(Location.parse("items[3]")).isNotEqualTo(Location.parse("items[03]"));
    assertThat(Location.parse("items")).isNotEqualTo(Location.parse("items[0]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "items.", ".items", "items..duration", "items[]", "items[3",
      "items[3]x", "items[3][4]", "3items", "items[a b]", "$.items", "items/3", "[3]"})
  void parseRejectsMalformedText(String text) {
    assertThatThrownBy(() -> Location.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("location must be $ or segments such as items[3].planned joined by dots, but was \""
            + text + "\"");
  }

  @Test
  void parseRejectsNull() {
    assertThatThrownBy(() -> Location.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void rejectsAMalformedField() {
    assertThatThrownBy(() -> Location.of("3items"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("location field must be a letter followed by letters, digits, underscores or"
            + " hyphens, but was \"3items\"");
    assertThatThrownBy(() -> Location.of("items").field("a.b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("location field must be a letter followed by letters, digits, underscores or"
            + " hyphens, but was \"a.b\"");
  }

  @Test
  void rejectsANegativeIndex() {
    assertThatThrownBy(() -> Location.of("items").index(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("location index must be zero or positive, but was -1");
  }

  @Test
  void rejectsAMalformedKey() {
    assertThatThrownBy(() -> Location.of("phases").key("a]b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("location key must be letters, digits and _ . : -, but was \"a]b\"");
    assertThatThrownBy(() -> Location.of("phases").key(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("location key must be letters, digits and _ . : -, but was \"\"");
  }

  @Test
  void rejectsAKeyOnTheRoot() {
    assertThatThrownBy(() -> Location.root().index(2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the root location $ has no field to put key 2 on");
  }

  @Test
  void rejectsASecondKeyOnOneField() {
    assertThatThrownBy(() -> Location.of("items").index(2).index(3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("location items[2] already has a key on its last field; add a field first");
  }

  @Test
  void ordersNumericKeysByValue() {
    assertThat(Location.parse("items[2]")).isLessThan(Location.parse("items[10]"));
    assertThat(Location.parse("items[9].duration")).isLessThan(Location.parse("items[10].duration"));
    assertThat(Location.parse("items[10]")).isGreaterThan(Location.parse("items[9]"));
  }

  @Test
  void ordersFieldsFirstThenKeysThenDepth() {
    List<Location> paths = new ArrayList<>(List.of(
        Location.parse("items[10]"), Location.parse("phases[ending]"), Location.parse("items[2].text"),
        Location.parse("items"), Location.parse("items[2]"), Location.parse("phases[discussion]"),
        Location.parse("items[x]"), Location.root(), Location.parse("budget")));
    Collections.shuffle(paths, new java.util.Random(7));
    Collections.sort(paths);

    assertThat(paths).extracting(Location::toString).containsExactly(
        "$", "budget", "items", "items[2]", "items[2].text", "items[10]", "items[x]",
        "phases[discussion]", "phases[ending]");
  }

  @Test
  void ordersKeysOfTheSameLengthByTheirCharacters() {
    assertThat(Location.parse("items[12]")).isLessThan(Location.parse("items[13]"));
    assertThat(Location.parse("items[13]")).isGreaterThan(Location.parse("items[12]"));
    assertThat(Location.parse("phases[a]")).isLessThan(Location.parse("phases[b]"));
    assertThat(Location.parse("phases[b]")).isGreaterThan(Location.parse("phases[a]"));
    assertThat(Location.parse("items[2]")).isLessThan(Location.parse("items[a]"));
    assertThat(Location.parse("items")).isLessThan(Location.parse("items[0]"));
  }

  @Test
  void distinctPathsSpreadOverHashCodes() {
    Set<Integer> codes = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      Location path = Location.of("items").index(i).field(i % 2 == 0 ? "text" : "planned");
      assertThat(path.hashCode()).isEqualTo(Location.parse(path.toString()).hashCode());
      codes.add(path.hashCode());
    }
    assertThat(codes).hasSizeGreaterThan(90);
  }

  @Test
  void comparesEqualPathsAsZero() {
    assertThat(Location.parse("items[2].text").compareTo(Location.of("items").index(2).field("text")))
        .isZero();
  }

  @Test
  void everyPathStartsWithTheRootAndItself() {
    Location path = Location.parse("items[3].duration");

    assertThat(path.startsWith(Location.root())).isTrue();
    assertThat(path.startsWith(path)).isTrue();
    assertThat(Location.root().startsWith(Location.root())).isTrue();
    assertThat(Location.root().startsWith(path)).isFalse();
  }

  @Test
  void startsWithMatchesSegmentBySegment() {
    Location path = Location.parse("items[3].duration");

    assertThat(path.startsWith(Location.parse("items[3]"))).isTrue();
    assertThat(path.startsWith(Location.parse("items[4]"))).isFalse();
    assertThat(path.startsWith(Location.parse("items[3].text"))).isFalse();
    assertThat(path.startsWith(Location.parse("item"))).isFalse();
    assertThat(path.startsWith(Location.parse("items[3].duration.x"))).isFalse();
    assertThat(Location.parse("items").startsWith(Location.parse("items[3]"))).isFalse();
  }

  @Test
  void aFieldWithoutAKeyInThePrefixMatchesEveryKey() {
    assertThat(Location.parse("items[3].duration").startsWith(Location.parse("items"))).isTrue();
    assertThat(Location.parse("items[3].duration").startsWith(Location.parse("items.duration"))).isTrue();
    assertThat(Location.parse("items[3].duration").startsWith(Location.parse("items.text"))).isFalse();
    assertThat(Location.parse("phases[ending].cues[thanks.closing]")
        .startsWith(Location.parse("phases.cues"))).isTrue();
  }
}
