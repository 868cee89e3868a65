package io.github.twentyminute.findings;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * The library's message templates for one language: every engine's {@link ResourceBundle}
 * ({@code messages/<engine>.properties}, and {@code messages/<engine>_<language>.properties} for
 * another language) merged into one map of parsed templates.
 *
 * <p>Bundles are read here, not through {@code ResourceBundle.getBundle}, so that the fallback is
 * always English, never the machine's default locale.
 */
final class Catalog {
  /** The bundles, one per engine; a language need not have all of them to be partly rendered. */
  static final List<String> BUNDLES =
      List.of("common", "plan", "rules", "fit", "session", "followup", "journal");

  private final String language;
  private final Map<String, Template> templates;

  private Catalog(String language, Map<String, Template> templates) {
    this.language = language;
    this.templates = templates;
  }

  /** Loads the templates of a language; the empty language is English, the root bundles. */
  static Catalog load(String language) {
    Map<String, Template> templates = new HashMap<>();
    Map<String, String> origin = new HashMap<>();
    for (String bundle : BUNDLES) {
      String name = "messages/" + bundle + (language.isEmpty() ? "" : "_" + language)
          + ".properties";
      ResourceBundle read = read(name);
      if (read == null) {
        continue;
      }
      for (String key : read.keySet()) {
        String before = origin.putIfAbsent(key, name);
        if (before != null) {
          throw new IllegalStateException(
              "Impossible state: message key " + key + " is in both " + before + " and " + name);
        }
        templates.put(key, Template.parse(read.getString(key)));
      }
    }
    return new Catalog(language, Collections.unmodifiableMap(templates));
  }

  private static @Nullable ResourceBundle read(String name) {
    try (InputStream in = Catalog.class.getResourceAsStream(name)) {
      if (in == null) {
        return null;
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message bundle " + name, e);
    }
  }

  String language() {
    return language;
  }

  @Nullable Template get(String key) {
    return templates.get(key);
  }

  Map<String, Template> templates() {
    return templates;
  }
}
