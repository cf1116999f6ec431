"""Precision on unseen text (issue 14; h-prec, session 20): the general shapes behind the corpus's spurious reports,
each pinned with the article's sentence, paraphrases of our own, and look-alikes that ARE claims and must still give
them.

- a possibility weighed, not a deed: 'does not rule out leaving' (Trend, 2 July 2020) said no exit;
- one of two alternatives: 'have either withdrawn or announced intentions to leave' (Webangah, 29 June 2025) said an
  exit of each state;
- states named as the agents of another deed ('negotiations led by the Presidents of Senegal and Togo', Afripost, 15
  December 2024) or as the holder of an organisation's chair ('the Belgian presidency', EU Reporter, 27 June 2024)
  were read as the states withdrawing or notifying;
- counts of the states that adopted a text ('adopted ... by 195 countries', IANS, 3 November 2016) or whose assent a
  step needs ('unanimous approval from all the remaining 27 EU member states', Daily Mail, 20 March 2017) read as
  party counts;
- 'joined the ICC by signing the Rome Statute in 1999 and ratifying it in 2001' (RT, 20 May 2025) read as a joining in
  1999 (the joining is the ratification's, read on its own);
- 'Council of Europe treaties' (BEARR Trust, 16 February 2023) read as the Council's Statute;
- 'The US withdrawal from the Intermediate-Range Nuclear Forces (INF) Treaty took effect' (Janes, 2 August 2019)
  read as the treaty's own entry into force (the bracketed acronym broke the name);
- 'gave its approval to ratify the Paris agreement' (Xinhua, 3 October 2016) read as India's ratification last week;
- 'signed by 53 parties, including the European Union' (UrduPoint, 13 April 2023) counted for the TEU;
- 'a 90-day notice period since Pyongyang announced its intention to quit' (FT, 10 April 2003) read as a bare notice
  period (it is a rule with its event, the announcement: inconsistent);
- 'was ratified by the US Senate ..., coming into force on June 1, 1988' (The Sun, 2018) read as an entry into force
  for the United States (the passive's subject is the treaty: its own);
- 'Indeed, before Ecuador, Bolivia was the only country to have denounced the ICSID Convention' (IISD, 2009) read as
  Ecuador's notice; 'The Nuclear Non-Proliferation Treaty (NPT), which came into effect in 1970' (WION, 2025) read as
  Iran's exit taking effect (the bracketed acronym again).

Each case pins every claim the text gives as (kind, treaty, state, value), so a spurious claim fails as surely as a
lost one.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Row = tuple[str, str | None, str | None, str]

CASES: list[tuple[str, str, str, list[Row]]] = [
    # A possibility ruled out or not is no deed and no denial.
    (
        "does-not-rule-out-leaving",  # trend-2020-07-02
        "2020-07-02",
        "Turkey does not rule out leaving the Istanbul Convention, Deputy Chairman of Turkey's ruling Justice and "
        "Development Party (AKP) Numan Kurtulmus said.",
        [],
    ),
    (
        "has-not-ruled-out-the-possibility",
        "2023-05-01",
        "Hungary has not ruled out the possibility of withdrawing from the Rome Statute.",
        [],
    ),
    (
        "did-not-exclude-quitting",
        "2023-05-01",
        "The government did not exclude quitting the Energy Charter Treaty.",
        [],
    ),
    (
        "a-denied-exit-still-denies",  # look-alike: the denial is the exit's own
        "2021-07-02",
        "Turkey has not left the Istanbul Convention.",
        [("withdrew", "istanbul-convention", "TUR", "false")],
    ),
    # One of two alternatives tells neither of any one state.
    (
        "either-withdrawn-or-announced",  # webangah-2025-06-29
        "2025-06-29",
        "Ukraine had originally ratified the Ottawa Convention in 2005. Other Russian-border nations including "
        "Finland, Poland, and the three Baltic states (Estonia, latvia, Lithuania) have either withdrawn or announced "
        "intentions to leave this treaty.",
        [("ratified", "apmbc", "UKR", "2005")],
    ),
    (
        "either-withdrawn-from-or-said",
        "2025-08-01",
        "Lithuania and Poland have either withdrawn from the Ottawa Convention or said they would leave it.",
        [],
    ),
    (
        "an-exit-beside-an-alternative-still-told",  # look-alike: 'either' is another clause's
        "2025-08-01",
        "Lithuania has withdrawn from the Ottawa Convention, and Poland either will follow or will stay.",
        [("withdrew", "apmbc", "LTU", "true")],
    ),
    # States named as the agents of another deed, or as the holder of an organisation's chair, are not its actors.
    (
        "negotiations-led-by-the-presidents-of",  # afripost-2024-12-15
        "2024-12-15",
        "Mali, Burkina Faso and Niger have officially announced their decision to withdraw from ECOWAS. While the "
        "decision will take effect in January, ECOWAS has introduced a six-month transition period from January 29 "
        "to July 29, 2025, to allow ongoing negotiations led by the Presidents of Senegal and Togo.",
        [("effective_date", "ecowas-treaty", "NER", "2025-01")],
    ),
    (
        "talks-mediated-by",
        "2024-12-15",
        "The withdrawal of Mali, Burkina Faso and Niger from ECOWAS takes effect on January 29, 2025, after talks "
        "mediated by Senegal failed.",
        [
            ("effective_date", "ecowas-treaty", "MLI", "2025-01-29"),
            ("effective_date", "ecowas-treaty", "BFA", "2025-01-29"),
            ("effective_date", "ecowas-treaty", "NER", "2025-01-29"),
        ],
    ),
    (
        "the-mediators-as-actors-still-act",  # look-alike: the same states as the subject
        "2024-12-15",
        "Senegal and Togo left ECOWAS on 29 January 2025.",
        [("withdrew", "ecowas-treaty", "SEN", "2025-01-29"), ("withdrew", "ecowas-treaty", "TGO", "2025-01-29")],
    ),
    (
        "the-belgian-presidency-acts-for-the-union",  # eureporter-2024-06-27
        "2024-06-27",
        "The President of the Council, as represented by the Belgian presidency and acting on behalf of the Union, "
        "gave written notification to the depositary of the Energy Charter Treaty of the withdrawal of the Union from "
        "the Treaty.",
        [],
    ),
    (
        "belgium-notifying-for-itself",  # look-alike
        "2024-06-27",
        "Belgium gave written notification to the depositary of the Energy Charter Treaty of its withdrawal on 27 "
        "June 2024.",
        [("notification_date", "ect", "BEL", "2024-06-27")],
    ),
    # Counts of those who adopted a text or whose assent a step needs are not party counts.
    (
        "unanimous-approval-from-the-remaining-27",  # dailymail-2017-03-20
        "2017-03-20",
        "The two-year timeframe set out by EU treaties can only be extended with unanimous approval from all the "
        "remaining 27 EU member states.",
        [("notice_period", "teu", None, "P2Y")],  # no count; 'The two-year timeframe' labelled (h-b55, session 21)
    ),
    (
        "adopted-by-195-countries",  # ians-2016-11-03
        "2016-11-03",
        "The Paris Agreement to fight climate change will enter into force Friday, barely 11 months after it was "
        "adopted in Paris in December last year by 195 countries and the European Union.",
        [("entry_into_force", "paris-agreement", None, "2016-11-04")],
    ),
    (
        "adopted-then-ratified-by-92-counts",  # look-alike: the consent after the adoption is the count
        "2016-11-03",
        "The Paris Agreement, adopted in December 2015, has been ratified by 92 countries.",
        [("parties_count", "paris-agreement", None, "92 ratifications")],
    ),
    (
        "adopted-and-since-ratified-by-92-counts",
        "2016-11-03",
        "The Paris Agreement was adopted in 2015 and has since been ratified by 92 countries.",
        [("parties_count", "paris-agreement", None, "92 ratifications")],
    ),
    # A joining told by the signature and the ratification that made it: each act with its own date.
    (
        "joined-by-signing-and-ratifying",  # rt-2025-05-20
        "2025-05-20",
        "Hungary joined the ICC by signing the Rome Statute in 1999 and ratifying it in 2001.",
        [("ratified", "rome-statute", "HUN", "2001"), ("signed", "rome-statute", "HUN", "1999")],
    ),
    (
        "joined-by-signing-alone-still-joins",  # look-alike (signing.py): the signature made the joining
        "2025-05-20",
        "The United States joined the WHO by signing its Constitution in 1948.",
        [("joined", "who-constitution", "USA", "1948"), ("signed", "who-constitution", "USA", "1948")],
    ),
    # An organisation's treaties in the plural are instruments made under it, not its constitution.
    ("council-of-europe-treaties", "2023-02-16", "Russia ends participation in Council of Europe treaties", []),
    (
        "leaving-the-council-itself",  # look-alike
        "2022-03-16",
        "Russia left the Council of Europe on 16 March 2022.",
        [("withdrew", "coe-statute", "RUS", "2022-03-16")],
    ),
    # A bracketed acronym inside a treaty's name: the withdrawal from it takes effect, not the treaty.
    (
        "withdrawal-from-the-inf-treaty-took-effect",  # janes-2019-08-02
        "2019-08-02",
        "The US withdrawal from the Intermediate-Range Nuclear Forces (INF) Treaty took effect on 2 August.",
        [("effective_date", "inf-treaty", "USA", "2019-08-02")],
    ),
    (
        "the-inf-treaty-itself-entered-into-force",  # look-alike
        "2019-08-02",
        "The Intermediate-Range Nuclear Forces (INF) Treaty entered into force on 1 June 1988.",
        [("entry_into_force", "inf-treaty", None, "1988-06-01")],
    ),
    # A cabinet's approval to ratify is a decision, the ratification still to come.
    (
        "gave-its-approval-to-ratify",  # xinhua-2016-10-03
        "2016-10-03",
        "Last week Indian government headed by Narendra Modi gave its approval to ratify the Paris agreement.",
        [],
    ),
    (
        "ratified-after-the-approval-still-ratifies",  # look-alike
        "2016-10-03",
        "India became the 62nd country to ratify the Paris Agreement.",
        [
            ("ratified", "paris-agreement", "IND", "true"),
            ("parties_count", "paris-agreement", None, "62 ratifications"),
        ],
    ),
    # An organisation counted among a treaty's signers is not the treaty counted.
    (
        "signed-by-53-parties-including-the-eu",  # urdupoint-2023-04-13
        "2023-04-13",
        "Denmark will withdraw from the Energy Charter Treaty. It was signed by 53 parties, including the European "
        "Union and Euroatom.",
        [("parties_count", "ect", None, "53 signatories")],
    ),
    (
        "the-eu-counted-itself",  # look-alike: the Union's own members
        "2021-02-01",
        "The European Union has 27 member states.",
        [("parties_count", "teu", None, "27")],
    ),
    # A period named as the notice or waiting period and counted 'since' an event is a rule with its event.
    (
        "notice-period-since-an-announcement",  # ft-2003-04-10
        "2003-04-10",
        "North Korea's withdrawal from the nuclear Non-Proliferation Treaty became effective today. The withdrawal, "
        "which followed a 90-day notice period since Pyongyang announced its intention to quit in January, dealt a "
        "blow to the 187-nation arms-control pact.",
        [
            ("effective_date", "npt", "PRK", "2003-04-10"),
            ("parties_count", "npt", None, "187"),
            ("rule", "npt", None, "P90D since pyongyang announced its intention to quit in january"),
        ],
    ),
    (
        "a-bare-notice-period-stays-one",  # look-alike
        "2025-06-01",
        "Lithuania withdrew from the Ottawa Convention. It has a six-month notice period.",
        [("withdrew", "apmbc", "LTU", "true"), ("notice_period", "apmbc", None, "P6M")],
    ),
    # A treaty ratified by a State in the passive, then in force: the treaty's own entry into force.
    (
        "ratified-by-the-senate-coming-into-force",  # thesun-2018-10-21
        "2018-10-21",
        "The INF Treaty was signed in Washington DC on December 8, 1987. The treaty was ratified by the US Senate on "
        "May 27, 1988, coming into force on June 1, 1988.",
        [
            ("signed", "inf-treaty", None, "1987-12-08"),
            ("ratified", "inf-treaty", "USA", "1988-05-27"),
            ("entry_into_force", "inf-treaty", None, "1988-06-01"),
        ],
    ),
    (
        "ratified-by-the-uk-and-entered-into-force",  # obiterj-2015-06-06
        "2015-06-06",
        "The European Convention was adopted by the Council in 1950, ratified by the UK in 1951 and entered into force "
        "on 3rd September 1953.",
        [("ratified", "echr", "GBR", "1951"), ("entry_into_force", "echr", None, "1953-09-03")],
    ),
    (
        "the-state-ratified-and-it-entered-into-force-for-it",  # look-alike: the State the subject
        "2022-08-03",
        "The Philippines ratified the Rome Statute in August 2011 and it entered into force from November 2011.",
        [("ratified", "rome-statute", "PHL", "2011-08"), ("entry_into_force", "rome-statute", "PHL", "2011-11")],
    ),
    # A state fronted by 'before' / 'after' and a comma places the deed in time; it is not the actor.
    (
        "before-ecuador-bolivia-was-the-only-one",  # iisd-2009-09-02
        "2009-09-02",
        "Ecuador denounced the ICSID Convention in July 2009. Indeed, before Ecuador, Bolivia was the only country to "
        "have denounced the ICSID Convention.",
        [
            ("notification_date", "icsid-convention", "ECU", "2009-07"),
            ("notification_date", "icsid-convention", "BOL", "0001-01-01/2009-09-02"),
        ],
    ),
    (
        "after-burundi-the-philippines-left",
        "2019-03-17",
        "After Burundi, the Philippines left the ICC on March 17, 2019.",
        [("withdrew", "rome-statute", "PHL", "2019-03-17")],
    ),
    (
        "the-second-country-after-bolivia-still-tells-bolivia",  # look-alike (crowell-2009-06-23): not fronted
        "2009-06-23",
        "Ecuador would be only the second country, after Bolivia, to withdraw from ICSID.",
        [("withdrew", "icsid-convention", "BOL", "true")],
    ),
    # A treaty named with its acronym in brackets, then 'which came into effect': its own entry into force.
    (
        "the-npt-bracketed-which-came-into-effect",  # wionews-2025-06-17
        "2025-06-17",
        "Iran's parliament is considering leaving the NPT. The Nuclear Non-Proliferation Treaty (NPT), which came "
        "into effect in 1970, was established to prevent the spread of nuclear weapons.",
        [("entry_into_force", "npt", None, "1970")],
    ),
    # The treaty whose parties sign another is the signers' group, not the treaty signed.
    (
        "signed-by-194-parties-to-the-unfccc",  # ians-2017-03-14
        "2017-03-14",
        "Philippines Senate ratifies Paris climate agreement\n\nThe Philippines Senate on Tuesday ratified the Paris "
        "global climate agreement. The pact is the first ever legally binding global agreement signed by 194 parties "
        "to the UN Framework Convention on Climate Change in December.",
        [
            ("ratified", "paris-agreement", "PHL", "0001-01-01/2017-03-14"),
            ("ratified", "paris-agreement", "PHL", "2017-03-14"),
            ("signed", "paris-agreement", None, "2016-12"),
            ("parties_count", "paris-agreement", None, "194 signatories"),
        ],
    ),
    (
        "the-unfccc-counting-its-own-parties",  # look-alike
        "2017-03-14",
        "The UNFCCC has 197 parties to the convention.",
        [("parties_count", "unfccc", None, "197")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_precision_shape(finder: ClaimFinder, published: str, text: str, expected: list[Row]) -> None:
    assert read(finder, text, published) == expected
