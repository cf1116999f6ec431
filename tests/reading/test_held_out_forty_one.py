"""Constructions of the forty-first held-out batch (exits told by wire services and non-Western outlets), each pinned
by the article's sentence and paraphrases of our own, with look-alikes:

- a body's name with a serial comma ('the United Nations Educational, Scientific, and Cultural Organization', Radio
  Cadena Agramonte carrying Prensa Latina, 2021) is the name without it: UNESCO's Constitution, not the UN Charter
  its first two words name (app/reading/names.py `_serial_comma`);
- a treaty that 'expires in' a State ('Istanbul Convention to expire in Turkey on July 1', Daily Sabah, 2021) is that
  State's exit taking effect, as 'expires ... for Turkey' was; and 'the expiry date of the Istanbul Convention ... was
  determined to be July 1, 2021' names its day (effective_named.py), not for a treaty that ended by its own term
  (New START: rule files' `terminated`);
- a status lost from a day: 'Russia will lose status of party to ECHR from September 16', 'will cease to be one of the
  participants in the European Convention' (The Frontier Post carrying TASS, 2022): the exit's effect (ECHR Art.
  58(3));
- notices told as 'initiated actions to leave the WHO in 2020' (KPL carrying Prensa Latina, 2025; read as an effect
  before) and a headline's 'US kicks off withdrawal from Paris Agreement' (VietNamNet carrying Xinhua, 2019);
- 'The process for the Philippines' formal withdrawal from the ICC has begun' (Manila Bulletin, 2018) tells no exit
  done (the process is what the noun phrase is about, as 'the law on Latvia's withdrawal');
- 'four years after the deal came into effect on Nov. 4, 2016' (World Bulletins, 2020) dates the entry into force by
  its own day (it was moved back four years to 2012);
- no notice period from an aside or a deed's timing: 'coincidentally a day after US elections', 'The United Nations
  received the formal notice two days later' (The Indian Awaaz, 2026);
- 'X-raying the existential threat of Mali, Niger, Burkina Faso exit' (News Diary Online, 2025): 'exit' after a list of
  States a preposition governs is the noun, not a headline's verb;
- 'no member state can withdraw from the ECOWAS “with Immediate Effect”' (Newstide247, 2024): the rule that an exit
  never takes effect at once (ECOWAS Art. 91(1)), as 'Withdrawals cannot take effect immediately' was;
- 'left several entities of the multilateral organization' (Radio Cadena Agramonte, 2021): an exit from bodies left
  unnamed and uncounted, no exit from the treaty last named (withdrawn_things.py `left_unnamed_bodies`);
- a notice 'of its withdrawal from the organization' after 'Council of Europe Secretary General' (The Frontier Post
  carrying TASS, 2022), or 'from the Council of Europe', is of the Council's Statute (expulsions.organisation_noticed),
  not of the European Convention on Human Rights named after it as an intention;
- 'its initial entry into force in 1999' is the treaty's own, as 'its entry into force in 1999' (Trend's sentence,
  after an accession by Estonia, is still not read: left).
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "unesco-serial-comma-in-a-list",  # Radio Cadena Agramonte (Prensa Latina), 21 January 2021
        "2021-01-21",
        "Under his tenure, the United States left the WHO, withdrew from the United Nations Educational, Scientific, and Cultural Organization (UNESCO), and left the UN Human Rights Council.",
        [("withdrew", "who-constitution", "USA", "true"), ("withdrew", "unesco-constitution", "USA", "true")],
    ),
    (
        "unesco-serial-comma-dated",  # our words
        "2021-01-21",
        "In 2018 the United States withdrew from the United Nations Educational, Scientific, and Cultural Organization.",
        [("withdrew", "unesco-constitution", "USA", "2018")],
    ),
    (
        "unesco-without-serial-comma",  # our words
        "2021-01-21",
        "In 2018 the United States withdrew from the United Nations Educational, Scientific and Cultural Organization.",
        [("withdrew", "unesco-constitution", "USA", "2018")],
    ),
    (
        "ottawa-full-name-serial-comma",  # our words
        "2025-06-28",
        "Estonia withdrew from the Convention on the Prohibition of the Use, Stockpiling, Production, and Transfer of Anti-Personnel Mines and on their Destruction on 27 December 2025.",
        [("withdrew", "apmbc", "EST", "2025-12-27")],
    ),
    (
        "expire-in-turkey-headline",  # Daily Sabah, 30 April 2021
        "2021-04-30",
        "Istanbul Convention to expire in Turkey on July 1",
        [("effective_date", "istanbul-convention", "TUR", "2021-07-01")],
    ),
    (
        "will-expire-in-turkey",  # our words
        "2021-04-30",
        "The Istanbul Convention will expire in Turkey on July 1.",
        [("effective_date", "istanbul-convention", "TUR", "2021-07-01")],
    ),
    (
        "will-expire-for-turkey",  # our words
        "2021-04-30",
        "The Istanbul Convention will expire for Turkey on July 1.",
        [("effective_date", "istanbul-convention", "TUR", "2021-07-01")],
    ),
    # look-alikes: a treaty's own term ends (New START Art. XIV(2)), no State's exit
    (
        "new-start-expires-in-a-year",  # our words
        "2025-12-10",
        "New START will expire in February 2026.",
        [],
    ),
    (
        "new-start-expires-in-the-united-states-view",  # our words
        "2025-12-10",
        "New START expires in 2026 in the United States' view.",
        [],
    ),
    (
        "expiry-date-determined",  # Daily Sabah, 30 April 2021 (the decree annulling it told as the exit, as labelled)
        "2021-04-30",
        "According to the decree signed by President Recep Tayyip Erdoğan, the expiry date of the Istanbul Convention, which was annulled with a decree on March 19, was determined to be July 1, 2021.",
        [
            ("withdrew", "istanbul-convention", "TUR", "2021-03-19"),
            ("effective_date", "istanbul-convention", "TUR", "2021-07-01"),
        ],
    ),
    (
        "expiry-date-for-turkey-is",  # our words
        "2021-04-30",
        "The expiry date of the Istanbul Convention for Turkey is July 1, 2021.",
        [("effective_date", "istanbul-convention", "TUR", "2021-07-01")],
    ),
    # look-alike: the expiry date of a treaty that ended by its own term
    (
        "new-start-expiry-date",  # our words
        "2025-12-10",
        "The expiry date of New START is February 5, 2026, Russia said.",
        [],
    ),
    (
        "lose-status-of-party-headline",  # The Frontier Post (TASS), 23 March 2022
        "2022-03-23",
        "Russia will lose status of party to ECHR from September 16",
        [("effective_date", "echr", "RUS", "2022-09-16")],
    ),
    (
        "lose-its-status-as-a-party",  # our words
        "2022-03-23",
        "Russia will lose its status as a party to the European Convention on Human Rights on September 16.",
        [("effective_date", "echr", "RUS", "2022-09-16")],
    ),
    (
        "cease-to-be-one-of-the-participants",  # The Frontier Post (TASS), 23 March 2022
        "2022-03-23",
        "Russia from September 16 will cease to be one of the participants in the European Convention on Human Rights.",
        [("effective_date", "echr", "RUS", "2022-09-16")],
    ),
    (
        "cease-to-be-a-participant",  # our words
        "2022-03-23",
        "Russia will cease to be a participant in the European Convention on Human Rights on September 16.",
        [("effective_date", "echr", "RUS", "2022-09-16")],
    ),
    # look-alike: a status that is no party's
    (
        "lose-status-of-observer",  # our words
        "2022-03-23",
        "Russia will lose its status as an observer at the Council on March 16.",
        [],
    ),
    (
        "initiated-actions-to-leave",  # KPL (Prensa Latina), 22 January 2025
        "2025-01-22",
        "President Donald Trump initiated actions to leave the WHO in 2020, during his first term, but the Joe Biden administration reversed the attempt.",
        [("notification_date", "who-constitution", "USA", "2020")],
    ),
    (
        "started-steps-to-leave",  # our words
        "2025-01-22",
        "The United States took the first steps and initiated moves to leave the WHO in July 2020.",
        [("notification_date", "who-constitution", "USA", "2020-07")],
    ),
    # look-alike: actions still to come (an intent)
    (
        "will-initiate-actions",  # our words
        "2025-01-22",
        "The government will initiate actions to leave the WHO.",
        [],
    ),
    (
        "kicks-off-withdrawal-headline",  # VietNamNet (Xinhua), 5 November 2019
        "2019-11-05",
        "US kicks off withdrawal from Paris Agreement",
        [("notification_date", "paris-agreement", "USA", "0001-01-01/2019-11-05")],
    ),
    (
        "kicked-off-its-withdrawal",  # our words
        "2019-11-05",
        "On Monday the United States kicked off its withdrawal from the Paris Agreement.",
        [("notification_date", "paris-agreement", "USA", "2019-11-04")],
    ),
    (
        "process-for-withdrawal-has-begun",  # Manila Bulletin, 17 March 2018
        "2018-03-17",
        "The process for the Philippines’ formal withdrawal from the International Criminal Court (ICC) has begun.",
        [],
    ),
    # look-alike: the exit itself, dated
    (
        "philippines-formal-withdrawal",  # our words
        "2019-03-18",
        "The Philippines’ formal withdrawal from the International Criminal Court took effect on Sunday.",
        [("effective_date", "rome-statute", "PHL", "2019-03-17")],
    ),
    (
        "entry-into-force-dated-after-four-years",  # World Bulletins, 4 November 2020
        "2020-11-04",
        "The US on Wednesday officially exited the Paris Agreement. The UN regulations require withdrawal decisions to become official four years after the deal came into effect on Nov. 4, 2016 -- coincidentally a day after the 2020 US elections.",
        [
            ("withdrew", "paris-agreement", "USA", "2020-11-04"),
            ("entry_into_force", "paris-agreement", None, "2016-11-04"),
            ("rule", "paris-agreement", None, "P4Y after the deal came into effect on nov. 4"),
        ],
    ),
    # look-alike: 'N years after it went into effect' with no day of its own dates the clause's day
    (
        "three-years-after-it-went-into-effect",  # our words
        "2019-11-04",
        "On Monday, three years after the Paris accord went into effect, the US notified its withdrawal.",
        [
            ("entry_into_force", "paris-agreement", None, "2016"),
            ("notification_date", "paris-agreement", "USA", "0001-01-01/2019-11-04"),
        ],
    ),
    (
        "coincidentally-a-day-after",  # World Bulletins, 4 November 2020
        "2020-11-04",
        "The US officially exited the Paris Agreement on Wednesday. UN rules require withdrawal to take effect 4 years after deal came into effect, coincidentally a day after US elections.",
        [
            ("withdrew", "paris-agreement", "USA", "2020-11-04"),
            ("rule", "paris-agreement", None, "P4Y after deal came into effect"),
        ],
    ),
    # look-alike: a period that is the rule's
    (
        "one-year-after-notice",  # our words
        "2020-11-04",
        "The US officially exited the Paris Agreement on Wednesday. The withdrawal took effect a year after the notice.",
        [
            ("withdrew", "paris-agreement", "USA", "2020-11-04"),
            ("rule", "paris-agreement", None, "P1Y after the notice"),
        ],
    ),
    (
        "notice-received-two-days-later",  # The Indian Awaaz, 25 January 2026
        "2026-01-25",
        "Earlier, US President Donald Trump had signed an executive order to withdraw the country from the WHO. The United Nations received the formal notice two days later.",
        [("notification_date", "who-constitution", "USA", "0001-01-01/2026-01-25")],
    ),
    # look-alike: 'N later' after an effect word is the rule's period
    (
        "takes-effect-two-days-later",  # our words
        "2026-01-25",
        "The US notified the WHO of its withdrawal. The withdrawal takes effect one year later.",
        [
            ("notification_date", "who-constitution", "USA", "0001-01-01/2026-01-25"),
            ("rule", "who-constitution", None, "P1Y after notified the who of its withdrawal"),
        ],
    ),
    (
        "threat-of-listed-exit",  # News Diary Online, 6 January 2025
        "2025-01-06",
        "ECOWAS: X-raying the existential threat of Mali, Niger, Burkina Faso exit",
        [],
    ),
    # look-alikes: states listed before 'exit' as its subject
    (
        "after-mali-and-niger-exit",  # our words
        "2025-01-06",
        "Trade slows after Mali and Niger exit, ECOWAS says.",
        [],
    ),
    (
        "listed-states-exit-headline",  # our words
        "2025-01-29",
        "Mali, Niger, Burkina Faso exit ECOWAS",
        [
            ("withdrew", "ecowas-treaty", "MLI", "true"),
            ("withdrew", "ecowas-treaty", "NER", "true"),
            ("withdrew", "ecowas-treaty", "BFA", "true"),
        ],
    ),
    (
        "as-listed-states-exit",  # our words
        "2025-01-29",
        "Leaders meet as Mali, Niger and Burkina Faso exit ECOWAS",
        [
            ("withdrew", "ecowas-treaty", "MLI", "true"),
            ("withdrew", "ecowas-treaty", "NER", "true"),
            ("withdrew", "ecowas-treaty", "BFA", "true"),
        ],
    ),
    (
        "no-member-state-can-withdraw-with-immediate-effect",  # Newstide247, 29 January 2024
        "2024-01-29",
        "Despite the reported withdrawal of the three countries, they run the risk of violating Article 91 of the ECOWAS"
        " Revised Treaty, which stipulates that no member state can withdraw from the ECOWAS “with Immediate Effect”.",
        [("rule", "ecowas-treaty", None, "no immediate effect")],
    ),
    (
        "no-party-may-withdraw-with-immediate-effect",  # our words
        "2024-01-29",
        "Under Article 91 of the ECOWAS Revised Treaty, no member state may withdraw from ECOWAS with immediate effect.",
        [("rule", "ecowas-treaty", None, "no immediate effect")],
    ),
    # look-alike: a withdrawal announced 'with immediate effect' is the States' own claim, no rule
    (
        "announced-withdrawal-with-immediate-effect",  # our words
        "2024-01-29",
        "Mali, Burkina Faso and Niger said they would withdraw from ECOWAS with immediate effect.",
        [],
    ),
    (
        "left-several-entities",  # Radio Cadena Agramonte (Prensa Latina), 21 January 2021
        "2021-01-21",
        "Guterres welcomed the new declared commitment of the United States to the WHO. Since coming to power in 2017,"
        " Trump has not ceased in his attacks against the United Nations and its agencies, in fact, he cut funding for"
        " many of them abruptly and left several entities of the multilateral organization.",
        [],
    ),
    (
        "quit-a-number-of-agencies",  # our words
        "2020-01-21",
        "The United States left the WHO. It also quit a number of agencies of the UN in 2019.",
        [("withdrew", "who-constitution", "USA", "true")],
    ),
    # look-alike: a body named after 'left'
    (
        "left-unesco-in-2018",  # our words
        "2019-01-21",
        "The United States left UNESCO in 2018.",
        [("withdrew", "unesco-constitution", "USA", "2018")],
    ),
    (
        "its-initial-entry-into-force",  # our words, after Trend's 'its initial entry into force in 1999' (2025)
        "2025-06-28",
        "The Ottawa Convention was signed in 1997, two years before its initial entry into force in 1999.",
        [("signed", "apmbc", None, "1997"), ("entry_into_force", "apmbc", None, "1999")],
    ),
    (
        "its-entry-into-force",  # look-alike: the same without the adjective
        "2025-06-28",
        "The Ottawa Convention was signed in 1997, two years before its entry into force in 1999.",
        [("signed", "apmbc", None, "1997"), ("entry_into_force", "apmbc", None, "1999")],
    ),
    (
        "notified-coe-secretary-general-of-withdrawal-from-the-organization",  # The Frontier Post (TASS), 2022
        "2022-03-23",
        "On March 16, the Committee of Ministers of the Council of Europe decided to terminate Russia’s powers in the"
        " organization. On Tuesday, the Russian government notified Council of Europe Secretary General Maria"
        " Pejcinovic-Buric of its withdrawal from the organization and its intention to denounce the European"
        " Convention on Human Rights.",
        [("notification_date", "coe-statute", "RUS", "2022-03-22")],
    ),
    (
        "notified-of-withdrawal-from-the-council-of-europe",  # our words
        "2022-03-23",
        "On March 15, Russia notified the Secretary General of its withdrawal from the Council of Europe and its"
        " intention to denounce the European Convention on Human Rights.",
        [("notification_date", "coe-statute", "RUS", "2022-03-15")],
    ),
    # look-alikes: a treaty named as what is left, or the organisation as its owner
    (
        "notified-the-council-of-europe-of-withdrawal-from-istanbul",  # our words
        "2022-03-23",
        "On March 15, Turkey notified the Council of Europe of its withdrawal from the Istanbul Convention.",
        [("notification_date", "istanbul-convention", "TUR", "2022-03-15")],
    ),
    (
        "withdrawal-from-the-organizations-convention",  # our words
        "2022-03-23",
        "On March 15, Turkey notified the Council of Europe Secretary General of its withdrawal from the organization's"
        " Istanbul Convention.",
        [("notification_date", "istanbul-convention", "TUR", "2022-03-15")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_forty_one_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
