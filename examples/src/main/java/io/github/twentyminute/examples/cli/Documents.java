package io.github.twentyminute.examples.cli;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.json.DocumentType;
import io.github.twentyminute.json.TwentyMinuteJson;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Reads and writes the tool's JSON documents, turning every failure into one clear line. */
final class Documents {
  static final TwentyMinuteJson JSON = TwentyMinuteJson.create();

  private Documents() {}

  /** Reads an agenda document. */
  static Agenda readAgenda(Path file) {
    return read(DocumentType.AGENDA, file);
  }

  /** Reads a document of a type from a file. */
  static <T> T read(DocumentType<T> type, Path file) {
    Inputs.requireFile(file);
    try {
      return JSON.read(type, file);
    } catch (UncheckedIOException e) {
      throw Inputs.fromIo(file.toString(), e);
    }
  }

  /** Writes a document of a type to a file, creating its folder if needed. */
  static <T> Path write(DocumentType<T> type, T value, Path file) {
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null) {
      Inputs.createDirectories(folder);
    }
    try {
      JSON.write(type, value, file);
      return file;
    } catch (UncheckedIOException e) {
      throw Inputs.fromIo(file.toString(), e);
    }
  }

  /** Returns a document as text, ending with a line break. */
  static <T> String text(DocumentType<T> type, T value) {
    String text = JSON.write(type, value);
    return text.endsWith("\n") ? text : text + "\n";
  }
}
