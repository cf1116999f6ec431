"""Precision on text nobody tuned on (issue 14), eighth audit (h-prec, session 19): 16 fresh articles, now in the
corpus, that name treaties with rule files and are mostly not about leaving them (the Council of Europe's proceedings
against Turkey, the OPCW and Syria, New START's end, COP28, the ICC's warrants and the US sanctions on the court, the
ICJ's climate opinion, the Geneva Conventions at 75, the TPNW's adoption, the NPT PrepCom, the French vote on
EU-Mercosur, NATO's Hague declaration). At first sight (main aaa36510) 5 of 8 reports were true. The shapes of the
three spurious ones, each pinned with the article's sentence, paraphrases of our own, and true look-alikes that must
still give their claim: a court adopting what it renders is no parliament's vote (app/reading/votes.py `_judgment`);
an organisation's name before a deal or an agreement of a kind names an instrument it concluded, not its founding
treaty (app/reading/mentions.py `_deal_of`; reader.py `_the_instrument` for the tally on 'the agreement'); and the
states a body 'consists of', named by a capitalised noun that is no treaty's, are its members, not the Parties of a
treaty the clause names elsewhere (app/reading/counts.py `_composition_of_another`). One shape of the corpus's own
spurious reports joins them: an organisation's name hyphened to a participle of agency ('the UN-backed OPCW', 'the
NATO-led coalition') describes another body (app/reading/mentions.py `agent_of_another`), and its participle is
no side of a vote (app/reading/votes.py `_compound_tail`).

Each case pins every claim the text gives as (kind, treaty, state, value), so a spurious claim fails as surely as a
lost one.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Row = tuple[str, str | None, str | None, str]

CASES: list[tuple[str, str, str, list[Row]]] = [
    # A court's vote on what it renders (an opinion, a judgment, an award, a verdict) is no State's tally.
    (
        "court-adopted-opinion",  # enb-2025-07-23 (read as the Netherlands' unanimous vote on the Paris Agreement)
        "2025-07-23",
        "Judge Yuji Iwasawa, President of the Court, provided a summary of the Advisory Opinion in a public sitting outside the Peace Palace in The Hague, the Netherlands. The Advisory Opinion, which the Court adopted unanimously, underscores the role of the Intergovernmental Panel on Climate Change (IPCC) in providing best available science and considers the 1.5°C threshold to be the primary agreed temperature goal under the Paris Agreement on climate change.",
        [],
    ),
    (
        "court-judgment-votes",
        "2024-04-09",
        "The judgment, adopted by 15 votes to two, found that Russia had breached the European Convention on Human Rights.",
        [],
    ),
    (
        "court-award-unanimous",
        "2016-07-12",
        "The tribunal adopted its award under UNCLOS unanimously, and the Philippines welcomed it.",
        [],
    ),
    (
        "court-verdict-tally",
        "2023-06-01",
        "In a 6-3 verdict, the justices held that the President may not leave the North Atlantic Treaty alone.",
        [],
    ),
    (
        "parliament-after-ruling",  # a parliament's vote beside a court's ruling stays read
        "2021-01-01",
        "The Seimas voted unanimously to ratify the Paris Agreement after the Constitutional Court's ruling.",
        [("vote_tally", "paris-agreement", "LTU", "unanimous")],
    ),
    (
        "parliament-unanimous",
        "2016-09-03",
        "China's parliament unanimously approved the Paris Agreement on Saturday.",
        [("ratified", "paris-agreement", "CHN", "2016-09-03"), ("vote_tally", "paris-agreement", "CHN", "unanimous")],
    ),
    (
        "parliament-tally-court-named",
        "2023-10-03",
        "Armenia's parliament voted 60-22 to ratify the Rome Statute of the International Criminal Court.",
        [("vote_tally", "rome-statute", "ARM", "60-22")],
    ),
    # An organisation's name before a deal or an agreement of a kind: an instrument it concluded, not its founding
    # treaty, and 'the agreement' after it is that instrument.
    (
        "mercosur-heading",  # clamreport-2024-11-27 (read as France's tally on the Treaty of Asuncion)
        "2024-11-27",
        "Mercosur Agreement Faces Rejection in France\n\nOn November 26, 2024, the assembly voted 484 against to 70 in favor of the agreement, signaling a unified stance against the treaty that has been under negotiation for 25 years.",
        [],
    ),
    (
        "mercosur-trade-deal",
        "2024-11-27",
        "The Mercosur trade deal faces a vote in Paris. The French parliament voted 484 to 70 against the agreement.",
        [],
    ),
    (
        "eu-free-trade-agreement",
        "2024-11-27",
        "The EU free trade agreement with Japan came up in Vienna, where the Austrian parliament voted 120 to 30 in favour of the agreement.",
        [],
    ),
    (
        "who-pandemic-agreement",
        "2025-05-21",
        "The WHO pandemic agreement was adopted in Geneva; the Dutch parliament voted 90-60 in favour of the agreement.",
        [],
    ),
    (
        "mercosur-treaty-kept",  # the organisation's own treaty by its noun, and its membership, stay read
        "2024-11-27",
        "Paraguay's Senate voted 30-5 to ratify the Mercosur treaty.",
        [("vote_tally", "treaty-of-asuncion", "PRY", "30-5")],
    ),
    (
        "mercosur-member-kept",
        "2024-11-27",
        "Bolivia became a full member of Mercosur in July 2024.",
        [("joined", "treaty-of-asuncion", "BOL", "2024-07")],
    ),
    (
        "paris-deal-kept",  # a treaty whose own name ends in 'deal'
        "2019-11-05",
        "The US left the Paris climate deal on Wednesday.",
        [("withdrew", "paris-agreement", "USA", "2019-10-30")],
    ),
    (
        "wto-agreement-kept",  # an acronym before the bare 'Agreement': the Marrakesh Agreement's own name
        "2020-01-01",
        "Ecuador ratified the WTO Agreement in 1996.",
        [("ratified", "wto-agreement", "ECU", "1996")],
    ),
    # The states a body named by a capitalised noun (no treaty's name) consists of are its members.
    (
        "council-consisting",  # anf-2021-12-02 (read as the ECHR's 47 Parties; Turkey bound by the ECHR is labelled)
        "2021-12-02",
        "In the second phase, by the power vested in it by the Article 46 of the European Convention on Human Rights (ECHR), the Committee of Ministers will give another decision to file a joint complaint against Turkey at the ECtHR.\n\nTurkey is a member of the Council, consisting of 47 states, and according to its own Constitution, it is obligated to abide by ECtHR judgements.",
        [("bound_on", "echr", "TUR", "true")],
    ),
    (
        "committee-composed",
        "2021-12-02",
        "The European Convention on Human Rights is overseen by the Committee, composed of 47 states, which met in Strasbourg.",
        [],
    ),
    (
        "coalition-made-up",
        "2024-05-01",
        "The Rome Statute is defended by the Coalition, made up of over 2,500 groups and more than 40 states.",
        [],
    ),
    (
        "nato-comprising-kept",  # the treaty's own organisation, named, is counted
        "2021-12-02",
        "The treaty was ratified by Turkey. NATO, comprising 30 states, met on Monday.",
        [("parties_count", "north-atlantic-treaty", None, "30")],
    ),
    (
        "oas-consisting-kept",
        "2019-01-10",
        "The OAS, consisting of 35 member states, will hear Venezuela's denunciation of the Charter.",
        [("parties_count", "oas-charter", None, "35")],
    ),
    # An organisation's name joined by a hyphen to a participle of agency ('UN-backed', 'NATO-led', 'UN-brokered',
    # 'EU-funded') describes another body or act: no mention of the organisation's treaty (the corpus's Hindu report,
    # 2013, shares the shape of this audit's misattributed bodies).
    (
        "un-backed-opcw",  # thehindu-2013-10-14 (read as Syria's tally of '60 for' and 60 Parties of the UN Charter)
        "2013-10-14",
        "Around 60 members from the UN-backed OPCW is overseeing the destruction of Syria's stockpile as well as some of its chemical weapons production equipment.",
        [],
    ),
    (
        "un-backed-with-members",
        "2013-10-14",
        "Inspectors from the UN-backed OPCW, with 190 members, are in Damascus.",
        [],
    ),
    (
        "nato-led-coalition",
        "2021-10-14",
        "The NATO-led coalition of 50 countries withdrew from Afghanistan in 2021.",
        [],
    ),
    (
        "un-brokered-talks",
        "2020-01-01",
        "The UN-brokered talks in Geneva drew 30 countries, and the EU-funded mission left Libya.",
        [],
    ),
    (
        "nato-member-kept",  # a hyphen to a noun, not a participle: the organisation's member
        "2021-10-14",
        "NATO-member Turkey ratified the Paris Agreement in October 2021.",
        [("ratified", "paris-agreement", "TUR", "2021-10")],
    ),
    (
        "coe-members-kept",
        "2022-03-16",
        "The Council of Europe, now with 46 member states, expelled Russia on 16 March 2022.",
        [("parties_count", "coe-statute", None, "46")],
    ),
    (
        "un-members-kept",
        "2020-01-01",
        "Palestine is not a member of the UN, which has 193 member states.",
        [("joined", "un-charter", "PSE", "false"), ("parties_count", "un-charter", None, "193")],
    ),
    (
        "un-backed-after-treaty",  # the same with the treaty named before: the participle is no side of a vote either
        "2013-10-14",
        "Syria became a party to the Chemical Weapons Convention on Monday. Around 60 members from the UN-backed OPCW is overseeing the destruction of Syria's stockpile.",
        [("joined", "cwc", "SYR", "2013-10-14")],
    ),
    (
        "backed-by-lawmakers-kept",  # 'backed by' a number of lawmakers is a side
        "2024-02-26",
        "The Hungarian parliament's motion to ratify Sweden's NATO accession was backed by 188 lawmakers and opposed by 6.",
        [("vote_tally", "north-atlantic-treaty", "HUN", "188-6")],
    ),
    # Recall, one of the audit's misses read in general: a State told as a member of an organisation by the
    # organisation's name is bound by the treaty founding it (reader._organisation_left for 'is a member of').
    (
        "coe-member-by-name",  # eeas-2022-02-03 / anf-2021-12-02's membership, told by the name
        "2021-12-02",
        "Turkey is a member of the Council of Europe.",
        [("bound_on", "coe-statute", "TUR", "true")],
    ),
    (
        "coe-member-which-joined",
        "2021-12-02",
        "Azerbaijan is a member of the Council of Europe, which it joined in 2001.",
        [("bound_on", "coe-statute", "AZE", "true"), ("joined", "coe-statute", "AZE", "2001")],
    ),
    (
        "mercosur-member-is",  # a name that is a treaty's alias was read already
        "2024-11-27",
        "Bolivia is a member of Mercosur.",
        [("bound_on", "treaty-of-asuncion", "BOL", "true")],
    ),
    (
        "coe-organ-kept",  # a member of one of its organs: no membership of the organisation told
        "2021-12-02",
        "Turkey is a member of the Council of Europe's Parliamentary Assembly.",
        [],
    ),
    (
        "coe-left-kept",
        "2022-03-16",
        "Russia quits Council of Europe rights watchdog.",
        [("withdrew", "coe-statute", "RUS", "true")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_precision_shape(finder: ClaimFinder, published: str, text: str, expected: list[Row]) -> None:
    assert read(finder, text, published) == expected
