"""A treaty taken from words that name something else (issue 14, h-described, session 13): an organisation's name
before one or two words for what one of its organs does and a noun for that organ ('the World Bank arbitration
court', 'the World Bank dispute forum') names the organ, not the organisation: the Bank's arbitration court is
ICSID's Centre (ICSID Convention Arts. 1-2), which a State leaves by denouncing that Convention (Art. 71), not the
Bank's Articles of Agreement. Since session 17 the forms news writes ('World Bank arbitration court / panel / body /
tribunal / mechanism', 'World Bank dispute forum') are ICSID aliases (rules/treaties/icsid-convention.yaml), so they
read as that Convention; others ('investment tribunals') still read as nothing. The corpus sentences that were read as exits from the Bank, paraphrases of our own,
and the true look-alikes that must keep their claim ('left the World Bank', 'the ICC court', 'the ICC as a court').

Each case pins every claim the text gives as (kind, treaty, state, value), so a spurious claim fails as surely as a
lost one.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Row = tuple[str, str | None, str | None, str]

CASES: list[tuple[str, str, str, list[Row]]] = [
    (
        "world-bank-arbitration-court",  # jpost, 2012-01-25 (read as Venezuela leaving the World Bank)
        "2012-01-25",
        "Venezuela withdraws from World Bank arbitration court",
        [("withdrew", "icsid-convention", "VEN", "true")],
    ),
    (
        "world-bank-arbitration-body",  # latinnews, 2024-03-01 (read as Honduras's notice to the World Bank)
        "2024-03-01",
        "In brief: Honduras denounces World Bank arbitration body",
        [("notification_date", "icsid-convention", "HND", "0001-01-01/2024-03-01")],
    ),
    (
        "world-bank-dispute-forum",  # elfaro, 2024-04-25 (read as Honduras leaving the World Bank)
        "2024-04-25",
        "As Honduras leaves World Bank dispute forum, US tries to keep influence",
        [("withdrew", "icsid-convention", "HND", "true")],
    ),
    (
        "world-bank-arbitration-panel",
        "2024-06-30",
        "Honduras left the World Bank arbitration panel in 2024.",
        [("withdrew", "icsid-convention", "HND", "2024")],
    ),
    (
        "world-bank-investment-tribunals",
        "2024-06-30",
        "Bolivia quit the World Bank investment tribunals in 2007.",
        [],
    ),
    (
        "world-bank-left-stays",
        "2024-06-30",
        "Honduras left the World Bank in 2024.",
        [("withdrew", "ibrd-articles", "HND", "2024")],
    ),
    (
        "icc-court-stays",
        "2016-12-01",
        "Burundi withdrew from the ICC court in 2016.",
        [("withdrew", "rome-statute", "BDI", "2016")],
    ),
    (
        "icc-as-a-court-stays",
        "2025-06-30",
        "Hungary quit the ICC as a court in 2025.",
        [("withdrew", "rome-statute", "HUN", "2025")],
    ),
    (
        "icsid-denounced-stays",
        "2024-03-01",
        "Honduras denounced the ICSID Convention on 24 February 2024.",
        [("notification_date", "icsid-convention", "HND", "2024-02-24")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_organ_is_not_the_organisation(finder: ClaimFinder, published: str, text: str, expected: list[Row]) -> None:
    assert read(finder, text, published) == expected
