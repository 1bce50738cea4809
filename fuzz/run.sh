#!/usr/bin/env bash
# Fuzzes the engine's readers with AFL++ and SharpFuzz, one target after another.
#
#   fuzz/run.sh [MINUTES-PER-TARGET] [TARGET...]
#
# MINUTES-PER-TARGET defaults to 20; TARGETs default to all: geojson topojson police-csv mapped-csv postcodes
# deprivation population study. Each target starts from fuzz/seeds/TARGET/ (and whatever an earlier run found),
# runs at the lowest priority, and keeps its findings in fuzz/findings/TARGET/ (not committed): inputs that crashed
# the reader in default/crashes/, inputs that ran past the time limit in default/hangs/. It prints, per target,
# this run's minutes, executions, crashes and hangs, and the minutes and executions of all runs so far. Replay one with
#   dotnet fuzz/.build/app/GeoNeeds.Fuzz.dll TARGET < fuzz/findings/TARGET/default/crashes/id:000000...
# Needs root (or afl++ already installed) for apt-get; the sharpfuzz tool is installed into fuzz/.tools/.
set -euo pipefail
cd "$(dirname "$0")"

minutes=${1:-20}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(geojson topojson police-csv mapped-csv postcodes deprivation population study)
sharpfuzz_version=2.3.0   # must match the SharpFuzz package in Directory.Packages.props

if ! command -v afl-fuzz >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 afl++ >/dev/null
fi
if [ ! -x .tools/sharpfuzz ]; then
  dotnet tool install SharpFuzz.CommandLine --version "$sharpfuzz_version" --tool-path .tools >/dev/null
fi

# Build, then instrument the engine and the parsers it hands text to, so AFL++ sees which branches an input reaches.
rm -rf .build/app
nice -n 19 dotnet publish GeoNeeds.Fuzz -c Release -o .build/app --nologo -v quiet
for assembly in GeoNeeds.Engine CsvHelper YamlDotNet NetTopologySuite.IO.GeoJSON4STJ; do
  .tools/sharpfuzz ".build/app/$assembly.dll" >/dev/null
done

dictionary() {
  case $1 in
    geojson | topojson) echo dictionaries/json.dict ;;
    study) echo dictionaries/yaml.dict ;;
    *) echo dictionaries/csv.dict ;;
  esac
}

# AFL++ checks meant for native binaries and a machine of its own: dotnet is not instrumented itself, and the
# fuzzer must neither pin a core nor need the CPU governor changed on a shared machine.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 AFL_AUTORESUME=1 \
  AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 DOTNET_TieredPGO=0 DOTNET_CLI_TELEMETRY_OPTOUT=1

summary=()
for target in "${targets[@]}"; do
  [ -d "seeds/$target" ] || { echo "unknown target '$target': no fuzz/seeds/$target/" >&2; exit 2; }
  echo "== $target: $minutes min"
  stats="findings/$target/default/fuzzer_stats"
  stat() { awk -v key="$1" '$1 == key { print $3 }' "$stats" 2>/dev/null || true; }
  # A resumed run goes on from the earlier queue and adds to its totals; it moves earlier crashes aside.
  before=$(stat execs_done)
  mkdir -p "findings/$target"
  # -t: a reader that takes over 5 s on a few-kilobyte input has hung (the first run includes .NET start-up).
  nice -n 19 afl-fuzz -i "seeds/$target" -o "findings/$target" -x "$(dictionary "$target")" -t 5000 -m none \
    -V $((minutes * 60)) -- dotnet .build/app/GeoNeeds.Fuzz.dll "$target" > "findings/$target/afl.log" 2>&1 \
    || { echo "afl-fuzz failed for $target; see fuzz/findings/$target/afl.log" >&2; tail -20 "findings/$target/afl.log" >&2; exit 1; }
  found() { find "findings/$target/default/$1" -name 'id:*' | wc -l; }
  summary+=("$(printf '%-12s %4s min %10s executions %4s crashes %4s hangs | all runs: %5s min %10s executions' \
    "$target" "$minutes" $(($(stat execs_done) - ${before:-0})) "$(found crashes)" "$(found hangs)" \
    $(($(stat run_time) / 60)) "$(stat execs_done)")")
done

echo
printf '%s\n' "${summary[@]}"
