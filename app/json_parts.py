"""Answers as JSON bytes through orjson, with the parts answers share serialised once.

An answer is mostly parts that depend only on the rules version and the treaty or state — citations, the
domestic steps, the engine's trace, the treaty's and the state's references — built once and shared read-only
by every answer that contains them (:func:`shared`). Their JSON is kept beside them and spliced into each
answer as an :class:`orjson.Fragment`; the rest of the answer (dates, status, conditions, notes) is written
by orjson from the models' fields. The bytes are the same as pydantic's ``model_dump_json()`` (the models
declare no custom serialisers; tests/api/test_json_parts.py compares the two on every kind of answer).

A :class:`Run` is a tuple of shared parts that many answers list in a row (an answer plan's trace, citations,
domestic steps): its JSON is joined once, and :func:`spliced` writes it in one piece into a list that starts
with exactly those parts (the same objects), where orjson would call back into Python once a part.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Mapping
from dataclasses import dataclass
from threading import Lock
from typing import Any, TypeVar

import orjson
from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)

# id(model) -> (model, its JSON), the oldest eighth forgotten first past MAX_PARTS (a forgotten part is written out
# in full again). The model is held, so its id cannot be reused while the entry lives: an id found in _FRAGMENTS
# (the same keys, the JSON as an orjson fragment) is the part's own. Plain dicts: answers read them on every model
# they hold, without a lock (a dict read is atomic in CPython); the lock guards writes.
MAX_PARTS = 65_536
_PARTS: dict[int, tuple[BaseModel, bytes]] = {}
_FRAGMENTS: dict[int, orjson.Fragment] = {}
_LOCK = Lock()


def shared(model: M) -> M:
    """Mark ``model`` as a part built once and never changed again: its JSON is written once, here."""
    written = model.__pydantic_serializer__.to_json(model)
    with _LOCK:
        if len(_PARTS) >= MAX_PARTS:  # the oldest eighth, as app/memo.py's caches; each fragment before its
            oldest = list(itertools.islice(_PARTS, MAX_PARTS // 8))  # model, so a fragment's model is always held
            for key in oldest:
                _FRAGMENTS.pop(key, None)
            for key in oldest:
                del _PARTS[key]
        _FRAGMENTS[id(model)] = orjson.Fragment(written)  # before the model is held: read only once it is
        _PARTS[id(model)] = (model, written)
    return model


def _fields(value: Any) -> Any:
    fragment = _FRAGMENTS.get(id(value))  # one dictionary read (no check-then-read an eviction could split)
    if fragment is not None:
        return fragment
    if isinstance(value, BaseModel):
        return value.__dict__  # the fields, in declaration order (extra fields are forbidden)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def dumps(model: BaseModel) -> bytes:
    """``model.model_dump_json().encode()``, with shared parts spliced in as written once."""
    return orjson.dumps(model, default=_fields)


@dataclass(frozen=True)
class Run:
    """Shared parts listed in a row, and their JSON joined by commas (None for no parts)."""

    parts: tuple[BaseModel, ...]
    json: orjson.Fragment | None


def run_of(parts: tuple[BaseModel, ...]) -> Run:
    """A run of parts already shared (:func:`shared`: never changed again), its JSON written once, here."""
    return Run(parts, orjson.Fragment(b",".join(dumps(part) for part in parts)) if parts else None)


def spliced(values: list[Any], run: Run) -> list[Any]:
    """``values`` as written: when they start with ``run``'s very parts (the same objects, in order), those
    parts as the run's JSON in one piece, then the rest; otherwise ``values`` as they are."""
    count = len(run.parts)
    if not count or len(values) < count or not all(map(operator.is_, values, run.parts)):
        return values
    return [run.json, *values[count:]]


def dumps_fields(fields: Mapping[str, Any], runs: Mapping[str, Run]) -> bytes:
    """A model's JSON from its ``fields`` (in the model's order: as :func:`dumps` writes the model), each list
    named in ``runs`` written through :func:`spliced` with its run."""
    written = dict(fields)
    for name, run in runs.items():
        written[name] = spliced(written[name], run)
    return orjson.dumps(written, default=_fields)


def changed_parts() -> list[BaseModel]:
    """Shared parts whose JSON is no longer what was written (a part changed after it was shared: a bug)."""
    with _LOCK:
        parts = list(_PARTS.values())
    return [model for model, written in parts if model.__pydantic_serializer__.to_json(model) != written]
