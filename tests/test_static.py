"""Static promises over the SDK source, read with `ast` (one check also runs a fresh interpreter).

The runtime is what a host ships: the modules directly in sdk/safechat/. The console tools live in
sdk/safechat/tools/, a subpackage the runtime never imports. The promises:

- no networking module is imported anywhere in sdk/, runtime or tools (promise 1);
- nothing deserialises or executes input: no pickle, marshal, shelve, eval, exec, yaml or dynamic
  imports anywhere; the runtime starts no process at all, and the tools only in one reviewed
  function that runs this same Python on a file of the package (promise 8);
- the runtime writes no files and prints nothing, with no exception; the tools write files only
  in reviewed functions (reports and plots in a folder the developer names, a model manifest at
  training time) and may print (scores, ids, counts and file names; promise 8);
- logging and warnings, if ever added, carry constant text only, runtime and tools (promise 2);
- the runtime never imports the tools, and onnxruntime only in runtime.py;
- the runtime dependencies are the reviewed three (promise 1, dependency audit).

Run: .venv/bin/python -m pytest -q tests/test_static.py
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SDK = ROOT / "sdk" / "safechat"
TOOLS = SDK / "tools"

# ---- defaults ------------------------------------------------------------------------------
# Top-level modules that open connections, resolve names or drive other programs that can.
NETWORK_MODULES = frozenset({
    "socket", "_socket", "ssl", "_ssl", "select", "selectors", "socketserver", "asyncio",
    "urllib", "http", "ftplib", "smtplib", "poplib", "imaplib", "nntplib", "telnetlib", "xmlrpc",
    "webbrowser", "multiprocessing", "requests", "httpx", "httpx2", "httpcore", "aiohttp", "urllib3",
    "websocket", "websockets", "grpc", "paramiko", "pycurl", "zmq", "huggingface_hub", "boto3",
})
# Modules that deserialise into live objects or run code / programs.
UNSAFE_MODULES = frozenset({
    "pickle", "_pickle", "cPickle", "dill", "cloudpickle", "joblib", "marshal", "shelve", "yaml",
    "subprocess", "pty", "ctypes", "code", "codeop", "runpy", "torch",
})
# Tool functions allowed to start a process, with the reason; each call must run this same Python
# (sys.executable) with an argument list, never a shell. The runtime has no entry here.
SUBPROCESS_ALLOWLIST = {
    ("tools.bench.processes", "run_worker"): "`safechat bench` times cold start and peak memory in fresh "
    "interpreters running the package's worker file",
}
UNSAFE_BUILTINS = frozenset({"eval", "exec", "compile", "__import__", "breakpoint", "input"})
# obj.attr(...) calls that load remote or untrusted things whatever the object is.
UNSAFE_ATTR_CALLS = frozenset({
    "from_pretrained", "from_url", "hf_hub_download", "snapshot_download", "urlopen", "urlretrieve",
    "system", "popen", "execv", "execve", "execvp", "spawnv", "spawnl", "posix_spawn", "import_module",
    "unsafe_load", "full_load",
})
# Calls that create or change files on disk.
# (str.replace and dict.copy share names with file operations, so those count only on os/shutil.)
WRITE_ATTR_CALLS = frozenset({
    "write_text", "write_bytes", "touch", "mkdir", "makedirs", "mkstemp", "mkdtemp", "NamedTemporaryFile",
    "TemporaryFile", "copyfile", "copy2", "copytree", "rename", "symlink_to", "hardlink_to", "chmod",
    "savefig", "to_csv", "tofile", "save", "savez", "dump",
})
OS_WRITE_CALLS = frozenset({
    "write", "replace", "rename", "renames", "remove", "unlink", "mkdir", "makedirs", "symlink", "link",
    "chmod", "truncate", "ftruncate", "mkfifo",
})
# Tool (module, function) pairs allowed to write files, with the reason. Anything new must be
# reviewed: user-derived data must be written with private permissions (0600), and never message
# text. The runtime has no entry here.
WRITE_ALLOWLIST = {
    ("tools.manifest", "write_manifest"): "writes a model bundle's manifest.json at training time; no user data",
    ("tools.evaluate.command", "run"): "`safechat eval --out DIR`: aggregate metrics for developers, in a folder they name",
    ("tools.evaluate.plots", "plot"): "`safechat eval --out DIR`: metric plots for developers, in a folder they name",
    ("tools.authors", "main"): "`python -m safechat.tools.authors --json FILE`: per-author figures and chat ids, no text",
}
# The runtime module that may import onnxruntime (the tools' reference model is the competitor
# `safechat bench --against minilm` measures, not safechat's backend).
ONNXRUNTIME_MODULE = "runtime"
# Runtime dependencies reviewed for import-time network behaviour (see test_privacy.py).
REVIEWED_DEPENDENCIES = frozenset({"onnxruntime", "tokenizers", "numpy"})


@dataclass(frozen=True)
class Finding:
    module: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"sdk/safechat/{self.module.replace('.', '/')}.py:{self.line}: {self.what}"


def _parse(paths: list[Path]) -> list[tuple[str, ast.Module]]:
    out = []
    for path in sorted(paths):
        name = path.relative_to(SDK).with_suffix("").as_posix().replace("/", ".")
        out.append((name, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))))
    return out


# module names relative to sdk/safechat: "guard", "__main__"; "tools.cli", "tools.bench.worker"
RUNTIME = _parse(list(SDK.glob("*.py")))
TOOL_SOURCES = _parse(list(TOOLS.rglob("*.py")))


def _everything() -> list[tuple[str, ast.Module]]:
    """Runtime and tools (read at call time, so a planted module is seen)."""
    return RUNTIME + TOOL_SOURCES


def _imports(tree: ast.Module) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def _enclosing_functions(tree: ast.Module) -> dict[int, str]:
    """Map each node id to the name of the outermost function that holds it."""
    owner: dict[int, str] = {}
    for top in ast.walk(tree):
        if isinstance(top, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for node in ast.walk(top):
                owner.setdefault(id(node), top.name)
    return owner


def _call_name(call: ast.Call) -> tuple[str | None, str | None]:
    """(base name, attribute) of a call: open(...) -> ("open", None); a.b(...) -> ("a", "b")."""
    f = call.func
    if isinstance(f, ast.Name):
        return f.id, None
    if isinstance(f, ast.Attribute):
        base = f.value.id if isinstance(f.value, ast.Name) else None
        return base, f.attr
    return None, None


def _constant_str(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _open_mode(call: ast.Call, builtin: bool) -> str | None:
    """The mode of an open() call when it is a literal; "r" when left out; None when not literal."""
    for kw in call.keywords:
        if kw.arg == "mode":
            return _constant_str(kw.value)
    position = 1 if builtin else 0
    if len(call.args) > position:
        return _constant_str(call.args[position])
    return "r"


# ---- tests ----------------------------------------------------------------------------------


def test_sources_are_found():
    runtime = {name for name, _ in RUNTIME}
    tools = {name for name, _ in TOOL_SOURCES}
    assert {"guard", "conversation", "alerts", "bundle", "runtime", "normalize", "labels", "__main__"} <= runtime
    assert {"tools.cli", "tools.corpus", "tools.metrics", "tools.evaluate.run", "tools.bench.worker"} <= tools
    assert not any(name.startswith("tools") for name in runtime)
    # every allowlist names tool functions only: the runtime's promises hold without exception
    assert all(module in tools for module, _ in SUBPROCESS_ALLOWLIST)
    assert all(module in tools for module, _ in WRITE_ALLOWLIST)


def test_no_networking_module_is_imported():
    findings = [
        Finding(name, line, f"imports {module}")
        for name, tree in _everything()
        for line, module in _imports(tree)
        if module.split(".")[0] in NETWORK_MODULES
    ]
    assert not findings, "networking code in the SDK:\n" + "\n".join(map(str, findings))


def test_no_unsafe_deserialisation_or_code_execution():
    findings = []
    may_spawn = {module for module, _ in SUBPROCESS_ALLOWLIST}
    for name, tree in _everything():
        findings += [Finding(name, line, f"imports {m}") for line, m in _imports(tree)
                     if m.split(".")[0] in UNSAFE_MODULES and not (m == "subprocess" and name in may_spawn)]
        owner = _enclosing_functions(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            base, attr = _call_name(node)
            if base == "subprocess":
                first = node.args[0] if node.args else None
                runs_python = (isinstance(first, ast.List) and first.elts and ast.unparse(first.elts[0]) == "sys.executable")
                shell = any(kw.arg == "shell" for kw in node.keywords)
                if (name, owner.get(id(node))) not in SUBPROCESS_ALLOWLIST or not runs_python or shell:
                    findings.append(Finding(name, node.lineno, f"subprocess.{attr}() outside the reviewed use"))
            if attr is None and base in UNSAFE_BUILTINS:
                findings.append(Finding(name, node.lineno, f"calls {base}()"))
            if attr in UNSAFE_ATTR_CALLS:
                findings.append(Finding(name, node.lineno, f"calls .{attr}()"))
            if attr == "load" and base in {"yaml", "pickle", "marshal", "np", "numpy", "torch"}:
                findings.append(Finding(name, node.lineno, f"calls {base}.load()"))
            if any(kw.arg == "allow_pickle" for kw in node.keywords):
                findings.append(Finding(name, node.lineno, "passes allow_pickle"))
    assert not findings, "unsafe input handling in the SDK:\n" + "\n".join(map(str, findings))


def _file_writes(sources: list[tuple[str, ast.Module]]) -> list[tuple[str, str | None, Finding]]:
    """(module, enclosing function, finding) for every call that may create or change a file."""
    found = []
    for name, tree in sources:
        owner = _enclosing_functions(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            base, attr = _call_name(node)
            what = None
            if attr is None and base == "open":
                mode = _open_mode(node, builtin=True)
            elif attr == "open" and base == "os":
                mode = None  # os.open flags: always reviewed
            elif attr == "open":
                # gzip.open(path, mode) and friends take the mode second; Path.open(mode) first
                mode = _open_mode(node, builtin=base in {"gzip", "bz2", "lzma", "io", "codecs", "tarfile", "zipfile"})
            else:
                mode = "r"
            if mode is None or set(mode) & set("wax+"):
                what = f"{base + '.' if attr and base else ''}{attr or base}(mode={mode!r})"
            elif attr in WRITE_ATTR_CALLS or base in {"shutil", "tempfile"} or (base == "os" and attr in OS_WRITE_CALLS):
                what = f".{attr}()"
            if what:
                function = owner.get(id(node))
                found.append((name, function, Finding(name, node.lineno, f"{what} in {function or '<module>'}")))
    return found


def test_the_runtime_writes_no_files():
    findings = [finding for _, _, finding in _file_writes(RUNTIME)]
    assert not findings, (
        "the runtime writes files (it must not: a host's app decides what is stored; tools may, in "
        "sdk/safechat/tools/):\n" + "\n".join(map(str, findings))
    )


def test_the_tools_write_files_only_where_reviewed():
    findings = [finding for name, function, finding in _file_writes(TOOL_SOURCES)
                if (name, function) not in WRITE_ALLOWLIST]
    assert not findings, (
        "the tools write files outside the reviewed allowlist (write user data with 0600 permissions, never "
        "message text, then add the function to WRITE_ALLOWLIST with a reason):\n" + "\n".join(map(str, findings))
    )


# Method names that log, whatever the object (self.log, a bound logger, structlog, loguru...).
LOG_METHODS = frozenset({"debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log",
                         "trace", "success", "msg"})
# Objects whose same-named methods are not logging (math.log, np.log, argparse's parser.error).
NOT_LOGGERS = frozenset({"math", "np", "numpy", "cmath", "parser"})
# Stream objects: writing to them prints, wherever it is written from.
STREAMS = frozenset({"stdout", "stderr", "__stdout__", "__stderr__"})


def _chain(node: ast.expr) -> list[str]:
    """The names of an attribute chain: self.log.debug -> ["self", "log", "debug"]."""
    out: list[str] = []
    while isinstance(node, ast.Attribute):
        out.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        out.append(node.id)
    elif isinstance(node, ast.Call):
        out += _chain(node.func)
    return out[::-1]


def test_the_runtime_prints_nothing():
    findings = []
    for name, tree in RUNTIME:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            base, attr = _call_name(node)
            if attr is None and base == "print":
                findings.append(Finding(name, node.lineno, "print()"))
            chain = _chain(node.func)
            if any(part in STREAMS for part in chain[:-1]) or chain[:2] == ["os", "write"] \
                    or chain[-1:] in (["print_exc"], ["print_exception"], ["print_stack"]):
                findings.append(Finding(name, node.lineno, ".".join(chain) + "()"))
    assert not findings, "the runtime prints (only the console in sdk/safechat/tools/ may):\n" + "\n".join(
        map(str, findings))


def test_logging_and_warnings_carry_constant_text():
    findings = []
    for name, tree in _everything():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            base, attr = _call_name(node)
            chain = _chain(node.func)
            is_log = isinstance(node.func, ast.Attribute) and chain[-1] in LOG_METHODS \
                and not (len(chain) == 2 and chain[0] in NOT_LOGGERS)
            is_warn = (base, attr) in {("warnings", "warn"), ("warn", None)}
            if is_log or is_warn:
                args = node.args[1:] if chain[-1] == "log" else node.args
                values = args + [k.value for k in node.keywords]
                if not args or any(_constant_str(a) is None for a in values):
                    findings.append(Finding(name, node.lineno, "logging/warning with non-constant content"))
    assert not findings, "possible content in logs:\n" + "\n".join(map(str, findings))


def _imports_of_tools(name: str, tree: ast.Module) -> list[int]:
    """Lines where runtime module ``name`` imports the tools package (relatively or absolutely)."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            lines += [node.lineno for alias in node.names if alias.name.startswith("safechat.tools")]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level == 0:
                hit = module == "safechat.tools" or module.startswith("safechat.tools.") or (
                    module == "safechat" and any(a.name == "tools" for a in node.names))
            else:  # runtime modules sit in sdk/safechat/: one dot is the package itself
                hit = node.level == 1 and (module == "tools" or module.startswith("tools.") or (
                    not module and any(a.name == "tools" for a in node.names)))
            if hit:
                lines.append(node.lineno)
    return lines


def test_the_runtime_never_imports_the_tools():
    """Only `python -m safechat` (__main__, the console's entry point, never imported by
    `import safechat`) reaches into the tools."""
    findings = [Finding(name, line, "imports safechat.tools")
                for name, tree in RUNTIME if name != "__main__"
                for line in _imports_of_tools(name, tree)]
    assert not findings, "the runtime imports the console tools:\n" + "\n".join(map(str, findings))


def test_the_public_api_loads_no_tool_module():
    """The same promise at run time, in a fresh interpreter: the whole public path, no tools."""
    program = (
        "import sys, safechat\n"
        "with safechat.Guard() as guard:\n"
        "    guard.classify('hello there')\n"
        "    chat = guard.conversation(child_age=13)\n"
        "    chat.send('hi', at=1.7e9)\n"
        "    chat.receive('what school do you go to?', at=1.7e9 + 60)\n"
        "    chat.to_bytes(unauthenticated=True)\n"
        "print(sorted(m for m in sys.modules if m.startswith('safechat.tools')))\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120, check=False,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr
    loaded = done.stdout.strip().splitlines()[-1]
    assert loaded == "[]", loaded


def test_only_the_runtime_module_imports_onnxruntime():
    findings = [Finding(name, line, "imports onnxruntime")
                for name, tree in RUNTIME if name != ONNXRUNTIME_MODULE
                for line, module in _imports(tree) if module.split(".")[0] == "onnxruntime"]
    assert not findings, "onnxruntime outside runtime.py:\n" + "\n".join(map(str, findings))


def test_runtime_dependencies_are_the_reviewed_ones():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = set()
    for requirement in project["dependencies"]:
        head = requirement.split(";")[0].strip()
        for stop in "<>=!~[ ":
            head = head.split(stop)[0]
        names.add(head.lower().replace("_", "-"))
    assert names == REVIEWED_DEPENDENCIES, (
        f"runtime dependencies changed to {sorted(names)}: audit the new ones for network use at import "
        "(tests/test_privacy.py::test_dependencies_open_no_socket_at_import) and update REVIEWED_DEPENDENCIES"
    )


@pytest.mark.parametrize(
    "where, snippet, test",
    [
        ("runtime", "import socket\n", test_no_networking_module_is_imported),
        ("tools", "from urllib.request import urlopen\n", test_no_networking_module_is_imported),
        ("runtime", "import pickle\n", test_no_unsafe_deserialisation_or_code_execution),
        ("runtime", "def f(x):\n    return eval(x)\n", test_no_unsafe_deserialisation_or_code_execution),
        ("tools", "import subprocess\ndef run_worker(c):\n    subprocess.run(c, shell=True)\n",
         test_no_unsafe_deserialisation_or_code_execution),
        ("runtime", "import subprocess, sys\ndef run_worker(c):\n    subprocess.run([sys.executable, c])\n",
         test_no_unsafe_deserialisation_or_code_execution),
        ("runtime", "def f(t):\n    return t.from_pretrained('x')\n", test_no_unsafe_deserialisation_or_code_execution),
        ("runtime", "def write_manifest(p, s):\n    open(p, 'w').write(s)\n", test_the_runtime_writes_no_files),
        ("runtime", "def f(p, s):\n    p.write_text(s)\n", test_the_runtime_writes_no_files),
        ("tools", "def f(p, s):\n    p.write_text(s)\n", test_the_tools_write_files_only_where_reviewed),
        ("runtime", "def f(text):\n    print(text)\n", test_the_runtime_prints_nothing),
        ("runtime", "import sys\ndef f(n):\n    sys.stderr.write(str(n))\n", test_the_runtime_prints_nothing),
        ("runtime", "import os\ndef f(text):\n    os.write(2, text.encode())\n", test_the_runtime_prints_nothing),
        ("runtime", "import traceback\ndef f():\n    traceback.print_exc()\n", test_the_runtime_prints_nothing),
        ("runtime", "class A:\n    def f(self, text):\n        self.log.debug(text)\n",
         test_logging_and_warnings_carry_constant_text),
        ("tools", "class A:\n    def f(self, text):\n        self._events.info('seen', extra={'t': text})\n",
         test_logging_and_warnings_carry_constant_text),
        ("tools", "import logging\ndef f(text):\n    logging.debug('got %s', text)\n",
         test_logging_and_warnings_carry_constant_text),
        ("runtime", "import logging\ndef f(text):\n    logging.getLogger('x').info(f'got {text}')\n",
         test_logging_and_warnings_carry_constant_text),
        ("runtime", "from .tools import cli\n", test_the_runtime_never_imports_the_tools),
        ("runtime", "from safechat.tools.corpus import events\n", test_the_runtime_never_imports_the_tools),
        ("runtime", "import onnxruntime\n", test_only_the_runtime_module_imports_onnxruntime),
    ],
)
def test_each_static_check_catches_a_planted_violation(monkeypatch, where, snippet, test):
    """The checks are not vacuous: a planted violation in an in-memory module turns each one red."""
    if where == "runtime":
        monkeypatch.setitem(globals(), "RUNTIME", RUNTIME + [("planted", ast.parse(snippet))])
    else:
        monkeypatch.setitem(globals(), "TOOL_SOURCES", TOOL_SOURCES + [("tools.planted", ast.parse(snippet))])
    with pytest.raises(AssertionError, match="planted"):
        test()


# ---- supply chain: the SBOM script -----------------------------------------------------------


def _sbom_module():
    import importlib.util
    import sys

    if "safechat_sbom" not in sys.modules:
        spec = importlib.util.spec_from_file_location("safechat_sbom", ROOT / "scripts" / "sbom.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["safechat_sbom"] = module  # dataclasses look their module up here
        spec.loader.exec_module(module)
    return sys.modules["safechat_sbom"]


def test_sbom_lists_the_runtime_closure_with_versions_and_licences(tmp_path):
    import subprocess
    import sys
    from importlib import metadata

    outputs = []
    for name in ("a.json", "b.json"):
        proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "sbom.py"), str(tmp_path / name)],
                              capture_output=True, text=True, timeout=120, check=False)
        assert proc.returncode == 0, proc.stderr
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1], "the SBOM must be deterministic"
    doc = json.loads(outputs[0])
    assert doc["bomFormat"] == "CycloneDX" and doc["metadata"]["component"]["name"] == "safechat"
    components = {c["name"].lower().replace("_", "-"): c for c in doc["components"]}
    for name in REVIEWED_DEPENDENCIES:
        assert components[name]["version"] == metadata.version(name)
        assert components[name]["purl"] == f"pkg:pypi/{name}@{metadata.version(name)}"
    for c in doc["components"]:
        assert c["name"] and c["version"] and c["licenses"], c
        assert {"name": "safechat:declared-range-satisfied", "value": "true"} in c["properties"], c["name"]
    assert not {"pytest", "hypothesis", "ruff", "torch", "matplotlib", "kivy"} & set(components)  # extras stay out
    refs = {c["bom-ref"] for c in doc["components"]} | {doc["metadata"]["component"]["bom-ref"]}
    assert all(d["ref"] in refs and set(d["dependsOn"]) <= refs for d in doc["dependencies"])


@pytest.mark.parametrize(
    "marker, env, expected",
    [
        ('python_version < "3.11"', {"python_version": "3.11"}, False),
        ('python_version >= "3.9" and sys_platform == "linux"', {"python_version": "3.11", "sys_platform": "linux"}, True),
        ('extra == "dev"', {"extra": ""}, False),
        ('platform_machine == "arm64" or (os_name == "posix" and python_full_version ~= "3.11.2")',
         {"platform_machine": "x86_64", "os_name": "posix", "python_full_version": "3.11.7"}, True),
        ('"linux" in sys_platform', {"sys_platform": "linux"}, True),
        ('python_version < "3.15" and extra == "testing"', {"python_version": "3.11", "extra": ""}, False),
    ],
)
def test_sbom_marker_evaluation(marker, env, expected):
    assert _sbom_module().marker_holds(marker, env) is expected
