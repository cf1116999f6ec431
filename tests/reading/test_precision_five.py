"""Precision on text nobody tuned on (issue 14), fifth audit (h-precision, session 13): 45 fresh articles about the
High Seas Treaty's ratifications, the WHO Pandemic Agreement, the NATO summit at The Hague, New START's expiry, COP30,
the ICJ's climate opinion, the Indus Waters Treaty held in abeyance, the Conservatives' ECHR pledge, and the exits of
the Baltic states (Ottawa), Hungary and the Sahel states (Rome Statute), the United States (WHO, UNESCO) and the
Philippines (Rome Statute), kept outside the repo. The shapes that gave spurious claims there, each pinned with the
article's sentence or a paraphrase, paraphrases of our own, and the true look-alikes that must still give their claim.

Each case pins every claim the text gives as (kind, treaty, state, value), so a spurious claim fails as surely as a
lost one.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Row = tuple[str, str | None, str | None, str]

CASES: list[tuple[str, str, str, list[Row]]] = [
    # 'no one', 'nobody', 'not one' on a side of a tally is no vote (0), not one vote.
    (
        "no-one-spoke-against",  # glob-news.com, 2025-05-08 (read as 107-1-3; the Seimas voted 107-0-3)
        "2025-05-08",
        "The Lithuanian Seimas on 8 May decided to denounce the Ottawa Convention. 107 MPs voted in favour of "
        "withdrawal from the Convention, three abstained, and no one spoke against it.",
        [("vote_tally", "apmbc", "LTU", "107-0-3")],
    ),
    (
        "nobody-voting-against",
        "2025-05-08",
        "The Seimas backed the withdrawal from the Ottawa Convention with 107 votes in favour, nobody voting against "
        "and three abstentions.",
        [("vote_tally", "apmbc", "LTU", "107-0-3")],
    ),
    (
        "not-one-voted-against",
        "2025-05-08",
        "In the Seimas, 107 MPs voted for leaving the Ottawa Convention, not one voted against and three abstained.",
        [("vote_tally", "apmbc", "LTU", "107-0-3")],
    ),
    (
        "one-voted-against-stays",
        "2025-05-08",
        "The Lithuanian Seimas on 8 May decided to denounce the Ottawa Convention. 107 MPs voted in favour of "
        "withdrawal from the Convention, three abstained, and one voted against it.",
        [("vote_tally", "apmbc", "LTU", "107-1-3")],
    ),
    # A day right after a reporting verb is the day it was said, not the day of the exit said to come.
    (
        "announced-thursday-that",  # kiosk.youboox.fr (AP), 2025-04-03 (read as an effect on 3 April 2025)
        "2025-04-03",
        "Hungary's Prime Minister Viktor Orbán announced Thursday that his country will withdraw from the "
        "International Criminal Court, just as Israeli Prime Minister Benjamin Netanyahu arrived in Budapest.",
        [],
    ),
    (
        "announced-thursday-it-will",
        "2025-04-03",
        "Hungary announced Thursday it will withdraw from the Rome Statute.",
        [],
    ),
    (
        "said-monday-they-would-quit",
        "2025-09-23",
        "The three juntas said Monday that their countries would quit the Rome Statute of the International Criminal "
        "Court.",
        [],
    ),
    (
        "told-reporters-tuesday",
        "2025-04-03",
        "Gergely Gulyas told reporters Tuesday that Hungary would leave the Rome Statute.",
        [],
    ),
    (
        "confirmed-tuesday-it-had-received",  # ndtv.com, 2025-01-28 (read after a first fix as a notice on 28 January)
        "2025-01-28",
        "The United Nations confirmed Tuesday it had received notification from Washington of its withdrawal from the "
        "Paris climate change agreement, a key campaign pledge of US President Donald Trump.",
        [("notification_date", "paris-agreement", "USA", "0001-01-01/2025-01-28")],
    ),
    (
        "announced-friday-it-has-withdrawn-stays",  # a deed said done that day keeps the day
        "2019-08-02",
        "The United States announced Friday it has formally withdrawn from the INF Treaty.",
        [("withdrew", "inf-treaty", "USA", "2019-08-02")],
    ),
    (
        "the-exits-own-day-stays",
        "2025-04-03",
        "Hungary said it will withdraw from the Rome Statute on June 2, 2026.",
        [("effective_date", "rome-statute", "HUN", "2026-06-02")],
    ),
    (
        "a-day-opening-the-sentence-stays",
        "2025-06-03",
        "On June 2, Hungary notified the UN Secretary-General of its withdrawal from the Rome Statute.",
        [("notification_date", "rome-statute", "HUN", "2025-06-02")],
    ),
    # States heard or represented at an event (a court's hearing, a conference) are not a treaty's parties.
    (
        "submissions-from-states",  # news.dogtaginnovations.com, 2025-07-24 (read as 96 parties to the TEU)
        "2025-07-24",
        "In December 2024, the ICJ heard oral submissions from 96 states and 11 international organisations "
        "(including the EU, the African Union and WHO).",
        [],
    ),
    (
        "statements-by-states",
        "2025-07-24",
        "Written statements by 91 states, including the EU members, were filed on the Paris Agreement.",
        [],
    ),
    (
        "representatives-of-countries",
        "2025-05-20",
        "Representatives of 150 countries gathered in Geneva to discuss the WHO pandemic agreement.",
        [],
    ),
    (
        "delegates-from-nations",
        "2025-11-11",
        "Delegates from 190 nations came to Belem for the talks under the Paris Agreement.",
        [],
    ),
    (
        "the-parties-stay",
        "2025-11-11",
        "The Paris Agreement has 195 parties.",
        [("parties_count", "paris-agreement", None, "195")],
    ),
    (
        "leaders-of-the-members-stay",
        "2025-06-25",
        "Leaders of the 32 NATO member states met in The Hague.",
        [("parties_count", "north-atlantic-treaty", None, "32")],
    ),
    # An instrument named by a title the rulebook does not hold is what 'the treaty' then refers to, not a treaty the
    # article names later in passing.
    (
        "unknown-title-then-the-treaty",  # wri.org, 2025-09-20 (read as Palau's ratification of the Paris Agreement)
        "2025-09-20",
        "The Biodiversity Beyond National Jurisdiction Agreement, commonly known as the High Seas Treaty, has reached "
        "60 ratifications. More than a year and a half after Palau became the first country to ratify the treaty, "
        "Morocco has become the 60th. It is one of the most significant treaties to enter into force since the Paris "
        "Agreement.",
        [],
    ),
    (
        "unknown-title-paraphrase",
        "2025-06-10",
        "Leaders gathered for the Global Plastics Treaty talks. Rwanda signed the treaty last year. Observers compared "
        "it with the Paris Agreement.",
        [],
    ),
    (
        "a-known-alias-stays",
        "2025-05-08",
        "Lithuania will leave the Mine Ban Treaty. It had ratified the treaty in 2003.",
        [("ratified", "apmbc", "LTU", "2003")],
    ),
    (
        "a-known-name-then-the-treaty-stays",
        "2025-05-08",
        "The Ottawa Convention bans anti-personnel mines. Lithuania ratified the treaty in 2003.",
        [("ratified", "apmbc", "LTU", "2003")],
    ),
    (
        "a-title-case-headline-stays",
        "2025-05-08",
        "Lithuania Quits Landmine Treaty\nThe Lithuanian parliament voted to leave the Ottawa Convention on Thursday.",
        [("withdrew", "apmbc", "LTU", "true")],
    ),
    # The time from the last consent a treaty needs to its entry into force is no notice period.
    (
        "countdown-to-its-entry-into-force",  # wri.org, 2025-09-20 (read as a 120-day notice period)
        "2020-10-25",
        "Honduras became the 50th state to ratify the TPNW, triggering a 90-day countdown to its entry into force.",
        [("ratified", "tpnw", "HND", "true"), ("parties_count", "tpnw", None, "50 ratifications")],  # the consent
        # (h-miss, session 21) and the deposits by then (h-left), no notice period
    ),
    (
        "countdown-to-the-treatys-entry-into-force",
        "2020-10-25",
        "The 50th ratification of the TPNW starts a 90-day countdown to the treaty's entry into force.",
        [],
    ),
    (
        "a-period-before-it-enters-into-force",
        "2020-10-25",
        "The 50th ratification opens a 90-day period before the TPNW enters into force.",
        [],
    ),
    (
        "countdown-to-the-withdrawals-entry-into-force-stays",
        "2025-06-03",
        "Hungary's notice started a one-year countdown to the withdrawal's entry into force from the Rome Statute.",
        [("notice_period", "rome-statute", None, "P1Y")],
    ),
    (
        "an-exit-countdown-stays",
        "2025-06-03",
        "Hungary's exit from the Rome Statute follows a one-year countdown.",
        [("notice_period", "rome-statute", None, "P1Y")],
    ),
    # Read after the fixes above, a second set of 18 fresh articles (Iran and the IAEA, the plutonium agreement's
    # denunciation, the plastics treaty talks, Argentina and Nicaragua leaving UN agencies, the US exit from Paris, the
    # Chagos treaty) gave these. A domestic act's noun, then its signer, then 'signed': the act signed, not a treaty.
    (
        "a-decree-he-signed",  # caliber.az, 2026-01-27 (read as the US signature of the Paris Agreement in January 2025)
        "2026-01-27",
        "The move follows Donald Trump's return to the presidency and a decree he signed in January 2025 notifying the "
        "United Nations of Washington's intention to leave the Paris Agreement.",
        [],
    ),
    (
        "the-order-trump-signed",
        "2025-02-01",
        "The executive order Trump signed on January 20 started the exit from the Paris Agreement.",
        [],
    ),
    (
        "the-law-putin-signed",
        "2023-11-03",
        "The law Putin signed on Thursday revokes Russia's ratification of the CTBT.",
        [],
    ),
    (
        "signed-the-treaty-stays",
        "2016-05-01",
        "The United States signed the Paris Agreement in April 2016.",
        [("signed", "paris-agreement", "USA", "2016-04")],
    ),
    (
        "a-decree-then-a-signature-of-the-treaty-stays",
        "1997-12-10",
        "Under the decree Lithuania signed the Ottawa Convention in 1997.",
        [("signed", "apmbc", "LTU", "1997")],
    ),
    # To denounce what no treaty is ('interventionist tendencies', 'the sanctions') is to condemn it, no notice.
    (
        "denounced-tendencies",  # totogossip.com (IPS/CIVICUS), 2025-06-09 (read as Nicaragua's UNESCO notice)
        "2025-06-09",
        "In May, Nicaragua announced its withdrawal from UNESCO. President Daniel Ortega denounced 'interventionist "
        "tendencies' and closed the agency's offices.",
        [],
    ),
    (
        "denounced-the-sanctions",
        "2025-06-09",
        "Nicaragua left UNESCO in May. Ortega denounced the sanctions on Friday.",
        [("withdrew", "unesco-constitution", "NIC", "2025-05")],
    ),
    (
        "denounced-the-convention-stays",
        "2007-06-01",
        "Bolivia denounced the ICSID Convention on 2 May 2007.",
        [("notification_date", "icsid-convention", "BOL", "2007-05-02")],
    ),
    (
        "denounced-it-stays",
        "2012-10-01",
        "The American Convention on Human Rights binds Venezuela. Venezuela denounced it on 10 September 2012.",
        [("notification_date", "achr", "VEN", "2012-09-10")],
    ),
    # An organisation's name before a noun for its organs, agencies or premises: not the organisation itself.
    (
        "un-agencies-abandoned",  # totogossip.com (IPS/CIVICUS), 2025-06-09 (read as Nicaragua leaving the UN)
        "2025-06-09",
        "Nicaragua has abandoned United Nations agencies that questioned its rule.",
        [],
    ),
    (
        "un-human-rights-council-left",
        "2025-03-01",
        "Nicaragua left the United Nations Human Rights Council in February.",
        [],
    ),
    (
        "a-group-at-the-un-offices",  # movieplex.cloud, 2025-08-16 (read as 180 parties to the UN Charter)
        "2025-08-16",
        "The negotiating committee, a group of about 180 countries, has been deliberating at the United Nations "
        "offices in Geneva since August 5.",
        [],
    ),
    (
        "the-un-left-stays",
        "1965-02-01",
        "Indonesia left the United Nations in January 1965.",
        [("withdrew", "un-charter", "IDN", "1965-01")],
    ),
    (
        "the-council-of-europe-left-stays",
        "2022-03-16",
        "Russia withdrew from the Council of Europe.",
        [("withdrew", "coe-statute", "RUS", "true")],
    ),
    # A description names a treaty only by words that say which one: not 'intergovernmental' or 'bilateral' (said of
    # any treaty between states), not half of a coordinated modifier ('management and disposition').
    (
        "management-and-disposition-agreement",  # tass.com, 2025-09-17 (read as the testamentary dispositions one)
        "2025-09-17",
        "The committee recommended that the Duma denounce the Russian-American intergovernmental plutonium management "
        "and disposition agreement. Russia signed the agreement in 2000.",
        [],
    ),
    (
        "an-intergovernmental-agreement",  # tass.com, 2025-10-27 (read as the refugees' travel document agreement)
        "2025-10-27",
        "Putin signed into law the termination of the intergovernmental agreement with the United States. Originally "
        "signed in 2000 and ratified in 2011, the treaty set plans to dispose of plutonium.",
        [],
    ),
    (
        "a-bilateral-agreement",
        "2025-10-27",
        "Russia ended a bilateral agreement with Norway. It had ratified the agreement in 2011.",
        [],
    ),
    (
        "landmine-ban-treaty-stays",
        "2025-05-08",
        "Lithuania quit the landmine ban treaty.",
        [("withdrew", "apmbc", "LTU", "true")],
    ),
    (
        "narcotics-convention-stays",
        "2011-06-30",
        "Bolivia renounces 1961 UN narcotics convention.",
        [("notification_date", "single-convention", "BOL", "0001-01-01/2011-06-30")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_precision_shape(finder: ClaimFinder, published: str, text: str, expected: list[Row]) -> None:
    assert read(finder, text, published) == expected
