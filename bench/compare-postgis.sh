#!/usr/bin/env bash
# GeoNeeds against PostGIS on the same national join, in the same run.
#
#   bench/compare-postgis.sh [ROWS]        (default 1000000; run as root or as a user who can run postgres)
#
# Installs Debian's PostgreSQL and PostGIS if missing, starts a private cluster on a Unix socket in a temp
# folder (no TCP), loads the 34,753 LSOAs of ../shared/data/boundaries/ew_lsoa11_generalised.geojson.gz (invalid
# ones made valid, as GeoNeeds repairs them) with a GiST index, COPYs the synthetic police.uk points, and counts
# them per LSOA with ST_Contains and GROUP BY. GeoNeeds runs the same polygons and points through
# `GeoNeeds.Bench run --path engine`. Prints one table (stage, GeoNeeds s, PostGIS s, ratio) and how far the
# per-LSOA counts agree. The cluster is stopped and the temp folder removed on exit, whatever happens.
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
chmod -R a+rX "$tmp/geoneeds"

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

sql "CREATE UNLOGGED TABLE geoneeds_counts (code text, n bigint);
     COPY geoneeds_counts FROM '$tmp/geoneeds/lsoa-counts-unsuppressed.csv' WITH (FORMAT csv, HEADER true);"
agreement=$(sql "SELECT count(*) FILTER (WHERE coalesce(g.n, 0) <> coalesce(p.n, 0)) || ' ' ||
                        coalesce(sum(abs(coalesce(g.n, 0) - coalesce(p.n, 0))), 0) || ' ' || coalesce(sum(g.n), 0) || ' ' || coalesce(sum(p.n), 0)
                   FROM geoneeds_counts g FULL JOIN postgis_counts p USING (code);")
read -r differing difference geoneeds_total postgis_total <<<"$agreement"

stage() { python3 -c "import json,sys; d=json.loads(sys.argv[1]); print(d['Stages'].get(sys.argv[2], 0))" "$geoneeds" "$1"; }
g_polygons=$(stage boundaries); g_index=$(stage index); g_join=$(stage "parse+join")
g_total=$(add "$(add "$g_polygons" "$g_index")" "$g_join"); p_points_join=$(add "$load_points" "$join")
p_total=$(add "$(add "$load_polygons" "$index")" "$p_points_join")
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
row "GeoNeeds process start → LSOA and LAD tables written" "$g_wall" 0 n
echo
echo "PostGIS's points stage: COPY and point building $load_points s, the ST_Contains join with GROUP BY $join s."
echo "Per-LSOA counts: GeoNeeds placed $geoneeds_total points, PostGIS $postgis_total; $differing LSOAs differ, by $difference points in all"
echo "(ST_Contains leaves a point on a shared boundary in no LSOA; GeoNeeds gives it to the LSOA with the smaller code)."
