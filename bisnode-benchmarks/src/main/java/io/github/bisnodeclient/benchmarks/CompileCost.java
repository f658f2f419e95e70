package io.github.bisnodeclient.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What bisnode-processor adds to a build: javac over {@link #INTERFACES} generated interfaces of
 * {@link #METHODS} methods each (and the records they use), once with our processor and once with
 * {@code -proc:none}, each a fresh {@code javac} process as a build would start it. The processor's
 * run includes compiling the 200 classes it writes: that is what a user's build pays.
 */
final class CompileCost {
  static final int INTERFACES = 200;
  static final int METHODS = 10;
  private static final int MODELS = 10;
  private static final String PROCESSOR = "io.github.bisnodeclient.processor.BisnodeApiProcessor";

  /**
   * Median wall times of the runs, and how many clients the processor wrote. The floor compiles the
   * interfaces and the processor's output together with {@code -proc:none}: what compiling the
   * generated code costs with no processor running, which any generator that writes it pays.
   */
  record Result(Map<Mode, Long> medianMillis, int runs, int generatedClients) {
    long millis(Mode mode) {
      return medianMillis.get(mode);
    }

    /** The mode's time over the interfaces' alone. */
    double ratio(Mode mode) {
      return (double) millis(mode) / millis(Mode.NONE);
    }
  }

  /** The javac runs, from the interfaces alone to our processor. */
  enum Mode {
    /** {@code -proc:none} over the interfaces and records. */
    NONE,
    /**
     * {@code -proc:none} over the interfaces and a do-nothing implementation of each, every method
     * throwing: the floor of any generator that writes an implementation in source.
     */
    MINIMAL,
    /** {@code -proc:none} over the interfaces and the classes bisnode-processor wrote. */
    PREGENERATED,
    /** {@link CopyingProcessor} writing those same classes through the {@code Filer}. */
    COPYING,
    /** bisnode-processor. */
    PROCESSOR
  }

  private final Path work;
  private final List<Path> sources = new ArrayList<>();
  private final List<Path> minimal = new ArrayList<>();
  private final String classPath;
  private final String processorPath;
  private final String copyingPath;

  CompileCost(Path work, String benchmarkClassPath) {
    this.work = work;
    // What a user's module compiles against: our annotations and runtime with their dependencies,
    // not the benchmark's Retrofit, Feign and JMH jars.
    this.classPath =
        select(
            benchmarkClassPath,
            "bisnode-runtime",
            "bisnode-annotations",
            "gson-",
            "httpclient5-",
            "httpcore5",
            "slf4j-api",
            "jspecify",
            "error_prone_annotations");
    this.processorPath =
        select(benchmarkClassPath, "bisnode-processor", "bisnode-annotations", "javapoet");
    // Only this module's own classes: CopyingProcessor needs nothing else.
    this.copyingPath =
        Path.of(
                CopyingProcessor.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .getPath())
            .toString();
  }

  /**
   * The entries of {@code classPath} that are {@code module}'s jar or classes, or a jar whose name
   * starts with one of {@code jars}.
   */
  private static String select(String classPath, String module, String... jars) {
    String moduleTarget = module + File.separator + "target";
    return Arrays.stream(classPath.split(File.pathSeparator))
        .filter(
            entry -> {
              String name = Path.of(entry).getFileName().toString();
              return name.startsWith(module)
                  || entry.contains(moduleTarget)
                  || Arrays.stream(jars).anyMatch(name::startsWith);
            })
        .collect(Collectors.joining(File.pathSeparator));
  }

  /**
   * Writes the sources, then alternates the javac runs of every mode ({@code runs} each, after one
   * each).
   */
  Result measure(int runs) throws IOException, InterruptedException {
    generate();
    run(Mode.PROCESSOR); // writes the sources the later modes compile; warms the file cache
    int clients = countClients();
    Path kept = work.resolve("bisnode-generated");
    delete(kept);
    copyTree(work.resolve("generated"), kept);
    Map<Mode, long[]> times = new EnumMap<>(Mode.class);
    for (Mode mode : Mode.values()) {
      run(mode);
      times.put(mode, new long[runs]);
    }
    for (int i = 0; i < runs; i++) {
      for (Mode mode : Mode.values()) {
        times.get(mode)[i] = run(mode);
      }
    }
    Map<Mode, Long> medians = new EnumMap<>(Mode.class);
    times.forEach(
        (mode, t) -> {
          Arrays.sort(t);
          long median = runs % 2 == 1 ? t[runs / 2] : (t[runs / 2 - 1] + t[runs / 2]) / 2;
          medians.put(mode, TimeUnit.NANOSECONDS.toMillis(median));
        });
    return new Result(medians, runs, clients);
  }

  private long run(Mode mode) throws IOException, InterruptedException {
    boolean processor = mode == Mode.PROCESSOR || mode == Mode.COPYING;
    Path out = work.resolve("classes");
    delete(out);
    Files.createDirectories(out);
    Path generated = work.resolve("generated");
    List<String> files = sources.stream().map(Path::toString).collect(Collectors.toList());
    if (mode == Mode.PREGENERATED) {
      try (Stream<Path> written = Files.walk(work.resolve("bisnode-generated"))) {
        written.filter(p -> p.toString().endsWith(".java")).forEach(p -> files.add(p.toString()));
      }
    } else if (mode == Mode.MINIMAL) {
      minimal.forEach(p -> files.add(p.toString()));
    } else if (processor) {
      delete(generated);
      Files.createDirectories(generated);
    }
    Path argFile = work.resolve("sources.txt");
    Files.write(argFile, files, StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    command.addAll(List.of("--release", "17", "-encoding", "UTF-8", "-d", out.toString()));
    command.addAll(List.of("-cp", classPath));
    if (mode == Mode.PROCESSOR) {
      command.addAll(List.of("-processorpath", processorPath, "-processor", PROCESSOR));
      command.addAll(List.of("-s", generated.toString()));
    } else if (mode == Mode.COPYING) {
      command.addAll(
          List.of("-processorpath", copyingPath, "-processor", CopyingProcessor.class.getName()));
      command.add("-A" + CopyingProcessor.OPTION + "=" + work.resolve("bisnode-generated"));
      command.addAll(List.of("-s", generated.toString()));
    } else {
      command.add("-proc:none");
    }
    command.add("@" + argFile);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Path log = work.resolve("javac-" + mode.name().toLowerCase(Locale.ROOT) + ".log");
    builder.redirectOutput(log.toFile());
    long start = System.nanoTime();
    Process javac = builder.start();
    if (!javac.waitFor(5, TimeUnit.MINUTES)) {
      javac.destroyForcibly();
      throw new IllegalStateException("javac took over 5 minutes");
    }
    long elapsed = System.nanoTime() - start;
    if (javac.exitValue() != 0) {
      throw new IllegalStateException("javac failed: " + Files.readString(log));
    }
    return elapsed;
  }

  private int countClients() throws IOException {
    try (Stream<Path> files = Files.walk(work.resolve("classes"))) {
      return (int)
          files.filter(p -> p.getFileName().toString().matches("BisnodeApi\\d+\\.class")).count();
    }
  }

  private void generate() throws IOException {
    delete(work.resolve("src"));
    delete(work.resolve("minimal"));
    Path model = work.resolve("src/gen/model");
    Path api = work.resolve("src/gen/api");
    Path bare = work.resolve("minimal/gen/api");
    Files.createDirectories(model);
    Files.createDirectories(api);
    Files.createDirectories(bare);
    for (int m = 0; m < MODELS; m++) {
      write(
          model.resolve("Model" + m + ".java"),
          "package gen.model;\n\nimport java.time.LocalDate;\nimport java.util.List;\n\n"
              + "public record Model"
              + m
              + "(String id, String name, int count, List<String> tags, LocalDate created,"
              + " Double score) {}\n");
    }
    for (int i = 0; i < INTERFACES; i++) {
      write(api.resolve(String.format(Locale.ROOT, "Api%03d.java", i)), apiSource(i));
      Path implementation = bare.resolve(String.format(Locale.ROOT, "MinimalApi%03d.java", i));
      Files.writeString(implementation, minimalSource(i), StandardCharsets.UTF_8);
      minimal.add(implementation);
    }
  }

  /**
   * The least a generated implementation of {@link #apiSource} can be: the same signatures, each
   * method throwing, no fields, no runtime calls.
   */
  private static String minimalSource(int i) {
    String name = String.format(Locale.ROOT, "Api%03d", i);
    String m0 = model(i);
    String m1 = model(i + 1);
    String m2 = model(i + 2);
    String m3 = model(i + 3);
    String none = " {\n    throw new UnsupportedOperationException();\n  }\n\n";
    return "package gen.api;\n\n"
        + "import io.github.bisnodeclient.runtime.BisnodeResponse;\n"
        + "import java.time.LocalDate;\n"
        + "import java.util.List;\n"
        + "import java.util.Map;\n"
        + "import java.util.Optional;\n"
        + "import java.util.concurrent.CompletableFuture;\n\n"
        + "public final class Minimal"
        + name
        + " implements "
        + name
        + " {\n"
        + "  @Override\n  public "
        + m0
        + " get(String id, String expand)"
        + none
        + "  @Override\n  public Optional<"
        + m1
        + "> find(String name, Integer limit)"
        + none
        + "  @Override\n  public "
        + m2
        + " create("
        + m2
        + " body, String requestId)"
        + none
        + "  @Override\n  public String text(String id)"
        + none
        + "  @Override\n  public CompletableFuture<"
        + m3
        + "> getAsync(String id)"
        + none
        + "  @Override\n  public BisnodeResponse<"
        + m0
        + "> history(String id, Map<String, String> filters)"
        + none
        + "  @Override\n  public void touch(String id)"
        + none
        + "  @Override\n  public "
        + m1
        + " search(String q, List<String> tags, LocalDate from)"
        + none
        + "  @Override\n  public "
        + m2
        + " inGroup(String group, int number)"
        + none
        + "  @Override\n  public byte[] document(String id)"
        + none.substring(0, none.length() - 1)
        + "}\n";
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** The record that interface {@code i} (and its neighbours, by offset) use. */
  private static String model(int i) {
    return "gen.model.Model" + (i % MODELS);
  }

  /** Ten methods that use every annotation and return shape the processor supports. */
  private static String apiSource(int i) {
    String name = String.format(Locale.ROOT, "Api%03d", i);
    String m0 = model(i);
    String m1 = model(i + 1);
    String m2 = model(i + 2);
    String m3 = model(i + 3);
    return "package gen.api;\n\n"
        + "import io.github.bisnodeclient.annotations.*;\n"
        + "import io.github.bisnodeclient.runtime.BisnodeResponse;\n"
        + "import java.time.LocalDate;\n"
        + "import java.util.List;\n"
        + "import java.util.Map;\n"
        + "import java.util.Optional;\n"
        + "import java.util.concurrent.CompletableFuture;\n\n"
        + "@BisnodeApi(baseUrl = \"https://api.example.com/"
        + name.toLowerCase(Locale.ROOT)
        + "/v1\", scope = \"bci\")\n"
        + "public interface "
        + name
        + " {\n"
        + "  @Get(\"/items/{id}\")\n  "
        + m0
        + " get(@Path(\"id\") String id, @Query(\"expand\") String expand);\n\n"
        + "  @Get(\"/items\")\n  Optional<"
        + m1
        + "> find(@Query(\"name\") String name, @Query(\"limit\") Integer limit);\n\n"
        + "  @Post(\"/items\")\n  "
        + m2
        + " create(@Body "
        + m2
        + " body, @Header(\"X-Request-Id\") String requestId);\n\n"
        + "  @Get(\"/items/{id}/text\")\n  String text(@Path(\"id\") String id);\n\n"
        + "  @Get(\"/items/{id}\")\n  CompletableFuture<"
        + m3
        + "> getAsync(@Path(\"id\") String id);\n\n"
        + "  @Get(\"/items/{id}/history\")\n  BisnodeResponse<"
        + m0
        + "> history(@Path(\"id\") String id, @QueryMap Map<String, String> filters);\n\n"
        + "  @Post(\"/items/{id}/touch\")\n  void touch(@Path(\"id\") String id);\n\n"
        + "  @Get(\"/items/search\")\n  "
        + m1
        + " search(@Query(\"q\") String q, @Query(\"tag\") List<String> tags,"
        + " @Query(\"from\") LocalDate from);\n\n"
        + "  @Get(\"/groups/{group}/items/{number}\")\n  "
        + m2
        + " inGroup(@Path(\"group\") String group, @Path(\"number\") int number);\n\n"
        + "  @Get(\"/items/{id}/document\")\n  byte[] document(@Path(\"id\") String id);\n"
        + "}\n";
  }

  private void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    sources.add(file);
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
