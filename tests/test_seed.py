"""The seed page must come out byte for byte as its expected file: API, CLI in-process and a real process."""

from __future__ import annotations

import json
import subprocess
import sys

from pathlib import Path

import cleantext

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_bff62bb073a576cb.txt"
SEED_EXPECTED = ROOT / "seeds" / "000_bff62bb073a576cb.expected.txt"

EXPECTED = SEED_EXPECTED.read_bytes()
SEED_CAPTION = (
    "US Secretary of State Antony Blinken sits at a table with advisors (right) across from Director of "
    "the CCP Central Foreign Affairs Office Wang Yi and his advisors on July 13, 2023. — Twitter/@SecBlinken"
)


def test_seed_through_the_api():
    assert cleantext.clean(SEED.read_text(encoding="utf-8")).encode("utf-8") == EXPECTED


def test_seed_through_the_api_as_bytes():
    assert cleantext.clean(SEED.read_bytes()).encode("utf-8") == EXPECTED


def test_seed_from_a_file(cli):
    run = cli(str(SEED))
    assert (run.status, run.err) == (0, "")
    assert run.out.encode("utf-8") == EXPECTED


def test_seed_from_stdin(cli):
    run = cli(stdin=SEED.read_bytes())
    assert (run.status, run.err) == (0, "")
    assert run.out.encode("utf-8") == EXPECTED


def test_seed_from_stdin_dash(cli):
    run = cli("-", stdin=SEED.read_bytes())
    assert run.status == 0
    assert run.out.encode("utf-8") == EXPECTED


def test_seed_with_crlf_line_ends(cli):
    run = cli(stdin=SEED.read_bytes().replace(b"\n", b"\r\n"))
    assert run.out.encode("utf-8") == EXPECTED


def test_seed_as_json(cli):
    run = cli("--format", "json", str(SEED))
    assert run.status == 0
    assert run.out.endswith("\n") and run.out.count("\n") == 1  # one JSON document, one line
    data = json.loads(run.out)
    assert set(data) == {"title", "body", "text", "metadata", "removed"}
    assert data["title"] == "US-China top diplomats meet in Jakarta, seeking fence mending"
    assert data["text"].encode("utf-8") == EXPECTED
    assert data["text"] == data["title"] + "\n\n" + data["body"] + "\n"
    assert data["metadata"]["author"] == "Web Desk"
    assert data["metadata"]["date"] == "2023-07-14"
    assert data["metadata"]["captions"] == [SEED_CAPTION]
    assert data["removed"] == [
        {"filter": "drop.ui_labels", "reason": "interface label", "text": "close"},
        {"filter": "take.dates", "reason": "date line", "text": "Monday January 20, 2025"},
        {"filter": "take.bylines", "reason": "byline", "text": "By Web Desk"},
        {"filter": "take.dates", "reason": "date line", "text": "July 14, 2023"},
        {"filter": "take.captions", "reason": "image caption", "text": SEED_CAPTION},
        {"filter": "take.captions", "reason": "image caption", "text": SEED_CAPTION},
    ]


def test_seed_explained(cli):
    run = cli("--explain", str(SEED))
    assert run.out.encode("utf-8") == EXPECTED
    lines = run.err.splitlines()
    assert f"{SEED}: removed by take.bylines (byline): By Web Desk" in lines
    assert f"{SEED}: removed by drop.ui_labels (interface label): close" in lines
    assert sum("removed by" in line for line in lines) == 6


def test_seed_is_idempotent():
    once = cleantext.clean(SEED.read_text(encoding="utf-8"))
    assert cleantext.clean(once) == once


def test_seed_through_a_real_process():
    result = subprocess.run(
        [sys.executable, "-m", "cleantext", str(SEED)],
        capture_output=True, cwd=ROOT, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    assert result.stdout == EXPECTED
