#!/usr/bin/env bash
# Measure a model bundle on everything we hold out, per source, and write a report folder.
#   bash scripts/evaluate_model.sh [MODEL_DIR] [OUT_DIR]      (defaults: the bundled model, reports/latest)
# Writes OUT_DIR/metrics.json (records' own times, with the timeline suite) and OUT_DIR/daily/ (daily-paced).
# Needs the shared corpora (../shared/data or SAFECHAT_DATA) for dev and the real hand-labelled lines.
set -euo pipefail
cd "$(dirname "$0")/.."
MODEL=${1:-}
OUT=${2:-reports/latest}
PY=.venv/bin/python
mkdir -p cache "$OUT"
$PY -m training.resolve_real_lines data/real_lines/test_labels.jsonl cache/real_test.jsonl
args=(eval --data "${SAFECHAT_DATA:-../shared/data}"
      --conversations data/conversations/written_test.jsonl
      --messages data/messages/written_test.jsonl
      --messages cache/real_test.jsonl
      --messages data/messages/obfuscated_test.jsonl
      --timelines data/timelines
      --baseline keywords --out "$OUT" --quiet)
# the same conversations replayed daily-paced: sessions of 2-5 contact messages, a day apart
daily=(eval --data "${SAFECHAT_DATA:-../shared/data}"
       --conversations data/conversations/written_test.jsonl
       --pace daily --out "$OUT/daily" --quiet)
model=()
if [ -n "$MODEL" ]; then model=(--model "$MODEL"); fi
$PY -m safechat "${model[@]}" "${args[@]}"
$PY -m safechat "${model[@]}" "${daily[@]}"
