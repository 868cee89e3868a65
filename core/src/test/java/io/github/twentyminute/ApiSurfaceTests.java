package io.github.twentyminute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the public API surface: the module exports exactly the public packages, never
 * {@code internal}, and no public type imports the internal package.
 */
class ApiSurfaceTests {
  private static final Path SOURCES = Paths.get("src/main/java");
  private static final String ROOT = "io.github.twentyminute";
  private static final Pattern EXPORT = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

  @Test
  void moduleExportsEveryPublicPackageAndNothingInternal() throws IOException {
    String descriptor = Files.readString(SOURCES.resolve("module-info.java"));
    Set<String> exported = new TreeSet<>();
    Matcher m = EXPORT.matcher(descriptor);
    while (m.find()) {
      exported.add(m.group(1));
    }
    Set<String> packages = packagesWithTypes();
    Set<String> publicPackages = packages.stream()
        .filter(p -> !p.contains(".internal"))
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(exported).doesNotContain(ROOT + ".internal");
    assertThat(exported).allMatch(p -> !p.contains(".internal"), "no internal package exported");
    assertThat(exported).isEqualTo(publicPackages);
  }

  @Test
  void theCheckSeesAPublicTypeThatImportsInternal() {
    assertThat(isPublicTypeImportingInternal(List.of(
        "package io.github.twentyminute.plan;",
        "import io.github.twentyminute.internal.TextFacts;",
        "public final class Leaky {}"))).isTrue();
    assertThat(isPublicTypeImportingInternal(List.of(
        "package io.github.twentyminute.rules;",
        "import io.github.twentyminute.internal.TextFacts;",
        "final class Hidden {}"))).isFalse();
  }

  /**
   * Checks if a source file declares a public top-level type and imports from the internal
   * package. Package-private classes of an exported package may use internal helpers; package
   * annotations ({@code package-info.java}) are compile-time only and are not types.
   */
  private static boolean isPublicTypeImportingInternal(Path file) {
    try {
      return isPublicTypeImportingInternal(Files.readAllLines(file));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }

  private static boolean isPublicTypeImportingInternal(List<String> lines) {
    Pattern importsInternal =
        Pattern.compile("^import\\s+(static\\s+)?" + Pattern.quote(ROOT) + "\\.internal\\.");
    Pattern publicType = Pattern.compile(
        "^public\\s+(final\\s+|abstract\\s+|sealed\\s+|non-sealed\\s+)*(class|interface|enum|record|@interface)\\b");
    boolean imports = lines.stream().anyMatch(l -> importsInternal.matcher(l.trim()).find());
    boolean isPublic = lines.stream().anyMatch(l -> publicType.matcher(l).find());
    return imports && isPublic;
  }

  private static Set<String> packagesWithTypes() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.getFileName().toString().equals("package-info.java"))
          .filter(f -> !f.getFileName().toString().equals("module-info.java"))
          .map(f -> SOURCES.relativize(f.getParent()).toString().replace('/', '.'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
