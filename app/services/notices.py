"""What states did, as the checks read it: notifications of withdrawal (from the database or the rule files'
examples and world/records), the extensions agreed and the clock time they take effect (TEU Art. 50(3)), and the
recorded votes of domestic bodies (world/records domestic steps)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from app.services.assessment import AssessmentService
from app.world.model import World
from schemas.facts import AssessmentFacts
from schemas.world import Dispute, EffectTime, Tally


def long_date(day: dt.date) -> str:
    """``2025-03-06`` -> '6 March 2025', as the explanations write dates."""
    return f"{day.day} {day:%B %Y}"


@dataclass(frozen=True)
class Notification:
    """A recorded notification of withdrawal (from the database, or a rule file's examples)."""

    received: dt.date
    specified_date: dt.date | None
    source_url: str
    record_id: int | None = None
    agreed_date: dt.date | None = None
    revoked: dt.date | None = None  # a revocation received then: the notification stands before that day
    recorded_effective: dt.date | None = None  # as the depositary or an official source records it
    approximate: bool = False  # the day of receipt is not recorded (only its month or year)
    received_precision: str = "day"  # 'month' or 'year' where approximate
    extensions: tuple[tuple[dt.date, dt.date], ...] = ()  # (decided on, new effective date), in order
    effect_time: EffectTime | None = None  # the clock time it takes effect, where sourced (TEU Art. 50(3))
    disputed: Dispute | None = None  # whether or when it took effect is disputed (DPRK, NPT, 2003)
    instrument_dated: dt.date | None = None  # the date the instrument bears, where recorded (not its receipt)

    def facts(self, as_of: dt.date | None = None) -> AssessmentFacts:
        """The facts as known on ``as_of``: an extension decided later is not yet known (an article of 2017 is
        right that the UK would leave in March 2019); an agreed date moved by extensions is the latest one."""
        agreed = self.agreed_date
        if self.extensions and as_of is not None:
            known = [new for decided, new in self.extensions if decided <= as_of]
            agreed = known[-1] if known else None
        return AssessmentFacts(specified_date=self.specified_date, agreed_date=agreed)

    def local_day(self, day: dt.date) -> tuple[dt.date | None, str]:
        """The day the withdrawal took effect on the withdrawing state's clock, when it differs from ``day``
        (00:00 Brussels time is 23:00 the day before in London), and a sentence saying so; else (None, '')."""
        if self.effect_time is None:
            return None, ""
        when = self.effect_time
        instant = dt.datetime.combine(day, when.time, ZoneInfo(when.zone))
        local = instant.astimezone(ZoneInfo(when.local_zone))
        if local.date() == day:
            return None, ""
        return local.date(), (
            f" It took effect at {instant:%H:%M} {instant.tzname()} on {long_date(day)}, which was {local:%H:%M} "
            f"{local.tzname()} on {long_date(local.date())} on the withdrawing state's clock: either day is right "
            f"({when.source.title})."
        )


NotificationSource = Callable[[str, str], list[Notification]]


@dataclass(frozen=True)
class RecordedVote:
    """A recorded vote of a domestic body on a withdrawal: for, against[, abstained]."""

    date: dt.date
    body: str
    tally: tuple[int, ...]
    source_url: str


VoteSource = Callable[[str, str], list[RecordedVote]]


def world_votes(world: World) -> VoteSource:
    """Recorded votes of domestic bodies on a treaty: on a withdrawal, from the world records' domestic steps
    (world/records); on the consent, from the party rows' approval votes (world/parties ``approval_vote``)."""

    def lookup(state: str, treaty: str) -> list[RecordedVote]:
        votes = []
        procedures = [(r.domestic_steps, r.sources) for _, r in world.records_for(treaty, state)]
        procedures += [(p.domestic_steps, p.sources) for _, p in world.unnotified_for(treaty, state)]
        for steps, sources in procedures:
            for step in steps:
                figures = _figures(step.tally)
                if step.tally is None or not figures:
                    continue
                url = str(step.source.url) if step.source else str(sources[0].url)
                votes.append(RecordedVote(step.date, step.actor, figures, url))
        row = world.entry(treaty, state)
        for membership in row.memberships if row is not None else []:
            vote = membership.approval_vote
            if vote is not None and membership.approved is not None and (figures := _figures(vote.tally)):
                votes.append(RecordedVote(membership.approved, vote.body, figures, str(vote.source.url)))
        return votes

    return lookup


def _figures(tally: Tally | None) -> tuple[int, ...]:
    """For, against, abstained, up to the first figure not recorded (none where 'for' is not)."""
    if tally is None or tally.for_ is None:
        return ()
    known = (tally.for_, tally.against, tally.abstained)
    return tuple(n for n in known[: next((i for i, n in enumerate(known) if n is None), 3)] if n is not None)


def rulebook_notifications(service: AssessmentService) -> NotificationSource:
    """Notifications from the rule files' examples: the records the database is seeded with."""

    def lookup(state: str, treaty_id: str) -> list[Notification]:
        treaty = service.rulebook.treaties[treaty_id]
        found: dict[dt.date, Notification] = {}
        for e in sorted(treaty.examples, key=lambda e: e.facts.agreed_date is None):
            if e.state != state or e.received is None or e.facts.armed_conflict is not None or e.revoked is not None:
                continue
            found.setdefault(
                e.received,
                Notification(e.received, e.facts.specified_date, str(e.sources[0].url), None, e.facts.agreed_date),
            )
        for _, record in service.rulebook.world.records_for(treaty_id, state):  # what states did (world/records)
            if record.act in ("withdrawal", "denunciation"):
                found.setdefault(
                    record.notified,
                    Notification(
                        record.notified, record.specified_date, str(record.sources[0].url), revoked=record.revoked,
                        recorded_effective=record.recorded_effective, approximate=record.notified_precision != "day",
                        received_precision=record.notified_precision,
                    ),
                )  # fmt: skip
        return sorted(found.values(), key=lambda n: n.received)

    return lookup


def with_world_records(source: NotificationSource, world: World) -> NotificationSource:
    """Each notification with what its world record adds, whatever the source (database, rule files): the
    extensions agreed and when (TEU Art. 50(3)), the clock time it takes effect, a dispute over its effect, and its
    revocation before it took effect (VCLT Art. 68: a rule file's example keeps the notice, the record its fate)."""

    def lookup(state: str, treaty: str) -> list[Notification]:
        records = {r.notified: r for _, r in world.records_for(treaty, state)}
        out = []
        for notice in source(state, treaty):
            record = records.get(notice.received)
            if record is None:
                out.append(notice)
                continue
            extended = tuple(
                (e.known_from, e.new_effective) for e in record.events if e.kind == "extended" and e.new_effective
            )
            out.append(
                replace(
                    notice, extensions=extended or notice.extensions, effect_time=record.effect_time,
                    recorded_effective=notice.recorded_effective or record.recorded_effective,
                    disputed=record.disputed, instrument_dated=record.signed, revoked=notice.revoked or record.revoked,
                )
            )  # fmt: skip
        return out

    return lookup
