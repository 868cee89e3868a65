package io.github.twentyminute.examples;

import io.github.twentyminute.findings.Renderer;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The message templates of the examples' own findings and lines, in English and German
 * ({@code io/github/twentyminute/examples/messages*.properties}), and renderers that know them
 * beside the library's: how an application renders findings of its own rules.
 */
public final class ExampleMessages {
  /** The base name of the examples' bundle. */
  public static final String BUNDLE = "io.github.twentyminute.examples.messages";

  private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private ExampleMessages() {}

  /**
   * Returns the examples' templates for a locale's language, English where there are none; never
   * the machine's default locale.
   *
   * @param locale the locale, not null
   * @return the bundle
   */
  public static ResourceBundle templates(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, Objects.requireNonNull(locale, "locale"),
        ExampleMessages.class.getClassLoader(), NO_DEFAULT_LOCALE);
  }

  /**
   * Returns a renderer of the library's and the examples' templates in a locale's language.
   *
   * @param locale the locale, not null
   * @return the renderer
   */
  public static Renderer renderer(Locale locale) {
    return Renderer.of(locale).withTemplates(templates(locale));
  }
}
