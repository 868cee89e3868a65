package io.github.twentyminute.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;

/**
 * Indents documents by two spaces with {@code \n} line ends on every platform, and writes
 * {@code "name": value} with one space after the colon. Empty objects and arrays stay on one
 * line. Holds the nesting level, so each generator needs its own instance.
 */
final class DocumentPrettyPrinter implements PrettyPrinter {
  private int level;

  private void newLine(JsonGenerator out) {
    out.writeRaw('\n');
    for (int i = 0; i < level; i++) {
      out.writeRaw(' ');
      out.writeRaw(' ');
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator out) {
    out.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator out) {
    out.writeRaw('{');
    level++;
  }

  @Override
  public void writeEndObject(JsonGenerator out, int entries) {
    level--;
    if (entries > 0) {
      newLine(out);
    }
    out.writeRaw('}');
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator out) {
    out.writeRaw(',');
    newLine(out);
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator out) {
    out.writeRaw(':');
    out.writeRaw(' ');
  }

  @Override
  public void writeStartArray(JsonGenerator out) {
    out.writeRaw('[');
    level++;
  }

  @Override
  public void writeEndArray(JsonGenerator out, int values) {
    level--;
    if (values > 0) {
      newLine(out);
    }
    out.writeRaw(']');
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator out) {
    out.writeRaw(',');
    newLine(out);
  }

  @Override
  public void beforeArrayValues(JsonGenerator out) {
    newLine(out);
  }

  @Override
  public void beforeObjectEntries(JsonGenerator out) {
    newLine(out);
  }
}
