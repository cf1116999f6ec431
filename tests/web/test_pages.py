"""The newsroom pages, server-rendered: the answer, its citations and timeline without JavaScript, the claim check,
the treaty and state pages, and clear 404/422 pages (never a 500), with the records database up and down."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from app.cli import cli
from app.services.effective_rules import effective_rules

ANSWER = "/?treaty=ccm&state=LTU&notification_date=2024-09-06"
PARAGRAPH = (
    "Lithuania's parliament voted in July 2024 to leave the convention banning cluster munitions; "
    "the exit from the Oslo Convention takes effect in March."
)


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def marks(html: str) -> dict[str, str]:
    """data-mark -> data-date of the timeline's marks."""
    return dict(re.findall(r'data-mark="([\w-]+)"(?: data-date="([\d-]+)")?', html))


def test_the_answer_page_shows_the_date_the_citation_and_the_steps(web: TestClient) -> None:
    response = web.get(ANSWER)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    html = response.text
    text = text_of(html)
    assert '<time datetime="2025-03-06">6 March 2025</time>' in html
    assert "Determined" in text and "Took effect" in text
    assert "Convention on Cluster Munitions, Art. 20(3), first sentence" in text
    # the verbatim text is one click away, in a <details>
    assert re.search(
        r"<details class=\"verbatim\">\s*<summary>Verbatim text</summary>\s*<blockquote[^>]*>Such withdrawal", html
    )
    # domestic steps first, then the international notice, numbered in order
    assert text.index("The Seimas adopts a law") < text.index("Send the instrument of withdrawal")
    assert "Who acts Seimas" in text and "Threshold A majority of the members" in text
    # the sentence for the story, with its citation, and the permanent links
    story = re.search(r'<textarea id="story-text" readonly[^>]*>(.*?)</textarea>', html, re.S)
    assert story is not None
    assert unescape(story.group(1)).startswith(  # then what the world files leave assumed (tests/world)
        "Lithuania's withdrawal from the Convention on Cluster Munitions took effect on 6 March 2025, the depositary "
        "having received the notification on 6 September 2024 (Convention on Cluster Munitions, Art. 20(3), first "
        "sentence)"
    )
    api = re.search(r'<a href="([^"]+)" id="api-link">', html)
    assert api is not None
    assert unescape(api.group(1)).endswith("/v1/assessments?treaty=ccm&state=LTU&notification_date=2024-09-06")
    assert web.get(unescape(api.group(1))).json()["effective"]["date"] == "2025-03-06"
    assert 'id="page-link">/?treaty=ccm&amp;state=LTU&amp;notification_date=2024-09-06<' in html


def test_the_timeline_is_an_inline_svg_with_recorded_and_computed_marks(web: TestClient) -> None:
    html = web.get(ANSWER).text
    svg = re.search(r"<svg class=\"timeline-svg\".*?</svg>", html, re.S)
    assert svg is not None
    found = marks(svg.group())
    assert found["notification"] == "2024-09-06"
    assert found["effective"] == "2025-03-06"
    assert "today" in found
    assert "Notification received (recorded)" in svg.group()  # the seeded record matches the question
    assert "records are unavailable" not in html


def test_the_page_works_without_javascript(web: TestClient) -> None:
    html = web.get(ANSWER).text
    scripts = re.findall(r"<script[^>]*>", html)
    assert scripts == ['<script src="/static/app.js" defer>']  # no inline script: the answer is in the HTML
    assert '<form class="card ask-form" method="get" action="/"' in html
    assert 'data-copy="story-text" hidden>' in html  # the copy button only appears when the script runs
    assert '<datalist id="treaty-list">' in html and '<option value="Oslo Convention"' in html
    assert '<option value="LTU" label="Lithuania (domestic procedure encoded)">' in html
    for asset in re.findall(r'<(?:link|script)[^>]+(?:href|src)="([^"]+)"', html):
        if asset == "data:,":
            continue  # the empty favicon: the browser asks nobody for one
        assert asset.startswith("/static/"), asset  # nothing fetched from elsewhere
        assert web.get(asset).status_code == 200
    assert "default-src 'self'" in web.get(ANSWER).headers["content-security-policy"]
    assert '<main id="main"' in html and "<nav aria-label=" in html and '<label for="treaty">' in html


def test_an_armed_conflict_shows_the_suspension_band(web: TestClient) -> None:
    html = web.get("/?treaty=apmbc&state=LTU&notification_date=2025-06-27&armed_conflict=yes").text
    text = text_of(html)
    assert "Conditional" in text and "No fixed date yet" in text
    found = marks(html)
    assert found["earliest"] == "2025-12-27"
    assert "suspension" in found and "No effect before the end of the armed conflict (Art. 20(3)" in text
    assert 'value="yes" checked' in html


def test_no_notification_date_answers_with_the_earliest_date(web: TestClient) -> None:
    response = web.get("/?treaty=Ottawa+Convention&state=deu")
    assert response.status_code == 200
    assert "Not yet notified" in response.text and 'data-mark="earliest"' in response.text


def test_an_unknown_treaty_is_a_404_page_with_close_matches_as_links(web: TestClient) -> None:
    response = web.get("/?treaty=Ottawa+Protocol&state=LTU&notification_date=2025-06-27")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert 'role="alert"' in response.text
    assert "No treaty matches “Ottawa Protocol”." in unescape(response.text)
    assert '<a href="/?treaty=apmbc&amp;state=LTU&amp;notification_date=2025-06-27">Ottawa Convention</a>' in (
        response.text
    )
    assert 'value="Ottawa Protocol"' in response.text  # the form keeps what was typed


def test_an_unknown_state_is_a_404_page(web: TestClient) -> None:
    response = web.get("/?treaty=ccm&state=Lituanie")
    assert response.status_code == 404
    assert "state=LTU" in response.text
    assert web.get("/?treaty=ccm&state=Lithuania").status_code == 200  # a name is understood


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("treaty=ccm&state=LTU&notification_date=2024-02-30", "Notification date: “2024-02-30” is not a date"),
        ("treaty=ccm&state=LTU&notification_date=yesterday", "Notification date: “yesterday” is not a date"),
        ("treaty=ccm&state=LTU&notification_date=1850-01-01", "between 1900 and 2200"),
        ("treaty=ccm&state=LTU&notification_date=2001-01-01", "before Convention on Cluster Munitions existed"),
        ("treaty=ccm&state=LTU&armed_conflict=maybe", "is not one of yes, no, unknown"),
        ("treaty=ccm", "Give both a treaty"),
    ],
)
def test_bad_input_is_a_422_page_with_a_clear_message(web: TestClient, query: str, message: str) -> None:
    response = web.get(f"/?{query}")
    assert response.status_code == 422
    assert message in unescape(response.text)
    assert 'role="alert"' in response.text


def test_the_records_database_down_still_answers(web_without_db: TestClient) -> None:
    response = web_without_db.get(ANSWER)
    assert response.status_code == 200
    assert '<time datetime="2025-03-06">6 March 2025</time>' in response.text
    assert "The withdrawal records are unavailable right now" in response.text
    assert {"notification", "effective", "today"} <= set(marks(response.text))
    for page in ("/treaties/ccm", "/states/LTU"):
        down = web_without_db.get(page)
        assert down.status_code == 200 and "records are unavailable" in down.text


def test_the_claim_box_highlights_each_claim_with_its_verdict(web: TestClient) -> None:
    response = web.post("/check", data={"text": PARAGRAPH, "published": "2025-01-14"})
    assert response.status_code == 200
    html = response.text
    mark = re.search(r'<mark class="claim verdict-(\w+)"[^>]*>(.*?)</mark>', html, re.S)
    assert mark is not None and mark.group(1) == "consistent"
    assert "takes effect in March" in unescape(mark.group(2))
    item = re.search(
        r'<li class="claim-item verdict-consistent" id="claim-1" data-kind="effective_date".*?</li>', html, re.S
    )
    assert item is not None
    text = text_of(item.group())
    assert "Correct value 2025-03-06" in text
    assert "Convention on Cluster Munitions, Art. 20(3), first sentence" in text
    assert '<textarea id="claim-text" name="text"' in html and PARAGRAPH.replace("'", "&#39;") in html
    # the same check as a link (GET)
    linked = web.get("/check", params={"text": PARAGRAPH, "published": "2025-01-14"})
    assert linked.status_code == 200 and 'class="claim verdict-consistent"' in linked.text


def test_the_claim_box_errors(web: TestClient) -> None:
    assert web.post("/check", data={"text": "  ", "published": ""}).status_code == 422
    bad = web.post("/check", data={"text": PARAGRAPH, "published": "14/01/2025"})
    assert bad.status_code == 422 and "Publication date" in bad.text
    none = web.post("/check", data={"text": "Nothing to see here.", "published": "2025-01-14"})
    assert none.status_code == 200 and "No checkable claim was found" in none.text
    assert web.get("/check").status_code == 200


def test_the_home_page_has_the_form_the_examples_and_the_claim_box(web: TestClient) -> None:
    html = web.get("/").text
    assert 'name="treaty"' in html and 'name="state"' in html and 'type="date"' in html
    assert 'action="/check"' in html
    assert "/?treaty=apmbc&amp;state=LTU&amp;notification_date=2025-06-27" in html  # a real notification as an example


def test_the_treaty_page(web: TestClient) -> None:
    response = web.get("/treaties/ccm")
    assert response.status_code == 200
    text = text_of(response.text)
    assert "Each State Party shall, in exercising its national sovereignty, have the right to withdraw" in text
    assert "Art. 20(3), first sentence" in text
    assert "Lithuania" in text and "6 September 2024" in text and "6 March 2025" in text
    assert 'data-mark="record-notification"' in response.text
    assert web.get("/treaties/Oslo Convention").status_code == 200
    assert web.get("/treaties/oslo-convnetion").status_code == 200  # a misspelling close to one name
    missing = web.get("/treaties/Oslo Protocol")
    assert missing.status_code == 404 and "text/html" in missing.headers["content-type"]


@pytest.mark.parametrize("treaty_id", ["apmbc", "iccpr", "ect"])
def test_the_treaty_page_shows_the_effective_rules_rules_show_prints(web: TestClient, treaty_id: str) -> None:
    """Its own provisions, the general-law defaults it inherits and the depositary's counting, each with its
    source: the same list, in the same order, as `treatyexit rules show` (one function makes both)."""
    rulebook = web.app.state.assessments.rulebook  # type: ignore[attr-defined]
    shown = effective_rules(rulebook, rulebook.treaties[treaty_id])
    html = web.get(f"/treaties/{treaty_id}").text
    assert re.findall(r'data-rule="([^"]+)"', html) == [unescape(r.rule) for r in shown.rules]
    assert {r.origin for r in shown.rules} >= {"treaty", "general_law"}
    text = text_of(html)
    assert shown.heading in text
    for rule in shown.rules:
        assert rule.cite in text and rule.origin_label in text, rule.rule
        for url in rule.sources:
            assert f'href="{url}"' in unescape(html), (rule.rule, url)
    done = CliRunner().invoke(cli, ["rules", "show", treaty_id], terminal_width=250, env={"COLUMNS": "250"})
    assert done.exit_code == 0 and all(r.rule in done.stdout for r in shown.rules)


def test_the_state_page(web: TestClient) -> None:
    response = web.get("/states/LTU")
    assert response.status_code == 200
    text = text_of(response.text)
    assert "Seimas" in text and "Law on International Treaties" in text
    assert 'data-mark="record-effective"' in response.text and "Convention on Cluster Munitions" in text
    assert web.get("/states/ltu").status_code == 200
    assert "not encoded yet" in web.get("/states/BRA").text
    assert web.get("/states/QQQQ").status_code == 404


def test_the_pages_stay_out_of_the_api_schema(web: TestClient) -> None:
    paths = web.get("/openapi.json").json()["paths"]
    assert not any(p in paths for p in ("/", "/check", "/treaties/{treaty_id}", "/states/{iso3}"))


def test_templates_and_assets_are_in_app_web() -> None:
    web_dir = Path(__file__).resolve().parents[2] / "app" / "web"
    assert (web_dir / "templates" / "index.html").exists() and (web_dir / "static" / "style.css").exists()


def test_a_date_fact_from_the_declaration_is_read_by_the_page(web: TestClient) -> None:
    """The form is built from the declared facts: a later date named in the notice (Rome Art. 127(1))."""
    html = web.get("/?treaty=rome-statute&state=HUN&notification_date=2025-06-02&specified_date=2026-09-01").text
    assert "1 September 2026" in html and 'name="specified_date"' in html
    bad = web.get("/?treaty=rome-statute&state=HUN&amendment_not_accepted=perhaps")
    assert bad.status_code == 422 and "is not one of yes, no, unknown" in bad.text
