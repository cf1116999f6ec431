"""Judging decisions of session 12, one convention for the judge and the labels (tests/data/articles/README.md,
'A signature renounced', 'A notice retracted', 'A date that is wrong', 'A period and the event it runs from'): each
pinned by the corpus claim, paraphrases (other states, treaties, dates) and look-alikes judged otherwise."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("as_of", "kind", "treaty", "state", "value", "verdict"),
    [
        # rt-2025-05-20: 'Among the non-signatories are the US, Russia, China, and Israel.'
        ("2025-05-20", "signed", "rome-statute", "USA", "false", "partly_consistent"),
        ("2025-05-20", "signed", "rome-statute", "RUS", "false", "partly_consistent"),
        ("2025-05-20", "signed", "rome-statute", "ISR", "false", "partly_consistent"),
        # paraphrases: Sudan (notice of 26 August 2008), the US and the Arms Trade Treaty (18 July 2019)
        ("2024-01-10", "signed", "rome-statute", "SDN", "false", "partly_consistent"),
        ("2023-03-01", "signed", "att", "USA", "false", "partly_consistent"),
        # look-alikes: before the notice the signature is plainly denied; China never signed; 'signed' stays right
        ("2001-05-20", "signed", "rome-statute", "USA", "false", "inconsistent"),
        ("2025-05-20", "signed", "rome-statute", "CHN", "false", "consistent"),
        ("2025-05-20", "signed", "rome-statute", "USA", "true", "consistent"),
        # brecorder-2025-07-22: 'bodies Trump withdrew from during his first term, along with the WHO'
        ("2025-07-22", "withdrew", "who-constitution", "USA", "2017-01-20/2021-01-20", "inconsistent"),
        # paraphrases: the year of the notice; after the second notice took effect; the Gambia and South Africa
        ("2025-07-22", "withdrew", "who-constitution", "USA", "2020", "inconsistent"),
        ("2026-03-01", "withdrew", "who-constitution", "USA", "2017-01-20/2021-01-20", "inconsistent"),
        ("2019-02-13", "withdrew", "rome-statute", "GMB", "2016", "inconsistent"),
        ("2021-03-01", "withdrew", "rome-statute", "ZAF", "2016", "inconsistent"),
        # look-alikes: told while the notice stood (a notice called an exit); the exit that did take effect
        ("2020-12-01", "withdrew", "who-constitution", "USA", "2020", "partly_consistent"),
        ("2026-03-01", "withdrew", "who-constitution", "USA", "2026-01-22", "consistent"),
        # newsby-2026-02-19: 'last year Finland, Ukraine, and the Baltic States withdrew' (Ukraine's decree 'on
        # withdrawal' of 29 June 2025 was notified in July as a suspension under VCLT Art. 62): no exit either
        ("2026-02-19", "withdrew", "apmbc", "UKR", "2025", "inconsistent"),
        ("2025-12-01", "withdrew", "apmbc", "UKR", "true", "inconsistent"),
        # look-alikes: on the decree's day, before any notice, a decision told as an exit (bta-2025-06-29); Russia's
        # INF suspension; Russia's CTBT ratification revoked (a treaty not in force: partly)
        ("2025-06-29", "withdrew", "apmbc", "UKR", "2025-06-29", "partly_consistent"),
        ("2019-07-03", "withdrew", "inf-treaty", "RUS", "true", "inconsistent"),
        ("2023-11-05", "withdrew", "ctbt", "RUS", "2023", "partly_consistent"),
    ],
)
def test_the_decisions(
    client: TestClient, as_of: str, kind: str, treaty: str, state: str, value: str, verdict: str
) -> None:
    """'A signature renounced' (signed), then 'A notice retracted' and a decision to withdraw notified as a
    suspension (withdrew): exits that never took effect."""
    result = judge(client, as_of, kind=kind, treaty=treaty, state=state, value=value)
    assert result["verdict"] == verdict, result
    if (kind, verdict) == ("signed", "partly_consistent"):
        assert "signature stands" in result["explanation"] and "VCLT Art. 18(a)" in result["explanation"]
    if (state, verdict) == ("UKR", "inconsistent"):
        assert "suspension" in result["explanation"] and "29 June 2025" in result["explanation"]


def test_the_retracted_notice_is_named(client: TestClient) -> None:
    """The answer names the notice of the period claimed and its retraction, not the later notice."""
    value = "2017-01-20/2021-01-20"
    result = judge(client, "2025-07-22", kind="withdrew", treaty="who-constitution", state="USA", value=value)
    assert "6 July 2020" in result["explanation"] and "20 January 2021" in result["explanation"]
    assert result["correct_value"] == "false"


def test_a_year_of_no_notice_is_still_membership(client: TestClient) -> None:
    """Look-alike: 2018 holds no notice of the US; it was still a member then."""
    result = judge(client, "2026-03-01", kind="withdrew", treaty="who-constitution", state="USA", value="2018")
    assert result["verdict"] == "inconsistent" and "still a party" in result["explanation"]


@pytest.mark.parametrize(
    ("as_of", "value", "verdict", "correct"),
    [
        # asil-2020-11-04 and foxbusiness-2019-11-04: 'the Nov. 4, 2016, ratification' (in force that day; accepted
        # on 3 September 2016): the first membership, not the second of 2021
        ("2020-11-04", "2016-11-04", "partly_consistent", "2016-09-03"),
        ("2019-11-04", "2016-11-04", "partly_consistent", "2016-09-03"),
        # paraphrases: the second membership's entry into force; its deposit
        ("2022-01-01", "2021-02-19", "partly_consistent", "2021-01-20"),
        ("2021-02-01", "2021-01-20", "consistent", "2021-01-20"),
        # look-alikes: the deposit's own day; a year holding neither, judged on the membership of the article's day
        ("2019-01-01", "2016-09-03", "consistent", "2016-09-03"),
        ("2019-01-01", "2018", "inconsistent", "2016-09-03"),
    ],
)
def test_a_consent_dated_in_an_earlier_membership(
    client: TestClient, as_of: str, value: str, verdict: str, correct: str
) -> None:
    result = judge(client, as_of, kind="ratified", treaty="paris-agreement", state="USA", value=value)
    assert (result["verdict"], result["correct_value"]) == (verdict, correct), result


@pytest.mark.parametrize(
    ("treaty", "value", "verdict"),
    [
        # reuters-2025-06-04: 'six months after informing other treaty members and the United Nations'
        ("apmbc", "P6M from the notice to the other parties and the United Nations", "consistent"),
        # paraphrases: the Cluster Munitions Convention, the Secretary-General named, a comma list
        ("ccm", "P6M from the notice to the other States Parties and the UN Secretary-General", "consistent"),
        (
            "apmbc",
            "P6M from the notice to the Secretary-General, the other States Parties and the Security Council",
            "consistent",
        ),
        # look-alikes: a body the clause does not name, alone or in the list
        ("apmbc", "P6M from the notice to the court and the United Nations", "partly_consistent"),
        ("rome-statute", "P1Y from the notification to the court", "partly_consistent"),
    ],
)
def test_a_notice_to_the_clause_s_addressees(client: TestClient, treaty: str, value: str, verdict: str) -> None:
    result = judge(client, "2025-07-01", kind="rule", treaty=treaty, value=value)
    assert result["verdict"] == verdict, result
