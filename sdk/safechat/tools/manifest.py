"""Writing a model bundle's ``manifest.json``, at training time (the runtime only reads bundles).

The manifest names the model and tokenizer files with their sha256 and size, the labels, the
calibrated thresholds and the conversation policy; :func:`write_manifest` checks it reads back
through the runtime's own :func:`safechat.bundle.parse_manifest` before writing it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..bundle import DEFAULT_LANGUAGES, FORMAT_NAME, MANIFEST_NAME, SUPPORTED_FORMAT_VERSIONS, parse_manifest
from ..labels import LABELS


def write_manifest(
    directory: str | Path,
    *,
    model_file: str,
    tokenizer_file: str,
    thresholds: Mapping[str, float],
    max_length: int,
    policy: Mapping[str, Any],
    name: str,
    version: str,
    languages: tuple[str, ...] = DEFAULT_LANGUAGES,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Write ``manifest.json`` for files already in ``directory`` (used by the training scripts).

    ``languages`` names what the model was trained to read (ISO 639-1); the SDK reports messages
    in other languages as not read (see :mod:`safechat.language`)."""
    directory = Path(directory)
    files = {}
    for role, filename in (("model", model_file), ("tokenizer", tokenizer_file)):
        data = (directory / filename).read_bytes()
        files[role] = {"path": filename, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
    manifest: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": SUPPORTED_FORMAT_VERSIONS[-1],
        "name": name,
        "version": version,
        "labels": list(LABELS),
        "thresholds": {label: round(float(thresholds[label]), 4) for label in LABELS},
        "max_length": max_length,
        "languages": list(languages),
        "files": files,
        "policy": dict(policy),
    }
    if extra:
        manifest.update(extra)
    parse_manifest(json.dumps(manifest).encode())  # never write a manifest we could not read
    (directory / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest
