"""Precision, session 21 (h-prec): shapes that gave false reports on the corpus and in the held-out batches' first
sights (batches 48-53), each fixed for every treaty and pinned with the corpus sentence, paraphrases of our own and
look-alikes that must still give their claim.

Each case pins every claim the text gives as (kind, treaty, state, value), so a spurious claim fails as surely as a
lost one.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Row = tuple[str, str | None, str | None, str]

CASES: list[tuple[str, str, str, list[Row]]] = [
    # A letter of application handed in is a bid to join (North Atlantic Treaty Art. 10), not a notice of withdrawal.
    (
        "letter-of-application-is-no-notice",  # haosuyi-2023-04-03
        "2023-04-03",
        "Finland to become NATO's 31st member\n\nAlong with Sweden, Finland handed in its official letter of "
        "application on May 18, 2022.",
        [("parties_count", "north-atlantic-treaty", "FIN", "31")],
    ),
    (
        "application-for-membership-submitted",  # paraphrase
        "2023-04-03",
        "Sweden submitted its application for membership of NATO on May 18, 2022.",
        [],
    ),
    (
        "applications-delivered",  # paraphrase
        "2022-05-18",
        "Finland and Sweden formally applied to join NATO. Both countries delivered their applications to the alliance "
        "on Wednesday.",
        [],
    ),
    (
        "instrument-of-withdrawal-handed-in",  # look-alike: a notice handed in
        "2025-06-28",
        "Lithuania handed in its instrument of withdrawal from the Ottawa Convention on June 27.",
        [("notification_date", "apmbc", "LTU", "2025-06-27")],
    ),
    (
        "letter-of-withdrawal-delivered",  # look-alike
        "2025-01-10",
        "Lithuania delivered a letter of withdrawal from the Convention on Cluster Munitions to the UN on 6 September "
        "2024.",
        [("notification_date", "ccm", "LTU", "2024-09-06")],
    ),
    # An exit announced as immediate is a declaration, not a notice under the treaty's clause (tests/data/articles/
    # README.md, 'Announcements').
    (
        "announced-immediate-withdrawal",  # nigerianbulletin-2024-12-15
        "2024-12-15",
        "Burkina Faso, Mali, and Niger confirm exit from ECOWAS by 2025\n\nThe military-led governments of these "
        "countries had previously announced their immediate withdrawal from ECOWAS in January 2024, following their "
        "suspension from the regional bloc and the imposition of heavy sanctions, particularly on Niger and Mali.",
        [],
    ),
    (
        "announced-immediate-withdrawal-this-year",  # obasanjonews-2024-12-16
        "2024-12-16",
        "Burkina Faso, Mali, and Niger Announce Permanent Exit from ECOWAS by 2025\n\nIt was reported that the "
        "military regimes in Burkina Faso, Mali, and Niger announced their immediate withdrawal from ECOWAS in "
        "January of this year.",
        [],
    ),
    (
        "declared-immediate-withdrawal",  # paraphrase
        "2025-09-23",
        "Mali, Burkina Faso and Niger declared their immediate withdrawal from the Rome Statute on Monday.",
        [],
    ),
    (
        "announced-its-withdrawal-on-a-day",  # look-alike: the notice of that day, as the corpus labels it
        "2003-01-20",
        "North Korea quits nuclear treaty\n\nNorth Korea announced its withdrawal from the NPT on January 10, 2003.",
        [("withdrew", "npt", "PRK", "true"), ("notification_date", "npt", "PRK", "2003-01-10")],
    ),
    # A participle after a paper ('The order, signed on Monday,') is the paper's signing, not the treaty's.
    (
        "the-order-signed-on-monday",  # bnonews-2025-01-21
        "2025-01-21",
        "Trump orders US out of WHO\n\nThe order, signed on Monday, cites the organization’s “mishandling” of the "
        "COVID-19 pandemic.",
        [],
    ),
    (
        "an-executive-order-signed",  # paraphrase
        "2025-01-21",
        "Trump orders US out of WHO\n\nAn executive order signed on Monday cites the organization's handling of the "
        "pandemic.",
        [],
    ),
    (
        "the-decree-signed",  # paraphrase
        "2025-01-21",
        "Trump orders US out of WHO\n\nThe decree, signed on January 20, takes effect at once.",
        [],
    ),
    (
        "the-treaty-signed-in-1997",  # look-alike: the treaty's own signing
        "2025-06-28",
        "Lithuania left the Ottawa Convention. The treaty, signed in 1997, bans anti-personnel mines.",
        [("withdrew", "apmbc", "LTU", "true"), ("signed", "apmbc", None, "1997")],
    ),
    (
        "the-convention-signed-in-1997",  # look-alike
        "2025-06-28",
        "Lithuania left the Ottawa Convention. The convention signed in 1997 bans anti-personnel mines.",
        [("withdrew", "apmbc", "LTU", "true"), ("signed", "apmbc", None, "1997")],
    ),
    # An organisation named as the owner of the office told (the depositary) is not the treaty the notice leaves.
    (
        "secretary-general-of-the-oas-told",  # latamjr-2012-09-12
        "2012-09-12",
        "Venezuela begins pullout from American Convention on Human Rights\n\nPresident Hugo Chávez's administration "
        "informed the secretary general of the Organization of American States (OAS) on Tuesday, Sept. 11, that "
        "Venezuela will begin the formal process of leaving the Inter-American Commission on Human Rights (IACHR) and "
        "the IACHR Court, according to the website El Mundo.",
        [
            ("notification_date", "achr", "VEN", "0001-01-01/2012-09-12"),
            ("notification_date", "achr", "VEN", "2012-09-11"),
        ],
    ),
    (
        "the-oas-left-by-notice-to-its-secretary-general",  # look-alike: the organisation is the one left
        "2017-04-28",
        "Venezuela leaves the OAS\n\nVenezuela notified the secretary general of the Organization of American States "
        "on Friday of its withdrawal.",
        [("withdrew", "oas-charter", "VEN", "true"), ("notification_date", "oas-charter", "VEN", "2017-04-28")],
    ),
    # A bare verb after 'and' shares the 'to' of the infinitive before it, and so its governing word of intent.
    (
        "urged-to-seize-the-moment-and-sign",  # enewspf-2011-12-06
        "2011-12-06",
        "Indonesia ratifies the CTBT. At a high-level meeting in New York in September, Mr. Ban had urged all "
        "remaining States to seize the moment and sign and ratify the CTBT, with the aim of bringing it into force by "
        "2012.",
        [],
    ),
    (
        "pledged-to-sign-and-ratify",  # paraphrase
        "2016-10-05",
        "The EU ratifies the Paris Agreement. India had pledged to sign the deal and ratify it by October.",
        [],
    ),
    (
        "signed-and-ratified-on-a-day",  # look-alike: deeds told, no 'to'
        "2011-12-06",
        "Indonesia ratifies the CTBT. Indonesia signed the treaty in 1996 and ratified it on Tuesday.",
        [("signed", "ctbt", "IDN", "1996"), ("ratified", "ctbt", "IDN", "2011-12-06")],
    ),
    # A fronted 'In a letter ...,' whose main clause urges another is the caller's letter, not a notice.
    (
        "in-a-letter-released-today-urged",  # hrw-1998-06-01
        "1998-06-01",
        "Trinidad and the American Convention on Human Rights\n\nIn a letter released today, Human Rights Watch and "
        "CEJIL (the Center for Justice and International Law) urged Trinidad and Tobago's Prime Minister Basdeo Panday "
        "to reconsider withdrawing from the American Convention on Human Rights.",
        [],
    ),
    (
        "in-a-letter-sent-today-urged",  # paraphrase
        "1998-06-01",
        "Trinidad and the American Convention on Human Rights\n\nIn a letter sent today, Amnesty International urged "
        "Trinidad and Tobago to reconsider its withdrawal from the American Convention on Human Rights.",
        [],
    ),
    (
        "in-a-letter-a-state-notified",  # look-alike: the State's own letter
        "1998-06-01",
        "Trinidad and the American Convention\n\nIn a letter to the OAS Secretary General dated 26 May 1998, Trinidad "
        "and Tobago notified its denunciation of the American Convention on Human Rights.",
        [("notification_date", "achr", "TTO", "1998-05-26")],
    ),
    # Signed 'by dozens of countries': counted signers, the treaty's own signing, not a State named elsewhere.
    (
        "signed-in-2011-by-dozens-of-countries",  # themedialine-2021-07-01
        "2021-07-01",
        "Turkey leaves Istanbul Convention\n\nIn March, President Recep Tayyip Erdoğan announced his country’s plans to "
        "withdraw from the Council of Europe’s Istanbul Convention, negotiated in Turkey’s largest city and signed in "
        "2011 by dozens of countries.",
        [("withdrew", "istanbul-convention", "TUR", "true"), ("signed", "istanbul-convention", None, "2011")],
    ),
    (
        "signed-in-1997-by-122-states",  # paraphrase
        "2025-06-28",
        "Lithuania left the Ottawa Convention. The treaty, drafted in Canada's capital and signed in 1997 by 122 "
        "states, bans anti-personnel mines.",
        [
            ("withdrew", "apmbc", "LTU", "true"),
            ("signed", "apmbc", None, "1997"),
            ("parties_count", "apmbc", None, "122 signatories (in 1997)"),
        ],
    ),
    (
        "signed-by-lithuania-in-1999",  # look-alike: a named signer
        "2025-06-28",
        "Lithuania left the Ottawa Convention. The treaty was signed by Lithuania in 1999.",
        [("withdrew", "apmbc", "LTU", "true"), ("signed", "apmbc", "LTU", "1999")],
    ),
    # The instruments of a ratification of another State's admission are not a consent to the treaty.
    (
        "instruments-after-ratifying-the-countrys-membership",  # speedpostnews-2024-03-07
        "2024-03-07",
        "Sweden officially becomes 32nd member of NATO\n\nSweden completed its membership procedures after Hungary "
        "became the last NATO member to ratify the country’s membership last week, and instruments of ratification "
        "were sent Thursday to Washington.",
        [
            ("joined", "north-atlantic-treaty", "SWE", "0001-01-01/2024-03-07"),
            ("parties_count", "north-atlantic-treaty", "SWE", "32"),
        ],
    ),
    (
        "instruments-deposited-after-ratifying-finlands-membership",  # paraphrase
        "2023-04-04",
        "Finland joins NATO\n\nTurkey's parliament ratified Finland's NATO membership on Thursday, and the instruments "
        "of ratification were deposited on Friday.",
        [("joined", "north-atlantic-treaty", "FIN", "0001-01-01/2023-04-04")],
    ),
    (
        "instrument-of-accession-deposited",  # look-alike: the joiner's own instrument
        "2024-03-07",
        "Sweden joins NATO\n\nSweden's instrument of accession to the North Atlantic Treaty was deposited with the US "
        "government on Thursday.",
        [
            ("joined", "north-atlantic-treaty", "SWE", "0001-01-01/2024-03-07"),
            ("acceded", "north-atlantic-treaty", "SWE", "2024-03-07"),
        ],
    ),
    # Adhering to a treaty's terms or obligations is compliance, not adhesion (accession) to the treaty.
    (
        "not-adhering-to-the-treatys-terms",  # bignewsnetwork-2020-11-23
        "2020-11-23",
        "US leaves Open Skies\n\nOutgoing President Donald Trump made the decision six months ago claiming Russia was "
        "not adhering to the treaty's terms, and gave formal notice.",
        [
            ("withdrew", "open-skies", "USA", "true"),
            ("notification_date", "open-skies", "USA", "0001-01-01/2020-11-23"),
        ],
    ),
    (
        "not-adhered-to-its-obligations",  # paraphrase
        "2020-11-23",
        "Washington says Moscow has not adhered to its obligations under the Open Skies Treaty.",
        [],
    ),
    (
        "adhered-to-the-convention",  # look-alike: adhesion to the treaty itself
        "1996-05-01",
        "Moldova adhered to the Convention on Chemical Weapons in 1996.",
        [("joined", "cwc", "MDA", "1996")],
    ),
    # A 'by'-gerund that is the means of an infinitive a word of intent governs tells nothing done.
    (
        "asked-to-initiate-the-process-by-denouncing",  # aldia-2021-11-19
        "2021-11-19",
        "Nicaragua asks to leave OAS\n\nLikewise, the Supreme Court of Justice of Nicaragua had asked Ortega on "
        "Thursday, Nov. 18, to initiate the process of withdrawal from the OAS by denouncing the Democratic Charter of "
        "the organization, joining the petition of the Nicaraguan Parliament.",
        [],
    ),
    (
        "urged-to-start-the-exit-by-notifying",  # paraphrase
        "2021-11-19",
        "Nicaragua to leave OAS\n\nThe parliament urged the president to start the exit from the OAS by notifying the "
        "organization on Monday.",
        [],
    ),
    (
        "began-its-withdrawal-by-denouncing",  # look-alike: the means of a deed done
        "2021-11-19",
        "Nicaragua leaves OAS\n\nNicaragua began its withdrawal from the OAS on Friday by denouncing its Charter.",
        [("withdrew", "oas-charter", "NIC", "true"), ("notification_date", "oas-charter", "NIC", "2021-11-19")],
    ),
    (
        "exercised-its-right-pursuant-to-by-providing-notice",  # look-alike: bignewsnetwork-2020-11-23
        "2020-11-23",
        "US leaves Open Skies\n\nOn May 22, 2020, the United States exercised its right pursuant to paragraph 2 of "
        "Article XV of the Treaty on Open Skies by providing notice to the Treaty Depositaries and to all States "
        "Parties of its decision to withdraw from the Treaty.",
        [("withdrew", "open-skies", "USA", "true"), ("notification_date", "open-skies", "USA", "2020-05-22")],
    ),
    # 'exit' after an adjective of plan after a possessive is the noun ('before its scheduled exit'), not a verb.
    (
        "before-its-scheduled-exit",  # elfaro-2024-04-25
        "2024-04-25",
        "Honduras leaves ICSID\n\nIt’s hard to foresee the real effect of the decision. Honduras is facing 10 ongoing "
        "ICSID claims —nine of which were filed during her administration, in 2023 alone— totaling at least $12 billion "
        "USD, newspaper Tiempo estimates, and is subject to any additional claims filed before its scheduled exit.",
        [("withdrew", "icsid-convention", "HND", "true")],
    ),
    (
        "before-its-planned-exit",  # paraphrase
        "2024-04-25",
        "Honduras leaves ICSID\n\nInvestors rushed to file claims in 2023 before its planned exit from the ICSID "
        "Convention.",
        [("withdrew", "icsid-convention", "HND", "true")],
    ),
    (
        "will-exit-on-a-day",  # look-alike: the verb
        "2024-04-25",
        "Honduras leaves ICSID\n\nHonduras will exit the ICSID Convention on August 25, 2024.",
        [("withdrew", "icsid-convention", "HND", "true"), ("effective_date", "icsid-convention", "HND", "2024-08-25")],
    ),
    # A deed denied of everyone ('no member has ever left', h-b56's subjects fix; a modifier between) is of no State.
    (
        "no-member-has-ever-left",  # sky-2017-03-20
        "2017-03-20",
        "What happens when Article 50 is triggered\n\nThe UK will trigger Article 50. Crucially, it has never been "
        "tested before because no member has ever left the EU.",
        [],
    ),
    (
        "no-eu-country-has-ever-withdrawn",  # paraphrase
        "2025-04-03",
        "Hungary to leave the ICC\n\nHungary announced it will leave the Rome Statute. No EU country has ever "
        "withdrawn from the court.",
        [],
    ),
    (
        "no-other-country-has-yet-left",  # paraphrase
        "2017-10-27",
        "Burundi leaves the ICC\n\nBurundi has left the Rome Statute. No other country has yet left the court.",
        [("withdrew", "rome-statute", "BDI", "true"), ("withdrew", "rome-statute", "BDI", "true")],
    ),
    (
        "has-formally-left",  # look-alike
        "2017-10-27",
        "Burundi leaves the ICC\n\nBurundi has formally left the Rome Statute.",
        [("withdrew", "rome-statute", "BDI", "true"), ("withdrew", "rome-statute", "BDI", "true")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_precision_shape(finder: ClaimFinder, published: str, text: str, expected: list[Row]) -> None:
    assert read(finder, text, published) == expected
