package io.github.bisnodeclient.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.bisnodeclient.sandbox.BisnodeSandbox;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's Java module that {@code requires} the runtime: compiled with our processor on the
 * processor path and the published jars on the module path (so by their Automatic-Module-Name),
 * then run in a module layer of its own, calling the sandbox through the generated client.
 */
class JavaModuleTest {
  /** The jars a user's module path holds: ours, and what the runtime brings. */
  private static final List<String> MODULE_PATH =
      List.of(
          "bisnode-runtime",
          "bisnode-annotations",
          "httpclient5",
          "httpcore5",
          "httpcore5-h2",
          "slf4j-api",
          "gson",
          "jspecify");

  private static final List<String> PROCESSOR_PATH =
      List.of("bisnode-processor", "bisnode-annotations", "javapoet");

  static final String MODULE_INFO =
      """
      module com.example.persons {
        requires io.github.bisnodeclient.runtime;
        requires static io.github.bisnodeclient.annotations;  // read by javac only
        // The runtime and HttpClient are automatic modules, which cannot name what they need:
        requires com.google.gson;  // the runtime's JSON
        requires org.slf4j;  // HttpClient's logging

        exports com.example.persons;
        // the runtime creates the generated clients; Gson decodes the records
        exports com.example.persons.bisnode to io.github.bisnodeclient.runtime;
        opens com.example.persons.bisnode to com.google.gson;
      }
      """;

  private static final Map<String, String> SOURCES =
      Map.of(
          "module-info.java",
          MODULE_INFO,
          "com/example/persons/bisnode/PersonSearchApi.java",
          """
          package com.example.persons.bisnode;

          import io.github.bisnodeclient.annotations.BisnodeApi;
          import io.github.bisnodeclient.annotations.Get;
          import io.github.bisnodeclient.annotations.Query;

          @BisnodeApi(baseUrl = "https://api.bisnode.com/consumerintelligence/person/v2", scope = "bci")
          public interface PersonSearchApi {
            @Get("/person/search")
            PersonSearchResult search(@Query("firstName") String firstName,
                                      @Query("familyName") String familyName,
                                      @Query("sourceCountry") String sourceCountry);
          }
          """,
          "com/example/persons/bisnode/PersonSearchResult.java",
          """
          package com.example.persons.bisnode;

          import java.util.List;

          public record PersonSearchResult(List<Hit> persons) {
            public record Hit(Person person) {}

            public record Person(String fullName) {}
          }
          """,
          "com/example/persons/Lookup.java",
          """
          package com.example.persons;

          import com.example.persons.bisnode.PersonSearchApi;
          import io.github.bisnodeclient.runtime.BisnodeClient;
          import java.util.stream.Collectors;

          public final class Lookup {
            private Lookup() {}

            public static String svenSvenssons(String tokenUrl, String apiHost, String id, String secret) {
              try (BisnodeClient bisnode = BisnodeClient.builder()
                  .credentials(id, secret).tokenUrl(tokenUrl).apiHost(apiHost).build()) {
                PersonSearchApi persons = bisnode.create(PersonSearchApi.class);
                return persons.search("Sven", "Svensson", "SE").persons().stream()
                    .map(hit -> hit.person().fullName())
                    .collect(Collectors.joining(", "))
                    + " from " + persons.getClass().getModule().getName()
                    + " through " + BisnodeClient.class.getModule().getName();
              }
            }
          }
          """);

  @Test
  void theRuntimesJarsHaveStableModuleNames() throws IOException {
    for (String name : List.of("bisnode-runtime", "bisnode-annotations", "bisnode-processor")) {
      try (JarFile jar = new JarFile(jar(name).toFile())) {
        String moduleName = jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
        assertEquals("io.github.bisnodeclient." + name.substring("bisnode-".length()), moduleName);
      }
    }
  }

  @Test
  void aModuleThatRequiresTheRuntimeCallsTheSandboxThroughItsGeneratedClient(@TempDir Path dir)
      throws Exception {
    Path src = dir.resolve("src");
    Path out = dir.resolve("classes");
    for (Map.Entry<String, String> source : SOURCES.entrySet()) {
      Path file = src.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
    }
    Files.createDirectories(out);

    compile(src, out);
    assertTrue(
        Files.isRegularFile(
            out.resolve("com/example/persons/bisnode/BisnodePersonSearchApi.class")),
        "the processor wrote the client");

    List<Path> modulePath = new ArrayList<>(List.of(out));
    MODULE_PATH.forEach(name -> modulePath.add(jar(name)));
    ModuleFinder finder = ModuleFinder.of(modulePath.toArray(Path[]::new));
    ModuleLayer boot = ModuleLayer.boot();
    Configuration configuration =
        boot.configuration().resolve(finder, ModuleFinder.of(), Set.of("com.example.persons"));
    ModuleLayer layer =
        boot.defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    assertTrue(layer.findModule("io.github.bisnodeclient.runtime").isPresent());

    Method lookup =
        layer
            .findLoader("com.example.persons")
            .loadClass("com.example.persons.Lookup")
            .getMethod("svenSvenssons", String.class, String.class, String.class, String.class);
    try (BisnodeSandbox sandbox = BisnodeSandbox.start()) {
      Object found =
          lookup.invoke(
              null,
              sandbox.tokenUrl(),
              sandbox.hostUrl(),
              sandbox.clientId(),
              sandbox.clientSecret());

      assertEquals(
          "Sven Henning Svensson, Sven Olof Svensson from com.example.persons"
              + " through io.github.bisnodeclient.runtime",
          found);
      assertEquals(
          "/consumerintelligence/person/v2/person/search",
          sandbox.lastRecordedRequest().orElseThrow().path());
    }
  }

  private static void compile(Path src, Path out) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      List<File> sources;
      try (var walk = Files.walk(src)) {
        sources =
            walk.filter(f -> f.toString().endsWith(".java"))
                .map(Path::toFile)
                .collect(Collectors.toList());
      }
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromFiles(sources);
      List<String> options =
          List.of(
              "--release",
              "17",
              // automatic modules: javac's requires-automatic lint warns of every requires
              "-Xlint:all,-processing,-requires-automatic",
              "-Werror",
              "--module-path",
              paths(MODULE_PATH),
              "--processor-path",
              paths(PROCESSOR_PATH),
              "-d",
              out.toString());
      boolean ok = javac.getTask(diagnostics, files, null, options, null, units).call();
      if (!ok) {
        fail("the module did not compile:\n" + diagnostics);
      }
    }
  }

  private static String paths(List<String> names) {
    return names.stream()
        .map(JavaModuleTest::jar)
        .map(Path::toString)
        .collect(Collectors.joining(File.pathSeparator));
  }

  /** The jar of an artifact on this test's class path, as the reactor or a repository gave it. */
  static Path jar(String artifactId) {
    List<Path> entries =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(Path::of)
            .collect(Collectors.toList());
    for (Path entry : entries) {
      String file = entry.getFileName().toString();
      if (file.matches(java.util.regex.Pattern.quote(artifactId) + "-\\d.*\\.jar")) {
        return entry;
      }
    }
    if (artifactId.startsWith("bisnode-")) {
      return fail(
          artifactId
              + " is not on the class path as a jar (target/classes has no module name):"
              + " run this module in a build that packages it, such as mvn verify");
    }
    return fail(artifactId + " is not on the class path: " + entries);
  }
}
