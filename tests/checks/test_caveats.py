"""Caveats: a verdict resting on a world fact its row doubts (world/ ``doubts``) says so, in ``caveats`` (one
sentence each, naming the fact and why it is uncertain) and briefly in the explanation, through the API, the /check
page and the CLI; a verdict on a fact read as given has none. The verdict itself stays (README 'Judging')."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from app.cli import cli


def _check(client: TestClient, claim: dict[str, Any], as_of: str = "2025-10-30") -> dict[str, Any]:
    response = client.post("/v1/checks", json={"as_of": as_of, "claims": [claim]})
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["results"][0]
    return result


def test_poland_s_ect_notice_is_inferred_said_in_the_caveat_and_the_explanation(client: TestClient) -> None:
    claim = {"kind": "notification_date", "treaty": "ect", "state": "POL", "value": "2022-12-15"}
    result = _check(client, claim)
    assert result["verdict"] == "inconsistent" and result["correct_value"] == "2022-12-28"
    assert "on 28 December 2022 (inferred from the effective date (29 December 2023)" in result["explanation"]
    (caveat,) = result["caveats"]
    assert caveat.startswith("The day the depositary received Poland's notice of withdrawal (Energy Charter Treaty)")
    assert "(28 December 2022) is inferred" in caveat and "not read in a depositary record" in caveat


@pytest.mark.parametrize(
    ("claim", "kept"),
    [  # the inferred day itself: still right, the caveat says how firm; the effective date counted from it
        ({"kind": "notification_date", "treaty": "Energy Charter Treaty", "state": "Poland", "value": "2022-12-28"},
         "consistent"),
        ({"kind": "effective_date", "treaty": "ect", "state": "POL", "value": "2023-12-29"}, "consistent"),
        ({"kind": "notification_date", "treaty": "ect", "state": "SVN", "value": "October 2023"}, "consistent"),
    ],
)  # fmt: skip
def test_a_verdict_on_an_inferred_day_keeps_its_verdict_with_the_caveat(
    client: TestClient, claim: dict[str, Any], kept: str
) -> None:
    result = _check(client, claim)
    assert result["verdict"] == kept
    assert len(result["caveats"]) == 1 and " is inferred from the effective date" in result["caveats"][0]


def test_latvia_s_istanbul_signature_is_inferred(client: TestClient) -> None:
    result = _check(client, {"kind": "signed", "treaty": "Istanbul Convention", "state": "LVA", "value": "2016-05-18"})
    assert result["verdict"] == "consistent"
    assert "18 May 2016 (inferred from LSM's" in result["explanation"]
    assert result["caveats"][0].startswith("Latvia's signature of the Istanbul Convention (18 May 2016) is inferred")


def test_a_computed_count_says_what_it_was_computed_from(client: TestClient) -> None:
    result = _check(client, {"kind": "parties_count", "treaty": "Open Skies Treaty", "value": "32"}, "2022-06-01")
    assert result["verdict"] == "consistent"
    (caveat,) = result["caveats"]
    assert caveat.startswith("The count of 32 (") and "is computed as 33 less Russia" in caveat
    assert "(computed as 33 less Russia" in result["explanation"]


def test_sources_that_disagree_are_named(client: TestClient) -> None:
    result = _check(client, {"kind": "effective_date", "treaty": "ect", "state": "DEU", "value": "2023-12-20"})
    assert result["verdict"] == "consistent"
    assert result["caveats"][0].startswith("Sources disagree on the day Germany's withdrawal (Energy Charter Treaty)")
    assert "21 December 2023 by the ECT Secretariat" in result["caveats"][0]
    assert "(sources disagree: 20 December 2023 by the Netherlands" in result["explanation"]


@pytest.mark.parametrize(
    "claim",
    [
        {"kind": "notification_date", "treaty": "ect", "state": "FRA", "value": "2022-12-07"},
        {"kind": "effective_date", "treaty": "ect", "state": "FRA", "value": "2023-12-08"},
        {"kind": "ratified", "treaty": "Istanbul Convention", "state": "UKR", "value": "2022-07-18"},  # not signed
        {"kind": "parties_count", "treaty": "Open Skies Treaty", "value": "34", "as_of": "2019-06-01"},
    ],
)
def test_a_fact_read_as_given_gives_no_caveat(client: TestClient, claim: dict[str, Any]) -> None:
    result = _check(client, claim)
    assert result["caveats"] == [] and "inferred" not in result["explanation"]


ARTICLE = (
    "Poland's notification of withdrawal from the Energy Charter Treaty was received by the depositary on 28 "
    "December 2022. Latvia signed the Istanbul Convention on 18 May 2016. France's withdrawal from the Energy "
    "Charter Treaty took effect on 8 December 2023."
)


def test_the_check_page_shows_the_caveats(client: TestClient) -> None:
    page = client.post("/check", data={"text": ARTICLE, "published": "2025-06-30"})
    assert page.status_code == 200
    html = page.text
    assert html.count('class="caveat"') == 2
    assert "Latvia&#39;s signature of the Istanbul Convention (18 May 2016) is inferred" in html
    assert "is inferred from the effective date (29 December 2023)" in html


def test_the_cli_shows_the_caveats(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE)
    table = CliRunner().invoke(cli, ["check", "--file", str(article), "--published", "2025-06-30"])
    assert table.exit_code == 0, table.output
    assert table.output.count("Caveat: ") == 2
    as_json = CliRunner().invoke(cli, ["check", "--file", str(article), "--published", "2025-06-30", "--json"])
    assert '"caveats": []' in as_json.output  # France's effective date, read
    assert "\"Latvia's signature of the Istanbul Convention (18 May 2016) is inferred from LSM" in as_json.output
