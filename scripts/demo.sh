#!/usr/bin/env bash
# Command one: set up, then ingest the bundled example articles (and the seed article when
# ../shared is beside the checkout) into an embedded DuckDB store and print what was found.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
DB="${DATELINE_DB:-dateline.duckdb}"
inputs=(examples/articles)
[ -f ../shared/examples/seed.txt ] && inputs+=(../shared/examples/seed.txt)
status=0
.venv/bin/dateline ingest "${inputs[@]}" --db "$DB" || status=$?
echo
.venv/bin/dateline events --db "$DB"
echo
echo "Scheduled next (status planned):"
.venv/bin/dateline events --db "$DB" --status planned
exit "$status"
