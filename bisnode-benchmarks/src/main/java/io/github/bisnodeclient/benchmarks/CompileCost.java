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
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What an annotation processor that writes HTTP clients adds to a build, ours beside avaje-http's:
 * javac over the same interfaces, once with no processor and once with the processor, each a fresh
 * {@code javac} process as a build would start it, in two shapes of module ({@link Shape}). The
 * processor's run includes compiling the classes it writes: that is what a user's build pays. Every
 * processor runs inside {@link TimingProcessor}, so each run also tells how much of javac's time
 * was the processor's own work.
 */
final class CompileCost {
  private static final String PROCESSOR = "io.github.bisnodeclient.processor.BisnodeApiProcessor";
  private static final String AVAJE_PROCESSOR = "io.avaje.http.generator.client.ClientProcessor";
  private static final Pattern OUR_CLIENT = Pattern.compile("BisnodeApi\\d+\\.class");
  private static final Pattern AVAJE_CLIENT = Pattern.compile("Api\\d+HttpClient\\.class");

  /** The modules compiled. */
  enum Shape {
    /** Nothing but the API interfaces and the records they use: the worst case for a ratio. */
    APIS(200, false),
    /** 20 API interfaces among the 500 ordinary types of {@link ModuleSources}. */
    MODULE(20, true);

    final int interfaces;
    final boolean ordinary;

    Shape(int interfaces, boolean ordinary) {
      this.interfaces = interfaces;
      this.ordinary = ordinary;
    }

    /** The types javac compiles besides the interfaces. */
    int otherTypes() {
      return ApiSources.MODELS + (ordinary ? ModuleSources.TYPES : 0);
    }
  }

  /** The javac runs. */
  enum Mode {
    /** {@code -proc:none} over the module with our interfaces. */
    NONE(false),
    /**
     * {@code -proc:none} over the module, our interfaces and a do-nothing implementation of each,
     * every method throwing: the floor of any generator that writes an implementation in source.
     */
    MINIMAL(false),
    /**
     * {@code -proc:none} over the module, our interfaces and the classes bisnode-processor wrote.
     */
    PREGENERATED(false),
    /** {@link CopyingProcessor} writing those same classes through the {@code Filer}. */
    COPYING(false),
    /** bisnode-processor. */
    PROCESSOR(false),
    /** {@code -proc:none} over the module with avaje's interfaces. */
    AVAJE_NONE(true),
    /** avaje-http-client-generator. */
    AVAJE(true);

    final boolean avaje;

    Mode(boolean avaje) {
      this.avaje = avaje;
    }

    boolean processes() {
      return this == COPYING || this == PROCESSOR || this == AVAJE;
    }
  }

  /**
   * One shape's medians, in ms, by mode: javac's wall time; its CPU time (user and system, all its
   * threads), which moves less with what else runs on a shared machine; and the time its thread
   * spent inside the processor ({@link TimingProcessor}) for the modes that run one. Also how many
   * clients each processor wrote.
   */
  record Result(
      Shape shape,
      Map<Mode, Long> wallMillis,
      Map<Mode, Long> cpuMillis,
      Map<Mode, Long> ownCpuMillis,
      int runs,
      int ourClients,
      int avajeClients) {
    boolean has(Mode mode) {
      return wallMillis.containsKey(mode);
    }

    long wall(Mode mode) {
      return wallMillis.get(mode);
    }

    long cpu(Mode mode) {
      return cpuMillis.get(mode);
    }

    long ownCpu(Mode mode) {
      return ownCpuMillis.get(mode);
    }

    private static Mode base(Mode mode) {
      return mode.avaje ? Mode.AVAJE_NONE : Mode.NONE;
    }

    /** The mode's CPU time over that of its interfaces with no processor. */
    double cpuRatio(Mode mode) {
      return (double) cpu(mode) / cpu(base(mode));
    }

    /** The CPU time the mode adds to javac with no processor, per interface. */
    double cpuPerInterface(Mode mode) {
      return (double) (cpu(mode) - cpu(base(mode))) / shape.interfaces;
    }

    /** The wall time the mode adds to javac with no processor, per interface. */
    double wallPerInterface(Mode mode) {
      return (double) (wall(mode) - wall(base(mode))) / shape.interfaces;
    }

    /** The processor's own work as a share of that javac run's CPU time. */
    double ownShare(Mode mode) {
      return (double) ownCpu(mode) / cpu(mode);
    }
  }

  private final Path root;
  private final String classPath;
  private final String avajeClassPath;
  private final String processorPath;
  private final String avajeProcessorPath;
  private final String benchmarkClasses;

  CompileCost(Path work, String benchmarkClassPath) {
    this.root = work;
    // What a user's module compiles against: the annotations and runtime with their dependencies,
    // not the benchmark's Retrofit, Feign and JMH jars.
    this.classPath =
        select(
            benchmarkClassPath,
            "bisnode-runtime",
            "bisnode-annotations",
            "gson",
            "httpclient5",
            "httpcore5",
            "httpcore5-h2",
            "slf4j-api",
            "jspecify",
            "error_prone_annotations");
    this.avajeClassPath =
        select(
            benchmarkClassPath,
            "avaje-http-api",
            "avaje-http-inject-plugin",
            "avaje-http-client",
            "avaje-applog");
    // TimingProcessor and CopyingProcessor: only this module's own classes.
    this.benchmarkClasses =
        Path.of(
                CopyingProcessor.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .getPath())
            .toString();
    this.processorPath =
        benchmarkClasses
            + File.pathSeparator
            + select(benchmarkClassPath, "bisnode-processor", "bisnode-annotations", "javapoet");
    this.avajeProcessorPath =
        benchmarkClasses
            + File.pathSeparator
            + select(benchmarkClassPath, "avaje-http-client-generator");
  }

  /** The version of avaje-http-client on the class path, from its jar's name. */
  String avajeVersion() {
    for (String entry : avajeClassPath.split(File.pathSeparator, -1)) {
      java.util.regex.Matcher jar =
          Pattern.compile("avaje-http-client-(\\d.*)\\.jar")
              .matcher(Path.of(entry).getFileName().toString());
      if (jar.matches()) {
        return jar.group(1);
      }
    }
    return "(version unknown)";
  }

  /**
   * The entries of {@code classPath} that are one of {@code artifacts}: a jar named {@code
   * ARTIFACT-VERSION.jar}, or the classes of a module of this build of that name.
   */
  private static String select(String classPath, String... artifacts) {
    return Arrays.stream(classPath.split(File.pathSeparator))
        .filter(
            entry -> {
              String name = Path.of(entry).getFileName().toString();
              return Arrays.stream(artifacts)
                  .anyMatch(
                      a ->
                          name.matches(Pattern.quote(a) + "-\\d.*\\.jar")
                              || entry.contains(a + File.separator + "target"));
            })
        .collect(Collectors.joining(File.pathSeparator));
  }

  /**
   * Writes the sources of every shape, then alternates the javac runs of every shape and mode,
   * {@code runs} each. Before them one run of each processor writes what the later modes compile
   * and warms the file cache for all.
   */
  List<Result> measure(int runs, Map<Shape, List<Mode>> modes)
      throws IOException, InterruptedException {
    // by shape, then mode: one long[3] (wall, CPU, processor's CPU) per run
    Map<Shape, Map<Mode, List<long[]>>> times = new EnumMap<>(Shape.class);
    Map<Shape, int[]> clients = new EnumMap<>(Shape.class);
    for (Shape shape : modes.keySet()) {
      generate(shape);
      // our processor first: PREGENERATED and COPYING compile what it writes
      run(shape, Mode.PROCESSOR);
      int ours = count(shape, OUR_CLIENT);
      Path kept = dir(shape, "bisnode-generated");
      delete(kept);
      copyTree(dir(shape, "generated"), kept);
      int avaje = 0;
      if (modes.get(shape).contains(Mode.AVAJE)) {
        run(shape, Mode.AVAJE);
        avaje = count(shape, AVAJE_CLIENT);
      }
      clients.put(shape, new int[] {ours, avaje});
      Map<Mode, List<long[]>> byMode = new EnumMap<>(Mode.class);
      modes.get(shape).forEach(mode -> byMode.put(mode, new ArrayList<>()));
      times.put(shape, byMode);
    }
    for (int i = 0; i < runs; i++) {
      for (Shape shape : modes.keySet()) {
        for (Mode mode : modes.get(shape)) {
          times.get(shape).get(mode).add(run(shape, mode));
        }
      }
    }
    List<Result> results = new ArrayList<>();
    for (Shape shape : modes.keySet()) {
      Map<Mode, Long> wall = new EnumMap<>(Mode.class);
      Map<Mode, Long> cpu = new EnumMap<>(Mode.class);
      Map<Mode, Long> own = new EnumMap<>(Mode.class);
      times
          .get(shape)
          .forEach(
              (mode, t) -> {
                wall.put(mode, medianMillis(t, 0));
                cpu.put(mode, medianMillis(t, 1));
                if (mode.processes()) {
                  own.put(mode, medianMillis(t, 2));
                }
              });
      int[] c = clients.get(shape);
      results.add(new Result(shape, wall, cpu, own, runs, c[0], c[1]));
    }
    return results;
  }

  private static long medianMillis(List<long[]> runs, int field) {
    long[] t = runs.stream().mapToLong(r -> r[field]).sorted().toArray();
    int n = t.length;
    long median = n % 2 == 1 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
    return TimeUnit.NANOSECONDS.toMillis(median);
  }

  private Path dir(Shape shape, String name) {
    return root.resolve(shape.name().toLowerCase(Locale.ROOT)).resolve(name);
  }

  /**
   * One javac run: its wall time, its CPU time and the processor's own CPU time (0 with none), in
   * ns. javac runs under {@code bash}, whose {@code times} prints the CPU its child used.
   */
  private long[] run(Shape shape, Mode mode) throws IOException, InterruptedException {
    Path out = dir(shape, "classes");
    delete(out);
    Files.createDirectories(out);
    Path generated = dir(shape, "generated");
    List<String> files = new ArrayList<>();
    addSources(files, dir(shape, "common"));
    addSources(files, dir(shape, mode.avaje ? "avaje" : "bisnode"));
    if (mode == Mode.PREGENERATED) {
      addSources(files, dir(shape, "bisnode-generated"));
    } else if (mode == Mode.MINIMAL) {
      addSources(files, dir(shape, "minimal"));
    }
    Path argFile = dir(shape, "sources.txt");
    Files.write(argFile, files, StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>();
    command.addAll(List.of("bash", "-c", "\"$@\"; status=$?; times; exit $status", "javac"));
    command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    command.addAll(List.of("--release", "17", "-encoding", "UTF-8", "-d", out.toString()));
    command.addAll(List.of("-cp", mode.avaje ? avajeClassPath : classPath));
    Path timeFile = dir(shape, "processor-nanos.txt");
    Files.deleteIfExists(timeFile);
    if (mode.processes()) {
      delete(generated);
      Files.createDirectories(generated);
      String delegate =
          switch (mode) {
            case COPYING -> CopyingProcessor.class.getName();
            case AVAJE -> AVAJE_PROCESSOR;
            default -> PROCESSOR;
          };
      command.addAll(
          List.of(
              "-processorpath",
              mode == Mode.AVAJE ? avajeProcessorPath : processorPath,
              "-processor",
              TimingProcessor.class.getName(),
              "-A" + TimingProcessor.DELEGATE + "=" + delegate,
              "-A" + TimingProcessor.TIME_FILE + "=" + timeFile,
              "-A" + CopyingProcessor.OPTION + "=" + dir(shape, "bisnode-generated"),
              "-s",
              generated.toString()));
    } else {
      command.add("-proc:none");
    }
    command.add("@" + argFile);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("LC_ALL", "C"); // bash's times with a decimal point
    Path log = dir(shape, "javac-" + mode.name().toLowerCase(Locale.ROOT) + ".log");
    builder.redirectOutput(log.toFile());
    long start = System.nanoTime();
    Process javac = builder.start();
    if (!javac.waitFor(5, TimeUnit.MINUTES)) {
      javac.destroyForcibly();
      throw new IllegalStateException("javac took over 5 minutes");
    }
    long elapsed = System.nanoTime() - start;
    List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
    if (javac.exitValue() != 0 || output.isEmpty()) {
      throw new IllegalStateException("javac failed (" + mode + "): " + String.join("\n", output));
    }
    long cpu = childCpuNanos(output.get(output.size() - 1));
    long own =
        mode.processes()
            ? Long.parseLong(Files.readString(timeFile, StandardCharsets.UTF_8).split(" ", -1)[1])
            : 0;
    return new long[] {elapsed, cpu, own};
  }

  private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s (\\d+)m([\\d.]+)s");

  /**
   * User plus system time from the second line of bash's {@code times}: {@code 0m5.120s 0m0.310s}.
   */
  private static long childCpuNanos(String line) {
    java.util.regex.Matcher m = TIMES.matcher(line.trim());
    if (!m.matches()) {
      throw new IllegalStateException("no CPU times from bash: " + line);
    }
    double seconds =
        Long.parseLong(m.group(1)) * 60
            + Double.parseDouble(m.group(2))
            + Long.parseLong(m.group(3)) * 60
            + Double.parseDouble(m.group(4));
    return (long) (seconds * 1e9);
  }

  private static void addSources(List<String> files, Path dir) throws IOException {
    try (Stream<Path> found = Files.walk(dir)) {
      found
          .filter(p -> p.toString().endsWith(".java"))
          .sorted()
          .forEach(p -> files.add(p.toString()));
    }
  }

  private int count(Shape shape, Pattern client) throws IOException {
    try (Stream<Path> files = Files.walk(dir(shape, "classes"))) {
      return (int) files.filter(p -> client.matcher(p.getFileName().toString()).matches()).count();
    }
  }

  /**
   * common/: the records the interfaces use and, for {@link Shape#MODULE}, the ordinary types;
   * bisnode/ and avaje/: the interfaces in each one's annotations; minimal/: the do-nothing
   * implementations of ours.
   */
  private void generate(Shape shape) throws IOException {
    for (String d : List.of("common", "bisnode", "avaje", "minimal")) {
      delete(dir(shape, d));
    }
    for (int m = 0; m < ApiSources.MODELS; m++) {
      write(dir(shape, "common"), "gen/model/Model" + m + ".java", ApiSources.modelSource(m));
    }
    if (shape.ordinary) {
      for (Map.Entry<String, String> file : ModuleSources.all().entrySet()) {
        write(dir(shape, "common"), file.getKey(), file.getValue());
      }
    }
    for (int i = 0; i < shape.interfaces; i++) {
      String name = ApiSources.name(i);
      write(dir(shape, "bisnode"), "gen/api/" + name + ".java", ApiSources.bisnode(i));
      write(dir(shape, "avaje"), "gen/api/" + name + ".java", ApiSources.avaje(i));
      write(dir(shape, "minimal"), "gen/api/Minimal" + name + ".java", ApiSources.minimal(i));
    }
  }

  private static void write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
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
