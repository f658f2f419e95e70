#!/usr/bin/env bash
# Paired JMH rounds of our client as built from another work tree (an older commit) and from this
# one, with the hand-written HttpClient 5 + Gson client beside them, against one loopback server:
# each round one fork of each, 5 x 2 s warm-up and 4 x 1 s measured, -prof gc and CpuTimeProfiler,
# at 1 and 4 threads. The order of the three forks is reversed every other round, so that neither
# side always runs first. Prints ops/s, bytes and CPU time per call for every fork and, per round,
# after / before. About 5 minutes for 3 rounds on two cores. The "after" side is this work tree
# unless a third argument names another one.
#
#   git worktree add /tmp/before <commit>
#   bisnode-benchmarks/before-after.sh /tmp/before [rounds] [after-tree]
set -euo pipefail
cd "$(dirname "$0")/.."
OLD_TREE=$(cd "$1" && pwd)
ROUNDS=${2:-3}
NEW_TREE=$(cd "${3:-.}" && pwd)

build() {
  (cd "$1" && { mvn -B -o -q -pl bisnode-benchmarks -am package -DskipTests \
      -Dmaven.javadoc.skip=true -Djacoco.skip=true -Dspotless.check.skip=true \
    || mvn -B -q -pl bisnode-benchmarks -am package -DskipTests \
      -Dmaven.javadoc.skip=true -Djacoco.skip=true -Dspotless.check.skip=true; })
}
build "$OLD_TREE"
build "$NEW_TREE"
NEW="$NEW_TREE/bisnode-benchmarks/target/classes:$(cat "$NEW_TREE/bisnode-benchmarks/target/benchmarks.classpath")"
OLD="$OLD_TREE/bisnode-benchmarks/target/classes:$(cat "$OLD_TREE/bisnode-benchmarks/target/benchmarks.classpath")"
# this tree's CPU-time profiler, compiled on its own and put behind both class paths, since an
# older tree may not have it
PROFILER="$PWD/bisnode-benchmarks/target/cpu-time-profiler"
mkdir -p "$PROFILER"
javac -q -d "$PROFILER" -cp "$NEW" \
  bisnode-benchmarks/src/main/java/io/github/bisnodeclient/benchmarks/CpuTimeProfiler.java 2>/dev/null \
  || javac -d "$PROFILER" -cp "$NEW" \
    bisnode-benchmarks/src/main/java/io/github/bisnodeclient/benchmarks/CpuTimeProfiler.java
NEW="$NEW:$PROFILER"
OLD="$OLD:$PROFILER"

# the server, in a JVM of its own until this script's input to it ends
exec 3> >(java -cp "$NEW" io.github.bisnodeclient.benchmarks.LoopbackServer 0 4 > "$NEW_TREE/bisnode-benchmarks/target/before-after-server.log")
trap 'exec 3>&-; rm -f "$NEW_TREE/bisnode-benchmarks/target/before-after-server.log"' EXIT
for _ in $(seq 50); do
  PORT=$(sed -n "s/^LOOPBACK-SERVER-LISTENING //p" "$NEW_TREE/bisnode-benchmarks/target/before-after-server.log" 2>/dev/null || true)
  [[ -n "$PORT" ]] && break
  sleep 0.2
done
[[ -n "$PORT" ]] || { echo "the loopback server did not start" >&2; exit 1; }

for threads in 1 4; do
  for round in $(seq "$ROUNDS"); do
    if (( round % 2 )); then order="old new hand-written"; else order="hand-written new old"; fi
    declare -A result=() cpus=()
    for variant in $order; do
      case $variant in
        old) cp="$OLD"; contender=bisnode ;;
        new) cp="$NEW"; contender=bisnode ;;
        hand-written) cp="$NEW"; contender=apache ;;
      esac
      out=$(java -cp "$cp" org.openjdk.jmh.Main 'ClientBenchmark.search' -p contender=$contender \
        -f 1 -t "$threads" -wi 5 -w 2 -i 4 -r 1 -prof gc \
        -prof io.github.bisnodeclient.benchmarks.CpuTimeProfiler \
        -jvmArgs "-Xms1g -Xmx1g -Dbench.port=$PORT -Dhttp.maxConnections=64" 2>&1)
      ops=$(echo "$out" | awk -v c="$contender" '$1 == "ClientBenchmark.search" && $2 == c {print $5}')
      bytes=$(echo "$out" | awk '$1 ~ /gc.alloc.rate.norm$/ {print $5}' | tail -1)
      cpu=$(echo "$out" | awk '$1 ~ /cpu.time.norm$/ {print $5}' | tail -1)
      echo "threads=$threads round=$round $variant ops/s=$ops B/call=$bytes cpu-ns/call=$cpu"
      result[$variant]=$ops
      cpus[$variant]=$cpu
    done
    awk -v t="$threads" -v r="$round" -v o="${result[old]}" -v n="${result[new]}" \
      -v oc="${cpus[old]}" -v nc="${cpus[new]}" \
      'BEGIN { printf "threads=%s round=%s after/before ops/s=%.2f cpu/call=%.2f\n", t, r, n / o, nc / oc }'
  done
done
