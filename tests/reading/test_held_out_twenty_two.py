"""Constructions of the twenty-second held-out batch (regional and national outlets close to the state: joinings and
ratifications as the headline's news of the day, headlines without 'to', alternatives, instruments named by a title of their own,
deadlines set by an event), each pinned by the article's sentence and paraphrases of our own, with negatives.

Each case pins every claim the reader finds in a short text (kind, treaty, state, value), so a construction that
adds a spurious claim fails as surely as one that misses a claim. A one-line text is read as a headline.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    # An undated joining or ratification in the headline's present: done by the day of the report
    (
        "a-headline-becomes-party-without-its-article",  # Kyiv Independent, 2025
        "2025-01-01",
        "Ukraine becomes party to the Rome Statute of the International Criminal Court",
        [("joined", "rome-statute", "UKR", "0001-01-01/2025-01-01")],
    ),
    (
        "a-headline-joins-an-organisation-by-its-court",  # Kyiv Independent, 2024 (a day early: the judge says so)
        "2024-01-31",
        "Armenia formally joins ICC",
        [("joined", "rome-statute", "ARM", "0001-01-01/2024-01-31")],
    ),
    (
        "a-headline-ratifies-paraphrase",  # our words: another state, treaty and day
        "2022-01-31",
        "Moldova ratifies Istanbul Convention",
        [("ratified", "istanbul-convention", "MDA", "0001-01-01/2022-01-31")],
    ),
    (
        "a-headline-parliament-ratifies",  # Kyiv Independent, 2024 (the parliament's approval: its body is kept)
        "2024-08-21",
        "Ukraine's parliament ratifies ICC's Rome Statute",
        [("ratified", "rome-statute", "UKR", "0001-01-01/2024-08-21")],
    ),
    # ... but not a future, a plan or a deadline set by an event
    (
        "a-headline-future-by-an-event-is-a-deadline",  # Hürriyet Daily News, 2021
        "2021-09-28",
        "Turkey to ratify Paris Agreement by Glasgow summit in November: Erdoğan",
        [],
    ),
    (
        "a-headline-future-by-an-event-paraphrase",  # our words
        "2023-09-01",
        "Armenia to join the Rome Statute by the EU summit in November",
        [],
    ),
    ("a-headline-plan-to-join", "2019-05-01", "Kenya plans to join the Paris Agreement", []),  # our words
    # An undated simple past in the headline or lede is a joining done by the report's day ('true', judged against
    # the consent deposited by then: tests/data/articles/README.md 'Label decisions (h-left, session 13)'; it said
    # nothing before); the perfect asserts membership now ('true')
    (
        "a-lede-became-a-party-undated-is-a-joining-done",  # Babel, 2024
        "2024-02-01",
        "Armenia became a member of the Rome Statute\n\nArmenia officially became a party to the Rome Statute of the "
        "International Criminal Court. This allows it to arrest Putin.",
        [("joined", "rome-statute", "ARM", "true"), ("joined", "rome-statute", "ARM", "true")],
    ),
    (
        "a-lede-has-joined-paraphrase",  # our words: the perfect, another treaty
        "2016-11-05",
        "Gambia reverses course\n\nThe Gambia has joined the Ottawa Convention. It said so on Friday.",
        [("joined", "apmbc", "GMB", "true")],
    ),
    (
        "a-lede-joining-coordinated-with-a-dated-ratification-is-not-undated",  # Inquirer, 2018 (our 'of the ...')
        "2018-03-15",
        "What to know\n\nThe Philippines ratified the treaty in August 2011 and became the 117th member of the Rome "
        "Statute.",
        [("ratified", "rome-statute", "PHL", "2011-08"), ("parties_count", "rome-statute", "PHL", "117")],
    ),
    (
        "becomes-party-without-its-article-dated",  # our words: the article dropped in a body sentence
        "2025-01-02",
        "Kyiv marks the day\n\nUkraine becomes party to the Rome Statute on 1 January 2025.",
        [("joined", "rome-statute", "UKR", "2025-01-01")],
    ),
    # A plan with its 'to' dropped in a headline is still a plan
    ("a-headline-intends-without-to", "2017-02-22", "South Africa still intends quit ICC – Justice Minister", []),
    ("a-headline-plans-without-to", "2017-04-28", "Venezuela plans leave OAS, says Rodríguez", []),  # our words
    ("a-headline-exit-asserted", "2016-10-21", "South Africa quits ICC", [("withdrew", "rome-statute", "ZAF", "true")]),
    # The second of two alternatives asserts neither
    (
        "in-the-process-or-have-already-left",  # ERR News, 2025
        "2025-05-12",
        "Estonia will leave the Ottawa Convention. Baltic States, Finland and Poland are all in the process of "
        "withdrawing from the agreement or have already left.",
        [],
    ),
    (
        "preparing-or-have-already-withdrawn-paraphrase",  # our words
        "2025-06-01",
        "Poland and Finland are preparing to withdraw from the Ottawa Convention or have already withdrawn.",
        [],
    ),
    (
        "have-already-left-asserted",  # our words: no alternative, an exit of each state
        "2025-12-30",
        "Lithuania and Latvia have already left the Ottawa Convention.",
        [("withdrew", "apmbc", "LTU", "true"), ("withdrew", "apmbc", "LVA", "true")],
    ),
    # 'the Alliance of Sahel States' is an instrument's own title, not 'the alliance' the article named
    (
        "a-title-of-its-own-with-of",  # Sputnik Africa, 2024
        "2024-02-18",
        "In September 2023, the leaders of Mali, Burkina Faso and Niger signed a treaty establishing the Alliance of "
        "Sahel States. A few months later, the three nations announced their withdrawal from the Economic Community of "
        "West African States.",
        [],
    ),
    (
        "a-title-of-its-own-with-of-paraphrase",  # our words: the treaty named before, another title
        "2024-07-08",
        "Niger left the Economic Community of West African States in January. On Saturday the three juntas signed a "
        "treaty creating the Confederation of Sahel States.",
        [("withdrew", "ecowas-treaty", "NER", "2024-01")],
    ),
    (
        "the-treaty-still-refers-back",  # our words: 'the treaty' is the one named
        "2024-07-08",
        "The Economic Community of West African States lost three members. Mali had signed the treaty in 1975.",
        [("signed", "ecowas-treaty", "MLI", "1975")],
    ),
    # 'this October' is the publication year's October, whatever the tense (not the year before)
    (
        "this-month-is-the-publication-years",  # Nigerian Tribune, 2017
        "2017-02-22",
        "South Africa notified the UN last October of its withdrawal from the Rome Statute. The withdrawal would take "
        "place this October.",
        [("notification_date", "rome-statute", "ZAF", "2016-10"), ("effective_date", "rome-statute", "ZAF", "2017-10")],
    ),
    (
        "this-month-future-paraphrase",  # our words: another state and tense
        "2017-02-22",
        "Burundi notified the UN in October of its withdrawal from the Rome Statute. Its withdrawal will take effect "
        "this October.",
        [("notification_date", "rome-statute", "BDI", "2016-10"), ("effective_date", "rome-statute", "BDI", "2017-10")],
    ),
    (
        "this-month-past-paraphrase",  # our words: the current month, the past
        "2025-08-01",
        "Poland notified the UN of its withdrawal from the Ottawa Convention this August.",
        [("notification_date", "apmbc", "POL", "2025-08")],
    ),
    (
        "this-season-past-paraphrase",  # our words: a season
        "2025-08-20",
        "Poland notified the UN of its withdrawal from the Ottawa Convention this summer.",
        [("notification_date", "apmbc", "POL", "2025-summer")],
    ),
    # A signature told as a role: 'was among the first signatories of T in 2015' (dated by the clause)
    (
        "among-the-first-signatories-of",  # Hürriyet Daily News, 2021 (the Agreement opened for signature in 2016)
        "2021-09-28",
        "Erdoğan reminded that Turkey was among the first signatories of the Paris Agreement in 2015 but it had not "
        "initiated the ratification process of the agreement in parliament.",
        [("signed", "paris-agreement", "TUR", "2015")],
    ),
    (
        "one-of-the-original-signatories-to-paraphrase",  # our words: another state, treaty and date
        "2021-09-28",
        "Lithuania was one of the original signatories to the Ottawa Convention in December 1997.",
        [("signed", "apmbc", "LTU", "1997-12")],
    ),
    (
        "never-among-the-signatories",
        "2021-09-28",
        "Ukraine was never among the signatories of the Ottawa Convention.",
        [],
    ),
    # 'X is a signatory of T' claims the signature, undated (h-b27: app/reading/signatory_status.py; it pinned nothing
    # before, when no reader took a signatory's status)
    (
        "is-a-signatory-undated-present",
        "2021-09-28",
        "Turkey is a signatory of the Paris Agreement.",
        [("signed", "paris-agreement", "TUR", "true")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_twenty_two_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
