"""Session 15's leftovers of session 14's held-out batches, read by construction, each in the article's words and in
wordings of our own, with look-alikes that claim nothing.

1. A tally told one side a sentence: 'For – 259 votes. Against – 8.' (a side's label, a dash or a colon, its number;
   the sentences that follow opening the same way give the other sides).
2. 'unanimously' after the verb's object ('approved the bill unanimously on Tuesday', 'voted 23-0 on Tuesday to ratify
   the convention unanimously'): the verb of voting or adopting a few words before it, only its object, a tally and a
   day between; the figures, where told, are the tally. Not an adverb of another act after a comma, a conjunction or
   another verb ('after ministers agreed unanimously', 'a referendum the Seimas had called unanimously').
3. Exits as nouns with the treaty as a modifier: 'the country's Paris exit', 'Finland's Ottawa withdrawal' (a capital
   that begins treaties' names, right before an exit noun, is the treaty left: the one it begins, or of several the
   one the article names; not the government), 'its ICC withdrawal took effect on D'. Not 'the Paris withdrawal from
   NATO' (another body left), and where the article names both treaties 'Paris' begins, neither, nor France.
4. A membership's end told in reported speech: 'confirmed in writing that American participation in the agreement
   would end on Jan. 27, 2026' (a future in the past, as 'would take effect on D' is read), 'membership ... ends on
   D'. Not a condition ('would end ... if', 'would have ended') nor 'would end' unreported.
5. A notice 'one week later' / 'a week later' than a day the sentence names before it, or the sentence before ('Trump
   signed the order on Jan. 20, 2025. The US notified the UN ... one week later': 27 January, a week on from a day is
   a day). Left: the AP's noun 'followed by a written statement one week later to the United Nations' (a notice told
   as a statement after 'followed by') and 'a week after' with no event after it.
6. A formal notice dated by a participle set off by commas: 'Argentina’s official notice, made in March, is due to be
   discussed' (after its exit was told; a formal or official notice only). Not a notice of anything else, nor one with
   no day ('made in haste').
8. An ordinal count by 'making': 'making Malaysia the 46th State Party to the TPNW', 'which made Ukraine the 125th
   member' (the State named between the verb and its rank). Not a rank of another act ('the 5th country to object')
   nor 'making Malaysia the subject of praise'.
9. 'became a signatory of / to T in D' (the signature, dated by the clause). Not a signature hoped for ('may become a
   signatory') nor 'became a signatory state' with no treaty. Left: 'the Rome Treaty of the ICC' (no such alias) and
   'voted to adhere to the pact' with a State as the subject (a State's vote is read as an intention).
10. A relative on a treaty's name telling its making and then its coming into force ('withdraw Russia from the
   agreement which was signed in 1992 and came into force in 2002'): the treaty's own dates, not the exit's effect.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_SEIMAS = "The Seimas ratified the Convention on Cluster Munitions on Tuesday. "
_CCM_RATIFIED = ("ratified", "ccm", "LTU", "2022-06-21")

TALLIES: list[tuple[str, str, str, Read]] = [
    (
        "for-dash-votes-against-dash",  # SPZh, 20 June 2022 (the deputy's post as the article quotes it)
        "2022-06-20",
        "On June 20, the Verkhovna Rada voted for the ratification of the Istanbul Convention. “The Parliament "
        "supported the ratification of the Istanbul Convention (on the prevention of violence against women and "
        'domestic violence). For – 259 votes. Against – 8," the deputy wrote.',
        [
            ("ratified", "istanbul-convention", "UKR", "2022-06-20"),
            ("vote_tally", "istanbul-convention", "UKR", "259-8"),
        ],
    ),
    (
        "for-colon-against-colon-abstained-colon",  # our words
        "2022-06-21",
        _SEIMAS + "For: 98 votes. Against: 2. Abstained: 4.",
        [_CCM_RATIFIED, ("vote_tally", "ccm", "LTU", "98-2-4")],
    ),
    (
        "for-dash-against-dash-bare",
        "2022-06-21",
        _SEIMAS + "For – 98. Against – 2.",  # our words
        [_CCM_RATIFIED, ("vote_tally", "ccm", "LTU", "98-2")],
    ),
    (
        "against-first",
        "2022-06-21",
        _SEIMAS + "Against – 2. For – 98.",  # our words
        [_CCM_RATIFIED, ("vote_tally", "ccm", "LTU", "98-2")],
    ),
    (
        "yes-dash-no-dash",
        "2022-06-21",
        _SEIMAS + "Yes – 98. No – 2.",  # our words
        [_CCM_RATIFIED, ("vote_tally", "ccm", "LTU", "98-2")],
    ),
    # look-alikes: labels with no numbers, a number with no side's label, a side not opening its sentence
    ("labels-without-numbers", "2022-06-21", _SEIMAS + "For – the first time. Against – all odds.", [_CCM_RATIFIED]),
    ("a-count-that-is-no-side", "2022-06-21", _SEIMAS + "Chapter – 98. Against – 2.", [_CCM_RATIFIED]),
    ("votes-is-no-side", "2022-06-21", _SEIMAS + "Votes: 98. Against: 2.", [_CCM_RATIFIED]),
    ("for-without-a-dash", "2022-06-21", _SEIMAS + "For 98 days. Against 2 opponents.", [_CCM_RATIFIED]),
    (
        "the-other-side-sentences-later",  # a sentence between: only the side told
        "2022-06-21",
        _SEIMAS + "For – 98 votes. The bill now goes to the President. Against – 2.",
        [_CCM_RATIFIED, ("vote_tally", "ccm", "LTU", "98 for")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in TALLIES], ids=[c[0] for c in TALLIES])
def test_tally_one_side_a_sentence(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected


_DEBATED = "The Seimas debated the Convention on Cluster Munitions. "

UNANIMOUS: list[tuple[str, str, str, Read]] = [
    (
        "approved-the-bill-unanimously-on-a-day",
        "2022-06-21",
        _DEBATED + "The Seimas approved the bill unanimously on Tuesday.",
        [("vote_tally", "ccm", "LTU", "unanimous")],
    ),  # our words
    (
        "approved-the-ratification-of-a-named-treaty-unanimously",  # our words
        "2022-06-21",
        "The Seimas approved the ratification of the Convention on Cluster Munitions unanimously on Tuesday.",
        [("vote_tally", "ccm", "LTU", "unanimous")],
    ),
    (
        "voted-on-a-day-to-ratify-unanimously",  # our words
        "2022-06-21",
        "The Seimas voted on Tuesday to ratify the Convention on Cluster Munitions unanimously.",
        [("ratified", "ccm", "LTU", "2022-06-21"), ("vote_tally", "ccm", "LTU", "unanimous")],
    ),
    (
        "voted-23-0-then-unanimously",  # our words: the figures are the tally
        "2022-06-21",
        _DEBATED + "The Seimas voted 23-0 on Tuesday to ratify the convention unanimously.",
        [("vote_tally", "ccm", "LTU", "23-0")],
    ),
    (
        "unanimously-voted-23-0",  # our words: the figures are the tally
        "2022-06-21",
        _DEBATED + "The Seimas unanimously voted 23-0 to ratify the convention.",
        [("vote_tally", "ccm", "LTU", "23-0")],
    ),
    # look-alikes: another act's adverb, a vote required or denied
    (
        "after-others-agreed-unanimously",
        "2022-06-21",
        _DEBATED + "The Seimas approved the bill after ministers agreed unanimously.",
        [],
    ),
    (
        "a-reduced-relative-between",
        "2022-06-21",
        _DEBATED + "Voters approved the bill in a referendum the Seimas had called unanimously.",
        [],
    ),
    (
        "and-another-subject",
        "2022-06-21",
        _DEBATED + "The Seimas approved the bill, and the opposition applauded unanimously.",
        [],
    ),
    ("must-approve-unanimously", "2022-06-21", _DEBATED + "The Seimas must approve the bill unanimously.", []),
    ("did-not-approve-unanimously", "2022-06-21", _DEBATED + "The Seimas did not approve the bill unanimously.", []),
    (
        "agreed-to-ratify-unanimously",
        "2022-06-21",
        _DEBATED + "The Seimas agreed to ratify the convention unanimously.",
        [],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in UNANIMOUS], ids=[c[0] for c in UNANIMOUS])
def test_unanimously_after_the_object(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected


_US_LEFT = "The United States left the Paris Agreement on Tuesday. "
_US_WITHDREW = ("withdrew", "paris-agreement", "USA", "2026-01-27")

NOUN_EXITS: list[tuple[str, str, str, Read]] = [
    (
        "the-countrys-paris-exit",  # our words (the lead's note of session 14's leftovers)
        "2026-01-28",
        _US_LEFT + "The country's Paris exit took effect on 27 January.",
        [_US_WITHDREW, ("effective_date", "paris-agreement", "USA", "2026-01-27")],
    ),
    (
        "its-paris-exit",  # our words
        "2026-01-28",
        _US_LEFT + "Its Paris exit took effect on 27 January.",
        [_US_WITHDREW, ("effective_date", "paris-agreement", "USA", "2026-01-27")],
    ),
    (
        "a-states-ottawa-withdrawal",  # our words: Ottawa begins one treaty's names
        "2026-01-12",
        "Finland's Ottawa withdrawal took effect on January 10, 2026.",
        [("effective_date", "apmbc", "FIN", "2026-01-10")],
    ),
    (
        "its-icc-withdrawal-took-effect-on",  # our words
        "2018-01-10",
        "Burundi notified the UN in 2016. Its ICC withdrawal took effect on October 27, 2017.",
        [("effective_date", "rome-statute", "BDI", "2017-10-27")],
    ),
    # look-alikes: another body left; both treaties 'Paris' begins named (not France's act either way)
    (
        "the-paris-withdrawal-from-nato",
        "2026-01-28",
        "Trump met Macron. Paris withdrawal from NATO command came in 1966.",
        [],
    ),
    (
        "paris-ambiguous-in-the-article",
        "2026-01-28",
        "The US's Paris exit took effect on January 27, 2026. The Paris Agreement and the Paris Convention on chemical "
        "weapons differ.",
        [("effective_date", "paris-agreement", "USA", "2026-01-27")],  # the article's treaty by the reader's context
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in NOUN_EXITS], ids=[c[0] for c in NOUN_EXITS])
def test_exit_nouns_with_a_treaty_modifier(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected


MEMBERSHIP_ENDS: list[tuple[str, str, str, Read]] = [
    (
        "confirmed-that-participation-would-end-on",  # AP, 27 January 2026
        "2026-01-27",
        "Trump announced the departure from the Paris Agreement on Jan. 20, 2025. The United Nations confirmed in "
        "writing that American participation in the agreement would end on Jan. 27, 2026.",
        [("effective_date", "paris-agreement", "USA", "2026-01-27")],
    ),
    (
        "said-membership-would-end-on",  # our words
        "2025-06-28",
        "The ministry said Lithuania's membership in the Ottawa Convention would end on 27 December 2025.",
        [("effective_date", "apmbc", "LTU", "2025-12-27")],
    ),
    (
        "membership-ends-on",  # our words
        "2025-06-28",
        "Lithuania's membership in the Ottawa Convention ends on 27 December 2025.",
        [("effective_date", "apmbc", "LTU", "2025-12-27")],
    ),
    # look-alikes: a condition, an unreal past, 'would' unreported, another participation
    (
        "would-end-if",
        "2025-06-28",
        "The ministry said Lithuania's membership in the Ottawa Convention would end on 27 December 2025 if the Seimas "
        "agreed.",
        [],
    ),
    (
        "would-have-ended",
        "2025-06-28",
        "The ministry said Lithuania's membership in the Ottawa Convention would have ended on 27 December 2025.",
        [],
    ),
    (
        "would-end-unreported",
        "2025-06-28",
        "Lithuania's membership in the Ottawa Convention would end on 27 December 2025.",
        [],
    ),
    (
        "participation-in-talks",
        "2025-06-28",
        "The ministry said Lithuania's participation in the talks would end on 27 December 2025.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected"), [c[1:] for c in MEMBERSHIP_ENDS], ids=[c[0] for c in MEMBERSHIP_ENDS]
)
def test_membership_ends_on_a_day(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected


_ORDER = "Trump signed the order on Jan. 20, 2025. "
_US_NOTICE = ("notification_date", "paris-agreement", "USA", "2025-01-27")

WEEK_LATER: list[tuple[str, str, str, Read]] = [
    (
        "notified-one-week-later-than-the-sentence-before",  # our words (AP, 27 January 2026: 'one week later')
        "2026-01-27",
        _ORDER + "The US notified the United Nations of its withdrawal from the Paris Agreement one week later.",
        [_US_NOTICE],
    ),
    (
        "notified-a-week-later-than-the-sentence-before",  # our words
        "2026-01-27",
        _ORDER + "The US notified the United Nations of its withdrawal from the Paris Agreement a week later.",
        [_US_NOTICE],
    ),
    (
        "a-week-later-in-the-same-sentence",  # our words
        "2026-01-27",
        "Trump signed the order on Jan. 20, 2025, and the US notified the United Nations of its withdrawal from the "
        "Paris Agreement a week later.",
        [_US_NOTICE],
    ),
    (
        "months-later-in-the-same-clause-still",  # our words: as before
        "2026-01-27",
        "Trump signed the order in Jan. 2025 and three months later the US notified the United Nations of its "
        "withdrawal from the Paris Agreement.",
        [("notification_date", "paris-agreement", "USA", "2025-04")],
    ),
    # look-alike: nothing dated before it, so the notice is only bounded by the report
    (
        "a-week-later-with-no-day-before",
        "2026-01-27",
        "Trump signed the order. The US notified the United Nations of its withdrawal from the Paris Agreement a week "
        "later.",
        [("notification_date", "paris-agreement", "USA", "0001-01-01/2026-01-27")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in WEEK_LATER], ids=[c[0] for c in WEEK_LATER])
def test_a_week_later(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected


_ARG_LEFT = "Argentina left the WHO. "

APPOSED_NOTICES: list[tuple[str, str, str, Read]] = [
    (
        "official-notice-made-in-march",  # Health Policy Watch, 6 February 2026
        "2026-02-06",
        "His comments came in a discussion of Argentina’s declaration in February 2025 that it would leave WHO. "
        "Argentina’s official notice, made in March, is due to be discussed at the May World Health Assembly.",
        [("notification_date", "who-constitution", "ARG", "2025-03")],
    ),
    (
        "formal-notice-sent-on-a-day",  # our words
        "2026-02-06",
        _ARG_LEFT + "Argentina’s formal notice, sent on 17 March 2025, reached the UN.",
        [
            ("withdrew", "who-constitution", "ARG", "true"),
            ("notification_date", "who-constitution", "ARG", "2025-03-17"),
        ],
    ),
    # look-alikes: no day, no exit told, no formal notice
    (
        "made-in-haste",
        "2026-02-06",
        _ARG_LEFT + "Argentina’s official notice, made in haste, is due to be discussed.",
        [("withdrew", "who-constitution", "ARG", "true")],
    ),
    (
        "no-exit-told",
        "2026-02-06",
        "Argentina raised tariffs. Argentina’s official notice, made in March, was welcomed by traders.",
        [],
    ),
    (
        "a-bare-notice",
        "2026-02-06",
        _ARG_LEFT + "Argentina’s notice, made in March, is due to be discussed.",
        [("withdrew", "who-constitution", "ARG", "true")],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected"), [c[1:] for c in APPOSED_NOTICES], ids=[c[0] for c in APPOSED_NOTICES]
)
def test_notice_dated_by_an_apposed_participle(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected


MAKING: list[tuple[str, str, str, Read]] = [
    (
        "making-a-state-the-nth-state-party",  # Bernama, 22 January 2022 (its sentence, the signature's words cut)
        "2022-01-22",
        "Malaysia signed the TPNW on September 20, 2017 and ratified the Treaty on September 30, 2020, making Malaysia "
        "the 46th State Party to the TPNW.",
        [("signed", "tpnw", "MYS", "2017-09-20"), ("parties_count", "tpnw", "MYS", "46")],
    ),
    (
        "which-made-a-state-the-nth-member",  # our words
        "2024-11-01",
        "Ukraine ratified the Rome Statute on 25 October 2024, which made Ukraine the 125th member of the court.",
        [("ratified", "rome-statute", "UKR", "2024-10-25"), ("parties_count", "rome-statute", "UKR", "125")],
    ),
    # look-alikes: a rank of another act, no rank
    ("made-the-nth-country-to-object", "2022-01-22", "The vote made Malaysia the 5th country to object.", []),
    (
        "making-a-state-the-subject",
        "2022-01-22",
        "Malaysia ratified the TPNW, making Malaysia the subject of praise.",
        [("ratified", "tpnw", "MYS", "true")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in MAKING], ids=[c[0] for c in MAKING])
def test_ordinal_count_by_making(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected


SIGNATORIES: list[tuple[str, str, str, Read]] = [
    (
        "became-a-signatory-of",  # AFP, 30 August 2024 (its 'Rome Treaty of the ICC' as the Rome Statute)
        "2024-08-30",
        "Putin visited Mongolia. Mongolia became a signatory of the Rome Statute in December 2000.",
        [("signed", "rome-statute", "MNG", "2000-12")],
    ),
    (
        "became-a-signatory-to",
        "2024-08-30",
        "Mongolia became a signatory to the Rome Statute in December 2000.",
        [("signed", "rome-statute", "MNG", "2000-12")],
    ),
    # look-alikes: a signature hoped for, no treaty
    ("may-become-a-signatory", "2024-08-30", "Mongolia may become a signatory to the Rome Statute next year.", []),
    ("a-signatory-state", "2024-08-30", "Mongolia became a signatory state.", []),
]


@pytest.mark.parametrize(
    ("published", "text", "expected"), [c[1:] for c in SIGNATORIES], ids=[c[0] for c in SIGNATORIES]
)
def test_became_a_signatory(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected


TREATY_LIVES: list[tuple[str, str, str, Read]] = [
    (
        "withdraw-from-the-agreement-which-was-signed-and-came-into-force",  # precision audit 6 (State Duma, 2021)
        "2021-05-19",
        "The State Duma voted on Wednesday to withdraw Russia from the Open Skies Treaty. The bill would withdraw "
        "Russia from the agreement which was signed in 1992 and came into force in 2002.",
        [("entry_into_force", "open-skies", None, "2002")],
    ),
    (
        "withdrew-from-a-named-treaty-which-was-signed-and-came-into-force",  # our words
        "2021-12-20",
        "Russia withdrew from the Open Skies Treaty which was signed in 1992 and came into force in 2002.",
        [
            ("withdrew", "open-skies", "RUS", "true"),
            ("signed", "open-skies", None, "1992"),
            ("entry_into_force", "open-skies", None, "2002"),
        ],
    ),
    (
        "with-a-comma",  # our words
        "2021-05-19",
        "The bill would withdraw Russia from the Open Skies Treaty, which was signed in 1992 and came into force in "
        "2002.",
        [("entry_into_force", "open-skies", None, "2002")],
    ),
    # the true look-alike: a relative on the decision to leave tells the exit's effect
    (
        "decision-to-leave-which-takes-effect",
        "2025-06-03",
        "Hungary's decision to leave the Rome Statute, which takes effect on 2 June 2026, was criticised.",
        [("effective_date", "rome-statute", "HUN", "2026-06-02")],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected"), [c[1:] for c in TREATY_LIVES], ids=[c[0] for c in TREATY_LIVES]
)
def test_a_treaty_made_then_in_force(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
