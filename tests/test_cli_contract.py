"""The command line's contract, tested on a real process: exit codes, one stderr line,
quiet on a closed pipe, Ctrl-C, locale-independent decoding, empty in / empty out."""

from __future__ import annotations

import os
import platform
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
COMMAND = [sys.executable, "-m", "cleantext"]


def environment(**extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "PYTHONUTF8")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


def run(args=(), data: bytes = b"", **env) -> subprocess.CompletedProcess:
    return subprocess.run(COMMAND + list(args), input=data, capture_output=True, env=environment(**env), timeout=120)


def one_line(stderr: bytes) -> str:
    text = stderr.decode("utf-8")
    assert "Traceback" not in text
    assert text.count("\n") == 1 and text.endswith("\n"), text
    return text


def test_empty_input_gives_empty_output_and_exit_0():
    result = run()
    assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")


def test_usage_error_is_exit_2_with_one_line():
    result = run(["--no-such-option"])
    assert result.returncode == 2
    assert one_line(result.stderr).startswith("cleantext: error:")


def test_unknown_step_is_exit_2():
    result = run(["--skip", "drop.nothing"])
    assert result.returncode == 2
    one_line(result.stderr)


def test_missing_file_is_exit_1_with_one_line(tmp_path):
    result = run([str(tmp_path / "missing.txt")])
    assert result.returncode == 1
    one_line(result.stderr)


@pytest.mark.parametrize("locale", ["C", "C.UTF-8", "POSIX"])
def test_invalid_utf8_decodes_the_same_in_any_locale(locale):
    data = "Café au lait, crème brûlée.\n".encode() + b"Broken \xff\xfe byte and \xc3 here.\n"
    result = run(data=data, LANG=locale, LC_ALL=locale)
    reference = run(data=data, LANG="C.UTF-8", LC_ALL="C.UTF-8")
    assert result.returncode == 0
    assert result.stdout == reference.stdout
    assert result.stdout.decode("utf-8").count("\ufffd") == 3
    assert "3 undecodable byte sequence(s) replaced" in one_line(result.stderr)


def test_closed_pipe_is_quiet(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("A paragraph of ordinary words, long enough to fill pipes.\n\n" * 100_000)
    shell = f"{' '.join(COMMAND)} {big} | head -c 100 > /dev/null; echo ${{PIPESTATUS[0]}}"
    result = subprocess.run(["bash", "-c", shell], capture_output=True, env=environment(), timeout=120)
    assert result.stderr == b""
    assert result.stdout.strip() in (b"0", b"141")  # 0: our own quiet exit; 141: SIGPIPE


def _reading_stdin(pid: int) -> bool:
    # Linux: /proc/PID/syscall starts with the syscall number and its first argument.
    try:
        fields = Path(f"/proc/{pid}/syscall").read_text().split()
    except OSError:
        return False
    return len(fields) > 1 and fields[0] == "0" and fields[1] == "0x0"


@pytest.mark.skipif(platform.system() != "Linux", reason="uses /proc to know the process is reading")
def test_ctrl_c_exits_130_with_one_line():
    process = subprocess.Popen(
        COMMAND, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment()
    )
    process.stdin.write(b"A slow producer wrote this line.\n")
    process.stdin.flush()
    deadline = time.monotonic() + 60
    while not _reading_stdin(process.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _reading_stdin(process.pid), "the CLI never started reading stdin"
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert one_line(err) == "cleantext: interrupted\n"


def _mapped(pid: int, marker: str) -> bool:
    # /proc/PID/maps lists the shared objects the process has loaded so far: a C extension
    # there means the imports have reached the module that loads it.
    try:
        return marker in Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return False


# C extensions that the start-up imports load early (regex, by cleantext.patterns), midway
# (lxml, by the HTML path) and late (wcwidth, by ftfy): Ctrl-C at each of these moments.
START_UP_MARKERS = ["_regex.cpython", "lxml/etree", "_wcwidth_c"]
CONSOLE_SCRIPT = """\
import re
import sys
from cleantext.cli import entry_point
if __name__ == "__main__":
    sys.argv[0] = re.sub(r"(-script\\.pyw|\\.exe)?$", "", sys.argv[0])
    sys.exit(entry_point())
"""


def _interrupt_at(command: list[str], marker: str) -> tuple[subprocess.Popen, bool, str]:
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment()
    )
    deadline = time.monotonic() + 60
    while not _mapped(process.pid, marker) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.001)
    starting = not _reading_stdin(process.pid)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    return process, starting, err.decode("utf-8", "replace")


@pytest.mark.skipif(platform.system() != "Linux", reason="uses /proc to know how far start-up got")
@pytest.mark.parametrize("marker", START_UP_MARKERS)
@pytest.mark.parametrize("way", ["python -m", "console script"])
def test_ctrl_c_during_start_up_exits_130_with_one_line(marker, way, tmp_path):
    if way == "console script":  # the script pip writes for console_scripts, by that name
        script = tmp_path / "cleantext"
        script.write_text(CONSOLE_SCRIPT)
        command = [sys.executable, str(script)]
    else:
        command = COMMAND
    process, starting, err = _interrupt_at(command, marker)
    assert starting, "the command was already running: this tests nothing about start-up"
    assert process.returncode == 130, err
    assert "Traceback" not in err
    assert err == "cleantext: interrupted\n"


def test_importing_cleantext_leaves_ctrl_c_to_python():
    # A program that imports the library keeps KeyboardInterrupt: only the command exits 130.
    code = "import signal, cleantext; print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, env=environment(), timeout=120)
    assert result.stdout == b"True\n", result.stderr


def test_errors_file_that_is_stdin_is_a_usage_error(tmp_path):
    # cleantext --jsonl --errors a.jsonl < a.jsonl: the shell's redirection is an input too.
    source = tmp_path / "a.jsonl"
    source.write_bytes(b'{"text": "Some prose."}\n')
    with source.open("rb") as stdin:
        result = subprocess.run(COMMAND + ["--jsonl", "--errors", str(source)], stdin=stdin,
                                capture_output=True, env=environment(), timeout=120)
    assert result.returncode == 2
    assert one_line(result.stderr) == f"cleantext: error: --errors {source} is also an input file (see cleantext --help)\n"
    assert result.stdout == b""
    assert source.read_bytes() == b'{"text": "Some prose."}\n'


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_full_disk_under_the_errors_file_is_one_line_and_exit_1(jobs):
    data = b'{"text": "A headline here\\n\\nSome prose."}\nnot json\n'
    result = subprocess.run(COMMAND + ["--jsonl", "--jobs", jobs, "--errors", "/dev/full"], input=data,
                            capture_output=True, env=environment(), timeout=120)
    assert result.returncode == 1
    assert b"Traceback" not in result.stderr
    assert result.stderr.decode().splitlines() == [
        "cleantext: stdin:2: not JSON: Expecting value (column 1)",
        "cleantext: cannot write --errors /dev/full: No space left on device",
    ]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [[], ["--format", "json"], ["--jsonl"], ["--jsonl", "--jobs", "2"], ["--list"],
                                  ["--help"], ["--version"]],
                         ids=["text", "json", "jsonl", "jsonl, 2 jobs", "--list", "--help", "--version"])
def test_a_full_disk_is_one_line_and_exit_1(args):
    data = b'{"text": "A headline here\\n\\nSome prose."}\n' if "--jsonl" in args else b"A headline\n\nSome prose.\n"
    with open("/dev/full", "wb") as full:
        result = subprocess.run(COMMAND + args, input=data, stdout=full, stderr=subprocess.PIPE,
                                env=environment(), timeout=120)
    assert result.returncode == 1
    assert one_line(result.stderr) == "cleantext: cannot write the output: No space left on device\n"
