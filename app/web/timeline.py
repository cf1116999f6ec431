"""Lay out a timeline for an inline SVG: dates to x positions, labels in rows that do not overlap.

Pure geometry: which dates to draw and what they mean come from the services; this only places them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

WIDTH = 760
LEFT = 28
RIGHT = WIDTH - 28
AXIS_Y = 44
BAND_Y = 52
BAND_HEIGHT = 14
FIRST_ROW_Y = 96
ROW_HEIGHT = 42
BAND_LABEL_HEIGHT = 20
CHAR_WIDTH = 6.9  # a generous average for 12-13 px system sans-serif
GAP = 14


@dataclass(frozen=True)
class Mark:
    day: dt.date
    mark: str  # the stable data-mark id: notification, effective, today, record-notification, ...
    label: str
    computed: bool = False
    detail: str = ""


@dataclass(frozen=True)
class Band:
    start: dt.date
    end: dt.date | None  # None: open-ended (runs off the right edge)
    mark: str
    label: str


@dataclass(frozen=True)
class PlacedMark:
    mark: Mark
    x: float
    label_x: float
    label_y: float
    anchor: str  # start | end


@dataclass(frozen=True)
class PlacedBand:
    band: Band
    x: float
    width: float
    open_ended: bool
    label_x: float
    label_y: float
    anchor: str


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass
class Chart:
    width: int
    height: int
    axis_y: int
    left: int
    right: int
    band_y: int
    band_height: int
    marks: list[PlacedMark] = field(default_factory=list)
    bands: list[PlacedBand] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    today: PlacedMark | None = None
    empty: bool = True


def short_date(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def _label_width(mark: Mark) -> float:
    return max(len(short_date(mark.day)) * (CHAR_WIDTH + 0.6), len(mark.label) * CHAR_WIDTH)


def _month_add(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 + months
    return dt.date(total // 12, total % 12 + 1, 1)


def _ticks(lo: dt.date, hi: dt.date, x_of: Callable[[dt.date], float]) -> list[Tick]:
    span_months = (hi.year - lo.year) * 12 + hi.month - lo.month
    ticks: list[Tick] = []
    if span_months > 48:
        step = max(1, -(-span_months // 12 // 8))
        year = lo.year + 1
        while dt.date(year, 1, 1) <= hi:
            if year % step == 0:
                ticks.append(Tick(x_of(dt.date(year, 1, 1)), str(year)))
            year += 1
        return ticks
    step = next(s for s in (1, 2, 3, 6, 12) if span_months / s <= 8)
    day = _month_add(lo, 1)
    while day <= hi:
        if (day.month - 1) % step == 0:
            label = f"{day:%b %Y}" if day.month == 1 or not ticks or step >= 3 else f"{day:%b}"
            ticks.append(Tick(x_of(day), label))
        day = _month_add(day, 1)
    return ticks


def layout(marks: list[Mark], bands: list[Band], today: dt.date) -> Chart:
    """Place the marks (today included) and bands on one horizontal axis."""
    chart = Chart(WIDTH, FIRST_ROW_Y + 20, AXIS_Y, LEFT, RIGHT, BAND_Y, BAND_HEIGHT)
    everything = [*marks, Mark(today, "today", "Today")]
    days = [m.day for m in everything] + [b.start for b in bands] + [b.end for b in bands if b.end]
    lo, hi = min(days), max(days)
    span = max((hi - lo).days, 60)
    pad = max(20, span // 12)
    lo, hi = lo - dt.timedelta(days=pad), hi + dt.timedelta(days=pad)
    if any(b.end is None for b in bands):
        hi += dt.timedelta(days=span // 5)
    total = (hi - lo).days

    def x_of(day: dt.date) -> float:
        return round(LEFT + (RIGHT - LEFT) * (day - lo).days / total, 1)

    chart.ticks = _ticks(lo, hi, x_of)
    for row, band in enumerate(bands):
        x0 = x_of(band.start)
        x1 = x_of(band.end) if band.end else RIGHT
        width = len(band.label) * CHAR_WIDTH + 16
        anchor, label_x = ("start", x0 + 2) if x0 + 2 + width <= RIGHT else ("end", RIGHT)
        label_y = BAND_Y + BAND_HEIGHT + 16 + row * BAND_LABEL_HEIGHT
        chart.bands.append(PlacedBand(band, x0, max(x1 - x0, 2), band.end is None, label_x, label_y, anchor))
    first_row = FIRST_ROW_Y + len(bands) * BAND_LABEL_HEIGHT
    rows_end: list[float] = []
    for mark in sorted(everything, key=lambda m: (m.day, m.mark == "today")):
        x = x_of(mark.day)
        width = _label_width(mark)
        anchor, start = ("start", x - 4) if x - 4 + width <= RIGHT + 20 else ("end", x + 4 - width)
        row = next((i for i, end in enumerate(rows_end) if end + GAP <= start), len(rows_end))
        if row == len(rows_end):
            rows_end.append(start + width)
        else:
            rows_end[row] = start + width
        placed = PlacedMark(mark, x, x - 4 if anchor == "start" else x + 4, first_row + row * ROW_HEIGHT, anchor)
        if mark.mark == "today":
            chart.today = placed
        else:
            chart.marks.append(placed)
    chart.height = first_row + (len(rows_end) - 1) * ROW_HEIGHT + 32
    chart.empty = not marks and not bands
    return chart
