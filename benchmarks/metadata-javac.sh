#!/usr/bin/env bash
# What the service metadata adds to a compilation of one spec (the last of client-enums.txt), cold,
# with this build's processor and with a baseline processor jar (one built from another commit):
# javac with and without -Agraphenum.metadata, under both. Times RUNS runs (default 15), the four
# compilations of a run in turn; prints each run, the medians, and the medians of the ratios within
# each run: with metadata over without, for each processor, and this one over the baseline.
#   usage: benchmarks/metadata-javac.sh <docs folder> <metadata file> <baseline processor jar> [runs]
#   (after mvn -B -q -DskipTests package; a baseline jar, e.g. of commit b66de2a:
#    git worktree add ../base b66de2a && (cd ../base && mvn -B -q -DskipTests -pl annotations,processor package)
#    then ../base/processor/target/graphenum-processor-0.1.0-SNAPSHOT.jar)
set -euo pipefail
if [ $# -lt 3 ] || [ ! -d "$1" ] || [ ! -f "$2" ] || [ ! -f "$3" ]; then
  echo "usage: $0 <docs folder> <metadata file> <baseline processor jar> [runs]" >&2
  exit 2
fi
runs=${4:-15}
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "runs must be a positive number, not '$runs'" >&2; exit 2; }
source "$(dirname "$0")/client.sh"
docs=$(absolute "$1")
metadata=$(absolute "$2")
baseline=$(absolute "$3")
write_client_specs
one="${client_specs[-1]}"
current="$root/processor/target/graphenum-processor-$version.jar"

compile() { # $1: the processor jar; the options follow
  local jar=$1; shift
  rm -rf "$work/out"; mkdir -p "$work/out/src" "$work/out/classes"
  local start
  start=$(date +%s%N)
  if ! javac -cp "$annotations" -processorpath "$jar:$processor_libs" -Agraphenum.docs="$docs" \
      "$@" -s "$work/out/src" -d "$work/out/classes" "$one" 2> "$work/err"; then
    echo "javac failed:" >&2; cat "$work/err" >&2; exit 1
  fi
  ms "$start"
}
names=(baseline_with baseline_without current_with current_without)
declare -A times ratios
for run in $(seq "$runs"); do
  declare -A ran=()
  for k in 0 1 2 3; do
    what=${names[$(( (run - 1 + k) % 4 ))]}
    jar=$current; [[ $what == baseline_* ]] && jar=$baseline
    if [[ $what == *_with ]]; then
      ran[$what]=$(compile "$jar" -Agraphenum.metadata="$metadata")
    else
      ran[$what]=$(compile "$jar")
    fi
    times[$what]+="${ran[$what]} "
  done
  echo "run $run: baseline ${ran[baseline_with]} ms with metadata, ${ran[baseline_without]} ms without; this build ${ran[current_with]} ms with, ${ran[current_without]} ms without"
  ratios[baseline]+=$(awk "BEGIN {printf \"%.4f \", ${ran[baseline_with]} / ${ran[baseline_without]}}")
  ratios[current]+=$(awk "BEGIN {printf \"%.4f \", ${ran[current_with]} / ${ran[current_without]}}")
  ratios[current_over_baseline]+=$(awk "BEGIN {printf \"%.4f \", ${ran[current_with]} / ${ran[baseline_with]}}")
done
m() { awk "BEGIN {printf \"%.2f\", $(median "${ratios[$1]}")}"; }
echo "medians: baseline $(median "${times[baseline_with]}") ms with metadata, $(median "${times[baseline_without]}") ms without; this build $(median "${times[current_with]}") ms with, $(median "${times[current_without]}") ms without"
echo "medians of the ratios within each run: with metadata/without: baseline $(m baseline), this build $(m current); this build/baseline, with metadata: $(m current_over_baseline)"
