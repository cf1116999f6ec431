"""Doubtful facts in world/ carry a structured ``doubts`` list (schemas/world.py ``Doubt``): the field it is about,
its kind (inferred, not_read, computed, sources_disagree) and a short why; the note keeps the whole account.

Every row whose note carries a flag word (world/README.md: NOT read, INFERRED, COMPUTED, SOURCES DISAGREE) has one;
a file's or a section's own note (a whole list's convention) is not a row's."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from schemas.world import DatedCount, PartyEntry, WorldRecord

WORLD = Path(__file__).resolve().parents[2] / "world"
FLAG = re.compile(r"NOT read|INFERRED|COMPUTED|SOURCES DISAGREE")
SOURCE = {"url": "https://example.org/source"}


def _flagged_rows(node: Any, path: tuple[str | int, ...] = ()) -> list[tuple[tuple[str | int, ...], dict[str, Any]]]:
    """Every mapping inside a list (a row) whose note has a flag word."""
    found: list[tuple[tuple[str | int, ...], dict[str, Any]]] = []
    if isinstance(node, dict):
        note = node.get("note")
        if isinstance(note, str) and FLAG.search(note) and path and isinstance(path[-1], int):
            found.append((path, node))
        for key, value in node.items():
            found += _flagged_rows(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _flagged_rows(value, (*path, index))
    return found


def test_every_flagged_row_has_its_doubts() -> None:
    missing = [
        f"{file.relative_to(WORLD)}:{'/'.join(map(str, path))}"
        for file in sorted(WORLD.rglob("*.yaml"))
        for path, row in _flagged_rows(yaml.safe_load(file.read_text()))
        if not row.get("doubts")
    ]
    assert not missing, f"rows whose note flags a doubt but give no `doubts`: {missing}"


def test_a_doubt_names_a_field_the_row_holds() -> None:
    row = {"state": "POL", "act": "withdrawal", "notified": "2022-12-28", "sources": [SOURCE]}
    doubt = {"field": "notified", "kind": "inferred", "why": "from the effective date by the depositary's counting"}
    assert WorldRecord.model_validate({**row, "doubts": [doubt]}).doubt_on("notified") is not None
    with pytest.raises(ValidationError, match="not a field of this row"):
        WorldRecord.model_validate({**row, "doubts": [{**doubt, "field": "received"}]})
    with pytest.raises(ValidationError, match="which the row leaves out"):
        WorldRecord.model_validate({**row, "doubts": [{**doubt, "field": "effective"}]})
    with pytest.raises(ValidationError):
        WorldRecord.model_validate({**row, "doubts": [{**doubt, "kind": "guessed"}]})


def test_a_fact_left_out_for_not_being_read_may_be_named() -> None:
    entry = PartyEntry.model_validate(
        {
            "state": "UKR",
            "consent": "ratification",
            "consent_date": "1997-09-11",
            "doubts": [{"field": "signed", "kind": "not_read", "why": "the signature's day is left out"}],
        }
    )
    assert entry.doubt_on("signed") is not None and entry.doubt_on("consent_date") is None


def test_a_count_doubts_its_start_by_the_file_s_own_word() -> None:
    doubt = {"field": "from", "kind": "computed", "why": "as the day after signature closed (Art. 20)"}
    count = DatedCount.model_validate({"from": "2017-04-22", "count": 195, "source": SOURCE, "doubts": [doubt]})
    assert count.doubt_on("from") is not None


def test_the_real_rows_of_the_brief() -> None:
    from app.rulebook import load_rulebook

    world = load_rulebook().world
    poland = next(r for _, r in world.records_for("ect", "POL") if r.act == "withdrawal")
    assert (doubt := poland.doubt_on("notified")) is not None and doubt.kind == "inferred"
    latvia = next(p for p in world.parties["istanbul-convention"].parties if p.state == "LVA")
    assert (doubt := latvia.doubt_on("signed")) is not None and doubt.kind == "inferred"
    france = next(r for _, r in world.records_for("ect", "FRA") if r.act == "withdrawal")
    assert france.doubts == []
