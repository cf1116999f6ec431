"""Constructions left by held-out batches 1-16 (tests/data/articles/README.md, each batch's 'Left:'), read in
general: each pinned by the corpus sentence and by paraphrases of our own (other states, treaties, dates, tenses),
with look-alikes that claim nothing."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

# --- a status of being out, dated by 'since' (app/reading/status_since.py) ------------------------------------

SINCE = [
    (  # verafiles-2022-08-04 (batch 16), the sentence's own words with the state named
        "corpus-no-longer-a-state-party-since", "2022-08-04",
        "The Philippines is no longer a state party to the Rome Statute since 2019.",
        [("withdrew", "rome-statute", "PHL", "2019")],
    ),
    (
        "has-been-out-of-since-a-day", "2021-12-20",
        "Russia has been out of the Open Skies Treaty since December 18, 2021.",
        [("withdrew", "open-skies", "RUS", "2021-12-18")],
    ),
    (
        "has-been-officially-out-of-since-a-month", "2020-01-10",
        "The United States has been officially out of the INF Treaty since August 2019.",
        [("withdrew", "inf-treaty", "USA", "2019-08")],
    ),
    (
        "since-opening-the-clause", "2025-03-10",
        "Since 6 March, Lithuania is no longer a party to the Convention on Cluster Munitions.",
        [("withdrew", "ccm", "LTU", "2025-03-06")],
    ),
    (
        "has-no-longer-been-a-member-since", "2020-05-01",
        "Since 2019 the Philippines has no longer been a member of the ICC.",
        [("withdrew", "rome-statute", "PHL", "2019")],
    ),
    (  # an act, not a status: 'since' dates nothing
        "pulled-out-since-is-no-status", "2026-01-10",
        "Lithuania pulled out of the Ottawa Convention since 2025.",
        [("withdrew", "apmbc", "LTU", "true")],
    ),
    (  # denied: no claim of an exit
        "not-been-a-party-since-claims-none", "2024-02-01",
        "Burundi has not been a party to the Rome Statute since 2017.",
        [],
    ),
    (  # a membership begun then, not an exit
        "a-party-since-dates-the-joining", "2024-02-01",
        "Burundi has been a party to the Ottawa Convention since 2003.",
        [("joined", "apmbc", "BDI", "2003")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("case", "published", "text", "expected"), SINCE, ids=[c[0] for c in SINCE])
def test_a_status_of_being_out_is_dated_by_since(
    finder: ClaimFinder, case: str, published: str, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert read(finder, text, published) == expected


# --- a treaty described by its subject (app/reading/described.py) ----------------------------------------------

DESCRIBED = [
    (
        "the-treaty-on-its-aim", "2021-07-02",
        "Turkey withdrew from the treaty on combating violence against women on 1 July.",
        [("withdrew", "istanbul-convention", "TUR", "2021-07-01")],
    ),
    (
        "the-convention-to-prevent", "2021-07-02",
        "Ankara left the Council of Europe convention to prevent violence against women on Thursday.",
        [("withdrew", "istanbul-convention", "TUR", "2021-07-01")],
    ),
    (
        "the-convention-on-its-weapons", "2025-07-01",
        "Lithuania notified the UN of its withdrawal from the convention on anti-personnel mines on 27 June.",
        [("notification_date", "apmbc", "LTU", "2025-06-27")],
    ),
    (
        "the-treaty-on-its-forces", "2019-08-05",
        "The US quit the treaty on intermediate-range nuclear forces on August 2, 2019.",
        [("withdrew", "inf-treaty", "USA", "2019-08-02")],
    ),
    (  # one word names no treaty: 'women' stands in several names
        "one-word-names-none", "2025-07-01",
        "Lithuania notified the UN of its withdrawal from the treaty on women on 27 June.",
        [],
    ),
    (  # words two treaties share name neither
        "words-two-treaties-share-name-neither", "2025-07-01",
        "Estonia has notified its exit from the treaty for the protection of human rights.",
        [],
    ),
    (  # a day after 'on' is no subject
        "on-a-weekday-is-no-description", "2021-07-02",
        "Poland said it would leave the treaty on Thursday.",
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("case", "published", "text", "expected"), DESCRIBED, ids=[c[0] for c in DESCRIBED])
def test_a_treaty_described_by_its_subject(
    finder: ClaimFinder, case: str, published: str, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert read(finder, text, published) == expected


# --- 'This measure / step will take effect on D' after a notice told as done (app/reading/treaty_refs.py) --------

MEASURE = [
    (  # amnestyuk-2000-03-28 (batch 16)
        "corpus-this-measure", "2000-03-28",
        "On 27 March 2000 the government of Trinidad and Tobago lodged its withdrawal from the first Optional Protocol "
        "to the International Covenant on Civil and Political Rights. This measure will take effect on 27 June 2000.",
        [("notification_date", "iccpr-op1", "TTO", "2000-03-27"), ("effective_date", "iccpr-op1", "TTO", "2000-06-27")],
    ),
    (
        "this-step-after-a-notice", "2025-07-01",
        "Lithuania notified the UN Secretary-General of its withdrawal from the Ottawa Convention on 27 June. This step "
        "will take effect on 27 December.",
        [("notification_date", "apmbc", "LTU", "2025-06-27"), ("effective_date", "apmbc", "LTU", "2025-12-27")],
    ),
    (  # a law is a measure too: after its adoption, 'this measure' is the law's effect, not the exit's
        "this-measure-after-a-law-claims-none", "2025-04-20",
        "The Seimas adopted the law on Lithuania's withdrawal from the Ottawa Convention. This measure will take effect "
        "on 1 July.",
        [],
    ),
    (
        "this-measure-after-a-budget-claims-none", "2000-03-28",
        "Trinidad and Tobago adopted a new budget. This measure will take effect on 27 June 2000.",
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("case", "published", "text", "expected"), MEASURE, ids=[c[0] for c in MEASURE])
def test_this_measure_is_the_exit_the_sentence_before_told(
    finder: ClaimFinder, case: str, published: str, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert read(finder, text, published) == expected


# --- a dated gerund told in passing (app/reading/tense.py), its ordinal count (app/reading/counts.py) -----------

GERUNDS = [
    (  # pressone-2024-11-26 (batch 16)
        "corpus-the-country-joining-and-becoming", "2024-11-26",
        "The Philippines remains bound. This fact is attributed to the country joining the ICC in 2011 and becoming "
        "its 117th member.",
        [("joined", "rome-statute", "PHL", "2011"), ("parties_count", "rome-statute", "PHL", "117")],
    ),
    (
        "a-state-leaving-after-following", "2025-11-26",
        "The court lost funds following Burundi leaving the ICC in 2017.",
        [("withdrew", "rome-statute", "BDI", "2017")],
    ),
    (  # seenews-2025-05-05 (batch 16), with the organisation named
        "corpus-before-rejoining", "2025-05-05",
        "The United States previously exited UNESCO in 2017 under President Donald Trump, citing alleged anti-Israel "
        "bias, before rejoining in 2023 under President Joe Biden.",
        [("withdrew", "unesco-constitution", "USA", "2017"), ("joined", "unesco-constitution", "USA", "2023")],
    ),
    (
        "before-rejoining-it", "2025-05-05",
        "The United States left UNESCO in 2017 before rejoining it in 2023.",
        [("withdrew", "unesco-constitution", "USA", "2017"), ("joined", "unesco-constitution", "USA", "2023")],
    ),
    (  # a prospect, not a deed
        "warned-of-a-state-leaving-claims-none", "2024-11-26",
        "Analysts warned of Hungary leaving the ICC in 2026.",
        [],
    ),
    (
        "objected-to-a-state-leaving-claims-none", "2024-11-26",
        "Analysts objected to Hungary leaving the ICC in 2026.",
        [],
    ),
    (  # 'pro-Russia' names no actor: the state that left is the subject
        "a-prefixed-state-is-no-actor", "2026-01-10",
        "Despite pro-Russia protests, Lithuania left the Convention on Cluster Munitions in 2025.",
        [("withdrew", "ccm", "LTU", "2025")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("case", "published", "text", "expected"), GERUNDS, ids=[c[0] for c in GERUNDS])
def test_a_dated_gerund_told_in_passing(
    finder: ClaimFinder, case: str, published: str, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert read(finder, text, published) == expected


# --- an agentless passive notice handed to the depositary, outside the lede (app/reading/forwarded.py,
# app/reading/subjects.py): the notice of the one state the sentence before told giving it -------------------

PASSIVE = [
    (  # ielr-2017-11-17 (batch 16), its paragraph after a headline and a first paragraph of our own
        "corpus-written-notice-has-been-submitted", "2017-11-17",
        "Burundi and the ICC\n\nBurundi left the Rome Statute on 27 October 2017.\n\nOn 21 October 2016, the South "
        "African government sent an instrument of withdrawal to the UN Secretary-General. Written notice to withdraw "
        "from the Rome Statute of the International Criminal Court (ICC) has been submitted to the Secretary-General "
        "of the United Nations.",
        [("withdrew", "rome-statute", "BDI", "2017-10-27"), ("notification_date", "rome-statute", "ZAF", "2016-10-21"),
         ("notification_date", "rome-statute", "ZAF", "0001-01-01/2017-11-17")],
    ),
    (
        "a-notice-has-been-handed-to-the-secretary-general", "2025-07-10",
        "Baltic exits\n\nEstonia voted to leave the Ottawa Convention.\n\nOn 27 June, Lithuania informed the UN of its "
        "withdrawal from the Ottawa Convention. A notice of withdrawal has been handed to the Secretary-General of the "
        "United Nations.",
        [("notification_date", "apmbc", "LTU", "2025-06-27"), ("notification_date", "apmbc", "LTU",
                                                                "0001-01-01/2025-07-10")],
    ),
    (  # two states before: whose notice is not said
        "after-two-states-claims-no-passive-notice", "2017-11-17",
        "Burundi and the ICC\n\nBurundi left the Rome Statute on 27 October 2017.\n\nSouth Africa and Gambia sent "
        "letters to the UN in October 2016. Notice of withdrawal from the Rome Statute has been submitted to the "
        "Secretary-General of the United Nations.",
        [("withdrew", "rome-statute", "BDI", "2017-10-27"), ("notification_date", "rome-statute", "ZAF", "2016-10"),
         ("notification_date", "rome-statute", "GMB", "2016-10")],
    ),
    (  # after a law, no deed to restate
        "after-a-law-claims-no-passive-notice", "2025-07-10",
        "Baltic exits\n\nEstonia voted to leave the Ottawa Convention.\n\nThe Seimas adopted the law on withdrawal. "
        "Notice of withdrawal has been submitted to the Secretary-General of the United Nations.",
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("case", "published", "text", "expected"), PASSIVE, ids=[c[0] for c in PASSIVE])
def test_an_agentless_passive_notice_restates_the_one_before(
    finder: ClaimFinder, case: str, published: str, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert read(finder, text, published) == expected


# --- 'provided notice' as 'gave notice' (app/reading/pipeline.py) -----------------------------------------------

PROVIDED = [
    (  # bignewsnetwork-2020-11-23 (batch 9's Open Skies story), the State Department's words
        "corpus-exercised-its-right-by-providing-notice", "2020-11-23",
        "On May 22, 2020, the United States exercised its right pursuant to paragraph 2 of Article XV of the Treaty on "
        "Open Skies by providing notice to the Treaty Depositaries and to all States Parties of its decision to "
        "withdraw from the Treaty, effective six months from the notification date.",
        [("notification_date", "open-skies", "USA", "2020-05-22"), ("rule", "open-skies", None,
                                                                      "P6M after the notification date")],
    ),
    (
        "provided-notice-to-the-depositaries", "2020-11-23",
        "The United States provided notice to the Depositaries of its decision to withdraw from the Treaty on Open "
        "Skies on May 22, 2020.",
        [("notification_date", "open-skies", "USA", "2020-05-22")],
    ),
    (  # a duty, not a deed
        "must-provide-notice-claims-none", "2025-07-01",
        "Lithuania must provide notice to the depositary before leaving the Ottawa Convention.",
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("case", "published", "text", "expected"), PROVIDED, ids=[c[0] for c in PROVIDED])
def test_provided_notice_is_a_notice(
    finder: ClaimFinder, case: str, published: str, text: str, expected: list[tuple[str | None, ...]]
) -> None:
    assert read(finder, text, published) == expected


# --- an expulsion told as a noun or as a membership revoked (app/reading/expulsions.py) -------------------------

EXPELLED = [
    (  # coe-2022-03-23, pila-2022-09-21 (batches 2 and 5)
        "corpus-following-its-expulsion", "2022-09-21",
        "Following its expulsion from the Council of Europe on 16 March 2022, the Russian Federation ceased to be a "
        "High Contracting Party to the European Convention on Human Rights on 16 September 2022.",
        [("withdrew", "echr", "RUS", "2022-09-16"), ("withdrew", "coe-statute", "RUS", "2022-03-16")],
    ),
    (  # jurist-2023-01-10 (batch 2)
        "corpus-revoked-its-membership", "2023-01-10",
        "The Council of Europe revoked Russia's membership in March 2022.",
        [("withdrew", "coe-statute", "RUS", "2022-03")],
    ),
    (
        "a-possessive-expulsion-as-subject", "2022-09-21",
        "Russia's expulsion from the Council of Europe on 16 March 2022 ended 26 years of membership.",
        [("withdrew", "coe-statute", "RUS", "2022-03-16"), ("joined", "coe-statute", "RUS", "1995-09-15/1996-09-15")],
    ),
    (  # the passive's date after the organisation
        "expelled-from-the-body-on-a-day", "2022-09-21",
        "Russia was expelled from the Council of Europe on 16 March 2022.",
        [("withdrew", "coe-statute", "RUS", "2022-03-16")],
    ),
    (  # a call, a threat, a suspension: no expulsion done
        "called-for-an-expulsion-claims-none", "2022-09-21",
        "Ukraine called for Russia's expulsion from the Council of Europe in March 2022.",
        [],
    ),
    (
        "the-threat-of-expulsion-claims-none", "2022-09-21",
        "The threat of its expulsion from the Council of Europe in March 2022 worried Moscow.",
        [],
    ),
    (
        "a-membership-suspended-claims-none", "2022-09-21",
        "The Council of Europe suspended Russia's membership on 25 February 2022.",
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("case", "published", "text", "expected"), EXPELLED, ids=[c[0] for c in EXPELLED])
def test_an_expulsion_told_as_a_noun(
    finder: ClaimFinder, case: str, published: str, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert read(finder, text, published) == expected


# --- a treaty terminated at a party's initiative (app/reading/terminations.py) ----------------------------------

TERMINATED = [
    (  # tass-2019-08-02 (batch 12)
        "corpus-terminated-at-the-initiative-of", "2019-08-02",
        "The Russian Foreign Ministry likewise officially confirmed that the operation of the INF Treaty had been "
        "terminated at the initiative of the United States as of August 2.",
        [("effective_date", "inf-treaty", "USA", "2019-08-02")],
    ),
    (  # afp-2019-08-02: the day before, the signing's day set aside
        "corpus-a-fronted-day-and-the-signing-set-aside", "2019-08-02",
        "The INF Treaty\n\n“On Aug. 2, 2019, at the initiative of the U.S. side, the operation of the treaty between "
        "the Soviet Union and the United States, signed in Washington on Dec. 8, 1987, was terminated,” said a "
        "ministry statement.",
        [("signed", "inf-treaty", None, "1987-12-08"), ("effective_date", "inf-treaty", "USA", "2019-08-02")],
    ),
    (
        "another-treaty-another-day", "2002-06-20",
        "The ABM Treaty was terminated at the initiative of the United States on June 13, 2002.",
        [("effective_date", "abm-treaty", "USA", "2002-06-13")],
    ),
    (  # not the treaty; not yet
        "talks-ended-claims-none", "2019-08-02",
        "The INF Treaty\n\nThe talks ended at the initiative of Russia on 1 August.",
        [],
    ),
    (
        "a-future-termination-claims-none", "2019-07-20",
        "The INF Treaty will be terminated at the initiative of the United States on August 2.",
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("case", "published", "text", "expected"), TERMINATED, ids=[c[0] for c in TERMINATED])
def test_a_treaty_terminated_at_a_partys_initiative(
    finder: ClaimFinder, case: str, published: str, text: str, expected: list[tuple[str | None, ...]]
) -> None:
    assert read(finder, text, published) == expected


# --- an exit as the sentence's gerund subject (app/reading/gerund_subjects.py) ---------------------------------

GERUND_SUBJECTS = [
    (  # bilaterals-2009-07-15 (batch 16): its CAN (Andean Community) is no modal
        "corpus-exiting-are-the-measures-taken", "2009-07-15",
        "Exiting ICSID and joining ALBA and UNASUR,along with the customs restrictions it applied on its CAN "
        "neighbours, are the recent measures that have been taken by the government of Ecuador to demonstrate that "
        "there is an alternative trade policy.",
        [("withdrew", "icsid-convention", "ECU", "true")],
    ),
    (
        "quitting-was-a-decision", "2026-01-10",
        "Quitting the Ottawa Convention was a decision Lithuania took in 2025.",
        [("withdrew", "apmbc", "LTU", "true")],
    ),
    (  # a judgement, a hypothesis, a question: no deed
        "would-be-a-mistake-claims-none", "2013-09-06",
        "Withdrawing from the ICC would be a mistake, Kenya's president said.",
        [],
    ),
    (
        "is-a-bad-idea-claims-none", "2013-09-06",
        "Leaving the ICC is a bad idea for Kenya.",
        [],
    ),
    (
        "a-question-claims-none", "2018-01-10",
        "Was leaving the ICC a mistake for Burundi?",
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "published", "text", "expected"), GERUND_SUBJECTS, ids=[c[0] for c in GERUND_SUBJECTS]
)
def test_an_exit_as_a_gerund_subject(
    finder: ClaimFinder, case: str, published: str, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert read(finder, text, published) == expected
