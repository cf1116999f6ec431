"""Ready answers (app/api/ready_answers.py): a question asked again gets the route's own bytes and headers, and
only questions the route answered with 200 are kept."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from app.api.caching import AnswerCache, Recent
from app.api.ready_answers import MAX_KEPT_BYTES
from app.main import create_app
from app.settings import Settings

URL = "/v1/assessments"
BODY = json.dumps({"treaty": "ccm", "state": "LTU", "notification_date": "2024-09-06", "as_of": "2026-11-28"})
HEADERS = {"content-type": "application/json"}


def _cache(client: TestClient) -> AnswerCache:
    cache: AnswerCache = client.app.state.answer_cache  # type: ignore[attr-defined]
    return cache


def test_an_answer_is_kept_once_asked_twice(client: TestClient) -> None:
    """A question asked once is answered and not kept (a batch of new questions evicts nothing); asked a second
    time it is kept, by its ETag and its bytes, and the third time it is ready."""
    body = BODY.replace("2024-09-06", "2024-09-04")
    cache = _cache(client)
    kept, ready = len(cache._answers), len(cache._ready)
    first = client.post(URL, content=body, headers=HEADERS)
    assert (len(cache._answers), len(cache._ready)) == (kept, ready)
    second = client.post(URL, content=body, headers=HEADERS)
    assert (len(cache._answers), len(cache._ready)) == (kept + 1, ready + 1)
    hits = cache.ready_hits
    third = client.post(URL, content=body, headers=HEADERS)
    assert cache.ready_hits == hits + 1
    assert first.content == second.content == third.content
    assert first.headers["etag"] == second.headers["etag"] == third.headers["etag"]


def test_repeated_question_gets_the_same_bytes_and_headers(client: TestClient) -> None:
    body = BODY.replace("2024-09-06", "2024-09-05")
    first = client.post(URL, content=body, headers=HEADERS)
    assert client.post(URL, content=body, headers=HEADERS).content == first.content  # kept from the second time
    hits = _cache(client).ready_hits
    again = client.post(URL, content=body, headers=HEADERS)
    assert _cache(client).ready_hits == hits + 1
    assert again.status_code == first.status_code == 200
    assert again.content == first.content
    for name in ("etag", "cache-control", "content-type", "content-length", "x-content-type-options"):
        assert again.headers[name] == first.headers[name]
    assert again.headers["x-request-id"] != first.headers["x-request-id"]


def test_ready_answer_honours_if_none_match(client: TestClient) -> None:
    etag = client.post(URL, content=BODY, headers=HEADERS).headers["etag"]
    assert client.post(URL, content=BODY, headers=HEADERS).headers["etag"] == etag  # kept from the second time
    hits = _cache(client).ready_hits
    for match in (etag, f'"other", {etag}', "*"):
        cached = client.post(URL, content=BODY, headers={**HEADERS, "If-None-Match": match})
        assert cached.status_code == 304 and cached.content == b"" and cached.headers["etag"] == etag
    assert _cache(client).ready_hits == hits + 3
    stale = client.post(URL, content=BODY, headers={**HEADERS, "If-None-Match": '"other"'})
    assert stale.status_code == 200 and stale.headers["etag"] == etag


def test_the_view_and_the_method_are_part_of_the_question(client: TestClient) -> None:
    full = client.post(URL, content=BODY, headers=HEADERS)
    summary = client.post(URL + "?view=summary", content=BODY, headers=HEADERS)
    assert summary.json()["view"] == "summary" and "trace" in full.json()
    assert summary.headers["etag"] != full.headers["etag"]
    got = client.get(URL, params=json.loads(BODY))
    assert got.json() == full.json() and got.headers["etag"] == full.headers["etag"]
    assert client.get(URL, params=json.loads(BODY)).content == got.content


def test_refused_questions_are_refused_every_time(client: TestClient) -> None:
    bad = BODY.replace('"LTU"', '"Atlantis"')
    for _ in range(2):
        refused = client.post(URL, content=bad, headers=HEADERS)
        assert refused.status_code in (404, 422) and refused.headers["content-type"] == "application/problem+json"
    malformed = BODY[:-1]
    for _ in range(2):
        assert client.post(URL, content=malformed, headers=HEADERS).status_code == 422


def test_a_body_sent_as_another_content_type_is_not_served_from_the_json_answer(client: TestClient) -> None:
    assert client.post(URL, content=BODY, headers=HEADERS).status_code == 200
    hits = _cache(client).ready_hits
    other = client.post(URL, content=BODY, headers={"content-type": "text/plain"})
    assert _cache(client).ready_hits == hits
    assert other.status_code == client.post(URL, content=BODY, headers={"content-type": "text/plain"}).status_code


def test_no_ready_answers_when_the_answer_cache_is_off(tmp_path: object) -> None:
    app = create_app(Settings(database_url="sqlite://", answer_cache_size=0))
    with TestClient(app) as off:
        first = off.post(URL, content=BODY, headers=HEADERS)
        assert off.post(URL, content=BODY, headers=HEADERS).content == first.content
        assert _cache(off).ready_hits == 0


def test_bodies_the_direct_path_leaves_to_fastapi_get_fastapis_answers(client: TestClient) -> None:
    """POST validates a plain JSON body itself (app/api/assessments.py); every other body takes FastAPI's path,
    so a charset, a ``+json`` type, JSON that orjson refuses and unknown query parameters answer as before."""
    expected = client.post(URL, content=BODY, headers=HEADERS)
    for content_type in ("application/json; charset=utf-8", "application/problem+json"):
        same = client.post(URL, content=BODY, headers={"content-type": content_type})
        assert same.status_code == 200 and same.content == expected.content
    assert client.post(URL + "?unknown=1", content=BODY, headers=HEADERS).content == expected.content
    refused = client.post(URL, content=BODY.replace('"ccm"', "NaN"), headers=HEADERS)  # json.loads reads NaN
    assert refused.status_code == 422 and refused.headers["content-type"] == "application/problem+json"
    huge = client.post(URL, content=BODY.replace('"ccm"', "1" * 30), headers=HEADERS)  # past orjson's integers
    assert huge.status_code == 422 and huge.json()["errors"][0]["pointer"] == "/treaty"


def test_long_questions_are_answered_but_not_kept_under_their_bytes(client: TestClient) -> None:
    """A body padded with whitespace answers like the plain one; kept under its bytes, 4,096 such bodies of up to
    the body limit (1 MB) would hold gigabytes. Only questions up to MAX_KEPT_BYTES are kept."""
    expected = client.post(URL, content=BODY, headers=HEADERS)
    padded = BODY + " " * MAX_KEPT_BYTES
    kept = len(_cache(client)._ready)
    for _ in range(2):
        answer = client.post(URL, content=padded, headers=HEADERS)
        assert answer.status_code == 200 and answer.content == expected.content
        assert answer.headers["etag"] == expected.headers["etag"]
    assert len(_cache(client)._ready) == kept
    query = "&".join(f"{name}={value}" for name, value in json.loads(BODY).items())
    long_query = client.get(f"{URL}?{query}{'&' * MAX_KEPT_BYTES}")  # empty fields are no parameters
    assert long_query.status_code == 200 and long_query.content == expected.content
    assert len(_cache(client)._ready) == kept


def test_repeated_headers_are_read_as_the_route_reads_them(client: TestClient) -> None:
    """The route reads the first Content-Type and If-None-Match (Starlette's ``headers.get``): so does the ready
    path, or a body first sent as JSON would be served ready to a plain-text twin the route refuses, and a
    matching ETag sent first would get 200 instead of 304."""
    twice = [("content-type", "application/json"), ("content-type", "text/plain")]
    body = BODY.replace("2026-11-28", "2026-11-27")
    first = client.post(URL, content=body, headers=twice)
    assert first.status_code == 200
    plain = client.post(URL, content=body, headers={"content-type": "text/plain"})
    assert plain.status_code == 422 and plain.headers["content-type"] == "application/problem+json"
    for _ in range(2):  # the route, then the ready path
        matched = client.post(URL, content=body, headers=[*twice, ("if-none-match", first.headers["etag"]),
                                                          ("if-none-match", '"other"')])  # fmt: skip
        assert matched.status_code == 304


def test_a_new_plain_json_question_gets_the_routes_bytes_and_headers_without_routing(client: TestClient) -> None:
    """A new question POSTed as plain JSON is computed before routing (app/api/assessments.py direct_answer): the
    same bytes and headers as the route gives the same question sent with a charset (which takes the route)."""
    body = BODY.replace("2024-09-06", "2024-08-30")
    routed = client.post(URL + "?view=full", content=body, headers={"content-type": "application/json; charset=utf-8"})
    direct = client.post(URL, content=body.replace("2026-11-28", "2026-11-26"), headers=HEADERS)
    again_routed = client.post(
        URL, content=body.replace("2026-11-28", "2026-11-26"), headers={"content-type": "application/json; charset=x"}
    )
    assert direct.status_code == routed.status_code == 200
    assert direct.content == again_routed.content and direct.headers["etag"] == again_routed.headers["etag"]
    for name in ("etag", "cache-control", "content-type", "x-content-type-options"):
        assert name in direct.headers and (name == "etag" or direct.headers[name] == routed.headers[name])
    summary = client.post(URL + "?view=summary", content=body.replace("2024", "2023"), headers=HEADERS)
    assert summary.status_code == 200 and summary.json()["view"] == "summary"


def test_the_answer_caches_forget_the_least_recently_used_eighth_when_full() -> None:
    recent: Recent[int, str] = Recent(16)
    for key in range(16):
        recent[key] = f"answer {key}"
    assert recent.get(0) == "answer 0"  # used again: now the most recent
    recent[3] = "answer 3, again"  # kept again: the most recent too, nothing forgotten
    assert len(recent) == 16
    recent[16] = "answer 16"  # full: the two used longest ago (1 and 2) go at once
    assert list(recent.values) == [*range(4, 16), 0, 3, 16]
    assert recent.get(1) is None and recent.get(3) == "answer 3, again"
