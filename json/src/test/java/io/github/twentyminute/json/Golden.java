package io.github.twentyminute.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: the exact text of documents, pinned in {@code src/test/resources/golden}. On a
 * mismatch the actual text is written to {@code target/golden-actual} for comparison.
 */
final class Golden {
  private Golden() {}

  static String read(String name) {
    try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        throw new AssertionError("golden file " + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertMatches(String name, String actual) {
    Path out = Path.of("target", "golden-actual", name);
    try {
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(actual).as("golden file %s (actual text in %s)", name, out).isEqualTo(read(name));
  }
}
