"""Clients generated from the served ``/openapi.json`` by maintained generators answer through a real server.

Python: openapi-python-client (zero warnings), every dev case through the generated ``assess``. TypeScript:
openapi-typescript's types, a small fetch client type-checked against them by ``tsc --strict`` and run by
Node.js on every dev case. Each is generated once per module, in a temporary folder."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import TODAY, dev_cases

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = Path(sys.executable).parent / "openapi-python-client"
NODE_BIN = ROOT / "node_modules" / ".bin"
PACKAGE = "treatyexit_client"  # from info.title


def _body(case: dict[str, Any]) -> dict[str, Any]:
    body = {"treaty": case["treaty"], "state": case["state"], "facts": case["facts"], "as_of": TODAY.isoformat()}
    if case["notification_date"]:
        body["notification_date"] = case["notification_date"]
    return body


@pytest.fixture(scope="module")
def python_client(live_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ModuleType, str]]:
    folder = tmp_path_factory.mktemp("python-client")
    config = folder / "config.yaml"
    config.write_text("post_hooks: []\n")  # formatting the generated code is not what is tested
    command = [str(GENERATOR), "generate", "--url", f"{live_url}/openapi.json", "--meta", "none"]
    command += ["--output-path", str(folder / PACKAGE), "--config", str(config)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    output = result.stdout + result.stderr
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module(PACKAGE), output
    finally:
        sys.path.remove(str(folder))
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def test_openapi_python_client_generates_without_a_warning(python_client: tuple[ModuleType, str]) -> None:
    _, output = python_client
    assert "Generating" in output
    assert "warning" not in output.lower() and "unable to" not in output.lower(), output


def test_the_generated_python_client_answers_every_dev_case(
    python_client: tuple[ModuleType, str], live_url: str
) -> None:
    package, _ = python_client
    assess = importlib.import_module(f"{PACKAGE}.api.assessments.assess")
    models = importlib.import_module(f"{PACKAGE}.models")
    failures = []
    with package.Client(base_url=live_url, raise_on_unexpected_status=True) as client:
        for case in dev_cases():
            answer = assess.sync(client=client, body=models.AssessmentRequest.from_dict(_body(case)))
            assert isinstance(answer, models.Assessment), f"{case['id']}: {answer}"
            date = answer.effective.date
            got = (answer.effective.status.value, date.isoformat() if isinstance(date, dt.date) else None)
            if got != (case["expect"]["status"], case["expect"]["date"]):
                failures.append(f"{case['id']}: {got} != {case['expect']}")
    assert failures == []


def test_the_generated_python_client_reads_lithuanias_ccm_date_and_problems(
    python_client: tuple[ModuleType, str], live_url: str
) -> None:
    package, _ = python_client
    assess = importlib.import_module(f"{PACKAGE}.api.assessments.assess")
    get_assessment = importlib.import_module(f"{PACKAGE}.api.assessments.get_assessment")
    check_text = importlib.import_module(f"{PACKAGE}.api.checks.check_text")
    models = importlib.import_module(f"{PACKAGE}.models")
    with package.Client(base_url=live_url) as client:
        question = models.AssessmentRequest(treaty="ccm", state="LTU", notification_date=dt.date(2024, 9, 6))
        posted = assess.sync(client=client, body=question)
        assert isinstance(posted, models.Assessment) and posted.effective.date == dt.date(2025, 3, 6)

        answer = get_assessment.sync(client=client, treaty="ccm", state="LTU", notification_date=dt.date(2024, 9, 6))
        assert isinstance(answer, models.Assessment)
        assert answer.effective.date == dt.date(2025, 3, 6)
        threshold = next(r.threshold for r in answer.requirements if r.id == "LTU/seimas-law")
        assert isinstance(threshold, models.VotingThreshold) and threshold.body_size == 141

        missing = get_assessment.sync_detailed(client=client, treaty="Ottawa Protocol", state="LTU")
        assert missing.status_code == 404 and isinstance(missing.parsed, models.Problem)
        assert "apmbc" in missing.parsed.to_dict()["close_matches"]

        text = "Lithuania's withdrawal from the Oslo Convention takes effect in March."
        found = check_text.sync(client=client, body=models.TextCheckRequest(text=text, published=dt.date(2025, 1, 14)))
        assert isinstance(found, models.TextCheckResponse) and found.claims


TYPESCRIPT_CLIENT = """
import type { components, operations } from "./api";

declare const process: { argv: string[] };
type Assessment = components["schemas"]["Assessment"];
type Question = operations["assess"]["requestBody"]["content"]["application/json"];

async function assess(base: string, question: Question): Promise<Assessment> {
  const response = await fetch(`${base}/v1/assessments`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(question),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  return (await response.json()) as Assessment;
}

const questions: Question[] = JSON.parse(process.argv[3]);
Promise.all(questions.map((q) => assess(process.argv[2], q))).then((answers) => {
  const effective: [string, string | null][] = answers.map((a) => [a.effective.status, a.effective.date ?? null]);
  console.log(JSON.stringify(effective));
});
"""
TSCONFIG = {
    "compilerOptions": {
        "strict": True,
        "target": "es2022",
        "module": "commonjs",
        "lib": ["es2022", "dom"],
        "types": [],
        "skipLibCheck": True,
        "outDir": "out",
    },
    "files": ["client.ts"],
}


def _node_tools() -> tuple[str, Path, Path]:
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node.js is not installed (`which node` finds nothing): the TypeScript client is not generated")
    generator, compiler = NODE_BIN / "openapi-typescript", NODE_BIN / "tsc"
    if not (generator.exists() and compiler.exists()):
        pytest.skip("Node.js is here but openapi-typescript is not installed: run `npm ci` (make install-dev does)")
    return node, generator, compiler


def test_openapi_typescript_types_check_and_answer_every_dev_case(live_url: str, tmp_path: Path) -> None:
    node, generator, compiler = _node_tools()

    def run(*command: str | Path) -> str:
        result = subprocess.run([str(c) for c in command], cwd=tmp_path, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout + result.stderr

    generated = run(node, generator, f"{live_url}/openapi.json", "--output", "api.d.ts")
    assert "warn" not in generated.lower() and "error" not in generated.lower(), generated
    (tmp_path / "client.ts").write_text(TYPESCRIPT_CLIENT)
    (tmp_path / "tsconfig.json").write_text(json.dumps(TSCONFIG))
    run(node, compiler, "-p", "tsconfig.json")  # strict type check of the client against the generated types
    cases = dev_cases()
    answers = json.loads(run(node, "out/client.js", live_url, json.dumps([_body(c) for c in cases])))
    assert answers == [[c["expect"]["status"], c["expect"]["date"]] for c in cases]
