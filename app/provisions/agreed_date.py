"""``agreed_date``: the parties may agree the date instead (TEU Art. 50(3): a withdrawal agreement's entry into
force or an extension; VCLT Art. 54(b))."""

from __future__ import annotations

from collections.abc import Iterable

from app.dates import DateResult
from app.provisions.base import AssessmentError, Case, ProvisionKind
from app.rulebook import OwnedProvision
from schemas import api
from schemas.rules import AgreedDateProvision


class AgreedDate(ProvisionKind[AgreedDateProvision]):
    name = "agreed_date"


def apply_agreed_date(
    case: Case, rule: OwnedProvision | None, result: DateResult | None, blocked: bool, notes: list[str]
) -> DateResult | None:
    """The agreed date replaces the computed one, after the notice and only where the withdrawal itself stands
    (an agreed date does not create a right the treaty denies). Returns the date the answer uses."""
    agreed = case.request.facts.agreed_date
    notified = case.request.notification_date
    if agreed is None or notified is None:
        return result
    if agreed <= notified:
        raise AssessmentError(
            "/facts/agreed_date", f"the agreed date {agreed} is not after the notification ({notified})"
        )
    if rule is None or not isinstance(rule.provision, AgreedDateProvision):
        notes.append(
            f"{case.treaty.short_name} provides for no agreed date; the date agreed ({agreed}) was not applied."
        )
        return result
    if blocked:
        notes.append(f"The agreed date {agreed} was not applied: the notification itself has no effect.")
        return result
    provision = rule.provision
    notes.append(f"The parties agreed {agreed} ({provision.cite}): {provision.description}")
    return DateResult.exact(agreed, f"the agreed date {agreed} ({provision.cite})")


def displaced_by_agreement(conditions: list[api.Condition]) -> list[api.Condition]:
    """An agreed date stands whatever the notice period would have met: suspensions and assumptions go."""
    return [c for c in conditions if c.kind not in ("suspension", "assumption")]


def has_own_agreed_date(rules: Iterable[OwnedProvision], treaty_id: str) -> bool:
    """Whether the treaty itself lets the parties agree the date (TEU Art. 50(3)), not only the general law
    (VCLT Art. 54(b))."""
    return any(isinstance(r.provision, AgreedDateProvision) and r.owner.id == treaty_id for r in rules)
