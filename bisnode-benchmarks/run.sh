#!/usr/bin/env bash
# Builds bisnode-benchmarks (and what it needs) and runs every side-by-side benchmark in
# one go, about fourteen minutes on two cores, then writes the figures into BENCHMARKS.md at the
# root: JMH throughput and allocation, token hot path and async calls (BenchmarkMain), then
# start-up and compile cost (startup-compile.sh, which runs those two alone).
#
#   bisnode-benchmarks/run.sh            # the short profile whose figures BENCHMARKS.md shows
#   bisnode-benchmarks/run.sh --quick    # a smoke test of about three minutes: the wiring, not figures
#   bisnode-benchmarks/run.sh --out /tmp/b.md
#
# Run it on a quiet machine: the report records the load average and any busy process it saw.
# Never part of `mvn verify`. The full log goes to bisnode-benchmarks/target/benchmarks.log.
set -euo pipefail
cd "$(dirname "$0")/.."

build() {
  mvn -B "$@" -q -pl bisnode-benchmarks -am package \
    -DskipTests -Dmaven.javadoc.skip=true -Djacoco.skip=true -Dspotless.check.skip=true
}
# offline first (the shared ~/.m2 usually has everything); online if something is missing
build -o || build

CP="bisnode-benchmarks/target/classes:$(cat bisnode-benchmarks/target/benchmarks.classpath)"
java -cp "$CP" io.github.bisnodeclient.benchmarks.BenchmarkMain \
  --command "bisnode-benchmarks/run.sh${*:+ $*}" "$@" 2>&1 | tee bisnode-benchmarks/target/benchmarks.log
[[ "${PIPESTATUS[0]}" == 0 ]] || exit 1
BENCH_NO_BUILD=1 BENCH_COMMAND="bisnode-benchmarks/run.sh${*:+ $*}" \
  bisnode-benchmarks/startup-compile.sh "$@"
