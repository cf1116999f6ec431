"""Every sentence listed under "Why" in issue 14 gives the claim(s) it contains, with the right verdict.

Each sentence is read as a reader meets it: after the article's earlier sentences (the treaty named in the
headline or first paragraph), on the article's publication date. Verdicts come from the real rulebook and the
records the app is seeded with, through ``POST /v1/checks/text``.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

Expected = list[tuple[str, str | None, str, str]]  # kind, state, value, verdict


def read(client: TestClient, text: str, published: str) -> list[dict[str, Any]]:
    response = client.post("/v1/checks/text", json={"published": published, "text": text})
    assert response.status_code == 200, response.text
    return list(response.json()["claims"])


def summary(claims: list[dict[str, Any]]) -> Expected:
    return [(c["claim"]["kind"], c["claim"]["state"], c["claim"]["value"], c["result"]["verdict"]) for c in claims]


CASES: list[tuple[str, str, str, Expected]] = [
    (
        "effect-verb-go-into-effect",
        "2023-06-01",
        "France announces its withdrawal from the Energy Charter Treaty.\n\n"
        "France's withdrawal will go into effect on 1 January 2024.",
        [("effective_date", "FRA", "2024-01-01", "inconsistent")],  # it took effect on 8 December 2023
    ),
    (
        "withdrew-on-a-date",
        "2021-01-10",
        "The US withdrew from the Paris Agreement on 4 November 2020.",
        [("withdrew", "USA", "2020-11-04", "consistent")],
    ),
    (
        "formally-left-the-convention",
        "2025-03-10",
        "Lithuania quits cluster bomb treaty\n\nVILNIUS - The Convention on Cluster Munitions bans the weapons. "
        "Lithuania formally left the convention on March 6.",
        [("withdrew", "LTU", "true", "consistent"), ("withdrew", "LTU", "2025-03-06", "consistent")],
    ),
    (
        "treaty-named-earlier",
        "2025-01-14",
        "The Ottawa Convention bans anti-personnel mines. "
        "The treaty entered into force in 1999 and has more than 160 parties. Lithuania joined it in 2004.",
        [("entry_into_force", None, "1999", "consistent"), ("parties_count", None, "160", "consistent"),
         ("joined", "LTU", "2004", "inconsistent")],
    ),
    (
        "who-is-not-the-WHO",
        "2025-02-01",
        "Trump again pulls the US out of the Paris Agreement\n\n"
        "The president, who signed the order on Monday, said the withdrawal takes effect on 27 January 2026.",
        [
            ("withdrew", "USA", "true", "partly_consistent"),  # the headline calls the notice an exit
            ("effective_date", "USA", "2026-01-27", "consistent"),
        ],
    ),
    (
        "non-members-are-not-a-party-count",
        "2025-01-14",
        "The Ottawa Convention bans anti-personnel mines. "
        "33 states, among them India and Pakistan, have not joined the convention.",
        [
            ("joined", "IND", "false", "consistent"),
            ("joined", "PAK", "false", "consistent"),
            ("parties_count", None, "33 non-parties", "consistent"),  # 197 States less 164 parties (world/counts)
        ],
    ),
    (
        "signed-and-ratified",
        "2025-07-01",
        "Ukraine and the Ottawa Convention. Ukraine signed the convention in 1999 and ratified it in 2005.",
        [("signed", "UKR", "1999", "consistent"), ("ratified", "UKR", "2005", "consistent")],
    ),
    (
        "rule-counted-from-parliament",
        "2025-05-10",
        "Lithuania to leave the Ottawa Convention. "
        "The withdrawal will take effect six months after parliament's decision.",
        [("rule", None, "P6M after parliament's decision", "inconsistent")],
    ),
    (
        "handed-to-the-secretary-general",
        "2025-07-01",
        "Lithuania has begun leaving the Ottawa Convention. "
        "The notice was handed to the UN Secretary-General on 27 June.",
        [("notification_date", "LTU", "2025-06-27", "consistent")],
    ),
    (
        "future-this-year",
        "2020-07-01",
        "The US withdrawal from the Paris Agreement will take effect on November 4 this year.",
        [("effective_date", "USA", "2020-11-04", "consistent")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_sentence(client: TestClient, published: str, text: str, expected: Expected) -> None:
    got = summary(read(client, text, published))
    assert got == expected


def test_the_pronoun_who_is_never_the_world_health_organization(client: TestClient) -> None:
    text = "The president, who signed the order on Monday, said the withdrawal takes effect on 27 January 2026."
    claims = read(client, text, "2025-02-01")
    assert all(c["claim"]["treaty"] != "who-constitution" for c in claims)
    # and the capitalised acronym still is
    claims = read(client, "The WHO withdrawal of the United States takes effect on 22 January 2026.", "2025-02-01")
    assert summary(claims) == [("effective_date", "USA", "2026-01-22", "consistent")]


def test_a_count_of_non_members_is_never_judged_as_a_party_count(client: TestClient) -> None:
    text = "The Ottawa Convention bans mines. 33 states, among them India and Pakistan, have not joined the convention."
    counts = [c for c in read(client, text, "2025-01-14") if c["claim"]["kind"] == "parties_count"]
    assert [c["claim"]["value"] for c in counts] == ["33 non-parties"]  # judged as such (world/counts states)
    assert "33 states not party" in counts[0]["result"]["explanation"], counts


def test_a_list_of_states_gives_one_claim_per_state(client: TestClient) -> None:
    claims = read(client, "Estonia, Poland and Latvia have withdrawn from the mine-ban treaty.", "2025-07-01")
    assert [(c["claim"]["kind"], c["claim"]["state"], c["claim"]["treaty"]) for c in claims] == [
        ("withdrew", "EST", "apmbc"), ("withdrew", "POL", "apmbc"), ("withdrew", "LVA", "apmbc")
    ]  # fmt: skip
    # On 1 July 2025 the notifications were in, the withdrawals not yet in effect: an exit called too early.
    verdicts = {c["claim"]["state"]: c["result"] for c in claims}
    assert verdicts["EST"]["verdict"] == "partly_consistent"
    assert "still a party" in verdicts["EST"]["explanation"]


def test_respectively_pairs_states_and_dates(client: TestClient) -> None:
    text = (
        "Estonia and Latvia notified the Secretary-General of their withdrawal from the Ottawa Convention on "
        "27 June and 1 July respectively."
    )
    got = summary(read(client, text, "2025-07-10"))
    assert [(k, s, v) for k, s, v, _ in got] == [
        ("notification_date", "EST", "2025-06-27"), ("notification_date", "LVA", "2025-07-01")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "tally"),
    [("Lawmakers voted 142 to 21 to leave the treaty.", "142-21"),
     ("98 voted in favour, two against, four abstained.", "98-2-4"),
     ("The bill passed by 142 votes to 21.", "142-21"),
     ("The Seimas backed the exit with 107 votes in favour, none against and 3 abstentions.", "107-0-3")],
)  # fmt: skip
def test_vote_tallies_in_common_forms(client: TestClient, text: str, tally: str) -> None:
    claims = read(client, "Lithuania and the Ottawa Convention.\n\n" + text, "2025-06-01")
    tallies = [c for c in claims if c["claim"]["kind"] == "vote_tally"]
    assert [c["claim"]["value"] for c in tallies] == [tally]
    assert tallies[0]["claim"]["state"] == "LTU"


@pytest.mark.parametrize(
    ("text", "state"),
    [("Turkey pulled out of the Istanbul Convention by presidential decree in March 2021.", "TUR"),
     ("Britain left the EU on 31 January 2020.", "GBR"),
     ("America quit the Paris accord.", "USA"),
     ("Washington notified the UN of its withdrawal from the Paris Agreement on 4 November 2019.", "USA"),
     ("Moscow withdrew from the CFE Treaty in 2023.", "RUS")],
)  # fmt: skip
def test_states_as_people_write_them(client: TestClient, text: str, state: str) -> None:
    claims = read(client, text, "2025-07-01")
    assert claims and {c["claim"]["state"] for c in claims} == {state}


def test_ratified_is_not_becoming_a_party(client: TestClient) -> None:
    (claim,) = [c for c in read(client, "Ukraine ratified the Ottawa Convention in 2005.", "2025-07-01")]
    assert claim["claim"]["kind"] == "ratified" and claim["result"]["verdict"] == "consistent"
    assert claim["result"]["correct_value"] == "2005-12-27"
    (joined,) = read(client, "Ukraine became a party to the Ottawa Convention in 2005.", "2025-07-01")
    assert joined["claim"]["kind"] == "joined" and joined["result"]["verdict"] != "consistent"


def test_the_check_page_shows_the_new_kinds_with_verdict_correct_value_and_citation(client: TestClient) -> None:
    text = (
        "Lithuania and the Ottawa Convention. The notice was handed to the UN Secretary-General on 27 June. "
        "The withdrawal will take effect six months after parliament's decision."
    )
    page = client.post("/check", data={"text": text, "published": "2025-07-01"})
    assert page.status_code == 200
    html = page.text
    assert 'data-kind="notification_date"' in html and "Notification date" in html
    assert 'data-kind="rule"' in html and "How the period is counted" in html
    assert "2025-06-27" in html and "Art. 20(3)" in html  # the correct value and the citation


def test_the_cli_shows_the_new_kinds(tmp_path: pytest.TempPathFactory) -> None:
    from typer.testing import CliRunner

    from app.cli import cli

    article = tmp_path / "article.txt"  # type: ignore[operator]
    article.write_text(
        "Ukraine and the Ottawa Convention. Ukraine signed the convention in 1999 and ratified it in 2005."
    )
    result = CliRunner().invoke(cli, ["check", "--file", str(article), "--published", "2025-07-01", "--json"])
    assert result.exit_code == 0, result.output
    assert '"kind": "signed"' in result.output and '"kind": "ratified"' in result.output
    assert '"correct_value": "2005-12-27"' in result.output


def test_reading_runs_off_the_event_loop() -> None:
    """The text check routes hand the reading to a worker thread (the heavy-work gate, anyio's thread pool):
    the event loop only awaits it."""
    import inspect

    from app.api.checks import check_text
    from app.services.budget import HeavyGate
    from app.web.routes import check_get, check_post

    assert "to_thread.run_sync" in inspect.getsource(HeavyGate.run)
    for route in (check_text, check_get, check_post):
        source = inspect.getsource(route)
        assert "gate.run(" in source or "run_in_threadpool(" in source, route.__name__


@pytest.mark.parametrize(
    ("published", "text", "verdict"),
    [("2026-01-05", "Lithuania is no longer bound by the convention.", "consistent"),
     ("2025-07-05", "Lithuania is no longer bound by the convention.", "inconsistent"),
     ("2025-07-05", "Lithuania remains bound by the convention until 27 December.", "consistent")],
)  # fmt: skip
def test_still_bound_is_judged_on_the_publication_date(
    client: TestClient, published: str, text: str, verdict: str
) -> None:
    claims = read(client, "The Ottawa Convention and Lithuania. " + text, published)
    assert [(c["claim"]["kind"], c["claim"]["state"], c["result"]["verdict"]) for c in claims] == [
        ("bound_on", "LTU", verdict)
    ]


def test_a_revoked_withdrawal_is_not_a_withdrawal(client: TestClient) -> None:
    claims = read(
        client, "The Rome Statute and South Africa. South Africa's withdrawal was revoked in March.", "2017-10-27"
    )
    assert summary(claims) == [("withdrew", "ZAF", "false", "consistent")]
    assert "revoked on 7 March 2017" in claims[0]["result"]["explanation"]
