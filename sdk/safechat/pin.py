"""The sha256 of the packaged model's manifest.json, pinned in code (written by scripts/train.py).

The manifest pins the model and tokenizer files by their sha256; this pins the manifest itself,
so editing only manifest.json (a gate, a threshold) cannot quietly change what the packaged
model warns about.
"""

PACKAGED_MANIFEST_SHA256 = "00046d9eaeff9669e0795100b5ad0f34ccf7a42eb7db6ba895a5d6c9a9fd2909"
