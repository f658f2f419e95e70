#!/usr/bin/env bash
# Paired JMH rounds of our client as built from another work tree (an older commit) and from this
# one, with the hand-written HttpClient 5 + Gson client beside them, against one loopback server:
# each round one fork of each, 5 x 2 s warm-up and 4 x 1 s measured, -prof gc, at 1 and 4 threads.
# Prints ops/s and bytes per call for every fork. About 5 minutes for 3 rounds on two cores.
#
#   git worktree add /tmp/before <commit>
#   bisnode-benchmarks/before-after.sh /tmp/before [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
OLD_TREE=$(cd "$1" && pwd)
ROUNDS=${2:-3}

build() {
  (cd "$1" && { mvn -B -o -q -pl bisnode-benchmarks -am package -DskipTests \
      -Dmaven.javadoc.skip=true -Djacoco.skip=true -Dspotless.check.skip=true \
    || mvn -B -q -pl bisnode-benchmarks -am package -DskipTests \
      -Dmaven.javadoc.skip=true -Djacoco.skip=true -Dspotless.check.skip=true; })
}
build "$OLD_TREE"
build .
NEW="$PWD/bisnode-benchmarks/target/classes:$(cat bisnode-benchmarks/target/benchmarks.classpath)"
OLD="$OLD_TREE/bisnode-benchmarks/target/classes:$(cat "$OLD_TREE/bisnode-benchmarks/target/benchmarks.classpath")"

# the server, in a JVM of its own until this script's input to it ends
exec 3> >(java -cp "$NEW" io.github.bisnodeclient.benchmarks.LoopbackServer 0 4 > bisnode-benchmarks/target/before-after-server.log)
trap 'exec 3>&-; rm -f bisnode-benchmarks/target/before-after-server.log' EXIT
for _ in $(seq 50); do
  PORT=$(sed -n 's/^LOOPBACK-SERVER-LISTENING //p' bisnode-benchmarks/target/before-after-server.log 2>/dev/null || true)
  [[ -n "$PORT" ]] && break
  sleep 0.2
done
[[ -n "$PORT" ]] || { echo "the loopback server did not start" >&2; exit 1; }

for threads in 1 4; do
  for round in $(seq "$ROUNDS"); do
    for variant in old new hand-written; do
      case $variant in
        old) cp="$OLD"; contender=bisnode ;;
        new) cp="$NEW"; contender=bisnode ;;
        hand-written) cp="$NEW"; contender=apache ;;
      esac
      out=$(java -cp "$cp" org.openjdk.jmh.Main 'ClientBenchmark.search' -p contender=$contender \
        -f 1 -t "$threads" -wi 5 -w 2 -i 4 -r 1 -prof gc \
        -jvmArgs "-Xms1g -Xmx1g -Dbench.port=$PORT -Dhttp.maxConnections=64" 2>&1)
      ops=$(echo "$out" | awk -v c="$contender" '$1 == "ClientBenchmark.search" && $2 == c {print $5}')
      bytes=$(echo "$out" | awk '$1 ~ /gc.alloc.rate.norm$/ {print $5}' | tail -1)
      echo "threads=$threads round=$round $variant ops/s=$ops B/call=$bytes"
    done
  done
done
