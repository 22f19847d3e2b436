#!/usr/bin/env bash
# Measure a model bundle on everything we hold out, per source, and write a report folder.
#   bash scripts/evaluate_model.sh [MODEL_DIR] [OUT_DIR]      (defaults: the bundled model, reports/latest)
# Needs the shared corpora (../shared/data or SAFECHAT_DATA) for dev and the real hand-labelled lines.
set -euo pipefail
cd "$(dirname "$0")/.."
MODEL=${1:-}
OUT=${2:-reports/latest}
PY=.venv/bin/python
mkdir -p cache "$OUT"
$PY scripts/resolve_real_lines.py data/real_lines/test_labels.jsonl cache/real_test.jsonl
args=(eval --data "${SAFECHAT_DATA:-../shared/data}"
      --conversations data/conversations/written_test.jsonl
      --messages data/messages/written_test.jsonl
      --messages cache/real_test.jsonl
      --messages data/messages/obfuscated_test.jsonl
      --baseline keywords --out "$OUT" --quiet)
if [ -n "$MODEL" ]; then
  $PY -m safechat --model "$MODEL" "${args[@]}"
else
  $PY -m safechat "${args[@]}"
fi
