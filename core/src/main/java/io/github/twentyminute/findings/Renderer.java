package io.github.twentyminute.findings;

import io.github.twentyminute.internal.Durations;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * Renders {@link Finding}s as text in one language, from message templates.
 *
 * <p>The library ships templates for English (the default, and the fallback for any key or
 * language without one) and German; {@link #of(Locale)} picks by the locale's language.
 * Durations read {@code m:ss} under an hour, {@code h:mm:ss} under a day and in days and hours
 * from a day up; instants read {@code 2026-03-02 14:00 UTC}; counts as plain digits. A template
 * names its arguments ({@code agenda planned for {planned}}) and may choose between singular and
 * plural ({@code {count,plural,# item|# items}}).
 *
 * <p>Applications with findings of their own ids add their templates with
 * {@link #withTemplates(ResourceBundle)}. Instances are immutable and thread-safe.
 */
public final class Renderer {
  private static final Catalog ROOT = Catalog.load("");
  private static final DateTimeFormatter INSTANTS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final ConcurrentMap<String, Renderer> BY_LANGUAGE = new ConcurrentHashMap<>();

  /** Renders in English. */
  public static final Renderer ENGLISH = new Renderer(Locale.ENGLISH, ROOT, List.of());

  private final Locale locale;
  private final Catalog catalog;
  private final List<ResourceBundle> extra;
  private final Durations.Units units;

  private Renderer(Locale locale, Catalog catalog, List<ResourceBundle> extra) {
    this.locale = locale;
    this.catalog = catalog;
    this.extra = extra;
    this.units = new Durations.Units() {
      @Override
      public String days(long days) {
        return unit("duration.days", days);
      }

      @Override
      public String hours(long hours) {
        return unit("duration.hours", hours);
      }

      @Override
      public String minutes(long minutes) {
        return unit("duration.minutes", minutes);
      }
    };
  }

  /**
   * Obtains the renderer for a locale's language; English when the library has no templates for
   * it.
   *
   * @param locale the locale, not null
   * @return the renderer
   */
  public static Renderer of(Locale locale) {
    String language = Objects.requireNonNull(locale, "locale").getLanguage();
    if (language.isEmpty() || language.equals("en")) {
      return ENGLISH;
    }
    return BY_LANGUAGE.computeIfAbsent(language, Renderer::load);
  }

  private static Renderer load(String language) {
    Catalog catalog = Catalog.load(language);
    return catalog.templates().isEmpty()
        ? ENGLISH
        : new Renderer(Locale.forLanguageTag(language), catalog, List.of());
  }

  /**
   * Returns the locales the library has complete templates for: English and German.
   *
   * @return the shipped locales, English first
   */
  public static List<Locale> shippedLocales() {
    return List.of(Locale.ENGLISH, Locale.GERMAN);
  }

  /**
   * Returns a copy of this renderer that looks up keys in the given bundle first, for findings
   * of an application's own ids.
   *
   * @param templates the application's templates, not null
   * @return the copy
   */
  public Renderer withTemplates(ResourceBundle templates) {
    List<ResourceBundle> copy = new ArrayList<>(extra.size() + 1);
    copy.add(Objects.requireNonNull(templates, "templates"));
    copy.addAll(extra);
    return new Renderer(locale, catalog, List.copyOf(copy));
  }

  /**
   * Returns the locale whose templates this renderer uses.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Renders a finding's message.
   *
   * @param finding the finding, not null
   * @return the message, never blank
   */
  public String message(Finding finding) {
    Template template = template(finding.key());
    if (template == null) {
      return finding.id() + " " + finding.arguments();
    }
    return template.render(finding.arguments(), this::value);
  }

  /**
   * Renders a finding's hint, what to do about it, if its template has one.
   *
   * @param finding the finding, not null
   * @return the hint, or empty
   */
  public Optional<String> hint(Finding finding) {
    Template template = template(finding.key() + ".hint");
    return template == null
        ? Optional.empty()
        : Optional.of(template.render(finding.arguments(), this::value));
  }

  /**
   * Renders a template of the library by its key with the given arguments, such as a heading.
   *
   * @param key the template's key, not null
   * @param arguments the values it uses, not null
   * @return the text
   * @throws IllegalArgumentException if there is no template of that key
   */
  public String text(String key, Arguments arguments) {
    Template template = template(Objects.requireNonNull(key, "key"));
    if (template == null) {
      throw new IllegalArgumentException("no message template " + key);
    }
    return template.render(arguments, this::value);
  }

  /**
   * Renders a severity's word, such as {@code error} or {@code Fehler}.
   *
   * @param severity the severity, not null
   * @return the word
   */
  public String severity(Severity severity) {
    return text("severity." + severity.label(), Arguments.none());
  }

  /**
   * Renders a duration: {@code 12:05}, {@code 1:02:05}, {@code 2 days 3 h}.
   *
   * @param duration the duration, not null
   * @return the text
   */
  public String duration(Duration duration) {
    return Durations.format(duration, units);
  }

  /**
   * Renders an instant in UTC to the minute, such as {@code 2026-03-02 14:00 UTC}.
   *
   * @param instant the instant, not null
   * @return the text
   */
  public String instant(Instant instant) {
    return INSTANTS.format(instant);
  }

  private String value(Object value) {
    if (value instanceof Duration) {
      return duration((Duration) value);
    }
    if (value instanceof Instant) {
      return instant((Instant) value);
    }
    return value.toString();
  }

  private String unit(String key, long count) {
    return text(key, Arguments.builder().count("count", count).build());
  }

  @Nullable Template template(String key) {
    for (ResourceBundle bundle : extra) {
      if (bundle.containsKey(key)) {
        return Template.parse(bundle.getString(key));
      }
    }
    Template template = catalog.get(key);
    return template != null || catalog == ROOT ? template : ROOT.get(key);
  }

  @Override
  public String toString() {
    return "Renderer[" + locale.toLanguageTag() + "]";
  }
}
