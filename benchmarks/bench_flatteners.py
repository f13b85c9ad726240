"""Score cleantext on pages flattened by other tools than the one the dev split's dumps came from.

The dumps were made with html-text, which prints a paragraph on one line. Scrapers use
other flatteners, and each breaks lines its own way: BeautifulSoup's ``get_text("\\n")``
puts every text node on a line (a paragraph with links becomes several), ``get_text()``
keeps the page source's own line breaks and indentation, html2text writes Markdown (with
every link's address, and by default lines wrapped at 78 characters), inscriptis lays the
page out as a browser would. The text browsers lynx and w3m (``-dump``, Debian's packages; left
out when they are not installed) wrap at 80 columns, lynx numbering each link ("[12]Home")
unless told ``-nolist``. Each flattener's text goes through the
C4 line rules, cleantext, and cleantext without the fixes made for them (``fix.inline_breaks``
for the first kind, ``fix.markdown_links`` and ``fix.hard_wraps`` for html2text's,
``fix.hard_wraps`` and ``fix.link_numbers`` for the text browsers'), all scored with the
benchmark's metric on the article body:

- the dev split against its hand-made bodies (offline: the pages are vendored);
- with ``--heldout``, the held-out sets of bench_heldout.py (downloaded once): trafilatura's
  and htmldate's pages against the silver, newspaper4k's against its own reference texts.

    pip install 'cleantext-web[bench]'      # html-text, beautifulsoup4, inscriptis, html2text
    apt-get install lynx w3m                # optional: the text browsers
    PYTHONPATH=. python benchmarks/bench_flatteners.py [--heldout] [--cache DIR]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import aeb  # noqa: E402
from benchmarks.bench_dumps import c4_line_rules  # noqa: E402
from benchmarks.bench_heldout import DEFAULT_CACHE, MIN_SILVER_WORDS, SETS, decode, fetch  # noqa: E402
from cleantext import clean_document  # noqa: E402
from cleantext.html import decode_html  # noqa: E402


def flatteners() -> dict[str, Callable[[str], str]]:
    """Return each flattener by name: HTML text in, the page's visible text out."""
    import bs4
    import html2text
    import html_text
    import inscriptis

    def soup(html: str) -> bs4.BeautifulSoup:
        page = bs4.BeautifulSoup(html, "lxml")
        for element in page(["script", "style", "noscript"]):
            element.decompose()
        return page

    def markdown(html: str, width: int) -> str:
        converter = html2text.HTML2Text()  # links and images kept, as Markdown, by default
        converter.body_width = width  # 0: a paragraph stays on one line
        return converter.handle(html)

    found = {
        "html-text": html_text.extract_text,
        'bs4 get_text("\\n")': lambda html: soup(html).get_text("\n"),
        "bs4 get_text()": lambda html: soup(html).get_text(),
        "inscriptis": inscriptis.get_text,
        "html2text, no wrap": lambda html: markdown(html, 0),
        "html2text": lambda html: markdown(html, 78),  # its default: lines wrapped at 78
    }
    browsers = {
        "lynx -dump": ["lynx", "-dump", "-stdin", "-assume_charset=utf-8", "-display_charset=utf-8"],
        "lynx -dump -nolist": ["lynx", "-dump", "-nolist", "-stdin", "-assume_charset=utf-8", "-display_charset=utf-8"],
        "w3m -dump": ["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"],
    }
    for name, command in browsers.items():
        if shutil.which(command[0]):
            found[name] = lambda html, command=command: _browse(command, html)
    return found


def _browse(command: list[str], html: str) -> str:
    """Return what a text browser prints of the page, given on its standard input."""
    done = subprocess.run(command, input=html.encode("utf-8"), capture_output=True, timeout=120, check=True)
    return done.stdout.decode("utf-8", "replace")


# The fixes made for other flatteners' texts, left out in the last column.
FLATTENER_FIXES = ["fix.hard_wraps", "fix.inline_breaks", "fix.markdown_links", "fix.link_numbers"]
SYSTEMS: dict[str, Callable[[str], str]] = {
    "C4 line rules": c4_line_rules,
    "cleantext": lambda text: clean_document(text, input="text").body,
    "without their fixes": lambda text: clean_document(text, input="text", skip=FLATTENER_FIXES).body,
}


def score_set(title: str, html: dict[str, str], truth: dict[str, str]) -> None:
    """Print, for each flattener, each system's F1, precision and recall on the pages with a truth."""
    print(f"\n{title}: {len(truth)} pages")
    print(f"{'flattener':<20}" + "".join(f"{name:>26}" for name in SYSTEMS))
    print(f"{'':<20}" + f"{'F1     P     R':>26}" * len(SYSTEMS))
    for name, flatten in flatteners().items():
        texts = {key: flatten(html[key]) for key in truth}
        cells = []
        for system in SYSTEMS.values():
            score, _ = aeb.score(truth, {key: system(text) for key, text in texts.items()})
            cells.append(f"{score.f1:.3f} {score.precision:.3f} {score.recall:.3f}")
        print(f"{name:<20}" + "".join(f"{cell:>26}" for cell in cells), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", action="store_true", help="also score bench_heldout.py's three sets")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="download folder (default: %(default)s)")
    args = parser.parse_args(argv)
    try:
        flatteners()
        import trafilatura
    except ImportError as error:
        parser.error(f"{error.name} is needed: pip install 'cleantext-web[bench]'")
    warnings.filterwarnings("ignore", module="bs4")  # "looks like a URL/filename" on short pages

    score_set("dev split, hand-made bodies", {k: decode_html(v) for k, v in aeb.pages().items()}, aeb.truths())
    if not args.heldout:
        return 0
    seen: set[str] = set()
    for requirement, unpacked, pages, _, references in SETS:
        folder = fetch(args.cache, requirement, unpacked, pages)
        paths = [p for p in sorted((folder / pages).glob("*.htm*")) if p.name not in seen]
        if references:
            paths = [p for p in paths if (folder / references / f"{p.stem}.txt").is_file()]
        seen.update(p.name for p in paths)
        html = {p.name: decode(p.read_bytes()) for p in paths}
        if references:
            truth = {p.name: (folder / references / f"{p.stem}.txt").read_text(encoding="utf-8") for p in paths}
            score_set(f"{requirement}, its own reference texts", html, truth)
        else:
            silver = {name: trafilatura.extract(page, include_comments=False) or "" for name, page in html.items()}
            truth = {name: text for name, text in silver.items() if len(text.split()) >= MIN_SILVER_WORDS}
            score_set(f"{requirement}, silver (trafilatura, {MIN_SILVER_WORDS}+ words)", html, truth)
    return 0


if __name__ == "__main__":
    sys.exit(main())
