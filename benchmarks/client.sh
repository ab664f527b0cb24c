# Sourced by the benchmark scripts that compile the small client of ten enums (client-enums.txt),
# once they have checked their arguments: sets here (this folder), root (the project) and work (a
# scratch folder, removed on exit); the specs, and the processor path a Maven build gives javac.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The absolute path of the existing file or folder $1.
absolute() { echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; }

# The ten page:name entries, in file order.
mapfile -t client_enums < <(grep -v -e '^#' -e '^[[:space:]]*$' "$here/client-enums.txt")

# Writes one @GraphEnum spec per enum under $work/specs/client and fills client_specs with their
# files, in the order of client-enums.txt.
write_client_specs() {
  mkdir -p "$work/specs/client"
  client_specs=()
  local entry page name type
  for entry in "${client_enums[@]}"; do
    page=${entry%%:*} name=${entry##*:}
    type="$(tr '[:lower:]' '[:upper:]' <<< "${name:0:1}")${name:1}"
    cat > "$work/specs/client/${type}Spec.java" <<SPEC
package client;

@io.github.graphenum.GraphEnum(doc = "api-reference/v1.0/resources/$page", name = "$name")
interface ${type}Spec {}
SPEC
    client_specs+=("$work/specs/client/${type}Spec.java")
  done
}

# Fetches an artifact from Maven Central (through Maven) into $work/lib.
fetch() { mvn -B -q dependency:copy -Dartifact="$1" -DoutputDirectory="$work/lib" >/dev/null; }

# The annotations jar, and the processor's two libraries (set annotations and processor_libs).
version=0.1.0-SNAPSHOT
annotations="$root/annotations/target/graphenum-annotations-$version.jar"
fetch com.palantir.javapoet:javapoet:0.22.0
fetch org.commonmark:commonmark:0.32.0
fetch org.commonmark:commonmark-ext-gfm-tables:0.32.0
processor_libs="$work/lib/javapoet-0.22.0.jar:$work/lib/commonmark-0.32.0.jar:$work/lib/commonmark-ext-gfm-tables-0.32.0.jar"

# Milliseconds since $1 (a date +%s%N).
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

# The median of the numbers given, as arguments or separated by spaces in one ($* split on purpose).
median() { printf '%s\n' $* | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
