"""An RFC 5545 feed of withdrawal effective dates (icalendar), with stable UIDs so clients update, not duplicate."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar, Event

from schemas.records import WithdrawalPublic


def effective_dates_calendar(items: list[WithdrawalPublic], rules_version: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//treatyexit//withdrawal effective dates//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Treaty withdrawals: effective dates")
    for item in items:
        if item.effective_date is None:
            continue
        event = Event()
        event.add("uid", f"withdrawal-{item.id}-effective@treatyexit")
        event.add("summary", f"{item.state} leaves {item.treaty}: {item.kind} takes effect")
        event.add("dtstart", item.effective_date)
        event.add("dtend", item.effective_date + dt.timedelta(days=1))
        event.add("dtstamp", dt.datetime.combine(item.received_on, dt.time(), tzinfo=dt.UTC))
        event.add("sequence", item.version)
        event.add(
            "description",
            f"Notification received {item.received_on}. Status on {item.as_of}: {item.status} ({item.status_reason}). "
            f"Source: {item.source_url}. Rules version {rules_version}.",
        )
        event.add("url", item.source_url)
        calendar.add_component(event)
    return bytes(calendar.to_ical())
