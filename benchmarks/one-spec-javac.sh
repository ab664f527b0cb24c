#!/usr/bin/env bash
# One spec against ten, cold, as an incremental build or an IDE's build on save compiles one changed
# spec: javac over the last spec of the small client (client-enums.txt) and over all ten, each with
# graphenum, with graphenum checking against the service metadata, and with a processor that only
# writes the same sources, rendered beforehand (the floor: what javac charges any generator for
# these files). Times RUNS runs (default 9), interleaved, each run starting with the next of the
# six; prints each run, the medians, and the medians of the ratios within each run (steadier when
# the machine's speed drifts).
#   usage: benchmarks/one-spec-javac.sh <docs folder> <metadata file> [runs]
#   (after mvn -B -q -DskipTests package; fetches the processor's two libraries through Maven)
set -euo pipefail
if [ $# -lt 2 ] || [ ! -d "$1" ] || [ ! -f "$2" ]; then
  echo "usage: $0 <docs folder> <metadata file> [runs]" >&2
  exit 2
fi
runs=${3:-9}
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "runs must be a positive number, not '$runs'" >&2; exit 2; }
source "$(dirname "$0")/client.sh"
docs=$(absolute "$1")
metadata=$(absolute "$2")
processor="$root/processor/target/graphenum-processor-$version.jar:$processor_libs"
mkdir -p "$work/generated" "$work/unused"
write_client_specs
ten=("${client_specs[@]}")
one=("${ten[-1]}")
javac -proc:only -cp "$annotations" -processorpath "$processor" -Agraphenum.docs="$docs" \
  -s "$work/generated" -d "$work/unused" "${ten[@]}"

graphenum() { # $1: out folder; the specs and options follow
  local out=$1; shift
  javac -cp "$annotations" -processorpath "$processor" -Agraphenum.docs="$docs" \
    -s "$out/src" -d "$out/classes" "$@"
}
copying() {
  local out=$1; shift
  javac -cp "$annotations" -processorpath "$root/benchmarks/target/classes" \
    -processor io.github.graphenum.benchmarks.CopyingProcessor -Acopy.from="$work/generated" \
    -s "$out/src" -d "$out/classes" "$@"
}
one_graphenum() { graphenum "$1" "${one[@]}"; }
one_metadata() { graphenum "$1" -Agraphenum.metadata="$metadata" "${one[@]}"; }
one_copying() { copying "$1" "${one[@]}"; }
ten_graphenum() { graphenum "$1" "${ten[@]}"; }
ten_metadata() { graphenum "$1" -Agraphenum.metadata="$metadata" "${ten[@]}"; }
ten_copying() { copying "$1" "${ten[@]}"; }
order=(one_graphenum one_metadata one_copying ten_graphenum ten_metadata ten_copying)
declare -A times  # every run's time of each, in ms
declare -A ran    # this run's time of each
declare -A ratios # the ratios within each run, by name
within() { awk "BEGIN {printf \"%.4f \", ${ran[$1]} / ${ran[$2]}}"; }
for run in $(seq "$runs"); do
  line="run $run:"
  for k in "${!order[@]}"; do
    what=${order[$(( (run - 1 + k) % ${#order[@]} ))]}
    out="$work/out/$what"
    rm -rf "$out"; mkdir -p "$out/src" "$out/classes"
    start=$(date +%s%N)
    # javac's warnings (the docs against the metadata) are no part of the time
    if ! "$what" "$out" 2> "$work/$what.err"; then
      echo "$what failed:" >&2; cat "$work/$what.err" >&2; exit 1
    fi
    ran[$what]=$(ms "$start")
    times[$what]+="${ran[$what]} "
    line+=" $what ${ran[$what]} ms,"
  done
  echo "${line%,}"
  ratios[one_graphenum_over_copying]+=$(within one_graphenum one_copying)
  ratios[one_metadata_over_without]+=$(within one_metadata one_graphenum)
  ratios[ten_graphenum_over_copying]+=$(within ten_graphenum ten_copying)
  ratios[ten_metadata_over_without]+=$(within ten_metadata ten_graphenum)
  ratios[graphenum_one_over_ten]+=$(within one_graphenum ten_graphenum)
  ratios[copying_one_over_ten]+=$(within one_copying ten_copying)
done
m() { awk "BEGIN {printf \"%.2f\", $(median "${ratios[$1]}")}"; }
declare -A med
for what in "${order[@]}"; do med[$what]=$(median "${times[$what]}"); done
echo "medians: one spec: graphenum ${med[one_graphenum]} ms, with metadata ${med[one_metadata]} ms, copying ${med[one_copying]} ms; ten specs: graphenum ${med[ten_graphenum]} ms, with metadata ${med[ten_metadata]} ms, copying ${med[ten_copying]} ms"
echo "medians of the ratios within each run: one spec: graphenum/copying $(m one_graphenum_over_copying), with metadata/without $(m one_metadata_over_without); ten specs: graphenum/copying $(m ten_graphenum_over_copying), with metadata/without $(m ten_metadata_over_without); one/ten: graphenum $(m graphenum_one_over_ten), copying $(m copying_one_over_ten)"
