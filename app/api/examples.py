"""Named examples for the OpenAPI document: each runs against the live app in the tests."""

from __future__ import annotations

from typing import Any

from schemas.api import Problem

ASSESSMENT_EXAMPLES: dict[str, dict[str, Any]] = {
    "oslo-lithuania": {
        "summary": "Oslo Convention, Lithuania, received 6 Sep 2024 (six months, UN practice)",
        "value": {"treaty": "ccm", "state": "LTU", "notification_date": "2024-09-06"},
    },
    "ottawa-lithuania": {
        "summary": "Ottawa Convention, Lithuania, received 27 Jun 2025",
        "value": {"treaty": "apmbc", "state": "LTU", "notification_date": "2025-06-27"},
    },
    "ottawa-armed-conflict": {
        "summary": "Ottawa Convention in an armed conflict (Art. 20(3)): conditional",
        "value": {
            "treaty": "apmbc",
            "state": "LTU",
            "notification_date": "2025-06-27",
            "facts": {"armed_conflict": True},
        },
    },
    "ottawa-not-yet-notified": {
        "summary": "By alias, no notification yet: what it takes and the earliest date",
        "value": {"treaty": "Ottawa Convention", "state": "DEU"},
    },
    "paris-precondition": {
        "summary": "Paris Agreement: three years in force before notice (Art. 28(1))",
        "value": {
            "treaty": "paris-agreement",
            "state": "USA",
            "notification_date": "2019-11-04",
            "facts": {"entry_into_force_for_state": "2016-11-04"},
        },
    },
    "month-end-ambiguous": {
        "summary": "31 August + 6 months: no documented practice, both candidates",
        "value": {"treaty": "ccm", "state": "LTU", "notification_date": "2024-08-31"},
    },
    "istanbul-first-of-month": {
        "summary": "Istanbul Convention: first day of the month after three months (Turkey 2021)",
        "value": {"treaty": "istanbul-convention", "state": "TUR", "notification_date": "2021-03-22"},
    },
    "unesco-31-december": {
        "summary": "UNESCO: 31 December of the year after the notice (United States 2017)",
        "value": {"treaty": "unesco-constitution", "state": "USA", "notification_date": "2017-10-12"},
    },
    "icrw-30-june": {
        "summary": "Whaling Convention: 30 June, notice by 1 January (Japan 2018)",
        "value": {"treaty": "icrw", "state": "JPN", "notification_date": "2018-12-26"},
    },
    "icsid-day-after": {
        "summary": "ICSID: the World Bank counts to the day after (Bolivia 2007)",
        "value": {"treaty": "icsid-convention", "state": "BOL", "notification_date": "2007-05-02"},
    },
    "who-us-reservation": {
        "summary": "WHO: no clause; the US 1948 reservation of one year's notice",
        "value": {"treaty": "who-constitution", "state": "USA", "notification_date": "2025-01-22"},
    },
    "iccpr-no-right": {
        "summary": "ICCPR: no clause and no right of withdrawal (General Comment 26)",
        "value": {"treaty": "iccpr", "state": "PRK", "notification_date": "1997-08-25"},
    },
    "teu-agreed-date": {
        "summary": "TEU Art. 50: the withdrawal agreement's date (United Kingdom)",
        "value": {
            "treaty": "teu",
            "state": "GBR",
            "notification_date": "2017-03-29",
            "facts": {"agreed_date": "2020-02-01"},
        },
    },
    "unknown-treaty": {
        "summary": "Error: unknown treaty (404 with close matches)",
        "value": {"treaty": "Otawa Convention", "state": "LTU"},
    },
    "impossible-date": {
        "summary": "Error: impossible date (422 pointing at the field)",
        "value": {"treaty": "ccm", "state": "LTU", "notification_date": "2025-02-30"},
    },
}

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
    "finland-ottawa": {
        "summary": "A notification of withdrawal received by the depositary",
        "value": {
            "state": "FIN",
            "treaty": "Ottawa Convention",
            "received_on": "2025-07-10",
            "source_url": "https://example.org/notification",
            "notes": "Example record",
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
