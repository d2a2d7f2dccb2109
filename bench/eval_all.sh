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
echo "== events (hand-coded wire news, tests/events/data: sets 1-3, tuned on)"
$DL eval events --gold tests/events/data/t17_check*.jsonl
echo "== events (hand-coded wire news, held-out sets 4-5)"
$DL eval events --gold tests/events/data/t17_holdout*.jsonl
echo "== actors (hand-checked Timeline17 mentions)"
for s in t17_sample t17_heldout t17_fresh; do $DL eval actors --sample "tests/actors/data/$s.tsv"; done
echo "== places (hand-checked Timeline17 samples)"
for s in t17_sample t17_heldout; do $DL eval places --gold "tests/places/data/$s.jsonl"; done
