"""Typed references hold: every rule an answer or a check names exists in the rule files, every provision class
has its kind, every claim kind has its handler, and an effective-date check cites the effect provision the
date came from (WHO `effect-usa` / `effect-others`, Rome Statute `effect` / `amendment-withdrawal`)."""

from __future__ import annotations

import typing

import pytest

from app.provisions import KINDS
from app.rulebook import Rulebook
from app.services.assessment import AssessmentService
from app.services.checks import HANDLERS, CheckService
from schemas.api import AssessmentRequest
from schemas.checks import Claim, ClaimKind
from schemas.rules import Provision
from tests.conftest import TODAY


def _rule_names(rulebook: Rulebook) -> set[str]:
    names = {name for treaty in rulebook.treaties.values() for name in rulebook.owned_provisions(treaty)}
    world = rulebook.world  # the world files an answer may cite: a party list, records, a situation
    names |= {"world/parties"} | {f"world/parties/{t}" for t in world.parties}
    names |= {f"world/records/{t}" for t in world.records} | {f"world/situations/{s.id}" for s in world.situations}
    return names | {f"{state.iso3}/{step.id}" for state in rulebook.states.values() for step in state.steps}


def _examples(rulebook: Rulebook) -> list[tuple[str, typing.Any]]:
    return [(t.id, e) for t in rulebook.treaties.values() for e in t.examples]


def test_every_provision_class_has_its_kind() -> None:
    union = typing.get_args(typing.get_args(Provision)[0])
    classes = {typing.get_args(member)[0] for member in union}
    assert classes == set(KINDS)


def test_every_claim_kind_has_its_handler() -> None:
    assert set(typing.get_args(ClaimKind)) == set(HANDLERS)


def test_every_trace_of_every_example_names_an_existing_rule(service: AssessmentService) -> None:
    names = _rule_names(service.rulebook)
    for treaty_id, example in _examples(service.rulebook):
        request = AssessmentRequest(
            treaty=treaty_id, state=example.state, notification_date=example.received, facts=example.facts
        )
        answer = service.assess(request, today=TODAY)
        named = {t.rule for t in answer.trace} | {c.rule for c in answer.citations}
        named |= {c.id for c in answer.effective.conditions} | {r.id for r in answer.requirements}
        assert named <= names, f"{treaty_id} {example.state}: {sorted(named - names)}"


def test_every_check_of_every_example_names_existing_rules_and_cites_its_effect(service: AssessmentService) -> None:
    names = _rule_names(service.rulebook)
    checks = CheckService(service)
    checked = set()
    for treaty_id, example in _examples(service.rulebook):
        if example.received is None or example.expect_date is None or example.revoked or example.facts.armed_conflict:
            continue
        claim = Claim(kind="effective_date", treaty=treaty_id, state=example.state, value=str(example.expect_date))
        result = checks.check(claim, example.expect_date)
        rules = {t for t in result.trace if "/" in t and not t.startswith("record:")}
        assert rules <= names, f"{treaty_id} {example.state}: {sorted(rules - names)}"
        cited = [e.citation for e in result.evidence if e.kind == "assessment"]
        assert cited and cited[0] is not None, f"{treaty_id} {example.state}: the effect provision is not cited"
        assert cited[0].rule in rules
        checked.add((treaty_id, cited[0].rule))
    assert {("who-constitution", "who-constitution/effect-usa"), ("rome-statute", "rome-statute/effect")} <= checked


@pytest.mark.parametrize(
    ("facts", "rule", "cite"),
    [({}, "rome-statute/effect", "Art. 127(1)"), ({"amendment_not_accepted": True}, "rome-statute/amendment-withdrawal",
                                                  "Art. 121(6)")],
)  # fmt: skip
def test_the_effect_that_wins_is_the_basis_of_the_date(
    service: AssessmentService, facts: dict[str, bool], rule: str, cite: str
) -> None:
    request = AssessmentRequest(treaty="rome-statute", state="HUN", notification_date="2025-06-02", facts=facts)  # type: ignore[arg-type]
    basis = service.assess(request, today=TODAY).effective.basis
    assert basis is not None and basis.rule == rule and basis.cite.startswith(cite)


def test_texts_not_read_in_a_source_are_not_called_verbatim(rulebook: Rulebook) -> None:
    """The review's audit kept honest: a clause whose note says its wording came from memory, general knowledge or
    a reference file is a paraphrase, and so is every provision whose own note says so."""
    not_read = (
        "from memory",
        "english wording was not read",
        "english wording above is from",
        "are the reference file",
    )
    for treaty in rulebook.treaties.values():
        clause = treaty.withdrawal
        if clause.text and any(k in (clause.note or "").lower() for k in not_read):
            assert clause.wording == "paraphrase", treaty.id
        for provision in clause.provisions:
            if any(k in (provision.note or "").lower() for k in ("from memory", "general knowledge")):
                assert provision.wording == "paraphrase", f"{treaty.id}/{provision.id}"
    for state in rulebook.states.values():
        for step in state.steps:
            if "paraphrase" in (step.note or "").lower():
                assert step.wording == "paraphrase", f"{state.iso3}/{step.id}"
