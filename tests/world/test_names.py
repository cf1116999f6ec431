"""Names as people write them, through the API, the CLI and the page: treaties by acronym, common name or a
misspelling; states by name, short name, demonym and capital; several matches are a 300 with the choices, none
a 404 with the closest first."""

from __future__ import annotations

from typing import Any

import pytest

from app.rulebook import Rulebook
from app.services.lookup import Ambiguous, NotFound, alias_index, find_state, find_treaty
from tests.test_cli import invoke

URL = "/v1/assessments"


@pytest.mark.parametrize(
    ("written", "treaty_id"),
    [("ICC", "rome-statute"), ("International Criminal Court", "rome-statute"), ("Brexit", "teu"),
     ("Paris climate accord", "paris-agreement"), ("Istambul convention", "istanbul-convention"),
     ("OAS", "oas-charter"), ("mine ban treaty", "apmbc"), ("Otawa Convention", "apmbc")],
)  # fmt: skip
def test_treaties_as_people_write_them(rulebook: Rulebook, written: str, treaty_id: str) -> None:
    assert find_treaty(rulebook, alias_index(rulebook), written).id == treaty_id


@pytest.mark.parametrize(
    ("written", "iso3"),
    [("Turkey", "TUR"), ("Türkiye", "TUR"), ("Turkish", "TUR"), ("Ankara", "TUR"), ("Britain", "GBR"),
     ("UK", "GBR"), ("British", "GBR"), ("America", "USA"), ("Washington", "USA"), ("U.S.", "USA"),
     ("Lithuanian", "LTU"), ("Kyiv", "UKR"), ("Germny", "DEU"), ("ltu", "LTU")],
)  # fmt: skip
def test_states_as_people_write_them(written: str, iso3: str) -> None:
    assert find_state(written).iso3 == iso3


def test_a_name_of_several_is_a_choice_and_an_unknown_one_offers_the_closest_first(rulebook: Rulebook) -> None:
    with pytest.raises(Ambiguous) as several:
        find_treaty(rulebook, alias_index(rulebook), "Vienna Convention")
    assert {"vclt", "vccr-optional-protocol"} <= set(several.value.close_matches)
    with pytest.raises(Ambiguous) as korea:
        find_state("Korea")
    assert set(korea.value.close_matches) == {"KOR", "PRK"}
    with pytest.raises(NotFound) as missing:
        find_treaty(rulebook, alias_index(rulebook), "Ottawa Protocol")
    assert missing.value.close_matches[0] == "apmbc"
    for typo, iso3 in (("Frnace", "FRA"), ("Polnad", "POL"), ("LTX", "LTU")):
        with pytest.raises(NotFound) as state:
            find_state(typo)
        assert state.value.close_matches[0] == iso3
    with pytest.raises(NotFound) as nothing:
        find_state("XYZ")
    assert nothing.value.close_matches  # always something to offer


def test_the_api_understands_names_and_says_how_it_read_them(client: Any) -> None:
    answer = client.post(
        URL, json={"treaty": "Istambul convention", "state": "Turkey", "notification_date": "2021-03-22"}
    ).json()
    assert answer["treaty"]["id"] == "istanbul-convention" and answer["state"]["iso3"] == "TUR"
    assert any("“Istambul convention” was read as" in n for n in answer["notes"])
    assert any("“Turkey” was read as Türkiye (TUR)" in n for n in answer["notes"])
    icc = client.get(URL, params={"treaty": "ICC", "state": "Britain"}).json()
    assert icc["treaty"]["id"] == "rome-statute" and icc["state"]["iso3"] == "GBR"
    assert client.get("/v1/treaties/ICC").json()["treaty"]["id"] == "rome-statute"
    assert client.get("/v1/states/America").json()["iso3"] == "USA"


def test_the_api_answers_300_with_the_choices_and_404_with_the_closest(client: Any) -> None:
    several = client.get(URL, params={"treaty": "Vienna Convention", "state": "FRA"})
    assert several.status_code == 300 and several.headers["content-type"] == "application/problem+json"
    assert {"vclt", "vccr-optional-protocol"} <= set(several.json()["close_matches"])
    missing = client.get(URL, params={"treaty": "Ottawa Protocol", "state": "FRA"})
    assert missing.status_code == 404 and missing.json()["close_matches"][0] == "apmbc"


def test_the_cli_understands_names() -> None:
    done = invoke("assess", "ICC", "Britain", "--notified", "2025-01-01")
    assert done.exit_code == 0, done.output
    assert "Rome Statute" in done.stdout and "United Kingdom" in done.stdout


def test_the_page_understands_names_and_offers_choices(client: Any) -> None:
    page = client.get(
        "/", params={"treaty": "Istambul convention", "state": "Turkey", "notification_date": "2021-03-22"}
    )
    assert page.status_code == 200 and "Türkiye" in page.text and "read as" in page.text
    choice = client.get("/", params={"treaty": "Vienna Convention", "state": "FRA"})
    assert choice.status_code == 300 and "could mean several" in choice.text
    assert "treaty=vclt" in choice.text


def test_hague_convention_is_a_choice_of_the_hague_conventions(rulebook: Rulebook) -> None:
    hague = [t.id for t in rulebook.treaties.values() if "hague" in t.id]
    if len(hague) < 2:
        pytest.fail("the rulebook holds fewer than two Hague conventions")
    with pytest.raises(Ambiguous) as caught:
        find_treaty(rulebook, alias_index(rulebook), "Hague Convention")
    assert set(caught.value.close_matches) <= set(hague) and len(caught.value.close_matches) >= 2
