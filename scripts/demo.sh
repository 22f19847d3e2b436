#!/usr/bin/env bash
# The safechat demo messenger: set up .venv with the demo extra (Kivy) and run it.
#   bash scripts/demo.sh                       # open the messenger (needs a display)
#   bash scripts/demo.sh --age 8 --country US  # any arguments go to `python -m demo_app`
#   bash scripts/demo.sh screens               # regenerate docs/screens/*.png offscreen
# Headless runs need no display, only Mesa's software OpenGL (see docs/DEMO.md).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -c "import kivy, safechat" 2>/dev/null || .venv/bin/python -m pip install -q -e ".[demo]"

if [ "${1:-}" != "screens" ]; then
    exec .venv/bin/python -m demo_app "$@"
fi

# -- screens: the docs' screenshots, the real bundled model first ------------------------------
OUT=docs/screens
SCALE=1  # pixel density of the PNGs: 420 x 860, modest files
mkdir -p "$OUT"
rm -f "$OUT"/*.png  # only what this run draws stays
SOURCES=$(mktemp)  # "| file | guard | arguments |" rows, written into docs/DEMO.md at the end
ERR=$(mktemp)
trap 'rm -f "$ERR" "$SOURCES"' EXIT

shot() {  # shot NAME ARGS...: the real model; the scripted guard only if the model shows no such warning
    local name=$1; shift
    if .venv/bin/python -m demo_app --headless --scale "$SCALE" --screenshot "$OUT/$name.png" "$@" >/dev/null 2>"$ERR"; then
        echo "| [$name.png](screens/$name.png) | real bundled model | \`$*\` |" >> "$SOURCES"
    elif grep -q "raised no" "$ERR"; then
        .venv/bin/python -m demo_app --headless --scale "$SCALE" --screenshot "$OUT/$name.png" --fake-guard "$@" >/dev/null
        echo "| [$name.png](screens/$name.png) | scripted guard (\`--fake-guard\`) | \`$*\` |" >> "$SOURCES"
    else
        cat "$ERR" >&2
        return 1
    fi
}

shot chat-list --prefill
shot chat --scenario coach
shot profile --screen profile --age 14 --country GB
shot pattern-card-10-12-GB --scenario groomer --until pattern --age 11 --country GB
shot pattern-card-7-9-US --scenario groomer --until pattern --age 8 --country US
shot act-now-13-15-GB --scenario groomer --until act_now --age 14 --country GB
shot talk-draft-13-15-GB --scenario groomer --until act_now --press talk --age 14 --country GB
shot report-preview-16-17-GB --scenario groomer --until act_now --press report --age 16 --country GB
# the right law and help for each country: the crisis flow at every band, the 16-17 act-now sheet
# (its reason states the country's law) and the help screen (call, text, chat where offered)
for country in GB US AU; do
    for age in 8 11 14 16 none; do
        case $age in 8) band=7-9 ;; 11) band=10-12 ;; 14) band=13-15 ;; 16) band=16-17 ;; none) band=default ;; esac
        shot "crisis-$band-$country" --scenario sextortion --until crisis --age "$age" --country "$country"
    done
    shot "act-now-16-17-$country" --scenario groomer --until act_now --age 16 --country "$country"
    shot "get-help-13-15-$country" --scenario sextortion --until crisis --press help --age 14 --country "$country"
done
# Which guard drew each screen goes into docs/DEMO.md, between its "screens" markers.
.venv/bin/python - "$SOURCES" <<'PY'
import sys
from pathlib import Path

rows = Path(sys.argv[1]).read_text().strip()
doc = Path("docs/DEMO.md")
text = doc.read_text()
start, end = "<!-- screens:start -->", "<!-- screens:end -->"
head, rest = text.split(start, 1)
table = "| screen | guard | arguments |\n|---|---|---|\n" + rows
doc.write_text(head + start + "\n" + table + "\n" + end + rest.split(end, 1)[1])
print(table)
PY
