"""Precision on text nobody tuned on (issue 14), fourth audit (h-precision, session 12): 47 fresh articles about
NATO accession votes, the WHO pandemic agreement, COP29, ICC warrants, New START, EU enlargement, the EU-Mercosur
deal, the High Seas Treaty, the NPT review conference, TPNW ratifications, the Demirtas judgment, the Vilnius summit,
the OPCW, UNCLOS, sanctions and NDCs, most with no withdrawal in them (kept outside the repo). The shapes that gave
spurious claims there, each pinned with the article's sentence, paraphrases of our own, and the true look-alikes that
must still give their claim.

Each case pins every claim the text gives as (kind, treaty, state, value), so a spurious claim fails as surely as a
lost one.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Row = tuple[str, str | None, str | None, str]

CASES: list[tuple[str, str, str, list[Row]]] = [
    # An application or an invitation to join is no joining (North Atlantic Treaty Art. 10: a State joins by invitation
    # and the deposit of its instrument of accession); the joining itself, told beside it, stays read.
    (
        "an-application-to-join",  # bb-cntv.com (RIA Novosti), 2022-08-04 (read as joined SWE, FIN in May 2022)
        "2022-08-04",
        "Sweden and Finland applied to join NATO in May 2022.",
        [],
    ),
    (
        "an-application-to-join-paraphrase",
        "2022-06-01",
        "Finland's application to join NATO was submitted on 18 May 2022.",
        [],
    ),
    (
        "an-invitation-to-join",  # dailybanner.co.uk (CNN), 2022-08-04 (read as joined USA in June 2023)
        "2022-08-04",
        "At the end of June, NATO formalized its invitation to Sweden and Finland to join the alliance, so the "
        "decision was sent to the parliaments and legislatures of 30 member states for final ratification.",
        [("parties_count", "north-atlantic-treaty", None, "30")],
    ),
    (
        "an-invitation-to-join-paraphrase",
        "2019-01-01",
        "NATO issued an invitation to North Macedonia to join the North Atlantic Treaty in 2018.",
        [],
    ),
    (
        "joined-after-applying-stays",
        "2024-03-08",
        "Sweden joined NATO on 7 March 2024, two years after it applied to join.",
        [("joined", "north-atlantic-treaty", "SWE", "2024-03-07")],
    ),
    (
        "joined-after-an-application-stays",
        "2023-04-05",
        "Finland, which applied for membership in May 2022, joined NATO on April 4.",
        [("joined", "north-atlantic-treaty", "FIN", "2023-04-04")],
    ),
    # A standing short of membership (an EU candidate, an observer) is no admission; a grant must name membership.
    (
        "candidate-status-is-no-membership",  # moldovalive.md, 2023-12-14 (read as joined teu UKR on 23 June 2022)
        "2023-12-14",
        "Relations between Moldova and the European Union are based on the Association Agreement. The Republic of "
        "Moldova and Ukraine have been granted candidate country status in record time – on 23 June 2022.",
        [],
    ),
    (
        "candidate-status-paraphrase",
        "2024-01-10",
        "The European Union is a union of 27 states. Georgia was granted candidate status in December 2023.",
        [("parties_count", "teu", None, "27")],
    ),
    (
        "observer-status-paraphrase",
        "2012-01-01",
        "Palestine was admitted to UNESCO as an observer in 1974.",
        [],
    ),
    (
        "full-membership-granted-stays",
        "2012-01-01",
        "Palestine was granted full membership of UNESCO in 2011.",
        [("joined", "unesco-constitution", "PSE", "2011")],
    ),
    (
        "full-membership-granted-active-stays",
        "2012-01-01",
        "UNESCO granted full membership to Palestine in 2011.",
        [("joined", "unesco-constitution", "PSE", "2011")],
    ),
    # A capital before a gathering's noun names where states met, not the government acting.
    (
        "a-capital-as-a-venue",  # pressenza.com (ICAN), 2022-06-21 (read as ratified AUT)
        "2022-06-21",
        "Three countries ratify nuclear weapon ban treaty on eve of historic Vienna meeting",
        [],
    ),
    (
        "a-capital-as-a-venue-paraphrase",
        "2022-06-21",
        "Two states ratify the Treaty on the Prohibition of Nuclear Weapons ahead of the Vienna conference.",
        [],
    ),
    (
        "a-capital-acting-stays",
        "2019-01-01",
        "Vienna ratified the Treaty on the Prohibition of Nuclear Weapons in 2018.",
        [("ratified", "tpnw", "AUT", "2018")],
    ),
    # The states an organisation acts with are outside it, no count of its members.
    (
        "partners-are-not-members",  # hicginewsagency.com, 2024-11-24 (read as parties_count teu 11)
        "2024-11-24",
        "BAKU – AZERBAIJAN – The European Union teamed up with 11 countries in announcing a commitment to “ambitious” "
        "new climate plans — but the U.S., an architect of the initiative, did not join them.",
        [],
    ),
    (
        "partners-are-not-members-paraphrase",
        "2024-11-24",
        "The European Union, together with 11 countries, announced new climate plans.",
        [],
    ),
    (
        "partners-joined-forces-paraphrase",
        "2024-11-24",
        "NATO joined forces with 20 nations to train Ukrainian troops.",
        [],
    ),
    (
        "members-with-the-organisation-stay",
        "2024-11-24",
        "NATO, with 32 member states, is the largest military alliance.",
        [("parties_count", "north-atlantic-treaty", None, "32")],
    ),
    # What entry into force requires is a threshold, no count of the States bound.
    (
        "a-threshold-must-be-ratified-by",  # hiroshimapeacemedia.jp (Kyodo), 2018-09-28 (read as 50 ratifications)
        "2018-09-28",
        "To date, 19 nations have ratified the Treaty on the Prohibition of Nuclear Weapons. In order for the treaty to "
        "enter into force, it must be ratified by 50 nations and regions.",
        [
            ("parties_count", "tpnw", None, "19 ratifications")
        ],  # 'N ratifications' since h-b34 (session 14): the subject of 'have ratified' counts instruments deposited
    ),
    (
        "a-threshold-are-required",  # irrawaddy.com (Kyodo), 2020-08-07 (read as parties_count 50)
        "2020-08-07",
        "A total of 50 countries are required to ratify the Treaty on the Prohibition of Nuclear Weapons for it to "
        "enter into force.",
        [],
    ),
    (
        "a-threshold-the-required",  # allafrica.com (UN News), 2025-09-22 (read as un-charter, 60 ratifications)
        "2025-09-22",
        "A landmark UN treaty to safeguard marine biodiversity on the high seas has now met the required 60 "
        "ratifications for entry into force, clearing the way for it to take effect in January 2026.",
        [],
    ),
    (
        "a-threshold-needs-paraphrase",
        "2014-01-01",
        "The Arms Trade Treaty needs 50 ratifications to enter into force.",
        [],
    ),
    (
        "a-count-beside-a-threshold-stays",
        "2020-08-07",
        "The Treaty on the Prohibition of Nuclear Weapons has been ratified by 44 states, six short of the 50 needed.",
        [("parties_count", "tpnw", None, "44 ratifications")],
    ),
    (
        "a-count-after-required-words-stays",
        "2020-08-07",
        "The Rome Statute, required reading for lawyers, has 123 parties.",
        [("parties_count", "rome-statute", None, "123")],
    ),
    # 'UN' before a record of the organisation ('a UN database') or before an instrument made under it ('a UN
    # treaty') is not the Charter.
    (
        "a-un-database-is-not-the-charter",  # everynews (Hindustan Times), 2025-02-21 (read as un-charter ~200)
        "2025-02-21",
        "Just 10 of the nearly 200 countries delivered fresh climate plans, according to a UN database tracking the "
        "submissions.",
        [],
    ),
    (
        "a-un-treaty-is-not-the-charter",
        "2024-01-01",
        "The Minamata Convention, a UN treaty on mercury, has 128 parties.",
        [("parties_count", "minamata-convention", None, "128")],
    ),
    (
        "the-un-members-stay",
        "2025-02-21",
        "The UN has 193 member states.",
        [("parties_count", "un-charter", None, "193")],
    ),
    (
        "the-nato-treaty-stays",
        "2022-08-04",
        "The NATO treaty has 30 parties.",
        [("parties_count", "north-atlantic-treaty", None, "30")],
    ),
    # A court's judges voting on a judgment is no parliament's vote on a treaty (ECHR Art. 45).
    (
        "judges-votes-are-no-tally",  # turkishminute.com, 2020-12-22 (read as vote_tally echr TUR 16-1, 15-2)
        "2020-12-22",
        "The court ruled by 16 votes to one that there had been a violation of Article 10 (freedom of expression) of "
        "the European Convention on Human Rights; by 15 votes to two that there had been a violation of Article 5 § 1 "
        "(right to liberty and security); unanimously that there had been a violation of Article 3 of Protocol No. 1 "
        "(right to free elections); by 16 votes to one that there had been a violation of Article 18.",
        [],
    ),
    (
        "judges-votes-paraphrase",
        "2021-01-01",
        "The judges found by four votes to three that Russia had breached Article 3 of the European Convention on "
        "Human Rights.",
        [],
    ),
    (
        "a-parliament-vote-beside-a-court-stays",
        "2021-03-25",
        "Turkey's parliament voted 300 to 150 to leave the Istanbul Convention, days after the constitutional court "
        "ruled the decree lawful.",
        [("vote_tally", "istanbul-convention", "TUR", "300-150")],
    ),
    # A treaty's own term ends ('expires'), also after a relative clause between it and the verb: no entry into force.
    (
        "a-treaty-expires-after-a-relative-clause",  # sps-aviation.com, 2020-08 (read as entry_into_force 2021-02)
        "2020-08-15",
        "New START, which caps the number of deployed long-range nuclear warheads each country can have, expires in "
        "February 2021, unless the two sides agree to extend it for five years.",
        [],
    ),
    (
        "a-treaty-expires-paraphrase",
        "2023-01-01",
        "New START limits each side to 1,550 warheads. The agreement, which Russia and the United States extended in "
        "2021, will expire in February 2026.",
        [],
    ),
    # 'two other treaties', 'another treaty': not the treaty the article discusses.
    (
        "other-treaties-left",  # wnky.com (AP), 2021-02-03 (read as withdrew new-start RUS)
        "2021-02-03",
        "The Biden administration’s move extends the New START treaty for five years. President Donald Trump had "
        "pulled out of two other nuclear arms treaties with Russia, as part of a general withdrawal from "
        "international agreements.",
        [],
    ),
    (
        "other-treaties-paraphrase",
        "2023-03-01",
        "Russia suspended New START in February 2023. Moscow had already quit two other arms control agreements.",
        [],
    ),
    (
        "another-treaty-named-stays",
        "2021-02-03",
        "The United States left the INF Treaty in 2019 and withdrew from another treaty, Open Skies, in 2020.",
        [("withdrew", "inf-treaty", "USA", "2019"), ("withdrew", "open-skies", "USA", "2020")],
    ),
    # 'and seven more countries have signed it': a counted group, the subject of its own clause, signs; the states
    # named before it did the first clause's deed (also when named between dashes after a group noun).
    (
        "a-counted-group-of-its-own",  # hiroshimapeacemedia.jp (Kyodo), 2018-09-28 (read as signed WSM, SMR, ...)
        "2018-09-28",
        "The Treaty on the Prohibition of Nuclear Weapons was adopted last July. Four more nations – Samoa, San Marino, "
        "Vanuatu, and Gambia – have ratified the treaty and seven more countries have signed it.",
        [
            ("ratified", "tpnw", "WSM", "true"),
            ("ratified", "tpnw", "SMR", "true"),
            ("ratified", "tpnw", "VUT", "true"),
            ("ratified", "tpnw", "GMB", "true"),
        ],
    ),
    (
        "a-counted-group-of-its-own-paraphrase",
        "2018-09-28",
        "Samoa and Gambia have ratified the Treaty on the Prohibition of Nuclear Weapons and 20 other countries have "
        "signed it.",
        [("ratified", "tpnw", "WSM", "true"), ("ratified", "tpnw", "GMB", "true")],
    ),
    (
        "a-named-list-with-a-counted-rest-stays",
        "2018-09-28",
        "Chile, Peru and 20 other countries signed the Treaty on the Prohibition of Nuclear Weapons in 2017.",
        [("signed", "tpnw", "CHL", "2017"), ("signed", "tpnw", "PER", "2017")],
    ),
    (
        "a-named-state-of-its-own-stays",
        "2018-09-28",
        "Samoa ratified the Treaty on the Prohibition of Nuclear Weapons in 2018 and Chile signed it in 2017.",
        [("ratified", "tpnw", "WSM", "2018"), ("signed", "tpnw", "CHL", "2017")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_precision_shape(finder: ClaimFinder, published: str, text: str, expected: list[Row]) -> None:
    assert read(finder, text, published) == expected
