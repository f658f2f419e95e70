#!/usr/bin/env bash
# The hostile-peer load run: 64 threads for 60 s against a server on 127.0.0.1 where about 1 % of
# the answers are hostile (dripped body, gzip bomb, reset, garbage). Stops by itself, prints a verdict,
# and replaces the "Hostile-peer load run" section of BENCHMARKS.md. Exits 1 if the run fails.
#   bisnode-benchmarks/hostile-run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

build() {
  mvn -B "$@" -q -pl bisnode-benchmarks -am package \
    -DskipTests -Dmaven.javadoc.skip=true -Djacoco.skip=true -Dspotless.check.skip=true
}
build -o || build

CP="bisnode-benchmarks/target/classes:$(cat bisnode-benchmarks/target/benchmarks.classpath)"
java -Xmx512m -cp "$CP" io.github.bisnodeclient.benchmarks.HostileLoadRun "$@" \
  --command "bisnode-benchmarks/hostile-run.sh${*:+ $*}" 2>&1 | tee bisnode-benchmarks/target/hostile-run.log
exit "${PIPESTATUS[0]}"
