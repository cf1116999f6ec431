"""Precision, session 21 (h-prec): shapes that gave false reports on the corpus and in the held-out batches' first
sights (batches 48-53), each fixed for every treaty and pinned with the corpus sentence, paraphrases of our own and
look-alikes that must still give their claim.

Each case pins every claim the text gives as (kind, treaty, state, value), so a spurious claim fails as surely as a
lost one.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Row = tuple[str, str | None, str | None, str]

CASES: list[tuple[str, str, str, list[Row]]] = [
    # A letter of application handed in is a bid to join (North Atlantic Treaty Art. 10), not a notice of withdrawal.
    (
        "letter-of-application-is-no-notice",  # haosuyi-2023-04-03
        "2023-04-03",
        "Finland to become NATO's 31st member\n\nAlong with Sweden, Finland handed in its official letter of "
        "application on May 18, 2022.",
        [("parties_count", "north-atlantic-treaty", "FIN", "31")],
    ),
    (
        "application-for-membership-submitted",  # paraphrase
        "2023-04-03",
        "Sweden submitted its application for membership of NATO on May 18, 2022.",
        [],
    ),
    (
        "applications-delivered",  # paraphrase
        "2022-05-18",
        "Finland and Sweden formally applied to join NATO. Both countries delivered their applications to the alliance "
        "on Wednesday.",
        [],
    ),
    (
        "instrument-of-withdrawal-handed-in",  # look-alike: a notice handed in
        "2025-06-28",
        "Lithuania handed in its instrument of withdrawal from the Ottawa Convention on June 27.",
        [("notification_date", "apmbc", "LTU", "2025-06-27")],
    ),
    (
        "letter-of-withdrawal-delivered",  # look-alike
        "2025-01-10",
        "Lithuania delivered a letter of withdrawal from the Convention on Cluster Munitions to the UN on 6 September "
        "2024.",
        [("notification_date", "ccm", "LTU", "2024-09-06")],
    ),
    # An exit announced as immediate is a declaration, not a notice under the treaty's clause (tests/data/articles/
    # README.md, 'Announcements').
    (
        "announced-immediate-withdrawal",  # nigerianbulletin-2024-12-15
        "2024-12-15",
        "Burkina Faso, Mali, and Niger confirm exit from ECOWAS by 2025\n\nThe military-led governments of these "
        "countries had previously announced their immediate withdrawal from ECOWAS in January 2024, following their "
        "suspension from the regional bloc and the imposition of heavy sanctions, particularly on Niger and Mali.",
        [],
    ),
    (
        "announced-immediate-withdrawal-this-year",  # obasanjonews-2024-12-16
        "2024-12-16",
        "Burkina Faso, Mali, and Niger Announce Permanent Exit from ECOWAS by 2025\n\nIt was reported that the "
        "military regimes in Burkina Faso, Mali, and Niger announced their immediate withdrawal from ECOWAS in "
        "January of this year.",
        [],
    ),
    (
        "declared-immediate-withdrawal",  # paraphrase
        "2025-09-23",
        "Mali, Burkina Faso and Niger declared their immediate withdrawal from the Rome Statute on Monday.",
        [],
    ),
    (
        "announced-its-withdrawal-on-a-day",  # look-alike: the notice of that day, as the corpus labels it
        "2003-01-20",
        "North Korea quits nuclear treaty\n\nNorth Korea announced its withdrawal from the NPT on January 10, 2003.",
        [("withdrew", "npt", "PRK", "true"), ("notification_date", "npt", "PRK", "2003-01-10")],
    ),
    # A participle after a paper ('The order, signed on Monday,') is the paper's signing, not the treaty's.
    (
        "the-order-signed-on-monday",  # bnonews-2025-01-21
        "2025-01-21",
        "Trump orders US out of WHO\n\nThe order, signed on Monday, cites the organization’s “mishandling” of the "
        "COVID-19 pandemic.",
        [],
    ),
    (
        "an-executive-order-signed",  # paraphrase
        "2025-01-21",
        "Trump orders US out of WHO\n\nAn executive order signed on Monday cites the organization's handling of the "
        "pandemic.",
        [],
    ),
    (
        "the-decree-signed",  # paraphrase
        "2025-01-21",
        "Trump orders US out of WHO\n\nThe decree, signed on January 20, takes effect at once.",
        [],
    ),
    (
        "the-treaty-signed-in-1997",  # look-alike: the treaty's own signing
        "2025-06-28",
        "Lithuania left the Ottawa Convention. The treaty, signed in 1997, bans anti-personnel mines.",
        [("withdrew", "apmbc", "LTU", "true"), ("signed", "apmbc", None, "1997")],
    ),
    (
        "the-convention-signed-in-1997",  # look-alike
        "2025-06-28",
        "Lithuania left the Ottawa Convention. The convention signed in 1997 bans anti-personnel mines.",
        [("withdrew", "apmbc", "LTU", "true"), ("signed", "apmbc", None, "1997")],
    ),
    # An organisation named as the owner of the office told (the depositary) is not the treaty the notice leaves.
    (
        "secretary-general-of-the-oas-told",  # latamjr-2012-09-12
        "2012-09-12",
        "Venezuela begins pullout from American Convention on Human Rights\n\nPresident Hugo Chávez's administration "
        "informed the secretary general of the Organization of American States (OAS) on Tuesday, Sept. 11, that "
        "Venezuela will begin the formal process of leaving the Inter-American Commission on Human Rights (IACHR) and "
        "the IACHR Court, according to the website El Mundo.",
        [
            ("notification_date", "achr", "VEN", "0001-01-01/2012-09-12"),
            ("notification_date", "achr", "VEN", "2012-09-11"),
        ],
    ),
    (
        "the-oas-left-by-notice-to-its-secretary-general",  # look-alike: the organisation is the one left
        "2017-04-28",
        "Venezuela leaves the OAS\n\nVenezuela notified the secretary general of the Organization of American States "
        "on Friday of its withdrawal.",
        [("withdrew", "oas-charter", "VEN", "true"), ("notification_date", "oas-charter", "VEN", "2017-04-28")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_precision_shape(finder: ClaimFinder, published: str, text: str, expected: list[Row]) -> None:
    assert read(finder, text, published) == expected
