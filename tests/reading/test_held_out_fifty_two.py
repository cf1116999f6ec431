"""Constructions and judging of the fifty-second held-out batch (exits, joinings and ratifications of the treaties
the issue does not name: UNESCO, the UNFCCC, NATO, the TPNW, the CTBT, the NPT, the ECHR; 2024-2026), each pinned by
the article's sentence and paraphrases of our own, with look-alikes:

- the State that receives an instrument of consent is the depositary, not a State consenting: 'Sweden officially
  became NATO's 32nd member as the US received accession instruments Thursday' (Anadolu, 7 March 2024) gave the
  United States an accession (reader.py `_not_the_receiver`); the State owning the instrument ('received Finland's
  instrument of accession') keeps its consent;
- 'to ratify the country's membership' ratifies another State's admission (an accession protocol), not the treaty
  (ratification.py `another_states_entry`, which read only a named State's);
- a second count of the other consent with its noun left out: 'Thus far, 94 nations have signed the treaty and 73
  have followed up by ratifying it' (ru24, January 2025; counts.py `_consent_of`), also past a treaty's long name;
- counts 'out of the 197 eligible states' with their treaty left out, the one the article last named (CCNS, 1 October
  2025: '- 74 have ratified and 25 have signed'; counts.py `counted_out_of`); fewer signers than ratifiers count the
  States that have signed only, not the signatories, and are not read;
- a page wrapped at a fixed width whose paragraph's first line is running text ('... General Assembly in New⏎York
  City, the Republic of Ghana ratified ...'; plain.py `_running_text`) and a day's ordinal spaced off ('September 26
  th , 2025');
- a State named in a relative aside is not the one an ordinal ranks: 'Finland, which shares a ... border with Russia,
  became a member of NATO on April 4, 2023, becoming the 31st member' (counts.py `_in_relative_aside`);
- States given as examples after 'Countries like' opening the sentence, and with an adverb before the verb
  ('countries like the United States and Israel have previously exited UNESCO', MoofLife, May 2025;
  subjects.py `_examples_as_subject`);
- a fronted participle of entry into force: 'Adopted in 2017 and coming into force in 2021, TPNW bans ...' (The Astana
  Times, October 2025; tense.py `_fronted_entry`): the treaty's past;
- 'X and Y are the only two European countries that are not signatories' (Quest Network, October 2025): the States
  the relative clause restates (signatory_status.py `_the_only_ones`);
- 'officially opened the Comprehensive Nuclear-Test-Ban Treaty (CTBT) for signature' (News-Pravda, 24 September
  2025): the opening with the treaty named between the verb and its purpose (pipeline SIGN, treaty_refs.py);
- 'The US joined and the Senate ratified the agreement in 1992' (USA Exclusives, 8 January 2026): a verb of consent
  sharing the object of a second one after 'and' (treaty_refs.py `_second_consent_after_and`).
Judged with the batch's world facts: Ghana's TPNW ratification and the 74 (and the 73 before it), Nicaragua's UNESCO
membership since 1952.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder
from app.reading.plain import plain_text
from app.rulebook import Rulebook
from app.services.assessment import AssessmentService
from app.services.checks import CheckService
from schemas.checks import TextCheckRequest
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "receiver-is-the-depositary",  # Anadolu, 7 March 2024
        "2024-03-07",
        "Sweden officially became NATO’s 32nd member as the US received accession instruments Thursday.",
        [("parties_count", "north-atlantic-treaty", "SWE", "32")],
    ),
    (
        "receiver-and-the-owner-named",  # our words: the depositary's department receives Finland's instrument
        "2023-04-05",
        "The US State Department received Finland's instrument of accession to the North Atlantic Treaty on Tuesday.",
        [("ratified", "north-atlantic-treaty", "FIN", "2023-04-04")],
    ),
    (
        "receiver-not-a-state",  # look-alike: the UN receiving, the owner's consent as before
        "2024-10-26",
        "The United Nations received Ukraine's instrument of ratification of the Rome Statute on 25 October 2024.",
        [("ratified", "rome-statute", "UKR", "2024-10-25")],
    ),
    (
        "the-state-deposits",  # look-alike: the acceding State as the subject
        "2024-03-07",
        "Sweden deposited its instrument of accession to the North Atlantic Treaty with the United States on Thursday.",
        [("acceded", "north-atlantic-treaty", "SWE", "2024-03-07")],
    ),
    (
        "ratify-the-countrys-membership",  # Anadolu, 7 March 2024
        "2024-03-07",
        "Sweden completed its membership procedures after Hungary became the last NATO member to ratify the country’s "
        "membership last week.",
        [],
    ),
    (
        "ratify-the-treaty-itself",  # look-alike
        "2024-03-07",
        "Hungary ratified the Paris Agreement in November 2016.",
        [("ratified", "paris-agreement", "HUN", "2016-11")],
    ),
    (
        "second-count-noun-left-out",  # ru24, January 2025 (the treaty named in our first sentence)
        "2025-01-15",
        "The Treaty on the Prohibition of Nuclear Weapons went into force in January 2021. Thus far, 94 nations have "
        "signed the treaty and 73 have followed up by ratifying it.",
        [
            ("entry_into_force", "tpnw", None, "2021-01"),
            ("parties_count", "tpnw", None, "94 signatories"),
            ("parties_count", "tpnw", None, "73 ratifications"),
        ],
    ),
    (
        "second-count-past-a-long-name",  # our words
        "2025-01-15",
        "So far 94 countries have signed the Treaty on the Prohibition of Nuclear Weapons and 73 have ratified it.",
        [("parties_count", "tpnw", None, "94 signatories"), ("parties_count", "tpnw", None, "73 ratifications")],
    ),
    (
        "second-number-no-consent",  # look-alike
        "2025-01-15",
        "So far 94 countries have signed the Treaty on the Prohibition of Nuclear Weapons and 73 have criticised it.",
        [("parties_count", "tpnw", None, "94 signatories")],
    ),
    (
        "out-of-the-eligible-treaty-left-out",  # CCNS, 1 October 2025 (unwrapped)
        "2025-10-01",
        "On September 26, 2025, the Republic of Ghana ratified the Treaty on the Prohibition of Nuclear Weapons. A total "
        "of 99 out of the 197 eligible states have taken legal action - 74 have ratified and 25 have signed.",
        [("ratified", "tpnw", "GHA", "2025-09-26"), ("parties_count", "tpnw", None, "74 ratifications")],
    ),
    (
        "out-of-more-signers-than-ratifiers",  # look-alike: the signers counted are all the signatories
        "2013-09-28",
        "Out of 195 eligible states, 183 have so far signed the Comprehensive Nuclear-Test-Ban Treaty and 161 have "
        "ratified it.",
        [("parties_count", "ctbt", None, "183 signatories"), ("parties_count", "ctbt", None, "161 ratifications")],
    ),
    (
        "wrapped-first-line-and-spaced-ordinal",  # CCNS, 1 October 2025
        "2025-10-01",
        "Global Majority\n\nOn September 26 th , 2025, during the United Nations General Assembly in New\nYork City, "
        "the Republic of Ghana ratified the Treaty on the Prohibition of Nuclear\nWeapons (TPNW), and more states "
        "signed on.",
        [("ratified", "tpnw", "GHA", "2025-09-26")],
    ),
    (
        "countries-like-opening-the-sentence",  # our words
        "2025-05-05",
        "Countries like the United States and Israel have exited UNESCO.",
        [("withdrew", "unesco-constitution", "USA", "true"), ("withdrew", "unesco-constitution", "ISR", "true")],
    ),
    (
        "countries-like-previously-exited",  # MoofLife, May 2025
        "2025-05-05",
        "This move is part of a broader context where countries like the United States and Israel have previously "
        "exited UNESCO, citing concerns over political bias.",
        [("withdrew", "unesco-constitution", "USA", "true"), ("withdrew", "unesco-constitution", "ISR", "true")],
    ),
    (
        "countries-like-no-exit",  # look-alike
        "2025-05-05",
        "Countries like the United States and Israel have criticised UNESCO.",
        [],
    ),
    (
        "fronted-entry-into-force",  # The Astana Times, October 2025
        "2025-10-01",
        "Adopted in 2017 and coming into force in 2021, the Treaty on the Prohibition of Nuclear Weapons bans the use "
        "of nuclear arms.",
        [("entry_into_force", "tpnw", None, "2021")],
    ),
    (
        "fronted-entry-opening",  # our words
        "2025-10-01",
        "Coming into force in 2021, the Treaty on the Prohibition of Nuclear Weapons bans the use of nuclear arms.",
        [("entry_into_force", "tpnw", None, "2021")],
    ),
    (
        "the-only-ones-not-signatories",  # Quest Network, October 2025 (the treaty named in our first sentence)
        "2025-10-04",
        "The UK could leave the European Convention on Human Rights. Russia and Belarus are the only two European "
        "countries that are not signatories.",
        [("signed", "echr", "RUS", "false"), ("signed", "echr", "BLR", "false")],
    ),
    (
        "the-only-ones-of-another-instrument",  # look-alike: a letter's signatories, not the States
        "2025-10-04",
        "The UK could leave the European Convention on Human Rights. Russia and Belarus are two countries whose "
        "leaders are not signatories of the letter.",
        [],
    ),
    (
        "opened-the-treaty-for-signature",  # News-Pravda, 24 September 2025
        "2025-09-24",
        "On September 24, 1996, UN Secretary-General Boutros Ghali officially opened the Comprehensive "
        "Nuclear-Test-Ban Treaty (CTBT) for signature.",
        [("signed", "ctbt", None, "1996-09-24")],
    ),
    (
        "opened-another-treaty-for-signature",  # our words: the treaty opened, not the one named before
        "2025-09-24",
        "The CTBT is not in force. The Secretary-General opened the Rome Statute for signature on 17 July 1998.",
        [("signed", "rome-statute", None, "1998-07-17")],
    ),
    (
        "opened-a-conference",  # look-alike: no signature
        "2025-09-24",
        "The Secretary-General opened the Rome Statute conference on 15 June 1998.",
        [],
    ),
    (
        "joined-and-ratified-one-object",  # USA Exclusives, 8 January 2026 (the treaty named in our first sentence)
        "2026-01-08",
        "The UNFCCC is the climate treaty. The US joined and the Senate ratified the agreement in 1992.",
        [("joined", "unfccc", "USA", "true"), ("ratified", "unfccc", "USA", "1992")],
    ),
    (
        "joined-and-praised",  # look-alike: the second verb no consent, no object shared
        "2026-01-08",
        "The UNFCCC is the climate treaty. The US joined and the Senate praised the agreement in 1992.",
        [],
    ),
    (
        "relative-aside-before-the-ordinal",  # Anadolu, 7 March 2024
        "2024-03-07",
        "Finland, which shares a 1,340-kilometer (832-mile) border with Russia, became a member of NATO on April 4, "
        "2023, becoming the 31st member of NATO.",
        [
            ("joined", "north-atlantic-treaty", "FIN", "2023-04-04"),
            ("parties_count", "north-atlantic-treaty", "FIN", "31"),
        ],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_fifty_two_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("On September 26 th , 2025, during", "On September 26th , 2025, during"),  # CCNS: the day and its suffix
        ("the 4 th of July", "the 4th of July"),
        ("In 1990 th", "In 1990 th"),  # look-alike: a year is no day
        ("page 12 the next", "page 12 the next"),  # look-alike: no suffix
        # a paragraph's first line of running text wrapped inside a name (CCNS, 1 October 2025)
        (
            "Title\n\nOn 26 September, during the United Nations General Assembly in New\nYork City, the Republic of "
            "Ghana ratified the treaty.",
            "Title\n\nOn 26 September, during the United Nations General Assembly in New "
            "York City, the Republic of Ghana ratified the treaty.",
        ),
        # look-alike: a short first line (a heading) stays apart
        (
            "Title\n\nMembers of the Assembly in New\nYork City, the Republic of Ghana ratified the treaty on Friday.",
            "Title\n\nMembers of the Assembly in New\nYork City, the Republic of Ghana ratified the treaty on Friday.",
        ),
    ],
)
def test_fifty_two_plain_text(text: str, plain: str) -> None:
    assert plain_text(text).text == plain


JUDGED: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    (
        "ghana-ratified-and-the-74",  # CCNS, 1 October 2025
        "2025-10-01",
        "On September 26, 2025, the Republic of Ghana ratified the Treaty on the Prohibition of Nuclear Weapons. A total "
        "of 99 out of the 197 eligible states have taken legal action - 74 have ratified and 25 have signed.",
        [("ratified", "consistent"), ("parties_count", "consistent")],
    ),
    (
        "the-73-before-ghana",  # ru24, January 2025: the period before Ghana's deposit
        "2025-01-15",
        "So far 94 countries have signed the Treaty on the Prohibition of Nuclear Weapons and 73 have ratified it.",
        [("parties_count", "unverifiable"), ("parties_count", "consistent")],
    ),
    (
        "a-membership-three-decades-short",  # UpGlob, May 2025
        "2025-05-05",
        "Nicaragua officially leaves UNESCO after 43-year membership",
        [("withdrew", "partly_consistent"), ("joined", "inconsistent")],
    ),
    (
        "the-31st-on-its-day",  # Anadolu, 7 March 2024: the count of the day Finland joined, not of the report's
        "2024-03-07",
        "Finland, which shares a 1,340-kilometer (832-mile) border with Russia, became a member of NATO on April 4, "
        "2023, becoming the 31st member of NATO.",
        [("joined", "consistent"), ("parties_count", "consistent")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in JUDGED], ids=[c[0] for c in JUDGED])
def test_held_out_fifty_two_judged(
    rulebook: Rulebook, finder: ClaimFinder, published: str, text: str, expected: list[tuple[str, str]]
) -> None:
    service = CheckService(AssessmentService(rulebook))
    request = TextCheckRequest(text=text, published=dt.date.fromisoformat(published))
    response = service.check_text(finder, request)
    assert [(f.claim.kind, f.result.verdict) for f in response.claims] == expected
