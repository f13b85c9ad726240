"""Named pipelines. A preset is an ordered tuple of steps; the registry names every step."""

from __future__ import annotations

from . import article, drop, fix, take
from .html.judge import PARAGRAPH_JUDGES
from .pipeline import REGISTRY, Pipeline

FIXES = (
    fix.line_breaks,  # first: ftfy and every later step see "\n" only
    fix.hard_wraps,  # before anything changes the lines' lengths, and the links' addresses are gone
    fix.inline_breaks,  # before fix.spaces, which trims the spaces its seams are made of
    fix.markdown_links,
    fix.link_numbers,  # after fix.hard_wraps, which reads the widths the numbers are part of
    fix.encoding,
    # Before fix.invisible, whose fast screen fails on tabs and no-break spaces; a
    # zero-width space it then removes from between two spaces makes fix.spaces run again.
    fix.spaces,
    fix.invisible,
    fix.unicode_form,
    fix.quotes,
)

FILTERS = (
    drop.ui_labels,
    drop.social,
    take.bylines,  # before dates: the date beside the byline is the article's
    take.dates,
    # After dates: a date line between two copies of a caption would keep them apart on a
    # first run and, once removed, join them on the second (fuzz finding crash-ce981ced).
    take.captions,
    take.title,  # after the chrome above the headline is gone
    drop.repeats,  # after the title, so that a repeated headline drops its later copy
    # Last, so that no later filter changes what it judged (idempotence). It still sees
    # the headline's repeat that drop.repeats took out: that is where the article starts.
    article.judge,
)

PRESETS: dict[str, Pipeline] = {
    "default": Pipeline(FIXES + FILTERS),
    "normalise": Pipeline(FIXES),
}


def pipeline(name: str = "default") -> Pipeline:
    """Return the named preset; an unknown name is a ValueError listing the known ones."""
    try:
        return PRESETS[name]
    except KeyError:
        raise ValueError(f"unknown preset {name!r}; choose from {', '.join(PRESETS)}") from None


def steps() -> dict:
    """Return every registered step by name, the default pipeline's order first."""
    ordered = {name: REGISTRY[name] for name in PRESETS["default"].names()}
    ordered.update((name, step) for name, step in REGISTRY.items() if name not in ordered)
    return ordered


def named_steps() -> dict:
    """Return what ``--list`` shows and ``--skip`` takes: every step, then the HTML path's paragraph judges.

    The judges are no pipeline steps (they judge trafilatura's paragraphs, not a
    Document), but their removals carry these names, so a user can leave them out too.
    """
    return {**steps(), **PARAGRAPH_JUDGES}
