"""Leaders as their state: "Trump withdraws from Climate Agreement", "Putin has signed a law on Russia's withdrawal".

News names a head of state or government for the state's act. The names and tenures are world facts, each with
its source, in ``world/leaders/*.yaml``; the reader reads a name as its state only when the article's publication
date falls inside the tenure (a former president speaks for no one), and only as the actor of a sentence, like a
capital (app/reading/words.py ``actors_in``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

import yaml

from app.world.loader import DEFAULT_WORLD_DIR
from schemas.world import Leader, LeadersFile

Tenures = dict[str, list[Leader]]  # a name as written -> its tenures


def load_leaders(root: Path = DEFAULT_WORLD_DIR) -> Tenures:
    tenures: Tenures = defaultdict(list)
    for path in sorted((root / "leaders").glob("*.yaml")):
        for leader in LeadersFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8"))).leaders:
            for name in leader.names:
                tenures[name].append(leader)
    return dict(tenures)


def state_on(tenures: Tenures, name: str, day: dt.date) -> str | None:
    """The state ``name`` stands for on ``day``: its holder's, if ``day`` falls in a tenure."""
    return next(
        (t.state for t in tenures.get(name, []) if t.start <= day and (t.end is None or day < t.end)),
        None,
    )
