"""Write a software bill of materials for safechat's runtime dependency closure (docs/PRIVACY.md, promise 8).

    .venv/bin/python scripts/sbom.py reports/sbom.json

It walks `importlib.metadata` from the installed `safechat` distribution through every runtime
requirement (extras left out, environment markers evaluated for this interpreter and platform)
and writes a CycloneDX 1.5 JSON document: each component's name, version, licence and purl, the
dependency graph, and for every requirement whether the installed version meets the declared range
(the offline half of a pip-audit: vulnerability lookups need a network, so they are not done here).
No timestamps or serial numbers: the same environment gives byte-identical output. Stdlib only.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

# ---- defaults ------------------------------------------------------------------------------
ROOT_DISTRIBUTION = "safechat"
SPEC_VERSION = "1.5"  # CycloneDX
MAX_LICENSE_CHARS = 120  # a "License" field longer than this is a whole licence text, not a name

_NAME = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$")
_SPEC = re.compile(r"(~=|===|==|!=|<=|>=|<|>)\s*([^\s,;]+)")
_MARKER_TOKEN = re.compile(r"\s*(\(|\)|===|==|!=|<=|>=|~=|<|>|not\s+in\b|in\b|and\b|or\b|'[^']*'|\"[^\"]*\"|[A-Za-z_.]+)")
_VERSION_KEYS = {"python_version", "python_full_version", "implementation_version", "platform_release"}


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def version_key(version: str) -> tuple[int, ...]:
    """Release numbers only ("1.24.0rc1" -> (1, 24, 0)); enough to check declared ranges."""
    m = re.match(r"\s*v?(\d+(?:\.\d+)*)", version)
    parts = [int(x) for x in m.group(1).split(".")] if m else [0]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def compare(left: str, op: str, right: str, as_version: bool) -> bool:
    if op in ("in", "not in"):
        return (left in right) == (op == "in")
    if op == "===":
        return left == right
    if not as_version:
        if op in ("==", "!="):
            return (left == right) == (op == "==")
        as_version = True
    a, b = version_key(left), version_key(right)
    if right.endswith(".*") and op in ("==", "!="):
        prefix = version_key(right[:-2])
        return (a[: len(prefix)] == prefix) == (op == "==")
    if op == "~=":
        upper = version_key(right)[:-1] or b
        return a >= b and a[: len(upper)] == upper
    return {"==": a == b, "!=": a != b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


def environment(extra: str = "") -> dict[str, str]:
    info = sys.implementation.version
    return {
        "python_version": f"{sys.version_info.major}.{sys.version_info.minor}",
        "python_full_version": platform.python_version(),
        "os_name": os.name,
        "sys_platform": sys.platform,
        "platform_machine": platform.machine(),
        "platform_system": platform.system(),
        "platform_release": platform.release(),
        "platform_python_implementation": platform.python_implementation(),
        "implementation_name": sys.implementation.name,
        "implementation_version": f"{info.major}.{info.minor}.{info.micro}",
        "extra": extra,
    }


def marker_holds(marker: str, env: dict[str, str]) -> bool:
    """Evaluate a PEP 508 environment marker (no eval: a small recursive-descent parser)."""
    tokens = []
    pos = 0
    while pos < len(marker.rstrip()):
        m = _MARKER_TOKEN.match(marker, pos)
        if not m:
            raise ValueError(f"cannot read marker {marker!r}")
        tokens.append(re.sub(r"\s+", " ", m.group(1)))
        pos = m.end()
    tokens.append("")

    def value(tok: str) -> tuple[str, bool]:
        if tok[:1] in "'\"":
            return tok[1:-1], False
        return env.get(tok, ""), tok in _VERSION_KEYS

    def atom(i: int) -> tuple[bool, int]:
        if tokens[i] == "(":
            result, i = either(i + 1)
            return result, i + 1  # the ")"
        (left, lv), op, (right, rv) = value(tokens[i]), tokens[i + 1], value(tokens[i + 2])
        if "extra" in (tokens[i], tokens[i + 2]):  # extra names compare normalised
            left, right = canonical(left), canonical(right)
        return compare(left, op, right, lv or rv), i + 3

    def both(i: int) -> tuple[bool, int]:
        result, i = atom(i)
        while tokens[i] == "and":
            other, i = atom(i + 1)
            result = result and other
        return result, i

    def either(i: int) -> tuple[bool, int]:
        result, i = both(i)
        while tokens[i] == "or":
            other, i = both(i + 1)
            result = result or other
        return result, i

    return either(0)[0]


@dataclass(frozen=True)
class Requirement:
    name: str
    specifier: str  # as declared, e.g. ">=1.17"
    marker: str

    @classmethod
    def parse(cls, text: str) -> Requirement:
        body, _, marker = text.partition(";")
        m = _NAME.match(body)
        if not m:
            raise ValueError(f"cannot read requirement {text!r}")
        spec = m.group(3).strip().strip("()")
        return cls(canonical(m.group(1)), spec, marker.strip())

    def satisfied_by(self, version: str) -> bool:
        return all(compare(version, op, v, True) for op, v in _SPEC.findall(self.specifier))


def licence(dist: metadata.Distribution) -> dict:
    md = dist.metadata
    expression = md.get("License-Expression")
    if expression:
        return {"expression": expression.strip()}
    text = (md.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= MAX_LICENSE_CHARS and text.upper() != "UNKNOWN":
        return {"license": {"name": text}}
    classifiers = [c.split(" :: ")[-1] for c in md.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return {"license": {"name": " OR ".join(sorted(set(classifiers)))}}
    return {"license": {"name": "NOASSERTION"}}


def closure(root: str) -> tuple[dict[str, metadata.Distribution], dict[str, list[dict]], list[str]]:
    """Every runtime distribution reachable from ``root``, its edges, and requirements not installed."""
    found: dict[str, metadata.Distribution] = {}
    edges: dict[str, list[dict]] = {}
    missing: list[str] = []
    todo = [canonical(root)]
    while todo:
        name = todo.pop()
        if name in found:
            continue
        dist = metadata.distribution(name)
        found[name] = dist
        edges[name] = []
        for text in dist.requires or []:
            req = Requirement.parse(text)
            if req.marker and not marker_holds(req.marker, environment()):
                continue  # an extra, or a marker that does not hold here
            try:
                installed = metadata.version(req.name)
            except metadata.PackageNotFoundError:
                missing.append(f"{name} needs {text}")
                continue
            edges[name].append({"name": req.name, "declared": req.specifier or "any",
                                "installed": installed, "satisfied": req.satisfied_by(installed)})
            todo.append(req.name)
    return found, edges, missing


def purl(dist: metadata.Distribution) -> str:
    return f"pkg:pypi/{canonical(dist.metadata['Name'])}@{dist.version}"


def bom(root: str) -> dict:
    found, edges, missing = closure(root)
    root_name = canonical(root)

    def component(name: str) -> dict:
        dist = found[name]
        return {"type": "library", "bom-ref": purl(dist), "name": dist.metadata["Name"], "version": dist.version,
                "purl": purl(dist), "licenses": [licence(dist)]}

    components = [component(n) for n in sorted(found) if n != root_name]
    for c, name in zip(components, [n for n in sorted(found) if n != root_name]):
        needed_by = sorted(f"{p} ({e['declared']})"
                           for p, es in edges.items() for e in es if e["name"] == name)
        ok = all(e["satisfied"] for es in edges.values() for e in es if e["name"] == name)
        c["properties"] = [{"name": "safechat:required-by", "value": ", ".join(needed_by)},
                           {"name": "safechat:declared-range-satisfied", "value": str(ok).lower()}]
    return {
        "bomFormat": "CycloneDX",
        "specVersion": SPEC_VERSION,
        "version": 1,
        "metadata": {
            "component": component(root_name),
            "tools": {"components": [{"type": "application", "name": "safechat scripts/sbom.py"}]},
            "properties": [{"name": "safechat:python", "value": platform.python_version()},
                           {"name": "safechat:platform", "value": f"{sys.platform}-{platform.machine()}"},
                           {"name": "safechat:not-installed", "value": "; ".join(sorted(missing)) or "none"}],
        },
        "components": components,
        "dependencies": [{"ref": purl(found[n]), "dependsOn": sorted(purl(found[e["name"]]) for e in edges[n])}
                         for n in sorted(found)],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description="Write safechat's runtime SBOM (CycloneDX JSON).")
    ap.add_argument("output", type=Path, help="where to write the SBOM, e.g. reports/sbom.json")
    ap.add_argument("--root", default=ROOT_DISTRIBUTION, help="the distribution to start from (default %(default)s)")
    args = ap.parse_args()
    try:
        doc = bom(args.root)
    except metadata.PackageNotFoundError as exc:
        print(f"sbom: {exc.args[0] if exc.args else args.root} is not installed in this environment", file=sys.stderr)
        return 2
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(doc, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    unmet = [c["name"] for c in doc["components"]
             if {"name": "safechat:declared-range-satisfied", "value": "false"} in c["properties"]]
    print(f"sbom: {len(doc['components'])} components -> {args.output}"
          + (f" (declared range not met: {', '.join(unmet)})" if unmet else ""))
    return 1 if unmet else 0


if __name__ == "__main__":
    raise SystemExit(main())
