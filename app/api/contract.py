"""The published OpenAPI document (``openapi/v1.json``) and the check that keeps generated clients working.

:func:`compare` walks the published and the current document side by side, from every operation into its
parameters, request bodies and responses (following ``$ref`` into the components), and lists each change.
A change is *breaking* when a client built from the published document can fail against the new one:

- a path or an operation removed, a success response or a media type removed;
- a response field removed, or one that was always sent now optional; a request field removed;
- a field or parameter made required (or a new required one);
- a type narrowed where clients send it (request) or widened where they read it (response, e.g. nullable);
  a format changed; a request constraint tightened (pattern, lengths, bounds);
- an enum value removed (anywhere), a union variant no longer accepted in a request.

Additions (paths, operations, optional fields, response fields, enum values) are not breaking. A breaking
change is *released* only when the API version (``API_VERSION`` in ``app/api/openapi.py``) is above the
published one and CHANGELOG.md has a section for that version naming each broken item. No maintained diff
tool installs here for OpenAPI 3.1 (oasdiff is not packaged for PyPI, npm or Debian; the npm
``openapi-diff`` refuses 3.1 documents), hence this small comparison, tested in ``tests/contract/``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = ROOT / "openapi" / "v1.json"
CHANGELOG = ROOT / "CHANGELOG.md"
UPDATE_COMMAND = "make openapi"
"""Publishes the current document as the snapshot (``python -m app openapi update``); refuses unreleased breaks."""

Direction = Literal["request", "response"]
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TIGHTER = {"maxLength": min, "maxItems": min, "maximum": min, "minLength": max, "minItems": max, "minimum": max}


@dataclass(frozen=True)
class Change:
    """One difference between the published and the current document."""

    breaking: bool
    subject: str
    """What it is about, as CHANGELOG.md must name it: ``GET /v1/x``, ``Effective.date``, ``listTreaties?q``."""
    message: str
    where: str = ""
    """One operation (and response) that shows it."""

    def __str__(self) -> str:
        return f"{self.message} ({self.where})" if self.where else self.message


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _covers(wide: set[str], narrow: set[str]) -> bool:
    """Every value of a type in ``narrow`` is allowed by ``wide`` (an integer is a number; "any" allows all)."""
    return "any" in wide or all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


class _Comparison:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.changes: dict[tuple[bool, str, str], Change] = {}
        self.seen: set[tuple[str, str, Direction]] = set()
        self.depth = 0

    # --- helpers ---------------------------------------------------------------------------------

    def add(self, breaking: bool, subject: str, message: str, where: str) -> None:
        self.changes.setdefault((breaking, subject, message), Change(breaking, subject, message, where))

    @staticmethod
    def resolve(document: dict[str, Any], schema: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
        name = None
        for _ in range(20):  # a $ref to a $ref: follow a few, never loop
            ref = schema.get("$ref")
            if not isinstance(ref, str) or not ref.startswith("#/components/schemas/"):
                break
            name = ref.rsplit("/", 1)[1]
            schema = document.get("components", {}).get("schemas", {}).get(name, {})
        return name, schema

    def branches(self, schema: dict[str, Any]) -> list[dict[str, Any]] | None:
        union = schema.get("anyOf") or schema.get("oneOf")
        return list(union) if isinstance(union, list) else None

    def types(self, document: dict[str, Any], schema: dict[str, Any], depth: int = 0) -> set[str]:
        _, schema = self.resolve(document, schema)
        if "const" in schema:
            return {_json_type(schema["const"])}
        if "enum" in schema:
            return {_json_type(v) for v in schema["enum"]}
        kind = schema.get("type")
        if isinstance(kind, str):
            return {kind}
        if isinstance(kind, list):
            return set(kind)
        union = self.branches(schema) or schema.get("allOf")
        if union and depth < 10:
            return set().union(*(self.types(document, b, depth + 1) for b in union))
        return {"object"} if "properties" in schema else {"any"}

    def enum(self, document: dict[str, Any], schema: dict[str, Any]) -> set[Any] | None:
        """The values a schema allows, when it is a closed set (enum, const, or a union of those and null)."""
        _, schema = self.resolve(document, schema)
        if "const" in schema:
            return {schema["const"]}
        if "enum" in schema:
            return set(schema["enum"])
        union = self.branches(schema)
        if union is None:
            return None
        values: set[Any] = set()
        for branch in union:
            if self.types(document, branch) == {"null"}:
                continue
            allowed = self.enum(document, branch)
            if allowed is None:
                return None
            values |= allowed
        return values

    def formats(self, document: dict[str, Any], schema: dict[str, Any]) -> dict[str, str | None]:
        _, schema = self.resolve(document, schema)
        union = self.branches(schema)
        if union is None:
            kind = schema.get("type")
            return {kind: schema.get("format")} if isinstance(kind, str) else {}
        found: dict[str, str | None] = {}
        for branch in union:
            found.update(self.formats(document, branch))
        return found

    # --- schemas ---------------------------------------------------------------------------------

    def schema(self, old: dict[str, Any], new: dict[str, Any], direction: Direction, owner: str, where: str) -> None:
        """Compare what a client sends (request) or reads (response) at ``owner`` (``Model.field``)."""
        if self.depth > 60:  # a recursive union: what lies below was compared on the way down
            return
        self.depth += 1
        try:
            self._schema(old, new, direction, owner, where)
        finally:
            self.depth -= 1

    def _schema(self, old: dict[str, Any], new: dict[str, Any], direction: Direction, owner: str, where: str) -> None:
        old_types, new_types = self.types(self.old, old), self.types(self.new, new)
        if direction == "request" and not _covers(new_types, old_types):
            lost = sorted(old_types - new_types)
            self.add(True, owner, f"`{owner}` no longer accepts {', '.join(lost)} (type narrowed)", where)
        if direction == "response" and not _covers(old_types, new_types):
            extra = sorted(new_types - old_types)
            self.add(True, owner, f"`{owner}` may now be {', '.join(extra)} in a response (type widened)", where)
        self.enums(old, new, direction, owner, where)
        old_formats, new_formats = self.formats(self.old, old), self.formats(self.new, new)
        for kind in old_formats.keys() & new_formats.keys():
            if old_formats[kind] != new_formats[kind]:
                was, now = old_formats[kind] or "any", new_formats[kind] or "any"
                self.add(True, owner, f"`{owner}` format changed from {was} to {now}", where)
        if self.branches(self.resolve(self.old, old)[1]) is not None or self.branches(self.resolve(self.new, new)[1]):
            self.unions(old, new, direction, owner, where)
            return
        old_name, old_body = self.resolve(self.old, old)
        new_name, new_body = self.resolve(self.new, new)
        if old_name and new_name:
            if (old_name, new_name, direction) in self.seen:
                return
            self.seen.add((old_name, new_name, direction))
            owner = old_name
        if direction == "request":
            self.constraints(old_body, new_body, owner, where)
        self.objects(old_body, new_body, direction, owner, where)
        if isinstance(old_body.get("items"), dict) and isinstance(new_body.get("items"), dict):
            self.schema(old_body["items"], new_body["items"], direction, f"{owner}[]", where)

    def enums(self, old: dict[str, Any], new: dict[str, Any], direction: Direction, owner: str, where: str) -> None:
        old_values, new_values = self.enum(self.old, old), self.enum(self.new, new)
        if old_values is not None and new_values is not None:
            for value in sorted(old_values - new_values, key=str):
                self.add(True, owner, f"enum value {value!r} removed from `{owner}`", where)
            for value in sorted(new_values - old_values, key=str):
                self.add(False, owner, f"enum value {value!r} added to `{owner}`", where)
        elif old_values is None and new_values is not None and direction == "request":
            self.add(True, owner, f"`{owner}` now only accepts {sorted(new_values, key=str)}", where)

    def constraints(self, old: dict[str, Any], new: dict[str, Any], owner: str, where: str) -> None:
        for key, tighter in _TIGHTER.items():
            if key in new and (key not in old or tighter(old[key], new[key]) == new[key] != old[key]):
                self.add(True, owner, f"`{owner}` {key} tightened to {new[key]}", where)
        if "pattern" in new and new.get("pattern") != old.get("pattern"):
            self.add(True, owner, f"`{owner}` must now match {new['pattern']!r}", where)

    def objects(self, old: dict[str, Any], new: dict[str, Any], direction: Direction, owner: str, where: str) -> None:
        old_fields, new_fields = old.get("properties") or {}, new.get("properties") or {}
        old_required, new_required = set(old.get("required") or ()), set(new.get("required") or ())
        for name, schema in old_fields.items():
            field = f"{owner}.{name}"
            if name not in new_fields:
                self.add(True, field, f"{direction} field `{field}` removed", where)
                continue
            if direction == "response" and name in old_required and name not in new_required:
                self.add(True, field, f"response field `{field}` may now be absent (no longer required)", where)
            if direction == "request" and name in new_required and name not in old_required:
                self.add(True, field, f"request field `{field}` made required", where)
            self.schema(schema, new_fields[name], direction, field, where)
        for name in new_fields.keys() - old_fields.keys():
            field = f"{owner}.{name}"
            if direction == "request" and name in new_required:
                self.add(True, field, f"new request field `{field}` is required", where)
            else:
                self.add(False, field, f"{direction} field `{field}` added", where)
        old_extra, new_extra = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(old_extra, dict) and isinstance(new_extra, dict):
            self.schema(old_extra, new_extra, direction, f"{owner}[*]", where)

    def unions(self, old: dict[str, Any], new: dict[str, Any], direction: Direction, owner: str, where: str) -> None:
        """Pair the variants of two unions (a plain schema is a union of one): by component name, else by type."""
        old_branches = self.branches(self.resolve(self.old, old)[1]) or [old]
        new_branches = self.branches(self.resolve(self.new, new)[1]) or [new]

        def by_name(document: dict[str, Any], branches: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
            return {name: b for b in branches if (name := self.resolve(document, b)[0])}

        def by_type(document: dict[str, Any], branches: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
            plain = [b for b in branches if not self.resolve(document, b)[0]]
            kinds = [next(iter(t)) for b in plain if len(t := self.types(document, b)) == 1]
            return {k: b for k, b in zip(kinds, plain, strict=False) if kinds.count(k) == 1}

        old_named, new_named = by_name(self.old, old_branches), by_name(self.new, new_branches)
        if len(old_named) == len(new_named) == 1 and old_named.keys() != new_named.keys():
            new_named = {next(iter(old_named)): next(iter(new_named.values()))}  # a renamed component
        for name, branch in old_named.items():
            if name in new_named:
                self.schema(branch, new_named[name], direction, owner, where)
            elif direction == "request":
                self.add(True, owner, f"`{owner}` no longer accepts a {name}", where)
            else:
                self.add(False, owner, f"`{owner}` no longer sends a {name}", where)
        for name in new_named.keys() - old_named.keys():
            self.add(False, owner, f"`{owner}` may also be a {name}", where)
        old_plain, new_plain = by_type(self.old, old_branches), by_type(self.new, new_branches)
        for kind in old_plain.keys() & new_plain.keys():
            if kind not in ("null", "any"):
                self.schema(old_plain[kind], new_plain[kind], direction, owner, where)

    # --- operations ------------------------------------------------------------------------------

    def document(self) -> list[Change]:
        old_paths, new_paths = self.old.get("paths", {}), self.new.get("paths", {})
        for path, old_item in old_paths.items():
            if path not in new_paths:
                self.add(True, path, f"path {path} removed", "")
                continue
            for method in _METHODS:
                if method in old_item:
                    where = f"{method.upper()} {path}"
                    if method not in new_paths[path]:
                        self.add(True, where, f"operation {where} removed", "")
                    else:
                        self.operation(old_item[method], new_paths[path][method], where)
            for method in _METHODS:
                if method in new_paths[path] and method not in old_item:
                    self.add(False, f"{method.upper()} {path}", f"operation {method.upper()} {path} added", "")
        for path in new_paths.keys() - old_paths.keys():
            self.add(False, path, f"path {path} added", "")
        breaking = sorted((c for c in self.changes.values() if c.breaking), key=lambda c: (c.subject, c.message))
        additive = sorted((c for c in self.changes.values() if not c.breaking), key=lambda c: (c.subject, c.message))
        return breaking + additive

    def operation(self, old: dict[str, Any], new: dict[str, Any], where: str) -> None:
        name = new.get("operationId") or where
        if old.get("operationId") != new.get("operationId"):
            self.add(True, where, f"{where} renamed from {old.get('operationId')} to {name} (generated code)", "")
        old_params = {(p["in"], p["name"]): p for p in old.get("parameters", [])}
        new_params = {(p["in"], p["name"]): p for p in new.get("parameters", [])}
        for (place, param), spec in old_params.items():
            subject = f"{name}?{param}" if place == "query" else f"{name}: {place} {param}"
            if (place, param) not in new_params:
                self.add(True, subject, f"{place} parameter `{param}` of {name} removed", where)
                continue
            if new_params[place, param].get("required") and not spec.get("required"):
                self.add(True, subject, f"{place} parameter `{param}` of {name} made required", where)
            self.schema(spec.get("schema", {}), new_params[place, param].get("schema", {}), "request", subject, where)
        for (place, param), spec in new_params.items():
            if (place, param) not in old_params:
                subject = f"{name}?{param}" if place == "query" else f"{name}: {place} {param}"
                required = bool(spec.get("required"))
                kind = "required" if required else "optional"
                self.add(required, subject, f"{kind} {place} parameter `{param}` of {name} added", where)
        old_body, new_body = old.get("requestBody"), new.get("requestBody")
        if old_body and not new_body:
            self.add(True, where, f"{where} no longer takes a request body", "")
        elif new_body and (not old_body or (new_body.get("required") and not old_body.get("required"))):
            self.add(True, where, f"{where} now requires a request body", "")
        if old_body and new_body:
            self.content(old_body.get("content", {}), new_body.get("content", {}), "request", where, name)
        for code, response in old.get("responses", {}).items():
            new_response = new.get("responses", {}).get(code)
            if new_response is None:
                self.add(code.startswith("2"), f"{where} {code}", f"response {code} of {where} removed", "")
            else:
                old_content, new_content = response.get("content", {}), new_response.get("content", {})
                self.content(old_content, new_content, "response", f"{where} {code}", name)
        for code in new.get("responses", {}).keys() - old.get("responses", {}).keys():
            self.add(False, f"{where} {code}", f"response {code} of {where} documented", "")

    def content(
        self, old: dict[str, Any], new: dict[str, Any], direction: Direction, where: str, operation: str
    ) -> None:
        for media_type, old_media in old.items():
            if media_type not in new:
                verb = "accepts" if direction == "request" else "sends"
                self.add(True, where, f"{where} no longer {verb} {media_type}", "")
            elif "schema" in old_media and "schema" in new[media_type]:
                owner = f"{operation} {direction}"  # an inline body's fields: `getHealth response.status`
                self.schema(old_media["schema"], new[media_type]["schema"], direction, owner, where)


def compare(published: dict[str, Any], current: dict[str, Any]) -> list[Change]:
    """Every change from the published document to the current one: breaking ones first."""
    return _Comparison(published, current).document()


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def changelog_section(changelog: str, version: str) -> str | None:
    """The text under CHANGELOG.md's ``## 1.1.0`` (or ``## [1.1.0] - date``) heading, up to the next one."""
    heading = re.compile(rf"^##\s+\[?v?{re.escape(version)}\]?(?:\s.*)?$", re.MULTILINE)
    found = heading.search(changelog)
    if not found:
        return None
    rest = changelog[found.end() :]
    following = re.search(r"^##\s", rest, re.MULTILINE)
    return rest[: following.start()] if following else rest


def unreleased(changes: list[Change], published: dict[str, Any], current: dict[str, Any], changelog: str) -> list[str]:
    """Why the breaking changes may not be published: empty when there are none, or they are released."""
    breaking = [c for c in changes if c.breaking]
    if not breaking:
        return []
    was, now = published.get("info", {}).get("version", "0"), current.get("info", {}).get("version", "0")
    subjects = ", ".join(dict.fromkeys(f"`{c.subject}`" for c in breaking))
    steps = (
        f"To release them: raise API_VERSION in app/api/openapi.py above {was}, add a `## <new version>` section "
        f"to CHANGELOG.md that names each of {subjects} and says what clients must do, then run `{UPDATE_COMMAND}`. "
        "Otherwise keep what published clients rely on (add instead of change)."
    )
    lines = [f"BREAKING: {c}" for c in breaking]
    if _version(now) <= _version(was):
        return [*lines, f"The API version is {now}, the published one {was}. {steps}"]
    section = changelog_section(changelog, now)
    if section is None:
        return [*lines, f"CHANGELOG.md has no `## {now}` section. {steps}"]
    missing = [c.subject for c in breaking if c.subject not in section]
    if missing:
        named = ", ".join(f"`{s}`" for s in dict.fromkeys(missing))
        return [*lines, f"CHANGELOG.md `## {now}` does not name {named}. {steps}"]
    return []


@dataclass(frozen=True)
class Verdict:
    """The current document against the published one."""

    current: dict[str, Any]
    published: dict[str, Any]
    changes: list[Change]
    problems: list[str]
    """Why the current document may not be published; empty when it may."""

    @property
    def version(self) -> str:
        return str(self.current.get("info", {}).get("version"))

    @property
    def up_to_date(self) -> bool:
        return self.current == self.published

    def summary(self) -> str:
        if self.up_to_date:
            return f"ok: the app serves the published {SNAPSHOT.name} (API version {self.version})"
        listed = "".join(f"\n  {'BREAKING (released)' if c.breaking else '+'} {c}" for c in self.changes)
        return (
            f"no unreleased breaking change, but {SNAPSHOT.name} is not the document the app serves"
            + (f":{listed}" if listed else " (descriptions, examples or component names differ)")
            + f"\nRun `{UPDATE_COMMAND}` (python -m app openapi update) and commit {SNAPSHOT.relative_to(ROOT)}."
        )


def current_document() -> dict[str, Any]:
    """The document the app builds (without the rules version), as JSON would carry it."""
    from app.api.openapi import contract_document
    from app.main import create_app

    document: dict[str, Any] = json.loads(json.dumps(contract_document(create_app())))
    return document


def judge(current: dict[str, Any] | None = None, snapshot: Path = SNAPSHOT, changelog: Path = CHANGELOG) -> Verdict:
    """Compare ``current`` (default: the app's document) with the published snapshot under CHANGELOG.md."""
    current = current_document() if current is None else current
    published: dict[str, Any] = json.loads(snapshot.read_text(encoding="utf-8")) if snapshot.exists() else {}
    changes = compare(published, current)
    notes = changelog.read_text(encoding="utf-8") if changelog.exists() else ""
    return Verdict(current, published, changes, unreleased(changes, published, current, notes))


def dumps(document: dict[str, Any]) -> str:
    """The snapshot's text: stable key order (as built), two-space indent, one final newline."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
