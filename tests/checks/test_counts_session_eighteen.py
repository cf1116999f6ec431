"""Counts of members and parties added in session 18 (h-end), each judged as a structured claim on the days the
records cover, with the law and the source they follow:

- the African Union's Member States: 54 until Morocco deposited its instrument of accession to the Constitutive Act
  on 31 January 2017, 55 since (the AU's own page; Assembly/AU/Dec.639(XXVIII)); Constitutive Act Art. 29;
- the Kyoto Protocol's Parties: 192 with the European Union (191 States) from Somalia's entry into force (24 October
  2010), 191 after Canada's withdrawal took effect (15 December 2012), 192 again from Afghanistan's entry into force (23
  June 2013, Art. 25(3); the UNFCCC secretariat: '192 Parties (191 States and 1 regional economic integration
  organization)'); its 84 signatures, received while it was open for signature (Art. 24(1));
- a count of the States Parties told as signatories ('one of the 191 countries that signed', climateaction-2011-12-13)
  is partly right: the right number of the wrong thing, also where the number is the States' without the EU.
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
