"""The newsroom page in real headless Chromium: ask, read the answer and its timeline, check a paragraph; nothing
is fetched from beyond loopback. Screenshots are kept in artifacts/ (page-answer.png, page-claims.png)."""

from __future__ import annotations

from typing import Any

from tests.browser.conftest import ARTIFACTS

PARAGRAPH = (
    "Lithuania's parliament voted in July 2024 to leave the convention banning cluster munitions; "
    "the exit from the Oslo Convention takes effect in March."
)


def test_ask_read_the_answer_and_check_a_claim(live_url: str, offline_page: tuple[Any, list[str]]) -> None:
    page, escaped = offline_page
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_url}/")  # server-rendered: the form is there on load

    page.locator("#treaty").fill("ccm")
    page.locator("#state").fill("LTU")
    page.locator("#notification_date").fill("2024-09-06")
    page.get_by_role("button", name="Get the answer").click()
    page.wait_for_url("**/?treaty=ccm&state=LTU&notification_date=2024-09-06*")

    date = page.locator("#effective-date time")
    assert date.get_attribute("datetime") == "2025-03-06"
    assert date.inner_text() == "6 March 2025"
    assert page.locator("#effective .cite-line").first.inner_text().find("Art. 20(3), first sentence") >= 0
    verbatim = page.locator("#effective details.verbatim")
    assert not verbatim.locator("blockquote").is_visible()
    verbatim.locator("summary").click()
    assert "six months after the receipt" in verbatim.locator("blockquote").inner_text()

    svg = page.locator("svg.timeline-svg")
    assert svg.locator('[data-mark="notification"]').get_attribute("data-date") == "2024-09-06"
    assert svg.locator('[data-mark="effective"]').get_attribute("data-date") == "2025-03-06"
    assert svg.locator('[data-mark="today"]').count() == 1
    assert svg.locator('[data-mark="effective"] .dot').bounding_box() is not None

    story = page.locator("#story-text")
    assert "took effect on 6 March 2025" in story.input_value() and "Art. 20(3)" in story.input_value()
    copy = page.get_by_role("button", name="Copy sentence")
    assert copy.is_visible()  # shown by the script; hidden without JavaScript
    copy.click()
    page.locator(".copy-status").filter(has_text="Cop").or_(
        page.locator(".copy-status", has_text="Selected")
    ).wait_for()
    assert (
        page.locator("#api-link")
        .inner_text()
        .endswith("/v1/assessments?treaty=ccm&state=LTU&notification_date=2024-09-06")
    )
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "page-answer.png"), full_page=True)

    page.get_by_label("Text", exact=True).fill(PARAGRAPH)
    page.get_by_label("Publication date").fill("2025-01-14")
    page.get_by_role("button", name="Check the text").click()
    page.wait_for_url("**/check")
    mark = page.locator("mark.claim")
    assert mark.count() == 1
    assert "verdict-consistent" in (mark.get_attribute("class") or "")
    assert "takes effect in March" in mark.inner_text()
    claim = page.locator('#claim-1[data-kind="effective_date"]')
    assert claim.get_attribute("data-verdict") == "consistent"
    assert claim.locator(".correct-value").inner_text() == "2025-03-06"
    assert "Art. 20(3), first sentence" in claim.inner_text()
    page.screenshot(path=str(ARTIFACTS / "page-claims.png"), full_page=True)

    assert escaped == []


def test_a_typo_in_the_treaty_offers_close_matches(live_url: str, offline_page: tuple[Any, list[str]]) -> None:
    page, escaped = offline_page
    response = page.goto(f"{live_url}/?treaty=Ottawa+Protocol&state=LTU&notification_date=2025-06-27")
    assert response is not None and response.status == 404
    page.locator("#errors").get_by_role("link", name="Ottawa Convention").click()
    page.wait_for_url("**/?treaty=apmbc*")
    assert page.locator("#effective-date time").get_attribute("datetime") == "2025-12-27"
    assert escaped == []
