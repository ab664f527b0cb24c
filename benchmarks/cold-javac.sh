#!/usr/bin/env bash
# The processor's cost in a build as a build runs javac: cold, from the command line, files on disk.
# For a docs folder, writes one spec per enum that generates, then times, RUNS times each
# (default 3), interleaved, each run starting with the next of the three: javac over the specs
# with the processor; javac over the specs with a processor that only writes the same sources,
# rendered beforehand, through the Filer (the floor: what javac charges any processor for these
# files); and javac over the specs and the generated sources without a processor (the same
# classes out). Prints each run, the ratios of the medians, and the medians of the ratios within
# each run (steadier when the machine's speed drifts).
#   usage: benchmarks/cold-javac.sh <docs folder> [runs]     (after mvn -B -q -DskipTests package)
set -euo pipefail
docs=$(cd "$1" && pwd)
runs=${2:-3}
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/target/benchmarks.jar"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -cp "$jar" io.github.graphenum.benchmarks.WriteSpecs "$docs" "$work/specs" "$work/generated"
find "$work/specs" -name '*.java' > "$work/specs.txt"
find "$work/specs" "$work/generated" -name '*.java' > "$work/all.txt"
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
with=(); floor=(); without=()
compile_with() {
  javac -cp "$jar" -processorpath "$jar" -processor io.github.graphenum.processor.GraphEnumProcessor \
    -Agraphenum.docs="$docs" -s "$work/src1" -d "$work/out1" @"$work/specs.txt" 2>/dev/null
}
compile_floor() {
  javac -cp "$jar" -processorpath "$jar" -processor io.github.graphenum.benchmarks.CopyingProcessor \
    -Acopy.from="$work/generated" -s "$work/src2" -d "$work/out2" @"$work/specs.txt" 2>/dev/null
}
compile_without() {
  javac -proc:none -cp "$jar" -d "$work/out3" @"$work/all.txt" 2>/dev/null
}
order=(with floor without)
for run in $(seq "$runs"); do
  rm -rf "$work"/out* "$work"/src*; mkdir -p "$work/out1" "$work/src1" "$work/out2" "$work/src2" "$work/out3"
  # Each run starts with the next of the three, so that none always runs first.
  for k in 0 1 2; do
    what=${order[$(( (run - 1 + k) % 3 ))]}
    start=$(date +%s%N)
    "compile_$what"
    declare -n times=$what
    times+=("$(ms "$start")")
    unset -n times
  done
  for out in out1 out2 out3; do
    [ "$(find "$work/$out" -name '*.class' | wc -l)" -eq "$(wc -l < "$work/all.txt")" ] || { echo "$out: classes missing" >&2; exit 1; }
  done
  first=${order[$(( (run - 1) % 3 ))]}
  echo "run $run (${first/floor/copying} first): with the processor ${with[-1]} ms, copying processor ${floor[-1]} ms, without ${without[-1]} ms"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
w=$(median "${with[@]}"); f=$(median "${floor[@]}"); o=$(median "${without[@]}")
ratio() { awk "BEGIN {printf \"%.2f\", $1 / $2}"; }
echo "median: with the processor $w ms, copying processor $f ms, without $o ms"
echo "ratios of the medians: with/without $(ratio "$w" "$o"), copying/without $(ratio "$f" "$o"), with/copying $(ratio "$w" "$f")"
# The machine's speed drifts over minutes; the three of one run ran back to back, so the ratios
# within each run, and their median, are the steadier figure.
per_run() { local -n top=$1 bottom=$2; for i in "${!top[@]}"; do awk "BEGIN {printf \"%.4f\\n\", ${top[$i]} / ${bottom[$i]}}"; done; }
echo "medians of the ratios within each run: with/without $(ratio "$(median $(per_run with without))" 1), copying/without $(ratio "$(median $(per_run floor without))" 1), with/copying $(ratio "$(median $(per_run with floor))" 1)"
