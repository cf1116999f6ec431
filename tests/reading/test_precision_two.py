"""Precision on text nobody tuned on (issue 14): shapes that gave spurious claims at first sight on fresh articles
(h-precision's audit, session 10), each pinned with the article's sentence, paraphrases of our own, and the true
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
    # A count of states as the subject ('164 states had ratified') is the group's deed, not the named state's.
    (
        "count-of-states-is-not-the-named-state",  # aa.com.tr, 2025-03-18 (Baltic states, Poland, mine ban treaty)
        "2025-03-18",
        "The Baltic states and Poland on Tuesday recommended withdrawing from the Ottawa Convention. As of 2022, 164 "
        "states had ratified or acceded to the treaty.",
        [("parties_count", "apmbc", None, "164")],
    ),
    (
        "count-of-countries-paraphrase",
        "2025-04-03",
        "Hungary is leaving the Rome Statute. More than 120 countries have ratified the statute.",
        [
            ("parties_count", "rome-statute", None, "120 ratifications")
        ],  # 'N ratifications' since h-b34 (session 14): the subject of 'have ratified' counts instruments deposited
    ),
    (
        "named-state-still-ratifies",
        "2025-03-18",
        "Poland wants to leave the Ottawa Convention. Poland ratified the treaty in 2012.",
        [("ratified", "apmbc", "POL", "2012")],
    ),
    (
        "named-state-by-pronoun",
        "2025-03-18",
        "Poland wants to leave the Ottawa Convention. It ratified the treaty in 2012.",
        [("ratified", "apmbc", "POL", "2012")],
    ),
    (
        "the-three-countries-are-those-named",  # the number is the count of the states named: theirs
        "2024-02-07",
        "Burkina Faso, Mali and Niger announced they would leave ECOWAS. The three countries notified the bloc on "
        "January 29.",
        [
            ("notification_date", "ecowas-treaty", "BFA", "2024-01-29"),
            ("notification_date", "ecowas-treaty", "MLI", "2024-01-29"),
            ("notification_date", "ecowas-treaty", "NER", "2024-01-29"),
        ],
    ),
    # A notice sent 'the following day' / 'two days later' is not bounded by the announcement's day.
    (
        "notice-the-following-day",  # trtworld.com, 2024-02-07 (read as the week up to January 28 before)
        "2024-02-07",
        "The three countries announced on January 28 that they were quitting ECOWAS and sent formal notification to "
        "the organisation the following day.",
        [],
    ),
    (
        "notice-days-later",
        "2025-04-05",
        "Hungary announced on Thursday that it was leaving the Rome Statute and notified the UN two days later.",
        [("notification_date", "rome-statute", "HUN", "0001-01-01/2025-04-05")],
    ),
    (
        "notice-a-week-later",
        "2024-02-07",
        "Mali said on January 28 that it was leaving ECOWAS and notified the bloc a week later.",
        [("notification_date", "ecowas-treaty", "MLI", "2024-02-04")],  # a week after the day the sentence names
        # (h-left, session 15: 'a week later' is read; before, the notice was only bounded by the report's day)
    ),
    (
        "notice-reported-on-a-day",  # the report's day still bounds a notice told without a later step
        "2025-04-05",
        "Hungary has notified the UN of its withdrawal from the Rome Statute, its foreign ministry said on Friday.",
        [("notification_date", "rome-statute", "HUN", "2025-03-29/2025-04-04")],
    ),
    # 'Yesterday marked 75 years since X ratified': the anniversary's day, not the ratification's.
    (
        "anniversary-day-is-not-the-deed",  # parallelparliament.co.uk, Westminster Hall, 2025-11-05
        "2025-11-05",
        "Yesterday marked 75 years since the United Kingdom, a founding member of the Council of Europe, was one of "
        "12 states to ratify the European convention on human rights.",
        [("joined", "echr", "GBR", "0001-01-01/2025-11-05")],  # a founding member: joined by the report's day
    ),
    (
        "anniversary-paraphrase",
        "2025-11-05",
        "Monday marks 20 years since Poland ratified the Rome Statute.",
        [("ratified", "rome-statute", "POL", "2005")],  # dated by the years since it (h-unfl, session 21)
    ),
    (
        "dated-deed-still-dated",
        "2025-11-05",
        "Poland ratified the Rome Statute yesterday, marking a new era.",
        [("ratified", "rome-statute", "POL", "2025-11-04")],
    ),
    # 'one of 12 states to ratify' is the first group, not the parties now; 'one of 46 states party' is.
    (
        "one-of-the-first-group",
        "2025-11-05",
        "Norway was one of 12 states to ratify the European Convention on Human Rights.",
        [],
    ),
    (
        "one-of-the-parties-now",
        "2025-11-05",
        "Norway is one of 46 states party to the European Convention on Human Rights.",
        [("parties_count", "echr", None, "46")],
    ),
    # A gerund owned by a possessive state ('the US's position of signing but not ratifying') is that state's.
    (
        "gerund-owned-by-a-possessive",  # worldreportnow.com, 2023-11-09 (read for Russia before)
        "2023-11-09",
        "Russia's intention to withdraw from the treaty, announced on October 6, was a response to the US's position "
        "of signing but not ratifying the CTBT.",
        [("ratified", "ctbt", "USA", "false")],
    ),
    (
        "gerund-owned-paraphrase",
        "2023-11-09",
        "Russia left the CTBT in response to the US's position of signing but not ratifying the CTBT.",
        [("withdrew", "ctbt", "RUS", "true"), ("ratified", "ctbt", "USA", "false")],
    ),
    (
        "plain-not-ratified",
        "2023-11-09",
        "The US has signed but not ratified the CTBT.",
        [("signed", "ctbt", "USA", "true"), ("ratified", "ctbt", "USA", "false")],
    ),
    # After an unreal condition ('If it had decided ..., it could ...') the main clause asserts nothing.
    (
        "counterfactual-if-had-could",  # an explainer on Article 28 of the Paris Agreement, 2020
        "2020-06-01",
        "If it had decided to withdraw from the UNFCCC, it could be informed immediately (the UNFCCC came into force "
        "in 1994 for the United States) and come into force a year later.",
        [("entry_into_force", "unfccc", None, "1994"), ("notice_period", "unfccc", None, "P1Y")],  # the aside holds
    ),
    (
        "counterfactual-would-have",
        "2020-06-01",
        "If the United States had notified the UN in 2017, its withdrawal from the UNFCCC would have taken effect in "
        "2018.",
        [],
    ),
    (
        "open-condition-is-the-rule",
        "2020-06-01",
        "If the United States withdraws from the UNFCCC, its withdrawal will take effect a year later.",
        [("notice_period", "unfccc", None, "P1Y")],
    ),
    (
        "if-had-without-modal-is-asserted",
        "2020-06-01",
        "If the United States had any doubts, it kept them quiet: its withdrawal from the UNFCCC took effect in 2018.",
        [("effective_date", "unfccc", "USA", "2018")],
    ),
    # A treaty that 'is set to expire' ends its term; no state's exit takes effect.
    (
        "treaty-term-expires",  # worldreportnow.com, 2023-11-09 ('the treaty' is New START, named just before)
        "2023-11-09",
        "Currently, New START is the only remaining bilateral treaty. However, Russia suspended the treaty in "
        "February, and it is set to expire in early 2026.",
        [],
    ),
    (
        "treaty-term-expires-paraphrase",
        "2023-11-09",
        "New START expires in February 2026.",
        [],
    ),
    (
        "membership-expires-is-an-exit",
        "2025-06-01",
        "Hungary's membership of the ICC expires on 2 June 2026.",
        [("effective_date", "rome-statute", "HUN", "2026-06-02")],
    ),
    (
        "notice-period-expires-is-an-exit",
        "2025-06-01",
        "The one-year notice period expires on 2 June 2026, when Hungary leaves the Rome Statute.",
        [("effective_date", "rome-statute", "HUN", "2026-06-02"), ("notice_period", "rome-statute", None, "P1Y")],
    ),
    (
        "treaty-expires-for-a-state-is-an-exit",
        "2021-04-30",
        "Erdogan's decree said the Istanbul Convention will expire on July 1, 2021 for Turkey.",
        [("effective_date", "istanbul-convention", "TUR", "2021-07-01")],
    ),
    # ', joined by 45 other member states' says who came along, not that the subject joined.
    (
        "joined-by-others-is-company",  # exbulletin.com, 2021-06-30 (read as Turkey joining in May 2011 before)
        "2021-06-30",
        "In May 2011, Turkey became the first signatory to the Istanbul Convention, joined by 45 other Council of "
        "Europe member states.",
        [],
    ),
    (
        "joined-by-others-paraphrase",
        "2021-06-30",
        "Poland ratified the Ottawa Convention in 2012, joined by Finland the same year.",
        [("ratified", "apmbc", "POL", "2012")],
    ),
    (
        "passive-joining-still-joins",
        "2021-06-30",
        "The Istanbul Convention was joined by Turkey in 2012.",
        [("joined", "istanbul-convention", "TUR", "2012")],
    ),
    # A group's examples ('democracies like A, B and C') listed right before the verb are its subject.
    (
        "examples-before-the-verb-are-the-subject",  # a reader's letter on the ECHR, 2025 (read for the UK before)
        "2025-03-01",
        "Labour opposes the Conservative policy of withdrawing from the Convention. Internationalists think that if "
        "the UK withdrew from the Convention it would become a pariah state, forgetting that many vibrant "
        "democracies like Australia, New Zealand and the United States have not signed up to the European "
        "Convention on Human Rights.",
        [("joined", "echr", "AUS", "false"), ("joined", "echr", "NZL", "false"), ("joined", "echr", "USA", "false")],
    ),
    (
        "examples-such-as-paraphrase",
        "2025-03-01",
        "Hungary wants to leave the Rome Statute. Major powers such as China and Russia have never joined the Rome "
        "Statute.",
        [("joined", "rome-statute", "CHN", "false"), ("joined", "rome-statute", "RUS", "false")],
    ),
    (
        "like-as-an-aside-keeps-the-subject",
        "2025-03-01",
        "Hungary, like Poland, has not left the Rome Statute.",
        [("withdrew", "rome-statute", "HUN", "false")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_precision_shape(finder: ClaimFinder, published: str, text: str, expected: list[Row]) -> None:
    assert read(finder, text, published) == expected
