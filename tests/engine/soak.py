"""Soak run (child process): N random scenarios through the full assessment with the memo disabled.

Exits 0 when every answer satisfies the date properties and the engine agrees with the plain-Python
reading of the same rules; prints a summary line. Run: ``python -m tests.engine.soak 20000``.
"""

from __future__ import annotations

import datetime as dt
import random
import sys

from app.engine import treaty_ruleset
from app.facts import random_facts
from app.rulebook import load_rulebook
from app.services.assessment import AssessmentError, AssessmentService
from schemas.api import AssessmentRequest


def main(count: int, seed: int = 7) -> int:
    rulebook = load_rulebook()
    service = AssessmentService(rulebook)
    rng = random.Random(seed)
    treaties = sorted(rulebook.treaties)
    states = ["LTU", "LVA", "EST", "USA", "FRA", "RUS", "JPN", "BDI", "ITA", "TTO"]
    failures: list[str] = []
    for i in range(count):
        received = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(365 * 80))
        facts = random_facts(rng, received)
        request = AssessmentRequest(
            treaty=rng.choice(treaties),
            state=rng.choice(states),
            notification_date=received if rng.random() < 0.85 else None,
            facts=facts,  # type: ignore[arg-type]
        )
        try:
            answer = service.assess(request, today=dt.date(2026, 11, 28), use_cache=False)
        except AssessmentError as exc:
            treaty = service.find_treaty(request.treaty)
            adopted = treaty.adopted or treaty.entry_into_force
            too_early = bool(request.notification_date and adopted and request.notification_date < adopted)
            too_late = bool(
                request.notification_date and treaty.terminated and request.notification_date >= treaty.terminated
            )
            agreed = request.facts.agreed_date
            agreed_too_soon = bool(agreed and request.notification_date and agreed <= request.notification_date)
            if not (too_early or too_late or agreed_too_soon):
                failures.append(f"#{i} {request.model_dump_json()}: refused: {exc}")
            continue
        eff = answer.effective
        problems = []
        if eff.status == "determined":
            if eff.date is None or request.notification_date is None or eff.date < request.notification_date:
                problems.append("determined without a date on or after receipt")
            if (
                request.facts.specified_date
                and request.facts.agreed_date is None
                and any("later than the minimum" in n for n in answer.notes)
                and eff.date != request.facts.specified_date
            ):
                problems.append("a later date named in the notice was not applied")
        if eff.status != "determined" and eff.date is not None:
            problems.append(f"{eff.status} with a date")
        if eff.status == "ambiguous" and (len(eff.candidates) != 2 or eff.candidates[0] >= eff.candidates[1]):
            problems.append("ambiguous without two ordered candidates")
        if request.notification_date and eff.earliest_date and eff.earliest_date < request.notification_date:
            problems.append("earliest date before receipt")
        if (
            request.facts.armed_conflict
            and eff.status == "determined"
            and any(c.kind == "suspension" for c in eff.conditions)
        ):
            problems.append("suspension ignored")
        applied = {t.rule for t in answer.trace if t.applied and t.step == "applies"}
        treaty_rules = {r for r in applied if not r.startswith(answer.state.iso3 + "/")}
        facts_seen = service.engine_facts(request, today=dt.date(2026, 11, 28))
        if treaty_rules != service.engine.decide_in_python(treaty_ruleset(answer.treaty.id), facts_seen):
            problems.append("engine and plain-Python reading disagree")
        if not answer.citations or any(not c.cite for c in answer.citations):
            problems.append("answer without citations")
        if problems:
            failures.append(f"#{i} {request.model_dump_json()}: {'; '.join(problems)}")
    print(f"soak: {count} scenarios, {len(failures)} failures, engine evaluations {service.engine.evaluations}")
    for failure in failures[:20]:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000))
