"""The labelled corpus's table in tests/data/articles/README.md (between the corpus-table markers), generated from the
yaml files: claims per kind and verdict, then one row per article. ``python bench/corpus_table.py`` rewrites the
section; ``--check`` exits 1 when the README is out of date."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ARTICLES = Path(__file__).resolve().parent.parent / "tests" / "data" / "articles"
README = ARTICLES / "README.md"
START = "<!-- corpus-table:start (generated from the yaml files) -->"
END = "<!-- corpus-table:end -->"
VERDICTS = ("consistent", "partly_consistent", "inconsistent", "unverifiable")
SHORT = {"inconsistent": "inconsistent", "partly_consistent": "partly", "unverifiable": "unverifiable"}


def _articles(folder: Path) -> list[tuple[str, dict[str, Any]]]:
    return [(path.stem, yaml.safe_load(path.read_text(encoding="utf-8"))) for path in sorted(folder.glob("*.yaml"))]


def table(folder: Path = ARTICLES) -> str:
    """The generated section (markers excluded)."""
    articles = _articles(folder)
    claims = [claim for _, data in articles for claim in data.get("claims") or []]
    by_kind: dict[str, Counter[str]] = {}
    for claim in claims:
        by_kind.setdefault(claim["kind"], Counter())[claim["verdict"]] += 1
    treaties = {claim["treaty"] for claim in claims}
    lines = [
        f"{len(articles)} articles, {len(claims)} claims, {len(treaties)} treaties.",
        "",
        "| kind | claims | " + " | ".join(VERDICTS) + " |",
        "|---|---|---|---|---|---|",
    ]
    for kind, counts in sorted(by_kind.items(), key=lambda item: (-sum(item[1].values()), item[0])):
        lines.append(f"| {kind} | {sum(counts.values())} | " + " | ".join(str(counts[v]) for v in VERDICTS) + " |")
    total = Counter(claim["verdict"] for claim in claims)
    lines += [
        f"| **all** | {len(claims)} | " + " | ".join(str(total[v]) for v in VERDICTS) + " |",
        "",
        "| article | publisher | published | treaties | claims | not consistent |",
        "|---|---|---|---|---|---|",
    ]
    for slug, data in articles:
        own = data.get("claims") or []
        counts = Counter(claim["verdict"] for claim in own)
        odd = ", ".join(f"{counts[v]} {short}" for v, short in SHORT.items() if counts[v])
        lines.append(
            f"| `{slug}` | {data['publisher']} | {data['published']} | "
            f"{', '.join(sorted({claim['treaty'] for claim in own}))} | {len(own)} | {odd} |"
        )
    return "\n".join(lines)


def main() -> None:
    text = README.read_text(encoding="utf-8")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    updated = f"{head}{START}\n{table()}\n{END}{tail}"
    if "--check" in sys.argv:
        sys.exit(0 if updated == text else 1)
    README.write_text(updated, encoding="utf-8")


if __name__ == "__main__":
    main()
