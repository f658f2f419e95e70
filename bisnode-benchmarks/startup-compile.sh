#!/usr/bin/env bash
# Start-up to the first call (ours, the peers, the JVM alone: time and classes loaded) and the
# compile cost of our processor beside avaje-http's, in two shapes of module; about four minutes
# on two cores. Rewrites the "Start-up and compile cost" section of BENCHMARKS.md at the root.
#
#   bisnode-benchmarks/startup-compile.sh               # the figures BENCHMARKS.md shows
#   bisnode-benchmarks/startup-compile.sh --breakdown   # adds the rows that take our compile cost apart
#   bisnode-benchmarks/startup-compile.sh --quick       # one run of each: the wiring, not figures
#
# run.sh runs the same after its JMH runs. Run it on a quiet machine: the report records the
# load average and any busy process it saw. The full log goes to target/startup-compile.log.
set -euo pipefail
cd "$(dirname "$0")/.."

build() {
  mvn -B "$@" -q -pl bisnode-benchmarks -am package \
    -DskipTests -Dmaven.javadoc.skip=true -Djacoco.skip=true -Dspotless.check.skip=true
}
if [[ "${BENCH_NO_BUILD:-}" != 1 ]]; then
  # offline first (the shared ~/.m2 usually has everything); online if something is missing
  build -o || build
fi

CP="bisnode-benchmarks/target/classes:$(cat bisnode-benchmarks/target/benchmarks.classpath)"
java -cp "$CP" io.github.bisnodeclient.benchmarks.StartupCompileMain \
  --command "${BENCH_COMMAND:-bisnode-benchmarks/startup-compile.sh${*:+ $*}}" "$@" 2>&1 \
  | tee bisnode-benchmarks/target/startup-compile.log
exit "${PIPESTATUS[0]}"
