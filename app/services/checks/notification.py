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
from app.services.notices import Notification
from app.services.notices import long_date as _long
from app.services.partial_dates import PartialDate, parse_partial_date
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
        claimed = _by_report(parse_partial_date(value, as_of, claim.tense or "past"), as_of, claim.tense)  # report,
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
        if not notices and (other := self._other_act_notified(treaty, state, name, claimed, as_of)) is not None:
            return other
        if not notices:
            return self._notified_after_report(treaty, state, name, claimed, as_of)
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
        if claimed.precision != "day" and claimed.end == as_of and (notice.received - as_of).days > 0:
            return _received_after_report(name, treaty, notice, as_of, evidence, trace)
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

    def _other_act_notified(
        self, treaty: Treaty, state: str, name: str, claimed: PartialDate, as_of: dt.date
    ) -> Outcome | None:
        """'The Foreign Ministry forwarded these notifications on July 14, 2007' of a suspension (Russia, CFE
        Treaty): a notice of another act than withdrawal recorded on the claimed day (world/records: a suspension,
        a revoked ratification) is the notice the sentence dates; the answer names the act."""
        for _, record in self.rulebook.world.records_for(treaty.id, state):
            if record.ends_participation or record.notified > as_of or not claimed.contains(record.notified):
                continue
            act = record.act.replace("_", " ")
            text = (
                f"Correct for a notice of {act}: {name} notified its {act} of the {treaty.short_name} on "
                f"{_long(record.notified)}; no notice of withdrawal was given then."
            )
            evidence = [Evidence(kind="record", description=text, url=str(record.sources[0].url))]
            trace = [f"record: {state} {treaty.id} {record.act} {record.notified}"]
            return Outcome("consistent", record.notified.isoformat(), text, evidence, trace)
        return None

    def _notified_after_report(
        self, treaty: Treaty, state: str, name: str, claimed: PartialDate, as_of: dt.date
    ) -> Outcome:
        """'X has submitted its withdrawal to the UN' on a day by which no notice of X had reached the depositary,
        nor in the week after (a notice sent reaches it within days): where the treaty's exits are kept
        (world/records) and X's notice is recorded later, none had been submitted by the report's day (wrong, the
        later receipt named); where they are not kept, the later notice is named and nothing is confirmed."""
        later = [n for n in self.notifications(state, treaty.id) if n.received > claimed.end]
        if not later or claimed.end > as_of:
            raise Unverifiable(
                f"No notification of withdrawal by {name} from the {treaty.short_name} is recorded on or before "
                f"{as_of}: the records lack the date of receipt."
            )
        notice = later[0]
        when = f"by {_long(as_of)}" if claimed.end == as_of else claimed.describe()
        fact = (
            f"the depositary received {name}'s notification of withdrawal from the {treaty.short_name} on "
            f"{_long(notice.received)}, {(notice.received - as_of).days} days after the report"
        )
        evidence = [Evidence(kind="record", description=fact, url=notice.source_url)]
        if not self._tracked(treaty):
            raise Unverifiable(f"No notification {when} is recorded, but the records are not kept whole: {fact}.")
        text = (
            f"Incorrect: no notification of {name} had reached the depositary {when}, nor in the {_DISPATCH_DAYS} "
            f"days after (a notice sent reaches it within days; world/records/{treaty.id} keeps the treaty's exits): "
            f"{fact}. A decision or an announcement is not a notice."
        )
        return Outcome("inconsistent", notice.received.isoformat(), text, evidence, [f"world/records/{treaty.id}"])

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


def _by_report(claimed: PartialDate, as_of: dt.date, tense: str | None) -> PartialDate:
    """A notice told as given ('has submitted', 'submits', 'notified in March') happened by the report's day: a
    period reaching past it is cut there (said on 16 March, 'in March' is 1 to 16 March)."""
    if tense == "future" or not claimed.start <= as_of < claimed.end:
        return claimed
    return PartialDate(claimed.start, as_of, "interval", claimed.text)


def _received_after_report(
    name: str, treaty: Treaty, notice: Notification, as_of: dt.date, evidence: list[Evidence], trace: list[str]
) -> Outcome:
    """'X has submitted its notice' (no day said) where the depositary's receipt is dated a few days after the
    report: the notice was sent or handed over, and received later (its receipt is what the clause counts from;
    README 'A notice received after the report'): right in substance, early in its day (partly)."""
    days = (notice.received - as_of).days
    text = (
        f"Partly correct: the depositary received {name}'s notification of withdrawal from the {treaty.short_name} "
        f"on {_long(notice.received)}, {days} day{'s' if days > 1 else ''} after the report: a notice sent or handed "
        "over is received later, and the period runs from its receipt."
    )
    return Outcome("partly_consistent", notice.received.isoformat(), text, evidence, trace)


def _too_early(name: str, treaty: Treaty, early: EarliestNotice, rulebook: Rulebook) -> Outcome:
    """A notice claimed before the treaty let the party give one (Paris Art. 28(1)): none can have been given then."""
    text = f"Incorrect: {early.reason(name, treaty)}; no notification could be given before then."
    evidence = [
        Evidence(kind="rule", description=early.provision.text, citation=provision_citation(rulebook, early.rule))
    ]
    return Outcome("inconsistent", early.day.isoformat(), text, evidence, [f"precondition: {early.provision.cite}"])


_DISPATCH_DAYS = 7
"""Days between a notice's signature or dispatch and its receipt that a claim may confuse (still a wrong date)."""
