package io.github.twentyminute.findings;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A fact an engine reports: a broken rule, a change the fitter made, a nudge while pacing, a line
 * of a score, a note of the journal.
 *
 * <p>A finding has a stable {@link #id()} (a rule id such as {@code budget.total}, or an engine's
 * own such as {@code fit.shortened}), a {@link #severity()} where one applies, a
 * {@link #location()} in the document it is about, typed {@link #arguments()} and a
 * {@link #key()} naming its message template. Programs read the id and the arguments; people
 * read {@link #message(Locale)} and {@link #hint(Locale)}, rendered from the templates (see
 * {@link Renderer}). Findings made from a rule author's own sentences use the key
 * {@value #TEXT} with the text arguments {@code message} and {@code hint} (see
 * {@link #ofText}).
 *
 * <p>Instances are immutable and thread-safe; two are equal when all five parts are equal.
 */
public final class Finding {
  /** The key of findings whose text was written by a rule author, not from a template. */
  public static final String TEXT = "text";

  /**
   * The order reports list findings in: by severity (most severe first, findings without one
   * last), then id, location, key and arguments.
   */
  public static final Comparator<Finding> REPORT_ORDER =
      Comparator.comparing((Finding f) -> f.severity == null ? Integer.MAX_VALUE : f.severity.ordinal())
          .thenComparing(Finding::id)
          .thenComparing(Finding::location)
          .thenComparing(Finding::key)
          .thenComparing(f -> f.arguments.toString());

  private final String id;
  private final @Nullable Severity severity;
  private final Location location;
  private final String key;
  private final Arguments arguments;

  private Finding(String id, @Nullable Severity severity, Location location, String key,
      Arguments arguments) {
    this.id = FindingIds.require(id);
    this.severity = severity;
    this.location = Objects.requireNonNull(location, "location");
    this.key = FindingIds.requireKey(key);
    this.arguments = Objects.requireNonNull(arguments, "arguments");
  }

  /**
   * Obtains a finding without a severity, whose message template has the same key as its id.
   *
   * @param id the stable id, such as {@code fit.shortened}, not null
   * @param location where in the document it points, not null
   * @param arguments the values its template uses, not null
   * @return the finding
   * @throws IllegalArgumentException if the id is not a valid id
   */
  public static Finding of(String id, Location location, Arguments arguments) {
    return new Finding(id, null, location, id, arguments);
  }

  /**
   * Obtains a finding whose message template has its own key, such as a rule's second kind of
   * message ({@code budget.total.no-candidate}).
   *
   * @param id the stable id, not null
   * @param location where in the document it points, not null
   * @param key the message template's key, not null
   * @param arguments the values its template uses, not null
   * @return the finding, without a severity
   * @throws IllegalArgumentException if the id or key is not valid
   */
  public static Finding of(String id, Location location, String key, Arguments arguments) {
    return new Finding(id, null, location, key, arguments);
  }

  /**
   * Obtains a finding whose message and hint a rule author wrote, in their own language.
   *
   * @param id the stable id, not null
   * @param location where in the document it points, not null
   * @param message what was expected and what was found, not blank
   * @param hint how to fix it, not blank
   * @return the finding, with key {@value #TEXT}
   * @throws IllegalArgumentException if the id is not valid or a text is blank
   */
  public static Finding ofText(String id, Location location, String message, String hint) {
    requireText(message, "message", id);
    requireText(hint, "hint", id);
    return new Finding(id, null, location, TEXT,
        Arguments.builder().text("message", message).text("hint", hint).build());
  }

  private static void requireText(String text, String what, String id) {
    Objects.requireNonNull(text, what);
    if (text.isBlank()) {
      throw new IllegalArgumentException("finding " + id + " must have a " + what
          + " that is not blank");
    }
  }

  /**
   * Returns a copy of this finding with the given severity.
   *
   * @param severity the severity, not null
   * @return the copy
   */
  public Finding withSeverity(Severity severity) {
    return new Finding(id, Objects.requireNonNull(severity, "severity"), location, key, arguments);
  }

  /**
   * Returns a copy of this finding at another location.
   *
   * @param location the location, not null
   * @return the copy
   */
  public Finding withLocation(Location location) {
    return new Finding(id, severity, location, key, arguments);
  }

  /**
   * Returns the stable id: the rule's id for a violation, the engine's for other findings.
   *
   * @return the id, never blank
   */
  public String id() {
    return id;
  }

  /**
   * Returns how much the finding matters, where that applies (violations and nudges).
   *
   * @return the severity, or empty
   */
  public Optional<Severity> severity() {
    return Optional.ofNullable(severity);
  }

  /**
   * Returns where in the document the finding points.
   *
   * @return the location, {@link Location#root()} for the whole document
   */
  public Location location() {
    return location;
  }

  /**
   * Returns the key of the message template; the hint's template, if any, is the key followed by
   * {@code .hint}.
   *
   * @return the key, often equal to the id
   */
  public String key() {
    return key;
  }

  /**
   * Returns the typed values the finding reports.
   *
   * @return the arguments, may be empty
   */
  public Arguments arguments() {
    return arguments;
  }

  /**
   * Returns the message in the given locale, from its template; English where the locale has no
   * templates.
   *
   * @param locale the locale, not null
   * @return the message, never blank
   */
  public String message(Locale locale) {
    return Renderer.of(locale).message(this);
  }

  /**
   * Returns the message in English.
   *
   * @return the message, never blank
   */
  public String message() {
    return Renderer.ENGLISH.message(this);
  }

  /**
   * Returns the hint, what to do about the finding, in the given locale, if its template has one.
   *
   * @param locale the locale, not null
   * @return the hint, or empty
   */
  public Optional<String> hint(Locale locale) {
    return Renderer.of(locale).hint(this);
  }

  /**
   * Returns the hint in English, if the finding has one.
   *
   * @return the hint, or empty
   */
  public Optional<String> hint() {
    return Renderer.ENGLISH.hint(this);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Finding)) {
      return false;
    }
    Finding that = (Finding) other;
    return id.equals(that.id) && severity == that.severity && location.equals(that.location)
        && key.equals(that.key) && arguments.equals(that.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, severity, location, key, arguments);
  }

  /**
   * Returns the finding in English, such as
   * {@code error budget.total at items: agenda planned for 23:00; ... (hint: ...)}; for people
   * and logs, not for parsing.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (severity != null) {
      text.append(severity.label()).append(' ');
    }
    text.append(id).append(" at ").append(location).append(": ").append(message());
    hint().ifPresent(hint -> text.append(" (hint: ").append(hint).append(')'));
    return text.toString();
  }
}
