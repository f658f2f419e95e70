package io.github.bisnodeclient.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Runs the processor named by {@code -Abench.delegate=CLASS} in javac and adds up the wall time
 * spent inside it: loading and creating it, {@code init} and every round's {@code process}, that is
 * its own work (reading the elements, checking them, writing through the {@code Filer}), not
 * javac's compiling of what it wrote. At the last round it writes the nanoseconds to {@code
 * -Abench.timeFile=FILE}. {@link CompileCost} runs every processor through it, so each javac run
 * also gives that figure.
 */
public final class TimingProcessor extends AbstractProcessor {
  static final String DELEGATE = "bench.delegate";
  static final String TIME_FILE = "bench.timeFile";

  // loaded here, outside the timed parts: java.lang.management's classes are not the delegate's
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private Processor delegate = new CopyingProcessor();
  private long nanos;
  private long cpuNanos;
  private String timeFile = "";

  /** Created by javac through {@code -processor}. */
  public TimingProcessor() {}

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    long start = System.nanoTime();
    long cpu = threads.getCurrentThreadCpuTime();
    String name = env.getOptions().get(DELEGATE);
    String file = env.getOptions().get(TIME_FILE);
    if (name == null || file == null) {
      throw new IllegalStateException("-A" + DELEGATE + " and -A" + TIME_FILE + " are required");
    }
    timeFile = file;
    try {
      delegate =
          Class.forName(name, true, TimingProcessor.class.getClassLoader())
              .asSubclass(Processor.class)
              .getConstructor()
              .newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + name, unwrap(e));
    }
    delegate.init(env);
    nanos += System.nanoTime() - start;
    cpuNanos += threads.getCurrentThreadCpuTime() - cpu;
  }

  private static Throwable unwrap(ReflectiveOperationException e) {
    return e instanceof InvocationTargetException i && i.getCause() != null ? i.getCause() : e;
  }

  // Answered before init: what the delegate claims is only known once it exists, so the wrapper
  // takes every annotation and hands the delegate only the rounds' own sets.
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    Set<String> options = new HashSet<>(delegate.getSupportedOptions());
    options.add(DELEGATE);
    options.add(TIME_FILE);
    options.add(CopyingProcessor.OPTION);
    return options;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    long start = System.nanoTime();
    long cpu = threads.getCurrentThreadCpuTime();
    delegate.process(claimed(annotations), round);
    nanos += System.nanoTime() - start;
    cpuNanos += threads.getCurrentThreadCpuTime() - cpu;
    if (round.processingOver()) {
      try {
        Files.writeString(Path.of(timeFile), nanos + " " + cpuNanos, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    // claims nothing: javac's rounds stay those of the delegate alone
    return false;
  }

  /** The round's annotations that the delegate supports, as javac would hand them to it. */
  private Set<TypeElement> claimed(Set<? extends TypeElement> annotations) {
    Set<String> supported = delegate.getSupportedAnnotationTypes();
    Set<TypeElement> claimed = new HashSet<>();
    for (TypeElement annotation : annotations) {
      String name = annotation.getQualifiedName().toString();
      for (String type : supported) {
        if (type.equals("*")
            || type.equals(name)
            || (type.endsWith(".*") && name.startsWith(type.substring(0, type.length() - 1)))) {
          claimed.add(annotation);
        }
      }
    }
    return claimed;
  }
}
