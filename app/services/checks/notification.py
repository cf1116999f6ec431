"""Notification-date claims: when the depositary received a state's notice of withdrawal."""

from __future__ import annotations

import datetime as dt

from app.provisions import provision_citation
from app.rulebook import Rulebook
from app.services.checks.base import CheckBase
from app.services.checks.earliest import EarliestNotice, earliest_notice
from app.services.checks.never_party import renounced_notice
from app.services.checks.outcome import Outcome, Unverifiable
from app.services.lookup import find_state
from app.services.notices import long_date as _long
from app.services.partial_dates import parse_partial_date
from schemas.checks import Claim, Evidence
from schemas.rules import Treaty


class NotificationChecks(CheckBase):
    def _check_notification_date(self, claim: Claim, as_of: dt.date) -> Outcome:
        """'The notice was handed to the UN Secretary-General on 27 June': against the recorded date of receipt."""
        treaty, state = self._treaty(claim), self._state(claim)
        if claim.value.strip().lower() in ("false", "no"):
            return self._not_notified(treaty, state, as_of)
        value = claim.value.strip().lower()  # 'true' ("the second country to denounce it"): notified by the day of
        value = f"{dt.date.min.isoformat()}/{as_of.isoformat()}" if value in ("true", "yes") else claim.value  # the
        claimed = parse_partial_date(value, as_of, claim.tense or "past")  # report, on a day not said
        horizon = max(as_of, claimed.end) + dt.timedelta(days=_DISPATCH_DAYS)  # sent, not yet received
        notices = sorted(  # a notice later revoked was still given (South Africa, Rome Statute, 2016)
            (n for n in self.notifications(state, treaty.id) if n.received <= horizon), key=lambda n: n.received
        )
        early = earliest_notice(treaty, state, self._provisions(treaty, state), claimed.end)
        name = find_state(state).name
        if not notices and early is not None and claimed.end < early.day:
            return _too_early(find_state(state).name, treaty, early, self.rulebook)
        if not notices and (renounced := renounced_notice(self.rulebook, treaty, state, name, claimed, as_of)):
            return renounced
        if not notices:
            raise Unverifiable(
                f"No notification of withdrawal by {find_state(state).name} from the {treaty.short_name} is "
                f"recorded on or before {as_of}: the records lack the date of receipt."
            )
        hit = next((n for n in reversed(notices) if claimed.contains(n.received)), None)
        notice = hit or notices[-1]
        evidence = [
            Evidence(kind="record", description=f"notification received {notice.received}", url=notice.source_url)
        ]
        trace = [f"record: {state} {treaty.id} received {notice.received}"]
        if hit:
            text = (
                f"Correct: the depositary received {name}'s notification of withdrawal from the "
                f"{treaty.short_name} on {_long(hit.received)}."
            )
            return Outcome("consistent", hit.received.isoformat(), text, evidence, trace)
        dated = next(
            (n for n in reversed(notices) if n.instrument_dated and claimed.contains(n.instrument_dated)), None
        )
        if dated is not None and dated.instrument_dated is not None:  # the right day, given to another act
            text = (
                f"Partly correct: {_long(dated.instrument_dated)} is the date {name}'s instrument of withdrawal from "
                f"the {treaty.short_name} bears; the depositary received it on {_long(dated.received)}, the day the "
                "period runs from."
            )
            return Outcome("partly_consistent", dated.received.isoformat(), text, evidence, trace)
        gap = min(abs((notice.received - claimed.end).days), abs((notice.received - claimed.start).days))
        # A date that misses the receipt is wrong, also by a day or two (tests/data/articles/README.md, "A date
        # that is wrong"): the period runs from receipt, so the day a note was signed, sent or made public is not it.
        near = (
            f" ({gap} day{'s' if gap > 1 else ''} off: the day a note is signed, sent or made public is not the day "
            "the depositary receives it, from which the period runs)"
            if gap <= _DISPATCH_DAYS
            else ""
        )
        text = (
            f"Incorrect: the depositary received {name}'s notification of withdrawal from the {treaty.short_name} "
            f"on {_long(notice.received)}, not {claimed.describe()}{near}."
        )
        return Outcome("inconsistent", notice.received.isoformat(), text, evidence, trace)

    def _not_notified(self, treaty: Treaty, state: str, as_of: dt.date) -> Outcome:
        """'X has not yet notified its withdrawal' on the publication date: wrong if a notice was received by then
        (and not revoked), right where the records hold only a later one (or keep the treaty's exits and hold none)."""
        name = find_state(state).name
        given = self._recorded_notices(state, treaty, as_of)
        if given:
            text = (
                f"Incorrect: the depositary had received {name}'s notification of withdrawal from the "
                f"{treaty.short_name} on {_long(given[-1].received)}, before {_long(as_of)}."
            )
            evidence = [Evidence(kind="record", description=text, url=given[-1].source_url)]
            return Outcome("inconsistent", given[-1].received.isoformat(), text, evidence, [f"record: {state}"])
        later = [n for n in self.notifications(state, treaty.id) if n.received > as_of]
        if later:
            text = (
                f"Correct: {name} had not notified its withdrawal from the {treaty.short_name} by {_long(as_of)}; "
                f"the depositary received its notification on {_long(later[0].received)}."
            )
            evidence = [Evidence(kind="record", description=text, url=later[0].source_url)]
            return Outcome("consistent", later[0].received.isoformat(), text, evidence, [f"record: {state}"])
        if self._tracked(treaty):
            text = (
                f"Correct: no notification of withdrawal by {name} from the {treaty.short_name} is recorded by "
                f"{_long(as_of)} (world/records/{treaty.id})."
            )
            return Outcome("consistent", "false", text, [], [f"world/records/{treaty.id}"])
        raise Unverifiable(
            f"Whether {name} had notified its withdrawal from the {treaty.short_name} by {as_of} is not recorded: "
            f"no world/records/{treaty.id}.yaml keeps its exits."
        )


def _too_early(name: str, treaty: Treaty, early: EarliestNotice, rulebook: Rulebook) -> Outcome:
    """A notice claimed before the treaty let the party give one (Paris Art. 28(1)): none can have been given then."""
    text = f"Incorrect: {early.reason(name, treaty)}; no notification could be given before then."
    evidence = [
        Evidence(kind="rule", description=early.provision.text, citation=provision_citation(rulebook, early.rule))
    ]
    return Outcome("inconsistent", early.day.isoformat(), text, evidence, [f"precondition: {early.provision.cite}"])


_DISPATCH_DAYS = 7
"""Days between a notice's signature or dispatch and its receipt that a claim may confuse (still a wrong date)."""
