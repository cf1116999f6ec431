"""Precision on text nobody tuned on (issue 14), third audit (h-precision, session 11): 41 fresh articles about
treaties, ratifications, summits, arms control, human-rights bodies and trade, most with no withdrawal in them. The
shapes that gave spurious claims there, each pinned with the article's sentence, paraphrases of our own, and the true
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
    # An organisation's name before a noun for its members ('several EU countries') names who is meant, not the
    # treaty the clause is about when the clause names that treaty ('the agreement'); alone it may be the treaty.
    (
        "members-of-an-organisation-are-not-the-treaty",  # gna.org.gh (dpa), 2023-06-01 (read as the TEU before)
        "2023-06-01",
        "The European Union has joined the Istanbul Convention. The agreement has not yet been ratified in several EU "
        "countries, such as Bulgaria, the Czech Republic and Hungary.",
        [
            ("ratified", "istanbul-convention", "BGR", "false"),
            ("ratified", "istanbul-convention", "CZE", "false"),
            ("ratified", "istanbul-convention", "HUN", "false"),
        ],
    ),
    (
        "members-of-an-organisation-paraphrase",
        "2024-03-01",
        "Sweden joined NATO this month. The Rome Statute has not been ratified by several NATO allies, such as Turkey.",
        [("joined", "north-atlantic-treaty", "SWE", "2024-03"), ("ratified", "rome-statute", "TUR", "false")],
    ),
    (
        "members-of-an-organisation-alone-is-the-treaty",
        "2020-02-01",
        "Britain became the first EU member state to leave the bloc on 31 January 2020.",
        [("withdrew", "teu", "GBR", "2020-01-31")],
    ),
    (
        "count-of-members-alone-is-the-treaty",  # ipsnews-1998-06-04 (corpus): the OAS counts its own members
        "1998-06-04",
        "Caribbean nations may renounce the international standards which bind the 34 OAS member states to respect "
        "human rights.",
        [("parties_count", "oas-charter", None, "34")],
    ),
    # Before a noun for one of its organs or meetings ('an EU body', 'a UN conference') the name is never the treaty.
    (
        "an-organ-is-not-the-treaty",  # gna.org.gh (dpa), 2023-06-01 (46 read as the TEU's parties before)
        "2023-06-01",
        "The European Union has joined the Istanbul Convention. The Council of Europe, which is not an EU body, "
        "monitors compliance with human rights in its 46 member states.",
        [("parties_count", "coe-statute", None, "46")],
    ),
    (
        "a-meeting-under-an-organ-is-not-the-treaty",  # The Independent (inkl), 2024-12-02 (the UN Charter's before)
        "2024-12-02",
        "The talks, which brought together nearly 200 countries under the UN Intergovernmental Negotiating Committee "
        "(INC-5), failed to resolve critical issues.",
        [],
    ),
    (
        "a-meeting-paraphrase",
        "2022-08-27",
        "Delegates of some 150 countries met at a UN conference in New York this week.",
        [],
    ),
    # 'bound by' norms (standards, rulings, rules) is no treaty binding: no status.
    (
        "bound-by-standards-is-no-treaty",  # gna.org.gh (dpa), 2023-06-01 (read as the TEU binding Belgium before)
        "2023-06-01",
        "Brussels, June 1, (dpa/GNA) – The European Union has joined the Istanbul Convention. With the accession to the "
        "convention, the EU as a whole will be bound by ambitious international standards.",
        [],
    ),
    (
        "bound-by-an-organisations-standards",
        "2024-05-01",
        "Ukraine signed the Istanbul Convention in 2011. Kyiv, May 1 - Ukraine is bound by strict EU standards.",
        [("signed", "istanbul-convention", "UKR", "2011")],
    ),
    (
        "bound-by-a-treaty-described-stays",  # moscowtimes-2023-11-02 (corpus)
        "2023-11-02",
        "Russia revoked its ratification of the CTBT. Moscow will no longer be bound by the UN-backed nuclear test ban "
        "starting Nov. 2.",
        [("bound_on", "ctbt", "RUS", "false")],
    ),
    (
        "bound-by-the-treaty-stays",
        "2025-03-01",
        "Hungary is leaving the Rome Statute. Hungary is still bound by the Rome Statute.",
        [("bound_on", "rome-statute", "HUN", "true")],
    ),
    # The states that approved a text when it was adopted are not its parties.
    (
        "approval-at-adoption-is-no-count",  # trtworld.com, 2020-10-25 (122 read as the TPNW's parties before)
        "2020-10-25",
        "The Treaty on the Prohibition of Nuclear Weapons was adopted by the UN General Assembly in July 2017 with the "
        "approval of 122 countries.",
        [],
    ),
    (
        "approved-at-adoption-paraphrase",  # saudigazette (sauress.com), 2020-10-25
        "2020-10-25",
        "Guterres commended all the countries whose ratification of the accord, approved by 122 nations at the General "
        "Assembly in 2017, helped bring the Treaty on the Prohibition of Nuclear Weapons into force.",
        [],
    ),
    (
        "ratifications-count-stays",
        "2020-10-25",
        "The Treaty on the Prohibition of Nuclear Weapons, adopted in 2017, has been ratified by 50 countries.",
        [("parties_count", "tpnw", None, "50 ratifications")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_precision_shape(finder: ClaimFinder, published: str, text: str, expected: list[Row]) -> None:
    assert read(finder, text, published) == expected
