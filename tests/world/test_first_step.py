"""world/records ``first_step``: the earliest step towards an exit the sources show; it cannot come after the notice
or a domestic step of the same record (schemas/world.py ``WorldRecord``)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from schemas.world import WorldRecord

ROW = {"state": "EST", "act": "withdrawal", "notified": "2025-06-27", "sources": [{"url": "https://example.org/a"}]}
STEP = {"actor": "Ministers of Defence", "act": "joint recommendation", "source": {"url": "https://example.org/b"}}


def test_a_first_step_before_the_notice_is_kept() -> None:
    record = WorldRecord.model_validate({**ROW, "first_step": {**STEP, "date": "2025-03-18"}})
    assert record.first_step is not None and record.first_step.date.isoformat() == "2025-03-18"


@pytest.mark.parametrize(
    "extra",
    [
        {"first_step": {**STEP, "date": "2025-07-01"}},  # after the notice
        {
            "first_step": {**STEP, "date": "2025-06-10"},  # after a domestic step of the same exit
            "domestic_steps": [{"date": "2025-06-04", "actor": "Riigikogu", "act": "Act adopted"}],
        },
    ],
)
def test_a_first_step_after_another_step_is_refused(extra: dict[str, object]) -> None:
    with pytest.raises(ValidationError, match="first_step"):
        WorldRecord.model_validate({**ROW, **extra})
