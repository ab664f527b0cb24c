#!/usr/bin/env bash
# The processor's cost in a build as a build runs javac: cold, from the command line, files on disk.
# For a docs folder, writes one spec per enum that generates, then times, alternately and RUNS
# times each (default 3), javac over the specs with the processor against javac over the specs and
# the generated sources without it (the same classes out), and prints each run and the ratio of the
# medians.
#   usage: benchmarks/cold-javac.sh <docs folder> [runs]     (after mvn -B -q -DskipTests package)
set -euo pipefail
docs=$(cd "$1" && pwd)
runs=${2:-3}
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/target/benchmarks.jar"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -cp "$jar" io.github.graphenum.processor.WriteSpecs "$docs" "$work/specs" "$work/generated"
find "$work/specs" -name '*.java' > "$work/specs.txt"
find "$work/specs" "$work/generated" -name '*.java' > "$work/all.txt"
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
with=(); without=()
for run in $(seq "$runs"); do
  rm -rf "$work/out1" "$work/gen1" "$work/out2"; mkdir -p "$work/out1" "$work/gen1" "$work/out2"
  start=$(date +%s%N)
  javac -cp "$jar" -processorpath "$jar" -Agraphenum.docs="$docs" -s "$work/gen1" -d "$work/out1" @"$work/specs.txt" 2>/dev/null
  with+=("$(ms "$start")")
  start=$(date +%s%N)
  javac -proc:none -cp "$jar" -d "$work/out2" @"$work/all.txt" 2>/dev/null
  without+=("$(ms "$start")")
  echo "run $run: with the processor ${with[-1]} ms, without ${without[-1]} ms"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
w=$(median "${with[@]}"); o=$(median "${without[@]}")
echo "median: with the processor $w ms, without $o ms, ratio $(awk "BEGIN {printf \"%.2f\", $w / $o}")"
