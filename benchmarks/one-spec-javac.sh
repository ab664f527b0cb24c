#!/usr/bin/env bash
# One spec against ten, cold, as an incremental build or an IDE's build on save compiles one changed
# spec: javac over the last spec of the small client (client-enums.txt) and over all ten, each with
# graphenum, with graphenum checking against the service metadata, and with a processor that only
# writes the same sources, rendered beforehand (the floor: what javac charges any generator for
# these files). Times RUNS runs (default 9), interleaved, each run starting with the next of the
# six; prints each run, the medians, the ratios of the medians and the medians of the ratios within
# each run (steadier when the machine's speed drifts).
#   usage: benchmarks/one-spec-javac.sh <docs folder> <metadata file> [runs]
#   (after mvn -B -q -DskipTests package; fetches the processor's two libraries through Maven)
set -euo pipefail
docs=$(cd "$1" && pwd)
metadata=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
runs=${3:-9}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mapfile -t enums < <(grep -v '^#' "$here/client-enums.txt")

lib="$work/lib"
fetch() { mvn -B -q dependency:copy -Dartifact="$1" -DoutputDirectory="$lib" >/dev/null; }
fetch com.palantir.javapoet:javapoet:0.22.0
fetch org.commonmark:commonmark:0.32.0
fetch org.commonmark:commonmark-ext-gfm-tables:0.32.0
version=0.1.0-SNAPSHOT
annotations="$root/annotations/target/graphenum-annotations-$version.jar"
processor="$root/processor/target/graphenum-processor-$version.jar:$lib/javapoet-0.22.0.jar:$lib/commonmark-0.32.0.jar:$lib/commonmark-ext-gfm-tables-0.32.0.jar"

mkdir -p "$work/specs/client" "$work/generated" "$work/unused"
for entry in "${enums[@]}"; do
  page=${entry%%:*} name=${entry##*:}
  type="$(tr '[:lower:]' '[:upper:]' <<< "${name:0:1}")${name:1}"
  cat > "$work/specs/client/${type}Spec.java" <<SPEC
package client;

@io.github.graphenum.GraphEnum(doc = "api-reference/v1.0/resources/$page", name = "$name")
interface ${type}Spec {}
SPEC
done
ten=("$work"/specs/client/*.java)
one=("$work/specs/client/${type}Spec.java")
javac -proc:only -cp "$annotations" -processorpath "$processor" -Agraphenum.docs="$docs" \
  -s "$work/generated" -d "$work/unused" "${ten[@]}"

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
graphenum() { # $1: out folder; the specs follow
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
declare -A times
declare -A ran # this run's time of each
declare -A ratios # within each run
for run in $(seq "$runs"); do
  line="run $run:"
  for k in "${!order[@]}"; do
    what=${order[$(( (run - 1 + k) % ${#order[@]} ))]}
    out="$work/out/$what"
    rm -rf "$out"; mkdir -p "$out/src" "$out/classes"
    start=$(date +%s%N)
    "$what" "$out" 2>/dev/null
    took=$(ms "$start")
    times[$what]+="$took "
    ran[$what]=$took
    line+=" $what $took ms,"
  done
  echo "${line%,}"
  within() { awk "BEGIN {printf \"%.4f \", ${ran[$1]} / ${ran[$2]}}"; }
  ratios[one_copying]+=$(within one_graphenum one_copying)
  ratios[one_metadata]+=$(within one_metadata one_graphenum)
  ratios[ten_copying]+=$(within ten_graphenum ten_copying)
  ratios[ten_metadata]+=$(within ten_metadata ten_graphenum)
  ratios[one_ten]+=$(within one_graphenum ten_graphenum)
done
median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
declare -A med
for what in "${order[@]}"; do med[$what]=$(median "${times[$what]}"); done
ratio() { awk "BEGIN {printf \"%.2f\", ${med[$1]} / ${med[$2]}}"; }
echo "medians: one spec: graphenum ${med[one_graphenum]} ms, with metadata ${med[one_metadata]} ms, copying ${med[one_copying]} ms; ten specs: graphenum ${med[ten_graphenum]} ms, with metadata ${med[ten_metadata]} ms, copying ${med[ten_copying]} ms"
echo "one spec: graphenum/copying $(ratio one_graphenum one_copying), with metadata/without $(ratio one_metadata one_graphenum); ten specs: graphenum/copying $(ratio ten_graphenum ten_copying), with metadata/without $(ratio ten_metadata ten_graphenum); graphenum one/ten $(ratio one_graphenum ten_graphenum), copying one/ten $(ratio one_copying ten_copying)"
m() { awk "BEGIN {printf \"%.2f\", $(median "${ratios[$1]}")}"; }
echo "medians of the ratios within each run: one spec: graphenum/copying $(m one_copying), with metadata/without $(m one_metadata); ten specs: graphenum/copying $(m ten_copying), with metadata/without $(m ten_metadata); graphenum one/ten $(m one_ten)"
