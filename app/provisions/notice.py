"""``notice``: what must be sent, with what content, to whom (VCLT Arts. 65, 67 and 78 where the treaty is
silent)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from app.provisions.base import Case, ProvisionKind
from app.rulebook import OwnedProvision
from schemas import api
from schemas.rules import NoticeProvision


class Notice(ProvisionKind[NoticeProvision]):
    name = "notice"
    requirement_order = 1

    def requirements(
        self, case: Case, rule: OwnedProvision, provision: NoticeProvision, order: int
    ) -> list[api.Requirement]:
        contents = f", including {'; '.join(provision.contents)}" if provision.contents else ""
        day = case.request.notification_date or case.as_of
        recipients, dated = provision.recipients_on(day)
        since = f" (from {dated.since}: {dated.basis})" if dated else ""
        citation = case.citation(rule)
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
        return [
            api.Requirement(
                id=str(rule.ref),
                level="international",
                order=order,
                description=f"Send the {provision.instrument} to {', '.join(recipients)}{contents}{since}.",
                actor=provision.actor or case.state.name,
                recipients=recipients,
                contents=list(provision.contents),
                citation=citation,
            )
        ]


def recipients_of(rules: Iterable[OwnedProvision], on: dt.date) -> tuple[OwnedProvision, list[str]] | None:
    """The notice provision among ``rules`` and to whom notice goes on ``on`` (a claim 'notified to X')."""
    for rule in rules:
        if isinstance(rule.provision, NoticeProvision):
            return rule, list(rule.provision.recipients_on(on)[0])
    return None
