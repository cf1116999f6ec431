"""Drafting many texts at once: ids and aliases from titles, bilateral texts left out, the rulebook cache."""

from __future__ import annotations

import json
from pathlib import Path

from app.drafting.corpus import aliases_for, draft_corpus, slug
from app.rulebook import load_rulebook
from tests.drafting.test_clause_reader import COE_CLAUSE, UPSTREAM, small_rules


def test_ids_and_aliases_from_titles() -> None:
    assert slug("European Convention on the Protection of the Archaeological Heritage") == (
        "european-convention-protection-archaeological-heritage"
    )  # the significant words, lower case
    assert len(slug("Convention " + "word " * 40)) <= 60
    title = "European Agreement concerning the International Carriage of Dangerous Goods by Road (ADR)"
    assert aliases_for(title, []) == [
        "European Agreement concerning the International Carriage of Dangerous Goods by Road"
    ]


def test_draft_corpus_writes_multilateral_texts_and_skips_bilateral_ones(tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "BWBV9000001.md").write_text(COE_CLAUSE, encoding="utf-8")
    (texts / "BWBV9000002.md").write_text(COE_CLAUSE, encoding="utf-8")
    index = [
        {"id": "BWBV9000001", "title_en": "Convention on Cybercrime Sample Clauses", "upstream": UPSTREAM},
        {"id": "BWBV9000002", "title_en": "Agreement between the Kingdom of the Netherlands and Estonia on shipping", "upstream": UPSTREAM},
    ]  # fmt: skip
    (texts / "index.json").write_text(json.dumps(index), encoding="utf-8")
    rules = small_rules(tmp_path)
    written, skipped = draft_corpus(texts, rules)
    assert [d.treaty_id for d in written] == ["convention-cybercrime-sample-clauses"]
    assert any("bilateral" in reason for reason in skipped)
    treaty = load_rulebook(rules).treaties["convention-cybercrime-sample-clauses"]
    assert treaty.tier == "drafted" and treaty.depositary == "coe-secretary-general"
    assert "Convention on Cybercrime Sample Clauses" in treaty.aliases or treaty.short_name.startswith("Convention")


def test_the_rulebook_cache_follows_the_files(tmp_path: Path) -> None:
    rules = small_rules(tmp_path)
    first = load_rulebook(rules)
    assert list((tmp_path / ".cache" / "rulebook").glob("*.pickle"))  # written on the first load
    again = load_rulebook(rules)
    assert again.version == first.version and again.treaties.keys() == first.treaties.keys()
    path = rules / "treaties" / "apmbc.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("short_name: Ottawa Convention", "short_name: Ottawa Treaty 1997"),
        encoding="utf-8",
    )
    changed = load_rulebook(rules)
    assert changed.version != first.version and changed.treaties["apmbc"].short_name == "Ottawa Treaty 1997"
