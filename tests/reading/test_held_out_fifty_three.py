"""Constructions of the fifty-third held-out batch (session 20, h-b53: press releases, parliamentary pages, an NGO
statement, a law firm's briefing, a legal blog and regional outlets on the Istanbul Convention, Ottawa, the Rome
Statute, the ECT, ECOWAS, Paris and Article 50), each pinned by the article's sentence and paraphrases of our own,
with look-alikes:

- a notification of succession is a consent, not a notice of withdrawal: 'deposited its notification of succession
  to the Anti-Personnel Mine Ban Convention' (UNMISS, 14 November 2011) is ``acceded`` (1978 Vienna Convention on
  Succession of States in respect of Treaties, Arts. 17 and 22; app/reading/ratification.py `_of_succession`), and
  the judge holds a succession recorded in world/parties as an accession is held (membership.py `kind_ok`);
- 'becoming the 158th state to be legally bound by' ranks a consent as 'the 158th state to ratify' does: the
  deposits counted (counts.py `_to_be_bound`); not 'the 158th state to be asked to clear its mines';
- counts that are not the Parties: 'All 10 states of the newly formed country', "Nigeria's 36 states" (a country's
  constituent states, counts.py `_states_within`), 'together with Euratom, 23 EU Member States' and 'Eleven Member
  States (Germany, France, ...)' (a part of the parties listed or named in brackets, `_listed_with`); 'The 15 states
  of ECOWAS' and 'has 50 contracting parties' stay counts;
- an exit in a relative clause with its year and no object, the treaty the article's: 'Together with Italy, which
  withdrew in 2016' (IISD, 26 December 2022; dated_exits.py `dated_bare_exit`); not 'which withdrew its troops',
  'The delegations, which left in 2016';
- a consent noun with its States and days after 'by': 'the ratification of the Council of Europe Convention on ... by
  Albania on 4 February and Portugal on 5 February 2013' (PACE, 5 February 2013; ratification.py `_consent_by`);
  not a ratification called for ('by Albania in 2014', after the report) nor one 'by parliament';
- 'The agreement is in effect since 4 November 2016' (DR1, 10 February 2017) is the treaty's entry into force, as 'in
  force since' is (pipeline.py FORCE); not 'The US withdrawal ... had been in effect since' nor sanctions in effect;
- 'Ukraine will thus become the 125th state party' (Polish News, 21 August 2024): a rank to come, judged on the day
  the State's membership begins (tests/checks/test_held_out_fifty_three_judging.py); 'is the 125th' on that day stays
  the report's count;
- 'signed by more than 160 states and territories, including Ukraine and Austria': each State named after 'including'
  signed (signatory_status.py `_signers_included`); 'Russia and the United States are not among the signatory states':
  neither signed (`_among_the`); not 'bans mines in 160 states, including ...' nor 'is among the signatories';
- 'The UK gives its article 50 withdrawal notice' (Clifford Chance, 29 March 2017): the withdrawal article's number and
  the exit noun between 'gives its' and 'notice' (pipeline.py NOTIFY); not an employee's or a club member's notice.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "succession-notification-today",  # UNMISS, 14 November 2011
        "2011-11-14",
        "South Sudan joins anti-personnel mine convention\n\nThe newly formed nation deposited its notification of "
        "succession to the Anti-Personnel Mine Ban Convention, or Ottawa Convention, today at UN headquarters in New "
        "York, becoming the 158th state to be legally bound by this landmark humanitarian instrument.",
        [
            ("joined", "apmbc", "SSD", "0001-01-01/2011-11-14"),
            ("acceded", "apmbc", "SSD", "0001-01-01/2011-11-14"),
            ("parties_count", "apmbc", None, "158 ratifications (on 2011-11-14)"),
        ],
    ),
    ("succession-notification-dated", "2011-11-14",
     "Montenegro deposited its notification of succession to the Ottawa Convention on 23 October 2006.",
     [("acceded", "apmbc", "MNE", "2006-10-23")]),
    ("look-alike-withdrawal-notice", "2011-11-14",
     "South Sudan notified the UN of its withdrawal from the Ottawa Convention on 11 November 2011.",
     [("notification_date", "apmbc", "SSD", "2011-11-11")]),
    ("look-alike-succession-of-governments", "2011-11-14",
     "The succession of governments in Juba did not change South Sudan's commitment to the Ottawa Convention.", []),
    ("ordinal-to-be-bound", "2011-11-14", "South Sudan became the 158th state to be bound by the Ottawa Convention.",
     [("bound_on", "apmbc", "SSD", "true"), ("parties_count", "apmbc", None, "158 ratifications")]),
    ("look-alike-ordinal-asked", "2011-11-14",
     "Under the Ottawa Convention, South Sudan is the 158th state to be asked to clear its mines.", []),
    ("states-of-a-country", "2011-11-14",
     'South Sudan joined the Ottawa Convention this month. "All 10 states of the newly formed country have reported '
     'mine-related injuries and deaths," noted the UN Mine Action Coordination Centre.',
     [("joined", "apmbc", "SSD", "2011-11")]),
    ("states-of-a-named-country", "2011-11-14",
     "Nigeria, a party to the Ottawa Convention, reported cases in 2010. Nigeria's 36 states have reported "
     "mine-related injuries.", []),
    ("look-alike-states-of-a-bloc", "2011-11-14", "The 15 states of ECOWAS have joined the Ottawa Convention.",
     [("parties_count", "ecowas-treaty", None, "15")]),
    ("listed-with-parties", "2024-04-24",  # European Parliament, 24 April 2024
     "The European Union is a Contracting Party to the ECT, together with Euratom, 23 EU Member States, as well as "
     "Japan, Switzerland and Turkey.", []),
    ("named-group-in-brackets", "2024-04-24",
     "Eleven Member States (Germany, France, Spain, Netherlands, Italy, Poland, Slovenia, Luxembourg, Denmark, "
     "Ireland, Portugal) and the UK have already decided to exit the Energy Charter Treaty.", []),
    ("look-alike-the-parties-count", "2024-04-24",
     "The Energy Charter Treaty has 50 contracting parties, among them the European Union.",
     [("parties_count", "ect", None, "50")]),
    ("relative-exit-year", "2022-12-26",  # IISD Investment Treaty News, 26 December 2022
     "So far, seven EU member states have announced withdrawals from the Energy Charter Treaty. Together with Italy, "
     "which withdrew in 2016, these states represent more than 70% of the bloc's population.",
     [("withdrew", "ect", "ITA", "2016")]),
    ("relative-exit-paraphrase", "2022-12-26",
     "Several EU states want to leave the Energy Charter Treaty. Italy, which left in 2016, was the first.",
     [("withdrew", "ect", "ITA", "2016")]),
    ("look-alike-relative-object", "2022-12-26",
     "Several EU states want to leave the Energy Charter Treaty. Italy, which withdrew its troops in 2016, was not "
     "among them.", []),
    ("look-alike-relative-no-state", "2022-12-26",
     "Several EU states want to leave the Energy Charter Treaty. The delegations, which left in 2016, did not "
     "return.", []),
    ("consent-by-states-on-days", "2013-02-05",  # PACE, 5 February 2013
     "“I welcome the ratification of the Council of Europe Convention on preventing and combating violence against "
     "women and domestic violence by Albania on 4 February and Portugal on 5 February 2013.",
     [("ratified", "istanbul-convention", "ALB", "2013-02-04"),
      ("ratified", "istanbul-convention", "PRT", "2013-02-05")]),
    ("consent-by-one-state", "2013-02-05",
     "The rapporteur welcomed the ratification of the Istanbul Convention by Albania on 4 February 2013.",
     [("ratified", "istanbul-convention", "ALB", "2013-02-04")]),
    ("look-alike-consent-called-for", "2013-02-05",
     "They called for the ratification of the Istanbul Convention by Albania in 2014.", []),
    ("look-alike-consent-by-parliament", "2013-02-05",
     "The ratification of the Istanbul Convention by parliament on 4 February was welcomed.", []),
    ("in-effect-since", "2017-02-10",  # DR1, 10 February 2017
     "The Senate approved the 2015 Paris Agreement on Climate Change on Wednesday. The agreement is in effect since "
     "4 November 2016.",
     [("entry_into_force", "paris-agreement", None, "2016-11-04")]),
    ("in-effect-since-perfect", "2017-02-10", "The Paris Agreement has been in effect since 4 November 2016.",
     [("entry_into_force", "paris-agreement", None, "2016-11-04")]),
    ("look-alike-exit-in-effect", "2021-02-10",
     "The US withdrawal from the Paris Agreement had been in effect since 4 November 2020.", []),
    ("look-alike-sanctions-in-effect", "2017-02-10",
     "The sanctions against Russia, a party to the Paris Agreement, have been in effect since 2014.", []),
    ("future-rank-as-party", "2024-08-21",  # Polish News, 21 August 2024
     "The Verkhovna Rada of Ukraine ratified the Rome Statute on Wednesday. Ukraine will thus become the 125th state "
     "party to the International Criminal Court in The Hague.",
     [("ratified", "rome-statute", "UKR", "2024-08-21"), ("parties_count", "rome-statute", "UKR", "125")]),
    ("signers-included-and-denied", "2025-06-30",  # Wolf Notes, June 2025
     "The Ottawa Treaty banning anti-personnel mines is an international treaty concluded in 1997. It has so far "
     "been signed by more than 160 states and territories, including Ukraine and Austria. Russia and the United "
     "States are not among the signatory states.",
     [("signed", "apmbc", "UKR", "true"), ("signed", "apmbc", "AUT", "true"),
      ("parties_count", "apmbc", None, "160 signatories"), ("signed", "apmbc", "RUS", "false"),
      ("signed", "apmbc", "USA", "false")]),
    ("not-among-the-signatories", "2025-06-30", "Russia is not among the signatories of the Ottawa Convention.",
     [("signed", "apmbc", "RUS", "false")]),
    ("look-alike-among-the-signatories", "2025-06-30", "Russia is among the signatories of the Ottawa Convention.", []),
    ("look-alike-included-not-signers", "2025-06-30",
     "The Ottawa Convention bans mines in 160 states, including Ukraine and Austria.", []),
    ("article-withdrawal-notice-headline", "2017-03-29",  # Clifford Chance, 29 March 2017
     "Brexit: The UK gives its article 50 withdrawal notice\n\n29 March 2017",
     [("notification_date", "teu", "GBR", "0001-01-01/2017-03-29")]),
    ("withdrawal-notice-paraphrase", "2017-03-29", "The UK gives its withdrawal notice under Article 50.",
     [("notification_date", "teu", "GBR", "0001-01-01/2017-03-29")]),
    ("look-alike-notice-at-work", "2017-03-29",
     "The employee gives her two weeks notice. The club member gives his notice to the committee.", []),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_fifty_three_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
