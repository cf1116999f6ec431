"""An exit claimed for a State that never became a party: it could not withdraw (a withdrawal clause binds parties
only: Kyoto Protocol Art. 27, ATT Art. 24, Rome Statute Art. 127; a signature alone binds no one, VCLT Arts. 11-16).
What such articles report is a refusal to ratify, a renounced signature or an instrument withdrawn before it took
effect, told as an exit: partly right, with what happened (tests/data/articles/README.md, 'An exit by a State that
was never a party'). The acts are the sourced ``acts`` of the treaty's outsiders (world/parties): a notice that the
State does not intend to become a party (the US, Israel, Sudan, Russia and the Rome Statute) and an instrument of
accession withdrawn before its entry into force (Malaysia, 2019)."""

from __future__ import annotations

import datetime as dt

from app.rulebook import Rulebook
from app.services.checks.outcome import Outcome, Unverifiable
from app.services.notices import long_date
from app.services.partial_dates import PartialDate, parse_partial_date
from schemas.checks import Evidence, Verdict
from schemas.rules import Treaty
from schemas.world import Outsider, OutsiderAct, Outsiders


def signed_never_party(
    rulebook: Rulebook, treaty: Treaty, state: str, name: str, claimed: PartialDate | None, as_of: dt.date
) -> Outcome | None:
    """'The US withdrew from the Kyoto Protocol in March 2001', 'Malaysia withdrew from the Rome Statute': the state
    is among the sourced outsiders that signed or renounced (world/parties ``outsiders``), no consent of it is
    recorded, and the article's date is within the section's date (or the complete party list's, which does not
    list it): partly right, never a party. Where the state renounced by a dated act (an unsigning, an instrument
    withdrawn), a claimed date holding neither that act nor its decision is wrong. None when the files do not show
    that, or the claimed exit is dated before its signature."""
    found = outsider(rulebook, treaty, state, as_of)
    if found is None:
        return None
    out, row = found
    renounced = renouncing_acts(row, as_of)
    if not row.signed and not renounced:
        return None
    if claimed is not None and row.signed_on is not None and claimed.end < row.signed_on:
        return None
    what = acts_words(row, as_of)
    hit = claimed is None or not renounced or any(_holds(claimed, a) for a in renounced)
    verdict: Verdict = "partly_consistent" if hit else "inconsistent"
    label = "Partly correct" if hit else "Incorrect"
    text = (
        f"{label}: {name} never became a party to the {treaty.short_name} (no ratification, acceptance or accession "
        f"in force by {long_date(as_of)}), so it could not withdraw under the treaty: it {what}"
        + ("" if renounced else "; what is called its exit was at most a refusal to ratify or a renounced signature")
        + ("." if hit else f", not in {claimed.describe() if claimed else 'the period claimed'}.")
    )
    correct = f"never a party ({what})"
    return Outcome(verdict, correct, text, _evidence(out, row, name, what), [f"world/parties/{treaty.id} outsiders"])


def renounced_notice(
    rulebook: Rulebook, treaty: Treaty, state: str, name: str, claimed: PartialDate, as_of: dt.date
) -> Outcome | None:
    """'Malaysia submitted its withdrawal letter to the Secretary-General on 29 April 2019': the depositary's
    receipt of a never-party's renouncing act (world/parties outsiders ``acts``) is what was notified: right on its
    day, partly right on the day it was decided, wrong on another; None when no such act is recorded."""
    found = _renouncer(rulebook, treaty, state, as_of)
    if found is None:
        return None
    out, row, renounced = found
    what = acts_words(row, as_of)
    evidence = _evidence(out, row, name, what)
    trace = [f"world/parties/{treaty.id} outsiders"]
    for act in reversed(renounced):
        if act.date is not None and act.date_precision == "day" and claimed.contains(act.date):
            text = f"Correct: the depositary received it on {long_date(act.date)}; {name} {what}."
            return Outcome("consistent", act.date.isoformat(), text, evidence, trace)
        if act.decided is not None and claimed.contains(act.decided):
            received = f"received on {long_date(act.date)}" if act.date else "whose receipt is not recorded"
            text = (
                f"Partly correct: {long_date(act.decided)} is the day it was decided, not the notice's ({received}); "
                f"{name} {what}."
            )
            correct = act.date.isoformat() if act.date else act.decided.isoformat()
            return Outcome("partly_consistent", correct, text, evidence, trace)
    latest = renounced[-1]
    if latest.date is None:
        raise Unverifiable(f"The day the depositary received the notice is not recorded: {name} {what}.", evidence)
    text = f"Incorrect: the depositary received it on {long_date(latest.date)}; {name} {what}."
    return Outcome("inconsistent", latest.date.isoformat(), text, evidence, trace)


def renounced_effect(
    rulebook: Rulebook, treaty: Treaty, state: str, name: str, claimed: PartialDate, as_of: dt.date
) -> Outcome | None:
    """'The withdrawal took effect on 29 April': no withdrawal of a never-party took effect on any day; the day of
    its renouncing act given for it is the right day of another act (partly right), any other day is wrong. None
    when no renouncing act is recorded."""
    found = _renouncer(rulebook, treaty, state, as_of)
    if found is None:
        return None
    out, row, renounced = found
    what = acts_words(row, as_of)
    hit = next((a for a in renounced if _holds(claimed, a)), None)
    verdict: Verdict = "partly_consistent" if hit else "inconsistent"
    label = "Partly correct (the day of another act)" if hit else "Incorrect"
    text = f"{label}: {name} was never a party to the {treaty.short_name}, so no withdrawal took effect: {name} {what}."
    correct = f"never a party ({what})"
    return Outcome(verdict, correct, text, _evidence(out, row, name, what), [f"world/parties/{treaty.id} outsiders"])


def withdrawn_instrument(
    rulebook: Rulebook, treaty: Treaty, state: str, name: str, value: str, as_of: dt.date, kind: str
) -> Outcome | None:
    """'Malaysia acceded to the Rome Statute in March 2019', 'Malaysia joined in 2019', 'Malaysia has ratified it':
    against an instrument a never-party deposited (world/parties outsiders ``acts``). Its deposit's date is right for
    the deposit (partly right for a kind it was not, and for 'joined': it withdrew the instrument before it took
    effect); 'has ratified' is right while the instrument stood and partly right once withdrawn. None when no
    deposit by the article's date is recorded."""
    found = outsider(rulebook, treaty, state, as_of)
    deposits = (
        [a for a in found[1].acts if a.act == "instrument_deposited" and a.date and a.date <= as_of] if found else []
    )
    if found is None or not deposits:
        return None
    out, row = found
    deposit = deposits[-1]
    assert deposit.date is not None
    withdrawn = next(
        (a for a in row.acts if a.act == "instrument_withdrawn" and a.date and deposit.date <= a.date <= as_of), None
    )
    what = acts_words(row, as_of)
    evidence, trace = _evidence(out, row, name, what), [f"world/parties/{treaty.id} outsiders"]
    answer = value.strip().lower()
    verdict: Verdict
    if answer in ("true", "false"):
        if kind == "joined":
            return None  # membership on the day: the party list decides
        verdict = "partly_consistent" if withdrawn else "consistent" if answer == "true" else "inconsistent"
        labels = {"consistent": "Correct", "partly_consistent": "Partly correct", "inconsistent": "Incorrect"}
        text = f"{labels[verdict]}: {name} {what}; it never became a party to the {treaty.short_name}."
        return Outcome(verdict, "withdrawn" if withdrawn else "true", text, evidence, trace)
    claimed = parse_partial_date(value, as_of, "past")
    if not claimed.contains(deposit.date):  # the only consent the complete files know of: another day is wrong
        text = f"Incorrect: {name} {what}; it never became a party to the {treaty.short_name}."
        return Outcome("inconsistent", deposit.date.isoformat(), text, evidence, trace) if kind != "joined" else None
    said = "accession" if kind == "acceded" else "ratification"
    same = deposit.instrument == said or (said == "ratification" and deposit.instrument in ("acceptance", "approval"))
    verdict = "consistent" if same and kind != "joined" else "partly_consistent"
    label = "Correct" if verdict == "consistent" else "Partly correct"
    text = f"{label}: {name} {what}; it never became a party to the {treaty.short_name}."
    return Outcome(verdict, deposit.date.isoformat(), text, evidence, trace)


def outsider(rulebook: Rulebook, treaty: Treaty, state: str, as_of: dt.date) -> tuple[Outsiders, Outsider] | None:
    """The state's row among the treaty's sourced outsiders, where no consent of it is recorded by ``as_of``."""
    listing = rulebook.world.parties.get(treaty.id)
    out = listing.outsiders if listing else None
    row = next((o for o in out.states if o.state == state), None) if out else None
    if out is None or row is None or not _never_consented(rulebook, treaty, state, out, as_of):
        return None
    return out, row


def _renouncer(
    rulebook: Rulebook, treaty: Treaty, state: str, as_of: dt.date
) -> tuple[Outsiders, Outsider, list[OutsiderAct]] | None:
    """The state's outsiders row and its renouncing acts by ``as_of``; None when it renounced nothing by then."""
    found = outsider(rulebook, treaty, state, as_of)
    renounced = renouncing_acts(found[1], as_of) if found else []
    return (*found, renounced) if found and renounced else None


def renouncing_acts(row: Outsider, as_of: dt.date) -> list[OutsiderAct]:
    """The state's unsignings and withdrawn instruments done by ``as_of`` (decided or received), oldest first."""
    return [a for a in row.acts if a.renounces and _day(a) <= as_of]


def acts_words(row: Outsider, as_of: dt.date, signature: bool = True) -> str:
    """What the state did, in words: 'signed on 13 September 2000 and notified that it does not intend to become a
    party (decided on 16 November 2016; the notice's receipt is not recorded)'; without the signature when told
    apart."""
    signed = f"signed on {long_date(row.signed_on)}" if row.signed_on else "signed"
    parts = [signed] if row.signed and signature else []
    for act in (a for a in row.acts if _day(a) <= as_of):
        known = act.date is not None and act.date <= as_of and act.date_precision == "day"
        when = f"on {long_date(act.date)}" if known and act.date else ""
        decided = f"decided on {long_date(act.decided)}" if act.decided else ""
        if act.act == "no_intention":
            detail = "; ".join(p for p in (decided, "" if known else _receipt(act, as_of)) if p)
            parts.append(
                "notified the depositary that it does not intend to become a party"
                + (f" {when}" if when else "")
                + (f" ({detail})" if detail else "")
            )
        elif act.act == "instrument_deposited":
            parts.append(f"deposited an instrument of {act.instrument} {when}".rstrip())
        elif act.act == "instrument_withdrawn":
            effect = (
                f", before it would have taken effect on {long_date(act.would_have_taken_effect)}"
                if act.would_have_taken_effect
                else ", before it took effect"
            )
            parts.append(f"withdrew it {when}".rstrip() + effect)
    return ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1] if parts else "did not consent"


def _receipt(act: OutsiderAct, as_of: dt.date) -> str:
    """The notice's receipt when it is not yet told: later than the article, or not read."""
    return "the notice not yet received" if act.date and act.date > as_of else "the notice's receipt is not recorded"


def _holds(claimed: PartialDate, act: OutsiderAct) -> bool:
    """A claimed date holding the act's receipt or its domestic decision."""
    return any(d is not None and claimed.contains(d) for d in (act.date, act.decided))


def _day(act: OutsiderAct) -> dt.date:
    day = act.decided or act.date
    assert day is not None  # the schema requires one of them
    return day


def _evidence(out: Outsiders, row: Outsider, name: str, what: str) -> list[Evidence]:
    urls = [str(a.source.url) for a in row.acts] or [str(out.source.url)]
    return [Evidence(kind="record", description=f"{name}: {what}, not a party", url=url) for url in dict.fromkeys(urls)]


def _never_consented(rulebook: Rulebook, treaty: Treaty, state: str, out: Outsiders, as_of: dt.date) -> bool:
    """No consent recorded (party list or rule file), and none possible by the article's date on the files: the
    outsiders' date covers it, or a complete party list of a later day leaves the state out."""
    if any(p.state == state for p in treaty.participation) or rulebook.world.entry(treaty.id, state) is not None:
        return False
    return as_of <= out.as_of or rulebook.world.party_status(treaty.id, state, as_of).status == "not_party"
