"""Precision on text nobody tuned on (issue 14), sixth audit (h-prec, session 14): 55 fresh articles kept outside the
repo, half on ratifications, joinings and exits (the Arms Trade Treaty's deposits and entry into force, the TPNW's
ceremonies, Ukraine and the Rome Statute, Nicaragua and UNESCO, Argentina and the WHO, Russia and the Council of
Europe's treaties) and half that name a treaty with a rule file but claim no exit (ICC arrest warrants, COP29, NATO's
Hague summit, the WHO Pandemic Agreement, Landmine Monitor, CTBTO detections, EU-Mercosur, an ECHR judgment). At first
sight (main d867989) 68 of 91 reports were real; the shapes of the 23 spurious ones, each pinned with the article's
sentence or a paraphrase, paraphrases of our own, and true look-alikes that must still give their claim.

Each case pins every claim the text gives as (kind, treaty, state, value), so a spurious claim fails as surely as a
lost one.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Row = tuple[str, str | None, str | None, str]

CASES: list[tuple[str, str, str, list[Row]]] = [
    # A tally among States or by an assembly of States (the UN General Assembly, the World Health Assembly, the Security
    # Council) is no State's parliament's vote; every verb of voting in the clause is looked at.
    (
        "unga-vote",  # armscontrol.org, 2014-10 (read as Uruguay's tally 154-3-23)
        "2014-10-01",
        "Ban Ki-moon commended Argentina and Uruguay for ratifying the Arms Trade Treaty. The treaty was adopted by the UN General Assembly on April 2, 2013, by a vote of 154-3 with 23 abstentions.",
        [],
    ),
    (
        "wha-vote",  # twn.my, 2025-05-21 (read as Namibia's tally)
        "2025-05-21",
        "The World Health Assembly adopted the text under the WHO Constitution. When the vote by hands was called by the Chair of Committee A, the Minister of Health of Namibia, 124 countries voted in favour of the resolution.",
        [],
    ),
    (
        "security-council-vote",
        "2016-09-23",
        "Ban Ki-moon thanked Angola for ratifying the Comprehensive Nuclear-Test-Ban Treaty. The resolution backing the treaty was adopted by the Security Council by a vote of 14-0 with one abstention.",
        [],
    ),
    (
        "seimas-vote",
        "2025-05-08",
        "The Seimas voted 107-0-3 to withdraw from the Ottawa Convention.",
        [("vote_tally", "apmbc", "LTU", "107-0")],
    ),
    # A vote adopting a resolution or motion that calls on another to act is no vote on a treaty.
    (
        "ep-resolution",  # kuwaitnewsgazette.com, 2019-11-28 (read as a TEU tally)
        "2019-11-28",
        "European Parliament calls on all EU to ratify Istanbul Convention\nBRUSSELS, The European Parliament Thursday adopted by 500 votes in favour, 91 against and 50 abstentions a resolution calling on the EU Council of Ministers to urgently conclude the EU ratification of the Istanbul Convention.",
        [],
    ),
    (
        "motion-urging",
        "2019-11-28",
        "European Parliament urges EU to ratify Istanbul Convention\nThe European Parliament adopted by 480 votes to 120 a motion urging the Council to conclude the EU's ratification of the Istanbul Convention.",
        [],
    ),
    (
        "saeima-vote",
        "2025-10-30",
        "The Latvian Saeima voted 56-32 to withdraw from the Istanbul Convention.",
        [("vote_tally", "istanbul-convention", "LVA", "56-32")],
    ),
    # An organisation's name before a noun of its members ('EU member states', 'NATO allies', 'EU leaders') does not name
    # the treaty a verb is about: 'it' is the treaty the article speaks of.
    (
        "eu-member-states",  # kuwaitnewsgazette.com (read as seven TEU non-ratifications)
        "2019-11-28",
        "The Istanbul Convention entered into force in 2014. It urges the seven EU member states that have signed but not yet ratified it – Bulgaria, Czechia, Hungary, Lithuania, Latvia, Slovakia and the UK – to do so without delay.",
        [
            ("entry_into_force", "istanbul-convention", None, "2014"),
            ("ratified", "istanbul-convention", "BGR", "false"),
            ("ratified", "istanbul-convention", "CZE", "false"),
            ("ratified", "istanbul-convention", "HUN", "false"),
            ("ratified", "istanbul-convention", "LTU", "false"),
            ("ratified", "istanbul-convention", "LVA", "false"),
            ("ratified", "istanbul-convention", "SVK", "false"),
            ("ratified", "istanbul-convention", "GBR", "false"),
        ],
    ),
    (
        "nato-allies",
        "2019-11-28",
        "The Istanbul Convention entered into force in 2014. NATO allies Hungary and Slovakia have not ratified it.",
        [
            ("entry_into_force", "istanbul-convention", None, "2014"),
            ("ratified", "istanbul-convention", "HUN", "false"),
            ("ratified", "istanbul-convention", "SVK", "false"),
        ],
    ),
    (
        "eu-leaders",
        "2019-11-28",
        "The Istanbul Convention entered into force in 2014. EU leaders said Bulgaria has not ratified it.",
        [
            ("entry_into_force", "istanbul-convention", None, "2014"),
            ("ratified", "istanbul-convention", "BGR", "false"),
        ],
    ),
    (
        "joined-nato",
        "2024-03-08",
        "Sweden joined NATO in 2024.",
        [("joined", "north-atlantic-treaty", "SWE", "2024")],
    ),
    # A signature by an organisation ('signed by the EU') is neither a State's nor the treaty's own.
    (
        "signed-by-eu",  # kuwaitnewsgazette.com (read as the convention's signature in June 2017)
        "2019-11-28",
        "The Istanbul Convention entered into force in 2014 and was signed by the EU in June 2017.",
        [("entry_into_force", "istanbul-convention", None, "2014")],
    ),
    (
        "signed-by-european-union",
        "2019-11-28",
        "The Istanbul Convention was signed by the European Union on 13 June 2017.",
        [],
    ),
    (
        "signed-by-the-bloc",
        "2019-11-28",
        "The Istanbul Convention was signed by the bloc on 13 June 2017.",
        [],
    ),
    (
        "signed-by-latvia",
        "2019-11-28",
        "The Istanbul Convention was signed by Latvia on 18 May 2016.",
        [("signed", "istanbul-convention", "LVA", "2016-05-18")],
    ),
    # A permission to act ('gave the go-ahead for the bloc to sign', 'the green light for Latvia to ratify') is not the act.
    (
        "go-ahead-to-sign",  # gdnonline.com, 2026-01-10 (read as the Asuncion Treaty signed)
        "2026-01-10",
        "EU states gave the go-ahead yesterday for the bloc to sign its largest free trade accord with Mercosur.",
        [],
    ),
    (
        "green-light-to-ratify",
        "2026-01-10",
        "Parliament gave the green light on Friday for Latvia to ratify the Istanbul Convention.",
        [],
    ),
    (
        "authorisation-to-sign",
        "2026-01-10",
        "The cabinet gave the go-ahead on Friday for Latvia to sign the Arms Trade Treaty.",
        [],
    ),
    (
        "ratified-friday",
        "2026-01-10",
        "Latvia ratified the Istanbul Convention on Friday.",
        [("ratified", "istanbul-convention", "LVA", "2026-01-09")],
    ),
    # Counts that are not the Parties: an increment ('Another 17 states'), places ('in 49 states'), a subset ('including
    # 38 States Parties'), a whole ('out of 193'), signatories and parties together, a threshold ('by at least fifteen');
    # 'N States have signed' is a count of signatories.
    (
        "another-17",  # mvep.gov.hr, 2014-04-02 (read as 17 Parties)
        "2014-04-02",
        "Another 17 states deposited their instruments of ratification of the Arms Trade Treaty at a ceremony in New York.",
        [],
    ),
    (
        "seven-more",
        "2014-04-02",
        "Seven more countries deposited their instruments of ratification of the Arms Trade Treaty at a ceremony in New York.",
        [],
    ),
    (
        "a-further-12",
        "2014-04-02",
        "A further 12 states have ratified the Arms Trade Treaty.",
        [],
    ),
    (
        "118-signed",  # unrcpd.org, 2014-04-02 (read as 118 Parties)
        "2014-04-02",
        "The Secretary-General is heartened that 118 States have signed the Arms Trade Treaty.",
        [("parties_count", "att", None, "118 signatories")],
    ),
    (
        "45-have-signed",
        "2019-11-28",
        "45 countries have signed the Istanbul Convention.",
        [("parties_count", "istanbul-convention", None, "45 signatories")],
    ),
    (
        "mixed-consents",  # peacenews.info, 2023-10 (read as 97 Parties)
        "2023-10-01",
        "97 states have now signed, ratified or acceded to the Treaty on the Prohibition of Nuclear Weapons, out of 193 members of the United Nations.",
        [],
    ),
    (
        "recorded-in-states",  # the-monitor.org, 2023 (read as 49 Parties)
        "2023-11-14",
        "New casualties were recorded in 49 states in 2022, including 38 States Parties to the Mine Ban Treaty.",
        [],
    ),
    (
        "occurred-in-countries",
        "2023-11-14",
        "Under the Mine Ban Treaty, clearance took place in 33 countries last year.",
        [],
    ),
    (
        "approval-by-at-least",  # politis.com.cy, 2025-12 (read as 15 TEU Parties)
        "2025-12-19",
        "Under the Treaty on European Union, ratification requires approval by at least fifteen member states representing 65 percent of the population.",
        [],
    ),
    (
        "parties-stay",
        "2023-11-14",
        "The Mine Ban Treaty has 164 States Parties.",
        [("parties_count", "apmbc", None, "164")],
    ),
    (
        "in-force-in-stays",
        "2014-12-24",
        "The Arms Trade Treaty is now in force in 61 states.",
        [("parties_count", "att", None, "61")],
    ),
    # An instrument 'on' or 'for' the ratification or accession is a consent, not a notice of withdrawal.
    (
        "instrument-on-ratification",  # mvep.gov.hr (read as a notice of withdrawal)
        "2014-04-02",
        "Croatia deposited its instrument on the ratification of the Arms Trade Treaty on 2 April.",
        [("ratified", "att", "HRV", "2014-04-02")],
    ),
    (
        "instrument-for-accession",
        "2014-04-02",
        "Malta deposited its instrument for the accession to the Arms Trade Treaty on 2 April.",
        [("acceded", "att", "MLT", "2014-04-02")],
    ),
    (
        "instrument-of-withdrawal",
        "2016-10-28",
        "Burundi deposited its instrument of withdrawal from the Rome Statute on 27 October 2016.",
        [("notification_date", "rome-statute", "BDI", "2016-10-27")],
    ),
    # To denounce an act ('denounced the awarding of a prize', 'the decision of the judges') is to condemn it, not to
    # denounce a treaty.
    (
        "denounced-awarding",  # startribune.com, 2025-05-04 (read as a UNESCO denunciation)
        "2025-05-04",
        "Nicaragua will leave UNESCO. The foreign minister denounced the awarding of a UNESCO press freedom prize to La Prensa.",
        [],
    ),
    (
        "denounced-decision",
        "2024-11-22",
        "Russia is not a party to the Rome Statute. Moscow denounced the decision of the ICC judges.",
        [("joined", "rome-statute", "RUS", "false")],
    ),
    (
        "denounced-attack",
        "2024-11-22",
        "Hungary will leave the Rome Statute. Hungary denounced the attack on the International Criminal Court by the United States.",
        [],
    ),
    (
        "denounced-convention",
        "2011-06-30",
        "Bolivia denounced the Single Convention on Narcotic Drugs on 29 June 2011.",
        [("notification_date", "single-convention", "BOL", "2011-06-29")],
    ),
    # A period to accept another instrument, or the time a text took to negotiate or adopt, is no exit's period.
    (
        "accept-within-18-months",  # healthpolicy-watch.news, 2025-05 (read as a WHO rule)
        "2025-05-14",
        "Under the WHO Constitution, member states are expected to notify the Director-General on whether they intend to accept the agreement within 18 months of its adoption.",
        [],
    ),
    (
        "three-year-process",  # downtoearth.org.in, 2025-05-20 (read as a three-year notice period)
        "2025-05-20",
        "Under the WHO Constitution the text was adopted. The approval of the pandemic agreement resolution follows a more than three-year process, launched by governments during the COVID-19 pandemic.",
        [],
    ),
    (
        "two-years-of-negotiations",
        "2025-05-20",
        "Under the WHO Constitution the text was adopted. The agreement was reached after a two-year process of negotiations.",
        [],
    ),
    (
        "who-withdrawal-rule",
        "2025-05-20",
        "A withdrawal from the WHO Constitution takes effect one year after the notice is received.",
        [("rule", "who-constitution", None, "P1Y after the notice is received")],
    ),
    # A party to a number of treaties ('around 40 multilateral treaties', 'several conventions') is bound by none named.
    (
        "forty-treaties",  # tass.com, 2023-03-24 (read as bound by the anti-corruption convention)
        "2023-03-24",
        '"It should be noted that Russia remains a party to around 40 multilateral treaties, open for countries that are not part of the Council of Europe," Director Nikolay Kobrinets said. Russia left the Criminal Law Convention on Corruption.',
        [("withdrew", "criminal-law-convention-corruption", "RUS", "true")],
    ),
    (
        "several-conventions",
        "2023-03-24",
        "Russia remains bound by several conventions of the Council of Europe, the diplomat said. Russia left the Criminal Law Convention on Corruption.",
        [("withdrew", "criminal-law-convention-corruption", "RUS", "true")],
    ),
    (
        "dozens-of-agreements",
        "2023-03-24",
        "Moscow is still a party to dozens of agreements open to non-members, the ministry said. Russia left the Criminal Law Convention on Corruption.",
        [("withdrew", "criminal-law-convention-corruption", "RUS", "true")],
    ),
    (
        "some-30-conventions",
        "2023-03-24",
        "Russia remains a party to some 30 conventions open to non-members, the diplomat said. Russia left the Criminal Law Convention on Corruption.",
        [("withdrew", "criminal-law-convention-corruption", "RUS", "true")],
    ),
    (
        "remains-party-stays",
        "2023-03-24",
        "Russia remains a party to the Criminal Law Convention on Corruption.",
        [("bound_on", "criminal-law-convention-corruption", "RUS", "true")],
    ),
    # An entry into force still to come ('to Enter into Force') cannot fall on a day before the report: that day is
    # another event's (the 50th ratification's).
    (
        "eif-headline-past-date",  # asil.org, 2014-10-03 (read as in force on 28 September)
        "2014-10-03",
        "Arms Trade Treaty to Enter into Force with 50th Ratification (September 28, 2014)",
        [],
    ),
    (
        "eif-will-past-date",
        "2014-10-03",
        "Arms Trade Treaty Will Enter Into Force After 50th Ratification (Sept. 25, 2014)",
        [],
    ),
    (
        "eif-headline-future",
        "2014-10-03",
        "Arms Trade Treaty to enter into force on 24 December 2014",
        [("entry_into_force", "att", None, "2014-12-24")],
    ),
    # A second set of 12 fresh articles (OPCW's verified destruction of the US stockpile, the IAEA Board on Iran, the
    # ECHR's KlimaSeniorinnen judgment), read once after the fixes above: 3 reports, 1 real. A relative after 'the
    # signatories of' / 'the parties of' the treaty is the treaty's own entry into force, not an exit's effect (as after
    # 'the withdrawal of').
    (
        "relative-after-signatories-of",  # dailytimes.com.pk, 2023-07-09 (read as the US withdrawal's effect in 1997)
        "2023-07-09",
        "The United States was the last of the signatories of the Chemical Weapons Convention, which came into effect "
        "in 1997, to complete the task of destroying their stockpiles.",
        [("entry_into_force", "cwc", None, "1997")],
    ),
    (
        "relative-after-text-of",
        "2023-07-09",
        "France was the first to publish the text of the Chemical Weapons Convention, which came into effect in 1997.",
        [("entry_into_force", "cwc", None, "1997")],
    ),
    (
        "relative-after-parties-of",
        "2023-07-09",
        "Russia is one of the parties of the Chemical Weapons Convention, which entered into force in 1997.",
        [("entry_into_force", "cwc", None, "1997")],
    ),
    (
        "relative-after-withdrawal-of-stays",
        "2025-06-03",
        "Hungary announced the withdrawal of the Rome Statute, which takes effect on 2 June 2026.",
        [("effective_date", "rome-statute", "HUN", "2026-06-02")],
    ),
    # No treaty has more Parties than there are States: a count in the thousands counts people or bodies.
    (
        "thousands-of-members",  # wradio.com.co, 2024-04-09 (read as 2,000 Parties to the ECHR)
        "2024-04-09",
        "The ECHR was asked to rule in a trio of cases brought by a French mayor, six Portuguese young people, and more "
        "than 2,000 members of Switzerland's Senior Women for Climate Protection.",
        [],
    ),
    (
        "thousand-applicants",
        "2024-04-09",
        "Under the European Convention on Human Rights, 1,800 members of the association were applicants.",
        [],
    ),
    (
        "members-count-stays",
        "2023-07-10",
        "The Chemical Weapons Convention prohibits its 193 members from developing or stockpiling chemical weapons.",
        [("parties_count", "cwc", None, "193")],
    ),
    # A third set of 10 fresh articles (New START's expiry, the IWC, the UK Supreme Court's Rwanda judgment), read once
    # after the fixes above: 11 reports, 7 real. The 4 spurious, refused in general:
    # ', leaving' something in a state is a participle of result, no exit: its object is the first noun after it.
    (
        "leaving-something-moribund",  # particle.news, 2026-02 (read as Russia's exit from New START in 2023)
        "2026-02-03",
        "New START expires on February 5. Inspections paused in 2020 and Russia's 2023 suspension of participation halted data exchanges, leaving verification mechanisms moribund even before the treaty's legal expiry.",
        [],
    ),
    (
        "leaving-thousands-without",
        "2026-02-03",
        "Russia suspended its participation in New START, leaving thousands of warheads without any limit under the treaty.",
        [],
    ),
    (
        "leaving-the-treaty-stays",
        "2020-11-22",
        "The United States notified the parties in May, leaving the Open Skies Treaty.",
        [("notification_date", "open-skies", "USA", "2020-05")],
    ),
    # A treaty 'set to expire' (over its auxiliaries) ends its own term; no State leaves it.
    (
        "originally-set-to-expire",  # news.rationalreview.com, 2026-02-11 (read as Russia's exit effective February 2021)
        "2026-02-11",
        "Russia will observe New START limits, Lavrov said. The pact was originally set to expire in February 2021, but it was extended for five years by former President Joe Biden, keeping it in force until February 2026.",
        [],
    ),
    (
        "treaty-due-to-expire",
        "2026-01-20",
        "Russia suspended its participation in 2023. New START is due to expire on 5 February 2026.",
        [],
    ),
    (
        "withdrawal-set-to-take-effect-stays",
        "2025-06-03",
        "Hungary's withdrawal from the Rome Statute is set to take effect on 2 June 2026.",
        [("effective_date", "rome-statute", "HUN", "2026-06-02")],
    ),
    # A sentence opening with 'To <verb>' tells a purpose, not a deed or its date.
    (
        "to-leave-next-year",  # sarkarinaukripark.com, 2018-12 (read as Japan's exit effective 2019)
        "2018-12-20",
        "Japan is likely to withdraw from the International Whaling Commission. To leave the IWC next year, Japan needs to notify the commission by January 1.",
        [],
    ),
    (
        "to-quit-by-june",
        "2018-12-20",
        "To quit the whaling convention by June, Japan must give notice before January.",
        [],
    ),
    (
        "to-date-stays",
        "2018-12-20",
        "To date, 19 nations have ratified the Arms Trade Treaty.",
        [("parties_count", "att", None, "19 ratifications")],
    ),
    # A participle after an indefinite treaty noun ('a treaty ratified', 'an agreement signed') is said of that unnamed instrument.
    (
        "a-treaty-ratified-in-parliament",  # dailymail.co.uk, 2023-11-15 (read as Rwanda ratifying the ECHR)
        "2023-11-15",
        "It will also revive demands to leave the European Convention on Human Rights. Ministers had vowed to press on with the scheme regardless of the result today, with options including elevating the Rwanda deal to a treaty ratified in parliament - making it harder for the courts to block - and passing emergency legislation to disapply human rights laws.",
        [],
    ),
    (
        "an-agreement-signed-by",
        "2023-11-15",
        "The European Convention on Human Rights binds Britain. Ministers want an agreement signed by Rwanda - making it binding - before spring.",
        [],
    ),
    (
        "the-convention-ratified-stays",
        "2023-11-15",
        "Britain ratified the European Convention on Human Rights in 1951.",
        [("ratified", "echr", "GBR", "1951")],
    ),
    # A fourth set of 9 fresh articles (the Duma's Open Skies vote, the Ottawa Convention's meetings of 2013 and 2024),
    # read once after all the fixes above: 18 reports, 15 real. States represented by delegates are not Parties, also
    # after 'representing' and a comparator.
    (
        "delegates-representing-more-than",  # eacnews.asia, 2024-11-18 (read as 80 Parties of the Ottawa Convention)
        "2024-11-18",
        "The Royal Government of Cambodia is hosting the Fifth Review Conference of the Ottawa Convention, where more "
        "than 600 delegates representing more than 80 countries are expected to attend.",
        [],
    ),
    (
        "delegates-representing",
        "2024-11-18",
        "Some 300 delegates representing 91 States attended the meeting of the Ottawa Convention.",
        [],
    ),
    (
        "parties-of-the-convention-stay",
        "2024-11-18",
        "The Ottawa Convention has 164 States Parties.",
        [("parties_count", "apmbc", None, "164")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_precision_shape(finder: ClaimFinder, published: str, text: str, expected: list[Row]) -> None:
    assert read(finder, text, published) == expected
