"""The OpenAPI explorer at /docs (and ReDoc) renders from the app's own assets, with no network beyond loopback."""

from __future__ import annotations

from typing import Any

from app.api.openapi import API_VERSION
from tests.browser.conftest import ARTIFACTS


def test_docs_render_the_operations_offline(live_url: str, offline_page: tuple[Any, list[str]]) -> None:
    page, escaped = offline_page
    page.goto(f"{live_url}/docs", wait_until="networkidle")
    page.wait_for_selector(".opblock", timeout=15_000)
    operations = page.locator(".opblock-summary-path").all_inner_texts()
    assert "/v1/assessments" in operations and "/v1/treaties/{treaty_id}" in operations
    info = page.locator(".information-container").inner_text()
    assert f"API version {API_VERSION}" in info and "rules version" in info  # and the version badge, the title:
    assert page.title().startswith(f"treatyexit API {API_VERSION} (rules ")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "docs.png"), full_page=False)
    assert escaped == []


def test_try_it_out_with_a_named_example(live_url: str, offline_page: tuple[Any, list[str]]) -> None:
    page, escaped = offline_page
    page.goto(f"{live_url}/docs#/assessments/assess")  # then waits for the operation itself
    block = page.locator("#operations-assessments-assess")
    block.wait_for(timeout=15_000)
    if not block.locator(".try-out__btn").is_visible():
        block.locator(".opblock-summary").click()
    block.locator(".try-out__btn").click()
    block.locator("button.execute").click()
    block.locator(".responses-wrapper .live-responses-table").wait_for(timeout=15_000)
    body = block.locator(".live-responses-table .response-col_description .microlight").first.inner_text()
    assert '"date": "2025-03-06"' in body  # the first named example: Oslo Convention, Lithuania
    assert escaped == []


def test_redoc_renders_offline(live_url: str, offline_page: tuple[Any, list[str]]) -> None:
    page, escaped = offline_page
    page.goto(f"{live_url}/redoc", wait_until="networkidle")
    page.locator("h2", has_text="Assess a withdrawal").first.wait_for(timeout=15_000)
    assert escaped == []


def test_try_it_out_fills_the_parameters_from_their_examples(
    live_url: str, offline_page: tuple[Any, list[str]]
) -> None:
    page, escaped = offline_page
    page.goto(f"{live_url}/docs#/treaties/isBound")  # then waits for the operation itself
    block = page.locator("#operations-treaties-isBound")
    block.wait_for(timeout=15_000)
    if not block.locator(".try-out__btn").is_visible():
        block.locator(".opblock-summary").click()
    block.locator(".try-out__btn").click()
    block.locator("button.execute").click()
    block.locator(".responses-wrapper .live-responses-table").wait_for(timeout=15_000)
    status = block.locator(".live-responses-table tbody .response-col_status").first.inner_text()
    assert status.strip() == "200"  # apmbc, LTU, 2025-12-01 filled in from the parameters' examples
    assert escaped == []
