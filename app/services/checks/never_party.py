"""An exit claimed for a signatory that never became a party: it could not withdraw (a withdrawal clause binds
parties only: Kyoto Protocol Art. 27, ATT Art. 24, Rome Statute Art. 127; a signature alone binds no one, VCLT
Arts. 11-16). What such articles report is a refusal to ratify or a renounced signature told as an exit: partly
right, with what happened (tests/data/articles/README.md, 'An exit by a State that was never a party')."""

from __future__ import annotations

import datetime as dt

from app.rulebook import Rulebook
from app.services.checks.outcome import Outcome
from app.services.notices import long_date
from app.services.partial_dates import PartialDate
from schemas.checks import Evidence
from schemas.rules import Treaty
from schemas.world import Outsider, Outsiders


def signed_never_party(
    rulebook: Rulebook, treaty: Treaty, state: str, name: str, claimed: PartialDate | None, as_of: dt.date
) -> Outcome | None:
    """'The US withdrew from the Kyoto Protocol in March 2001': the state is among the sourced outsiders that
    signed (world/parties ``outsiders``), no consent of it is recorded, and the article's date is within the
    section's date (or the complete party list's, which does not list it): partly right, never a party. None when
    the files do not show that, or the claimed exit is dated before its signature."""
    listing = rulebook.world.parties.get(treaty.id)
    out = listing.outsiders if listing else None
    row = next((o for o in out.states if o.state == state and o.signed), None) if out else None
    if out is None or row is None or not _never_consented(rulebook, treaty, state, out, as_of):
        return None
    if claimed is not None and row.signed_on is not None and claimed.end < row.signed_on:
        return None
    signed = _signed_words(row)
    text = (
        f"Partly correct: {name} {signed} the {treaty.short_name} but never became a party (no ratification, "
        f"acceptance or accession recorded by {long_date(as_of)}), so it could not "
        "withdraw under the treaty: what is called its exit was at most a refusal to ratify or a renounced "
        "signature, not a withdrawal."
    )
    correct = f"never a party ({signed}, no consent)"
    evidence = [Evidence(kind="record", description=f"{name}: {signed}, not a party", url=str(out.source.url))]
    return Outcome("partly_consistent", correct, text, evidence, [f"world/parties/{treaty.id} outsiders"])


def _never_consented(rulebook: Rulebook, treaty: Treaty, state: str, out: Outsiders, as_of: dt.date) -> bool:
    """No consent recorded (party list or rule file), and none possible by the article's date on the files: the
    outsiders' date covers it, or a complete party list of a later day leaves the state out."""
    if any(p.state == state for p in treaty.participation) or rulebook.world.entry(treaty.id, state) is not None:
        return False
    return as_of <= out.as_of or rulebook.world.party_status(treaty.id, state, as_of).status == "not_party"


def _signed_words(row: Outsider) -> str:
    return f"signed on {long_date(row.signed_on)}" if row.signed_on else "signed"
