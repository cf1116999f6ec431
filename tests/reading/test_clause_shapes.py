"""The clause-shape grid (issue 14): each core claim kind told in each clause shape news uses, and what must not count.

The paraphrase grid (`test_paraphrase_grid.py`) varies the words of a claim (its verb, the state's name, the
treaty's name, the date's form). Unseen articles mostly miss the same facts in another clause SHAPE: a relative
clause ("Russia, which left the Open Skies Treaty in December 2021,"), a noun phrase ("Hungary's withdrawal,
effective 2 June 2026"), an appositive, a participle ("having ratified it in 2001"), a passive with or without its
agent, coordinated states or verbs ("signed in 1996 but never ratified"), a headline ("US out of Paris pact"), a
quotation, and the perfect, future or modal. This grid crosses claim kinds with those shapes over several
treaties (Rome Statute, Ottawa, Paris, WHO, Istanbul, Open Skies, CTBT, ECT, CCM), naming the states by name,
adjective, capital, demonym or leader. Each cell pins every claim read (kind, treaty, state, value), so a missed
claim and a spurious one fail alike; each shape has negatives (hedged, negated, conditional, denied, another
kind) that must give nothing of the kind. Cells the reader does not yet read are marked xfail(strict=True) in
`KNOWN_GAPS` with the reason, so the grid is a map of what is general and what is not.

Pass counts (session 11, h-grid): on main at 6795232, 140 of 144 cells passed (4 strict xfails: the passive exits
'was abandoned by Ankara / by Russia', the verbless headline 'US out of Paris pact', 'Having notified the UN on D, X
will cease to be a party'); after the passive exit with a state's 'by', the headline 'X out of T', the fronted notice,
'Paris pact' as a treaty's name, 're-entered' after a seated noun, 'Unlike X, Y has not' and 'elapsed since they
notified': 161 of 161 (17 cells added, 7 of them negatives).
New rows (their cells' pass count on main at 86d2046, then after the fixes): time clauses with a gerund or a noun
('Since joining the convention in 2003, X ...', 'Before leaving it on D, X ...') 5 of 9, then 9; reported speech
('Officials said X had notified ...') 5 of 5; 'X's decision to leave T, which takes effect on D' 1 of 3, then 3;
infinitive headlines ('Hungary to leave Rome Statute next year') 4 of 4; 'as well as' / 'along with' lists 5 of 5;
ordinals ('became the 125th state party') 1 of 3, then 3 (two expectations were the grid's: the count as it joined
names its state; 'the 124th country to ratify' counts no parties without the deposit's day); clefts ('It was in
2012 that Turkey ratified ...') 0 of 5, then 5; their negatives 10 of 12, then 12 ('Poland's decision not to leave'
moved to the denials: withdrew false). Read again in the body under a headline of its own
(`test_clause_shape_in_the_body`), the non-headline cells passed 176 of 184 on the same main (the fronted time
clauses were read only as headlines), then 184 of 184.
Later rows (before on main, after): ordinals in apposition and with a bloc's name ('Burundi, the first state to leave
the Rome Statute,', 'the first EU member state to leave'), 'one of 164 parties to', 'joined talks on' 5 of 9, then 9;
'has yet to ratify / sign / join', 'are yet to ratify', 'has yet to enter into force' 2 of 8, then 8 ('has yet to
leave' stays nothing, as in the paraphrase grid); dated gerunds after 'despite' 3 of 5, then 5; a gapped verb after
'and the <state>' ('... in 2017 and the Philippines in 2019') 0 of 2, then 2; a pro-verb with its own date ('the
Philippines did so in 2019', 'Latvia did the same in 2005', 'followed in 2019') 2 of 5 (its negatives), then 5;
'It was not until December 2021 that Russia left' 1 of 3 (its negative), then 3. In all: 238 cells, every one read as
a headline and the 216 that are no headline again in the body (454 tests), no strict xfail left.

The facts the cells tell (only the reading is tested here; verdicts are the paraphrase grid's):
- Hungary, Rome Statute: signed 15 January 1999, ratified 30 November 2001; notified 2 June 2025, effective
  2 June 2026; parliament's vote 134-37-7. The Statute entered into force on 1 July 2002. The United States
  signed it on 31 December 2000 (President Clinton).
- Ottawa Convention: in force 1 March 1999; 164 States Parties (March 2025); Lithuania signed 1999, ratified
  2003; Latvia acceded 2005; the Baltic notices received 27 June 2025, effective 27 December 2025; Seimas 107-0-3.
- United States, Paris Agreement: signed 22 April 2016, accepted 3 September 2016 (with China), in force
  4 November 2016; notified 4 November 2019, out 4 November 2020, back 19 February 2021.
- United States, WHO Constitution: notice 22 January 2025, effective 22 January 2026.
- Turkey, Istanbul Convention: ratified 14 March 2012, out 1 July 2021.
- Russia, Open Skies: notified 18 June 2021, out 18 December 2021; the United States out 22 November 2020.
- CTBT: signed by the United States (President Clinton) and China on 24 September 1996, ratified by neither;
  Russia ratified it in 2000.
- Lithuania, CCM: notice received 6 September 2024, out 6 March 2025.
- Italy, Energy Charter Treaty: out in 2016.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import gap_params, read

Read = tuple[str, str | None, str | None, str]  # kind, treaty, state, value


@dataclass(frozen=True)
class Cell:
    """One sentence of a claim kind in one clause shape, and every claim the reader must find in it."""

    id: str  # kind/shape/variant
    published: str
    text: str
    claims: tuple[Read, ...]


def cell(cid: str, published: str, text: str, *claims: Read) -> Cell:
    return Cell(cid, published, text, tuple(claims))


ROME, APMBC, PARIS, WHO = "rome-statute", "apmbc", "paris-agreement", "who-constitution"
ISTANBUL, OPEN_SKIES, CTBT, ECT, CCM = "istanbul-convention", "open-skies", "ctbt", "ect", "ccm"

# --- withdrew ------------------------------------------------------------------------------------------------

WITHDREW = [
    cell("withdrew/main-active/capital", "2022-01-10", "Moscow withdrew from the Open Skies Treaty on 18 December 2021.",
         ("withdrew", OPEN_SKIES, "RUS", "2021-12-18")),
    cell("withdrew/main-passive/with-agent", "2021-07-05",
         "The Istanbul Convention was formally abandoned by Ankara on 1 July 2021.",
         ("withdrew", ISTANBUL, "TUR", "2021-07-01")),
    cell("withdrew/relative/which-left", "2022-01-10",
         "Russia, which left the Open Skies Treaty in December 2021, blamed Washington.",
         ("withdrew", OPEN_SKIES, "RUS", "2021-12")),
    cell("withdrew/relative/after-a-preposition", "2021-07-05",
         "Protests spread across Turkey, which quit the Istanbul Convention on 1 July 2021.",
         ("withdrew", ISTANBUL, "TUR", "2021-07-01")),
    cell("withdrew/nominal/possessive-exit-on", "2021-07-05",
         "Turkey's exit from the Istanbul Convention on 1 July 2021 drew protests.",
         ("withdrew", ISTANBUL, "TUR", "2021-07-01")),
    cell("withdrew/nominal/adjective-exit-in", "2021-01-10",
         "The US exit from the Paris Agreement in November 2020 left the accord weaker.",
         ("withdrew", PARIS, "USA", "2020-11")),
    cell("withdrew/nominal/exit-then-leave-as-a-verb", "2021-01-10",
         "The US exit from the Paris Agreement on 4 November 2020 left the accord weaker.",
         ("withdrew", PARIS, "USA", "2020-11-04")),
    cell("withdrew/nominal/exit-from-in-a-month", "2025-04-10",
         "Lithuania's exit from the Convention on Cluster Munitions in March was criticised by the ICRC.",
         ("withdrew", CCM, "LTU", "2025-03")),
    cell("withdrew/appositive/state", "2021-07-05",
         "Ankara, a long-time critic of the Istanbul Convention, quit it on 1 July 2021.",
         ("withdrew", ISTANBUL, "TUR", "2021-07-01")),
    cell("withdrew/participial/having-left", "2022-01-10",
         "Having left the Open Skies Treaty in December 2021, Russia has no access to the surveillance flights.",
         ("withdrew", OPEN_SKIES, "RUS", "2021-12")),
    cell("withdrew/participial/after-the-subject", "2022-01-10",
         "Russia, having quit the Open Skies Treaty on 18 December 2021, expelled the observers.",
         ("withdrew", OPEN_SKIES, "RUS", "2021-12-18")),
    cell("withdrew/coordinated-states/both-have-left", "2022-01-10",
         "Russia and the United States have both left the Open Skies Treaty.",
         ("withdrew", OPEN_SKIES, "RUS", "true"), ("withdrew", OPEN_SKIES, "USA", "true")),
    cell("withdrew/coordinated-verbs/notified-and-left", "2021-01-10",
         "Washington notified its withdrawal in November 2019 and left the Paris Agreement on 4 November 2020.",
         ("notification_date", PARIS, "USA", "2019-11"), ("withdrew", PARIS, "USA", "2020-11-04")),
    cell("withdrew/headline/out-of", "2020-11-05", "US out of Paris pact", ("withdrew", PARIS, "USA", "true")),
    cell("withdrew/headline/quits", "2021-07-01", "Turkey quits Istanbul Convention",
         ("withdrew", ISTANBUL, "TUR", "true")),
    cell("withdrew/quote/reported", "2021-07-05",
         '"Turkey left the Istanbul Convention on 1 July," the opposition leader said.',
         ("withdrew", ISTANBUL, "TUR", "2021-07-01")),
    cell("withdrew/perfect/has-withdrawn", "2016-06-10", "Italy has withdrawn from the Energy Charter Treaty.",
         ("withdrew", ECT, "ITA", "true")),
    cell("withdrew/past-perfect/had-left", "2022-01-10",
         "By then the United States had left the Open Skies Treaty, on 22 November 2020.",
         ("withdrew", OPEN_SKIES, "USA", "2020-11-22")),
    cell("withdrew/main-passive/by-a-name", "2022-01-10",
         "The Open Skies Treaty was abandoned by Russia in December 2021.", ("withdrew", OPEN_SKIES, "RUS", "2021-12")),
    cell("withdrew/relative/pulled-out", "2026-02-01",
         "Aid cuts hit the United States, which pulled out of the World Health Organization on 22 January 2026.",
         ("withdrew", WHO, "USA", "2026-01-22")),
    cell("withdrew/appositive/the-day", "2022-01-10",
         "Russia left the Open Skies Treaty on Saturday, 18 December 2021.", ("withdrew", OPEN_SKIES, "RUS", "2021-12-18")),
    cell("withdrew/participial/after-leaving", "2022-01-10",
         "After leaving the Open Skies Treaty in December 2021, Russia expelled the observers.",
         ("withdrew", OPEN_SKIES, "RUS", "2021-12")),
    cell("withdrew/coordinated-verbs/left-and-rejoined", "2021-03-01",
         "The United States left the Paris Agreement in November 2020 and rejoined it in February 2021.",
         ("withdrew", PARIS, "USA", "2020-11"), ("joined", PARIS, "USA", "2021-02")),
    cell("withdrew/coordinated-verbs/announced-and-left", "2021-07-05",
         "Turkey announced its exit in March 2021 and left the Istanbul Convention on 1 July 2021.",
         ("withdrew", ISTANBUL, "TUR", "2021-07-01")),
    cell("withdrew/main-passive/quit-by", "2021-01-10",
         "The Open Skies Treaty was quit by the United States on 22 November 2020.",
         ("withdrew", OPEN_SKIES, "USA", "2020-11-22")),
    cell("withdrew/main-passive/ditched-by-a-capital", "2022-01-10",
         "The Open Skies Treaty was ditched by Moscow in December 2021.", ("withdrew", OPEN_SKIES, "RUS", "2021-12")),
    cell("withdrew/main-passive/membership-ended", "2022-01-10",
         "Russia's membership of the Open Skies Treaty was ended on 18 December 2021.",
         ("withdrew", OPEN_SKIES, "RUS", "2021-12-18")),
    cell("withdrew/headline/out-of-as-it-takes-effect", "2026-06-02", "Hungary out of ICC as exit takes effect",
         ("withdrew", ROME, "HUN", "true"), ("effective_date", ROME, "HUN", "2026-06-02")),
    cell("withdrew/headline/leader-quits-a-place-deal", "2020-11-05", "Trump quits Paris deal",
         ("withdrew", PARIS, "USA", "true")),
]  # fmt: skip

# --- notification_date ---------------------------------------------------------------------------------------

NOTICE_DAY = "2025-06-05"  # three days after Hungary's notice of withdrawal from the Rome Statute
NOTIFICATION = [
    cell("notification_date/main-active/name", NOTICE_DAY,
         "Hungary notified the UN Secretary-General of its withdrawal from the Rome Statute on 2 June 2025.",
         ("notification_date", ROME, "HUN", "2025-06-02")),
    cell("notification_date/main-passive/received-by", NOTICE_DAY,
         "Hungary's notice of withdrawal from the Rome Statute was received by the Secretary-General on 2 June 2025.",
         ("notification_date", ROME, "HUN", "2025-06-02")),
    cell("notification_date/main-passive/deposited-by-capital", NOTICE_DAY,
         "The instrument of withdrawal from the Rome Statute was deposited by Budapest on 2 June 2025.",
         ("notification_date", ROME, "HUN", "2025-06-02")),
    cell("notification_date/relative/which-notified", NOTICE_DAY,
         "Hungary, which notified the United Nations of its withdrawal from the Rome Statute on 2 June 2025, "
         "hosted Benjamin Netanyahu in April.",
         ("notification_date", ROME, "HUN", "2025-06-02")),
    cell("notification_date/nominal/possessive-dated", NOTICE_DAY,
         "Hungary's 2 June 2025 notification of withdrawal from the Rome Statute was published by the UN.",
         ("notification_date", ROME, "HUN", "2025-06-02")),
    cell("notification_date/nominal/submitted-on", "2019-11-10",
         "Washington's notice of withdrawal from the Paris Agreement, submitted on 4 November 2019, runs one year.",
         ("notification_date", PARIS, "USA", "2019-11-04")),
    cell("notification_date/participial/having-notified", "2019-11-10",
         "Having notified the UN of its withdrawal from the Paris Agreement on 4 November 2019, the United States "
         "will be out in a year.",
         ("notification_date", PARIS, "USA", "2019-11-04")),
    cell("notification_date/coordinated-states/two", "2025-07-01",
         "Latvia and Estonia notified the UN Secretary-General of their withdrawal from the Ottawa Convention on "
         "27 June 2025.",
         ("notification_date", APMBC, "LVA", "2025-06-27"), ("notification_date", APMBC, "EST", "2025-06-27")),
    cell("notification_date/coordinated-verbs/deposited-and-will-leave", NOTICE_DAY,
         "Hungary deposited its notice of withdrawal from the Rome Statute on 2 June 2025 and will cease to be a "
         "party on 2 June 2026.",
         ("notification_date", ROME, "HUN", "2025-06-02"), ("effective_date", ROME, "HUN", "2026-06-02")),
    cell("notification_date/headline/notifies", "2025-06-03",
         "Hungary notifies UN of Rome Statute exit\n\nThe notice was received on 2 June.",
         ("notification_date", ROME, "HUN", "0001-01-01/2025-06-03"), ("notification_date", ROME, "HUN", "2025-06-02")),
    cell("notification_date/quote/reported", NOTICE_DAY,
         'The ministry said: "Hungary notified the Secretary-General of its withdrawal from the Rome Statute on '
         '2 June 2025."',
         ("notification_date", ROME, "HUN", "2025-06-02")),
    cell("notification_date/perfect/has-notified", NOTICE_DAY,
         "Hungary has formally notified the United Nations of its withdrawal from the Rome Statute.",
         ("notification_date", ROME, "HUN", "0001-01-01/2025-06-05")),
    cell("notification_date/main-passive/no-agent", NOTICE_DAY,
         "Notice of Hungary's withdrawal from the Rome Statute was given on 2 June 2025.",
         ("notification_date", ROME, "HUN", "2025-06-02")),
    cell("notification_date/relative/whose-notice", NOTICE_DAY,
         "Hungary, whose notice of withdrawal from the Rome Statute reached the UN on 2 June 2025, hosted "
         "Benjamin Netanyahu in April.",
         ("notification_date", ROME, "HUN", "2025-06-02")),
    cell("notification_date/since/elapsed-since-they", "2025-12-27",
         "Estonia, Latvia and Lithuania announced their exit from the Ottawa Convention. Six months have elapsed since "
         "they notified the UN Secretary-General of their withdrawal.",
         *(("notification_date", APMBC, s, "2025-06-27") for s in ("EST", "LVA", "LTU")),
         ("rule", APMBC, None, "P6M since they notified the un secretary-general of their")),
    cell("notification_date/participial/absolute", NOTICE_DAY,
         "Its notice deposited with the UN on 2 June 2025, Hungary will leave the Rome Statute on 2 June 2026.",
         ("notification_date", ROME, "HUN", "2025-06-02"), ("effective_date", ROME, "HUN", "2026-06-02")),
]  # fmt: skip

# --- effective_date ------------------------------------------------------------------------------------------

EFFECT = [
    cell("effective_date/main-active/takes-effect", NOTICE_DAY,
         "Hungary's withdrawal from the Rome Statute takes effect on 2 June 2026.",
         ("effective_date", ROME, "HUN", "2026-06-02")),
    cell("effective_date/main-passive/is-set-to-become", NOTICE_DAY,
         "Hungary's exit from the Rome Statute is set to become effective on 2 June 2026.",
         ("effective_date", ROME, "HUN", "2026-06-02")),
    cell("effective_date/relative/which-takes-effect", NOTICE_DAY,
         "Hungary's withdrawal from the Rome Statute, which takes effect on 2 June 2026, was condemned by the ICC.",
         ("effective_date", ROME, "HUN", "2026-06-02")),
    cell("effective_date/nominal/effective", NOTICE_DAY,
         "Hungary's withdrawal from the Rome Statute, effective 2 June 2026, was condemned by the ICC.",
         ("effective_date", ROME, "HUN", "2026-06-02")),
    cell("effective_date/nominal/planned-for", "2025-12-01",
         "The US withdrawal from the World Health Organization, planned for Jan. 22, leaves the agency short of "
         "funds.",
         ("effective_date", WHO, "USA", "2026-01-22")),
    cell("effective_date/nominal/exit-in-a-month", "2024-09-10",
         "Lithuania's exit from the Convention on Cluster Munitions in March will leave the Baltic states divided.",
         ("effective_date", CCM, "LTU", "2025-03")),
    cell("effective_date/participial/having-notified", NOTICE_DAY,
         "Having notified the UN on 2 June 2025, Hungary will cease to be a party to the Rome Statute on "
         "2 June 2026.",
         ("notification_date", ROME, "HUN", "2025-06-02"), ("effective_date", ROME, "HUN", "2026-06-02")),
    cell("effective_date/coordinated-states/three-will-leave", "2025-07-01",
         "Estonia, Latvia and Lithuania will leave the Ottawa Convention on 27 December 2025.",
         *(("effective_date", APMBC, s, "2025-12-27") for s in ("EST", "LVA", "LTU"))),
    cell("effective_date/headline/to-exit-on", "2024-09-10",
         "Lithuania to exit cluster bomb treaty March 6\n\nVilnius notified the UN last week.",
         ("effective_date", CCM, "LTU", "2025-03-06"), ("notification_date", CCM, "LTU", "2024-09-02/2024-09-08")),
    cell("effective_date/quote/reported", NOTICE_DAY,
         'Foreign minister Peter Szijjarto said Hungary\'s withdrawal from the Rome Statute "will take effect on '
         '2 June 2026".',
         ("effective_date", ROME, "HUN", "2026-06-02")),
    cell("effective_date/future/will-be-out", "2025-12-01",
         "The United States will be out of the World Health Organization from 22 January 2026.",
         ("effective_date", WHO, "USA", "2026-01-22")),
    cell("effective_date/relative/whose-withdrawal", "2025-12-01",
         "The United States, whose withdrawal from the World Health Organization takes effect on 22 January 2026, "
         "owes the agency two years of dues.",
         ("effective_date", WHO, "USA", "2026-01-22")),
    cell("effective_date/nominal/as-of", NOTICE_DAY,
         "As of 2 June 2026, Hungary will no longer be a party to the Rome Statute.",
         ("effective_date", ROME, "HUN", "2026-06-02")),
    cell("effective_date/coordinated-verbs/notified-and-takes-effect", NOTICE_DAY,
         "Hungary notified the UN on 2 June 2025, and its exit from the Rome Statute takes effect on 2 June 2026.",
         ("notification_date", ROME, "HUN", "2025-06-02"), ("effective_date", ROME, "HUN", "2026-06-02")),
    cell("effective_date/future/will-leave", "2025-12-01",
         "The United States will leave the World Health Organization on 22 January 2026.",
         ("effective_date", WHO, "USA", "2026-01-22")),
    cell("effective_date/headline/possessive-withdrawal-to-take-effect", "2020-07-08",
         "America's withdrawal from WHO to take effect July 2021", ("effective_date", WHO, "USA", "2021-07")),
    cell("effective_date/headline/to-take-effect", NOTICE_DAY, "Hungary's ICC exit to take effect June 2, 2026",
         ("effective_date", ROME, "HUN", "2026-06-02")),
]  # fmt: skip

# --- signed --------------------------------------------------------------------------------------------------

SIGNED = [
    cell("signed/main-active/name", NOTICE_DAY, "Hungary signed the Rome Statute on 15 January 1999.",
         ("signed", ROME, "HUN", "1999-01-15")),
    cell("signed/main-passive/by-a-leader", "1998-03-01", "The CTBT was signed by President Clinton in September 1996.",
         ("signed", CTBT, "USA", "1996-09")),
    cell("signed/main-passive/by-a-state", NOTICE_DAY, "The Rome Statute was signed by Hungary on 15 January 1999.",
         ("signed", ROME, "HUN", "1999-01-15")),
    cell("signed/relative/which-was-signed-by", "1998-03-01",
         "The CTBT, which was signed by the United States in 1996, bans all nuclear explosions.",
         ("signed", CTBT, "USA", "1996")),
    cell("signed/relative/signed-but-not-ratified", "2024-03-01",
         "China, which has signed but not ratified the CTBT, has not tested since 1996.",
         ("signed", CTBT, "CHN", "true"), ("ratified", CTBT, "CHN", "false")),
    cell("signed/nominal/possessive-signature-on", "2002-05-07",
         "America's signature of the Rome Statute on 31 December 2000 was withdrawn in all but name.",
         ("signed", ROME, "USA", "2000-12-31")),
    cell("signed/nominal/adjective-signature-on", "2002-05-07",
         "The US signature on the Rome Statute on 31 December 2000 was symbolic.",
         ("signed", ROME, "USA", "2000-12-31")),
    cell("signed/participial/having-signed", "2017-06-02",
         "Having signed the Paris Agreement in April 2016, the United States ratified it in September.",
         ("signed", PARIS, "USA", "2016-04"), ("ratified", PARIS, "USA", "2016-09")),
    cell("signed/coordinated-states/two", "1998-03-01", "China and the United States signed the CTBT in 1996.",
         ("signed", CTBT, "CHN", "1996"), ("signed", CTBT, "USA", "1996")),
    cell("signed/coordinated-verbs/signed-but-never-ratified", "2024-03-01",
         "The United States signed the CTBT in 1996 but never ratified it.",
         ("signed", CTBT, "USA", "1996"), ("ratified", CTBT, "USA", "false")),
    cell("signed/perfect/has-signed", "2024-03-01", "The United States has signed the CTBT.",
         ("signed", CTBT, "USA", "true")),
    cell("signed/coordinated-verbs/signed-in-but-never-ratified", "2024-03-01",
         "Egypt signed the CTBT in 1996 but has never ratified it.",
         ("signed", CTBT, "EGY", "1996"), ("ratified", CTBT, "EGY", "false")),
    cell("signed/quote/reported", "2016-04-25",
         '"The United States signed the Paris Agreement on 22 April," the State Department said.',
         ("signed", PARIS, "USA", "2016-04-22")),
]  # fmt: skip

# --- ratified ------------------------------------------------------------------------------------------------

RATIFIED = [
    cell("ratified/main-active/name", "2024-03-01", "Russia ratified the CTBT in 2000.", ("ratified", CTBT, "RUS", "2000")),
    cell("ratified/main-passive/by", "2021-03-25", "The Istanbul Convention was ratified by Turkey in March 2012.",
         ("ratified", ISTANBUL, "TUR", "2012-03")),
    cell("ratified/relative/which-ratified", "2021-03-25",
         "Turkey, which ratified the Istanbul Convention in 2012, announced its withdrawal on Saturday.",
         ("ratified", ISTANBUL, "TUR", "2012")),
    cell("ratified/nominal/possessive", "2021-03-25",
         "Turkey's ratification of the Istanbul Convention in March 2012 made it the first state party.",
         ("ratified", ISTANBUL, "TUR", "2012-03")),
    cell("ratified/participial/having-ratified", NOTICE_DAY,
         "Hungary, having ratified the Rome Statute in 2001, is bound to arrest suspects the court indicts.",
         ("ratified", ROME, "HUN", "2001")),
    cell("ratified/participial/having-ratified-undated", NOTICE_DAY,
         "Hungary, having ratified the Rome Statute, hosted the court's president.", ("ratified", ROME, "HUN", "true")),
    cell("ratified/participial/after-having-ratified", NOTICE_DAY,
         "Hungary quit the ICC after having ratified the Rome Statute in 2001.",
         ("withdrew", ROME, "HUN", "true"), ("ratified", ROME, "HUN", "2001")),
    cell("ratified/coordinated-states/two", "2017-06-02",
         "China and the United States ratified the Paris Agreement on 3 September 2016.",
         ("ratified", PARIS, "CHN", "2016-09-03"), ("ratified", PARIS, "USA", "2016-09-03")),
    cell("ratified/coordinated-verbs/signed-and-ratified", "2025-07-01",
         "Lithuania signed the Ottawa Convention in 1999 and ratified it in 2003.",
         ("signed", APMBC, "LTU", "1999"), ("ratified", APMBC, "LTU", "2003")),
    cell("ratified/perfect/has-ratified", "2025-07-01", "Lithuania has ratified the Ottawa Convention.",
         ("ratified", APMBC, "LTU", "true")),
    cell("ratified/participial/having-ratified-it", "2021-03-25",
         "Turkey hosted the signing of the Istanbul Convention. Having ratified it in 2012, Turkey was its first party.",
         ("ratified", ISTANBUL, "TUR", "2012")),
    cell("ratified/headline/ratifies", "2012-03-15", "Turkey ratifies Istanbul Convention",
         ("ratified", ISTANBUL, "TUR", "0001-01-01/2012-03-15")),
]  # fmt: skip

# --- joined --------------------------------------------------------------------------------------------------

JOINED = [
    cell("joined/main-active/name", "2025-07-01", "Lithuania joined the Ottawa Convention in 2003.",
         ("joined", APMBC, "LTU", "2003")),
    cell("joined/relative/which-joined", "2025-07-01",
         "Lithuania, which joined the Ottawa Convention in 2003, destroyed its stockpile.",
         ("joined", APMBC, "LTU", "2003")),
    cell("joined/nominal/re-entry", "2021-03-01",
         "The US re-entry into the Paris Agreement on 19 February 2021 was welcomed in Brussels.",
         ("joined", PARIS, "USA", "2021-02-19")),
    cell("joined/participial/having-rejoined", "2021-03-01",
         "Having rejoined the Paris Agreement in February 2021, Washington pledged deeper cuts.",
         ("joined", PARIS, "USA", "2021-02")),
    cell("joined/coordinated-states/respectively", "2025-07-01",
         "Estonia and Latvia joined the Ottawa Convention in 2004 and 2005 respectively.",
         ("joined", APMBC, "EST", "2004"), ("joined", APMBC, "LVA", "2005")),
    cell("joined/perfect/a-party-since", "2025-07-01", "Lithuania has been a party to the Ottawa Convention since 2003.",
         ("joined", APMBC, "LTU", "2003")),
    cell("joined/headline/rejoins", "2021-02-19", "US rejoins Paris climate accord",
         ("joined", PARIS, "USA", "0001-01-01/2021-02-19")),
    cell("joined/main-active/seated-noun-re-entered", "2023-08-01",
         "The Biden administration re-entered UNESCO in July 2023.", ("joined", "unesco-constitution", "USA", "2023-07")),
    cell("joined/main-active/government-re-entered", "2021-03-01",
         "The US government re-entered the Paris Agreement on 19 February 2021.",
         ("joined", PARIS, "USA", "2021-02-19")),
    cell("joined/appositive/a-party-since", "2025-07-01",
         "Lithuania, a party to the Ottawa Convention since 2003, destroyed its stockpile.",
         ("joined", APMBC, "LTU", "2003")),
]  # fmt: skip

# --- entry_into_force ----------------------------------------------------------------------------------------

IN_FORCE = [
    cell("entry_into_force/main-active/entered", "2017-06-02", "The Paris Agreement entered into force on 4 November 2016.",
         ("entry_into_force", PARIS, None, "2016-11-04")),
    cell("entry_into_force/relative/which-entered", NOTICE_DAY,
         "The Rome Statute, which entered into force on 1 July 2002, founded the court.",
         ("entry_into_force", ROME, None, "2002-07-01")),
    cell("entry_into_force/nominal/since-its-entry", "2025-07-01",
         "Since the Ottawa Convention's entry into force on 1 March 1999, mine casualties have fallen.",
         ("entry_into_force", APMBC, None, "1999-03-01")),
    cell("entry_into_force/nominal/of-the-treaty", "2025-07-01",
         "The entry into force of the Ottawa Convention on 1 March 1999 was celebrated in Ottawa.",
         ("entry_into_force", APMBC, None, "1999-03-01")),
    cell("entry_into_force/appositive/in-force-since", NOTICE_DAY,
         "The Rome Statute, in force since 1 July 2002, set up the International Criminal Court.",
         ("entry_into_force", ROME, None, "2002-07-01")),
    cell("entry_into_force/participial/having-entered", "2025-07-01",
         "Having entered into force in March 1999, the Ottawa Convention now binds most states.",
         ("entry_into_force", APMBC, None, "1999-03")),
    cell("entry_into_force/coordinated-verbs/adopted-and-entered", "2017-06-02",
         "The Paris Agreement was adopted in December 2015 and entered into force in November 2016.",
         ("entry_into_force", PARIS, None, "2016-11")),
    cell("entry_into_force/headline/enters-into-force", "2016-11-04",
         "Paris Agreement enters into force\n\nThe accord took effect on Friday.",
         ("entry_into_force", PARIS, None, "2016-10-29/2016-11-04"),  # the headline's present: the week up to the
         # report (h-b50, batch 50: 'The Paris Agreement enters into force', MEHI, 7 November 2016, labelled so)
         ("entry_into_force", PARIS, None, "2016-11-04")),
    cell("entry_into_force/main-active/for-a-state", "2025-07-01",
         "The Ottawa Convention entered into force for Lithuania on 1 November 2003.",
         ("entry_into_force", APMBC, "LTU", "2003-11-01")),
]  # fmt: skip

# --- vote_tally ----------------------------------------------------------------------------------------------

VOTE_DAY = "2025-05-21"
VOTES = [
    cell("vote_tally/main-active/voted", VOTE_DAY, "Hungary's parliament voted 134-37 to leave the Rome Statute.",
         ("vote_tally", ROME, "HUN", "134-37")),
    cell("vote_tally/main-passive/was-passed-by", VOTE_DAY,
         "The Hungarian bill to leave the Rome Statute was passed by 134 votes to 37, with seven abstentions.",
         ("vote_tally", ROME, "HUN", "134-37-7")),
    cell("vote_tally/relative/which-voted", "2025-05-10",
         "Lithuania's Seimas, which voted 107-0 to leave the Ottawa Convention, also raised defence spending.",
         ("vote_tally", APMBC, "LTU", "107-0")),
    cell("vote_tally/nominal/the-vote", VOTE_DAY,
         "The 134-37 vote in Hungary's parliament to leave the Rome Statute was condemned by rights groups.",
         ("vote_tally", ROME, "HUN", "134-37")),
    cell("vote_tally/headline/mps-vote", VOTE_DAY, "Hungarian MPs vote 134-37 to quit Rome Statute",
         ("vote_tally", ROME, "HUN", "134-37")),
    cell("vote_tally/appositive/the-vote", VOTE_DAY,
         "Hungary's parliament approved leaving the Rome Statute. The vote, 134 to 37 with seven abstentions, came "
         "on Tuesday.",
         ("vote_tally", ROME, "HUN", "134-37-7")),
]  # fmt: skip

# --- parties_count -------------------------------------------------------------------------------------------

COUNT_DAY = "2025-03-20"
COUNTS = [
    cell("parties_count/main-active/has", COUNT_DAY, "The Ottawa Convention has 164 states parties.",
         ("parties_count", APMBC, None, "164")),
    cell("parties_count/main-passive/ratified-by", COUNT_DAY, "The Ottawa Convention has been ratified by 164 countries.",
         ("parties_count", APMBC, None, "164 ratifications")),  # instruments deposited (checks/deposits.py)
    cell("parties_count/relative/which-has", COUNT_DAY,
         "The Ottawa Convention, which has 164 parties, bans anti-personnel mines.",
         ("parties_count", APMBC, None, "164")),
    cell("parties_count/nominal/its-parties", COUNT_DAY,
         "The Ottawa Convention's 164 states parties meet in Geneva each year.",
         ("parties_count", APMBC, None, "164")),
    cell("parties_count/appositive/a-treaty-with", COUNT_DAY,
         "The Ottawa Convention, a treaty with 164 states parties, bans anti-personnel mines.",
         ("parties_count", APMBC, None, "164")),
    cell("parties_count/participial/ratified-by", COUNT_DAY,
         "Ratified by 164 countries, the Ottawa Convention bans anti-personnel mines.",
         ("parties_count", APMBC, None, "164 ratifications")),
    cell("parties_count/one-of/one-of-the-parties", COUNT_DAY,
         "Lithuania is one of 164 states parties to the Ottawa Convention.",
         ("parties_count", APMBC, None, "164")),
]  # fmt: skip

# --- negatives: each shape hedged, negated, conditional, denied, or of another kind ----------------------------

NEGATIVE_TEXTS = {
    "main-active/hedged": "Poland could leave the Ottawa Convention on 1 January 2026.",
    "main-active/conditional": "If Hungary left the Rome Statute, other states would follow.",
    "main-passive/proposed": "A withdrawal from the Ottawa Convention was proposed by Polish lawmakers on 3 March.",
    "relative/refused": "Poland, which has refused to leave the Ottawa Convention, borders Belarus.",
    "relative/considering": "Finland, which is considering leaving the Ottawa Convention, borders Russia.",
    "nominal/possible": "Poland's possible withdrawal from the Ottawa Convention in March worries campaigners.",
    "nominal/a-debate-on": "The debate on Hungary's withdrawal from the Rome Statute on 20 May was heated.",
    "appositive/critic": "Warsaw, a critic of the Ottawa Convention, has no plans to leave it.",
    "participial/having-considered": "Having considered leaving the Ottawa Convention, Poland decided to stay.",
    "participial/threatening": "Threatening to quit the Rome Statute, Hungary summoned the court's envoy.",
    "coordinated-states/neither-plans": "Neither Poland nor Finland plans to leave the Ottawa Convention.",
    "coordinated-verbs/threatened-but-stayed": "Poland threatened to leave the Ottawa Convention but stayed in it.",
    "headline/mulls": "Poland mulls quitting mine ban treaty",
    "headline/question": "Will Hungary quit the ICC?",
    "quote/first-person-future": '"We will never leave the Ottawa Convention," the Polish minister said.',
    "quote/denial": "Finland denied that it had notified its withdrawal from the Ottawa Convention.",
    "modal/should": "Lithuania should withdraw from the Ottawa Convention, the minister argued.",
    "modal/may-take-effect": "Lithuania's withdrawal from the Ottawa Convention may take effect in December.",
    "conditional/if-confirmed": "Hungary's withdrawal from the Rome Statute, if confirmed, would take effect in 2026.",
    "quote/denied-reports": "Turkey denied reports that it had left the Istanbul Convention.",
    "question/who-ratified": "Who ratified the Rome Statute in 2001?",
    "nominal/would-leave": "A US exit from the Paris Agreement would leave the accord weaker.",
    "nominal/a-re-entry-could": "A US re-entry into the Paris Agreement could come in 2021.",
    "nominal/ratification-planned": "Armenia's ratification of the Rome Statute is planned for 2027.",
    "nominal/signature-of-the-treaty": "The signature of the Rome Statute took place in Rome in 1998.",
    "relative/de-ratified": "Russia, which de-ratified the CTBT in November 2023, says it will not test first.",
    "main-active/revoked-ratification": "Russia revoked its ratification of the CTBT in 2023.",
    "future/plans-to-sign": "Armenia plans to sign the Rome Statute next year.",
    "main-passive/left-in-tatters": "The Open Skies Treaty was left in tatters in 2021.",
    "main-passive/plan-abandoned-by": "The plan to quit the Ottawa Convention was abandoned by Poland in 2025.",
    "main-passive/abandoned-by-no-state": "The Ottawa Convention was abandoned by its critics long ago.",
    "headline/kept-out-of": "Keep the US out of the Paris pact, says senator",
    "headline/out-of-options": "US out of options on Paris pact",
    "participial/having-notified-no-exit": "Having notified the UN on 2 June 2025, Hungary hosted talks on the Rome "
    "Statute.",
    # (the set-up sentence was 'Estonia and Latvia joined the Ottawa Convention.', a joining done since session 13)
    "since/elapsed-since-another-event": "Estonia and Latvia debated the Ottawa Convention. Two years have elapsed "
    "since they began the talks.",
}
NEGATIVES = [cell(f"negative/{key}", "2025-07-01", text) for key, text in NEGATIVE_TEXTS.items()]
DENIALS = [  # a negated act: a claim that it did not happen, and nothing else
    cell("negative/relative/which-has-not-ratified", "2024-03-01",
         "The United States, which has not ratified the CTBT, observes a testing moratorium.",
         ("ratified", CTBT, "USA", "false")),
    cell("negative/relative/has-never-ratified", NOTICE_DAY,
         "Israel, which has never ratified the Rome Statute, rejects the court's reach.",
         ("ratified", ROME, "ISR", "false")),
    cell("negative/coordinated-states/neither-has-ratified", "2024-03-01",
         "Neither the United States nor China has ratified the CTBT.",
         ("ratified", CTBT, "USA", "false"), ("ratified", CTBT, "CHN", "false")),
    cell("negative/coordinated-states/neither-has-left", "2025-07-01",
         "Neither Poland nor Finland has left the Ottawa Convention.",
         ("withdrew", APMBC, "POL", "false"), ("withdrew", APMBC, "FIN", "false")),
    cell("negative/contrast/unlike", "2025-07-01", "Unlike Hungary, Poland has not left the ICC.",
         ("withdrew", ROME, "POL", "false")),
    cell("negative/decision/not-to-leave", "2025-07-01", "Poland's decision not to leave the Ottawa Convention was "
         "welcomed.", ("withdrew", APMBC, "POL", "false")),
    cell("negative/contrast/unlike-two", "2025-07-01", "Unlike Hungary and Burundi, Poland has not left the Rome Statute.",
         ("withdrew", ROME, "POL", "false")),
]  # fmt: skip

# --- shapes added in session 11 (h-grid): time clauses, reported speech, a decision's effect, infinitive headlines,
# 'as well as' / 'along with' lists, ordinals, clefts ------------------------------------------------------------

TIME_CLAUSES = [
    cell("withdrew/time-clause/since-its-exit", "2022-06-10",
         "Since its exit from the Open Skies Treaty in December 2021, Russia has flown no observation flights.",
         ("withdrew", OPEN_SKIES, "RUS", "2021-12")),
    cell("withdrew/time-clause/after-quitting", "2021-03-01",
         "After quitting the Paris Agreement in November 2020, the United States rejoined it in February 2021.",
         ("withdrew", PARIS, "USA", "2020-11"), ("joined", PARIS, "USA", "2021-02")),
    cell("withdrew/time-clause/before-leaving", "2021-07-05",
         "Before leaving the Istanbul Convention on 1 July 2021, Turkey had been its first party.",
         ("withdrew", ISTANBUL, "TUR", "2021-07-01")),
    cell("withdrew/time-clause/after-its-withdrawal", "2022-06-10",
         "After its withdrawal from the Open Skies Treaty on 18 December 2021, Russia expelled the observers.",
         ("withdrew", OPEN_SKIES, "RUS", "2021-12-18")),
    cell("notification_date/time-clause/since-notifying", NOTICE_DAY,
         "Since notifying the UN of its withdrawal from the Rome Statute on 2 June 2025, Hungary has hosted no "
         "court officials.",
         ("notification_date", ROME, "HUN", "2025-06-02")),
    cell("joined/time-clause/since-joining", "2025-07-01",
         "Since joining the Ottawa Convention in 2003, Lithuania has destroyed its stockpile.",
         ("joined", APMBC, "LTU", "2003")),
    cell("ratified/time-clause/after-ratifying", NOTICE_DAY,
         "After ratifying the Rome Statute in 2001, Hungary passed a law to cooperate with the court.",
         ("ratified", ROME, "HUN", "2001")),
    cell("signed/time-clause/since-signing", "2024-03-01",
         "Since signing the CTBT in 1996, the United States has not tested a nuclear weapon.",
         ("signed", CTBT, "USA", "1996")),
    cell("signed/time-clause/despite-signing-after-a-denial", "2024-03-01",
         "China has not tested a nuclear weapon despite signing the CTBT in 1996.", ("signed", CTBT, "CHN", "1996")),
    cell("signed/time-clause/despite-signing-it-back-in", "2024-03-01",
         "China has never ratified the CTBT despite signing it back in 1996.",
         ("ratified", CTBT, "CHN", "false"), ("signed", CTBT, "CHN", "1996")),
    cell("signed/time-clause/fronted-despite-signing", "2024-03-01",
         "Despite signing the CTBT in 1996, the United States has not ratified it.",
         ("signed", CTBT, "USA", "1996"), ("ratified", CTBT, "USA", "false")),
    cell("ratified/time-clause/despite-ratifying", NOTICE_DAY,
         "Hungary did not arrest Netanyahu despite ratifying the Rome Statute in 2001.",
         ("ratified", ROME, "HUN", "2001")),
    cell("ratified/time-clause/since-its-ratification", "2021-03-25",
         "Since its ratification of the Istanbul Convention in 2012, Turkey has passed two laws on violence.",
         ("ratified", ISTANBUL, "TUR", "2012")),
]  # fmt: skip

REPORTED = [
    cell("notification_date/reported/officials-said-had-notified", NOTICE_DAY,
         "Officials said Hungary had notified the UN Secretary-General of its withdrawal from the Rome Statute on "
         "2 June 2025.",
         ("notification_date", ROME, "HUN", "2025-06-02")),
    cell("withdrew/reported/diplomats-said-had-left", "2022-01-10",
         "Diplomats said Russia had left the Open Skies Treaty on 18 December 2021.",
         ("withdrew", OPEN_SKIES, "RUS", "2021-12-18")),
    cell("ratified/reported/the-ministry-said-had-ratified", "2025-07-01",
         "The ministry said Lithuania had ratified the Ottawa Convention in 2003.", ("ratified", APMBC, "LTU", "2003")),
    cell("effective_date/reported/said-would-take-effect", NOTICE_DAY,
         "Officials said Hungary's withdrawal from the Rome Statute would take effect on 2 June 2026.",
         ("effective_date", ROME, "HUN", "2026-06-02")),
    cell("withdrew/reported/according-to", "2022-01-10",
         "Russia left the Open Skies Treaty on 18 December 2021, according to the foreign ministry.",
         ("withdrew", OPEN_SKIES, "RUS", "2021-12-18")),
]  # fmt: skip

DECISIONS = [
    cell("effective_date/nominal/decision-which-takes-effect", NOTICE_DAY,
         "Hungary's decision to leave the Rome Statute, which takes effect on 2 June 2026, was condemned by the ICC.",
         ("effective_date", ROME, "HUN", "2026-06-02")),
    cell("effective_date/nominal/decision-effective", "2025-12-01",
         "The US decision to quit the World Health Organization, effective 22 January 2026, leaves the agency short of "
         "funds.",
         ("effective_date", WHO, "USA", "2026-01-22")),
    cell("effective_date/nominal/decision-will-take-effect", "2025-07-01",
         "Lithuania's decision to withdraw from the Ottawa Convention will take effect on 27 December 2025.",
         ("effective_date", APMBC, "LTU", "2025-12-27")),
]  # fmt: skip

HEADLINES = [
    cell("effective_date/headline/to-leave-next-year", "2025-06-03", "Hungary to leave Rome Statute next year",
         ("effective_date", ROME, "HUN", "2026")),
    cell("effective_date/headline/to-quit-on-a-day", "2025-12-01", "US to quit WHO on January 22",
         ("effective_date", WHO, "USA", "2026-01-22")),
    cell("effective_date/headline/to-be-out-of", "2025-12-01", "US to be out of WHO from January 22",
         ("effective_date", WHO, "USA", "2026-01-22")),
    cell("joined/headline/to-rejoin", "2021-02-18", "US to rejoin Paris Agreement on Friday",
         ("joined", PARIS, "USA", "2021-02-19")),
]  # fmt: skip

LISTS = [
    cell("withdrew/coordinated-states/as-well-as", "2020-01-10",
         "Burundi as well as the Philippines have left the Rome Statute.",
         ("withdrew", ROME, "BDI", "true"), ("withdrew", ROME, "PHL", "true")),
    cell("withdrew/coordinated-states/along-with", "2022-01-10",
         "Russia, along with the United States, has left the Open Skies Treaty.",
         ("withdrew", OPEN_SKIES, "RUS", "true"), ("withdrew", OPEN_SKIES, "USA", "true")),
    cell("notification_date/coordinated-states/as-well-as", "2025-07-01",
         "Latvia as well as Estonia notified the UN Secretary-General of their withdrawal from the Ottawa Convention "
         "on 27 June 2025.",
         ("notification_date", APMBC, "LVA", "2025-06-27"), ("notification_date", APMBC, "EST", "2025-06-27")),
    cell("ratified/coordinated-states/as-well-as", "2017-06-02",
         "China as well as the United States ratified the Paris Agreement on 3 September 2016.",
         ("ratified", PARIS, "CHN", "2016-09-03"), ("ratified", PARIS, "USA", "2016-09-03")),
    cell("withdrew/coordinated-states/gapped-with-the", "2020-01-10",
         "Burundi left the Rome Statute in 2017 and the Philippines in 2019.",
         ("withdrew", ROME, "BDI", "2017"), ("withdrew", ROME, "PHL", "2019")),
    cell("ratified/coordinated-states/gapped-with-the", "2025-07-01",
         "Estonia ratified the Ottawa Convention in 2004 and the United Kingdom in 1998.",
         ("ratified", APMBC, "EST", "2004"), ("ratified", APMBC, "GBR", "1998")),
    cell("withdrew/coordinated-states/did-so", "2020-01-10",
         "Burundi left the Rome Statute in 2017; the Philippines did so in 2019.",
         ("withdrew", ROME, "BDI", "2017"), ("withdrew", ROME, "PHL", "2019")),
    cell("ratified/coordinated-states/did-the-same-next-sentence", "2025-07-01",
         "Estonia ratified the Ottawa Convention in 2004. Latvia did the same in 2005.",
         ("ratified", APMBC, "EST", "2004"), ("ratified", APMBC, "LVA", "2005")),
    cell("withdrew/coordinated-states/followed-in", "2020-01-10",
         "Burundi left the Rome Statute in 2017. The Philippines followed in 2019.",
         ("withdrew", ROME, "BDI", "2017"), ("withdrew", ROME, "PHL", "2019")),
    cell("negative/coordinated-states/did-not-do-so", "2020-01-10",
         "Burundi left the Rome Statute in 2017. The Philippines did not do so.", ("withdrew", ROME, "BDI", "2017")),
    cell("negative/coordinated-states/may-do-so", "2020-01-10",
         "Burundi left the Rome Statute in 2017. The Philippines may do so in 2020.", ("withdrew", ROME, "BDI", "2017")),
    cell("effective_date/coordinated-states/along-with", "2025-07-01",
         "Lithuania, along with Latvia and Estonia, will leave the Ottawa Convention on 27 December 2025.",
         *(("effective_date", APMBC, s, "2025-12-27") for s in ("LTU", "LVA", "EST"))),
]  # fmt: skip

ORDINALS = [
    cell("joined/ordinal/the-nth-state-party", "2025-01-10",
         "Ukraine became the 125th state party to the Rome Statute on 1 January 2025.",
         ("joined", ROME, "UKR", "2025-01-01"), ("parties_count", ROME, "UKR", "125")),  # the count as it joined
    cell("ratified/ordinal/the-nth-to-ratify", "2024-03-01",
         "Armenia became the 124th country to ratify the Rome Statute in 2023.",
         ("ratified", ROME, "ARM", "2023")),  # the order of deposits counts parties only with its day (counts.py)
    cell("withdrew/ordinal/the-third-to-leave", NOTICE_DAY, "Hungary is the third country to leave the Rome Statute.",
         ("withdrew", ROME, "HUN", "true")),
    cell("withdrew/ordinal/appositive-first-to-leave", "2018-01-10",
         "Burundi, the first state to leave the Rome Statute, rejects the court.", ("withdrew", ROME, "BDI", "true")),
    cell("withdrew/ordinal/first-bloc-member-state", NOTICE_DAY,
         "Hungary became the first EU member state to leave the Rome Statute.", ("withdrew", ROME, "HUN", "true")),
    cell("ratified/ordinal/appositive-first-to-ratify", "2021-07-05",
         "Turkey, the first country to ratify the Istanbul Convention, left it on 1 July 2021.",
         ("ratified", ISTANBUL, "TUR", "true"), ("withdrew", ISTANBUL, "TUR", "2021-07-01")),
    cell("parties_count/appositive/one-of-the-parties", COUNT_DAY,
         "Lithuania, one of 164 parties to the Ottawa Convention, destroyed its stockpile.",
         ("parties_count", APMBC, None, "164")),
]  # fmt: skip

CLEFTS = [
    cell("withdrew/cleft/it-was-in", "2022-01-10", "It was in December 2021 that Russia left the Open Skies Treaty.",
         ("withdrew", OPEN_SKIES, "RUS", "2021-12")),
    cell("ratified/cleft/it-was-in", "2021-03-25", "It was in 2012 that Turkey ratified the Istanbul Convention.",
         ("ratified", ISTANBUL, "TUR", "2012")),
    cell("notification_date/cleft/it-was-on", NOTICE_DAY,
         "It was on 2 June 2025 that Hungary notified the UN of its withdrawal from the Rome Statute.",
         ("notification_date", ROME, "HUN", "2025-06-02")),
    cell("signed/cleft/it-was-in", "2024-03-01", "It was in 1996 that the United States signed the CTBT.",
         ("signed", CTBT, "USA", "1996")),
    cell("withdrew/cleft/not-until", "2022-01-10",
         "It was not until December 2021 that Russia left the Open Skies Treaty.",
         ("withdrew", OPEN_SKIES, "RUS", "2021-12")),
    cell("ratified/cleft/not-until", "2021-03-25", "It was not until 2012 that Turkey ratified the Istanbul Convention.",
         ("ratified", ISTANBUL, "TUR", "2012")),
    cell("joined/cleft/it-was-in", "2021-03-01", "It was in February 2021 that the United States rejoined the Paris "
         "Agreement.", ("joined", PARIS, "USA", "2021-02")),
]  # fmt: skip

YET_TO = [  # a denial told as a deed still awaited: 'has yet to ratify', 'are yet to ratify'
    cell("ratified/yet-to/has-yet-to", "2024-03-01", "The United States has yet to ratify the CTBT.",
         ("ratified", CTBT, "USA", "false")),
    cell("ratified/yet-to/are-yet-to-two", "2024-03-01", "China and Egypt are yet to ratify the CTBT.",
         ("ratified", CTBT, "CHN", "false"), ("ratified", CTBT, "EGY", "false")),
    cell("signed/yet-to/has-yet-to", "2025-07-01", "Israel has yet to sign the Ottawa Convention.",
         ("signed", APMBC, "ISR", "false")),
    cell("joined/yet-to/has-yet-to", "2025-07-01", "The United States has yet to join the Ottawa Convention.",
         ("joined", APMBC, "USA", "false")),
    cell("entry_into_force/yet-to/has-yet-to", "2024-03-01", "The CTBT has yet to enter into force.",
         ("entry_into_force", CTBT, None, "false")),
]  # fmt: skip

NEW_NEGATIVE_TEXTS = {
    "time-clause/since-the-war": "Since the start of the war in 2022, Russia has threatened to leave the Open Skies "
    "Treaty.",
    "time-clause/after-considering": "After considering leaving the Ottawa Convention in 2024, Finland decided to stay.",
    "time-clause/before-its-planned-exit": "Before its planned exit from the Ottawa Convention, Poland held a debate.",
    "reported/denied": "Officials denied that Poland had notified the UN of its withdrawal from the Ottawa Convention.",
    "reported/might": "Officials said Poland might leave the Ottawa Convention next year.",
    "decision/expected": "A decision on whether to leave the Ottawa Convention is expected in March.",
    "headline/to-consider-quitting": "Poland to consider quitting mine ban treaty",
    "headline/to-stay": "Finland to stay in Ottawa Convention",
    "lists/along-with-considering": "Poland, along with Finland, is considering leaving the Ottawa Convention.",
    "ordinal/expected-to-become": "Armenia is expected to become the 124th state party to the Rome Statute.",
    "cleft/not-clear-that": "It was not clear that Russia had left the Open Skies Treaty.",
    "cleft/threatened": "It was in 2016 that Russia threatened to leave the Open Skies Treaty.",
    "ordinal/could-be-the-first": "Poland could be the first EU country to leave the Ottawa Convention.",
    "ordinal/appositive-first-to-consider": "Poland, the first country to consider leaving the Ottawa Convention, "
    "held a debate.",
    "ordinal/one-of-the-first-to-ratify": "Italy was one of 12 states to ratify the convention in 1950.",
    "main-active/re-entered-talks": "The US government re-entered talks on the Paris Agreement in 2021.",
    "main-active/joined-calls": "The US joined calls to leave the Paris Agreement in 2021.",
    "time-clause/despite-threats": "Hungary has not arrested Netanyahu despite threats to leave the Rome Statute.",
    "yet-to/leave": "Poland has yet to leave the Ottawa Convention.",  # an exit under way (the paraphrase grid's)
    "yet-to/decide": "Poland is yet to decide whether to leave the Ottawa Convention.",
    "yet-to/say-when": "Armenia has yet to say when it will ratify the Rome Statute.",
}
NEW_NEGATIVES = [cell(f"negative/{key}", "2025-07-01", text) for key, text in NEW_NEGATIVE_TEXTS.items()]
NEW_SHAPES = TIME_CLAUSES + REPORTED + DECISIONS + HEADLINES + LISTS + ORDINALS + CLEFTS + YET_TO + NEW_NEGATIVES

CELLS: list[Cell] = WITHDREW + NOTIFICATION + EFFECT + SIGNED + RATIFIED + JOINED + IN_FORCE + VOTES + COUNTS
CELLS += NEGATIVES + DENIALS + NEW_SHAPES

# Today's gaps: each fails now and is marked so (strict: a fix makes it pass, and the mark must then go).
KNOWN_GAPS: dict[str, str] = {}


def test_the_grid_is_distinct_and_covers_every_kind_and_shape() -> None:
    ids = Counter(c.id for c in CELLS)
    assert [i for i, n in ids.items() if n > 1] == []
    kinds = {c.id.split("/")[0] for c in CELLS}
    assert kinds >= {"withdrew", "notification_date", "effective_date", "signed", "ratified", "joined",
                     "entry_into_force", "vote_tally", "parties_count", "negative"}  # fmt: skip
    shapes = {c.id.split("/")[1] for c in CELLS}
    assert shapes >= {"main-active", "main-passive", "relative", "nominal", "appositive", "participial",
                      "coordinated-states", "coordinated-verbs", "headline", "quote", "perfect", "future"}  # fmt: skip
    assert set(KNOWN_GAPS) <= set(ids)


@pytest.mark.parametrize("cell", gap_params(CELLS, KNOWN_GAPS))
def test_clause_shape(finder: ClaimFinder, cell: Cell) -> None:
    assert Counter(read(finder, cell.text, cell.published)) == Counter(cell.claims)


# A cell alone is read as a headline (the first line), where the reader is more lenient ('X quits T' reports a done
# deed); read again under a headline of its own, each cell that is no headline must give the same claims.
BODY_CELLS = [c for c in CELLS if "/headline/" not in c.id]
BODY_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("cell", gap_params(BODY_CELLS, BODY_GAPS))
def test_clause_shape_in_the_body(finder: ClaimFinder, cell: Cell) -> None:
    assert Counter(read(finder, "Treaty news\n\n" + cell.text, cell.published)) == Counter(cell.claims)
