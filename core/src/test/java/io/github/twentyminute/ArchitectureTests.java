package io.github.twentyminute;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.github.twentyminute.plan.BackPointingFixture;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The core's layers, bottom to top, and no package cycle: an import may only point down.
 *
 * <pre>
 * internal &lt; plan &lt; agenda &lt; findings &lt; rules &lt; fit, session &lt; followup &lt; journal &lt; testing
 * </pre>
 *
 * {@code fit} and {@code session} are one level: neither uses the other. {@code internal} is
 * below everything and may be used by every layer.
 */
class ArchitectureTests {
  private static final String ROOT = "io.github.twentyminute";

  /** The core's own classes, without tests. */
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(ROOT);

  static ArchRule layers() {
    return layeredArchitecture().consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("internal").definedBy(ROOT + ".internal..")
        .layer("plan").definedBy(ROOT + ".plan..")
        .layer("agenda").definedBy(ROOT + ".agenda..")
        .layer("findings").definedBy(ROOT + ".findings..")
        .layer("rules").definedBy(ROOT + ".rules..")
        .layer("fit").definedBy(ROOT + ".fit..")
        .layer("session").definedBy(ROOT + ".session..")
        .layer("followup").definedBy(ROOT + ".followup..")
        .layer("journal").definedBy(ROOT + ".journal..")
        .layer("testing").definedBy(ROOT + ".testing..")
        .whereLayer("testing").mayNotBeAccessedByAnyLayer()
        .whereLayer("journal").mayOnlyBeAccessedByLayers("testing")
        .whereLayer("followup").mayOnlyBeAccessedByLayers("journal", "testing")
        .whereLayer("fit").mayOnlyBeAccessedByLayers("followup", "journal", "testing")
        .whereLayer("session").mayOnlyBeAccessedByLayers("followup", "journal", "testing")
        .whereLayer("rules")
            .mayOnlyBeAccessedByLayers("fit", "session", "followup", "journal", "testing")
        .whereLayer("findings")
            .mayOnlyBeAccessedByLayers("rules", "fit", "session", "followup", "journal", "testing")
        .whereLayer("agenda").mayOnlyBeAccessedByLayers(
            "findings", "rules", "fit", "session", "followup", "journal", "testing")
        .whereLayer("plan").mayOnlyBeAccessedByLayers(
            "agenda", "findings", "rules", "fit", "session", "followup", "journal", "testing");
  }

  @Test
  void everyImportPointsDownTheLayers() {
    layers().check(CORE);
  }

  @Test
  void noPackageCycle() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CORE);
  }

  /** The layer rule is not vacuous: a plan class that uses the rules breaks it. */
  @Test
  void aBackPointingImportBreaksTheLayers() {
    JavaClasses fixture = new ClassFileImporter().importClasses(BackPointingFixture.class,
        io.github.twentyminute.rules.RuleSet.class);

    EvaluationResult result = layers().evaluate(fixture);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(line -> assertThat(line).contains(BackPointingFixture.class.getName())
            .contains("io.github.twentyminute.rules.RuleSet"));
  }

  /** The module exports every package but {@code internal}. */
  @Test
  void theModuleExportsEveryPackageButInternal() throws IOException {
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    Set<String> exported = descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> packages = CORE.stream().map(JavaClass::getPackageName)
        .filter(p -> p.startsWith(ROOT + "."))
        .collect(Collectors.toCollection(TreeSet::new));
    packages.remove(ROOT + ".internal");

    assertThat(exported).isEqualTo(packages);
  }

  /** No public signature of an exported type names a type of the internal package. */
  @Test
  void noPublicSignatureNamesAnInternalType() {
    List<String> leaks = new ArrayList<>();
    for (JavaClass type : CORE) {
      if (type.getPackageName().startsWith(ROOT + ".internal") || !isVisible(type)) {
        continue;
      }
      for (JavaCodeUnit unit : type.getCodeUnits()) {
        if (isVisible(unit.getModifiers())) {
          List<JavaClass> named = new ArrayList<>(unit.getRawParameterTypes());
          named.add(unit.getRawReturnType());
          named.stream().filter(ArchitectureTests::isInternal)
              .forEach(t -> leaks.add(unit.getFullName() + " names " + t.getName()));
        }
      }
      for (JavaField field : type.getFields()) {
        if (isVisible(field.getModifiers()) && isInternal(field.getRawType())) {
          leaks.add(field.getFullName() + " is a " + field.getRawType().getName());
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static boolean isVisible(JavaClass type) {
    for (JavaClass t = type; t != null; t = t.getEnclosingClass().orElse(null)) {
      if (!isVisible(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isVisible(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static boolean isInternal(JavaClass type) {
    return type.getPackageName().startsWith(ROOT + ".internal");
  }
}
