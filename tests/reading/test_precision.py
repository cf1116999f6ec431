"""Precision of the reader and verdicts on sentences of the held-out check (issue 14): what a sentence does not
assert gives no claim, and what it asserts is judged with the law and the records, in our own words.

Each case pins every claim the text gives (kind, state, value) and its verdict, so a reading that adds a spurious
claim fails as surely as one that misses a claim.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge
from tests.reading.test_issue_sentences import Expected, read, summary

CASES: list[tuple[str, str, str, Expected]] = [
    (
        "re-entry-after-a-withdrawal",  # the second US acceptance (20 January 2021), in force 19 February 2021
        "2025-01-29",
        "The United States withdrew from the Paris Agreement effective 4 November 2020, before the next president "
        "took the country back into the accord on 19 February 2021.",
        [
            ("effective_date", "USA", "2020-11-04", "consistent"),
            ("joined", "USA", "2021-02-19", "consistent"),
        ],
    ),
    (
        "immediate-effect-against-a-one-year-clause",  # Rome Statute Art. 127(1): one year after receipt
        "2025-09-23",
        "Burkina Faso, Mali and Niger announced their withdrawal from the Rome Statute, saying that the decision will "
        "take effect immediately.",
        [
            ("effective_date", "BFA", "immediately", "inconsistent"),
            ("effective_date", "MLI", "immediately", "inconsistent"),
            ("effective_date", "NER", "immediately", "inconsistent"),
        ],
    ),
    (
        "purpose-of-a-bill-is-no-exit",  # the infinitive says what the bill is for, not when anything takes effect
        "2023-01-10",
        "The president on Monday introduced a bill in the Duma, the lower house of the Russian parliament, to "
        "withdraw from the Criminal Law Convention on Corruption.",
        [],
    ),
    (
        "a-generic-subject-names-no-state",  # what happens to any withdrawing state is the rule, not a deed
        "2024-06-16",
        "The United Kingdom notified its withdrawal from the Energy Charter Treaty. A withdrawal takes effect one "
        "year after the receipt of the notification. Once this period has expired, the withdrawing state has "
        "effectively terminated its membership.",
        [
            ("notification_date", "GBR", "0001-01-01/2024-06-16", "consistent"),  # the lede's undated notice
            ("rule", None, "P1Y after the receipt of the notification", "consistent"),
        ],
    ),
    (
        "a-name-with-a-version-number-is-a-figure",  # 'Brexit 2.0' is the UK's exit from another treaty
        "2024-06-16",
        "Brexit 2.0: The United Kingdom Leaves the Energy Charter Treaty",
        [("withdrew", "GBR", "true", "partly_consistent")],  # notified 26 April 2024, effective 27 April 2025
    ),
    (
        "a-withdrawal-without-a-treaty-is-from-the-treaty-left",  # not the accord named since in passing
        "2022-11-30",
        "Germany approves withdrawal from Energy Charter Treaty\n\n"
        "Several states say that the treaty is incompatible with their commitments to the 2015 Paris accord.\n\n"
        "Withdrawal to take 20 years",
        [("notice_period", None, "P20Y", "inconsistent")],  # ECT Art. 47(2): one year; 20 years is the sunset
    ),
    (
        "not-until-dates-the-act",  # 'did not ratify it until 2012' says it ratified in 2012, not that it did not
        "2026-01-16",
        "The Ottawa Convention bans mines. Poland signed the convention in 1997 but did not ratify it until 2012.",
        [("signed", "POL", "1997", "consistent"), ("ratified", "POL", "2012", "consistent")],
    ),
    (
        "ratified-by-n-states-counts-the-parties",  # not the signatories
        "2024-06-01",
        "The Ottawa Convention has been ratified by 164 states.",
        [("parties_count", None, "164 ratifications", "consistent")],
    ),
    (
        "when-a-notice-came-is-no-rule",  # a story's chronology: the notice came two months after the announcement
        "2017-08-05",
        "The Paris Agreement. The notification came two months after the president announced his intention to leave "
        "the accord.",
        [],
    ),
    (
        "a-note-to-correspondents-is-no-notification",  # the spokesman's note to the press, not the state's notice
        "2017-08-05",
        "The United States and the Paris Agreement.\n\n"
        '"The decision to withdraw from the Paris Agreement is a major disappointment," said the UN spokesman in a '
        "note sent Friday night to correspondents.",
        [],
    ),
    (
        "a-condition-without-if-asserts-nothing",  # the auxiliary first: 'Should X leave ...', 'Had X notified ...'
        "2025-03-20",
        "The Ottawa Convention.\n\nShould Latvia leave the convention next year, it would be the first to do so. "
        "Had Poland notified the UN in 2024, its withdrawal would have taken effect in 2025.",
        [],
    ),
    (
        "a-speaker-s-own-intent-in-a-quote",  # first person, future, inside quotation marks: an intent
        "2025-03-20",
        "Finland and the Ottawa Convention.\n\n"
        '"We will leave the Ottawa Convention on 1 July 2025," the defence minister told reporters.',
        [],
    ),
    (
        "remaining-under-investigation-is-no-treaty",  # 'remain under' binds only with a treaty after it
        "2025-06-03",
        "The European Union criticised the move.\n\n"
        "The Philippines, which left in 2019, remains under investigation for crimes committed before its exit.",
        [],
    ),
    (
        "a-dated-reversal-is-judged-on-its-date",  # not withdrawn in January 2021; the exit of 2026 came later
        "2026-01-23",
        "The US and the WHO. Trump first tried to leave the WHO in 2020, but Biden reversed the move in January 2021.",
        [("withdrew", "USA", "false", "consistent")],
    ),
    (
        "left-without-a-treaty-is-the-treaty-last-left",  # not the EU named since as one of the signatories
        "2022-12-19",
        "France confirms its withdrawal from the Energy Charter Treaty\n\n"
        "France is the second of the signatories, the European Union and its Member States among them, to do so. "
        "It joins Italy, which left in 2016.",
        [("withdrew", "ITA", "2016", "consistent")],
    ),
    (
        "dotted-capital-i-names-the-treaty",  # 'İstanbul Convention' (Turkish spelling) is the Istanbul Convention
        "2021-07-01",
        "The European Convention on Human Rights binds Turkey.\n\n"
        "Turkey has officially withdrawn from the İstanbul Convention as of today.",
        [("withdrew", "TUR", "2021-07-01", "consistent")],
    ),
    (
        "an-indefinite-member-names-no-state",  # 'a Council of Europe member': any member, not Turkey
        "2021-07-01",
        "Turkey and the Istanbul Convention.\n\n"
        "It is the first time a Council of Europe member has withdrawn from an international human rights treaty.",
        [],
    ),
    (
        "an-announced-withdrawal-is-the-notice",  # the date is the announcement's, and the later clause has none
        "2003-04-08",
        "North Korea's Withdrawal From the NPT\n\n"
        "North Korea announced its withdrawal from the NPT on January 10, 2003, stating then that its withdrawal "
        "would come into force on the next day.",
        [("notification_date", "PRK", "2003-01-10", "consistent")],
    ),
    (
        "ceased-to-be-a-party-is-an-exit-done",  # like 'is no longer a party' (README conventions)
        "2023-12-10",
        "On 8 December 2023, France ceased to be a party to the Energy Charter Treaty.",
        [("withdrew", "FRA", "2023-12-08", "consistent")],
    ),
    (
        "officially-not-a-member-is-an-exit",  # a changed status, as 'is no longer a member'; 'is not' stays a status
        "2017-10-27",
        "Burundi Is Officially Not a Member of the International Criminal Court (ICC)\n\n"
        "Russia is not a member of the International Criminal Court.",
        [("withdrew", "BDI", "true", "consistent"), ("joined", "RUS", "false", "consistent")],
    ),
    (
        "the-organization-is-no-convention",  # the Council of Europe (its Statute), not the human rights convention
        "2023-02-14",
        "Duma adopts law on termination of Council of Europe treaties\n\n"
        "Russia refuses the charter. But she ceased to be a member of the organization in the spring.\n\n"
        "The treaties include the Convention for the Protection of Human Rights and Fundamental Freedoms.",
        [],
    ),
    (
        "bounded-count-of-signatories",  # 'signatories' may mean the parties: 'more than 50' holds either way
        "2022-11-30",
        "The Energy Charter Treaty, which has more than 50 signatories, was designed to secure energy supplies.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_precision_case(client: TestClient, name: str, published: str, text: str, expected: Expected) -> None:
    assert summary(read(client, text, published)) == expected, name


@pytest.mark.parametrize(
    ("as_of", "value", "verdict"),
    [("2025-01-29", "2016-11-04", "consistent"), ("2025-01-29", "2021-01-20", "consistent"),
     ("2025-01-29", "2019", "inconsistent")],
)  # fmt: skip
def test_either_us_acceptance_of_paris_is_a_joining(client: TestClient, as_of: str, value: str, verdict: str) -> None:
    result = judge(client, as_of, kind="joined", treaty="paris-agreement", state="USA", value=value)
    assert result["verdict"] == verdict, result["explanation"]


@pytest.mark.parametrize(
    ("as_of", "party"),
    [("2018-01-01", "true"), ("2020-12-01", "false"), ("2021-03-01", "true"), ("2026-03-01", "false")],
)
def test_us_membership_of_paris_follows_both_participations(client: TestClient, as_of: str, party: str) -> None:
    result = judge(client, as_of, kind="joined", treaty="paris-agreement", state="USA", value="true")
    assert result["correct_value"] == party, result["explanation"]


def test_immediate_effect_with_no_notice_names_the_clause(client: TestClient) -> None:
    result = judge(client, "2025-09-23", kind="effective_date", treaty="rome-statute", state="MLI", value="immediately")
    assert result["verdict"] == "inconsistent" and "Art. 127(1)" in result["explanation"]
    assert result["correct_value"] == "not before 2026-09-23"
