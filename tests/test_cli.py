"""The command line: as a user runs it (a child process, ``python -m app``) where the process matters (its entry
point, its exit code, the terminal width), and in this process through Click's runner elsewhere: the same
commands, arguments, output and exit codes, without paying a new interpreter and rulebook load per command."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from app.cli import cli
from tests.conftest import ROOT


def invoke(*args: str) -> Any:
    """The command run in this process: ``exit_code`` and ``stdout`` as the shell would see them."""
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True, timeout=120, env=env
    )


def test_rules_check_passes_on_the_rulebook() -> None:
    done = invoke("rules", "check")
    assert done.exit_code == 0, done.output
    assert "ok:" in done.stdout and "treaties" in done.stdout


def test_rules_check_fails_with_path_field_and_reason(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    path = rules / "treaties" / "icrw.yaml"
    path.write_text(path.read_text().replace("notice_by: 01-01", "notice_by: 13-01"))
    done = invoke("rules", "check", "--path", str(rules))
    assert done.exit_code == 2
    assert "rules/treaties/icrw.yaml: withdrawal.provisions[" in done.stdout
    assert "notice_by" in done.stdout


def test_assess_prints_the_date_and_json() -> None:
    human = run("assess", "ccm", "LTU", "--notified", "2024-09-06")
    assert human.returncode == 0, human.stderr
    assert "2025-03-06" in human.stdout and "Art. 20" in human.stdout
    assert invoke("assess", "ccm", "LTU", "--notified", "2025-02-30").exit_code == 2
    machine = invoke("assess", "apmbc", "LTU", "--notified", "2025-06-27", "--fact", "armed_conflict=true", "--json")
    answer = json.loads(machine.stdout)
    assert answer["effective"]["status"] == "conditional"


def test_check_an_article_file_exits_1_on_an_inconsistency() -> None:
    article = str(ROOT / "tests" / "data" / "articles" / "oslo-january-2025.txt")
    done = invoke("check", "--file", article, "--published", "2025-01-14", "--json")
    assert done.exit_code == 1, done.output
    claims = json.loads(done.stdout)["claims"]
    verdicts = {c["claim"]["kind"]: c["result"]["verdict"] for c in claims}
    assert verdicts["effective_date"] == "consistent" and verdicts["joined"] == "inconsistent"
    human = invoke("check", "--file", article, "--published", "2025-01-14")
    assert human.exit_code == 1 and "2025-03-06" in human.stdout


def test_check_a_true_sentence_exits_0_and_bad_usage_exits_2() -> None:
    true = invoke("check", "The Oslo Convention entered into force in 2010.", "--published", "2025-01-14")
    assert true.exit_code == 0, true.stdout
    assert invoke("check", "--published", "2025-01-14").exit_code == 2
    assert invoke("check", "x", "--published", "14/01/2025").exit_code == 2


def test_rules_show_prints_the_effective_rules_with_their_sources() -> None:
    """Own provisions, the general-law defaults inherited and the depositary's counting, each with its source."""
    done = CliRunner().invoke(cli, ["rules", "show", "Ottawa Convention"], env={"COLUMNS": "250"})
    assert done.exit_code == 0, done.output
    out = done.stdout
    assert "apmbc/effect" in out and "vclt/revocation" in out and "general law" in out
    assert "un-secretary-general (counting)" in out and "same_day_number" in out and "verbatim" in out
    assert invoke("rules", "show", "no such treaty").exit_code == 2
