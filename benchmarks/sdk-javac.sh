#!/usr/bin/env bash
# A small Graph client, built cold as a build runs javac, three ways: with graphenum (ten
# @GraphEnum specs, the enums generated from the docs); against the Microsoft Graph SDK jar
# (com.microsoft.graph:microsoft-graph 6.60.0 and kiota-abstractions, the same enums taken from the
# SDK); and with a processor that only writes the ten generated sources, rendered beforehand (the
# floor: what javac charges any generator for these files). The client's code is the same but for
# its imports and the lookup's name. Times RUNS runs (default 9), interleaved, each run starting
# with the next of the three; prints each run, the medians, the ratios of the medians and the
# medians of the ratios within each run (steadier when the machine's speed drifts).
#   usage: benchmarks/sdk-javac.sh <docs folder> [runs]
#   (after mvn -B -q -DskipTests package; fetches the SDK jars from Maven Central through Maven)
set -euo pipefail
if [ $# -lt 1 ] || [ ! -d "$1" ]; then
  echo "usage: $0 <docs folder> [runs]" >&2
  exit 2
fi
runs=${2:-9}
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "runs must be a positive number, not '$runs'" >&2; exit 2; }
source "$(dirname "$0")/client.sh"
docs=$(absolute "$1")

# The libraries each build puts on its paths, as a Maven build would: graphenum's annotations on
# the class path and its processor with its two dependencies on the processor path (client.sh);
# the SDK jar and kiota-abstractions (whose ValuedEnum the SDK's enums implement) on the class
# path. The ten enums (client-enums.txt) are v1.0 pages of their own whose enums the SDK also has.
fetch com.microsoft.graph:microsoft-graph:6.60.0
fetch com.microsoft.kiota:microsoft-kiota-abstractions:1.8.10
processor="$root/processor/target/graphenum-processor-$version.jar:$processor_libs"
sdk="$work/lib/microsoft-graph-6.60.0.jar:$work/lib/microsoft-kiota-abstractions-1.8.10.jar"

# The client: one spec per enum, and a class that reads a Graph member name of each.
write_client_specs
mkdir -p "$work/graphenum/client" "$work/sdk/client"
uses_graphenum=""
uses_sdk=""
imports=""
for entry in "${client_enums[@]}"; do
  name=${entry##*:}
  type="$(tr '[:lower:]' '[:upper:]' <<< "${name:0:1}")${name:1}"
  uses_graphenum+="    total += $type.fromMemberName(names[i++]).ordinal();"$'\n'
  uses_sdk+="    total += $type.forValue(names[i++]).ordinal();"$'\n'
  imports+="import com.microsoft.graph.models.$type;"$'\n'
done
client() { # $1: the lookups; $2: the imports
  cat <<EOF
package client;

$2
/** Reads a member name of each enum, as a client reads Graph's JSON. */
public final class Client {
  private Client() {}

  public static int read(String... names) {
    int total = 0;
    int i = 0;
$1    return total;
  }
}
EOF
}
client "$uses_graphenum" "" > "$work/graphenum/client/Client.java"
client "$uses_sdk" "$imports" > "$work/sdk/client/Client.java"

# The sources graphenum generates, for the copying processor.
mkdir -p "$work/generated" "$work/unused"
javac -proc:only -cp "$annotations" -processorpath "$processor" -Agraphenum.docs="$docs" \
  -s "$work/generated" -d "$work/unused" "$work"/specs/client/*.java
[ "$(find "$work/generated" -name '*.java' | wc -l)" -eq 10 ] || { echo "graphenum did not generate the ten enums" >&2; exit 1; }

graphenum=(); sdkjar=(); copying=()
compile_graphenum() {
  javac -cp "$annotations" -processorpath "$processor" -Agraphenum.docs="$docs" \
    -s "$work/src1" -d "$work/out1" "$work"/specs/client/*.java "$work/graphenum/client/Client.java"
}
compile_sdkjar() {
  javac -cp "$sdk" -d "$work/out2" "$work/sdk/client/Client.java"
}
compile_copying() {
  javac -cp "$annotations" -processorpath "$root/benchmarks/target/classes" \
    -processor io.github.graphenum.benchmarks.CopyingProcessor -Acopy.from="$work/generated" \
    -s "$work/src3" -d "$work/out3" "$work"/specs/client/*.java "$work/graphenum/client/Client.java"
}
order=(graphenum sdkjar copying)
for run in $(seq "$runs"); do
  rm -rf "$work"/out* "$work"/src*
  mkdir -p "$work/out1" "$work/src1" "$work/out2" "$work/out3" "$work/src3"
  for k in 0 1 2; do
    what=${order[$(( (run - 1 + k) % 3 ))]}
    start=$(date +%s%N)
    "compile_$what"
    declare -n times=$what
    times+=("$(ms "$start")")
    unset -n times
  done
  [ -f "$work/out1/client/Client.class" ] && [ -f "$work/out2/client/Client.class" ] && [ -f "$work/out3/client/Client.class" ] \
    || { echo "a client was not compiled" >&2; exit 1; }
  echo "run $run (${order[$(( (run - 1) % 3 ))]} first): graphenum ${graphenum[-1]} ms, SDK jar ${sdkjar[-1]} ms, copying processor ${copying[-1]} ms"
done
g=$(median "${graphenum[@]}"); s=$(median "${sdkjar[@]}"); c=$(median "${copying[@]}")
ratio() { awk "BEGIN {printf \"%.2f\", $1 / $2}"; }
echo "median: graphenum $g ms, SDK jar $s ms, copying processor $c ms"
echo "ratios of the medians: graphenum/SDK jar $(ratio "$g" "$s"), copying/SDK jar $(ratio "$c" "$s"), graphenum/copying $(ratio "$g" "$c")"
per_run() { local -n top=$1 bottom=$2; for i in "${!top[@]}"; do awk "BEGIN {printf \"%.4f\\n\", ${top[$i]} / ${bottom[$i]}}"; done; }
echo "medians of the ratios within each run: graphenum/SDK jar $(ratio "$(median $(per_run graphenum sdkjar))" 1), copying/SDK jar $(ratio "$(median $(per_run copying sdkjar))" 1), graphenum/copying $(ratio "$(median $(per_run graphenum copying))" 1)"
