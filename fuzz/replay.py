"""Replay a fuzz finding without atheris: print the input the harness built and what failed.

    PYTHONPATH=.:fuzz python fuzz/replay.py NAME FILE
"""

from __future__ import annotations

import importlib
import sys
import traceback


def _fake_atheris() -> None:
    # The harnesses need only FuzzedDataProvider to rebuild an input; use atheris's own when present.
    try:
        import atheris  # noqa: F401
        return
    except ImportError:
        pass
    raise SystemExit("replay needs atheris installed (pip install 'cleantext-web[fuzz]')")


def main() -> int:
    name, path = sys.argv[1], sys.argv[2]
    _fake_atheris()
    harness = importlib.import_module(f"fuzz_{name}")
    data = open(path, "rb").read()
    if hasattr(harness, "input_of"):
        # The harness says what an input stands for (a JSON Lines stream, a page and a mode).
        print("input:", repr(harness.input_of(data)))
        try:
            harness.test_one_input(data)
            print("no failure")
            return 0
        except Exception:
            traceback.print_exc()
            return 1
    captured: list = []
    original = harness.cleantext.clean_document

    def spy(text, *args, **kwargs):
        captured.append(text)
        return original(text, *args, **kwargs)

    harness.cleantext.clean_document = spy
    try:
        harness.test_one_input(data)
        print("no failure")
        return 0
    except Exception:
        print("input:", repr(captured[0]) if captured else "?")
        traceback.print_exc()
        return 1
    finally:
        harness.cleantext.clean_document = original


if __name__ == "__main__":
    sys.exit(main())
