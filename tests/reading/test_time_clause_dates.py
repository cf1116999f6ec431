"""A date before a later predicate of the same subject is the first predicate's. A date right before a time clause ('after leaving the IWC') is the day of the verb before the date, not the time
clause's: 'Japan resumed commercial whaling on Monday after leaving the IWC, a withdrawal that took effect on June 30'
was read as Japan leaving on Monday 1 July 2019 and flagged inconsistent against the real 30 June (a false alarm);
the exit is told undated, before that Monday. Look-alikes: the date after the time clause's verb is its own ('after
leaving the IWC on Sunday'), a date opening the sentence with a time clause set off by commas is the main verb's
('On March 6, after months of debate, Lithuania left'), and the date of the main exit verb stays its own.

The same for a date right before 'and' and a second predicate: 'The US suspended its obligations under the INF Treaty
on Saturday and will withdraw in six months' was read as the exit taking effect on Saturday 2 February 2019 and flagged
inconsistent (a false alarm: Saturday is the suspension's day); a date after the second verb stays its own.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "resumed-on-monday-after-leaving",  # our words, after the IWC exit's reports of 1 July 2019
        "2019-07-01",
        "Japan resumed commercial whaling on Monday after leaving the IWC, a withdrawal that took effect on June 30.",
        [("withdrew", "icrw", "JPN", "true"), ("effective_date", "icrw", "JPN", "2019-06-30")],
    ),
    (
        "resumed-on-monday-comma-after-leaving",
        "2019-07-01",
        "Japan resumed commercial whaling on Monday, after leaving the IWC.",
        [("withdrew", "icrw", "JPN", "true")],
    ),
    (
        "said-to-respond-after-the-us-left",
        "2020-11-23",
        "Russia responded on Monday after the US left the Open Skies Treaty.",
        [("withdrew", "open-skies", "USA", "true")],
    ),
    (
        "suspended-on-saturday-and-will-withdraw",  # our words, after the reports of 2 February 2019
        "2019-02-02",
        "The US suspended its obligations under the INF Treaty on Saturday and will withdraw in six months.",
        [("notice_period", "inf-treaty", None, "P6M")],
    ),
    (
        "notified-on-a-day-and-will-leave-on-another",
        "2025-06-28",
        "Lithuania notified the UN on 27 June and will leave the Ottawa Convention on 27 December.",
        [("notification_date", "apmbc", "LTU", "2025-06-27"), ("effective_date", "apmbc", "LTU", "2025-12-27")],
    ),
    # look-alikes: the time clause's own date, a date opening the sentence, the main exit verb's date
    (
        "after-leaving-on-sunday",
        "2019-07-01",
        "Japan resumed commercial whaling after leaving the IWC on Sunday.",
        [("withdrew", "icrw", "JPN", "2019-06-30")],
    ),
    (
        "on-march-6-after-months-of-debate",
        "2025-03-07",
        "On March 6, after months of debate, Lithuania left the Convention on Cluster Munitions.",
        [("withdrew", "ccm", "LTU", "2025-03-06")],
    ),
    (
        "left-on-march-6-after-notifying",
        "2025-03-07",
        "Lithuania left the Convention on Cluster Munitions on March 6 after notifying the UN in September.",
        [("withdrew", "ccm", "LTU", "2025-03-06"), ("notification_date", "ccm", "LTU", "2024-09")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_time_clause_dates(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
