"""Constructions of the thirty-third held-out batch (news of January-February 2026 on the exits that took effect),
each pinned by the article's sentence and paraphrases of our own, with look-alikes:

- a region's states closing or opening a list of named ones, with the verb's auxiliaries, adverbs or a relative
  pronoun before the verb: 'Finland and the Baltic states, which have also withdrawn from the Ottawa Convention'
  (News-Pravda, 2026) was read as Finland's exit only; 'The Baltic states and Finland have withdrawn', 'the three
  Baltic states will have left', a denial ('have not withdrawn') likewise (world/groups: who the region holds);
- an exit told as an escape from the treaty: 'the U.S. has officially escaped from the Paris Climate Agreement' (the
  White House, in Newsmax and AP, 2026) was not read; only with the treaty as the object ('escaped from a prison' is
  no exit);
- a leader's first day back in office with the month: 'on his first day back in office in January 2025, handed the
  WHO his country's one-year withdrawal notice' (TAG24, 2026) was read as a notice of January 2025 and judged right;
  the day is the one the tenure began (world/leaders: 20 January 2025), so the notice received on 22 January is two
  days off; a notice 'one week after' an announcement on that day is not dated by it;
- an exit that 'comes into force' or 'enters into force', undated, in a headline: 'Helsinki's withdrawal from the
  Ottawa Convention comes into force' (LIGA.net, 2026) was not read; a headline's present tells the day of the report
  (as 'takes effect' is read), the exit's and not the treaty's (not 'The Ottawa Convention comes into force');
- an exit presupposed by its time or by a witness (Health Policy Watch, 2026, three labels missed): a plural unit with no
  number before 'after' is time passed since the deed, not a period counted from it ('Days After US Leaves WHO'; not 'six
  months after the depositary receives'); an exit noun seen or marked ('we witnessed the United States withdrawal from
  the WHO', 'February saw Poland's exit from'); the withdrawal 'of' a state after 'following the recent', its treaty
  named before in the clause ('of the World Health Organization (WHO) following the recent withdrawal of the United
  States,'; not 'the withdrawal of US troops');
- a former leader the sentence places in his past office ('then', 'former' before the title) as the subject of the
  verb acts for his state: 'Then-President Joe Biden later rejoined the agreement' (Newsmax, 2026) was not read (Biden
  out of office on the report's day, and 'later' between subject and verb hid the state); 'Former President Donald
  Trump withdrew the U.S. from the Paris Agreement on November 4, 2020'; not a bare former leader ('Joe Biden later
  rejoined', 2026) nor one named in an aside ('his predecessor, then President Rodrigo Duterte, did to withdraw');
- a count in an apposition after a treaty's name counts that treaty's parties, and the infinitive after it tells the
  agreement's purpose: 'The UNFCCC, a 1992 agreement among 198 countries to support climate action in developing
  nations, serves as the foundation for the Paris climate agreement' (India New England News, 2026) was not read ('to
  support' taken for the countries' support), and without the purpose was given to the Paris Agreement (the nearer
  name); 'Only 15 countries support' and 'supported by 120 countries' stay no party counts;
- 'send' with an object and a participle after it makes something move, no notice: 'actions that have already sent
  our nation’s credibility plummeting' (the Union of Concerned Scientists, in the Hindustan Times, 2026) was read as
  the United States' notice of withdrawal from the UNFCCC (spurious); a letter, note or notice sent still is one.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_BALTS = ("EST", "LVA", "LTU")


def _each(kind: str, treaty: str, states: tuple[str, ...], value: str) -> Read:
    return [(kind, treaty, state, value) for state in states]


CASES: list[tuple[str, str, str, Read]] = [
    # a region's states closing or opening a list, the verb's words between
    (
        "finland-and-the-baltic-states-which-have-also-withdrawn",  # News-Pravda, 2026
        "2026-01-16",
        "Poland is following the example of other countries on NATO's eastern flank, Finland and the Baltic states, "
        "which have also withdrawn from the Ottawa Convention.",
        _each("withdrew", "apmbc", ("FIN", *_BALTS), "true"),
    ),
    (
        "finland-and-the-baltic-states-have-withdrawn",  # our words
        "2026-01-16",
        "Finland and the Baltic states have withdrawn from the Ottawa Convention.",
        _each("withdrew", "apmbc", ("FIN", *_BALTS), "true"),
    ),
    (
        "the-baltic-states-and-finland-have-withdrawn",  # our words: the region opens the list
        "2026-01-16",
        "The Baltic states and Finland have withdrawn from the Ottawa Convention.",
        _each("withdrew", "apmbc", (*_BALTS, "FIN"), "true"),
    ),
    (
        "the-three-baltic-states-will-have-left",  # our words: two auxiliaries
        "2026-01-16",
        "Poland, Finland and the three Baltic states will have left the Ottawa Convention by February.",
        _each("effective_date", "apmbc", ("POL", "FIN", *_BALTS), "2026-02"),
    ),
    (
        "poland-and-the-baltic-states-have-not-withdrawn",  # our words: a denial names the region's states too
        "2024-01-16",
        "Poland and the Baltic states have not withdrawn from the Ottawa Convention.",
        _each("withdrew", "apmbc", ("POL", *_BALTS), "false"),
    ),
    (
        "the-baltic-republics-which-have-also-withdrawn",  # our words: another region noun
        "2026-01-16",
        "Finland and the Baltic republics, which have also withdrawn from the Ottawa Convention, border Russia.",
        _each("withdrew", "apmbc", ("FIN", *_BALTS), "true"),
    ),
    # look-alike: no region of states
    (
        "the-baltic-sea-states-signed-a-declaration",
        "2026-01-16",
        "Poland and the Baltic Sea states signed a declaration on the Ottawa Convention.",
        [("signed", "apmbc", "POL", "true")],
    ),
    # an exit told as an escape from the treaty
    (
        "has-officially-escaped-from-the-paris-climate-agreement",  # the White House, in Newsmax and AP, 2026
        "2026-01-27",
        '"Thanks to President Trump, the U.S. has officially escaped from the Paris Climate Agreement which undermined '
        'American values," she said.',
        [("withdrew", "paris-agreement", "USA", "true")],
    ),
    (
        "escaped-from-the-paris-agreement-on-tuesday",  # our words: dated
        "2026-01-27",
        "The United States escaped from the Paris Agreement on Tuesday.",
        [("withdrew", "paris-agreement", "USA", "2026-01-27")],
    ),
    (
        "has-finally-escaped-from-the-ottawa-convention",  # our words
        "2025-12-27",
        "Lithuania has finally escaped from the Ottawa Convention.",
        [("withdrew", "apmbc", "LTU", "true")],
    ),
    # look-alikes: escapes from something else
    (
        "escaped-from-a-prison",
        "2026-01-27",
        "Two suspects escaped from a prison in the Netherlands, where the ICC has its seat, the Paris Agreement aside.",
        [],
    ),
    (
        "escaped-from-its-obligations-under",
        "2026-01-27",
        "The United States escaped from its obligations under the Paris Agreement.",
        [],
    ),
    # a leader's first day (back) in office with the month: the day the tenure began
    (
        "on-his-first-day-back-in-office-in-january-2025",  # TAG24 (dpa), 2026
        "2026-02-06",
        "President Donald Trump, on his first day back in office in January 2025, handed the WHO his country's "
        "one-year withdrawal notice.",
        [
            ("notification_date", "who-constitution", "USA", "2025-01-20"),
            ("notice_period", "who-constitution", None, "P1Y"),
        ],
    ),
    (
        "on-his-first-day-in-office-in-january-2025",  # our words
        "2026-02-06",
        "On his first day in office in January 2025, Trump notified the UN of the US withdrawal from the WHO.",
        [("notification_date", "who-constitution", "USA", "2025-01-20")],
    ),
    # look-alike: a notice a week after the announcement of that day is not dated by it
    (
        "a-notification-one-week-after-the-first-day",  # Gettysburg Connection, 2026 (our treaty named)
        "2026-01-27",
        "The exit from the Paris Agreement took effect Jan. 27, 2026, following a written notification delivered to "
        "the United Nations one week after Trump announced the decision on his first day back in office in January "
        "2025.",
        [
            ("effective_date", "paris-agreement", "USA", "2026-01-27"),
            ("notification_date", "paris-agreement", "USA", "0001-01-01/2026-01-27"),
        ],
    ),
    # an exit that comes into force, undated, in a headline: the day of the report
    (
        "helsinkis-withdrawal-comes-into-force",  # LIGA.net, 2026
        "2026-01-10",
        "Helsinki's withdrawal from the Ottawa Convention comes into force",
        [("effective_date", "apmbc", "FIN", "2026-01-10")],
    ),
    (
        "finlands-withdrawal-enters-into-force",  # our words
        "2026-01-10",
        "Finland's withdrawal from the Ottawa Convention enters into force",
        [("effective_date", "apmbc", "FIN", "2026-01-10")],
    ),
    (
        "lithuanias-exit-comes-into-force",  # our words: another treaty
        "2025-03-06",
        "Lithuania's exit from the cluster munitions convention comes into force",
        [("effective_date", "ccm", "LTU", "2025-03-06")],
    ),
    # look-alikes: the treaty's own entry into force (no State's exit: read as its entry into force by the report's
    # day since session 18, h-end's 55570ff), a future
    (
        "the-ottawa-convention-comes-into-force",
        "1999-03-01",
        "The Ottawa Convention comes into force",
        [("entry_into_force", "apmbc", None, "1999-02-23/1999-03-01")],
    ),
    (
        "will-come-into-force-in-six-months",
        "2026-01-10",
        "Finland's withdrawal from the Ottawa Convention will come into force in six months",
        [("notice_period", "apmbc", None, "P6M")],
    ),
    # an exit presupposed by the time passed since it
    (
        "days-after-us-leaves-who",  # Health Policy Watch, 2026 (headline)
        "2026-02-02",
        "Days After US Leaves WHO, Israel Warns it Faces Pressure to Withdraw",
        [("withdrew", "who-constitution", "USA", "true")],
    ),
    (
        "just-weeks-after-russia-quits",  # our words
        "2026-02-02",
        "Just weeks after Russia quits the Council of Europe, the Kremlin is silent.",
        [("withdrew", "coe-statute", "RUS", "true")],
    ),
    # look-alikes: a period counted from an event is a rule
    (
        "six-months-after-the-depositary-receives",
        "2026-02-02",
        "The withdrawal takes effect six months after the depositary receives the instrument of withdrawal from the "
        "Ottawa Convention.",
        [
            (
                "rule",
                "apmbc",
                None,
                "P6M after the depositary receives the instrument of withdrawal from the ottawa convention",
            )
        ],
    ),
    (
        "a-year-after-the-un-receives",
        "2026-02-02",
        "The exit from the Rome Statute takes effect a year after the UN receives the notice.",
        [("rule", "rome-statute", None, "P1Y after the un receives the notice")],
    ),
    # an exit noun witnessed
    (
        "we-witnessed-the-united-states-withdrawal",  # Health Policy Watch, 2026 (Israel at the Executive Board)
        "2026-02-02",
        "“Just days ago, we witnessed the United States withdrawal from the WHO. The departure of the United States "
        "should compel us all.”",
        [("withdrew", "who-constitution", "USA", "true")],
    ),
    (
        "february-saw-polands-exit",  # our words
        "2026-03-01",
        "February saw Poland's exit from the Ottawa Convention.",
        [("withdrew", "apmbc", "POL", "true")],
    ),
    # look-alikes: denied, or only possible
    (
        "have-not-witnessed",
        "2026-03-01",
        "We have not witnessed Poland's exit from the Ottawa Convention.",
        [],
    ),
    (
        "saw-a-possible-withdrawal",
        "2026-03-01",
        "Observers saw a possible US withdrawal from the WHO as a blow.",
        [],
    ),
    # the withdrawal 'of' a state after 'following (the recent)'
    (
        "following-the-recent-withdrawal-of-the-united-states",  # Health Policy Watch, 2026
        "2026-02-02",
        "Israel has called for a “brave conceptual overhaul” of the World Health Organization (WHO) following the "
        "recent withdrawal of the United States, warning that it too is under pressure.",
        [("withdrew", "who-constitution", "USA", "true")],
    ),
    (
        "following-the-withdrawal-of-the-united-states-from",  # our words: the treaty after 'from'
        "2026-02-02",
        "Israel called for an overhaul of the WHO following the withdrawal of the United States from the WHO.",
        [("withdrew", "who-constitution", "USA", "true")],
    ),
    # look-alikes: troops withdrawn, a possible withdrawal
    (
        "the-withdrawal-of-us-troops",
        "2026-02-02",
        "The WHO warned of shortages following the withdrawal of US troops from the region.",
        [],
    ),
    (
        "after-a-possible-withdrawal-of-the-united-states",
        "2026-02-02",
        "The WHO may face cuts after a possible withdrawal of the United States.",
        [],
    ),
    # a former leader placed in his past office, as the verb's subject
    (
        "then-president-joe-biden-later-rejoined",  # Newsmax, 2026
        "2026-01-27",
        "Trump first withdrew the nation from the Paris accord in his initial term. Then-President Joe Biden later "
        "rejoined the agreement, a move Trump repeatedly criticized before reversing it again.",
        [("withdrew", "paris-agreement", "USA", "true"), ("joined", "paris-agreement", "USA", "true")],
    ),
    (
        "then-president-joe-biden-rejoined-in-2021",  # our words: dated
        "2026-01-27",
        "Then-President Joe Biden rejoined the Paris Agreement in 2021.",
        [("joined", "paris-agreement", "USA", "2021")],
    ),
    (
        "former-president-donald-trump-withdrew",  # teleSUR, 2021
        "2021-02-19",
        "Former President Donald Trump withdrew the U.S. from the Paris Agreement on November 4, 2020.",
        [("withdrew", "paris-agreement", "USA", "2020-11-04")],
    ),
    (
        "the-united-states-later-rejoined",  # our words: 'later' between the state and its verb
        "2026-01-27",
        "The United States left the Paris Agreement in 2020. The United States later rejoined the agreement.",
        [("withdrew", "paris-agreement", "USA", "2020"), ("joined", "paris-agreement", "USA", "true")],
    ),
    # look-alikes: a former leader named bare, or in an aside
    (
        "joe-biden-later-rejoined-bare",
        "2026-01-27",
        "Joe Biden later rejoined the Paris Agreement.",
        [],
    ),
    (
        "his-predecessor-then-president-in-an-aside",
        "2026-01-27",
        "His predecessor, then-President Joe Biden, said the Paris Agreement matters.",
        [],
    ),
    # a count in an apposition after a treaty's name
    (
        "a-1992-agreement-among-198-countries-to-support",  # India New England News, 2026
        "2026-01-08",
        "The UNFCCC, a 1992 agreement among 198 countries to support climate action in developing nations, serves as "
        "the foundation for the Paris climate agreement.",
        [("parties_count", "unfccc", None, "198")],
    ),
    (
        "a-1992-agreement-among-198-countries-underpins",  # our words: the nearer name is another treaty's
        "2026-01-08",
        "The UNFCCC, a 1992 agreement among 198 countries, underpins the Paris Agreement.",
        [("parties_count", "unfccc", None, "198")],
    ),
    (
        "a-pact-among-34-nations-to-allow",  # our words
        "2020-05-22",
        "The Open Skies Treaty, a pact among 34 nations to allow observation flights over each other, lets Russia fly "
        "over the United States.",
        [("parties_count", "open-skies", None, "34")],
    ),
    # look-alikes: the countries' own support
    (
        "only-15-countries-support",
        "2026-01-08",
        "Only 15 countries support the Paris Agreement.",
        [],
    ),
    (
        "which-150-countries-support",
        "2026-01-08",
        "The UNFCCC, which 150 countries support, underpins the Paris Agreement.",
        [],
    ),
    # 'sent X plummeting': no notice
    (
        "sent-our-nations-credibility-plummeting",  # the Union of Concerned Scientists, in the Hindustan Times, 2026
        "2026-01-08",
        "The UNFCCC was adopted in 1992. “Withdrawal from the global climate convention will only serve to further "
        "isolate the United States and diminish its standing in the world following a spate of deplorable actions "
        "that have already sent our nation’s credibility plummeting,” said Rachel Cleetus.",
        [],
    ),
    (
        "sent-oil-prices-soaring-after-it-sent-notice",  # our words: the second 'sent' is a notice
        "2025-01-28",
        "The United States' exit from the Paris Agreement sent oil prices soaring, after it sent notice to the UN.",
        [("notification_date", "paris-agreement", "USA", "0001-01-01/2025-01-28")],
    ),
    # look-alikes: a letter or a note sent is a notice
    (
        "sent-a-letter-informing",
        "2025-01-28",
        "The United States sent a letter informing the Secretary-General of its withdrawal from the Paris Agreement.",
        [("notification_date", "paris-agreement", "USA", "0001-01-01/2025-01-28")],
    ),
    (
        "sent-the-secretary-general-a-note-announcing",
        "2025-01-28",
        "The United States sent the Secretary-General a note announcing its withdrawal from the Paris Agreement.",
        [("notification_date", "paris-agreement", "USA", "0001-01-01/2025-01-28")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_thirty_three_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
