#!/usr/bin/env bash
# Every accuracy figure in the README, from the dev data in ../shared/data.
set -euo pipefail
cd "$(dirname "$0")/.."
D="${DATELINE_SHARED:-../shared}/data"
DL=.venv/bin/dateline
echo "== time (TempEval-3 scoring)";   $DL eval time --gold "$D/timex/timebank.jsonl" --gold "$D/timex/aquaint.jsonl"
echo "== actors (PLOVER gold)";        $DL eval actors --gold "$D/events/plover_gsr_dev.jsonl"
echo "== places: LGL";                 $DL eval places --gold "$D/geo/lgl.jsonl"
echo "== places: GeoVirus";            $DL eval places --gold "$D/geo/geovirus.jsonl"
echo "== events (PLOVER gold)";        $DL eval events --gold "$D/events/plover_gsr_dev.jsonl"
echo "== events (hand-coded wire news, tests/events/data)"
$DL eval events --gold tests/events/data/t17_check*.jsonl
