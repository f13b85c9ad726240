"""Load the vendored article-extraction-benchmark dev split and score predictions with its metric.

The metric is the benchmark's own (see fixtures/aeb-dev/README.md): tokens are ``\\w+``
matches, each page is scored on the multiset of 4-token shingles of truth and prediction,
precision and recall are averaged over pages, and F1 is computed from the two means.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable, Mapping, NamedTuple

SPLIT = Path(__file__).resolve().parent.parent / "fixtures" / "aeb-dev"
# The metric's tokens; bench_heldout matches its snippets on the same ones.
TOKEN = re.compile(r"\w+")


class Score(NamedTuple):
    f1: float
    precision: float
    recall: float


def truths() -> dict[str, str]:
    """Return the hand-made article body of each page, by key."""
    data = json.loads((SPLIT / "ground-truth.json").read_text(encoding="utf-8"))
    return {key: item["articleBody"] for key, item in data.items()}


def dumps() -> dict[str, str]:
    """Return the flattened text dump of each page, by key."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted((SPLIT / "dumps").glob("*.txt"))}


def pages() -> dict[str, bytes]:
    """Return the raw downloaded bytes of each page, by key."""
    return {
        p.name.removesuffix(".html.gz"): gzip.decompress(p.read_bytes())
        for p in sorted((SPLIT / "pages").glob("*.html.gz"))
    }


def _shingles(text: str) -> Counter:
    tokens = TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3))


def page_scores(truth: str, prediction: str) -> tuple[float, float]:
    """Return (precision, recall) of one page as the benchmark defines them."""
    want, got = _shingles(truth), _shingles(prediction)
    tp = sum((want & got).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall


def score(truth: Mapping[str, str], predictions: Mapping[str, str]) -> tuple[Score, dict[str, tuple[float, float]]]:
    """Score predictions against the truth; return the overall figures and each page's (P, R)."""
    per_page = {key: page_scores(truth[key], predictions.get(key, "")) for key in truth}
    precision = sum(p for p, _ in per_page.values()) / len(per_page)
    recall = sum(r for _, r in per_page.values()) / len(per_page)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(f1, precision, recall), per_page


def c4_line_rules(text: str) -> str:
    """Keep lines the way C4 does: terminal punctuation, 3+ words, no javascript/cookie/policy."""
    kept = []
    for line in text.splitlines():
        line = line.strip()
        lower = line.lower()
        if not line.endswith((".", "!", "?", '"')) or len(line.split()) < 3:
            continue
        if "javascript" in lower or "cookie" in lower or "policy" in lower:
            continue
        kept.append(line)
    return "\n".join(kept)


def run(system: Callable[[str], str], inputs: Mapping[str, str | bytes]) -> dict[str, str]:
    """Apply a system to every page's input."""
    return {key: system(value) for key, value in inputs.items()}


def worst(per_page: Mapping[str, tuple[float, float]], n: int = 5) -> Iterable[tuple[str, float, float]]:
    """Return the n pages with the lowest per-page F1."""
    def f1(pr: tuple[float, float]) -> float:
        p, r = pr
        return 2 * p * r / (p + r) if p + r else 0.0
    ranked = sorted(per_page.items(), key=lambda item: f1(item[1]))
    return [(key, p, r) for key, (p, r) in ranked[:n]]
