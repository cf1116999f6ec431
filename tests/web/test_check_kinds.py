"""The /check page shows the claim kinds of issue 14, each with its verdict, correct value and citation."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.web.test_pages import text_of

ARTICLE = (
    "Lithuania's parliament voted to leave the Ottawa Convention on 8 May. "
    "The withdrawal will take effect six months after parliament's decision."
)


def _items(html: str) -> dict[str, tuple[str, str]]:
    """data-kind -> (verdict, the item's text)."""
    found = re.findall(r'<li class="claim-item verdict-(\w+)" id="claim-\d+" data-kind="(\w+)".*?</li>', html, re.S)
    items = re.findall(r'<li class="claim-item verdict-\w+" id="claim-\d+" data-kind="\w+".*?</li>', html, re.S)
    return {kind: (verdict, text_of(item)) for (verdict, kind), item in zip(found, items, strict=True)}


def test_a_rule_claim_counted_from_a_vote_is_flagged_with_the_article_it_breaks(web: TestClient) -> None:
    response = web.post("/check", data={"text": ARTICLE, "published": "2025-05-09"})
    assert response.status_code == 200
    verdict, text = _items(response.text)["rule"]
    assert verdict == "inconsistent"
    assert "receipt of the instrument of withdrawal by the Depositary" in text  # the correct value
    assert "Art. 20(3)" in text  # the citation


def test_brexit_on_the_uk_clock_is_right_and_says_why(web: TestClient) -> None:
    text = "The United Kingdom left the European Union on 31 January 2020."
    response = web.post("/check", data={"text": text, "published": "2020-02-11"})
    verdict, shown = _items(response.text)["withdrew"]
    assert verdict == "consistent"
    assert "2020-02-01" in shown and "23:00 GMT on 31 January 2020" in shown
    assert "Art. 50(3)" in shown
