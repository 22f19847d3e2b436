"""`safechat bench` smoke runs: tiny counts, the JSON structure, never a timing."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest
from safechat.bundle import default_dir
from safechat.tools import corpus
from safechat.tools.bench import processes, reference, timing, worker, workload
from safechat.tools.cli import main

TINY = ["--count", "12", "--warmup", "3", "--cold-runs", "1", "--rss-count", "12", "--json"]


@pytest.fixture
def conversations(tmp_path: Path) -> Path:
    rows = [
        {"id": f"c{i}", "source": "tiny", "label": "normal", "target_author": "a",
         "messages": [{"author": "a" if j % 2 == 0 else "b", "text": f"message {j} of chat {i}"} for j in range(8)]}
        for i in range(3)
    ]
    path = tmp_path / "tiny.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _check_side(side: dict) -> None:
    assert set(side["latency_us"]) == set(timing.STAGES)
    for stage in timing.STAGES:
        assert set(side["latency_us"][stage]) == {"p50", "p95", "p99", "mean"}
        assert 0 < side["latency_us"][stage]["p50"] <= side["latency_us"][stage]["p99"]
    assert set(side["cold_start_ms"]) == {"import", "import_load", "first_result", "process", "runs"}
    assert side["files_bytes"] > 0
    rss = side["peak_rss_mb"]
    if rss is not None:  # None only where getrusage is missing
        assert rss["messages"] == 12 and rss["peak"] >= rss["after_load"] > 0


def test_bench_json_structure(conversations, capsys):
    assert main(["bench", "--data", str(conversations), *TINY]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["format"] == "safechat-bench"
    assert {"cpu", "cores", "python", "onnxruntime"} <= set(report["machine"])
    assert report["workload"]["origin"] == "shared data (tiny.jsonl)"
    assert report["workload"]["messages"] == 12
    _check_side(report["safechat"])
    assert set(report["safechat"]["throughput_msgs_per_s"]) == {"threads_1", "threads_2", "ort_threads_2"}
    assert "model.onnx" in report["model"]["files"] and "manifest.json" in report["model"]["files"]
    budgets = {b["budget"]: b for b in report["budgets"]}
    assert set(budgets) == {"latency_p50", "latency_p99", "peak_rss", "cold_start", "model_files"}
    assert budgets["peak_rss"]["pass"] is None  # 12 messages is not the budget's 10,000
    assert all(b["pass"] in (True, False) for k, b in budgets.items() if k != "peak_rss")
    assert "reference" not in report


def test_builtin_lines_when_no_data(monkeypatch):
    monkeypatch.setattr(corpus, "shared_data_dir", lambda: None)
    w = workload.load_workload(None, 60, seed=1)
    assert w.origin == "built-in lines" and w.count == 60
    assert w.head(10).count == 10
    assert w.conversations == workload.load_workload(None, 60, seed=1).conversations  # seeded


def test_against_without_reference_says_how_to_build_it(tmp_path, capsys):
    assert main(["bench", "--against", "minilm", "--reference-dir", str(tmp_path / "none"), *TINY]) == 2
    assert "training.export_reference" in capsys.readouterr().err


def _tiny_reference(directory: Path) -> None:
    """A stand-in for all-MiniLM: ids and mask in, a 4-wide 'embedding' out (mean of ids)."""
    onnx = pytest.importorskip("onnx")
    from onnx import TensorProto, helper

    directory.mkdir()
    nodes = [
        helper.make_node("Cast", ["input_ids"], ["ids_f"], to=TensorProto.FLOAT),
        helper.make_node("Cast", ["attention_mask"], ["mask_f"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["ids_f", "mask_f"], ["masked"]),
        helper.make_node("ReduceMean", ["masked"], ["mean"], axes=[1], keepdims=1),
        helper.make_node("Mul", ["mean", "scale"], ["embedding"]),
    ]
    graph = helper.make_graph(
        nodes, "tiny_reference",
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["b", "t"]),
         helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["b", "t"])],
        [helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["b", 4])],
        [helper.make_tensor("scale", TensorProto.FLOAT, [1, 4], [1e-4, -1e-4, 2e-4, 0.0])],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    onnx.save(model, str(directory / reference.REFERENCE_MODEL))
    (directory / reference.REFERENCE_TOKENIZER).write_bytes((default_dir() / "tokenizer.json").read_bytes())


def test_against_reference_reports_ratios(conversations, tmp_path, capsys):
    ref = tmp_path / "ref"
    _tiny_reference(ref)
    assert main(["bench", "--data", str(conversations), "--against", "minilm", "--reference-dir", str(ref), *TINY]) == 0
    report = json.loads(capsys.readouterr().out)
    _check_side(report["reference"])
    assert set(report["ratios"]) == {"latency_p50", "latency_p99", "inference_p50", "cold_start", "peak_rss", "size"}
    assert all(v is None or v > 0 for v in report["ratios"].values())


def test_readable_table(conversations, capsys):
    args = [a for a in TINY if a != "--json"]
    assert main(["bench", "--data", str(conversations), *args]) == 0
    out = capsys.readouterr().out
    assert "end to end (receive) p99" in out and "budgets" in out and "machine:" in out
    assert "message 0 of chat" not in out


def test_the_worker_imports_nothing_before_its_clock_starts():
    """The worker runs by its path in a fresh interpreter; a module imported at its top would be
    loaded before cold start is timed and make `import safechat` look cheaper than it is."""
    tree = ast.parse(Path(worker.__file__).read_text(encoding="utf-8"))
    top = {alias.name for node in tree.body if isinstance(node, ast.Import) for alias in node.names}
    top |= {node.module for node in tree.body if isinstance(node, ast.ImportFrom)}
    assert top <= {"__future__", "json", "sys", "time"}, top


def test_the_worker_runs_by_its_path_and_refuses_an_unknown_job():
    result, wall = processes.run_worker("cold-safechat", "")
    assert set(result) == {"import", "import_load", "first_result"} and 0 < result["import"] <= result["import_load"]
    assert wall > 0
    with pytest.raises(ValueError, match="unknown worker job"):
        processes.run_worker("nonsense", "")
    done = subprocess.run([sys.executable, "-P", str(processes.WORKER), "nonsense"], capture_output=True, text=True,
                          env=processes.worker_env(), timeout=60, check=False)
    assert done.returncode == 2 and "usage" in done.stderr
