"""Counts of members and parties added in session 18 (h-end), each judged as a structured claim on the days the
records cover, with the law and the source they follow:

- the African Union's Member States: 54 until Morocco deposited its instrument of accession to the Constitutive Act
  on 31 January 2017, 55 since (the AU's own page; Assembly/AU/Dec.639(XXVIII)); Constitutive Act Art. 29;
- the Kyoto Protocol's Parties: 192 with the European Union (191 States) from Somalia's entry into force (24 October
  2010), 191 after Canada's withdrawal took effect (15 December 2012), 192 again from Afghanistan's entry into force (23
  June 2013, Art. 25(3); the UNFCCC secretariat: '192 Parties (191 States and 1 regional economic integration
  organization)'); its 84 signatures, received while it was open for signature (Art. 24(1));
- a count of the States Parties told as signatories ('one of the 191 countries that signed', climateaction-2011-12-13)
  is partly right: the right number of the wrong thing, also where the number is the States' without the EU;
- the ILO's Member States when the United States' withdrawal took effect (6 November 1977: 134, Beigbeder 1979), the
  ATT's 53 deposits after the eight of 25 September 2014 (before its entry into force, Art. 22(1)), the TPNW's 65
  deposits after the three of 20 June 2022 (ICAN).
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("as_of", "value", "verdict"),
    [
        ("2017-02-01", "55", "consistent"),  # 'Morocco becomes the continental organization's 55th member state'
        ("2017-02-14", "55", "consistent"),  # 'leaders from the 55-nation African Union'
        ("2024-05-25", "55", "consistent"),
        ("2016-10-01", "54", "consistent"),  # 'all 54 AU Member States have been officially informed'
        ("2016-10-01", "55", "inconsistent"),
        ("2017-02-01", "54", "partly_consistent"),  # out of date by a day (README 'A count out of date')
        ("2018-01-01", "54", "inconsistent"),
    ],
)
def test_the_african_union_s_member_states(client: TestClient, as_of: str, value: str, verdict: str) -> None:
    result = judge(client, as_of, kind="parties_count", treaty="au-constitutive-act", value=value)
    assert result["verdict"] == verdict, result["explanation"]


@pytest.mark.parametrize(
    ("as_of", "value", "verdict"),
    [
        ("2011-12-13", "192", "consistent"),  # with the European Union, as the depositary counts
        ("2011-12-13", "191", "consistent"),  # the States alone
        ("2013-03-01", "191", "consistent"),  # after Canada's exit, the EU with 190 States
        ("2020-01-01", "192", "consistent"),
        ("2020-01-01", "191", "consistent"),
        ("2020-01-01", "180", "inconsistent"),
    ],
)
def test_the_kyoto_protocol_s_parties(client: TestClient, as_of: str, value: str, verdict: str) -> None:
    result = judge(client, as_of, kind="parties_count", treaty="kyoto-protocol", value=value)
    assert result["verdict"] == verdict, result["explanation"]


@pytest.mark.parametrize(
    ("value", "verdict"),
    [
        ("191 signatories", "partly_consistent"),  # 'one of the 191 countries that signed the agreement'
        ("192 signatories", "partly_consistent"),
        ("84 signatories", "consistent"),  # 'the Kyoto Protocol had received 84 signatures'
        ("120 signatories", "inconsistent"),
    ],
)
def test_the_kyoto_protocol_s_signatories(client: TestClient, value: str, verdict: str) -> None:
    result = judge(client, "2011-12-13", kind="parties_count", treaty="kyoto-protocol", value=value)
    assert result["verdict"] == verdict, result["explanation"]


@pytest.mark.parametrize(
    ("as_of", "value", "verdict"),
    [
        ("1977-11-14", "135", "partly_consistent"),  # 'the 135-member organization', eight days after the US left
        ("1977-11-06", "134", "consistent"),
        ("1977-11-05", "135", "consistent"),
        ("1977-11-06", "140", "inconsistent"),
    ],
)
def test_the_ilo_s_members_when_the_united_states_left(
    client: TestClient, as_of: str, value: str, verdict: str
) -> None:
    """Beigbeder (1979): the US withdrawal of 6 November 1977 reduced the membership to 134 (README 'A count out of
    date': right until eight days before, partly)."""
    result = judge(client, as_of, kind="parties_count", treaty="ilo-constitution", value=value)
    assert result["verdict"] == verdict, result["explanation"]


@pytest.mark.parametrize(
    ("as_of", "value", "verdict"),
    [
        ("2014-09-26", "53", "consistent"),  # 'bringing the total number of states parties to 53'
        ("2014-10-03", "53", "consistent"),
        ("2014-10-03", "60", "inconsistent"),
    ],
)
def test_the_att_s_deposits_before_its_entry_into_force(
    client: TestClient, as_of: str, value: str, verdict: str
) -> None:
    """Art. 22(1): in force on 24 December 2014, ninety days after the fiftieth deposit; before it, a count of parties
    is one of deposits (53 after the eight of 25 September 2014)."""
    result = judge(client, as_of, kind="parties_count", treaty="att", value=value)
    assert result["verdict"] == verdict, result["explanation"]


@pytest.mark.parametrize(("value", "verdict"), [("65", "consistent"), ("70", "inconsistent")])
def test_the_tpnw_s_deposits_in_june_2022(client: TestClient, value: str, verdict: str) -> None:
    """ICAN, 21 June 2022: three deposits of 20 June 'bringing the total number of parties to 65'."""
    result = judge(client, "2022-06-21", kind="parties_count", treaty="tpnw", value=value)
    assert result["verdict"] == verdict, result["explanation"]


@pytest.mark.parametrize(
    ("value", "verdict"),
    [
        ("195", "partly_consistent"),  # 'the 195-nation Paris accord': the signatories, not the 144 Parties
        ("144", "consistent"),
        ("150", "inconsistent"),
    ],
)
def test_a_party_count_that_is_the_signatories_count(client: TestClient, value: str, verdict: str) -> None:
    """Politico, 27 May 2017: 144 Parties in force (143 States and the EU), 195 signatories since April 2017: the
    number of signatories given as the parties is the right number of the wrong thing."""
    result = judge(client, "2017-05-27", kind="parties_count", treaty="paris-agreement", value=value)
    assert result["verdict"] == verdict, result["explanation"]


@pytest.mark.parametrize(
    ("as_of", "value", "verdict"),
    [
        ("2021-10-20", "34", "consistent"),  # 'will join 34 member states ... which, by ratifying' (PACE, 14 Oct 2021)
        ("2022-03-01", "35", "consistent"),  # 'Moldova becomes the 35th State to ratify' (deposit of 31 Jan 2022)
        ("2021-10-20", "33", "inconsistent"),
    ],
)
def test_the_istanbul_convention_s_ratifications_after_turkiye(
    client: TestClient, as_of: str, value: str, verdict: str
) -> None:
    """Türkiye's denunciation took effect on 1 July 2021 (Art. 80); Liechtenstein's deposit of 17 June 2021 kept 34,
    Moldova's of 31 January 2022 made 35."""
    result = judge(client, as_of, kind="parties_count", treaty="istanbul-convention", value=value)
    assert result["verdict"] == verdict, result["explanation"]


def test_moldova_signed_the_istanbul_convention_in_february_2017(client: TestClient) -> None:
    """'the Republic of Moldova signed it in February 2017' (6 February 2017)."""
    result = judge(client, "2021-10-20", kind="signed", treaty="istanbul-convention", state="MDA", value="2017-02")
    assert result["verdict"] == "consistent", result["explanation"]


@pytest.mark.parametrize(
    ("as_of", "value", "verdict"),
    [
        ("2005-02-16", "141 ratifications", "consistent"),  # 'Some 141 countries ... have ratified the treaty' (BBC)
        ("2005-02-16", "129", "consistent"),  # in force: 128 States and the EU
        ("2005-02-17", "125 ratifications", "inconsistent"),  # 'The Protocol was ratified by 125 states' (PanARMENIAN)
    ],
)
def test_the_kyoto_protocol_on_its_entry_into_force(client: TestClient, as_of: str, value: str, verdict: str) -> None:
    """Art. 25(1), (3): in force on 16 February 2005 for the States that had deposited by Russia's deposit of 18
    November 2004 (128) and the EU; 141 States had deposited by the day."""
    result = judge(client, as_of, kind="parties_count", treaty="kyoto-protocol", value=value)
    assert result["verdict"] == verdict, result["explanation"]
