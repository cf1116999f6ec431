"""Constructions of the forty-ninth held-out batch (explainers, Q&As, analyses and regional copy of 2022-2026 on exits
in progress or just done), each pinned by the article's sentence and paraphrases of our own, with look-alikes:

- 'the agreement' before the article names any treaty is the first treaty it names that is called an agreement, not
  the first it names: 'The exit of the USA from the agreement took effect on January 27, ... According to
  representatives of the UN Framework Convention on Climate Change secretariat, ...' (Gazeta.kg, 28 January 2026: the
  Paris Agreement, named further on; context.py `Context._ahead`); 'the convention' there is still the UNFCCC;
- a section heading's 'N later' counts from no date read before it: 'Exit comes into force a year later' (Today Times
  Live, 3 April 2025) had been read as an effect in 2002, a year after the ratification of 2001 two paragraphs up
  (reader.py `_counted_from`), and a heading's present 'comes into force' with a period is not the report's day
  (effects.py `_after`); 'Hungary notified ... on 2 June 2025. The withdrawal will take effect one year later' still
  counts from 2 June;
- a title that drops the 'the' after 'for': 'Russia withdraws from European Convention for Prevention of Torture' (24.kg,
  18 September 2025: read as the ECHR) is the CPT Convention (names.py `_without_inner_articles`, landed by another session the same hour);
- a date named by its exit as a noun before it, joined by a copula, a verb of staying or a move: 'While the official
  withdrawal date remains January 29, the extension pushes the effective date to July 29, 2025.' (WAVN, 16 December
  2024; the States of the group the article listed), 'Mali's exit date is January 29, 2025', 'move the UK's exit date
  ... to 31 October' (effective_named.py `_compound_date`); each phrase of a clause read, the nearest day after it
  first; not 'the effective date for the new tariff' (no exit in the clause);
- 'the formal entry into force of the United States’ exit from the Paris Agreement' (IDOS blog, 20 January 2026, said
  'today'): the exit's effect, a possessive with the bare apostrophe too (pipeline EFFECT), not an exit done that
  day; 'Today marks the entry into force of the Paris Agreement' (the treaty's own) is no State's;
- a section heading in title case that opens with a State gets the verb lemmas a headline's does: 'U.S. Exits UNFCCC'
  under a paragraph (LocalNews.digital, January 2026; reader.py `_state_then_verb`); not a heading that opens with a
  State's organ ('Venezuelan Government Withdraws from ICSID' over a press release quoted) or with a treaty ('UNFCCC
  Withdrawal Takes Effect', a timeline's entry with no day);
- the treaty a relative 'which' stands for when it is the exit verb's object: 'Unlike the Paris Agreement, which the
  United States exited in 2020, the UNFCCC is the parent treaty' (after Newzino, January 2026), 'Unlike the Rome
  Statute, which Burundi left in 2017, ...' (treaty_refs.py `_relative_object`), not the treaty the main clause names
  after it; 'The UNFCCC, which entered into force in 1994, ...' (the pronoun the subject) unchanged.

Second set:
- a parliament's approval of 'the treaty' / 'the convention' standing alone: 'The Senate approved the treaty back in
  1992.' (LocalNews.digital, January 2026; ratification.py `_the_treaty`): the treaty discussed, ratified by the State
  whose Senate it is; not 'the treaty's withdrawal clause' nor 'the treaty bill';
- a membership's length told with 'been' and 'for': 'a treaty it has been part of for over 30 years' (LocalNews.digital),
  'has been a party to the UNFCCC for over 30 years' / 'for 31 years' (tenure.py): a joining before, or in the year
  around, that many years back; not a committee's member.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "agreement-named-later",
        "2026-01-28",
        "The exit of the USA from the agreement took effect on January 27, exactly one year after the country "
        "notified the UN of its intention to cease participation. According to representatives of the UN Framework "
        "Convention on Climate Change secretariat, this step has become final.\n\nThe USA's exit from the Paris "
        "Agreement could raise this figure by 0.1 degrees.",
        [
            ("effective_date", "paris-agreement", "USA", "2026-01-27"),
            # the notice as the event the year runs from, undated: the rule only (h-left, session 21; the corpus
            # labels it so), no notice dated by the report
            (
                "rule",
                "paris-agreement",
                None,
                "exactly P1Y after the country notified the un of its intention to cease participation",
            ),
        ],
    ),
    (
        "agreement-named-later-paraphrase",
        "2026-01-28",
        "The US exit from the agreement took effect on January 27. The UN Framework Convention on Climate Change "
        "secretariat said so; the Paris Agreement is its child.",
        [
            ("effective_date", "paris-agreement", "USA", "2026-01-27"),
        ],
    ),
    (
        "convention-named-later-look-alike",
        "2026-01-28",
        "The exit of the USA from the convention took effect on January 27. According to the UN Framework "
        "Convention on Climate Change secretariat, the Paris Agreement stays.",
        [
            ("effective_date", "unfccc", "USA", "2026-01-27"),
        ],
    ),
    (
        "heading-year-later",
        "2025-04-03",
        "Hungary had ratified the Rome Statute of the ICC in 2001. Orbán had condemned the warrant.\n\nExit comes "
        "into force a year later\n\nWith an exit of the Criminal Court, Hungary was not released from the "
        "obligation.",
        [
            ("ratified", "rome-statute", "HUN", "2001"),
            ("notice_period", "rome-statute", None, "P1Y"),
        ],
    ),
    (
        "year-later-after-a-dated-notice-look-alike",
        "2025-06-10",
        "Hungary notified the Secretary-General of its withdrawal from the Rome Statute on 2 June 2025. The "
        "withdrawal will take effect one year later.",
        [
            ("notification_date", "rome-statute", "HUN", "2025-06-02"),
            ("effective_date", "rome-statute", "HUN", "2026-06"),
            ("rule", "rome-statute", None, "P1Y after notified the secretary-general of its withdrawal"),
        ],
    ),
    (
        "name-without-the",
        "2025-09-18",
        "Russia withdraws from European Convention for Prevention of Torture",
        [
            ("withdrew", "cpt-convention", "RUS", "true"),
        ],
    ),
    (
        "name-with-the",
        "2025-09-18",
        "Russia withdraws from the European Convention for the Prevention of Torture",
        [
            ("withdrew", "cpt-convention", "RUS", "true"),
        ],
    ),
    (
        "echr-look-alike",
        "2025-09-18",
        "Russia left the European Convention on Human Rights in 2022.",
        [
            ("withdrew", "echr", "RUS", "2022"),
        ],
    ),
    (
        "dates-named-by-their-exit",
        "2024-12-16",
        "The Economic Community of West African States (ECOWAS) has extended a six-month grace period to Mali, "
        "Burkina Faso, and Niger following their scheduled withdrawal from the bloc on January 29, 2025. Leaders "
        "reached this decision during a summit on Sunday.\n\nWhile the official withdrawal date remains January "
        "29, the extension pushes the effective date to July 29, 2025.",
        [
            ("effective_date", "ecowas-treaty", "MLI", "2025-01-29"),
            ("effective_date", "ecowas-treaty", "BFA", "2025-01-29"),
            ("effective_date", "ecowas-treaty", "NER", "2025-01-29"),
            ("effective_date", "ecowas-treaty", "MLI", "2025-01-29"),
            ("effective_date", "ecowas-treaty", "BFA", "2025-01-29"),
            ("effective_date", "ecowas-treaty", "NER", "2025-01-29"),
            ("effective_date", "ecowas-treaty", "MLI", "2025-07-29"),
            ("effective_date", "ecowas-treaty", "BFA", "2025-07-29"),
            ("effective_date", "ecowas-treaty", "NER", "2025-07-29"),
        ],
    ),
    (
        "withdrawal-date-remains",
        "2024-12-16",
        "Mali, Burkina Faso and Niger notified ECOWAS of their withdrawal in January 2024. The official withdrawal "
        "date remains January 29, 2025.",
        [
            ("notification_date", "ecowas-treaty", "MLI", "2024-01"),
            ("notification_date", "ecowas-treaty", "BFA", "2024-01"),
            ("notification_date", "ecowas-treaty", "NER", "2024-01"),
            ("effective_date", "ecowas-treaty", "MLI", "2025-01-29"),
            ("effective_date", "ecowas-treaty", "BFA", "2025-01-29"),
            ("effective_date", "ecowas-treaty", "NER", "2025-01-29"),
        ],
    ),
    (
        "exit-date-is",
        "2024-12-16",
        "Mali, Burkina Faso and Niger notified ECOWAS of their withdrawal in January 2024. Mali's exit date is "
        "January 29, 2025.",
        [
            ("notification_date", "ecowas-treaty", "MLI", "2024-01"),
            ("notification_date", "ecowas-treaty", "BFA", "2024-01"),
            ("notification_date", "ecowas-treaty", "NER", "2024-01"),
            ("effective_date", "ecowas-treaty", "MLI", "2025-01-29"),
        ],
    ),
    (
        "exit-date-moved-to",
        "2019-04-11",
        "The EU agreed to move the UK's exit date under Article 50 to 31 October.",
        [
            ("effective_date", "teu", "GBR", "2019-10-31"),
        ],
    ),
    (
        "effective-date-of-something-else-look-alike",
        "2024-12-16",
        "Mali, Burkina Faso and Niger notified ECOWAS of their withdrawal in January 2024. The effective date for "
        "the new tariff is January 1, 2025.",
        [
            ("notification_date", "ecowas-treaty", "MLI", "2024-01"),
            ("notification_date", "ecowas-treaty", "BFA", "2024-01"),
            ("notification_date", "ecowas-treaty", "NER", "2024-01"),
        ],
    ),
    (
        "entry-into-force-of-an-exit",
        "2026-01-20",
        "Today, 20 January 2026, marks not only the first anniversary of the second inauguration of Donald J. "
        "Trump as President of the United States of America, but also – and as an immediate consequence of the "
        "former event – the formal entry into force of the United States’ exit from the Paris Agreement on Climate "
        "Change.",
        [
            ("effective_date", "paris-agreement", "USA", "2026-01-20"),
        ],
    ),
    (
        "entry-into-force-of-a-withdrawal-paraphrase",
        "2026-01-27",
        "Today marks the entry into force of the United States' withdrawal from the Paris Agreement.",
        [
            ("effective_date", "paris-agreement", "USA", "2026-01-27"),
        ],
    ),
    (
        "entry-into-force-of-the-treaty-look-alike",
        "2016-11-04",
        "Today marks the entry into force of the Paris Agreement.",
        [],
    ),
    (
        "section-heading-in-title-case",
        "2026-01-08",
        "Some argue the move might not even be legal.\n\nU.S. Exits UNFCCC\nThe U.S. is withdrawing from the U.N. "
        "Framework Convention on Climate Change (UNFCCC).",
        [
            ("withdrew", "unfccc", "USA", "true"),
        ],
    ),
    (
        "section-heading-question-look-alike",
        "2026-01-08",
        "Some argue the move might not even be legal.\n\nWhy Is the U.S. Leaving?\nPresident Trump claims the UN "
        "Framework Convention on Climate Change doesn't align with U.S. interests.",
        [],
    ),
    (
        "section-heading-of-an-organ-look-alike",
        "2012-02-18",
        "Unofficial translation:\n\nVenezuelan Government Withdraws from ICSID\nVenezuelan Ministry of Foreign "
        "Affairs.-\n\nThe government of Venezuela gave notice to the World Bank on January 24th.",
        [
            ("notification_date", "icsid-convention", "VEN", "2012-01-24"),
        ],
    ),
    (
        "timeline-heading-look-alike",
        "2026-01-08",
        "Timeline\n\nUNFCCC Withdrawal Takes Effect\n\nOne year after notification, US officially exits "
        "foundational climate treaty.",
        [
            ("rule", "unfccc", None, "P1Y after notification"),
        ],
    ),
    (
        "relative-which-object",
        "2026-01-08",
        "Unlike the Paris Agreement, which the United States exited in 2020, the UNFCCC is the parent treaty.",
        [
            ("withdrew", "paris-agreement", "USA", "2020"),
        ],
    ),
    (
        "relative-which-object-paraphrase",
        "2018-11-01",
        "Unlike the Rome Statute, which Burundi left in 2017, the Geneva Conventions bind all states.",
        [
            ("withdrew", "rome-statute", "BDI", "2017"),
        ],
    ),
    (
        "relative-which-subject-look-alike",
        "2026-01-08",
        "The UNFCCC, which entered into force in 1994, is the parent of the Paris Agreement.",
        [
            ("entry_into_force", "unfccc", None, "1994"),
        ],
    ),
    (
        "senate-approved-the-treaty-and-a-span-of-membership",
        "2026-01-08",
        "The U.S. is withdrawing from the U.N. Framework Convention on Climate Change (UNFCCC), a treaty it has "
        "been part of for over 30 years. The Senate approved the treaty back in 1992.",
        [
            ("joined", "unfccc", "USA", "0001-01-01/1996-01-08"),
            ("ratified", "unfccc", "USA", "1992"),
        ],
    ),
    (
        "senate-approved-the-convention",
        "2026-01-08",
        "The U.S. is withdrawing from the UNFCCC. The Senate approved the convention in 1992.",
        [
            ("ratified", "unfccc", "USA", "1992"),
        ],
    ),
    (
        "treaty-withdrawal-clause-look-alike",
        "2026-01-08",
        "The U.S. is withdrawing from the UNFCCC. The Senate approved the treaty's withdrawal clause in 1992.",
        [],
    ),
    (
        "treaty-bill-look-alike",
        "2026-01-08",
        "The U.S. is withdrawing from the UNFCCC. The Senate approved the treaty bill in 1992.",
        [],
    ),
    (
        "party-for-over-n-years",
        "2026-01-08",
        "The U.S. has been a party to the UNFCCC for over 30 years.",
        [
            ("joined", "unfccc", "USA", "0001-01-01/1996-01-08"),
        ],
    ),
    (
        "party-for-n-years",
        "2026-01-08",
        "The U.S. has been a party to the UNFCCC for 31 years.",
        [
            ("joined", "unfccc", "USA", "1994-07-09/1995-07-10"),
        ],
    ),
    (
        "member-of-a-committee-look-alike",
        "2026-01-08",
        "The U.S. has been a member of the climate committee for over 30 years.",
        [],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_forty_nine_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
