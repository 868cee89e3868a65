package io.github.twentyminute.examples.cli;

import io.github.twentyminute.json.JsonFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** Reads the tool's input files and turns every way that can fail into an {@link InputException}. */
final class Inputs {
  private Inputs() {}

  /** Checks that a file exists and is a readable regular file. */
  static Path requireFile(Path file) {
    if (Files.isDirectory(file)) {
      throw new InputException(file.toString(), "", "expected a JSON file, found a directory");
    }
    if (!Files.exists(file)) {
      throw new InputException(file.toString(), "", "no such file");
    }
    if (!Files.isReadable(file)) {
      throw new InputException(file.toString(), "", "the file cannot be read (permission denied)");
    }
    return file;
  }

  /** Checks that a directory exists. */
  static Path requireDirectory(Path directory) {
    if (!Files.exists(directory)) {
      throw new InputException(directory.toString(), "", "no such directory");
    }
    if (!Files.isDirectory(directory)) {
      throw new InputException(directory.toString(), "", "expected a directory, found a file");
    }
    return directory;
  }

  /** Creates a directory and its parents, or says in one line why it cannot. */
  static Path createDirectories(Path directory) {
    try {
      return Files.createDirectories(directory);
    } catch (IOException e) {
      throw fromIo(directory.toString(), e);
    }
  }

  /** Describes an I/O failure on a named source. */
  static InputException fromIo(String source, Throwable cause) {
    String problem;
    if (cause instanceof UncheckedIOException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof NoSuchFileException) {
      problem = "no such file or directory";
    } else if (cause instanceof AccessDeniedException) {
      problem = "permission denied";
    } else if (cause instanceof NotDirectoryException
        || cause instanceof FileAlreadyExistsException) {
      problem = "expected a directory, found a file";
    } else if (cause instanceof FileSystemException && ((FileSystemException) cause).getReason() != null) {
      problem = ((FileSystemException) cause).getReason();
    } else {
      problem = cause == null || cause.getMessage() == null ? "cannot be read or written"
          : cause.getMessage();
    }
    String named = cause instanceof FileSystemException
        && ((FileSystemException) cause).getFile() != null
        ? ((FileSystemException) cause).getFile() : source;
    return new InputException(named, "", problem, cause);
  }

  /** Describes a JSON document the json module refused, or returns null for any other failure. */
  static InputException fromJson(Throwable failure) {
    if (!(failure instanceof JsonFormatException)) {
      return null;
    }
    JsonFormatException json = (JsonFormatException) failure;
    StringBuilder place = new StringBuilder("at ")
        .append(json.pointer().isEmpty() ? "the document root" : json.pointer());
    if (json.line() > 0) {
      place.append(" (line ").append(json.line()).append(", column ").append(json.column())
          .append(')');
    }
    return new InputException(json.source().orElse("input"), place.toString(), json.problem(),
        json);
  }
}
