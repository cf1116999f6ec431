"""Precision on text nobody tuned on (issue 14), third audit (h-precision, session 11): 41 fresh articles about
treaties, ratifications, summits, arms control, human-rights bodies and trade, most with no withdrawal in them. The
shapes that gave spurious claims there, each pinned with the article's sentence, paraphrases of our own, and the true
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
    # An organisation's name before a noun for its members ('several EU countries') names who is meant, not the
    # treaty the clause is about when the clause names that treaty ('the agreement'); alone it may be the treaty.
    (
        "members-of-an-organisation-are-not-the-treaty",  # gna.org.gh (dpa), 2023-06-01 (read as the TEU before)
        "2023-06-01",
        "The European Union has joined the Istanbul Convention. The agreement has not yet been ratified in several EU "
        "countries, such as Bulgaria, the Czech Republic and Hungary.",
        [
            ("ratified", "istanbul-convention", "BGR", "false"),
            ("ratified", "istanbul-convention", "CZE", "false"),
            ("ratified", "istanbul-convention", "HUN", "false"),
        ],
    ),
    (
        "members-of-an-organisation-paraphrase",
        "2024-03-01",
        "Sweden joined NATO this month. The Rome Statute has not been ratified by several NATO allies, such as Turkey.",
        [("joined", "north-atlantic-treaty", "SWE", "2024-03"), ("ratified", "rome-statute", "TUR", "false")],
    ),
    (
        "members-of-an-organisation-alone-is-the-treaty",
        "2020-02-01",
        "Britain became the first EU member state to leave the bloc on 31 January 2020.",
        [("withdrew", "teu", "GBR", "2020-01-31")],
    ),
    (
        "count-of-members-alone-is-the-treaty",  # ipsnews-1998-06-04 (corpus): the OAS counts its own members
        "1998-06-04",
        "Caribbean nations may renounce the international standards which bind the 34 OAS member states to respect "
        "human rights.",
        [("parties_count", "oas-charter", None, "34")],
    ),
    # Before a noun for one of its organs or meetings ('an EU body', 'a UN conference') the name is never the treaty.
    (
        "an-organ-is-not-the-treaty",  # gna.org.gh (dpa), 2023-06-01 (46 read as the TEU's parties before)
        "2023-06-01",
        "The European Union has joined the Istanbul Convention. The Council of Europe, which is not an EU body, "
        "monitors compliance with human rights in its 46 member states.",
        [("parties_count", "coe-statute", None, "46")],
    ),
    (
        "a-meeting-under-an-organ-is-not-the-treaty",  # The Independent (inkl), 2024-12-02 (the UN Charter's before)
        "2024-12-02",
        "The talks, which brought together nearly 200 countries under the UN Intergovernmental Negotiating Committee "
        "(INC-5), failed to resolve critical issues.",
        [],
    ),
    (
        "a-meeting-paraphrase",
        "2022-08-27",
        "Delegates of some 150 countries met at a UN conference in New York this week.",
        [],
    ),
    # 'bound by' norms (standards, rulings, rules) is no treaty binding: no status.
    (
        "bound-by-standards-is-no-treaty",  # gna.org.gh (dpa), 2023-06-01 (read as the TEU binding Belgium before)
        "2023-06-01",
        "Brussels, June 1, (dpa/GNA) – The European Union has joined the Istanbul Convention. With the accession to the "
        "convention, the EU as a whole will be bound by ambitious international standards.",
        [],
    ),
    (
        "bound-by-an-organisations-standards",
        "2024-05-01",
        "Ukraine signed the Istanbul Convention in 2011. Kyiv, May 1 - Ukraine is bound by strict EU standards.",
        [("signed", "istanbul-convention", "UKR", "2011")],
    ),
    (
        "bound-by-a-treaty-described-stays",  # moscowtimes-2023-11-02 (corpus)
        "2023-11-02",
        "Russia revoked its ratification of the CTBT. Moscow will no longer be bound by the UN-backed nuclear test ban "
        "starting Nov. 2.",
        [("bound_on", "ctbt", "RUS", "false")],
    ),
    (
        "bound-by-the-treaty-stays",
        "2025-03-01",
        "Hungary is leaving the Rome Statute. Hungary is still bound by the Rome Statute.",
        [("bound_on", "rome-statute", "HUN", "true")],
    ),
    # The states that approved a text when it was adopted are not its parties.
    (
        "approval-at-adoption-is-no-count",  # trtworld.com, 2020-10-25 (122 read as the TPNW's parties before)
        "2020-10-25",
        "The Treaty on the Prohibition of Nuclear Weapons was adopted by the UN General Assembly in July 2017 with the "
        "approval of 122 countries.",
        [],
    ),
    (
        "approved-at-adoption-paraphrase",  # saudigazette (sauress.com), 2020-10-25
        "2020-10-25",
        "Guterres commended all the countries whose ratification of the accord, approved by 122 nations at the General "
        "Assembly in 2017, helped bring the Treaty on the Prohibition of Nuclear Weapons into force.",
        [],
    ),
    (
        "ratifications-count-stays",
        "2020-10-25",
        "The Treaty on the Prohibition of Nuclear Weapons, adopted in 2017, has been ratified by 50 countries.",
        [("parties_count", "tpnw", None, "50 ratifications")],
    ),
    # A period for (re)joining, in a sentence that tells no exit, is no notice period nor a withdrawal rule.
    (
        "a-period-to-rejoin-is-no-notice-period",  # krdo.com (CNN), 2021-02-19 (read as the Paris notice period)
        "2021-02-19",
        "The United States officially rejoined the Paris Agreement on Friday. Hours after he was sworn-in on January "
        "20, President Joe Biden signed an executive order beginning the 30-day process for the US to reenter the "
        "global pact.",
        [("joined", "paris-agreement", "USA", "2021-02-19")],
    ),
    (
        "a-rule-to-re-enter-is-no-withdrawal-rule",  # saraacarter.com, 2021-02-19
        "2021-02-19",
        "The United States officially rejoined the Paris Climate Agreement today. Under the agreement’s rules, a "
        "country can formally re-enter the pact 30 days after it gives notice to the United Nations.",
        [("joined", "paris-agreement", "USA", "2021-02-19")],
    ),
    (
        "a-period-to-rejoin-paraphrase",
        "2021-01-21",
        "President Biden began the 30-day process of rejoining the Paris Agreement.",
        [],
    ),
    (
        "an-exit-period-beside-a-return-stays",
        "2021-02-19",
        "The US left the Paris Agreement after a one-year notice period and rejoined it in 2021.",
        [
            ("withdrew", "paris-agreement", "USA", "true"),
            ("joined", "paris-agreement", "USA", "2021"),
            ("notice_period", "paris-agreement", None, "P1Y"),
        ],
    ),
    # 'became the 50th state to ratify on Saturday': the infinitive takes the copula's past, as after 'the first'.
    (
        "a-counted-ordinal-takes-the-copulas-tense",  # saudigazette (sauress.com), 2020-10-25 (the next Saturday)
        "2020-10-25",
        "The ratification of the Treaty on the Prohibition of Nuclear Weapons will now come into force on Jan. 22, "
        "after Honduras became the 50th member state to ratify on Saturday.",
        [
            ("entry_into_force", "tpnw", None, "2021-01-22"),
            ("ratified", "tpnw", "HND", "2020-10-24"),
            ("parties_count", "tpnw", "HND", "50"),
        ],
    ),
    (
        "a-counted-ordinal-in-words",
        "2020-10-25",
        "Honduras became the fiftieth state to ratify the Treaty on the Prohibition of Nuclear Weapons on Saturday.",
        [("ratified", "tpnw", "HND", "2020-10-24")],
    ),
    (
        "a-counted-ordinal-to-come-stays",
        "2020-10-25",
        "Jamaica will become the 51st state to ratify the Treaty on the Prohibition of Nuclear Weapons on Saturday.",
        [("ratified", "tpnw", "JAM", "2020-10-31")],
    ),
    # An organisation named as a party to another instrument is not its founding treaty, and 'the agreement' is then
    # that instrument.
    (
        "organisations-that-sign-another-agreement",  # shmews.com, 2026-01-21 (read as the Treaty of Asuncion)
        "2026-01-21",
        "EU and Mercosur sign trade deal after 25 years of talks\nThe European Union (EU) and the Mercosur bloc of South "
        "American countries formally signed a free trade agreement after 25 years of negotiations.\nThe agreement was "
        "formally signed on Saturday in Asunción, Paraguay, concluding over two decades of negotiations between the "
        "European Union and the Mercosur bloc.",
        [],
    ),
    (
        "organisations-joined-by-a-hyphen",
        "2019-06-30",
        "The EU-Japan trade agreement was signed in 2018. The UK-EU withdrawal agreement was ratified by the European "
        "Parliament on 29 January 2020.",
        [],
    ),
    (
        "the-founding-treaty-signed-stays",
        "1991-03-27",
        "Paraguay, Argentina, Brazil and Uruguay signed the Treaty of Asuncion on 26 March 1991.",
        [
            ("signed", "treaty-of-asuncion", "PRY", "1991-03-26"),
            ("signed", "treaty-of-asuncion", "ARG", "1991-03-26"),
            ("signed", "treaty-of-asuncion", "BRA", "1991-03-26"),
            ("signed", "treaty-of-asuncion", "URY", "1991-03-26"),
        ],
    ),
    # The states that ratified (signed, joined) on one day are not the treaty's parties.
    (
        "the-states-that-ratified-that-day-are-no-count",  # abcnews.go.com (AP), 2025-06-10
        "2025-06-10",
        "Eighteen countries ratified the Arms Trade Treaty on Monday, bringing the total to 49.",
        [],
    ),
    (
        "the-states-that-joined-that-day-paraphrase",
        "2024-09-24",
        "Twelve countries joined the Arms Trade Treaty on Tuesday.",
        [],
    ),
    (
        "a-total-of-ratifications-stays",
        "2025-06-10",
        "The Arms Trade Treaty has been ratified by 49 countries.",
        [("parties_count", "att", None, "49 ratifications")],
    ),
    # A description read by its modifiers alone ('the ocean agreement') is not taken for a rulebook treaty beside a
    # titled treaty the rulebook lacks ('the High Seas Treaty'), nor is 'withdrawal' a word of a treaty's name.
    (
        "a-description-beside-an-unknown-titled-treaty",  # abcnews.go.com (AP), 2025-06-10 (the Seabed Treaty's)
        "2025-06-10",
        "NICE, France -- Eighteen countries ratified the High Seas Treaty on Monday, bringing the total to 49 — just 11 "
        "short of the 60 needed for the ocean agreement to enter into force.",
        [],
    ),
    (
        "a-withdrawal-agreement-is-no-treatys-name",  # vovworld-2020-01-30 (corpus): read as UNESCO's, 'UNESCO
        "2020-01-30",  # withdrawal' being one of its aliases
        "The European Parliament on Wednesday approved the withdrawal agreement. The agreement was ratified by 621 "
        "votes to 49. Britain will leave the European Union on January 31.",
        [("vote_tally", "teu", None, "621-49"), ("effective_date", "teu", "GBR", "2020-01-31")],
    ),
    (
        "a-description-alone-stays",
        "2025-03-07",
        "Lithuania left the cluster bomb convention on Thursday.",
        [("withdrew", "ccm", "LTU", "2025-03-06")],
    ),
    # A protocol to a treaty that the rulebook does not hold (another state's accession protocol, an amendment, an
    # implementing agreement) is named, not the treaty: no claim about the treaty.
    (
        "another-states-accession-protocol-signed",  # trtworld.com, 2024-01-23 (read as Turkey signing the NAT)
        "2024-01-23",
        "In October 2023, Turkish President Recep Tayyip Erdogan signed Sweden's NATO accession protocol and "
        "submitted it to parliament.",
        [],
    ),
    (
        "a-protocol-titled-on-the-treaty-signed",  # tass.com, 2024-01-25 (read as Sweden signing the NAT)
        "2024-01-25",
        "Turkey has approved the protocol on Sweden's accession to NATO. \"It was deemed feasible to approve the "
        "‘Protocol on the Kingdom of Sweden’s Participation in the North Atlantic Treaty,’ signed in Brussels on "
        'July 5, 2022."',
        [],
    ),
    (
        "the-protocol-on-an-accession-ratified",
        "2024-02-27",
        "Hungary ratified the protocol on Sweden's accession to NATO on 26 February 2024.",
        [],
    ),
    (
        "an-accession-protocol-paraphrase",
        "2023-03-31",
        "Erdogan signed Finland's accession protocol to NATO in March 2023.",
        [],
    ),
    (
        "an-amendment-to-a-protocol",
        "2020-01-01",
        "The Kigali Amendment to the Montreal Protocol entered into force on 1 January 2019.",
        [],
    ),
    (
        "an-agreement-under-a-convention",  # econews.com.au, 2025-09-19 (read as UNCLOS's rule)
        "2025-09-19",
        "Formally known as the Agreement under the United Nations Convention on the Law of the Sea on the "
        "Conservation and Sustainable Use of Marine Biological Diversity of Areas Beyond National Jurisdiction (or "
        "BBNJ Agreement), the Treaty will become legally effective 120 days from today.",
        [],
    ),
    (
        "joining-the-treaty-stays",
        "2024-03-08",
        "Sweden joined NATO on 7 March 2024.",
        [("joined", "north-atlantic-treaty", "SWE", "2024-03-07")],
    ),
    (
        "a-protocol-of-its-own-stays",
        "2005-02-17",
        "The Kyoto Protocol, signed in 1997, entered into force in 2005.",
        [("signed", "kyoto-protocol", None, "1997"), ("entry_into_force", "kyoto-protocol", None, "2005")],
    ),
    (
        "the-convention-ratified-stays",
        "1997-03-13",
        "Russia ratified the UN Convention on the Law of the Sea in 1997.",
        [("ratified", "unclos", "RUS", "1997")],
    ),
    # Members of a parliament are no parties; the tally is the voting parliament's, not that of the state whose
    # membership it votes on.
    (
        "members-of-parliament-voting-on-anothers-membership",  # i24news.tv, 2024-01-23 (346 parties; Sweden's)
        "2024-01-23",
        "The Turkish parliament has voted to approve Sweden's NATO membership bid. Of the 346 members of parliament "
        "who cast their votes, 287 were in favor of Sweden's NATO membership, while 55 voted against it.",
        [("vote_tally", "north-atlantic-treaty", "TUR", "287-55")],
    ),
    (
        "a-parliaments-vote-on-anothers-accession",
        "2024-02-26",
        "Hungary's parliament voted 188 to 6 to ratify Finland's NATO accession. All 199 members of the National "
        "Assembly were present.",
        [("vote_tally", "north-atlantic-treaty", "HUN", "188-6")],
    ),
    (
        "a-parliaments-vote-on-its-own-exit-stays",
        "2025-04-16",
        "Latvia's Saeima voted 68-13 for Latvia's withdrawal from the Ottawa Convention.",
        [("vote_tally", "apmbc", "LVA", "68-13")],
    ),
    (
        "an-organisations-members-stay",
        "2024-01-01",
        "The UN has 193 members.",
        [("parties_count", "un-charter", None, "193")],
    ),
    # An organisation acting ('The EU joined') is no state; those that followed the first are no party count.
    (
        "an-organisation-joins-and-others-followed",  # global.espreso.tv, 2023-06-28 (Turkey joining in 2017; 36)
        "2023-06-28",
        "On March 12, 2012, Turkey was the first country to ratify the Istanbul Convention, followed by 36 countries "
        "from 2013 to 2022. The EU joined the Istanbul Convention back in 2017, but was unable to ratify it due to the "
        "refusal of some member states.",
        [("ratified", "istanbul-convention", "TUR", "2012-03-12")],
    ),
    (
        "those-that-followed-paraphrase",
        "2023-06-28",
        "Albania was the first state to ratify the Council of Europe Convention on Action against Trafficking in Human "
        "Beings, followed by 20 countries in the next years.",
        [("ratified", "council-europe-convention-action-against-trafficking-human", "ALB", "true")],
    ),
    (
        "a-state-by-the-country-stays",
        "2023-06-28",
        "Turkey ratified the Istanbul Convention in 2012. The country left it in 2021.",
        [("ratified", "istanbul-convention", "TUR", "2012"), ("withdrew", "istanbul-convention", "TUR", "2021")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_precision_shape(finder: ClaimFinder, published: str, text: str, expected: list[Row]) -> None:
    assert read(finder, text, published) == expected
