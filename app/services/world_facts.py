"""What the world files add to an answer: whether the state is a party at all, and facts the question left
out that the situations file knows (an armed conflict for Ottawa Art. 20(3) / Oslo Art. 20(2)).

- A state recorded as not a party on the notification date (or ``as_of``) has nothing to withdraw from:
  status ``not_a_party``, with the list's source.
- Where the party status is not recorded, the answer says it assumes the state is a party.
- A fact the question leaves out is taken from the situations file, with a ``known_fact`` condition that
  carries its source; a fact given in the question always wins.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.json_parts import shared
from app.memo import memoized
from app.rulebook import Rulebook
from app.world.model import PartyStatus, SituationHolding
from schemas import api
from schemas.rules import SuspensionProvision, Treaty
from schemas.world import RecordEventEntry, WorldRecord, WorldSource


def world_source(source: WorldSource | None) -> api.WorldSourceRef | None:
    if source is None:
        return None
    return api.WorldSourceRef(url=str(source.url), title=source.title, accessed=source.accessed, quote=source.quote)


def party_ref(status: PartyStatus) -> dict[str, Any]:
    """The party status as answers carry it: :class:`schemas.api.PartyStatusRef`'s fields, in its order (an
    answer's fields are written as JSON without building its models, app/services/assessment.py)."""
    return {
        "status": status.status,
        "on": status.on,
        "reason": status.reason,
        "as_of": status.as_of,
        "complete": status.complete,
        "source": _shared_source(id(status.source), status.source)[0] if status.source else None,
    }


@memoized(65_536, key=lambda key, source: key)  # the sources of the world files' lists and records
def _shared_source(key: int, source: WorldSource) -> tuple[api.WorldSourceRef | None, WorldSource]:
    """A source as answers cite it, built once and shared read-only; the entry holds the source, so the id in its
    key cannot name another object while it lives."""
    ref = world_source(source)
    return (shared(ref) if ref is not None else None), source


def _world_citation(
    rule: str, instrument: str, cite: str, source: WorldSource | None, reviewed: dt.date
) -> api.Citation:
    return api.Citation(**_world_citation_fields(rule, instrument, cite, source, reviewed))


def _world_citation_fields(
    rule: str, instrument: str, cite: str, source: WorldSource | None, reviewed: dt.date
) -> dict[str, Any]:
    """:class:`schemas.api.Citation`'s fields, in its order."""
    return {
        "rule": rule,
        "instrument": instrument,
        "cite": cite,
        "text": source.quote if source else None,
        "url": str(source.url) if source else None,
        "verification": "verified" if source else "unverified",
        "reviewed": source.accessed if source and source.accessed else reviewed,
        "note": None,
    }


def party_citation(status: PartyStatus) -> api.Citation:
    """The party list (or the record) a party status comes from, as a citation: built once per list or record
    and shared read-only (its JSON too); where no list is recorded, it names the day: built for the answer."""
    if status.as_of is None and status.record is None:
        return _built_party_citation(status)
    key = (status.treaty, status.state, status.as_of, id(status.record), id(status.source))
    return _party_citation(key, status)[0]


@memoized(65_536, key=lambda key, status: key)  # a few per (treaty, state): the lists and records of the world
def _party_citation(key: object, status: PartyStatus) -> tuple[api.Citation, object, object]:
    """The citation, with the record and the source it was read from: held by the entry, so the ids in its key
    cannot name other objects while it lives."""
    return shared(_built_party_citation(status)), status.record, status.source


def _built_party_citation(status: PartyStatus) -> api.Citation:
    return api.Citation(**_party_citation_fields(status))


def _party_citation_fields(status: PartyStatus) -> dict[str, Any]:
    if status.record is not None:
        return _world_citation_fields(
            f"world/records/{status.treaty}",
            "treatyexit records (world/records)",
            f"{status.state} {status.record.act.replace('_', ' ')} notified {status.record.notified}"
            + (f" ({status.record.depositary_reference})" if status.record.depositary_reference else ""),
            status.source,
            status.record.notified,
        )
    title = status.source.title if status.source and status.source.title else "party list"
    return _world_citation_fields(
        f"world/parties/{status.treaty}" if status.as_of else "world/parties",
        title,
        f"status as of {status.as_of}" if status.as_of else "no party list recorded",
        status.source,
        status.as_of or status.on,
    )


def party_assumption(status: PartyStatus, state_name: str, treaty: Treaty) -> dict[str, Any]:
    """The condition an answer carries when the files cannot tell whether the state is a party, as
    :class:`schemas.api.Condition`'s fields in its order (an answer's fields are written as JSON without building
    its models, app/services/assessment.py); its citation is the list's or the record's (shared), or where none is
    recorded the day's, as fields too."""
    recorded = status.as_of is not None or status.record is not None
    return {
        "id": f"world/parties/{treaty.id}" if status.as_of else "world/parties",
        "kind": "assumption",
        "description": (
            f"Assumed that {state_name} is a party to the {treaty.short_name} on {status.on}: its party status is "
            f"not recorded ({status.reason}). If it is not a party, it has nothing to withdraw from."
        ),
        "affects_date": False,
        "citation": party_citation(status) if recorded else _party_citation_fields(status),
    }


def party_fact(status: PartyStatus, explanation: str) -> api.Condition:
    """The ``known_fact`` condition of a ``not_a_party`` answer: the list or the record that says so."""
    citation = party_citation(status)
    return api.Condition(
        id=citation.rule, kind="known_fact", description=explanation, affects_date=True, citation=citation
    )


def suspended_by_armed_conflict(rulebook: Rulebook, treaty: Treaty) -> bool:
    """Whether a provision of the treaty holds the withdrawal back while the state is in an armed conflict."""
    return any(
        isinstance(p, SuspensionProvision) and p.when is not None and "armed_conflict" in p.when
        for p in rulebook.provisions_for(treaty)
    )


def situation_condition(holding: SituationHolding, state_name: str) -> api.Condition:
    """The ``known_fact`` condition for an armed conflict taken from the situations file."""
    s = holding.situation
    kind = (s.classification or s.kind).replace("_", " ")
    others = [code for code in s.parties]
    since = f"{s.start:%B %Y}" if s.start_precision != "day" else f"{s.start}"
    beyond = (
        f" The source was last read on {s.as_of}, when it was ongoing; it is assumed to continue to {holding.on}."
        if holding.beyond_as_of
        else ""
    )
    return api.Condition(
        id=f"world/situations/{s.id}",
        kind="known_fact",
        description=(
            f"Armed conflict taken from the situations file (not given in the question): {state_name} is a party "
            f"to an {kind} ({', '.join(others)}) since {since}, classified by {s.classifier}, ongoing on "
            f"{holding.on}, when the notice period expires.{beyond} Give `armed_conflict` to override."
        ),
        affects_date=True,
        citation=_world_citation(f"world/situations/{s.id}", s.classifier, f"{kind}, since {since}", s.source, s.as_of),
    )


def extensions_condition(treaty: Treaty, record: WorldRecord, extensions: list[RecordEventEntry]) -> api.Condition:
    """The ``known_fact`` condition for a recorded notification whose date was extended by agreement."""
    steps = "; ".join(
        f"on {e.date} to {e.new_effective}" + (f" ({e.source.title or e.source.url})" if e.source else "")
        for e in extensions
    )
    last = extensions[-1]
    source = last.source or record.sources[0]
    return api.Condition(
        id=f"world/records/{treaty.id}",
        kind="known_fact",
        description=(
            f"The notification received on {record.notified} is recorded in world/records with its extensions, "
            f"agreed {steps}; the last agreed date, {last.new_effective}, is used (not given in the question). "
            "Give `agreed_date` to override."
        ),
        affects_date=True,
        citation=_world_citation(
            f"world/records/{treaty.id}",
            source.title or "treatyexit records",
            f"extended on {last.date}",
            source,
            last.date,
        ),
    )
