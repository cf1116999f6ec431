"""``notice``: what must be sent, with what content, to whom (VCLT Arts. 65, 67 and 78 where the treaty is
silent)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from app.json_parts import shared
from app.memo import memoized
from app.provisions.base import Case, ProvisionKind, provision_citation
from app.rulebook import OwnedProvision, Rulebook
from schemas import api
from schemas.rules import DatedRecipients, NoticeProvision


class Notice(ProvisionKind[NoticeProvision]):
    name = "notice"
    requirement_order = 1

    def requirements(
        self, case: Case, rule: OwnedProvision, provision: NoticeProvision, order: int
    ) -> list[api.Requirement]:
        day = case.request.notification_date or case.as_of
        dated = provision.recipients_on(day)[1] if provision.recipients_from else None  # most name one only
        return [notice_requirement(case.rulebook, rule, dated, order, provision.actor or case.state.name)]


@memoized(
    16_384,  # every notice provision, in a few places of the list, with a few actors
    key=lambda rulebook, rule, dated, order, actor: (
        rulebook.version,
        rule.ref.owner,
        rule.ref.id,
        dated.since if dated else None,
        order,
        actor,
    ),
)
def notice_requirement(
    rulebook: Rulebook, rule: OwnedProvision, dated: DatedRecipients | None, order: int, actor: str
) -> api.Requirement:
    """The notice to send, to the recipients in force on the day (``dated``: the dated value that gave them,
    cited from its own source; None: the clause's own). A pure function of its arguments and the rules version,
    so it is built once and shared read-only."""
    provision = rule.provision
    assert isinstance(provision, NoticeProvision)
    contents = f", including {'; '.join(provision.contents)}" if provision.contents else ""
    recipients = list(dated.recipients) if dated else list(provision.recipients)
    since = f" (from {dated.since}: {dated.basis})" if dated else ""
    citation = provision_citation(rulebook, rule)
    if dated is not None:  # the value in force on the day, cited from its own source
        citation = citation.model_copy(
            update={
                "cite": f"{citation.cite}; from {dated.since}: {dated.basis}",
                "url": str(dated.source.url),
                "text": dated.source.quote or citation.text,
                "verification": dated.verification,
                "note": dated.note,
            }
        )
    return shared(
        api.Requirement(
            id=str(rule.ref),
            level="international",
            order=order,
            description=f"Send the {provision.instrument} to {', '.join(recipients)}{contents}{since}.",
            actor=actor,
            recipients=recipients,
            contents=list(provision.contents),
            citation=citation,
        )
    )


def recipients_of(rules: Iterable[OwnedProvision], on: dt.date) -> tuple[OwnedProvision, list[str]] | None:
    """The notice provision among ``rules`` and to whom notice goes on ``on`` (a claim 'notified to X')."""
    for rule in rules:
        if isinstance(rule.provision, NoticeProvision):
            return rule, list(rule.provision.recipients_on(on)[0])
    return None


def dated_recipients(rules: Iterable[OwnedProvision], on: dt.date) -> tuple[int, ...]:
    """Which dated value gives the recipients in force on ``on`` of each notice provision among ``rules``, by
    identity (0: the clause's own): all that :meth:`Notice.requirements` reads of the day."""
    return tuple(
        id(rule.provision.recipients_on(on)[1]) if rule.provision.recipients_from else 0
        for rule in rules
        if isinstance(rule.provision, NoticeProvision)
    )
