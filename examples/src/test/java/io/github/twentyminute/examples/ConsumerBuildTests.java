package io.github.twentyminute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Builds an application the way a user of the published artifacts does: the sources under
 * {@code src/test/resources/consumer} are compiled with {@code -Xlint:all -Werror --release 17}
 * against the core and json jars built in this reactor and exactly the dependencies Maven gives
 * a consumer of them (written by core and json to {@code target/consumer-classpath.txt}), on the
 * class path and on the module path, and then run in a JVM of their own.
 *
 * <p>Run it after core and json are packaged: {@code ./mvnw -B verify}, or
 * {@code ./mvnw -B -pl examples -am verify}.
 */
class ConsumerBuildTests {
  private static final String APP = "com.example.consumer";
  private static final String MAIN = APP + ".Main";
  private static final List<String> LINT = List.of("-Xlint:all", "--release", "17");

  private static final Pattern ANNOTATION_METHOD = Pattern.compile("'(\\w+\\(\\))'");
  /** The type javac names, qualified or not depending on how it is run. */
  private static final Pattern IMMUTABLES_GENERATED =
      Pattern.compile("in type '(org\\.immutables\\.value\\.)?Generated'");

  /** Where the consumer's code goes. */
  enum Placement {
    CLASS_PATH, MODULE_PATH
  }

  /**
   * A consumer compiling with {@code -Xlint:all -Werror} against the jars gets no diagnostic at
   * all: the core's classes carry no annotation whose type a consumer lacks (Immutables'
   * {@code @Generated} is switched off by the value style), and then it runs.
   */
  @ParameterizedTest
  @EnumSource(Placement.class)
  void consumerCompilesWithWerrorAndRuns(Placement placement, @TempDir Path out)
      throws IOException, InterruptedException {
    Compilation strict = compile(placement, out.resolve("classes"), true);
    assertThat(strict.succeeded()).as(strict.toString()).isTrue();
    assertThat(strict.immutablesWarnings()).as(strict.toString()).isEmpty();
    assertThat(strict.others()).as(strict.toString()).isEmpty();

    Run run = run(placement, out.resolve("classes"), out.resolve("store"));

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).as(run.toString()).isEqualTo(""
        + "plan: Panel visit, 3 phases, feasible: true\n"
        + "rules: 22, the last one: consumer.at-most-twelve-items\n"
        + "finding: consumer.at-most-twelve-items: 13 items; expected at most 12\n"
        + "store: saved dana-reyes at revision 1, loaded it back equal\n"
        + "jackson: {\"format\":\"twentyminute/plan@2\", read back equal\n");
    // slf4j-api without a provider says so once, on standard error; nothing else is printed.
    assertThat(run.err().lines()).as(run.toString()).allMatch(line -> line.startsWith("SLF4J("));
    assertThat(out.resolve("store").resolve("dana-reyes.json")).isRegularFile();
  }

  /**
   * No class of the core jar carries Immutables' {@code @Generated} or apiguardian's {@code @API},
   * annotations with values whose types a consumer does not have: javac warns of each, and
   * that is what makes a consumer's {@code -Werror} build fail. (Immutables' marker annotations
   * on the abstract value types have no values and cause no warning.) The style's
   * {@code allowedClasspathAnnotations} keeps {@code @Generated} off the generated classes;
   * stability marks sit on packages, which consumers' compilers do not read.
   */
  @Test
  void coreClassesNameNoAnnotationAConsumerLacks() throws IOException {
    List<String> offenders = new ArrayList<>();
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar("consumer.core.jar").toFile())) {
      for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
        if (!entry.getName().endsWith(".class") || entry.getName().endsWith("package-info.class")) {
          continue;
        }
        try (InputStream in = zip.getInputStream(entry)) {
          String bytes = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
          if (bytes.contains("org/immutables/value/Generated")
              || bytes.contains("org/apiguardian/")) {
            offenders.add(entry.getName());
          }
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void coreHasNoRuntimeDependency() {
    assertThat(consumerClasspath("consumer.core.classpath"))
        .as("what Maven gives a consumer of core at run time").isEmpty();
    assertThat(nonStaticRequires(jar("consumer.core.jar"), "io.github.twentyminute.core"))
        .as("what core's module descriptor requires at run time").containsExactly("java.base");
  }

  @Test
  void jsonNeedsOnlyCoreJacksonAndSlf4jAtRunTime() {
    assertThat(consumerClasspath("consumer.json.classpath"))
        .extracting(jar -> jar.getFileName().toString().replaceFirst("-[0-9][^-]*\\.jar$", ""))
        .as("what Maven gives a consumer of json at run time, besides core")
        .containsExactlyInAnyOrder("jackson-databind", "jackson-core", "jackson-annotations",
            "slf4j-api");
    assertThat(nonStaticRequires(jar("consumer.json.jar"), "io.github.twentyminute.json"))
        .as("what json's module descriptor requires at run time")
        .containsExactly("io.github.twentyminute.core", "java.base", "org.slf4j",
            "tools.jackson.core", "tools.jackson.databind");
  }

  // ------------------------------------------------------------------ compiling

  private static Compilation compile(Placement placement, Path out, boolean werror) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK's compiler").isNotNull();
    Path sources = consumerSources();
    List<Path> files = sourceFiles(sources, placement);
    List<String> options = new ArrayList<>(LINT);
    if (werror) {
      options.add("-Werror");
    }
    options.add(placement == Placement.MODULE_PATH ? "--module-path" : "--class-path");
    options.add(pathOf(libraries()));
    options.addAll(List.of("-d", out.toString()));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean succeeded = javac.getTask(null, fileManager, diagnostics, options, null,
          fileManager.getJavaFileObjectsFromPaths(files)).call();
      if (succeeded) {
        copyServices(sources, out);
      }
      return new Compilation(succeeded, diagnostics.getDiagnostics());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> sourceFiles(Path sources, Placement placement) {
    try (Stream<Path> all = Files.walk(sources)) {
      return all.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> placement == Placement.MODULE_PATH
              || !f.getFileName().toString().equals("module-info.java"))
          .sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyServices(Path sources, Path out) throws IOException {
    Path services = Path.of("META-INF", "services");
    try (Stream<Path> all = Files.list(sources.resolve(services))) {
      for (Path file : (Iterable<Path>) all::iterator) {
        Path target = out.resolve(services).resolve(file.getFileName().toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
  }

  /** What javac said, split into the known Immutables warnings and everything else. */
  private static final class Compilation {
    private final boolean succeeded;
    private final List<Diagnostic<? extends JavaFileObject>> diagnostics;

    Compilation(boolean succeeded, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
      this.succeeded = succeeded;
      this.diagnostics = diagnostics;
    }

    boolean succeeded() {
      return succeeded;
    }

    /** Returns each Immutables warning as "class file in the jar: annotation method", sorted. */
    List<String> immutablesWarnings() {
      return diagnostics.stream().filter(Compilation::isImmutablesWarning)
          .map(d -> entryName(d) + ": " + annotationMethod(d)).sorted()
          .collect(Collectors.toList());
    }

    /** Returns every other diagnostic as "KIND code", in order. */
    List<String> others() {
      return diagnostics.stream().filter(d -> !isImmutablesWarning(d))
          .map(d -> d.getKind() + " " + d.getCode()).collect(Collectors.toList());
    }

    private static boolean isImmutablesWarning(Diagnostic<? extends JavaFileObject> d) {
      String message = d.getMessage(Locale.ROOT);
      return d.getKind() == Diagnostic.Kind.WARNING
          && d.getCode().startsWith("compiler.warn.annotation.method.not.found")
          && IMMUTABLES_GENERATED.matcher(message).find()
          && entryName(d).contains("/Immutable")
          && ANNOTATION_METHOD.matcher(message).find();
    }

    private static String entryName(Diagnostic<? extends JavaFileObject> d) {
      String name = d.getSource() == null ? "" : d.getSource().getName();
      int open = name.indexOf(".jar(/");
      return open < 0 ? name : name.substring(open + ".jar(/".length(), name.length() - 1);
    }

    private static String annotationMethod(Diagnostic<? extends JavaFileObject> d) {
      Matcher method = ANNOTATION_METHOD.matcher(d.getMessage(Locale.ROOT));
      return method.find() ? method.group(1) : "";
    }

    @Override
    public String toString() {
      return "javac " + (succeeded ? "succeeded" : "failed") + ":\n" + diagnostics.stream()
          .map(d -> d.getKind() + " " + d.getCode() + " " + entryName(d) + ": "
              + d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n"));
    }
  }

  // ------------------------------------------------------------------ running

  private static Run run(Placement placement, Path classes, Path store)
      throws IOException, InterruptedException {
    List<Path> path = new ArrayList<>();
    path.add(classes);
    path.addAll(libraries());
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (placement == Placement.MODULE_PATH) {
      command.addAll(List.of("--module-path", pathOf(path), "--module", APP + "/" + MAIN));
    } else {
      command.addAll(List.of("--class-path", pathOf(path), MAIN));
    }
    command.add(store.toString());
    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close();
    CompletableFuture<String> out = CompletableFuture.supplyAsync(
        () -> readAll(process.getInputStream()));
    CompletableFuture<String> err = CompletableFuture.supplyAsync(
        () -> readAll(process.getErrorStream()));
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the consumer did not end within 60 s: " + command);
    }
    return new Run(command, process.exitValue(), out.join().replace("\r\n", "\n"),
        err.join());
  }

  private static String readAll(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A finished run of the consumer. */
  private static final class Run {
    private final List<String> command;
    private final int exitCode;
    private final String out;
    private final String err;

    Run(List<String> command, int exitCode, String out, String err) {
      this.command = command;
      this.exitCode = exitCode;
      this.out = out;
      this.err = err;
    }

    int exitCode() {
      return exitCode;
    }

    String out() {
      return out;
    }

    String err() {
      return err;
    }

    @Override
    public String toString() {
      return String.join(" ", command) + "\nexit code " + exitCode + "\nstandard output:\n"
          + out + "standard error:\n" + err;
    }
  }

  // ------------------------------------------------------------------ artifacts

  /** Returns the core and json jars and what Maven gives a consumer with them. */
  private static List<Path> libraries() {
    List<Path> libraries = new ArrayList<>();
    libraries.add(jar("consumer.core.jar"));
    libraries.addAll(consumerClasspath("consumer.core.classpath"));
    libraries.add(jar("consumer.json.jar"));
    libraries.addAll(consumerClasspath("consumer.json.classpath"));
    return libraries;
  }

  private static Path jar(String property) {
    Path jar = Path.of(required(property));
    assertThat(jar).as("%s: build core and json first (./mvnw -B verify)", property)
        .isRegularFile();
    return jar;
  }

  private static List<Path> consumerClasspath(String property) {
    Path file = Path.of(required(property));
    assertThat(file).as("%s: build core and json first (./mvnw -B verify)", property)
        .isRegularFile();
    try {
      String text = Files.readString(file).strip();
      return text.isEmpty() ? List.of()
          : Arrays.stream(text.split(File.pathSeparator)).map(Path::of)
              .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    assertThat(value).as("system property %s, set by the examples' pom", property).isNotNull();
    return value;
  }

  private static List<String> nonStaticRequires(Path jar, String module) {
    ModuleDescriptor descriptor = ModuleFinder.of(jar).find(module)
        .orElseThrow(() -> new AssertionError(jar + " holds no module " + module))
        .descriptor();
    return descriptor.requires().stream()
        .filter(r -> !r.modifiers().contains(Requires.Modifier.STATIC))
        .map(Requires::name).sorted().collect(Collectors.toList());
  }

  private static Path consumerSources() {
    URL root = ConsumerBuildTests.class.getResource("/consumer/module-info.java");
    assertThat(root).as("the consumer's sources among the test resources").isNotNull();
    try {
      return Path.of(root.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String pathOf(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }
}
