"""Counts of parties and signatories on a day, as an article gives them ("the 34-nation Open Skies Treaty", "an
economic and political partnership of 28 countries", "the only country of 197 signatories"), judged against the
dated counts of world/counts (or a complete party list whose signatures are all listed) on the article's date, or
on the date the sentence names ("signed in 1997 by 164 countries").

A count that was right shortly before the article (the Union of 28 read ten days after Brexit) is out of date,
not false: ``partly_consistent``, within :data:`OUT_OF_DATE` of the change; a count older than that, given as
current, is wrong (README 'A count out of date'). Today's party count given as the count of another day or of the
signatories is partly right too. A day that no record covers is ``unverifiable``, naming the record that is missing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Literal

from app.services.notices import long_date
from app.world.model import CountOn, World
from schemas.checks import Comparator, Verdict

Counted = Literal["parties", "signatories"]

OUT_OF_DATE = dt.timedelta(days=14)
"""How long after a count changed its old value is read as out of date (partly right) rather than wrong: two weeks, the
lag of a report's background line written before the change (euronews, 11 February 2020: 'the 28' ten days after
Brexit, partly; abscbn, 14 March 2018: 124 ICC members four months after Burundi left, wrong)."""

_RECORD_STALE = dt.timedelta(days=366)
"""How long after a count was last checked a matching count is still confirmed (later: partly, states may have
joined)."""


@dataclass(frozen=True)
class CountJudgement:
    """A verdict on a claimed count (``verdict`` None: the records cannot tell, ``text`` says which is missing)."""

    verdict: Verdict | None
    correct: str | None
    text: str
    url: str | None
    file: str | None


def compare(actual: int, claimed: int, comparator: str) -> bool:
    """Whether ``claimed`` with its comparator ("more than 160") describes ``actual``."""
    return {
        "exactly": actual == claimed,
        "more_than": actual > claimed,
        "at_least": actual >= claimed,
        "fewer_than": actual < claimed,
        "at_most": actual <= claimed,
        "about": abs(actual - claimed) <= max(2, claimed // 20),
    }[comparator]


def judge_count(
    world: World,
    treaty: str,
    name: str,
    what: Counted,
    claimed: tuple[int, Comparator],
    on: dt.date,
    as_of: dt.date,
    parties_then: int | None = None,
    noun: str | None = None,
) -> CountJudgement | None:
    """The claimed number of ``what`` on ``on`` (the article's date ``as_of`` or an earlier day the sentence
    names); None when world/ holds no count of ``what`` for the treaty at all. ``parties_then``: the number of
    parties on the article's date where known otherwise (a complete party list), for a count given of the wrong
    thing or the wrong day. ``noun``: what the answer calls the counted (default ``what``)."""
    of_deposits = noun is not None  # before entry into force: the count is already one of deposits
    noun = noun or what
    found = world.count_on(treaty, what, on)
    if found is None:
        return _not_recorded(world, treaty, name, what, noun, on)
    number, comparator = claimed
    where = _where(found)
    counts = [found.count, *(v.count for v in (found.period.disputed if found.period else []))]
    counts += [found.count - len(found.organisations)] if found.organisations else []  # the States alone
    counts += [found.count - found.withdrawn] if found.withdrawn else []  # the depositary's status line
    shown = next((c for c in counts if compare(c, number, comparator)), None)  # any count a source gives
    if shown is not None:
        return _matched(found, shown, name, noun, on)
    if (
        what == "parties"
        and not of_deposits
        and (deposited := _with_pending(world, treaty, name, found, on, number, comparator))
    ):
        return deposited
    if (now := _now(world, treaty, what, on, as_of, parties_then)) and any(
        compare(c, number, comparator) for c in now[0]
    ):
        text = (
            f"Partly correct: {number} is the number of {now[1]} of the {name} on the article's date "
            f"({long_date(as_of)}), but on {long_date(on)} it had {found.count} {noun} ({where})."
        )
        return CountJudgement("partly_consistent", str(found.count), text, _url(found), where)
    active = world.count_on(treaty, "active", on) if what == "parties" else None
    if active is not None and compare(active.count, number, comparator):
        text = (
            f"Partly correct: {active.count} members of the {name} took part on {long_date(on)}, but it had "
            f"{found.count} members, the others suspended or excluded from participation ({where})."
        )
        return CountJudgement("partly_consistent", str(found.count), text, _url(active), where)
    before = _before(world, treaty, what, found, on)
    if before is not None and compare(before.count, number, comparator):
        assert found.period is not None
        ended = found.period.from_ - dt.timedelta(days=1)
        text = (
            f"Out of date: the {name} had {before.count} {noun} until {long_date(ended)}; "
            f"on {long_date(on)} it had {found.count} ({where})."
        )
        return CountJudgement("partly_consistent", str(found.count), text, _url(found), where)
    if (tomorrow := _from_tomorrow(world, treaty, what, found, number, comparator, on, as_of)) is not None:
        return replace(
            tomorrow,
            text=f"Correct from the next day: the {name} has {tomorrow.correct} {noun} from "
            f"{long_date(on + dt.timedelta(days=1))} (an entry into force or an exit fixed by then); on "
            f"{long_date(on)} it had {found.count} ({where}).",
        )
    if on > found.as_of:
        return CountJudgement(
            None,
            None,
            f"The {name} had {found.count} {noun} on {long_date(found.as_of)}, the last day {where} was checked; "
            f"the count on {long_date(on)} is not recorded.",
            _url(found),
            where,
        )
    text = f"Incorrect: the {name} had {found.count} {noun} on {long_date(on)}, not {number} ({where}{_with(found)})."
    return CountJudgement("inconsistent", str(found.count), text + _disagreement(found, noun), _url(found), where)


def _from_tomorrow(
    world: World, treaty: str, what: Counted, found: CountOn, number: int, comparator: Comparator, on: dt.date,
    as_of: dt.date,
) -> CountJudgement | None:  # fmt: skip
    """The count of the next day, where the report's own day is the last of the old count: 'its 27 remaining members'
    on the evening the United Kingdom left (the exit fixed by then), as 'now one of 124' on the eve of an entry into
    force (README 'A count out of date'). Only for the report's own day, not a day the sentence names."""
    if on != as_of or found.period is None:
        return None
    after = world.count_on(treaty, what, on + dt.timedelta(days=1))
    if (
        after is None
        or after.period is None
        or after.count == found.count
        or not compare(after.count, number, comparator)
    ):
        return None
    return CountJudgement("consistent", str(after.count), "", _url(after), _where(after))


def _with(found: CountOn) -> str:
    """'; 174 States, 175 with the European Union, as the depositary counts' where organisations are counted."""
    if not found.organisations:
        return ""
    names = " and ".join(f"the {o}" for o in found.organisations)
    return f"; {found.count - len(found.organisations)} States, {found.count} with {names}, as the depositary counts"


def _matched(found: CountOn, shown: int, name: str, noun: str, on: dt.date) -> CountJudgement:
    """A claimed count that one of the day's figures matches: right, or partly right where the record was last
    checked more than a year before the day (states may have joined since)."""
    where = _where(found)
    later = on > found.as_of + _RECORD_STALE
    text = f"Consistent with the {shown} {noun} of the {name} on {long_date(on)} ({where}{_with(found)})" + (
        f"; the record was last checked on {long_date(found.as_of)}." if later else "."
    )
    text += _status_line(found, shown)
    verdict: Verdict = "partly_consistent" if later else "consistent"
    return CountJudgement(verdict, str(shown), text + _disagreement(found, noun), _url(found), where)


def _status_line(found: CountOn, shown: int) -> str:
    """' The depositary's status line leaves out ...' where the count matched is the signatures less the signatories
    that have since left as parties (README 'Label decisions (h-judge, session 18)': the UN Treaty Collection gave the
    Rome Statute 'Signatories: 139' in 2014 and 137 after Burundi and the Philippines left)."""
    if not found.withdrawn or shown != found.count - found.withdrawn:
        return ""
    return (
        f" That is the depositary's status line: {found.count} States signed, {found.withdrawn} of them since left as "
        "parties and are no longer counted."
    )


def _not_recorded(world: World, treaty: str, name: str, what: Counted, noun: str, on: dt.date) -> CountJudgement | None:
    """No count of ``what`` on ``on``: None when world/ holds none for the treaty at all, else the words naming the
    missing period."""
    if not _recorded(world, treaty, what):
        return None
    text = (
        f"The number of {noun} of the {name} on {long_date(on)} is not recorded: world/counts/{treaty}.yaml holds no "
        "period covering that day."
    )
    return CountJudgement(None, None, text, None, f"world/counts/{treaty}")


def _with_pending(
    world: World, treaty: str, name: str, found: CountOn, on: dt.date, number: int, comparator: Comparator
) -> CountJudgement | None:
    """'Myanmar ... raising its membership to 191 States Parties' (OPCW, 9 July 2015, the day after its deposit; the
    Convention in force for it from 7 August): the depositary counts as Parties the States whose instrument is
    deposited, in force for them or not (README 'Party counts: deposits or in force'); the recorded count on the day
    plus the deposits the party list holds pending matches, so the claim is right, both named. Only deposits made after
    the count's period began: a count of deposits would have changed on them, so the period's count leaves them out
    (a period beginning on a deposit, 'Ukraine is the 36th state party' on 18 July 2022, may count it). None
    otherwise."""
    if found.period is None:
        return None
    pending = world.pending_on(treaty, on, found.period.from_)
    if not pending or not compare(found.count + pending, number, comparator):
        return None
    where = _where(found)
    text = (
        f"Consistent with the {found.count + pending} States with an instrument deposited on {long_date(on)}, as the "
        f"depositary counts its Parties; {found.count} with the {name} in force for them ({where}; {pending} "
        f"deposit{'s' if pending > 1 else ''} pending entry into force, world/parties/{treaty})."
    )
    return CountJudgement("consistent", str(found.count + pending), text, _url(found), where)


def _disagreement(found: CountOn, what: str) -> str:
    """' Sources disagree: 35 members as the OAS counts them; 34 counting ...' where the period's sources differ."""
    if found.period is None or not found.period.disputed:
        return ""
    first = f"{found.count} {what}" + (f" as {found.period.counted_by} counts them" if found.period.counted_by else "")
    others = "; ".join(f"{v.count} {what} {v.held_by}" for v in found.period.disputed)
    return f" Sources disagree: {first}; {others}."


def _recorded(world: World, treaty: str, what: Counted) -> bool:
    counts = world.counts.get(treaty)
    listing = world.parties.get(treaty)
    return bool(counts and getattr(counts, what)) or bool(
        what == "signatories" and listing is not None and listing.signatories_complete
    )


def _where(found: CountOn) -> str:
    return found.file if found.period else f"{found.file}, signatures counted from the complete list"


def _url(found: CountOn) -> str | None:
    return str(found.period.source.url) if found.period else None


def _now(
    world: World, treaty: str, what: Counted, on: dt.date, as_of: dt.date, parties_then: int | None
) -> tuple[list[int], str] | None:
    """The numbers of parties on the article's date, when the claim is about another day or the signatories: the
    recorded count and the other counts of its period a source gives (the Kyoto Protocol's 192 Parties with the
    European Union, 191 States: 'one of the 191 countries that signed' counts the States Parties)."""
    if on == as_of and what == "parties":
        return None
    if parties_then is not None:
        return [parties_then], "parties"
    found = world.count_on(treaty, "parties", as_of)
    if found is None:
        return None
    return [found.count, *(v.count for v in (found.period.disputed if found.period else []))], "parties"


def _before(world: World, treaty: str, what: Counted, found: CountOn, on: dt.date) -> CountOn | None:
    """The count of the period just before ``found``'s, when that period ended within :data:`OUT_OF_DATE` of ``on``."""
    if found.period is None or on - found.period.from_ > OUT_OF_DATE:
        return None
    return world.count_on(treaty, what, found.period.from_ - dt.timedelta(days=1))


def judge_outside(
    world: World,
    treaty: str,
    name: str,
    signatories: bool,
    claimed: tuple[int, str],
    on: dt.date,
    parties: set[str] | None,
) -> CountJudgement:
    """'the 36 countries that have not signed', 'the 33 states outside the treaty': a count of non-members, judged
    as the States a source counts against (world/counts ``states``) less the parties on the day (``parties``, from
    a complete list), less the signatories outside too for non-signatories. Never judged as a party count."""
    what = "non-signatories" if signatories else "states not party"
    states = world.count_on(treaty, "states", on)
    listing = world.parties.get(treaty)
    missing = (
        f"world/counts/{treaty}.yaml holds no number of States to count them against on {long_date(on)}"
        if states is None
        else "no complete party list (world/parties) gives the parties on that day"
        if parties is None or listing is None
        else "no complete list of its signatures (world/parties signatories_complete)"
        if signatories and not listing.signatories_complete
        else None
    )
    if missing is not None or states is None or parties is None or listing is None:
        return CountJudgement(None, None, f"The number of {what} of the {name} is not recorded: {missing}.", None, None)
    outside = states.count - len(parties)
    basis = f"{states.count} States counted by the source less {len(parties)} parties"
    if signatories:
        signed = {p.state for p in listing.parties if p.signed and p.signed <= on}
        signed |= {o.state for o in (listing.outsiders.states if listing.outsiders else []) if o.signed}
        outside -= len(signed - parties)
        basis += f" less {len(signed - parties)} signatories not party"
    number, comparator = claimed
    ok = compare(outside, number, comparator)
    where = f"world/counts/{treaty}, world/parties/{treaty}"
    text = (
        f"{'Consistent' if ok else 'Incorrect'}: the {name} had {outside} {what} on {long_date(on)} ({basis}; {where})."
    )
    return CountJudgement("consistent" if ok else "inconsistent", str(outside), text, _url(states), where)
