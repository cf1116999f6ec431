"""What the rulebook covers and how well it was verified: the truth about every treaty and state file."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from app.rulebook import Rulebook
from app.services.assessment import AssessmentService
from schemas import api
from schemas.api import AssessmentRequest
from schemas.coverage import Coverage, ExampleProblem, StateCoverage, Tiers, TreatyCoverage, WorldCoverage
from schemas.rules import Case


def case_effective(service: AssessmentService, treaty_id: str, case: Case) -> api.Effective:
    """The effective part of the answer the rules alone give to a rule file's constructed case."""
    request = AssessmentRequest(
        treaty=treaty_id, state=case.state, notification_date=case.received, facts=case.facts, as_of=case.as_of
    )
    return service.evaluate(request, today=case.as_of, world=False).assessment.effective


def case_expected(case: Case) -> tuple[str, dt.date | None, dt.date | None]:
    """What a case expects: status, date and (when the file gives it) the earliest date."""
    given = "expect_earliest" in case.model_fields_set
    return case.expect_status, case.expect_date, case.expect_earliest if given else None


def case_computed(case: Case, effective: api.Effective) -> tuple[str, dt.date | None, dt.date | None]:
    given = "expect_earliest" in case.model_fields_set
    return effective.status, effective.date, effective.earliest_date if given else None


def lint_examples(service: AssessmentService, today: dt.date) -> list[ExampleProblem]:
    """Every example's and every constructed case's answer recomputed by the engine from the rules alone (they
    test the rule beside them; what the world files add, such as a recorded extension, is tested with them);
    each mismatch is a problem."""
    problems = []
    for treaty in sorted(service.rulebook.treaties.values(), key=lambda t: t.id):
        for example in treaty.examples:
            request = AssessmentRequest(
                treaty=treaty.id, state=example.state, notification_date=example.received, facts=example.facts
            )
            effective = service.evaluate(request, today=today, world=False).assessment.effective
            if (effective.status, effective.date) != (example.expect_status, example.expect_date):
                problems.append(
                    ExampleProblem(
                        treaty=treaty.id,
                        state=example.state,
                        received=example.received,
                        expected=f"{example.expect_status} {example.expect_date}",
                        computed=f"{effective.status} {effective.date}",
                    )
                )
        for case in treaty.cases:
            expected, computed = case_expected(case), case_computed(case, case_effective(service, treaty.id, case))
            if expected != computed:
                problems.append(
                    ExampleProblem(
                        treaty=treaty.id,
                        state=case.state,
                        received=case.received,
                        expected=f"case {case.name}: " + " ".join(map(str, expected)),
                        computed=" ".join(map(str, computed)),
                    )
                )
    return problems


def lint_citations(rulebook: Rulebook) -> list[str]:
    """Every provision has its article, verbatim text and a source URL; every clause a review date."""
    problems = []
    for treaty in rulebook.treaties.values():
        for provision in rulebook.provisions_for(treaty):
            _, url = rulebook.provision_source(treaty, provision)
            where = f"rules/treaties/{treaty.id}.yaml: {provision.id}"
            if not provision.cite.strip():
                problems.append(f"{where}: no article cited")
            if not provision.text.strip():
                problems.append(f"{where}: no verbatim text")
            if not url:
                problems.append(f"{where}: no source URL")
    return problems


def coverage(service: AssessmentService, today: dt.date) -> Coverage:
    rulebook = service.rulebook
    failing = {(p.treaty, p.state, p.received) for p in lint_examples(service, today)}
    treaties = []
    for treaty in sorted(rulebook.treaties.values(), key=lambda t: t.id):
        provisions = list(treaty.withdrawal.provisions)
        counts = Counter(p.verification for p in provisions)
        unverified = [
            f"{p.id} ({p.cite}): {p.note or p.verification}" for p in provisions if p.verification != "verified"
        ]
        treaties.append(
            TreatyCoverage(
                id=treaty.id,
                short_name=treaty.short_name,
                tier=treaty.tier,
                clause=treaty.withdrawal.article,
                nature=treaty.nature,
                reviewed=treaty.withdrawal.reviewed.on if treaty.withdrawal.reviewed else None,
                drafted=treaty.withdrawal.drafted.on if treaty.withdrawal.drafted else None,
                provisions_needing_review=sum(p.kind == "needs_review" for p in provisions),
                clause_verification=treaty.withdrawal.verification,
                provisions_verified=counts["verified"],
                provisions_partly_verified=counts["partly_verified"],
                provisions_unverified=counts["unverified"],
                provisions_drafted=counts["drafted"],
                not_verified=unverified,
                examples=len(treaty.examples),
                examples_passing=sum((treaty.id, e.state, e.received) not in failing for e in treaty.examples),
                depositary=treaty.depositary,
                depositary_verification=(
                    depositary.verification
                    if (depositary := rulebook.depositaries.get(treaty.depositary or "bilateral"))
                    else None
                ),
                world=world_coverage(rulebook, treaty.id),
            )
        )
    states = [
        StateCoverage(
            iso3=s.iso3,
            name=s.name,
            reviewed=s.reviewed.on,
            confidence=s.confidence,
            confidence_note=s.confidence_note,
            steps_verified=sum(step.verification == "verified" for step in s.steps),
            steps=len(s.steps),
            open_questions=list(s.open_questions),
        )
        for s in sorted(rulebook.states.values(), key=lambda s: s.iso3)
    ]
    tiers = Counter(t.tier for t in treaties)
    totals = Tiers(treaties=len(treaties), reviewed=tiers["reviewed"], drafted=tiers["drafted"])
    return Coverage(rules_version=rulebook.version, counts=totals, treaties=treaties, states=states)


def world_coverage(rulebook: Rulebook, treaty_id: str) -> WorldCoverage | None:
    """How complete the party list and the records of one treaty are (None when the world files hold neither)."""
    listing = rulebook.world.parties.get(treaty_id)
    records = rulebook.world.records.get(treaty_id)
    if listing is None and records is None:
        return None
    acts = list(records.records) if records else []
    notes = [n for n in (listing.note if listing else None, records.note if records else None) if n]
    return WorldCoverage(
        party_list=listing is not None,
        parties_listed=len(listing.parties) if listing else 0,
        party_list_as_of=listing.as_of if listing else None,
        party_list_complete=bool(listing and listing.complete),
        party_list_source=str(listing.source.url) if listing else None,
        records=len(acts),
        records_with_depositary_reference=sum(r.depositary_reference is not None for r in acts),
        records_with_domestic_steps=sum(bool(r.domestic_steps) for r in acts),
        records_complete_since=records.complete_since if records else None,
        note=" ".join(notes)[:2000] or None,
    )
