package io.github.bisnodeclient.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time the benchmark's JVM spent per operation ({@code -prof
 * io.github.bisnodeclient.benchmarks.CpuTimeProfiler}): every thread of the process, callers, the
 * client's own threads, the JIT and the collector, over each iteration, divided by the operations
 * of that iteration.
 *
 * <p>On a shared machine whose cores come and go, operations per second follow the cores this JVM
 * was given; CPU time per operation follows the work a call does, so two clients compared this way
 * differ by what they do rather than by when they ran. It misses time a call spends waiting with a
 * core idle, which is why the benchmarks report it beside throughput, not instead of it.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  private final OperatingSystemMXBean os =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long cpuAtStart;

  @Override
  public String getDescription() {
    return "process CPU time per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    cpuAtStart = os.getProcessCpuTime();
  }

  @Override
  @SuppressWarnings("rawtypes") // JMH's signature
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    long cpu = os.getProcessCpuTime() - cpuAtStart;
    long ops = result.getMetadata().getAllOps();
    double perOp = ops == 0 ? Double.NaN : (double) cpu / ops;
    return List.of(new ScalarResult("cpu.time.norm", perOp, "ns/op", AggregationPolicy.AVG));
  }
}
