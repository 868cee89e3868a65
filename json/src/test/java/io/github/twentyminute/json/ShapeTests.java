package io.github.twentyminute.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** A shape finds each field's reader by the field's name, whatever the order of the list. */
class ShapeTests {
  /** Two strings read from an object. */
  static final class Pair {
    String first = "";
    String second = "";
  }

  private static final Shape.Field<Pair> FIRST =
      Shape.required(Names.NAME, (in, p) -> p.first = in.readString());
  private static final Shape.Field<Pair> SECOND =
      Shape.optional(Names.TEXT, (in, p) -> p.second = in.readString());

  private static Pair read(Shape<Pair> shape, String json) {
    JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), json);
    StrictReader in = new StrictReader(parser, false, null);
    return in.readObject(shape, new Pair(), p -> p);
  }

  @org.junit.jupiter.api.Test
  void readsTheSameValuesWhateverTheOrderOfTheFields() {
    String json = "{\"text\": \"b\", \"name\": \"a\"}";
    Pair forward = read(Shape.of(FIRST, SECOND), json);
    Pair backward = read(Shape.of(SECOND, FIRST), json);
    assertThat(forward.first).isEqualTo("a").isEqualTo(backward.first);
    assertThat(forward.second).isEqualTo("b").isEqualTo(backward.second);
  }

  @org.junit.jupiter.api.Test
  void requiresTheRequiredFieldsByName() {
    assertThatThrownBy(() -> read(Shape.of(SECOND, FIRST), "{\"text\": \"b\"}"))
        .isInstanceOfSatisfying(MissingFieldException.class,
            e -> assertThat(e.field()).isEqualTo("name"));
    assertThat(read(Shape.of(SECOND, FIRST), "{\"name\": \"a\"}").second).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aDocumentShapeAddsTheFormatField() {
    Shape<Pair> document = Shape.of(FIRST, SECOND).document();
    assertThat(document.fields().names()).containsExactly("name", "text", "format");
    assertThat(document.isFormat(2)).isTrue();
    assertThatThrownBy(document::document).isInstanceOf(IllegalStateException.class);
  }
}
