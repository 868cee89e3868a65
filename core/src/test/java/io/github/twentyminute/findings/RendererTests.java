package io.github.twentyminute.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Rendering: the wording of the shared templates, and the completeness of every locale. */
class RendererTests {
  @Test
  void rendersDurationsAtEverySize() {
    Renderer en = Renderer.ENGLISH;
    Renderer de = Renderer.of(Locale.GERMAN);

    assertThat(en.duration(Duration.ofSeconds(725))).isEqualTo("12:05");
    assertThat(en.duration(Duration.ofSeconds(-30))).isEqualTo("-0:30");
    assertThat(en.duration(Duration.ofHours(23).plusMinutes(59))).isEqualTo("23:59:00");
    assertThat(en.duration(Duration.ofDays(1))).isEqualTo("1 day");
    assertThat(en.duration(Duration.ofHours(51).plusMinutes(5))).isEqualTo("2 days 3 h 5 min");
    assertThat(de.duration(Duration.ofHours(51))).isEqualTo("2 Tage 3 Std.");
    assertThat(de.duration(Duration.ofDays(1).plusMinutes(1))).isEqualTo("1 Tag 1 Min.");
    assertThat(en.duration(Duration.ofSeconds(Long.MIN_VALUE))).startsWith("-106751991167300 days");
  }

  @Test
  void rendersInstantsInUtcAndSeveritiesAsWords() {
    assertThat(Renderer.ENGLISH.instant(Instant.parse("2026-03-02T14:00:59Z")))
        .isEqualTo("2026-03-02 14:00 UTC");
    assertThat(Renderer.ENGLISH.severity(Severity.INFO)).isEqualTo("info");
    assertThat(Renderer.of(Locale.GERMAN).severity(Severity.ERROR)).isEqualTo("Fehler");
  }

  @Test
  void fallsBackToEnglishForALanguageWithoutTemplates() {
    assertThat(Renderer.of(Locale.JAPANESE)).isSameAs(Renderer.ENGLISH);
    assertThat(Renderer.of(Locale.forLanguageTag("de-CH")).locale()).isEqualTo(Locale.GERMAN);
    assertThat(Renderer.of(Locale.ROOT)).isSameAs(Renderer.ENGLISH);
  }

  @Test
  void choosesPluralFormsAndShowsAMissingArgumentAsItsPlaceholder() {
    Template template = Template.parse("{count,plural,# item|# items} over {planned}");

    assertThat(template.render(Arguments.builder().count("count", 1).build(), Object::toString))
        .isEqualTo("1 item over {planned}");
    assertThat(template.render(Arguments.builder().count("count", 2)
        .duration("planned", Duration.ofMinutes(1)).build(), Object::toString))
        .isEqualTo("2 items over PT1M");
    assertThat(template.argumentNames()).containsExactly("count", "planned");
  }

  @Test
  void refusesMalformedTemplates() {
    for (String bad : new String[] {"a {b", "a } b", "{}", "{n,plural,one}", "{n,choice,a|b}",
        "{n,plural,a|b|c}"}) {
      assertThatThrownBy(() -> Template.parse(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void anApplicationsTemplatesComeFirst() throws IOException {
    PropertyResourceBundle mine = new PropertyResourceBundle(
        new StringReader("acme.slow=too slow by {late}\nacme.slow.hint=Hurry\n"));
    Renderer renderer = Renderer.ENGLISH.withTemplates(mine);
    Finding finding = Finding.of("acme.slow", Location.root(),
        Arguments.builder().duration("late", Duration.ofSeconds(90)).build());

    assertThat(renderer.message(finding)).isEqualTo("too slow by 1:30");
    assertThat(renderer.hint(finding)).contains("Hurry");
    assertThat(Renderer.ENGLISH.message(finding)).isEqualTo("acme.slow {late=PT1M30S}");
    assertThat(Renderer.ENGLISH.hint(finding)).isEmpty();
    assertThatThrownBy(() -> Renderer.ENGLISH.text("no.such", Arguments.none()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Every shipped locale has every template, and uses only the arguments English uses. */
  @Test
  void everyLocaleHasEveryTemplateWithTheSameArguments() {
    Map<String, Template> english = Catalog.load("").templates();
    for (Locale locale : Renderer.shippedLocales()) {
      if (locale.equals(Locale.ENGLISH)) {
        continue;
      }
      Map<String, Template> other = Catalog.load(locale.getLanguage()).templates();
      assertThat(new TreeSet<>(other.keySet())).as(locale + " keys")
          .isEqualTo(new TreeSet<>(english.keySet()));
      for (Map.Entry<String, Template> entry : english.entrySet()) {
        Set<String> used = other.get(entry.getKey()).argumentNames();
        assertThat(entry.getValue().argumentNames()).as(locale + " " + entry.getKey())
            .containsAll(used);
        assertThat(used).as(locale + " " + entry.getKey())
            .containsAll(entry.getValue().argumentNames());
      }
    }
  }
}
