"""``notice``: what must be sent, with what content, to whom (VCLT Arts. 65, 67 and 78 where the treaty is
silent)."""

from __future__ import annotations

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
        return [
            api.Requirement(
                id=str(rule.ref),
                level="international",
                order=order,
                description=f"Send the {provision.instrument} to {', '.join(provision.recipients)}{contents}.",
                actor=provision.actor or case.state.name,
                recipients=list(provision.recipients),
                contents=list(provision.contents),
                citation=case.citation(rule),
            )
        ]
