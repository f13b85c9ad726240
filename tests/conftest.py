"""Shared test set-up: the hypothesis profiles and the way to run the CLI in-process."""

from __future__ import annotations

import io
import os
import sys
from typing import NamedTuple

import pytest
from hypothesis import HealthCheck, settings

# "ci" is the default: derandomized, so a red run is reproducible and CI is not flaky.
# HYPOTHESIS_PROFILE=long runs a deeper, still derandomized search; "dev" explores at random.
settings.register_profile(
    "ci", derandomize=True, max_examples=1000, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "long", derandomize=True, max_examples=20000, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=200, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


class Run(NamedTuple):
    status: int
    out: str
    err: str


@pytest.fixture
def cli(capsys, monkeypatch):
    """Run ``cleantext.cli.main(argv)`` in-process, with optional stdin bytes; return status, stdout, stderr."""
    from cleantext.cli import main

    def run(*argv: str, stdin: bytes | None = None) -> Run:
        if stdin is not None:
            # The CLI reads sys.stdin.buffer: give it a real binary buffer under a text wrapper.
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        capsys.readouterr()
        try:
            status = main(list(argv))
        except SystemExit as exit:  # --help and --version exit the argparse way
            status = exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 2)
        out, err = capsys.readouterr()
        return Run(status, out, err)

    return run
