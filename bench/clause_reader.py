"""How far the clause reader agrees with the reviewed rule files, field by field.

For every reviewed treaty whose text is in the reference corpus (../shared/reference/treaty-texts), the reader
drafts the clause from the text and five fields are compared with the reviewed file: the effect rule (how the
date is counted), the period, the preconditions (minimum time in force and from what), the recurring windows
and the recipient (the depositary). Prints each disagreement and the agreement ratio (target >= 90%).

    python bench/clause_reader.py [TEXTS_DIR]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.drafting.corpus import REVIEWED_TEXTS  # noqa: E402
from app.drafting.draft import DraftError, TextInfo, draft  # noqa: E402
from app.rulebook import load_rulebook  # noqa: E402
from schemas.rules import Treaty  # noqa: E402

TEXTS = ROOT.parent.parent / "shared" / "reference" / "treaty-texts"
if not TEXTS.exists():
    TEXTS = Path("/work/shared/reference/treaty-texts")

FIELDS = ("counting", "period", "preconditions", "windows", "recipient")


def text_of(treaty: Treaty, texts: Path) -> Path | None:
    """The corpus file of a reviewed treaty: named in its sources, or known by title."""
    if treaty.id in REVIEWED_TEXTS:
        return texts / f"{REVIEWED_TEXTS[treaty.id]}.md"
    for url in (treaty.withdrawal.source, treaty.text_source.url):
        match = re.search(r"BWBV\d{7}", str(url or ""))
        if match and match.group(0) != "BWBV0003441":  # the VCLT, cited by files on other treaties
            return texts / f"{match.group(0)}.md"
    return None


def fields(provisions: list[dict[str, Any]], depositary: str | None) -> dict[str, object]:
    """The five compared fields of a clause's provisions (as dicts, drafted or reviewed alike)."""
    effects = [p for p in provisions if p["kind"] == "effect" and not p.get("when")]
    effect = effects[0] if effects else None
    preconditions = [p for p in provisions if p["kind"] == "precondition" and not p.get("when")]
    return {
        "counting": effect["rule"] if effect else None,
        "period": (effect.get("period") or effect.get("day")) if effect else None,
        "preconditions": tuple(
            sorted(
                (p["in_force_for"], p.get("counted_from", "entry_into_force_for_state"))
                for p in preconditions
                if not p.get("window_every")
            )
        ),
        "windows": tuple(
            sorted((p["window_length"], p["window_every"]) for p in preconditions if p.get("window_every"))
        ),
        "recipient": depositary,
    }


def main() -> int:
    texts = Path(sys.argv[1]) if len(sys.argv) > 1 else TEXTS
    rulebook = load_rulebook()
    agree = total = 0
    rows = []
    for treaty in sorted(rulebook.treaties.values(), key=lambda t: t.id):
        if treaty.tier != "reviewed" or treaty.kind == "general_law":
            continue
        path = text_of(treaty, texts)
        if path is None or not path.exists():
            continue
        reviewed = fields([p.model_dump() for p in treaty.withdrawal.provisions], treaty.depositary)
        try:
            data = draft(path, treaty.id, info=TextInfo.of(path))
            drafted = fields(data["withdrawal"]["provisions"], data["depositary"])
        except DraftError as exc:
            drafted = dict.fromkeys(FIELDS, f"error: {exc}")
        misses = [f for f in FIELDS if reviewed[f] != drafted[f]]
        agree += len(FIELDS) - len(misses)
        total += len(FIELDS)
        rows.append((treaty.id, path.stem, misses))
        for name in misses:
            print(f"  {treaty.id:24} {name:14} reviewed={reviewed[name]!r}  drafted={drafted[name]!r}")
    ratio = agree / total if total else 0.0
    perfect = sum(not misses for _, _, misses in rows)
    print(
        f"clause reader: {len(rows)} reviewed treaties with a corpus text, {perfect} agree on every field; "
        f"{agree}/{total} fields agree = {ratio:.1%} (target >= 90%: {'met' if ratio >= 0.9 else 'NOT met'})"
    )
    return 0 if ratio >= 0.9 else 1


if __name__ == "__main__":
    raise SystemExit(main())
