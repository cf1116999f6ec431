"""Check a journalist's claim against the rulebook and the records: a verdict, the right value, the evidence.

Precision follows the claim: "in March" is right if the date is any day of that March; a year claim is
right if the date falls in that year. Where the rulebook itself is unsure (an unverified threshold, a
conditional or ambiguous date), the verdict says so rather than guessing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from app.services.assessment import AssessmentError, AssessmentService
from app.services.budget import check_deadline
from app.services.checks.bound_on import BoundOnChecks
from app.services.checks.caveats import doubted_facts, with_caveats
from app.services.checks.effective import EffectiveDateChecks
from app.services.checks.in_force import InForceChecks
from app.services.checks.membership import MembershipChecks
from app.services.checks.notification import NotificationChecks
from app.services.checks.outcome import Outcome, Unverifiable
from app.services.checks.parties import PartiesCountChecks
from app.services.checks.rule import RuleChecks
from app.services.checks.text import ClaimReader, refuse_too_long
from app.services.checks.votes import VoteChecks
from app.services.checks.withdrew import WithdrewChecks
from app.services.lookup import NotFound
from app.services.notices import NotificationSource, VoteSource, rulebook_notifications, with_world_records, world_votes
from app.services.partial_dates import AmbiguousDate, UnreadableDate
from schemas.checks import CheckResult, Claim, ClaimKind, FoundClaim, TextCheckRequest, TextCheckResponse


class CheckService(
    WithdrewChecks,
    EffectiveDateChecks,
    BoundOnChecks,
    InForceChecks,
    MembershipChecks,
    PartiesCountChecks,
    NotificationChecks,
    VoteChecks,
    RuleChecks,
):
    """Every claim kind's check in one service: each kind's methods live in its own module (a mixin above)."""

    def __init__(
        self,
        assessments: AssessmentService,
        notifications: NotificationSource | None = None,
        votes: VoteSource | None = None,
    ) -> None:
        self.assessments = assessments
        self.notifications = with_world_records(
            notifications or rulebook_notifications(assessments), assessments.rulebook.world
        )
        self.votes = votes or world_votes(assessments.rulebook.world)
        self._party_counts: dict[tuple[str, dt.date], int] = {}

    def check(self, claim: Claim, default_as_of: dt.date | None = None) -> CheckResult:
        """One claim's verdict, from the handler :data:`HANDLERS` maps its kind to."""
        as_of = claim.as_of or default_as_of or dt.date.today()
        check_deadline()  # a request of 1,000 claims stops at its deadline (503), not after minutes
        try:
            outcome = HANDLERS[claim.kind](self, claim, as_of)
        except NotFound as exc:
            outcome = Outcome.unverifiable(f"Cannot check: {exc}.")
        except AssessmentError as exc:
            outcome = Outcome.unverifiable(f"Cannot check: {exc}")
        except AmbiguousDate as exc:
            outcome = Outcome.unverifiable(f"The date is ambiguous: {exc}.")
        except UnreadableDate as exc:
            outcome = Outcome.unverifiable(f"Cannot read the date: {exc}.")
        except Unverifiable as exc:
            outcome = Outcome.unverifiable(str(exc), exc.evidence)
        outcome, caveats = self._caveats(claim, outcome, as_of)
        return CheckResult(
            id=claim.id,
            claim=claim,
            verdict=outcome.verdict,
            correct_value=outcome.correct_value,
            explanation=outcome.explanation,
            evidence=outcome.evidence,
            trace=outcome.trace,
            caveats=caveats,
        )

    def _check_signature(self, claim: Claim, as_of: dt.date) -> Outcome:
        """A signature claim: a count of signatories told as a signing ('signed by 195 countries last December') is a
        count (parties.py), any other a State's or the treaty's signature (membership.py)."""
        return self._signatories_told_as_signed(claim, as_of) or self._check_signed(claim, as_of)

    def _caveats(self, claim: Claim, outcome: Outcome, as_of: dt.date) -> tuple[Outcome, list[str]]:
        """The doubted world facts the outcome rests on, said in its explanation and as caveats (world ``doubts``)."""
        try:
            treaty = self._treaty(claim)
        except (NotFound, AssessmentError, Unverifiable):
            return outcome, []
        return with_caveats(outcome, doubted_facts(self.rulebook.world, claim, treaty, outcome, as_of))

    def check_text(self, reader: ClaimReader, body: TextCheckRequest) -> TextCheckResponse:
        """Find the claims in an article and check each: the one path for the API, the CLI and the page."""
        refuse_too_long(body.text)
        claims = [
            FoundClaim(
                start=f.start, end=f.end, quote=f.quote, claim=f.claim, result=self.check(f.claim, body.published)
            )
            for f in reader.find(body.text, body.published)
        ]
        return TextCheckResponse(published=body.published, claims=claims, rules_version=self.rulebook.version)


Handler = Callable[[CheckService, Claim, dt.date], Outcome]


HANDLERS: dict[ClaimKind, Handler] = {
    "effective_date": CheckService._check_effective_date,
    "notice_period": CheckService._check_notice_period,
    "required_vote": CheckService._check_required_vote,
    "entry_into_force": CheckService._check_entry_into_force,
    "joined": CheckService._check_joined,
    "parties_count": CheckService._check_parties_count,
    "bound_on": CheckService._check_bound_on,
    "notification_date": CheckService._check_notification_date,
    "withdrew": CheckService._check_withdrew,
    "vote_tally": CheckService._check_vote_tally,
    "signed": CheckService._check_signature,
    "ratified": CheckService._check_ratified,
    "acceded": CheckService._check_ratified,
    "rule": CheckService._check_rule,
}
"""Each claim kind and the method that checks it; a new kind adds a row (a test checks every kind has one)."""
