#!/usr/bin/env bash
# The token-cache load runs against the embedded sandbox, 64 threads each.
#   bisnode-benchmarks/load-runs.sh        # both: 60 s with 5 s tokens, then ~2 min with an outage
#   bisnode-benchmarks/load-runs.sh 1      # only the first; `2` only the second
# Each run stops by itself and prints a one-line verdict (LOAD RUN n: PASS|FAIL — ...); the
# results replace the "Token-cache load runs" section of BENCHMARKS.md. Exits 1 if a run fails.
set -euo pipefail
cd "$(dirname "$0")/.."

build() {
  mvn -B "$@" -q -pl bisnode-benchmarks -am package \
    -DskipTests -Dmaven.javadoc.skip=true -Djacoco.skip=true -Dspotless.check.skip=true
}
build -o || build

CP="bisnode-benchmarks/target/classes:$(cat bisnode-benchmarks/target/benchmarks.classpath)"
java -Xmx2g -cp "$CP" io.github.bisnodeclient.benchmarks.LoadRuns "$@" \
  --command "bisnode-benchmarks/load-runs.sh${*:+ $*}" 2>&1 | tee bisnode-benchmarks/target/load-runs.log
exit "${PIPESTATUS[0]}"
