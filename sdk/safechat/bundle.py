"""Reading a model bundle: manifest, format version, sha256 of each file, labels, thresholds.

A bundle is three files: ``manifest.json``, the ONNX graph and ``tokenizer.json``. The manifest
names the other two and carries their sha256 and size, so a missing, truncated, altered or
swapped file fails at load with an error naming it, before anything is half-loaded.

This module knows nothing of onnxruntime; it hands bytes to the runtime.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ModelIntegrityError
from .labels import LABELS
from .pin import PACKAGED_MANIFEST_SHA256
from .policy import Policy

MANIFEST_NAME = "manifest.json"
FORMAT_NAME = "safechat-model"
#: Manifest format versions this release can read.
SUPPORTED_FORMAT_VERSIONS = (1,)
#: Largest file a bundle may hold; guards against loading something absurd by mistake.
MAX_FILE_BYTES = 64 * 1024 * 1024  # bytes
#: The languages a manifest without a "languages" field reads (every model before 1.3.0 was English only).
DEFAULT_LANGUAGES = ("en",)


@dataclass(frozen=True)
class Bundle:
    """A verified model bundle, ready for the runtime."""

    model_bytes: bytes
    tokenizer_bytes: bytes
    labels: tuple[str, ...]
    thresholds: Mapping[str, float]
    max_length: int  # tokens
    policy: Mapping[str, Any] = field(default_factory=dict)
    name: str = "custom"
    version: str = "unversioned"
    manifest: Mapping[str, Any] = field(default_factory=dict)
    #: sha256 (hex) of the manifest's bytes; it pins the other files too (a host can pin this)
    manifest_sha256: str = ""
    languages: tuple[str, ...] = DEFAULT_LANGUAGES  # ISO 639-1 codes of the languages the model reads
    #: the manifest's policy, typed and validated (``policy`` keeps it as written)
    alert_policy: Policy = field(default_factory=Policy)


def default_dir() -> Path:
    """The directory of the model bundled inside the installed package."""
    return Path(str(resources.files("safechat") / "models"))


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def parse_manifest(raw: bytes, name: str = MANIFEST_NAME) -> dict[str, Any]:
    """Parse and validate a manifest; every problem names ``name``."""
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelIntegrityError(name, f"not valid UTF-8 JSON ({exc.__class__.__name__})") from None
    if not isinstance(manifest, dict):
        raise ModelIntegrityError(name, "must hold a JSON object")
    if manifest.get("format") != FORMAT_NAME:
        raise ModelIntegrityError(name, f"format must be {FORMAT_NAME!r}")
    version = manifest.get("format_version")
    if version not in SUPPORTED_FORMAT_VERSIONS:
        raise ModelIntegrityError(
            name,
            f"format_version {version!r} is not supported by this safechat "
            f"(supported: {', '.join(map(str, SUPPORTED_FORMAT_VERSIONS))})",
        )
    labels = manifest.get("labels")
    if labels != list(LABELS):
        raise ModelIntegrityError(
            name, f"labels must be exactly {list(LABELS)} in that order, got {labels!r}"
        )
    thresholds = manifest.get("thresholds")
    if not isinstance(thresholds, dict) or set(thresholds) != set(LABELS):
        raise ModelIntegrityError(name, "thresholds must give one value for every label")
    for label, value in thresholds.items():
        if not isinstance(value, (int, float)) or not 0.0 < float(value) < 1.0 or math.isnan(value):
            raise ModelIntegrityError(name, f"threshold for {label} must be in (0, 1)")
    max_length = manifest.get("max_length")
    if not isinstance(max_length, int) or not 8 <= max_length <= 512:
        raise ModelIntegrityError(name, "max_length must be an int between 8 and 512")
    languages = manifest.get("languages", list(DEFAULT_LANGUAGES))
    if not isinstance(languages, list) or not languages or not all(
            isinstance(x, str) and len(x) == 2 and x.isascii() and x.islower() for x in languages):
        raise ModelIntegrityError(name, "languages must be a non-empty list of ISO 639-1 codes such as \"en\"")
    files = manifest.get("files")
    if not isinstance(files, dict) or not {"model", "tokenizer"} <= set(files):
        raise ModelIntegrityError(name, "files must describe 'model' and 'tokenizer'")
    for role in ("model", "tokenizer"):
        entry = files[role]
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("path"), str)
            and isinstance(entry.get("sha256"), str)
            and isinstance(entry.get("bytes"), int)
        ):
            raise ModelIntegrityError(name, f"files.{role} needs path, sha256 and bytes")
        if "/" in entry["path"] or "\\" in entry["path"] or entry["path"].startswith("."):
            raise ModelIntegrityError(name, f"files.{role}.path must be a plain file name")
    read_policy(manifest, name)
    return manifest


def read_policy(manifest: Mapping[str, Any], name: str = MANIFEST_NAME) -> Policy:
    """The manifest's policy as a :class:`Policy`; a policy outside its schema names ``name``."""
    try:
        return Policy.from_dict(manifest.get("policy", {}))
    except ValueError as exc:
        raise ModelIntegrityError(name, str(exc)) from None


def _check(role: str, filename: str, data: bytes, entry: Mapping[str, Any]) -> None:
    if len(data) != entry["bytes"]:
        kind = "truncated" if len(data) < entry["bytes"] else "longer than expected"
        raise ModelIntegrityError(
            filename, f"{kind}: {len(data)} bytes, manifest says {entry['bytes']}"
        )
    if _sha256(data) != entry["sha256"]:
        raise ModelIntegrityError(filename, f"sha256 does not match the manifest ({role} file altered or swapped)")


def _read(path: Path) -> bytes:
    """A bundle file's bytes: a regular file only (not a FIFO, a device or a folder, also when a
    link points to one), read with a bound; every OS error names the file."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise ModelIntegrityError(path.name, "is not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise ModelIntegrityError(path.name, f"{info.st_size} bytes is larger than the {MAX_FILE_BYTES} allowed")
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ModelIntegrityError(path.name, f"missing (looked in {path.parent})") from None
    except OSError as exc:
        raise ModelIntegrityError(path.name, f"cannot be read ({exc.__class__.__name__})") from None
    if len(data) > MAX_FILE_BYTES:
        raise ModelIntegrityError(path.name, f"larger than the {MAX_FILE_BYTES} bytes allowed")
    return data


def _check_pin(raw: bytes, expected: str | None) -> None:
    """A host-pinned manifest hash: the manifest pins the other files, so this pins the bundle."""
    if expected is None:
        return
    if not isinstance(expected, str):
        raise TypeError(f"manifest_sha256 must be a str of 64 hex digits, not {type(expected).__name__}")
    if len(expected) != 64 or any(c not in "0123456789abcdefABCDEF" for c in expected):
        raise ValueError("manifest_sha256 must be 64 hex digits (the sha256 of manifest.json)")
    if not hmac.compare_digest(_sha256(raw), expected.lower()):
        raise ModelIntegrityError(MANIFEST_NAME, "sha256 does not match the one the host pinned (edited or swapped)")


def load_dir(directory: str | Path | None = None, *, manifest_sha256: str | None = None) -> Bundle:
    """Load and verify the bundle in ``directory`` (the packaged model when None).

    Args:
        manifest_sha256: the sha256 (hex) of manifest.json the host expects; the packaged model
            is always checked against the hash this release pins.

    Raises:
        ModelIntegrityError: a file is missing, altered or truncated, the manifest is invalid, or
            it is not the one pinned.
        TypeError: ``directory`` is not a path.
    """
    packaged = directory is None
    if directory is None:
        directory = default_dir()
    if not isinstance(directory, (str, Path)):
        raise TypeError(f"model_dir must be a str or Path, not {type(directory).__name__}")
    directory = Path(directory)
    manifest_raw = _read(directory / MANIFEST_NAME)
    if packaged and _sha256(manifest_raw) != PACKAGED_MANIFEST_SHA256:
        raise ModelIntegrityError(MANIFEST_NAME, "sha256 does not match the one this release pins (edited or swapped)")
    _check_pin(manifest_raw, manifest_sha256)
    manifest = parse_manifest(manifest_raw)
    files = manifest["files"]
    model_bytes = _read(directory / files["model"]["path"])
    _check("model", files["model"]["path"], model_bytes, files["model"])
    tokenizer_bytes = _read(directory / files["tokenizer"]["path"])
    _check("tokenizer", files["tokenizer"]["path"], tokenizer_bytes, files["tokenizer"])
    return _bundle(manifest, model_bytes, tokenizer_bytes, manifest_raw)


def load_bytes(model_bytes: bytes, tokenizer_bytes: bytes, manifest_bytes: bytes | None = None, *,
               manifest_sha256: str | None = None) -> Bundle:
    """Build a bundle from in-memory files (mobile assets arrive as bytes).

    The files are checked against ``manifest_bytes``. Without one, the bytes must be the bundled
    model's own files (checked against its pinned manifest): a model of unknown origin never loads
    with guessed thresholds.

    Args:
        manifest_sha256: as for :func:`load_dir`.

    Raises:
        TypeError: an argument is not bytes.
        ModelIntegrityError: the bytes do not match the manifest, no manifest was given for a
            model other than the bundled one, or the manifest is not the one pinned.
    """
    for arg, value in (("model_bytes", model_bytes), ("tokenizer_bytes", tokenizer_bytes)):
        if not isinstance(value, (bytes, bytearray, memoryview)):
            raise TypeError(f"{arg} must be bytes, not {type(value).__name__}")
    model_bytes, tokenizer_bytes = bytes(model_bytes), bytes(tokenizer_bytes)
    if manifest_bytes is None:
        raw = _read(default_dir() / MANIFEST_NAME)
        if _sha256(raw) != PACKAGED_MANIFEST_SHA256:
            raise ModelIntegrityError(MANIFEST_NAME, "sha256 does not match the one this release pins (edited or swapped)")
        _check_pin(raw, manifest_sha256)
        manifest = parse_manifest(raw)
        if manifest["files"]["model"]["sha256"] != _sha256(model_bytes):
            raise ModelIntegrityError(MANIFEST_NAME, "is required: these model bytes are not the bundled model's")
    else:
        if not isinstance(manifest_bytes, (bytes, bytearray, memoryview)):
            raise TypeError(f"manifest_bytes must be bytes, not {type(manifest_bytes).__name__}")
        raw = bytes(manifest_bytes)
        _check_pin(raw, manifest_sha256)
        manifest = parse_manifest(raw)
    files = manifest["files"]
    _check("model", files["model"]["path"], model_bytes, files["model"])
    _check("tokenizer", files["tokenizer"]["path"], tokenizer_bytes, files["tokenizer"])
    return _bundle(manifest, model_bytes, tokenizer_bytes, raw)


def _bundle(manifest: dict[str, Any], model_bytes: bytes, tokenizer_bytes: bytes, raw: bytes) -> Bundle:
    return Bundle(
        model_bytes=model_bytes,
        tokenizer_bytes=tokenizer_bytes,
        labels=tuple(manifest["labels"]),
        thresholds={k: float(v) for k, v in manifest["thresholds"].items()},
        max_length=manifest["max_length"],
        policy=dict(manifest.get("policy", {})),
        name=str(manifest.get("name", "custom")),
        version=str(manifest.get("version", "unversioned")),
        manifest=manifest,
        manifest_sha256=_sha256(raw),
        languages=tuple(manifest.get("languages", DEFAULT_LANGUAGES)),
        alert_policy=read_policy(manifest),
    )
