#!/usr/bin/env bash
# Checks that the viewer's vendored front-end files are the released files of the npm packages pinned in
# src/GeoNeeds.Viewer/Web/package.json and package-lock.json, byte for byte: installs the lock with `npm ci`
# into a temporary folder and compares each vendored file with its original.
# Exit codes: 0 all identical, 1 a file differs or is missing, 2 npm could not install the pinned packages.
set -euo pipefail
cd "$(dirname "$0")/.."

web=src/GeoNeeds.Viewer/Web
vendor=$web/Assets/vendor
# vendored file (under $vendor) → its original in the package (under node_modules)
files=(
  "maplibre-gl/maplibre-gl.mjs:maplibre-gl/dist/maplibre-gl.mjs"
  "maplibre-gl/maplibre-gl-worker.mjs:maplibre-gl/dist/maplibre-gl-worker.mjs"
  "maplibre-gl/maplibre-gl.css:maplibre-gl/dist/maplibre-gl.css"
  "maplibre-gl/LICENSE.txt:maplibre-gl/LICENSE.txt"
)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$web/package.json" "$web/package-lock.json" "$work/"
if ! (cd "$work" && npm ci --ignore-scripts --no-audit --no-fund >"$work/npm.log" 2>&1); then
  cat "$work/npm.log" >&2
  echo "check-vendor: npm ci failed, so the vendored files could not be checked" >&2
  exit 2
fi

status=0
for pair in "${files[@]}"; do
  vendored=$vendor/${pair%%:*}
  original=$work/node_modules/${pair#*:}
  if cmp -s "$vendored" "$original"; then
    echo "check-vendor: $vendored matches ${pair#*:}"
  else
    echo "check-vendor: $vendored differs from ${pair#*:} of the pinned package (never edit vendored files; re-copy them)" >&2
    status=1
  fi
done
exit $status
