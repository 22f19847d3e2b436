#!/usr/bin/env bash
# Rebuild the shipped model from scratch, measure it and refresh its model card: one command.
#   bash scripts/build_model.sh [--data PATH]     (default data: ../shared/data or SAFECHAT_DATA)
# About 35 minutes on a 2-core machine with an empty cache/ (the teacher's work is cached there).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
[ -x "$PY" ] || { echo "run bash scripts/test.sh first to set up .venv" >&2; exit 2; }
if [ "${1:-}" = "--data" ]; then export SAFECHAT_DATA=$2; fi
$PY -m training.datagen.messages
$PY -m training.datagen.conversations
$PY -m training.train ${SAFECHAT_DATA:+--data "$SAFECHAT_DATA"}
bash scripts/evaluate_model.sh "" reports/latest
$PY -m safechat bench --json > reports/latest/bench.json
$PY -m training.model_card reports/latest/metrics.json --bench reports/latest/bench.json \
  --daily reports/latest/daily/metrics.json \
  --previous docs/figures/eval_metrics_v1.2.0.json --previous-name "v1.2.0 (previous)" \
  --previous-daily docs/figures/paced_v1.2.0.json --previous-timelines docs/figures/timelines_v1.2.0.json
