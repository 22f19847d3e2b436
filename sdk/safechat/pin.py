"""The sha256 of the packaged model's manifest.json, pinned in code (written by training.train).

The manifest pins the model and tokenizer files by their sha256; this pins the manifest itself,
so editing only manifest.json (a gate, a threshold) cannot quietly change what the packaged
model warns about.
"""

PACKAGED_MANIFEST_SHA256 = "3df146ffb803f8e961cd21db23c818c165e7a952f29234f34e433fc91cb0d2b9"
