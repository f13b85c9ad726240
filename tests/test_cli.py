"""The command line, called in-process through ``main(argv)`` (see the ``cli`` fixture in conftest)."""

from __future__ import annotations

import json
import os

import pytest

import cleantext
from cleantext.batch import JsonlCleaner, clean_line
from cleantext.pipeline import summary
from cleantext.presets import named_steps

PAGE = (
    "Close\n"
    "Council approves new budget\n\n"
    "By Jane Doe\n"
    "July 14, 2023\n\n"
    "The mayor said the plan was \u201cfair\u201d.\n\n"
    "Share on Facebook\n"
)
PAGE_CLEAN = 'Council approves new budget\n\nThe mayor said the plan was "fair".\n'


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def assert_one_line_error(run, *, status=2):
    assert run.status == status
    assert run.out == ""
    assert run.err.startswith("cleantext: ")
    assert run.err.endswith("\n") and run.err.count("\n") == 1, run.err
    assert "Traceback" not in run.err


# ---- exit status ---------------------------------------------------------------------------

def test_a_file_exits_0(cli, page):
    run = cli(str(page))
    assert (run.status, run.out, run.err) == (0, PAGE_CLEAN, "")


def test_stdin_exits_0(cli):
    run = cli(stdin=PAGE.encode("utf-8"))
    assert (run.status, run.out, run.err) == (0, PAGE_CLEAN, "")


def test_a_missing_file_among_several_exits_1_and_the_rest_is_done(cli, page, tmp_path):
    out_dir = tmp_path / "out"
    missing = tmp_path / "missing.txt"
    run = cli("--output-dir", str(out_dir), str(missing), str(page))
    assert run.status == 1
    assert run.out == ""
    assert run.err.count("\n") == 1 and str(missing) in run.err and "Traceback" not in run.err
    assert (out_dir / "page.txt").read_text(encoding="utf-8") == PAGE_CLEAN
    assert not (out_dir / "missing.txt").exists()


def test_a_single_missing_file_exits_1(cli, tmp_path):
    run = cli(str(tmp_path / "missing.txt"))
    assert_one_line_error(run, status=1)


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["--no-such-option"], id="unknown option"),
        pytest.param(["--skip", "drop.nothing"], id="unknown --skip name"),
        pytest.param(["--keep", "(unclosed"], id="bad --keep regex"),
        pytest.param(["--keep", "[a-"], id="bad --keep character class"),
        pytest.param(["--format", "xml"], id="unknown format"),
        pytest.param(["--preset", "nothing"], id="unknown preset"),
    ],
)
def test_usage_errors_exit_2_with_one_line(cli, page, argv):
    run = cli(*[str(page) if a == "PAGE" else a for a in argv])
    assert_one_line_error(run, status=2)
    assert "error" in run.err


def test_usage_error_names_the_bad_skip(cli, page):
    run = cli("--skip", "drop.nothing", str(page))
    assert "drop.nothing" in run.err


def test_empty_input_gives_empty_output(cli):
    run = cli(stdin=b"")
    assert (run.status, run.out, run.err) == (0, "", "")


def test_blank_input_gives_empty_output(cli):
    run = cli(stdin=b" \n\n\t\r\n")
    assert (run.status, run.out, run.err) == (0, "", "")


def test_empty_input_as_json(cli):
    run = cli("--format", "json", stdin=b"")
    assert run.status == 0
    assert json.loads(run.out) == {"title": None, "body": "", "text": "", "metadata": {}, "removed": []}


# ---- informational options ----------------------------------------------------------------

def test_list_names_every_step_with_its_summary(cli):
    run = cli("--list")
    assert (run.status, run.err) == (0, "")
    for name, step in named_steps().items():
        line = next(l for l in run.out.splitlines() if f" {name} " in l)
        assert line.rstrip().endswith(summary(step))
        assert line.startswith("*") == (name in cleantext.PRESETS["default"].names())


def test_list_with_the_normalise_preset_marks_only_fixes(cli):
    run = cli("--list", "--preset", "normalise")
    marked = [l.split()[1] for l in run.out.splitlines() if l.startswith("*")]
    assert marked and all(name.startswith("fix.") for name in marked)


def test_version(cli):
    run = cli("--version")
    assert run.status == 0
    assert run.out.strip() == f"cleantext {cleantext.__version__}"


def test_help_mentions_examples_and_exit_status(cli):
    run = cli("--help")
    assert run.status == 0
    assert "examples:" in run.out
    assert "cleantext page.txt" in run.out
    assert "exit status" in run.out


# ---- what the options do ---------------------------------------------------------------------

def test_explain_writes_reasons_to_stderr_only(cli, page):
    plain = cli(str(page))
    run = cli("--explain", str(page))
    assert run.status == 0
    assert run.out == plain.out  # nothing extra on stdout
    err = run.err.splitlines()
    assert f"{page}: fixed by fix.quotes" in err
    assert f"{page}: removed by drop.ui_labels (interface label): Close" in err
    assert f"{page}: removed by take.bylines (byline): By Jane Doe" in err
    assert f"{page}: removed by take.dates (date line): July 14, 2023" in err
    assert f"{page}: removed by drop.social (share bar): Share on Facebook" in err
    assert len(err) == 5


def test_explain_on_stdin_says_stdin(cli):
    run = cli("--explain", stdin=b"Title here\n\nClose\n\nSome prose.\n")
    assert run.err.splitlines() == ["stdin: removed by drop.ui_labels (interface label): Close"]


def test_skip_leaves_a_step_out(cli, page):
    run = cli("--skip", "drop.ui_labels", str(page))
    assert run.status == 0
    # "Close" is kept, and being first it is no longer above the headline: no title then.
    assert run.out.startswith("Close\nCouncil approves new budget\n\n")
    assert "Share on Facebook" not in run.out


def test_skip_is_repeatable(cli, page):
    run = cli("--skip", "drop.social", "--skip", "take.bylines", str(page))
    assert "Share on Facebook\n" in run.out
    assert "By Jane Doe\n" in run.out
    assert "Close" not in run.out


def test_skip_a_fix(cli, page):
    run = cli("--skip", "fix.quotes", str(page))
    assert "\u201cfair\u201d" in run.out


def test_preset_normalise_only_fixes(cli, page):
    run = cli("--preset", "normalise", str(page))
    assert run.status == 0
    assert run.out == PAGE.replace("\u201c", '"').replace("\u201d", '"')


def test_keep_protects_matching_lines(cli, page):
    run = cli("--keep", "^Share on", str(page))
    assert "Share on Facebook" in run.out
    assert "Close" not in run.out and "By Jane Doe" not in run.out


def test_keep_is_repeatable(cli, page):
    run = cli("--keep", "^Share on", "--keep", "^By ", str(page))
    assert "Share on Facebook" in run.out and "By Jane Doe" in run.out


def test_keep_quotes(cli, page):
    run = cli("--keep-quotes", str(page))
    assert "\u201cfair\u201d" in run.out


def test_format_json(cli, page):
    run = cli("--format", "json", str(page))
    data = json.loads(run.out)
    assert data["text"] == PAGE_CLEAN
    assert data["title"] == "Council approves new budget"
    assert data["metadata"] == {"author": "Jane Doe", "date": "2023-07-14"}
    assert [(r["filter"], r["reason"]) for r in data["removed"]] == [
        ("drop.ui_labels", "interface label"),
        ("take.bylines", "byline"),
        ("take.dates", "date line"),
        ("drop.social", "share bar"),
    ]


OTHER = "Another headline here\n\nSome prose.\n"  # clean already


@pytest.mark.parametrize(
    "fmt, expected",
    [
        pytest.param("text", PAGE_CLEAN + "\n" + OTHER + "\n" + PAGE_CLEAN, id="text, a blank line between"),
        pytest.param("json", "\n".join(json.dumps(cleantext.clean_document(t).to_dict(), ensure_ascii=False)
                                       for t in (PAGE, OTHER, PAGE)) + "\n", id="json, one line each"),
    ],
)
def test_several_files_go_to_stdout_one_after_the_other(cli, tmp_path, fmt, expected):
    page, other = tmp_path / "page.txt", tmp_path / "other.txt"
    page.write_text(PAGE, encoding="utf-8")
    other.write_text(OTHER, encoding="utf-8")
    run = cli("--format", fmt, str(page), str(other), str(tmp_path / "missing.txt"), str(page))
    assert (run.status, run.out) == (1, expected)
    assert run.err == f"cleantext: {tmp_path / 'missing.txt'}: No such file or directory\n"


def test_output_dir_writes_each_file(cli, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(PAGE, encoding="utf-8")
    b.write_text("Another headline here\n\nSome prose.\n", encoding="utf-8")
    out_dir = tmp_path / "new" / "dir"
    run = cli("-o", str(out_dir), str(a), str(b))
    assert (run.status, run.out, run.err) == (0, "", "")
    assert (out_dir / "a.txt").read_text(encoding="utf-8") == PAGE_CLEAN
    assert (out_dir / "b.txt").read_text(encoding="utf-8") == "Another headline here\n\nSome prose.\n"


def test_output_dir_json(cli, page, tmp_path):
    run = cli("-o", str(tmp_path / "out"), "--format", "json", str(page))
    assert run.status == 0
    assert json.loads((tmp_path / "out" / "page.json").read_text(encoding="utf-8"))["text"] == PAGE_CLEAN


# ---- bytes in any encoding --------------------------------------------------------------------

def test_cp1252_input(cli):
    run = cli(stdin="Le caf\u00e9 rouvre\n\nLe caf\u00e9 co\u00fbte 2 \u20ac.\n".encode("cp1252"))
    assert (run.status, run.err) == (0, "")
    assert run.out == "Le caf\u00e9 rouvre\n\nLe caf\u00e9 co\u00fbte 2 \u20ac.\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig", "utf-32"])
def test_input_with_a_bom(cli, encoding):
    text = "Stra\u00dfe gesperrt\n\nDie Stra\u00dfe ist \u201egesperrt\u201c.\n"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    run = cli(stdin=data)
    assert (run.status, run.err) == (0, "")
    assert run.out == 'Stra\u00dfe gesperrt\n\nDie Stra\u00dfe ist "gesperrt".\n'


def test_invalid_utf8_is_replaced_and_counted(cli):
    data = "Caf\u00e9 news\n\nThe caf\u00e9 opens.".encode("utf-8") + b" Bad \xff\xfe bytes.\n"
    run = cli(stdin=data)
    assert run.status == 0
    assert run.out == "Caf\u00e9 news\n\nThe caf\u00e9 opens. Bad \ufffd\ufffd bytes.\n"
    assert run.err.count("\n") == 1 and "Traceback" not in run.err
    assert run.err.startswith("cleantext: stdin: 2 ")
    run.out.encode("utf-8")  # strict


def test_genuine_replacement_characters_are_not_counted(cli):
    run = cli(stdin="Headline\n\nA \ufffd already here.\n".encode("utf-8"))
    assert (run.status, run.err) == (0, "")


def test_output_is_utf8_whatever_the_input(cli):
    run = cli(stdin=b"Title line\n\nA lone \xed\xa0\x80 surrogate, encoded.\n")
    assert run.status == 0
    run.out.encode("utf-8")  # no lone surrogate reaches the output


# ---- an output never overwrites an input, nor another output ---------------------------------

RECORD = b'{"text": "A headline here\\n\\nSome prose."}\n'
INPUTS = {"a.jsonl": RECORD, "c.txt": PAGE.encode("utf-8"), "c.json": b"{}\n", "d1/x.txt": b"One.\n",
          "d2/x.txt": b"Two.\n"}


@pytest.fixture
def inputs(tmp_path, monkeypatch):
    """The files of INPUTS in a fresh current folder, with a hard link and a symbolic link to a.jsonl."""
    monkeypatch.chdir(tmp_path)
    for name, data in INPUTS.items():
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(data)
    (tmp_path / "hard.jsonl").hardlink_to(tmp_path / "a.jsonl")
    (tmp_path / "soft.jsonl").symlink_to("a.jsonl")
    return tmp_path


def assert_inputs_untouched(folder):
    for name, data in INPUTS.items():
        assert (folder / name).read_bytes() == data, name


@pytest.mark.parametrize(
    "argv, message",
    [
        pytest.param(["--jsonl", "--errors", "a.jsonl", "a.jsonl"], "--errors a.jsonl is also an input file",
                     id="--errors is the input"),
        pytest.param(["--jsonl", "--errors", "./a.jsonl", "a.jsonl"], "--errors ./a.jsonl is also an input file",
                     id="--errors is the input, spelt otherwise"),
        pytest.param(["--jsonl", "--errors", "hard.jsonl", "a.jsonl"], "--errors hard.jsonl is also an input file",
                     id="--errors is a hard link to the input"),
        pytest.param(["--jsonl", "--errors", "soft.jsonl", "c.txt", "a.jsonl"],
                     "--errors soft.jsonl is also an input file", id="--errors is a symbolic link to an input"),
        pytest.param(["--jsonl", "-o", ".", "a.jsonl"], "output a.jsonl would overwrite its input a.jsonl",
                     id="--jsonl -o the input's folder"),
        pytest.param(["-o", ".", "c.txt"], "output c.txt would overwrite its input c.txt", id="-o the input's folder"),
        pytest.param(["-o", "d1", "d2/x.txt", "d1/x.txt"], "output d1/x.txt would overwrite the input d1/x.txt",
                     id="-o the folder of another input"),
        pytest.param(["--format", "json", "-o", ".", "c.txt", "c.json"],
                     "output c.json would overwrite the input c.json", id="--format json -o the folder of a .json"),
        pytest.param(["-o", "out", "d1/x.txt", "d2/x.txt"],
                     "inputs d1/x.txt and d2/x.txt would both be written to out/x.txt", id="two inputs, one name"),
        pytest.param(["-o", "out", "c.txt", "c.txt"], "inputs c.txt and c.txt would both be written to out/c.txt",
                     id="one input twice"),
        pytest.param(["-o", "out", "-", "-"], "inputs stdin and stdin would both be written to out/stdin",
                     id="stdin twice"),
        pytest.param(["--format", "json", "-o", "out", "c.txt", "c.json"],
                     "inputs c.txt and c.json would both be written to out/c.json", id="--format json, one stem"),
        pytest.param(["--jsonl", "-o", "out", "d1/x.txt", "d2/x.txt"],
                     "inputs d1/x.txt and d2/x.txt would both be written to out/x.txt", id="--jsonl, two inputs"),
        pytest.param(["--jsonl", "--errors", "out/a.jsonl", "-o", "out", "a.jsonl"],
                     "output out/a.jsonl of input a.jsonl is also the --errors file", id="--jsonl -o, the --errors file"),
        pytest.param(["-o", "c.txt", "d1/x.txt"], "--output-dir c.txt is a file, not a folder", id="-o a file"),
        pytest.param(["--jsonl", "-o", "c.txt", "a.jsonl"], "--output-dir c.txt is a file, not a folder",
                     id="--jsonl -o a file"),
        pytest.param(["-o", "c.txt/out", "d1/x.txt"], "cannot make --output-dir c.txt/out: Not a directory",
                     id="-o under a file"),
        pytest.param(["-o", "/proc/out", "d1/x.txt"], "cannot make --output-dir /proc/out: No such file or directory",
                     id="-o where no folder can be made",
                     marks=pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="Linux's /proc")),
        pytest.param(["--jsonl", "--errors", "d1", "a.jsonl"], "cannot write --errors d1: Is a directory",
                     id="--errors a folder"),
        pytest.param(["--jsonl", "--errors", "out/no/e.jsonl", "a.jsonl"],
                     "cannot write --errors out/no/e.jsonl: No such file or directory", id="--errors in no folder"),
    ],
)
def test_a_bad_output_is_a_usage_error_before_anything_is_read_or_written(cli, inputs, argv, message):
    run = cli(*argv, stdin=b"")
    assert_one_line_error(run)
    assert run.err == f"cleantext: error: {message} (see cleantext --help)\n"
    assert_inputs_untouched(inputs)
    assert not (inputs / "out").exists()


@pytest.mark.parametrize(
    "argv, blocked, done, result",
    [
        pytest.param([], "x.txt", "c.txt", PAGE_CLEAN.encode("utf-8"), id="text"),
        pytest.param(["--jsonl"], "x.txt", "a.jsonl", clean_line(RECORD), id="--jsonl"),
    ],
)
def test_an_output_file_that_is_a_folder_is_reported_and_the_rest_is_done(cli, inputs, argv, blocked, done, result):
    (inputs / "out" / blocked).mkdir(parents=True)
    run = cli(*argv, "-o", "out", f"d1/{blocked}", done)
    assert (run.status, run.out, run.err) == (1, "", f"cleantext: out/{blocked}: Is a directory\n")
    assert (inputs / "out" / done).read_bytes() == result
    assert_inputs_untouched(inputs)


def _unwritable_folder() -> str | None:
    # The session may run as root, for whom no permission bit says no; sysfs does.
    folder = "/sys/kernel"
    try:
        with open(os.path.join(folder, "cleantext-probe"), "wb"):
            pass
    except PermissionError:
        return folder
    except OSError:
        return None
    os.remove(os.path.join(folder, "cleantext-probe"))
    return None


@pytest.mark.skipif(_unwritable_folder() is None, reason="needs a folder this user may not write in")
def test_an_output_folder_without_write_permission_is_one_line_per_file_and_exit_1(cli, inputs):
    folder = _unwritable_folder()
    run = cli("-o", folder, "c.txt", "d1/x.txt")
    assert (run.status, run.out) == (1, "")
    assert run.err == (f"cleantext: {folder}/c.txt: Permission denied\n"
                       f"cleantext: {folder}/x.txt: Permission denied\n")
    assert_inputs_untouched(inputs)


def test_a_second_run_into_the_same_folder_overwrites_its_outputs(cli, inputs):
    for _ in range(2):
        run = cli("-o", "out", "c.txt", "d1/x.txt")
        assert (run.status, run.out, run.err) == (0, "", "")
    assert (inputs / "out" / "c.txt").read_text(encoding="utf-8") == PAGE_CLEAN


# ---- --jobs -------------------------------------------------------------------------------------

CORES = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


@pytest.mark.parametrize("jobs, workers", [(0, CORES), (1, 1), (CORES, CORES), (CORES + 1, CORES), (10**6, CORES)])
def test_jobs_beyond_the_cores_count_as_the_cores(jobs, workers):
    assert JsonlCleaner(jobs=jobs).jobs == workers


def test_a_million_jobs_run_on_the_cores_and_give_the_bytes_of_one_job(cli, tmp_path, monkeypatch):
    monkeypatch.setattr("cleantext.batch.CHUNK_LINES", 4)  # many chunks, so the order is tested
    source = tmp_path / "pages.jsonl"
    source.write_bytes((RECORD + json.dumps({"n": 1, "text": PAGE}).encode("utf-8") + b"\n") * 20 + b"oops\n")
    one = cli("--jsonl", "--jobs", "1", str(source))
    many = cli("--jsonl", "--jobs", str(10**6), str(source))
    assert many == one
    assert one.status == 1 and len(one.out.splitlines()) == 40
    assert one.err == f"cleantext: {source}:41: not JSON: Expecting value (column 1)\n" \
        "cleantext: 1 of 41 line(s) set aside\n"


# ---- --quiet ------------------------------------------------------------------------------------

def test_quiet_leaves_out_the_blank_lines_count_but_never_a_bad_line(cli):
    data = RECORD + b"\n" + b"oops\n"
    loud, quiet = cli("--jsonl", stdin=data), cli("--jsonl", "-q", stdin=data)
    bad = "cleantext: stdin:3: not JSON: Expecting value (column 1)\n"
    assert loud.err == bad + "cleantext: 1 blank line(s) passed over\ncleantext: 1 of 3 line(s) set aside\n"
    assert quiet.err == bad + "cleantext: 1 of 3 line(s) set aside\n"
    assert (quiet.status, quiet.out) == (loud.status, loud.out) == (1, clean_line(RECORD).decode("utf-8"))


def test_help_says_what_quiet_leaves_out(cli):
    help_text = " ".join(cli("--help").out.split())
    assert "-q, --quiet no progress bar, no count of blank lines (bad lines, and their count, are still reported)" \
        in help_text
