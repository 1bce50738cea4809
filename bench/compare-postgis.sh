#!/usr/bin/env bash
# GeoNeeds against PostGIS on the same national join, in the same run.
#
#   bench/compare-postgis.sh [ROWS]        (default 1000000; run as root or as a user who can run postgres)
#
# Installs Debian's PostgreSQL and PostGIS if missing, starts a private cluster on a Unix socket in a temp
# folder (no TCP), loads the 34,753 LSOAs of ../shared/data/boundaries/ew_lsoa11_generalised.geojson.gz (invalid
# ones made valid, as GeoNeeds repairs them) with a GiST index, COPYs the synthetic police.uk points, and counts
# them per LSOA in two forms: ST_Contains with GROUP BY, and a LATERAL count per LSOA over a GiST index of the
# points (PostGIS's fastest form here). GeoNeeds runs the same polygons and points through
# `GeoNeeds.Bench run --path engine` (stage times) and as a user runs it: `geoneeds count-points` (boundary cache
# cold, then warm) and `geoneeds assess` of a one-level study (warm), each timed from process start to exit. Prints
# one table (stage, GeoNeeds s, PostGIS s, ratio) and how far the per-LSOA counts agree. The cluster is stopped and
# the temp folder removed on exit, whatever happens.
set -euo pipefail

rows=${1:-1000000}
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${GEONEEDS_SHARED:-$(cd "$root/.." && pwd)/shared/data}
data=${GEONEEDS_BENCH_DATA:-/tmp/geoneeds-bench}
polygons=$shared/boundaries/ew_lsoa11_generalised.geojson.gz

if ! command -v pg_config >/dev/null || [ -z "$(ls /usr/lib/postgresql/*/lib/postgis-3.so 2>/dev/null)" ]; then
  echo "installing PostgreSQL and PostGIS (Debian packages postgresql, postgis) ..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgis >/dev/null
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

tmp=$(mktemp -d /tmp/geoneeds-postgis.XXXXXX)
cleanup() {
  as_db "$bin/pg_ctl" -D "$tmp/cluster" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT
as_db() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres "$tmp"; fi

echo "building the benchmark and the $rows-row points file ..." >&2
dotnet build "$root/bench/GeoNeeds.Bench" -c Release -v quiet -nologo >/dev/null
bench=("dotnet" "$root/bench/GeoNeeds.Bench/bin/Release/net10.0/GeoNeeds.Bench.dll")
points=$("${bench[@]}" generate --rows "$rows" --data "$data" --shared "$shared" | tail -1)

echo "GeoNeeds ..." >&2
geoneeds=$("${bench[@]}" run --path engine --points "$points" --shared "$shared" --out "$tmp/geoneeds" --unsuppressed | tail -1)
# The command as a user runs it, with a boundary cache of its own: emptied for the cold run, kept for the warm ones.
dotnet build "$root/src/GeoNeeds.Cli" -c Release -v quiet -nologo >/dev/null
cli=(dotnet "$root/src/GeoNeeds.Cli/bin/Release/net10.0/geoneeds.dll")
export XDG_CACHE_HOME=$tmp/cache
wall() { /usr/bin/time -f %e -o "$tmp/time" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; cat "$tmp/time"; }
count_points=(count-points --points "$points" --polygons "$polygons" --code-field LSOA11CD --suppress-below 0 --out "$tmp/cli/counts.csv")
mkdir -p "$tmp/cli"
cli_cold=$(wall "${cli[@]}" "${count_points[@]}")
cli_warm=$(wall "${cli[@]}" "${count_points[@]}")
cat >"$tmp/cli/national-study.yaml" <<STUDY
title: National LSOA incidents (benchmark)
levels: [{ name: lsoa, boundaries: '$polygons', code_field: LSOA11CD, name_field: LSOA11NM }]
population: { path: '$shared/population/File_6_-_IoD2019_Population_Denominators.csv', format: iod2019 }
inputs: [{ name: incidents, type: points, files: ['$points'], format: police-uk }]
indicators: [{ name: incidents, input: incidents, per: 1000 }]
STUDY
cli_assess=$(wall "${cli[@]}" assess "$tmp/cli/national-study.yaml" --no-graphics --out "$tmp/cli/assess")
chmod -R a+rX "$tmp/geoneeds" "$tmp/cli"

echo "PostGIS: private cluster in $tmp ..." >&2
as_db "$bin/initdb" -D "$tmp/cluster" -A trust -U postgres >/dev/null
# A throwaway cluster: durability off, so PostGIS is timed at its fastest; both cores for parallel queries.
as_db "$bin/pg_ctl" -D "$tmp/cluster" -l "$tmp/cluster.log" -w start -o "-c listen_addresses='' -c unix_socket_directories='$tmp' \
  -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=512MB -c work_mem=256MB \
  -c maintenance_work_mem=512MB -c max_parallel_workers_per_gather=2 -c client_min_messages=warning" >/dev/null
sql() { as_db "$bin/psql" -h "$tmp" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt -c "$1"; }
add() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a + b }'; }
timed() { local start end; start=$(date +%s.%N); sql "$1" >/dev/null; end=$(date +%s.%N); add "$end" "-$start"; }

sql "CREATE EXTENSION postgis;"
# The whole FeatureCollection as one jsonb value (the file is one JSON document), then one row per feature.
load_polygons=$(timed "
  CREATE UNLOGGED TABLE collection (doc jsonb);
  COPY collection FROM PROGRAM 'zcat $polygons | tr -d ''\n''' WITH (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02');
  CREATE UNLOGGED TABLE lsoa AS
    SELECT f->'properties'->>'LSOA11CD' AS code,
           (SELECT CASE WHEN ST_IsValid(g) THEN g ELSE ST_MakeValid(g) END
              FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON(f->'geometry'), 4326) AS g) AS parsed) AS geom
      FROM collection, jsonb_array_elements(doc->'features') AS f;
  DROP TABLE collection;")
index=$(timed "CREATE INDEX lsoa_geom ON lsoa USING gist (geom); ANALYZE lsoa;")
load_points=$(timed "
  CREATE UNLOGGED TABLE raw (crime_id text, month text, reported_by text, falls_within text, longitude text, latitude text,
    location text, lsoa_code text, lsoa_name text, crime_type text, outcome text, context text);
  COPY raw FROM '$points' WITH (FORMAT csv, HEADER true);
  CREATE UNLOGGED TABLE points AS
    SELECT month, crime_type, ST_SetSRID(ST_MakePoint(longitude::float8, latitude::float8), 4326) AS geom
      FROM raw WHERE longitude <> '' AND latitude <> '';
  DROP TABLE raw; ANALYZE points;")
join=$(timed "
  CREATE UNLOGGED TABLE postgis_counts AS
    SELECT l.code, count(*) AS n FROM points p JOIN lsoa l ON ST_Contains(l.geom, p.geom) GROUP BY l.code;")
# The per-LSOA form: a GiST index of the points, then one index-assisted count per polygon.
points_index=$(timed "CREATE INDEX points_geom ON points USING gist (geom); ANALYZE points;")
lateral=$(timed "
  CREATE UNLOGGED TABLE postgis_lateral AS
    SELECT l.code, c.n FROM lsoa l CROSS JOIN LATERAL (SELECT count(*) AS n FROM points p WHERE ST_Contains(l.geom, p.geom)) AS c;")
lateral_disagree=$(sql "SELECT count(*) FROM postgis_counts g FULL JOIN postgis_lateral p USING (code) WHERE coalesce(g.n, 0) <> coalesce(p.n, 0);")

sql "CREATE UNLOGGED TABLE geoneeds_counts (code text, n bigint);
     COPY geoneeds_counts FROM '$tmp/cli/counts.csv' WITH (FORMAT csv, HEADER true);"
agreement=$(sql "SELECT count(*) FILTER (WHERE coalesce(g.n, 0) <> coalesce(p.n, 0)) || ' ' ||
                        coalesce(sum(abs(coalesce(g.n, 0) - coalesce(p.n, 0))), 0) || ' ' || coalesce(sum(g.n), 0) || ' ' || coalesce(sum(p.n), 0)
                   FROM geoneeds_counts g FULL JOIN postgis_counts p USING (code);")
read -r differing difference geoneeds_total postgis_total <<<"$agreement"

stage() { python3 -c "import json,sys; d=json.loads(sys.argv[1]); print(d['Stages'].get(sys.argv[2], 0))" "$geoneeds" "$1"; }
g_polygons=$(stage boundaries); g_index=$(stage index); g_join=$(stage "parse+join")
g_total=$(add "$(add "$g_polygons" "$g_index")" "$g_join"); p_points_join=$(add "$load_points" "$join")
p_total=$(add "$(add "$load_polygons" "$index")" "$p_points_join")
p_lateral=$(add "$(add "$load_points" "$points_index")" "$lateral")
p_lateral_total=$(add "$(add "$load_polygons" "$index")" "$p_lateral")
p_best=$(python3 -c "import sys; print(min(float(sys.argv[1]), float(sys.argv[2])))" "$p_total" "$p_lateral_total")
g_wall=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['WallSeconds'])" "$geoneeds")
load=$(cut -d' ' -f1 /proc/loadavg)

row() { python3 -c "import sys; g, p, both = float(sys.argv[2]), float(sys.argv[3]), sys.argv[4] == 'y'; r = f'{p / g:.1f}×' if g > 0 and both else '—'; print(f'| {sys.argv[1]} | {g:.2f} | ' + (f'{p:.2f}' if both else '—') + f' | {r} |')" "$@"; }
echo
echo "National join, $rows police.uk rows → 34,753 LSOAs ($(nproc) cores, load average $load at the end)"
echo
echo "| stage | GeoNeeds s | PostGIS s | ratio (PostGIS ÷ GeoNeeds) |"
echo "|---|---:|---:|---:|"
row "load polygons (GeoJSON.gz, validity, repair)" "$g_polygons" "$load_polygons" y
row "index (GeoNeeds grid / PostGIS GiST)" "$g_index" "$index" y
row "load points + join + count per LSOA" "$g_join" "$p_points_join" y
row "**load + index + join**" "$g_total" "$p_total" y
row "load points + index them + LATERAL count per LSOA" "$g_join" "$p_lateral" y
row "**load + index + LATERAL count**" "$g_total" "$p_lateral_total" y
row "GeoNeeds engine path: process start → LSOA and LAD tables written" "$g_wall" 0 n
row "**\`geoneeds count-points\`, boundary cache cold** (process start → exit) vs PostGIS's best form" "$cli_cold" "$p_best" y
row "**\`geoneeds count-points\`, boundary cache warm** vs PostGIS's best form" "$cli_warm" "$p_best" y
row "**\`geoneeds assess\`** (one level, CSV + GeoJSON + run summary, warm) vs PostGIS's best form" "$cli_assess" "$p_best" y
echo
echo "PostGIS's points stage: COPY and point building $load_points s, the ST_Contains join with GROUP BY $join s;"
echo "the LATERAL form: GiST index of the points $points_index s, one count per LSOA $lateral s ($lateral_disagree LSOAs differ from GROUP BY)."
echo "Per-LSOA counts (\`geoneeds count-points\` against GROUP BY): GeoNeeds placed $geoneeds_total points, PostGIS $postgis_total; $differing LSOAs differ, by $difference points in all"
echo "(ST_Contains leaves a point on a shared boundary in no LSOA; GeoNeeds gives it to the LSOA with the smaller code)."
