#!/usr/bin/env bash
# Mutation testing of the engine with Stryker.NET 5.1.0 (a local dotnet tool, see dotnet-tools.json).
# Not part of CI: a folder takes from many minutes to a few hours.
#
#   tools/mutation.sh                  # Stats, Join, Export and Publish, one folder after the other
#   tools/mutation.sh Stats Join       # only the folders named
#
# Each folder of src/GeoNeeds.Engine is mutated against the engine tests of the same folder (tests mirror the
# engine's folders), at the lowest CPU priority and with one test process, so a shared machine stays usable.
# Reports (HTML and JSON) go to artifacts/mutation/<folder>/reports/, and the surviving and uncovered mutants,
# one a line (file:line, mutator, replacement), to artifacts/mutation/<folder>/survivors.txt.
# The score printed is killed (including timeouts) over killed + survived + not covered; mutants that do not
# compile are left out, as Stryker does.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dotnet tool restore > /dev/null

folders=("$@")
if [ ${#folders[@]} -eq 0 ]; then
  folders=(Stats Join Export Publish)
fi

for folder in "${folders[@]}"; do
  if [ ! -d "src/GeoNeeds.Engine/$folder" ]; then
    echo "No folder src/GeoNeeds.Engine/$folder" >&2
    exit 1
  fi
done

scores=()
for folder in "${folders[@]}"; do
  output="$root/artifacts/mutation/$folder"
  rm -rf "$output"
  # Run from the test project's folder: Stryker then mutates the one project it references.
  (cd tests/GeoNeeds.Engine.Tests && nice -n 19 dotnet stryker \
    --project GeoNeeds.Engine.csproj \
    --mutate "**/$folder/**/*.cs" \
    --test-case-filter "FullyQualifiedName~GeoNeeds.Engine.Tests.$folder." \
    --concurrency 1 \
    --reporter Progress --reporter Html --reporter Json \
    --skip-version-check \
    --output "$output")
  report="$output/reports/mutation-report.json"
  jq -r '.files | to_entries[] | .key as $file | .value.mutants[]
    | select(.status == "Survived" or .status == "NoCoverage")
    | "\($file | sub(".*/src/"; "src/")):\(.location.start.line) \(.status) \(.mutatorName): \(.replacement // "" | gsub("\n"; " "))"' \
    "$report" | sort -V > "$output/survivors.txt"
  scores+=("$folder: $(jq -r '
    [.files[].mutants[].status] as $s
    | ($s | map(select(. == "Killed" or . == "Timeout")) | length) as $killed
    | ($s | map(select(. == "Survived" or . == "NoCoverage")) | length) as $alive
    | "\(if $killed + $alive == 0 then "no mutants" else "\((10000 * $killed / ($killed + $alive) | round) / 100)%" end)"
      + " (\($killed) killed, \($alive) survived or not covered)"' "$report")")
done

echo
echo "Mutation score per folder (Stryker.NET 5.1.0):"
printf '  %s\n' "${scores[@]}"
