"""Constructions left by earlier sessions (h-left, session 20), each pinned by the article's sentence and paraphrases
of our own, with look-alikes that must claim nothing (or only what they claimed before):

- a notice to come dated by a weekday of a week named: 'next Wednesday' and 'on Wednesday next week' said on Monday 20
  March 2017 are Wednesday 29 March (the Daily Mail and MaltaToday of that day; 'this Wednesday' is the 22nd), 'Friday
  last week' the Friday of the week before (app/reading/when.py);
- 'Theresa May will trigger ... by invoking Article 50 on D': the Prime Minister's name is not the modal 'may', which
  made the 'by'-gerund a hoped-for means (app/reading/words.py `surname_may`, tense.py);
- the notice as the start of the exit's process: 'is due to trigger the formal two-year process of leaving the EU on
  D' ('trigger' beside 'begin', 'start', 'initiate'), 'the historic step of triggering Brexit on March 29' (an exit's
  own name triggered, rule files' exit_names; the gerund after 'the step of' takes the tense of the verb that takes
  the step), 'Article 50 process will be triggered next Wednesday', 'Article 50 to be triggered by Theresa May today';
- the effect a notice makes, told as a day made the exit's: 'making March 29, 2019 the date that Britain will be out of
  the EU', 'making January 27 2026, the official date of departure' (triggers.py `_official_date`);
- the copula without its article, 'They are party to the Rome Statute', 'Mongolia is also party to': bound, only when
  the copula's own subject is a State or an opening pronoun and its object a treaty (not 'EU member states are
  parties to ..., including France', 'all countries that are party to', 'party to the dispute'; triggers.py);
- a notice dated back from the report's day in an 'after' gerund: 'after giving notice a year ago' (tense.py);
- 'announced their decision to withdraw from ECOWAS by January 29, 2025': the exit to come by that day (tense.py
  `_decision_by_a_day`; not 'announced on January 28 its decision to leave', 'is weighing a decision to leave'), and
  'While the decision will take effect in January, ... led by the Presidents of Senegal and Togo': the exit's states
  the article last told, not those named after the verb (subjects.py `_exit_of_the_group`, context.last_exits);
- the treaty a relative 'which' stands for: an undated exit told as its object, 'Unlike the Paris Agreement, which
  Trump also exited, the UNFCCC is ...' (Newzino, 8 January 2026; treaty_refs.left_by_relative), and another verb's
  subject, 'Unlike the Paris Agreement, which entered into force in 2016, the UNFCCC ...' (the Paris Agreement's, not
  the UNFCCC named after; treaty_refs._relative_subject).
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_NOTICE: Read = [("notification_date", "teu", "GBR", "2017-03-29")]
_UK = "The United Kingdom will leave the European Union. "
_UNFCCC = "The US is leaving the UNFCCC. "
_SAHEL = "Mali, Burkina Faso and Niger announced their withdrawal from the ICC. "
_BY_JANUARY: Read = [("effective_date", "ecowas-treaty", s, "0001-01-01/2025-01-29") for s in ("MLI", "BFA", "NER")]

CASES: list[tuple[str, str, str, Read]] = [
    # notices to come dated by a weekday of a week named
    ("weekday-next-week", "2017-03-20",  # Daily Mail, 20 March 2017 (a Monday)
     _UK + "Theresa May is due to trigger the formal two-year process of leaving the EU on Wednesday next week.",
     [*_NOTICE, ("notice_period", "teu", None, "P2Y")]),
    ("next-weekday-paraphrase", "2017-03-20",
     "The United Kingdom will start the two-year process of leaving the EU next Wednesday.",
     [*_NOTICE, ("notice_period", "teu", None, "P2Y")]),
    ("weekday-next-week-said-on-wednesday", "2017-03-22",
     "The UK will notify the European Council of its withdrawal from the EU on Wednesday next week.", _NOTICE),
    ("next-weekday-effect", "2020-07-07",  # Daily Wire, 7 July 2020 (a Tuesday)
     "Effective next Monday, the United States will no longer be a member of the World Health Organization.",
     [("effective_date", "who-constitution", "USA", "2020-07-13")]),
    # 'Theresa May' is not the modal 'may'
    ("surname-may-by-invoking", "2017-03-20",  # MaltaToday, 20 March 2017
     "Theresa May will trigger the Brexit process by invoking Article 50 on Wednesday 29 March, the UK Prime "
     "Minister's spokesman has confirmed.", _NOTICE),
    ("look-alike-modal-may", "2017-03-20",
     "Theresa May may trigger the Brexit process by invoking Article 50 on Wednesday 29 March, a minister said.", []),
    # the notice as the start of the exit's process
    ("step-of-triggering-brexit", "2017-03-20",  # Daily Mail, 20 March 2017
     "Theresa May will take the historic step of triggering Brexit on March 29, Downing Street announced today.",
     _NOTICE),
    ("step-of-triggering-paraphrase", "2017-03-20", "The UK will take the step of triggering Brexit next Wednesday.",
     _NOTICE),
    ("look-alike-brexit-triggers", "2017-03-20", "Brexit will trigger a recession in 2018, economists warned.", []),
    ("look-alike-wants-to-trigger", "2017-03-20",
     "Theresa May wants to trigger the formal process of leaving the EU soon.", []),
    ("article-process-passive", "2017-03-20",  # Daily Mail, 20 March 2017
     "Downing Street announces Article 50 process will be triggered next Wednesday", _NOTICE),
    ("article-to-be-triggered", "2017-03-29",  # talkRADIO, 29 March 2017
     "Brexit: Article 50 to be triggered by Theresa May today", _NOTICE),
    ("look-alike-could-be-triggered", "2017-03-20",
     "Downing Street said that Article 50 could be triggered next Wednesday.", []),
    # a day made the exit's
    ("making-the-date-out", "2017-03-20",  # Daily Mail, 20 March 2017
     "The UK will notify the EU under Article 50 in March. Its talks are scheduled to run for two years - making "
     "March 29, 2019 the date that Britain will be out of the EU.",
     [("effective_date", "teu", "GBR", "2019-03-29")]),
    ("making-comma-official-date", "2026-01-28",  # Caliber.Az, 27 January 2026
     "The US notified the UN of its withdrawal from the Paris Agreement on January 27, 2025, making January 27 "
     "2026, the official date of departure.",
     [("notification_date", "paris-agreement", "USA", "2025-01-27"),
      ("effective_date", "paris-agreement", "USA", "2026-01-27")]),
    ("look-alike-making-a-summit-date", "2017-03-20",
     "The UK will notify the EU under Article 50 in March. The vote was held on 23 June 2016, making March 29, 2019 "
     "the date of the next summit.", []),
    # the copula without its article
    ("they-are-party-to", "2025-09-23",  # Streamline Feed, 23 September 2025
     _SAHEL + "Withdrawal Mechanism: They are party to the Rome Statute (the treaty that established the ICC).",
     [("bound_on", "rome-statute", s, "true") for s in ("MLI", "BFA", "NER")]),
    ("state-is-also-party-to", "2024-09-01", "Mongolia is also party to the Rome Statute, the ICC's founding treaty.",
     [("bound_on", "rome-statute", "MNG", "true")]),
    ("look-alike-generic-subject", "2024-09-01", "EU member states are parties to the Rome Statute, including France.",
     []),
    ("look-alike-relative-subject", "2024-09-01",
     "All countries that are party to the Rome Statute must arrest him, including Mongolia.", []),
    ("look-alike-party-to-a-dispute", "2024-09-01",
     "Mongolia signed the Rome Statute in 2000. It is party to the dispute over the court's jurisdiction.",
     [("signed", "rome-statute", "MNG", "2000")]),
    # a notice dated back from the report's day in an 'after' gerund
    ("after-giving-notice-a-year-ago", "2026-01-22",  # Newsroom (South Africa), 22 January 2026
     "The United States is due to officially exit the World Health Organisation (WHO) on Thursday, January 22, 2026, "
     "after giving notice a year ago.",
     [("effective_date", "who-constitution", "USA", "2026-01-22"),
      ("notification_date", "who-constitution", "USA", "2025-01")]),
    ("after-notifying-months-ago", "2026-01-22",
     "Argentina left the WHO on Thursday, after notifying the organisation two months ago.",
     [("withdrew", "who-constitution", "ARG", "2026-01-22"),
      ("notification_date", "who-constitution", "ARG", "2025-11")]),
    # a decision to leave by a day, and 'the decision' taking effect
    ("decision-to-withdraw-by-a-day", "2024-12-15",  # Afripost, 15 December 2024
     "The military-led governments of Mali, Burkina Faso, and Niger have officially announced their decision to "
     "withdraw from the Economic Community of West African States (ECOWAS) by January 29, 2025.", _BY_JANUARY),
    ("decision-to-leave-by-a-day", "2024-12-15", "Mali announced its decision to leave ECOWAS by January 29, 2025.",
     _BY_JANUARY[:1]),
    ("look-alike-decision-dated", "2024-12-15", "Mali announced on January 28 its decision to leave ECOWAS.", []),
    ("look-alike-weighing-a-decision", "2024-12-15",
     "Mali is weighing a decision to leave ECOWAS by the end of next year.", []),
    ("the-decision-will-take-effect", "2024-12-15",  # Afripost, 15 December 2024
     "Mali, Burkina Faso and Niger announced their decision to withdraw from ECOWAS by January 29, 2025. This was "
     "confirmed at a summit in Abuja. While the decision will take effect in January, ECOWAS has introduced a "
     "six-month transition period to allow negotiations led by the Presidents of Senegal and Togo.",
     _BY_JANUARY + [("effective_date", "ecowas-treaty", s, "2025-01") for s in ("MLI", "BFA", "NER")]),
    # the treaty a relative 'which' stands for
    ("which-trump-also-exited", "2026-01-08",  # Newzino, 8 January 2026
     _UNFCCC + "Unlike the Paris Agreement, which Trump also exited, the UNFCCC is the parent treaty.",
     [("withdrew", "paris-agreement", "USA", "true")]),
    ("which-the-state-left-on-a-day", "2026-01-08",
     _UNFCCC + "Like the WHO, which the United States left on Thursday, the UNFCCC has no exit fee.",
     [("withdrew", "who-constitution", "USA", "2026-01-08")]),
    ("which-entered-into-force", "2026-01-08",
     _UNFCCC + "Unlike the Paris Agreement, which entered into force in 2016, the UNFCCC is the parent treaty.",
     [("entry_into_force", "paris-agreement", None, "2016")]),
    ("look-alike-which-trump-criticised", "2026-01-08",
     _UNFCCC + "Unlike the Paris Agreement, which Trump also criticised, the UNFCCC is the parent treaty.", []),
    ("look-alike-which-trump-may-exit", "2026-01-08",
     _UNFCCC + "Unlike the Paris Agreement, which Trump may also exit, the UNFCCC is the parent treaty.", []),
    ("look-alike-no-exit-told", "2024-12-15",
     "Senegal's president met Togo's president on Monday. While the decision will take effect in January, talks led "
     "by Senegal and Togo continue.", []),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_session_twenty_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
