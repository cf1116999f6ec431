"""Constructions of the forty-fifth held-out batch (the end-of-session-18 measure: straight news of 1997-2023 from
wires, national and regional papers and broadcasters), each pinned by the article's sentence and paraphrases of our
own, with look-alikes:

- a treaty named by the court it founds: 'Venezuela withdrew from the Inter-American Court of Human Rights on Tuesday
  after President Nicolas Maduro and other Venezuelan leaders called the court an instrument of U.S. control in Latin
  America.' (a US report, 10 September 2013) was read as an exit from the OAS Charter, and 'the Venezuelan government
  officially exits the Inter-American Court of Human Rights' (The Christian Science Monitor, 11 September 2013) as one
  from ALBA. The Court is the American Convention's organ (ACHR Arts. 33, 52-69): a State leaves its jurisdiction by
  denouncing the Convention (Art. 78), as Trinidad and Tobago (1998) and Venezuela (2012) did, so the Court's name is
  an alias of the Convention in rules/treaties/achr.yaml, as the International Whaling Commission's is of the ICRW.
  The Inter-American Commission on Human Rights, an organ of the OAS Charter (Art. 106), stays the Charter's.
- a treaty's own entry into force told with no date, in the present perfect or a headline's present: 'The Kyoto
  accord, which aims to curb the air pollution blamed for global warming, has come into force seven years after it
  was agreed.' and the headline 'Kyoto Protocol comes into force' (BBC News, 16 February 2005) gave nothing; they are
  the news of the report's day or the week before it (effects.treaty_just_in_force), as an exit that 'has officially
  taken effect' is. Not a past perfect ('had come into force when ...'), nor a State's or an exit's entry into force.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "withdrew-from-the-court",  # theunhivedmind.com's repost of a US report, 10 September 2013
        "2013-09-10",
        "Venezuela withdrew from the Inter-American Court of Human Rights on Tuesday after President Nicolas Maduro and"
        " other Venezuelan leaders called the court an instrument of U.S. control in Latin America.",
        [("withdrew", "achr", "VEN", "2013-09-10")],
    ),
    (
        "left-the-court-short-name",  # our words
        "2013-09-10",
        "Venezuela left the Inter-American Court on Tuesday.",
        [("withdrew", "achr", "VEN", "2013-09-10")],
    ),
    (
        "quit-the-court-in-a-year",  # our words
        "2013-09-10",
        "Trinidad and Tobago quit the Inter-American Court of Human Rights in 1999.",
        [("withdrew", "achr", "TTO", "1999")],
    ),
    (
        "look-alike-a-ruling",  # our words: the Court acting is no treaty act
        "2013-09-10",
        "The Inter-American Court of Human Rights ruled against Venezuela on Tuesday.",
        [],
    ),
    (
        "look-alike-the-commission",  # our words: the Commission is the OAS Charter's organ
        "2013-09-10",
        "Venezuela withdrew from the Organization of American States on Tuesday, the Inter-American Commission on Human"
        " Rights said.",
        [("withdrew", "oas-charter", "VEN", "2013-09-10")],
    ),
    (
        "headline-comes-into-force",  # BBC News, 16 February 2005
        "2005-02-16",
        "Kyoto Protocol comes into force",
        [("entry_into_force", "kyoto-protocol", None, "2005-02-10/2005-02-16")],
    ),
    (
        "has-come-into-force",  # BBC News, 16 February 2005
        "2005-02-16",
        "The Kyoto accord, which aims to curb the air pollution blamed for global warming, has come into force seven"
        " years after it was agreed.",
        [("entry_into_force", "kyoto-protocol", None, "2005-02-10/2005-02-16")],
    ),
    (
        "has-officially-entered-into-force",  # our words
        "2005-02-16",
        "The Kyoto Protocol has officially entered into force.",
        [("entry_into_force", "kyoto-protocol", None, "2005-02-10/2005-02-16")],
    ),
    (
        "look-alike-past-perfect",  # our words: the story's past
        "2005-02-16",
        "The Kyoto Protocol had come into force when Canada joined.",
        [],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_forty_five_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
