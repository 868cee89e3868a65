package io.github.twentyminute.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson 3 module for applications that bring their own {@code JsonMapper}: it writes and
 * reads every {@link DocumentType} exactly as {@link TwentyMinuteJson} does, so values may sit
 * inside the application's own types.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new TwentyMinuteModule()).build();
 * String text = mapper.writeValueAsString(agenda);
 * Agenda back = mapper.readValue(text, Agenda.class);
 * }</pre>
 *
 * <p>Each value is written as a whole document, {@code format} included, wherever it appears;
 * the mapper's own settings decide the indentation. Reading is as strict as
 * {@link TwentyMinuteJson}'s; a problem is reported as Jackson's {@link DatabindException}, whose
 * cause is the {@link JsonFormatException} with the pointer relative to the value's own start;
 * the document {@code null} is such a problem too (a {@link WrongTypeException}), never a null
 * value.
 * The limits on document size and nesting are then the mapper's.
 *
 * <p>Instances are thread-safe once registered.
 */
public final class TwentyMinuteModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module with a serializer and a deserializer for every document type. */
  public TwentyMinuteModule() {
    super("TwentyMinuteModule");
    for (DocumentType<?> type : DocumentType.all()) {
      register(type);
    }
  }

  private <T> void register(DocumentType<T> type) {
    addSerializer(type.javaType(), new DocumentSerializer<>(type));
    addDeserializer(type.javaType(), new DocumentDeserializer<>(type));
  }

  private static final class DocumentSerializer<T> extends StdSerializer<T> {
    private final transient DocumentType<T> type;

    DocumentSerializer(DocumentType<T> type) {
      super(type.javaType());
      this.type = type;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializationContext context) {
      type.codec().writeDocument(out, type, value);
    }
  }

  private static final class DocumentDeserializer<T> extends StdDeserializer<T> {
    private final transient DocumentType<T> type;

    DocumentDeserializer(DocumentType<T> type) {
      super(type.javaType());
      this.type = type;
    }

    /**
     * Refuses the document {@code null}: every document type is an object, and a mapper that
     * returned null would hand the application a value the library never reads.
     */
    @Override
    public T getNullValue(DeserializationContext context) {
      JsonParser parser = context.getParser();
      TokenStreamLocation at = parser == null ? null : parser.currentTokenLocation();
      WrongTypeException problem = new WrongTypeException("", at == null ? -1 : at.getLineNr(),
          at == null ? -1 : at.getColumnNr(), "expected an object, found null", "an object",
          "null", null, null);
      throw DatabindException.from(parser, "cannot read " + DocumentCodec.article(type.name())
          + " document: " + problem.getMessage(), problem);
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      StrictReader in = new StrictReader(parser, true, null);
      try {
        return TwentyMinuteJson.create().readWith(in, type);
      } catch (JsonFormatException e) {
        throw DatabindException.from(parser, "cannot read "
            + DocumentCodec.article(type.name()) + " document: " + e.getMessage(), e);
      }
    }
  }
}
