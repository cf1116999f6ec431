"""Inaccurate claims the reader left unflagged at the start of session 21 (h-unfl), each construction pinned by the
corpus sentence, paraphrases of our own and look-alikes that must claim nothing (or only what they claimed before):

- an exit announced as immediate is no notice: 'the military regimes in Burkina Faso, Mali, and Niger announced their
  immediate withdrawal from ECOWAS in January' reports what governments said (tests/data/articles/README.md,
  'Announcements'; ECOWAS Art. 91(1) lets no exit take effect on its notice), while 'North Korea announced its
  withdrawal from the NPT on January 10, 2003' stays the notice (app/reading/nominal.py `_announced_at_once`);
- 'the exit' with no State before it is the exit the article last told, of all the States that told it ('Burkina
  Faso, Mali, and Niger will officially withdraw ... The ECOWAS Commission has set the exit for a timeframe between
  January 29 and July 29, 2025', Nigerian Bulletin; app/reading/backoff.py `_the_groups_exit`), not the State the
  article names most;
- a group named by its kind with no number ('the countries' exit') is the group whose exit the article last told
  when the States named last are only some of them ('with Niger and Mali enduring severe sanctions', Obasanjo News;
  nominal.py `_whole_group`);
- a headline of a few short sentences, the last ending the line without a full stop, is read as a headline in each
  ('Ukrainian parliament ratifies Rome Statute. Kyiv becomes party to International Criminal Court', Polish News:
  the joining the news of the day, app/reading/effects.py `headline_line`), not a first paragraph of whole sentences;
- a joining, ratification or signature told by the years since it ('over the 20 years since Latvia joined the
  convention', RBC-Ukraine): that many years before the report, to the year (app/reading/years_after.py
  `consent_years_before`); not 'the first years since', 'nearly 20 years since', nor another treaty's object.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_SAHEL = ("BFA", "MLI", "NER")
_THREE = "Burkina Faso, Mali, and Niger will officially withdraw from ECOWAS starting in 2025. "
_IN_2025: Read = [("effective_date", "ecowas-treaty", s, "2025") for s in _SAHEL]
_SPAN = "2025-01-29/2025-07-29"
_BY_21 = "0001-01-01/2024-08-21"
_LATVIA = "Latvia is leaving the Ottawa Convention. "

CASES: list[tuple[str, str, str, Read]] = [
    # an exit announced as immediate is no notice
    ("announced-immediate-withdrawal", "2024-12-15",  # Nigerian Bulletin, 15 December 2024
     _THREE + "The military-led governments of these countries had previously announced their immediate withdrawal "
     "from ECOWAS in January 2024, following their suspension from the regional bloc.", _IN_2025),
    ("announced-immediate-paraphrase", "2024-12-15",
     _THREE + "In January they announced their immediate withdrawal from the bloc.", _IN_2025),
    ("declared-immediate-withdrawal-on-a-day", "2024-12-15",
     _THREE + "The juntas declared their immediate withdrawal from ECOWAS on January 28, 2024.", _IN_2025),
    # 'the exit': the exit the article last told, of every State that told it
    ("set-the-exit-for-a-timeframe", "2024-12-15",  # Nigerian Bulletin, 15 December 2024
     _THREE + "The ECOWAS Commission has set the exit for a timeframe between January 29 and July 29, 2025, allowing "
     "room for possible diplomatic negotiations.",
     _IN_2025 + [("effective_date", "ecowas-treaty", s, _SPAN) for s in _SAHEL]),
    ("the-withdrawal-set-between", "2024-12-15",
     _THREE + "Niger's junta welcomed the decision. The Commission has set the withdrawal for a period between January "
     "29 and July 29, 2025.",
     _IN_2025 + [("effective_date", "ecowas-treaty", s, _SPAN) for s in _SAHEL]),
    ("look-alike-one-state-exit", "2024-12-15",
     "Niger will officially withdraw from ECOWAS starting in 2025. The ECOWAS Commission has set the exit for a "
     "timeframe between January 29 and July 29, 2025.",
     [("effective_date", "ecowas-treaty", "NER", "2025"), ("effective_date", "ecowas-treaty", "NER", _SPAN)]),
    # a group by its kind: the whole group whose exit was last told, not the two named in passing
    ("the-countries-exit-after-some-named", "2024-12-16",  # Obasanjo News, 16 December 2024
     _THREE + "Before the withdrawal, the trio had been suspended from ECOWAS, with Niger and Mali enduring severe "
     "sanctions. Touray stated that ECOWAS has now scheduled the countries’ exit between January 29, 2025, and July "
     "29, 2025.",
     _IN_2025 + [("effective_date", "ecowas-treaty", s, _SPAN) for s in _SAHEL]),
    ("look-alike-two-countries-exit", "2024-12-16",
     _THREE + "Before the withdrawal, the trio had been suspended from ECOWAS, with Niger and Mali enduring severe "
     "sanctions. Touray stated that ECOWAS has now scheduled the two countries’ exit between January 29, 2025, and "
     "July 29, 2025.",
     _IN_2025 + [("effective_date", "ecowas-treaty", s, _SPAN) for s in ("NER", "MLI")]),
    # a headline of short sentences: each the headline's
    ("headline-of-two-sentences", "2024-08-21",  # Polish News, 21 August 2024
     "Ukrainian parliament ratifies Rome Statute. Kyiv becomes party to International Criminal Court",
     [("ratified", "rome-statute", "UKR", _BY_21), ("joined", "rome-statute", "UKR", _BY_21)]),
    ("headline-of-two-sentences-paraphrase", "2017-03-14",
     "Senate approves climate accord. Philippines joins Paris Agreement",
     [("joined", "paris-agreement", "PHL", "0001-01-01/2017-03-14")]),
    ("look-alike-first-paragraph-of-sentences", "2024-08-21",
     "The Verkhovna Rada voted on Wednesday. Ukraine becomes party to the Rome Statute.", []),
    ("look-alike-long-second-sentence", "2024-08-21",
     "Ukrainian parliament ratifies Rome Statute after years of delay. Kyiv becomes party to International Criminal "
     "Court, a court that has for years investigated the war crimes committed during the Russian invasion",
     [("ratified", "rome-statute", "UKR", _BY_21)]),
    # a consent told by the years since it
    ("years-since-joined", "2025-04-24",  # RBC-Ukraine, 24 April 2025
     _LATVIA + "The annex to the law states that over the 20 years since Latvia joined the convention, the regional "
     "security situation has changed significantly.", [("joined", "apmbc", "LVA", "2005")]),
    ("it-has-been-years-since-ratified", "2025-04-24",
     "It has been 20 years since Latvia ratified the Ottawa Convention.", [("ratified", "apmbc", "LVA", "2005")]),
    ("more-than-years-since-signed", "2025-04-24",
     _LATVIA + "In the more than 25 years since Ukraine signed the convention, much has changed.",
     [("signed", "apmbc", "UKR", "0001-01-01/2000-04-24")]),
    ("look-alike-first-years-since", "2025-04-24",
     _LATVIA + "In the first years since Latvia joined the convention, little changed.", []),
    ("look-alike-nearly-years-since", "2025-04-24",
     _LATVIA + "In the nearly 20 years since Latvia joined the convention, little changed.", []),
    ("look-alike-years-since-joined-another-body", "2025-04-24",
     _LATVIA + "In the 20 years since Latvia joined the European single market, little changed.", []),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_unflagged_session_twenty_one(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert sorted(read(finder, text, published)) == sorted(expected)
