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
import java.util.List;
import java.util.Locale;
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
  record Result(
      long withProcessorMillis,
      long withoutMillis,
      long floorMillis,
      int runs,
      int generatedClients) {
    double ratio() {
      return (double) withProcessorMillis / withoutMillis;
    }

    double floorRatio() {
      return (double) floorMillis / withoutMillis;
    }
  }

  private enum Mode {
    PROCESSOR,
    NONE,
    PREGENERATED
  }

  private final Path work;
  private final List<Path> sources = new ArrayList<>();
  private final String classPath;
  private final String processorPath;

  CompileCost(Path work, String benchmarkClassPath) {
    this.work = work;
    // What a user's module compiles against: our annotations and runtime with their dependencies,
    // not the benchmark's Retrofit, Feign and JMH jars.
    this.classPath =
        Arrays.stream(benchmarkClassPath.split(File.pathSeparator))
            .filter(
                entry -> {
                  String name = Path.of(entry).getFileName().toString();
                  return name.startsWith("bisnode-annotations")
                      || name.startsWith("bisnode-runtime")
                      || entry.contains("bisnode-runtime" + File.separator + "target")
                      || name.startsWith("gson-")
                      || name.startsWith("httpclient5-")
                      || name.startsWith("httpcore5")
                      || name.startsWith("slf4j-api")
                      || name.startsWith("jspecify")
                      || name.startsWith("error_prone_annotations");
                })
            .collect(Collectors.joining(File.pathSeparator));
    this.processorPath =
        Arrays.stream(benchmarkClassPath.split(File.pathSeparator))
            .filter(
                entry -> {
                  String name = Path.of(entry).getFileName().toString();
                  return name.startsWith("bisnode-processor")
                      || name.startsWith("bisnode-annotations")
                      || name.startsWith("javapoet")
                      || entry.contains("bisnode-processor" + File.separator + "target");
                })
            .collect(Collectors.joining(File.pathSeparator));
  }

  /**
   * Writes the sources, then alternates the three javac runs ({@code runs} each, after one each).
   */
  Result measure(int runs) throws IOException, InterruptedException {
    generate();
    run(Mode.PROCESSOR); // writes the sources the floor compiles; warms the file cache
    int clients = countClients();
    run(Mode.NONE);
    run(Mode.PREGENERATED);
    long[] with = new long[runs];
    long[] without = new long[runs];
    long[] floor = new long[runs];
    for (int i = 0; i < runs; i++) {
      with[i] = run(Mode.PROCESSOR);
      without[i] = run(Mode.NONE);
      floor[i] = run(Mode.PREGENERATED);
    }
    Arrays.sort(with);
    Arrays.sort(without);
    Arrays.sort(floor);
    return new Result(
        TimeUnit.NANOSECONDS.toMillis(with[runs / 2]),
        TimeUnit.NANOSECONDS.toMillis(without[runs / 2]),
        TimeUnit.NANOSECONDS.toMillis(floor[runs / 2]),
        runs,
        clients);
  }

  private long run(Mode mode) throws IOException, InterruptedException {
    boolean processor = mode == Mode.PROCESSOR;
    Path out = work.resolve("classes");
    delete(out);
    Files.createDirectories(out);
    Path generated = work.resolve("generated");
    List<String> files = sources.stream().map(Path::toString).collect(Collectors.toList());
    if (mode == Mode.PREGENERATED) {
      try (Stream<Path> written = Files.walk(generated)) {
        written.filter(p -> p.toString().endsWith(".java")).forEach(p -> files.add(p.toString()));
      }
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
    if (processor) {
      command.addAll(List.of("-processorpath", processorPath, "-processor", PROCESSOR));
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
    Path model = work.resolve("src/gen/model");
    Path api = work.resolve("src/gen/api");
    Files.createDirectories(model);
    Files.createDirectories(api);
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
    }
  }

  /** Ten methods that use every annotation and return shape the processor supports. */
  private static String apiSource(int i) {
    String name = String.format(Locale.ROOT, "Api%03d", i);
    String m0 = "gen.model.Model" + (i % MODELS);
    String m1 = "gen.model.Model" + ((i + 1) % MODELS);
    String m2 = "gen.model.Model" + ((i + 2) % MODELS);
    String m3 = "gen.model.Model" + ((i + 3) % MODELS);
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
