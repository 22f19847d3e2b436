"""Manifest and integrity checks: every bad file fails at load, naming the file."""

from __future__ import annotations

import json
import shutil

import pytest
import safechat
from safechat.bundle import default_dir
from safechat.pin import PACKAGED_MANIFEST_SHA256


@pytest.fixture()
def bundle_copy(tmp_path):
    d = tmp_path / "bundle"
    shutil.copytree(default_dir(), d)
    return d


def test_bundled_manifest_is_consistent():
    m = json.loads((default_dir() / "manifest.json").read_text())
    assert m["format"] == "safechat-model" and m["format_version"] == 1
    assert m["labels"] == list(safechat.LABELS)
    assert set(m["thresholds"]) == set(safechat.LABELS)
    assert {"model", "tokenizer"} <= set(m["files"])


def test_copy_loads(bundle_copy):
    with safechat.Guard(bundle_copy) as g:
        assert g.classify("hi").risk >= 0


@pytest.mark.parametrize("role", ["model", "tokenizer"])
def test_altered_file_fails_naming_it(bundle_copy, role):
    name = json.loads((bundle_copy / "manifest.json").read_text())["files"][role]["path"]
    data = bytearray((bundle_copy / name).read_bytes())
    data[len(data) // 2] ^= 0xFF
    (bundle_copy / name).write_bytes(bytes(data))
    with pytest.raises(safechat.ModelIntegrityError, match=name):
        safechat.Guard(bundle_copy)


@pytest.mark.parametrize("role", ["model", "tokenizer"])
def test_truncated_file_fails_naming_it(bundle_copy, role):
    name = json.loads((bundle_copy / "manifest.json").read_text())["files"][role]["path"]
    data = (bundle_copy / name).read_bytes()
    (bundle_copy / name).write_bytes(data[: len(data) // 3])
    with pytest.raises(safechat.ModelIntegrityError, match=f"{name}.*truncated"):
        safechat.Guard(bundle_copy)


@pytest.mark.parametrize("name", ["model.onnx", "tokenizer.json", "manifest.json"])
def test_missing_file_fails_naming_it(bundle_copy, name):
    (bundle_copy / name).unlink()
    with pytest.raises(safechat.ModelIntegrityError, match=name):
        safechat.Guard(bundle_copy)


def test_swapped_files_fail(bundle_copy):
    model, tok = bundle_copy / "model.onnx", bundle_copy / "tokenizer.json"
    a, b = model.read_bytes(), tok.read_bytes()
    model.write_bytes(b)
    tok.write_bytes(a)
    with pytest.raises(safechat.ModelIntegrityError, match="model.onnx"):
        safechat.Guard(bundle_copy)


@pytest.mark.parametrize(
    "change, match",
    [
        (lambda m: m.update(format_version=99), "format_version"),
        (lambda m: m.update(labels=m["labels"][:-1] + ["bullying"]), "labels"),
        (lambda m: m.update(labels=list(reversed(m["labels"]))), "labels"),
        (lambda m: m["thresholds"].pop("gifts"), "thresholds"),
        (lambda m: m.update(format="other"), "format"),
        (lambda m: m["files"]["model"].update(path="../elsewhere.onnx"), "plain file name"),
        (lambda m: m.update(languages="en"), "languages"),
        (lambda m: m.update(languages=[]), "languages"),
        (lambda m: m.update(languages=["english"]), "languages"),
    ],
)
def test_bad_manifest_fails_naming_it(bundle_copy, change, match):
    path = bundle_copy / "manifest.json"
    m = json.loads(path.read_text())
    change(m)
    path.write_text(json.dumps(m))
    with pytest.raises(safechat.ModelIntegrityError, match=f"manifest.json.*{match}"):
        safechat.Guard(bundle_copy)


def test_manifest_not_json(bundle_copy):
    (bundle_copy / "manifest.json").write_text("{not json")
    with pytest.raises(safechat.ModelIntegrityError, match="manifest.json"):
        safechat.Guard(bundle_copy)


def test_bytes_checked_against_given_manifest():
    d = default_dir()
    model = (d / "model.onnx").read_bytes()
    with pytest.raises(safechat.ModelIntegrityError, match="model.onnx"):
        safechat.Guard(model_bytes=model[:-10], tokenizer_bytes=(d / "tokenizer.json").read_bytes(),
                       manifest_bytes=(d / "manifest.json").read_bytes())


def test_bytes_that_are_not_a_model_fail_clearly():
    with pytest.raises(safechat.ModelIntegrityError):
        safechat.Guard(model_bytes=b"not a model", tokenizer_bytes=b"{}")


# ---- a bundle that cannot be quietly edited, files opened safely --------------------------------


def test_the_packaged_manifest_is_pinned_in_code(bundle_copy, monkeypatch):
    import hashlib

    from safechat import bundle, pin

    assert hashlib.sha256((default_dir() / "manifest.json").read_bytes()).hexdigest() == pin.PACKAGED_MANIFEST_SHA256
    manifest = json.loads((bundle_copy / "manifest.json").read_text())
    manifest["policy"]["act_now_risk_gate"] = {"unknown": 1.0, "known": 1.0, "family": 1.0}  # silences act-now
    manifest["policy"]["act_now_thresholds"] = dict.fromkeys(manifest["policy"]["act_now_thresholds"], 0.9999)
    (bundle_copy / "manifest.json").write_text(json.dumps(manifest))
    monkeypatch.setattr(bundle, "default_dir", lambda: bundle_copy)
    with pytest.raises(safechat.ModelIntegrityError, match="manifest.json"):
        safechat.Guard()  # the packaged model, with only its manifest edited


def test_model_bytes_of_unknown_origin_need_a_manifest():
    d = default_dir()
    model = bytearray((d / "model.onnx").read_bytes())
    model[len(model) // 2] ^= 0x01  # one flipped bit
    with pytest.raises(safechat.ModelIntegrityError, match="manifest.json"):
        safechat.Guard(model_bytes=bytes(model), tokenizer_bytes=(d / "tokenizer.json").read_bytes())


@pytest.mark.parametrize("key, value", [
    ("act_now_risk_gate", 2), ("risk_ema", 0), ("fatigue_hours", -1), ("memory_days", 1),
    ("expire_days", float("nan")), ("presence_floor", "high"), ("conversation_weights", {"nonsense": 1.0}),
    ("act_now_thresholds", {"flattery": 0.5}), ("ungated", {"unknown": ["secrecy"]}), ("surprise", 1),
    ("pattern_min_labels", 0),
])
def test_a_bad_policy_fails_at_load_naming_the_manifest(bundle_copy, key, value):
    manifest = json.loads((bundle_copy / "manifest.json").read_text())
    manifest["policy"][key] = value
    (bundle_copy / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(safechat.ModelIntegrityError, match=f"manifest.json.*policy.{key}"):
        safechat.Guard(bundle_copy)


def test_special_files_fail_fast_naming_the_file(bundle_copy):
    import os

    (bundle_copy / "manifest.json").unlink()
    os.mkfifo(bundle_copy / "manifest.json")  # opening a FIFO would hang the load
    with pytest.raises(safechat.ModelIntegrityError, match="manifest.json.*not a regular file"):
        safechat.Guard(bundle_copy)
    (bundle_copy / "manifest.json").unlink()
    (bundle_copy / "manifest.json").mkdir()
    with pytest.raises(safechat.ModelIntegrityError, match="manifest.json.*not a regular file"):
        safechat.Guard(bundle_copy)
    (bundle_copy / "manifest.json").rmdir()
    shutil.copy(default_dir() / "manifest.json", bundle_copy / "manifest.json")
    (bundle_copy / "tokenizer.json").unlink()
    (bundle_copy / "tokenizer.json").symlink_to("/dev/zero")  # would read until memory runs out
    with pytest.raises(safechat.ModelIntegrityError, match="tokenizer.json.*not a regular file"):
        safechat.Guard(bundle_copy)


def test_a_host_can_pin_the_bundle_it_delivers(bundle_copy):
    import hashlib

    raw = (bundle_copy / "manifest.json").read_bytes()
    pin = hashlib.sha256(raw).hexdigest()
    guard = safechat.Guard(model_dir=bundle_copy, manifest_sha256=pin.upper())
    assert guard.bundle.manifest_sha256 == pin
    guard.close()
    # a manifest edited to silence alerts loads as a custom bundle, but not against the host's pin
    manifest = json.loads(raw)
    manifest["policy"]["act_now_thresholds"] = {label: 1.0 for label in manifest["policy"]["act_now_thresholds"]}
    (bundle_copy / "manifest.json").write_text(json.dumps(manifest))
    safechat.Guard(model_dir=bundle_copy).close()
    with pytest.raises(safechat.ModelIntegrityError, match="host pinned"):
        safechat.Guard(model_dir=bundle_copy, manifest_sha256=pin)
    files = {name: (bundle_copy / name).read_bytes() for name in ("model.onnx", "tokenizer.json", "manifest.json")}
    with pytest.raises(safechat.ModelIntegrityError, match="host pinned"):
        safechat.Guard(model_bytes=files["model.onnx"], tokenizer_bytes=files["tokenizer.json"],
                       manifest_bytes=files["manifest.json"], manifest_sha256=pin)
    with pytest.raises(ValueError, match="64 hex"):
        safechat.Guard(model_dir=bundle_copy, manifest_sha256="abc")
    with pytest.raises(TypeError):
        safechat.Guard(model_dir=bundle_copy, manifest_sha256=b"0" * 64)  # type: ignore[arg-type]
    # the packaged model, loaded from bytes without a manifest, honours a pin too
    packaged = default_dir()
    model, tok = (packaged / "model.onnx").read_bytes(), (packaged / "tokenizer.json").read_bytes()
    with pytest.raises(safechat.ModelIntegrityError, match="host pinned"):
        safechat.Guard(model_bytes=model, tokenizer_bytes=tok, manifest_sha256="0" * 64)
    with safechat.Guard(model_bytes=model, tokenizer_bytes=tok, manifest_sha256=PACKAGED_MANIFEST_SHA256):
        pass


def test_the_manifest_says_what_the_model_reads(bundle_copy):
    """The bundled model reads English only, and says so; a manifest without the field (models
    before it) is read as English only too."""
    m = json.loads((default_dir() / "manifest.json").read_text())
    assert m["languages"] == ["en"]
    with safechat.Guard() as g:
        assert g.bundle.languages == ("en",)
    path = bundle_copy / "manifest.json"
    m.pop("languages")
    path.write_text(json.dumps(m))
    with safechat.Guard(bundle_copy) as g:
        assert g.bundle.languages == ("en",)
