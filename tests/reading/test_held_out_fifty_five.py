"""Constructions of the fifty-fifth held-out batch (straight news and wire copy of 2017-2026 on exits and notices from
publishers the corpus held little of), each pinned by the article's sentence and paraphrases of our own, with
look-alikes that must claim nothing:

- a headline's bare noun after 'exit' refers to the organisation named before it, as 'from treaty' or 'quit pact'
  do ('ECOWAS says Mali, B/Faso, Niger officially exit bloc today', News Diary Online, 29 January 2025;
  words.py `determined`), and the Nigerian press's short form of Burkina Faso ('B/Faso', 'B' Faso') is the State
  (names.py `_COMMON_SHORT_NAMES`);
- 'a two-year timetable' (or timeline, timeframe) is a period like 'a two-year process' ('Article 50 lays out a
  two-year timetable for uncoupling from the EU', R Doyle, 29 March 2017; periods.py `_PERIOD_NOUNS`);
- a paper whose noun closes the object signed, the treaty's name among its modifiers, is what was signed, not the
  treaty ('British PM signs Article 50 notification letter to EU leader', China Daily, 29 March 2017; ratification.py
  `_paper_headed_object`);
- 'began the process of pulling the United States out of WHO' is the notice begun, as 'the process of withdrawing'
  (The Telegraph India/PTI, 5 February 2025; pipeline NOTIFY), dated by 'his first day back in office';
- a copula before 'out of' is a status like 'no longer a party': 'The Philippines was officially out of the
  International Criminal Court (ICC) on Sunday' (The ASEAN Post/AFP, 17 March 2019) gives the exit's day, the report's
  own (exits.py `_out_of_as_status`); a day before the report stays the exit done;
- a British prime minister as the State in office (world/leaders/heads.yaml: Theresa May, 13 July 2016 to 24 July
  2019; 'Mrs May' among her names): 'Theresa May triggers Article 50'; 'May' alone stays the month, so R Doyle's
  headline 'Brexit Is Go As May Triggers Article 50' is left;
- the depositary informing the States of a notice passes it on; it is not the State's notice ('"The
  Secretary-General...informed all concerned states that the withdrawal will take effect for the Philippines on 17
  March,"', The ASEAN Post/AFP, 17 March 2019; circulated.py): the effect it tells stays read;
- an organisation's name heading another instrument's title names that instrument, not the organisation's founding
  treaty: 'the Council of Europe Agreement on the Prevention of and Combating Violence Against Women and Domestic
  Violence' (iEconomy, 20 March 2021) is the Istanbul Convention (the one rule file whose names hold a stem of each
  word), 'the WHO Framework Convention on Tobacco Control' no treaty of the rulebook (organisation_titles.py).
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "headline-exit-bare-bloc",  # News Diary Online, 29 January 2025
        "2025-01-29",
        "ECOWAS says Mali, B/Faso, Niger officially exit bloc today",
        [
            ("withdrew", "ecowas-treaty", "MLI", "2025-01-29"),
            ("withdrew", "ecowas-treaty", "BFA", "2025-01-29"),
            ("withdrew", "ecowas-treaty", "NER", "2025-01-29"),
        ],
    ),
    (
        "headline-exit-bare-bloc-full-names",  # our words
        "2025-01-29",
        "ECOWAS: Burkina Faso and Niger exit bloc",
        [("withdrew", "ecowas-treaty", "BFA", "true"), ("withdrew", "ecowas-treaty", "NER", "true")],
    ),
    (
        "punch-short-form",  # our words, in Punch's spelling ('Mali, B' Faso, Niger yet to exit formally')
        "2025-01-29",
        "Mali, B' Faso, Niger officially exit ECOWAS",
        [
            ("withdrew", "ecowas-treaty", "MLI", "true"),
            ("withdrew", "ecowas-treaty", "BFA", "true"),
            ("withdrew", "ecowas-treaty", "NER", "true"),
        ],
    ),
    (
        "exit-bloc-other-sense",  # look-alike: no organisation named before 'bloc'
        "2025-01-29",
        "Voters exit bloc parties in droves.",
        [],
    ),
    (
        "a-slash-is-no-state",  # look-alike: 'B/' before another word
        "2025-01-29",
        "Plan B/Faso talks ended on Monday.",
        [],
    ),
    (
        "two-year-timetable",  # R Doyle, 29 March 2017
        "2017-03-29",
        "Although Article 50 lays out a two-year timetable for uncoupling from the EU, there is no going back once the "
        "article is triggered.",
        [("notice_period", "teu", None, "P2Y")],
    ),
    (
        "two-year-timeline",  # our words
        "2017-03-29",
        "Article 50 sets a two-year timeline for leaving the EU.",
        [("notice_period", "teu", None, "P2Y")],
    ),
    (
        "signs-a-letter-named-for-the-treaty",  # China Daily, 29 March 2017
        "2017-03-29",
        "British PM signs Article 50 notification letter to EU leader",
        [],
    ),
    (
        "signs-a-withdrawal-bill",  # our words
        "2024-04-26",
        "The president signed the ICC withdrawal bill on Friday.",
        [],
    ),
    (
        "signs-the-treaty-itself",  # look-alike: the treaty signed, a preposition after its name
        "2008-12-03",
        "Norway signed the Convention on Cluster Munitions in Oslo on 3 December 2008.",
        [("signed", "ccm", "NOR", "2008-12-03")],
    ),
    (
        "process-of-pulling-out",  # The Telegraph India (PTI/AP), 5 February 2025
        "2025-02-05",
        "Milei's action echoes that of his ally, US President Donald Trump, who began the process of pulling the United "
        "States out of WHO with an executive order on his first day back in office on January 21.",
        [("notification_date", "who-constitution", "USA", "2025-01-20")],
    ),
    (
        "process-of-pulling-out-dated",  # our words
        "2025-02-05",
        "Trump began the process of pulling the United States out of the WHO on January 22.",
        [("notification_date", "who-constitution", "USA", "2025-01-22")],
    ),
    (
        "process-of-pulling-out-to-come",  # look-alike: the process not begun
        "2025-02-05",
        "The process of pulling the United States out of WHO will take a year.",
        [],
    ),
    (
        "out-of-on-the-report-day",  # The ASEAN Post (AFP), 17 March 2019
        "2019-03-17",
        "The Philippines was officially out of the International Criminal Court (ICC) on Sunday, though the "
        "beleaguered tribunal has pledged to pursue its examination.",
        [("effective_date", "rome-statute", "PHL", "2019-03-17")],
    ),
    (
        "out-of-as-of-the-report-day",  # our words
        "2019-03-17",
        "The Philippines is officially out of the International Criminal Court as of today.",
        [("effective_date", "rome-statute", "PHL", "2019-03-17")],
    ),
    (
        "out-of-the-day-before",  # look-alike: a day before the report, the exit done
        "2020-11-05",
        "The US was officially out of the Paris Agreement on Wednesday.",
        [("withdrew", "paris-agreement", "USA", "2020-11-04")],
    ),
    (
        "prime-minister-triggers",  # our words, after R Doyle's headline
        "2017-03-29",
        "Theresa May triggers Article 50.",
        [("notification_date", "teu", "GBR", "0001-01-01/2017-03-29")],
    ),
    (
        "mrs-may-dated",  # our words
        "2017-03-29",
        "Mrs May triggered Article 50 on Wednesday.",
        [("notification_date", "teu", "GBR", "2017-03-29")],
    ),
    (
        "the-month-may",  # look-alike: the month
        "2017-03-29",
        "In May, Britain said it would leave.",
        [],
    ),
    (
        "depositary-informs-the-states",  # The ASEAN Post (AFP), 17 March 2019
        "2019-03-17",
        'Critics of the International Criminal Court welcomed the news. "The Secretary-General...informed all '
        'concerned states that the withdrawal will take effect for the Philippines on 17 March," UN spokesperson Eri '
        "Kaneko said on Friday.",
        [("effective_date", "rome-statute", "PHL", "2019-03-17")],
    ),
    (
        "a-state-informs-the-states",  # look-alike: a State's own notice to the other parties stays one
        "2021-06-19",
        "Russia notified all participating states of its decision to withdraw from the Open Skies Treaty on June 18.",
        [("notification_date", "open-skies", "RUS", "2021-06-18")],
    ),
    (
        "depositary-tells-of-the-notice",  # our words: the State's notice told inside the depositary's message
        "2018-03-20",
        "The Secretary-General informed all states that the Philippines had notified its withdrawal from the Rome "
        "Statute on 17 March.",
        [("notification_date", "rome-statute", "PHL", "2018-03-17")],
    ),
    (
        "organisation-heads-a-paraphrased-title",  # iEconomy, 20 March 2021
        "2021-03-20",
        "Turkey withdrew from the Council of Europe Agreement on the Prevention of and Combating Violence Against Women "
        "and Domestic Violence, also known as the ‘Istanbul Agreement’, with the Presidential decision numbered 3718 "
        "published in the Official Gazette.",
        [("withdrew", "istanbul-convention", "TUR", "true")],
    ),
    (
        "organisation-heads-a-shortened-title",  # our words
        "2021-03-20",
        "Turkey withdrew from the Council of Europe Convention on Preventing and Combating Violence Against Women.",
        [("withdrew", "istanbul-convention", "TUR", "true")],
    ),
    (
        "organisation-heads-an-unknown-title",  # look-alike: an instrument the rulebook does not hold
        "2021-03-20",
        "Ukraine withdrew from the WHO Framework Convention on Tobacco Control.",
        [],
    ),
    (
        "the-organisation-itself",  # look-alike: the organisation named alone stays its founding treaty
        "2022-03-16",
        "Russia was expelled from the Council of Europe on 16 March 2022.",
        [("withdrew", "coe-statute", "RUS", "2022-03-16")],
    ),
    (
        "timetable-of-talks",  # look-alike: a timetable with no period and no treaty
        "2017-03-29",
        "The EU published a timetable for the talks on Wednesday.",
        [],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_fifty_five_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
