"""``needs_review``: words of a drafted clause the clause reader could not turn into a rule (app/drafting).

It adds a condition quoting the words, so the answer shows what was not read; one about the effect stands in
for the effect provision, and the status table then gives no date (``needs_review``) rather than a guess.
"""

from __future__ import annotations

from app.provisions.base import Case, ProvisionKind
from app.rulebook import OwnedProvision
from schemas import api
from schemas.rules import NeedsReviewProvision


class NeedsReview(ProvisionKind[NeedsReviewProvision]):
    name = "needs_review"
    condition_order = 3

    def conditions(self, case: Case, rule: OwnedProvision, provision: NeedsReviewProvision) -> list[api.Condition]:
        description = f"Not read by the clause reader ({provision.reason}): “{provision.text.strip()}”"
        affects = provision.about in ("effect", "precondition", "suspension")
        return [case.condition(rule, "needs_review", description, affects_date=affects)]
