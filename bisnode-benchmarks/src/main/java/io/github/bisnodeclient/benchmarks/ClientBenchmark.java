package io.github.bisnodeclient.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One person search per operation, through each contender in turn, against the loopback server
 * whose port the driver passes as {@code -Dbench.port}. The threads share one client, as an
 * application would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClientBenchmark {

  /** Which client: see {@link Session#NAMES}. */
  @Param({"bisnode", "apache", "retrofit", "feign", "feign-hc5"})
  public String contender = "bisnode";

  private Session session = NoSession.INSTANCE;

  /** Opens the contender and checks one answer, so that none is measured failing fast. */
  @Setup(Level.Trial)
  public void open() {
    session = Session.open(contender, baseUrl());
    Fixtures.check(session.search());
  }

  /**
   * One search.
   *
   * @return the decoded answer, consumed by JMH
   */
  @Benchmark
  public PersonSearchResult search() {
    return session.search();
  }

  /** Releases the contender's connections. */
  @TearDown(Level.Trial)
  public void close() {
    session.close();
  }

  static String baseUrl() {
    String port = System.getProperty("bench.port");
    if (port == null) {
      throw new IllegalStateException("-Dbench.port is not set: run the benchmarks with run.sh");
    }
    return "http://127.0.0.1:" + Integer.parseInt(port);
  }

  /** Before setup. */
  private enum NoSession implements Session {
    INSTANCE;

    @Override
    public PersonSearchResult search() {
      throw new IllegalStateException("not set up");
    }

    @Override
    public void close() {}
  }
}
