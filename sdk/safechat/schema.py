"""A small JSON Schema validator for the SDK's own data files (no dependency).

It reads the subset of JSON Schema (draft 2020-12) that ``schemas/*.schema.json`` use: ``type``
(one or a list), ``const``, ``enum``, ``properties``, ``required``, ``additionalProperties``
(false or a schema), ``patternProperties``, ``minProperties``, ``items``, ``minItems``,
``uniqueItems``, ``minLength``, ``pattern``, ``minimum``, ``maximum``, ``oneOf`` and local
``$ref`` ("#/$defs/name"). Anything else in a schema is an error, so a schema cannot silently
ask for a check this module does not make.

The copy and helpline files are validated with it in the tests, and a host's own files when it
registers them (:func:`safechat.register_copy`, :func:`safechat.register_helplines`).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

_KNOWN = frozenset({
    "$schema", "$id", "$defs", "title", "description", "$ref", "type", "const", "enum", "properties",
    "required", "additionalProperties", "patternProperties", "minProperties", "items", "minItems",
    "uniqueItems", "minLength", "pattern", "minimum", "maximum", "oneOf",
})
_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


class SchemaError(ValueError):
    """A document does not match its schema; the message names the first place that is wrong."""


@lru_cache(maxsize=4)
def load_schema(name: str) -> dict[str, Any]:
    """A schema shipped with the SDK: "helplines" or "copy"."""
    raw = resources.files("safechat").joinpath("schemas", f"{name}.schema.json").read_text(encoding="utf-8")
    return json.loads(raw)


def validate(document: Any, schema: dict[str, Any]) -> None:
    """Check ``document`` against ``schema``.

    Raises:
        SchemaError: naming the JSON path of the first problem and the rule it breaks.
    """
    _check(document, schema, schema, "$")


def _resolve(ref: str, root: dict[str, Any]) -> dict[str, Any]:
    if not ref.startswith("#/$defs/"):
        raise SchemaError(f"only local $ref '#/$defs/...' is supported, not {ref!r}")
    return root["$defs"][ref[len("#/$defs/"):]]


def _check(value: Any, schema: dict[str, Any], root: dict[str, Any], path: str) -> None:
    unknown = set(schema) - _KNOWN
    if unknown:
        raise SchemaError(f"schema at {path} uses {sorted(unknown)}, which this validator does not check")
    if "$ref" in schema:
        _check(value, _resolve(schema["$ref"], root), root, path)
    if "oneOf" in schema:
        passed = 0
        for option in schema["oneOf"]:
            try:
                _check(value, option, root, path)
                passed += 1
            except SchemaError:
                pass
        if passed != 1:
            raise SchemaError(f"{path}: must match exactly one of {len(schema['oneOf'])} forms (matches {passed})")
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_TYPES[t](value) for t in types):
            raise SchemaError(f"{path}: must be {' or '.join(types)}, not {type(value).__name__}")
    if "const" in schema and value != schema["const"]:
        raise SchemaError(f"{path}: must be {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        raise SchemaError(f"{path}: must be one of {schema['enum']}")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            raise SchemaError(f"{path}: must be at least {schema['minLength']} characters")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            raise SchemaError(f"{path}: {value!r} does not match {schema['pattern']}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            raise SchemaError(f"{path}: must be at least {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            raise SchemaError(f"{path}: must be at most {schema['maximum']}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            raise SchemaError(f"{path}: needs at least {schema['minItems']} items")
        if schema.get("uniqueItems") and len({json.dumps(v, sort_keys=True) for v in value}) != len(value):
            raise SchemaError(f"{path}: items must be unique")
        if "items" in schema:
            for i, item in enumerate(value):
                _check(item, schema["items"], root, f"{path}[{i}]")
    if isinstance(value, dict):
        _check_object(value, schema, root, path)


def _check_object(value: dict[str, Any], schema: dict[str, Any], root: dict[str, Any], path: str) -> None:
    if len(value) < schema.get("minProperties", 0):
        raise SchemaError(f"{path}: needs at least {schema['minProperties']} entries")
    for key in schema.get("required", ()):
        if key not in value:
            raise SchemaError(f"{path}: missing {key!r}")
    properties = schema.get("properties", {})
    patterns = schema.get("patternProperties", {})
    extra = schema.get("additionalProperties", True)
    for key, item in value.items():
        where = f"{path}.{key}"
        matched = False
        if key in properties:
            _check(item, properties[key], root, where)
            matched = True
        for pattern, sub in patterns.items():
            if re.search(pattern, key):
                _check(item, sub, root, where)
                matched = True
        if not matched:
            if extra is False:
                raise SchemaError(f"{path}: {key!r} is not a known field")
            if isinstance(extra, dict):
                _check(item, extra, root, where)
