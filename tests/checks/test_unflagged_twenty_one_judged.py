"""Judgements the unflagged inaccurate claims of session 21 needed (h-unfl), in our own words."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize("value", ["2009", "2007-12-13", "1995"])
def test_the_teu_signed_after_maastricht(client: TestClient, value: str) -> None:
    """'Created as part of the Treaty of Lisbon, it was signed by all members of the EU in 2009' (ITV, 29 March 2017):
    the Treaty on European Union was signed by the twelve at Maastricht on 7 February 1992; later members accede by
    an agreement under Art. 49 (rules/treaties/teu.yaml `signature`), so no later day is a signature of it."""
    result = judge(client, "2017-03-29", kind="signed", treaty="teu", state=None, value=value)
    assert result["verdict"] == "inconsistent", result
    assert result["correct_value"] == "1992-02-07"


@pytest.mark.parametrize("value", ["1992", "1992-02-07"])
def test_the_teu_signed_at_maastricht_is_right(client: TestClient, value: str) -> None:
    """The look-alike: 'the Maastricht Treaty, signed in 1992'."""
    result = judge(client, "2017-03-29", kind="signed", treaty="teu", state=None, value=value)
    assert result["verdict"] == "consistent", result


def test_unnamed_states_ratified_on_a_day_the_count_did_not_move(client: TestClient) -> None:
    """'On September 28, 2014, eight states ratified the Arms Trade Treaty' (ASIL, 3 October 2014): before the entry
    into force (24 December 2014) the count of deposits held at 53 from 25 September (world/counts/att.yaml), so none
    was deposited on the 28th; the eight were deposited on 25 September (world/parties/att.yaml)."""
    result = judge(client, "2014-10-03", kind="ratified", treaty="att", state=None, value="2014-09-28")
    assert result["verdict"] == "inconsistent", result
    assert result["correct_value"] == "2014-09-25"
    assert "25 September 2014" in result["explanation"]


@pytest.mark.parametrize(("published", "value"), [("2014-10-03", "2014-09-25"), ("2014-10-03", "2014-09"),
                                                  ("2015-06-01", "2015-05-28")])  # fmt: skip
def test_unnamed_deposits_not_judged_wrong_without_a_count_that_holds(
    client: TestClient, published: str, value: str
) -> None:
    """The look-alikes: the count's first day (the eight deposits of 25 September), a month, and a day after the entry
    into force (a count of parties then moves on entry into force for a State, not on its deposit): not this rule."""
    result = judge(client, published, kind="ratified", treaty="att", state=None, value=value)
    assert result["verdict"] != "inconsistent", result


def test_unesco_members_on_the_day_palestine_was_admitted(client: TestClient) -> None:
    """'the 193-member UN agency' (IANS, 31 October 2011): South Sudan was the 194th Member State from 27 October 2011
    and UNESCO counted Palestine, admitted that day, as the 195th (world/counts/unesco-constitution.yaml); 193 is the
    United Nations' membership, wrong on either count."""
    result = judge(client, "2011-10-31", kind="parties_count", treaty="unesco-constitution", state=None, value="193")
    assert result["verdict"] == "inconsistent", result
    assert "195" in result["explanation"] and "194" in result["explanation"]


@pytest.mark.parametrize(("published", "value"), [("2011-10-31", "195"), ("2011-10-31", "194"), ("2011-10-28", "194"),
                                                  ("2023-07-11", "194")])  # fmt: skip
def test_unesco_counts_right_on_their_day(client: TestClient, published: str, value: str) -> None:
    """The look-alikes: UNESCO's 195 of the vote, the 194 whose acceptance was deposited (Palestine's came on 23
    November 2011), South Sudan's 194th, and the rule file's 194 of 11 July 2023 (the United States' return)."""
    result = judge(client, published, kind="parties_count", treaty="unesco-constitution", state=None, value=value)
    assert result["verdict"] == "consistent", result
