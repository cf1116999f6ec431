"""Constructions left by session 20 (h-left, session 21), each pinned by the article's sentence and paraphrases of
our own, with look-alikes that must claim nothing (or only what they claimed before):

- a head of government in office acts for the State (world/leaders/heads.yaml: the UK's Prime Ministers David
  Cameron, Theresa May and Boris Johnson, each with a source): 'Theresa May has triggered the process of leaving the
  EU', and 'Her letter – invoking article 50 – has been received' after it;
- the exit's talks triggered under the withdrawal article: 'will trigger EU withdrawal talks under Article 50 on March
  29' (the article checked against the rule file's, as 'trigger Article 50' is; not 'begin Brexit talks', not 'trade
  talks under Article 218');
- 'triggered the process of leaving the EU': triggering is the formal act that starts the treaty's process (the
  notice), not a domestic process under way ('has started the process of leaving', undated, stays none:
  notices.process_begun_undated);
- 'It starts a two-year period of negotiations before the UK ceases to be a member state': 'cease to be' tells the
  exit, so the period is the article's treaty's (periods.about_exit); the exit in that time clause ('before the UK
  leaves the EU', 'before ... ceases to be a member') bounds the main clause and is no exit done
  (triggers.undated_time_clause, also for the back-off reading);
- a future said on an earlier occasion ('During the Conservative Party Conference last year, Prime Minister Theresa
  May said she will trigger Article 50 in March 2017') is that occasion's announcement, not the report's claim
  ('Announcements'); 'said on Monday it will' stays one; 'The Prime Minister's letter notifying the European Council
  ... will set in train' is a notice still to come, not one given by the report's day;
- a present exit on a day named as the status's first or as the exit's own: 'As of Tuesday, January 27, 2026, the US
  withdraws from Paris Agreement protocols', 'But today is the day that Britain officially leaves the EU' give the
  effective date (tests/data/articles/README.md 'A status from a named day'); 'Japan quits ... on Sunday, June 30'
  stays an exit done;
- a notice as the event a period runs from, with no day of its own ('The move comes exactly a year after its
  capital, Bujumbura, officially notified the UN'): the rule the corpus labels ('N months after <event>'), no notice
  dated only by the report ('0001-01-01/2017-10-27'); with its day ('in October 2016') the notice is still read;
- an exit's own name with a day to come: 'Brexit will become official at 11pm on Friday, January 31' is the day the
  exit takes effect (exit_done.exit_dated_claims);
- a membership denied from a day the sentence opens with ('From 11pm tonight Britain is not a member of the EU') is
  the day the exit takes effect, as 'From Saturday ... is no longer a member' is (exits._membership_ends_from);
  'tonight' is the report's day;
- a count in a relative clause belongs to its antecedent: 'Unlike the Convention on Cluster Munitions, which has 111
  States Parties, the Ottawa Convention has 164' gives 111 to the CCM, not to the treaty named after (counts.py).
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_NOTICE: Read = [("notification_date", "teu", "GBR", "2017-03-29")]
_GIVEN: Read = [("notification_date", "teu", "GBR", "0001-01-01/2017-03-29")]
_TWO_YEARS: Read = [("notice_period", "teu", None, "P2Y")]

CASES: list[tuple[str, str, str, Read]] = [
    # a Prime Minister in office acts for the State
    ("leader-triggered-the-process", "2017-03-29",  # South East Radio, 29 March 2017
     "Theresa May has triggered the process of leaving the EU.", _GIVEN),
    ("leader-her-letter", "2017-03-29",
     "Theresa May has triggered the process of leaving the EU.\n\nHer letter – invoking article 50 – has been received "
     "by the European Council president in Brussels.", _GIVEN + _GIVEN),
    ("leader-johnson", "2019-10-30", "Boris Johnson has triggered the process of leaving the EU.",
     [("notification_date", "teu", "GBR", "0001-01-01/2019-10-30")]),
    ("look-alike-leader-out-of-office", "2023-03-29",
     "Theresa May triggered the process of leaving the EU on 29 March 2017.", []),
    # the exit's talks triggered under the withdrawal article
    ("talks-under-article-50", "2017-03-20",  # St Albans Review (PA), 20 March 2017
     "Theresa May will trigger EU withdrawal talks under Article 50 on March 29, Downing Street has announced.",
     _NOTICE),
    ("talks-under-article-50-state", "2017-03-20",
     "Britain will trigger Brexit talks under Article 50 on March 29.", _NOTICE),
    ("negotiations-under-article-50", "2017-03-20",
     "The UK will trigger exit negotiations under Article 50 on March 29.", _NOTICE),
    ("look-alike-begin-talks", "2017-03-20", "Theresa May will begin Brexit talks under Article 50 in June.", []),
    ("look-alike-another-article", "2017-03-20",
     "Theresa May will trigger EU trade talks under Article 218 on March 29.", []),
    # triggering the process is the notice
    ("triggered-the-process-state", "2017-03-29",
     "Britain has triggered the process of leaving the European Union.", _GIVEN),
    ("look-alike-process-started", "2017-03-29",
     "Spain has started the process of leaving the Energy Charter Treaty, a spokesperson said on Thursday.", []),
    ("look-alike-review-triggered", "2017-03-29", "The vote triggered a review of Britain's membership of the EU.", []),
    # a period before the membership ends
    ("period-before-ceasing", "2017-03-29",  # South East Radio, 29 March 2017
     "Britain has triggered Article 50.\n\nIt starts a two-year period of negotiations before the UK ceases to be a "
     "member state.", _GIVEN + _TWO_YEARS),
    ("period-before-ceasing-relative", "2017-03-29",
     "Britain has triggered Article 50, which starts a two-year period of negotiations before the UK ceases to be a "
     "member state.", _GIVEN + _TWO_YEARS),
    ("period-before-leaving", "2017-03-29",
     "Britain's letter starts a two-year period of negotiations before the UK leaves the EU.", _TWO_YEARS),
    # a future said on an earlier occasion; a letter still to come
    ("said-last-year", "2017-03-14",  # London Loves Business, 14 March 2017
     "- During the Conservative Party Conference last year, Prime Minister Theresa May said she will trigger Article "
     "50 in March 2017", []),
    ("said-last-october", "2017-03-14", "Last October, Britain said it will trigger Article 50 in March 2017.", []),
    ("said-on-monday-stays", "2017-03-14", "Britain said on Monday it will trigger Article 50 on March 29.", _NOTICE),
    ("letter-to-come", "2017-03-20",  # St Albans Review (PA), 20 March 2017
     "The Prime Minister's letter notifying the European Council of the UK's intention to quit will set in train a "
     "two-year negotiation process, expected to lead to Britain leaving the EU on March 29, 2019.", _TWO_YEARS),
    # a present exit on a day named as the status's first or the exit's own
    ("as-of-present-exit", "2026-01-27",  # WFB News, 27 January 2026
     "As of Tuesday, January 27, 2026, the US withdraws from Paris Agreement protocols, marking a significant shift "
     "in international environmental policy.", [("effective_date", "paris-agreement", "USA", "2026-01-27")]),
    ("today-is-the-day", "2020-01-31",  # NewsGroove, 31 January 2020
     "But today is the day that Britain officially leaves the EU – even if not all that much is going to change "
     "immediately because of the transition period.", [("effective_date", "teu", "GBR", "2020-01-31")]),
    ("friday-is-the-day", "2020-01-29",
     "Friday is the day that the UK officially leaves the European Union.",
     [("effective_date", "teu", "GBR", "2020-01-31")]),
    ("today-is-the-day-no-relative", "2020-01-31",
     "Today is the day the UK officially leaves the European Union.", [("effective_date", "teu", "GBR", "2020-01-31")]),
    # a notice as the event a period runs from, undated: the rule only (no notice dated by the report)
    ("period-from-undated-notice", "2017-10-27",  # BusinessLIVE (AFP), 27 October 2017
     "On Friday, Burundi became the first nation to leave the International Criminal Court (ICC). The move comes "
     "exactly a year after its capital, Bujumbura, officially notified the UN that Burundi was quitting the world’s "
     "only permanent war crimes tribunal.", [("withdrew", "rome-statute", "BDI", "2017-10-27")]),
    ("period-from-undated-notice-paraphrase", "2017-10-27",
     "Burundi left the ICC on Friday, a year after it notified the UN.",
     [("withdrew", "rome-statute", "BDI", "2017-10-27"),
      ("rule", "rome-statute", None, "P1Y after it notified the un")]),
    ("period-from-dated-notice-kept", "2017-10-27",
     "Burundi left the ICC a year after Burundi notified the UN in October 2016.",
     [("withdrew", "rome-statute", "BDI", "true"), ("notification_date", "rome-statute", "BDI", "2016-10"),
      ("rule", "rome-statute", None, "P1Y after burundi notified the un in october 2016")]),
    ("look-alike-month-after-announcement", "2018-04-20",  # PressOne, 26 November 2024 (a fronted phrase)
     "Duterte announced the withdrawal from the Rome Statute in February 2018. A month after this announcement, the "
     "Philippine government submitted a written notification expressing its decision to withdraw from the Rome "
     "Statute.", [("notification_date", "rome-statute", "PHL", "0001-01-01/2018-04-20")]),
    # an exit's own name with a day to come
    ("exit-name-official-on-a-day", "2020-01-31",  # NewsGroove, 31 January 2020
     "Brexit will become official at 11pm on Friday, January 31.", [("effective_date", "teu", "GBR", "2020-01-31")]),
    ("exit-name-takes-effect", "2020-01-29", "Brexit takes effect on Friday.",
     [("effective_date", "teu", "GBR", "2020-01-31")]),
    ("look-alike-exit-name-could", "2019-03-20", "Brexit could become official on March 29.", []),
    ("look-alike-exit-name-past-day", "2020-02-03", "Brexit became official on January 31.",
     [("withdrew", "teu", "GBR", "true")]),
    # a membership denied from a day the sentence opens with; 'tonight' the report's day
    ("not-a-member-from-tonight", "2020-01-31",
     "From 11pm tonight Britain is not a member of the EU.", [("effective_date", "teu", "GBR", "2020-01-31")]),
    ("no-longer-from-tonight", "2020-01-31",
     "From tonight Britain is no longer a member of the EU.", [("effective_date", "teu", "GBR", "2020-01-31")]),
    ("leave-tonight", "2020-01-31", "Britain will leave the EU tonight.",
     [("effective_date", "teu", "GBR", "2020-01-31")]),
    ("look-alike-not-a-member-undated", "2020-02-03", "Britain is not a member of the EU.",
     [("joined", "teu", "GBR", "false")]),
    # a count in a relative clause is its antecedent's
    ("count-of-the-relative-antecedent", "2025-03-27",
     "Unlike the Convention on Cluster Munitions, which has 111 States Parties, the Ottawa Convention has 164 States "
     "Parties.", [("parties_count", "ccm", None, "111")]),
    ("count-of-the-relative-antecedent-acronym", "2025-03-27",
     "Unlike the CCM, which has 111 States Parties, the Ottawa Convention has 166.",
     [("parties_count", "ccm", None, "111")]),
    ("look-alike-count-after-the-relative", "2025-03-27",
     "The Ottawa Convention, which bans anti-personnel mines, has 164 States Parties.",
     [("parties_count", "apmbc", None, "164")]),
    ("look-alike-quits-on-sunday", "2019-06-30",  # BizBridge, 30 June 2019: an exit done, as labelled
     "Japan quits from the International Whaling Commission (IWC) on Sunday, June 30.",
     [("withdrew", "icrw", "JPN", "2019-06-30")]),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_session_twenty_one_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
