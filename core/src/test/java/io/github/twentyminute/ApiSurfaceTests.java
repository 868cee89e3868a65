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
 * {@code internal}, and no exported type mentions an internal one in its source.
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
  void noExportedTypeImportsTheInternalPackage() throws IOException {
    List<String> offenders;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      offenders = files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.toString().contains("internal"))
          .filter(f -> !f.getFileName().toString().equals("package-info.java"))
          .filter(ApiSurfaceTests::mentionsInternalInPublicSignature)
          .map(Path::toString)
          .sorted()
          .collect(Collectors.toList());
    }
    assertThat(offenders).as("public types whose signatures mention internal types").isEmpty();
  }

  /**
   * A public type may use internal helpers in method bodies, but no public or protected
   * declaration may mention an internal type. The check is textual: an import of an internal
   * type, and a public or protected line naming one of the imported simple names.
   */
  private static boolean mentionsInternalInPublicSignature(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      Set<String> internalNames = new TreeSet<>();
      for (String line : lines) {
        Matcher m = Pattern.compile("^import\\s+(static\\s+)?" + Pattern.quote(ROOT)
            + "\\.internal\\.(\\w+)").matcher(line.trim());
        if (m.find()) {
          internalNames.add(m.group(2));
        }
      }
      for (String line : lines) {
        String t = line.trim();
        if (t.startsWith("public ") || t.startsWith("protected ")) {
          for (String name : internalNames) {
            if (Pattern.compile("\\b" + name + "\\b").matcher(t).find()) {
              return true;
            }
          }
        }
      }
      return false;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
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
