"""Named examples for the OpenAPI document: each runs against the live app in the tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.rulebook import Rulebook
from schemas.api import Problem
from schemas.facts import AssessmentFacts

RULE_FILE_CASES: dict[str, tuple[str, int]] = {
    "oslo-lithuania": ("ccm", 0),
    "ottawa-lithuania": ("apmbc", 0),
    "ottawa-armed-conflict": ("apmbc", 3),
    "paris-precondition": ("paris-agreement", 0),
    "unesco-31-december": ("unesco-constitution", 0),
    "icrw-30-june": ("icrw", 0),
    "icsid-day-after": ("icsid-convention", 0),
    "who-us-reservation": ("who-constitution", 0),
    "iccpr-no-right": ("iccpr", 0),
    "teu-agreed-date": ("teu", 0),
}
"""Named OpenAPI examples that are real withdrawals: (treaty, index of the example in its rule file). The question
and its expected answer are read from the rule file, never copied here."""


RULE_FILE_EDGES: dict[str, tuple[str, str]] = {
    "month-end-ambiguous": ("ccm", "month-end-receipt-is-ambiguous"),
    "istanbul-first-of-month": ("istanbul-convention", "first-day-of-the-month-after-three-months"),
}
"""Named OpenAPI examples that are constructed legal cases: (treaty, name of the case in its rule file)."""


def _question(treaty_id: str, state: str, received: dt.date | None, facts: AssessmentFacts) -> dict[str, Any]:
    value: dict[str, Any] = {"treaty": treaty_id, "state": state}
    if received:
        value["notification_date"] = received.isoformat()
    given = facts.model_dump(mode="json", exclude_none=True)
    if given:
        value["facts"] = given
    return value


def _answer(status: str, date: dt.date | None) -> str:
    return status + (f" on {date}" if date else "")


def rule_file_examples(rulebook: Rulebook) -> dict[str, dict[str, Any]]:
    """The :data:`RULE_FILE_CASES` and :data:`RULE_FILE_EDGES` as OpenAPI examples, read from the rule files'
    own ``examples`` and ``cases`` (one home for legal cases: nothing is copied here)."""
    found: dict[str, dict[str, Any]] = {}
    for name, (treaty_id, index) in RULE_FILE_CASES.items():
        treaty = rulebook.treaties[treaty_id]
        case = treaty.examples[index]
        received = f", received {case.received}" if case.received else ""
        found[name] = {
            "summary": f"{treaty.short_name}, {case.state}{received}: {_answer(case.expect_status, case.expect_date)} "
            "(a real case)",
            "value": _question(treaty_id, case.state, case.received, case.facts),
        }
    for name, (treaty_id, case_name) in RULE_FILE_EDGES.items():
        treaty = rulebook.treaties[treaty_id]
        edge = next(c for c in treaty.cases if c.name == case_name)
        answer = _answer(edge.expect_status, edge.expect_date)
        found[name] = {
            "summary": f"{treaty.short_name}: {case_name.replace('-', ' ')}: {answer}",
            "description": edge.why,
            "value": _question(treaty_id, edge.state, edge.received, edge.facts),
        }
    return found


CONSTRUCTED_EXAMPLES: dict[str, dict[str, Any]] = {
    "ottawa-not-yet-notified": {
        "summary": "By alias, no notification yet: what it takes and the earliest date",
        "value": {"treaty": "Ottawa Convention", "state": "DEU"},
    },
    "unknown-treaty": {
        "summary": "Error: unknown treaty (404 with close matches)",
        "value": {"treaty": "Ottawa Protocol", "state": "LTU"},
    },
    "impossible-date": {
        "summary": "Error: impossible date (422 pointing at the field)",
        "value": {"treaty": "ccm", "state": "LTU", "notification_date": "2025-02-30"},
    },
}
"""Named OpenAPI examples that are not legal cases (the legal ones come from the rule files, added when the app
is built: :func:`rule_file_examples`)."""

_PROBLEM = {"model": Problem, "content": {"application/problem+json": {}}}
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    404: {**_PROBLEM, "description": "Unknown treaty or state, with close matches"},
    413: {**_PROBLEM, "description": "The body is too large"},
    503: {**_PROBLEM, "description": "Over the request's time budget or busy: retry after `Retry-After` seconds"},
    422: {**_PROBLEM, "description": "Malformed or impossible input, pointing at the field"},
}

RECORD_ERRORS: dict[int | str, dict[str, Any]] = {
    404: {**_PROBLEM, "description": "No such record"},
    422: ERROR_RESPONSES[422],
    503: {**_PROBLEM, "description": "The records database does not answer (assessments still do)"},
}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **RECORD_ERRORS,
    401: {**_PROBLEM, "description": "No bearer token"},
    403: {**_PROBLEM, "description": "Wrong token, or writes disabled (no ADMIN_TOKEN)"},
    409: {**_PROBLEM, "description": "Stale version (someone wrote since you read) or a duplicate notification"},
}

CHECK_EXAMPLES: dict[str, dict[str, Any]] = {
    "oslo-in-march": {
        "summary": "'Lithuania's exit from the Oslo Convention takes effect in March' (published 14 Jan 2025)",
        "value": {
            "as_of": "2025-01-14",
            "claims": [
                {"id": "1", "kind": "effective_date", "treaty": "Oslo Convention", "state": "LTU", "value": "March"}
            ],
        },
    },
    "several-kinds": {
        "summary": "A true, a false and an unverifiable claim",
        "value": {
            "as_of": "2025-01-14",
            "claims": [
                {"id": "eif", "kind": "entry_into_force", "treaty": "apmbc", "value": "1999"},
                {"id": "joined", "kind": "joined", "treaty": "apmbc", "state": "LTU", "value": "2004"},
                {"id": "votes", "kind": "required_vote", "state": "LTU", "body": "Seimas", "value": "86/141"},
                {"id": "period", "kind": "notice_period", "treaty": "ccm", "value": "six months"},
            ],
        },
    },
}
TEXT_CHECK_EXAMPLES: dict[str, dict[str, Any]] = {
    "oslo-article": {
        "summary": "A paragraph about Lithuania and the Oslo Convention",
        "value": {
            "published": "2025-01-14",
            "text": (
                "Lithuania's parliament voted in July 2024 to leave the convention banning cluster munitions; "
                "the withdrawal from the so-called Oslo Convention will take effect in March."
            ),
        },
    }
}

RECORD_EXAMPLES: dict[str, dict[str, Any]] = {
    "hypothetical-notification": {
        "summary": "A notification of withdrawal received by the depositary (hypothetical)",
        "description": "Real notifications are seeded from world/records/ and a second copy is a 409; this one "
        "is made up (Iceland has notified no withdrawal from the Ottawa Convention).",
        "value": {
            "state": "ISL",
            "treaty": "Ottawa Convention",
            "received_on": "2025-07-10",
            "source_url": "https://example.org/notification",
            "notes": "Hypothetical record, not a fact",
        },
    }
}
PATCH_EXAMPLES: dict[str, dict[str, Any]] = {
    "correct-the-receipt-date": {
        "summary": "Correct the date of receipt (send the version you read)",
        "value": {"version": 1, "received_on": "2025-07-11"},
    }
}
EVENT_EXAMPLES: dict[str, dict[str, Any]] = {
    "revoked": {
        "summary": "The notification was revoked before it took effect",
        "value": {"kind": "revoked", "date": "2025-09-01", "source_url": "https://example.org/revocation"},
    },
    "armed-conflict": {
        "summary": "An armed conflict was declared",
        "value": {"kind": "armed_conflict_declared", "date": "2025-12-01", "source_url": "https://example.org/war"},
    },
}
