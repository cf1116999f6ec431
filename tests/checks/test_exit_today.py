"""'Honduras exits the ICSID Convention' in the present on the article's day (20 August 2024), while the
denunciation received on 24 February 2024 takes effect on 25 August 2024 (Art. 71): an exit under way called
done is partly right, as an undated 'X left' is; another day before the effect stays wrong."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def judge(client: TestClient, as_of: str, **claim: Any) -> dict[str, Any]:
    response = client.post("/v1/checks", json={"as_of": as_of, "claims": [claim]})
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["results"][0]
    return result


@pytest.mark.parametrize(("value", "verdict"), [("2024-08-20", "partly_consistent"), ("2024-08-10", "inconsistent")])
def test_an_exit_on_the_article_s_day_is_an_exit_under_way(client: TestClient, value: str, verdict: str) -> None:
    result = judge(client, "2024-08-20", kind="withdrew", treaty="icsid-convention", state="HND", value=value)
    assert result["verdict"] == verdict, result
    assert result["correct_value"] == "2024-08-25"
