package io.github.twentyminute.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.testing.Randomness;
import io.github.twentyminute.testing.SampleMeeting;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Feeds thousands of damaged documents to the reader: truncated, bytes flipped, a field removed,
 * duplicated or given a value of another type. Each must be read correctly or refused with
 * {@link JsonFormatException} carrying a well-formed pointer and a location; nothing else may
 * escape.
 */
class MutatedDocumentProperties {
  private static final TwentyMinuteJson JSON = TwentyMinuteJson.create();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final List<Source<?>> SOURCES = List.of(
      new Source<>(DocumentType.PLAN, JSON.write(DocumentType.PLAN, MeetingPlans.twentyMinute())),
      new Source<>(DocumentType.AGENDA, JSON.write(DocumentType.AGENDA, SampleMeeting.agenda())),
      new Source<>(DocumentType.REPORT, JSON.write(DocumentType.REPORT, Samples.overfullReport())),
      new Source<>(DocumentType.AGENDA,
          JSON.write(DocumentType.AGENDA, JsonGen.agenda(Randomness.seeded(7)))),
      new Source<>(DocumentType.PLAN,
          JSON.write(DocumentType.PLAN, JsonGen.plan(Randomness.seeded(11)))),
      new Source<>(DocumentType.SESSION, JSON.write(DocumentType.SESSION, Samples.session())),
      new Source<>(DocumentType.FOLLOW_UP,
          JSON.write(DocumentType.FOLLOW_UP, Samples.followUp())),
      new Source<>(DocumentType.MEETING_RECORD,
          JSON.write(DocumentType.MEETING_RECORD, Samples.record())));
  private static final byte[] NASTY = "{}[]\",:0-1.eE tfn\\x\u00e9".getBytes(StandardCharsets.UTF_8);

  private static final class Source<T> {
    final DocumentType<T> type;
    final String text;
    final JsonNode tree;

    Source(DocumentType<T> type, String text) {
      this.type = type;
      this.text = text;
      this.tree = MAPPER.readTree(text);
    }
  }

  private static void readOrRefuse(Source<?> source, byte[] damaged) {
    readOrRefuse(source.type, damaged);
  }

  private static <T> void readOrRefuse(DocumentType<T> type, byte[] damaged) {
    try {
      T value = JSON.read(type, damaged, null);
      assertThat(JSON.read(type, JSON.write(type, value))).isEqualTo(value);
    } catch (JsonFormatException e) {
      assertThat(e.pointer()).matches("(/([^~/]|~0|~1)*)*");
      assertThat(e.line()).isGreaterThanOrEqualTo(-1).isNotZero();
      assertThat(e.problem()).isNotBlank();
      assertThat(e.getMessage()).contains(e.problem());
    }
  }

  @Test
  void truncatedDocumentsAreRefusedWithTheTypedException() {
    qt().withExamples(2000).forAll(integers().between(0, SOURCES.size() - 1),
        integers().between(0, Integer.MAX_VALUE)).checkAssert((which, cut) -> {
          Source<?> source = SOURCES.get(which);
          byte[] bytes = source.text.getBytes(StandardCharsets.UTF_8);
          int length = cut % bytes.length;
          byte[] damaged = java.util.Arrays.copyOf(bytes, length);
          readOrRefuse(source, damaged);
        });
  }

  @Test
  void documentsWithBytesFlippedAreReadOrRefusedWithTheTypedException() {
    qt().withExamples(3000).forAll(integers().between(0, SOURCES.size() - 1),
        integers().all()).checkAssert((which, seed) -> {
          Source<?> source = SOURCES.get(which);
          SplittableRandom random = new SplittableRandom(seed);
          byte[] bytes = source.text.getBytes(StandardCharsets.UTF_8);
          int flips = 1 + random.nextInt(3);
          for (int i = 0; i < flips; i++) {
            int at = random.nextInt(bytes.length);
            bytes[at] = random.nextBoolean() ? NASTY[random.nextInt(NASTY.length)]
                : (byte) random.nextInt(256);
          }
          readOrRefuse(source, bytes);
        });
  }

  @Test
  void documentsWithAFieldRemovedDuplicatedOrRetypedAreReadOrRefused() {
    qt().withExamples(3000).forAll(integers().between(0, SOURCES.size() - 1),
        integers().all()).checkAssert((which, seed) -> {
          Source<?> source = SOURCES.get(which);
          SplittableRandom random = new SplittableRandom(seed);
          List<ObjectNode> objects = new ArrayList<>();
          JsonNode copy = source.tree.deepCopy();
          collect(copy, objects);
          ObjectNode target = objects.get(random.nextInt(objects.size()));
          List<String> names = new ArrayList<>(target.propertyNames());
          if (names.isEmpty()) {
            return;
          }
          String name = names.get(random.nextInt(names.size()));
          int mutation = random.nextInt(3);
          String text;
          if (mutation == 0) {
            target.remove(name);
            text = write(copy, null, null);
          } else if (mutation == 1) {
            text = write(copy, target, name);
          } else {
            target.set(name, otherValue(target.get(name), random));
            text = write(copy, null, null);
          }
          byte[] damaged = text.getBytes(StandardCharsets.UTF_8);
          if (mutation == 1) {
            expectRefusal(source.type, damaged);
          } else {
            readOrRefuse(source, damaged);
          }
        });
  }

  private static void expectRefusal(DocumentType<?> type, byte[] damaged) {
    try {
      JSON.read(type, damaged, null);
    } catch (JsonFormatException e) {
      assertThat(e.problem()).matches("field \".*\" appears twice; expected each field once");
      return;
    }
    throw new AssertionError("a document with a field given twice was read: "
        + new String(damaged, StandardCharsets.UTF_8));
  }

  private static void collect(JsonNode node, List<ObjectNode> objects) {
    if (node instanceof ObjectNode) {
      objects.add((ObjectNode) node);
    }
    for (JsonNode child : node) {
      collect(child, objects);
    }
  }

  private static JsonNode otherValue(JsonNode old, SplittableRandom random) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    for (;;) {
      JsonNode candidate;
      switch (random.nextInt(7)) {
        case 0:
          candidate = nodes.numberNode(random.nextInt(-5, 5));
          break;
        case 1:
          candidate = nodes.stringNode(random.nextBoolean() ? "PT-1M" : "x");
          break;
        case 2:
          candidate = nodes.booleanNode(random.nextBoolean());
          break;
        case 3:
          candidate = nodes.nullNode();
          break;
        case 4:
          candidate = nodes.objectNode();
          break;
        case 5:
          candidate = nodes.arrayNode().add(1);
          break;
        default:
          candidate = nodes.numberNode(1.5);
          break;
      }
      if (!candidate.equals(old)) {
        return candidate;
      }
    }
  }

  /** Writes a tree compactly, writing one field of one object twice if asked. */
  private static String write(JsonNode root, ObjectNode twiceIn, String twice) {
    StringBuilder out = new StringBuilder();
    write(root, twiceIn, twice, out);
    return out.toString();
  }

  private static void write(JsonNode node, ObjectNode twiceIn, String twice, StringBuilder out) {
    if (node.isObject()) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        int times = node == twiceIn && field.getKey().equals(twice) ? 2 : 1;
        for (int i = 0; i < times; i++) {
          out.append(first ? "" : ",").append(MAPPER.writeValueAsString(field.getKey()))
              .append(':');
          write(field.getValue(), twiceIn, twice, out);
          first = false;
        }
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        out.append(i == 0 ? "" : ",");
        write(node.get(i), twiceIn, twice, out);
      }
      out.append(']');
    } else {
      out.append(MAPPER.writeValueAsString(node));
    }
  }
}
