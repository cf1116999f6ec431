"""Constructions of the fifty-sixth held-out batch (session 21, h-b56: explainers, Q&As, analyses, opinion and legal
blogs of 2017-2026 on the US Paris, UNESCO and WHO exits, Article 50, Turkey and the Istanbul Convention, the CTBT,
Lithuania's CCM exit, the Sahel States and ECOWAS and the ICC), each pinned by the article's sentence and paraphrases
of our own, with look-alikes:

- 'It was negotiated in 2015 and took effect on Nov. 4, 2016' (AP, 4 November 2019): 'it', the subject of a verb of
  making a treaty joined by 'and' to the verb of taking effect, is the treaty: its entry into force, though the
  article tells an exit (effects.py `_made_then`); not 'It was signed by the US in 2016 and took effect ...' (a
  State's act) nor a withdrawal 'announced ... and took effect';
- 'no member has ever left the EU' (Sky News, 20 March 2017), 'No country has withdrawn': no State's exit, not the
  article's State (subjects.py `_generic_subject`);
- 'Greenland was the last country to vote to leave the bloc' (The Guardian, 27 March 2017): a rank over another
  infinitive counts that act (a vote, a decision), not the exit (tense.py `_infinitive_between`); 'the first country
  to leave', 'the first country ever to formally withdraw' stay exits;
- 'A letter signed by May was hand-delivered to ... Tusk' (Investopedia, 29 March 2017): 'May' after a participle and
  'by', a noun before it, is the Prime Minister, not the month (verb_dates.py `_month_may`); 'was received by May',
  'will submit its notice ... by May' stay the month;
- 'The decision, announced Tuesday, will take effect in December 2026' (CGTN, 22 July 2025): the exit's effect over a
  participle set off by commas after 'the decision' (treaty_refs.py `before_apposed_participle`), as 'The decision will
  take effect' is read; not 'The new law, passed in May, will take effect';
- 'the United States, which signed but never ratified the CTBT in 1996' (London Insider, 17 October 2023): a verb denied
  right after 'but' owns no date, the date after its object is the signature's (verb_dates.py `_denied_after_but`);
  'signed ... in 1996 and ratified it in 2000' keeps both;
- 'it intends to remain a signatory to the CTBT', 'will remain a signatory': a signatory on the report's day
  (signatory_status.py `_copula`), 'it' the one State its sentence names before it; not 'would remain';
- 'while Russia ratified the CTBT in 2000, the United States failed to do so', 'has not done so': the sentence's one
  consent denied for the States before the pro-verb (pro_verbs.py `denied_did_so`); not 'will do so'.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_PARIS_EXIT = (
    "Trump now has an opening to pull the United States out of Paris climate pact\n\nFor more than two years, "
    "President Donald Trump has talked about pulling the United States out of the landmark Paris climate agreement."
    "\n\n"
)
_EU = "Brexit explained\n\nArticle 50 of the Lisbon treaty sets out how an EU member can leave the European Union.\n\n"
_MAY = "Brexit\n\nTheresa May triggered Article 50 of the Treaty on European Union.\n\n"

CASES: list[tuple[str, str, str, Read]] = [
    ("made-then-in-force", "2019-11-04", _PARIS_EXIT + "It was negotiated in 2015 and took effect on Nov. 4, 2016.",
     [("entry_into_force", "paris-agreement", None, "2016-11-04")]),
    ("made-then-in-force-signed", "2019-11-04",
     _PARIS_EXIT + "It was signed in 2016 and officially entered into force on 4 November 2016.",
     [("signed", "paris-agreement", None, "2016"), ("entry_into_force", "paris-agreement", None, "2016-11-04")]),
    ("made-then-in-force-adopted", "2019-11-04",
     _PARIS_EXIT + "It was adopted in December 2015 and came into force in November 2016.",
     [("entry_into_force", "paris-agreement", None, "2016-11")]),
    ("look-alike-signed-by-a-state", "2021-01-04",
     "The US left the Paris agreement. It was signed by the US in 2016 and took effect on Nov. 4, 2020.",
     [("withdrew", "paris-agreement", "USA", "true"), ("signed", "paris-agreement", "USA", "2016"),
      ("effective_date", "paris-agreement", "USA", "2020-11-04")]),
    ("look-alike-withdrawal-announced", "2021-01-04",
     "The US notified its withdrawal from the Paris agreement. The withdrawal was announced in 2019 and took effect on "
     "Nov. 4, 2020.",
     [("notification_date", "paris-agreement", "USA", "0001-01-01/2021-01-04"),
      ("effective_date", "paris-agreement", "USA", "2020-11-04")]),
    ("no-member-has-left", "2017-03-20",
     _EU + "Hungary voted.\n\nCrucially, it has never been tested before because no member has ever left the EU.", []),
    ("no-country-has-left", "2017-03-20", _EU + "Hungary voted.\n\nNo country has ever left the EU.", []),
    ("no-state-has-withdrawn", "2017-03-20",
     _EU + "Hungary voted.\n\nNo state has withdrawn from the treaty since 2010.", []),
    ("rank-over-a-vote", "2017-03-27",
     _EU + "No. Greenland was the last country to vote to leave the bloc, but that involved the EEC, the precursor to "
     "the EU, long before article 50 had been drafted.", []),
    ("rank-over-a-decision", "2017-03-27", _EU + "Hungary was the first country to decide to leave the bloc.", []),
    ("rank-of-an-exit", "2019-03-27",
     "ICC explained\n\nThe Rome Statute created the court.\n\nBurundi was the first country to leave the court.",
     [("withdrew", "rome-statute", "BDI", "true")]),
    ("rank-of-a-formal-exit", "2019-03-27",
     "ICC explained\n\nThe Rome Statute created the court.\n\nBurundi became the first country ever to formally "
     "withdraw from the court.",
     [("withdrew", "rome-statute", "BDI", "true")]),
    ("may-the-prime-minister", "2017-03-29",
     _MAY + "A letter signed by May was hand-delivered to European Council President Donald Tusk in Brussels by Sir "
     "Tim Barrow.",
     [("notification_date", "teu", "GBR", "0001-01-01/2017-03-29")]),  # the first sentence's notice, none of May
    ("may-the-month-received", "2025-03-29",
     "Estonia's notice of withdrawal from the Ottawa Convention was received by May.",
     [("notification_date", "apmbc", "EST", "2024-05")]),
    ("may-the-month-deadline", "2025-03-29",
     "Lithuania will submit its notice of withdrawal from the Ottawa Convention by May.",
     [("notification_date", "apmbc", "LTU", "2025-05")]),
    ("decision-apposed-participle", "2025-07-22",
     "The U.S. is making headlines (again) for leaving UNESCO—the United Nations’ cultural and educational agency—for "
     "the third time since 1984. The decision, announced Tuesday, will take effect in December 2026, reigniting "
     "debates about America’s role in global institutions.",
     [("effective_date", "unesco-constitution", "USA", "2026-12")]),
    ("decision-apposed-participle-agent", "2025-07-22",
     "The U.S. announced it would leave UNESCO. The decision, confirmed by the State Department, takes effect on 31 "
     "December 2026.",
     [("effective_date", "unesco-constitution", "USA", "2026-12-31")]),
    ("look-alike-law-apposed", "2025-07-22",
     "The U.S. announced it would leave UNESCO. The new law, passed in May, will take effect in December 2026.", []),
    ("look-alike-only-able-to", "2017-08-05",
     "The US delivered notice on the Paris Agreement. The State Department admits that the US will only be able to "
     "formally begin the process of withdrawal in 2019.",
     [("notification_date", "paris-agreement", "USA", "0001-01-01/2017-08-05"),
      ("rule", "paris-agreement", "USA", "notice not before 2019")]),
    ("signed-but-never-ratified-dated", "2023-10-17",
     "The Russian government justifies this move as an attempt to restore parity with the United States, which signed "
     "but never ratified the CTBT in 1996.",
     [("signed", "ctbt", "USA", "1996"), ("ratified", "ctbt", "USA", "false")]),
    ("signed-but-did-not-ratify-dated", "2023-10-17", "The United States signed but did not ratify the CTBT in 1996.",
     [("signed", "ctbt", "USA", "1996"), ("ratified", "ctbt", "USA", "false")]),
    ("look-alike-signed-and-ratified", "2023-10-17", "Russia signed the CTBT in 1996 and ratified it in 2000.",
     [("signed", "ctbt", "RUS", "1996"), ("ratified", "ctbt", "RUS", "2000")]),
    ("remain-a-signatory-intended", "2023-10-17",
     "It is important to note that while Russia is withdrawing its ratification, it intends to remain a signatory to "
     "the CTBT.",
     [("signed", "ctbt", "RUS", "true")]),
    ("remain-a-signatory-future", "2023-10-17", "Russia will remain a signatory to the CTBT.",
     [("signed", "ctbt", "RUS", "true")]),
    ("look-alike-would-remain", "2023-10-17", "Russia would remain a signatory to the CTBT.", []),
    ("failed-to-do-so", "2023-10-17",
     "Volodin also pointed out that while Russia ratified the CTBT in 2000, the United States failed to do so, citing "
     "its irresponsible attitude to global security issues.",
     [("ratified", "ctbt", "RUS", "2000"), ("ratified", "ctbt", "USA", "false")]),
    ("has-not-done-so", "2023-10-17", "Russia ratified the CTBT in 2000, but the United States has not done so.",
     [("ratified", "ctbt", "RUS", "2000"), ("ratified", "ctbt", "USA", "false")]),
    ("look-alike-will-do-so", "2023-10-17", "Russia ratified the CTBT in 2000, and the United States will do so soon.",
     [("ratified", "ctbt", "RUS", "2000")]),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_fifty_six_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
