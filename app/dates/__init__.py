"""Legal periods: from the depositary's receipt (or the notice) to the day a withdrawal takes effect.

Each function implements one way treaties state the effective date. A day that does not exist (31 August
+ 6 months) is resolved only by a documented rule (``month_end='last_day_of_month'``, European Convention
on the Calculation of Time-Limits, ETS 76, Art. 4(2)); otherwise the result is ambiguous and carries both
candidates, never a silent guess.
"""

from app.dates.periods import (
    DateResult,
    add_period,
    annual_date_with_notice_deadline,
    end_of_recurring_period,
    first_day_of_month_after_period,
    fixed_day_of_later_year,
    notice_window,
)

__all__ = [
    "DateResult",
    "add_period",
    "annual_date_with_notice_deadline",
    "end_of_recurring_period",
    "first_day_of_month_after_period",
    "fixed_day_of_later_year",
    "notice_window",
]
