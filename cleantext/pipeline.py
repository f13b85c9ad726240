"""Filters, the registry that names them, and pipelines built from them.

There are two shapes of step. A *fix* takes the whole text and returns it repaired
(``str -> str``); fixes run first, at C speed, over the whole text. A *filter* takes the
:class:`~cleantext.model.Document` and marks blocks or fills metadata
(``Document -> Document``). Any function of either shape is a step: ``@text_fix`` marks the
first kind, and everything else is taken as a filter.
"""

from __future__ import annotations

import functools
import inspect
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Protocol, Sequence, cast, overload

import regex

from .decode import decode
from .model import Block, Document

Fix = Callable[[str], str]
Filter = Callable[[Document], Document]
#: A filter's test of whether a second run could take more out: (document, its kept lines).
Unsettled = Callable[[Document, list[str]], bool]
#: What ``@line_rule`` takes: a line's reason for removal, or None.
Rule = Callable[[str], str | None]
#: A screen names the lines a rule could remove, given the kept lines: their indexes, in order.
Screen = Callable[[list[str]], Iterable[int]]


# What the decorators below make of a function: the same function with their attributes set.
class Step(Protocol):
    __name__: str
    step_name: str
    step_kind: str


class FixStep(Step, Protocol):
    feeds: frozenset[str] | None
    whole_text: bool

    def __call__(self, text: str, /) -> str: ...


class FilterStep(Step, Protocol):
    unsettled: Unsettled | None

    def __call__(self, doc: Document, /) -> Document: ...


class LineRule(FilterStep, Protocol):
    judge: Rule
    screen: regex.Pattern | Screen | None


#: Every step this package defines, by the name the CLI, ``--explain`` and ``--skip`` use.
REGISTRY: dict[str, FixStep | FilterStep] = {}


def _register(step: FixStep | FilterStep, kind: str) -> None:
    module = step.__module__.rsplit(".", 1)[-1]
    step.step_name = f"{module}.{step.__name__}"
    step.step_kind = kind
    if step.__module__.startswith("cleantext."):
        REGISTRY[step.step_name] = step


@overload
def text_fix(func: Fix, *, feeds: Iterable[str] | None = None, whole_text: bool = False) -> FixStep: ...
@overload
def text_fix(
    func: None = None, *, feeds: Iterable[str] | None = None, whole_text: bool = False
) -> Callable[[Fix], FixStep]: ...
def text_fix(
    func: Fix | None = None, *, feeds: Iterable[str] | None = None, whole_text: bool = False
) -> FixStep | Callable[[Fix], FixStep]:
    """Mark a ``str -> str`` function as a whole-text fix and register it.

    ``feeds`` names the fixes that this fix's changes can give new work to; by default,
    any fix. Fixes re-run until none changes the text, and a fix that only swaps
    characters no other fix looks at (``fix.quotes``: curly quotes for straight ones) lets
    the others skip that re-check. ``whole_text`` says that what the fix does to a line
    depends on the rest of the text (``fix.hard_wraps`` reads the wrapping width off all the
    lines), so the filters' removals can change it: the pipeline then asks the fix again of
    its output, and runs again when it would change it. Use as ``@text_fix`` or
    ``@text_fix(feeds=[...], whole_text=True)``.
    """
    if func is None:
        return lambda f: text_fix(f, feeds=feeds, whole_text=whole_text)
    step = cast(FixStep, func)
    step.feeds = None if feeds is None else frozenset(feeds)
    step.whole_text = whole_text
    _register(step, "fix")
    return step


def document_filter(func: Filter) -> FilterStep:
    """Register a ``Document -> Document`` filter under its module-qualified name."""
    step = cast(FilterStep, func)
    _register(step, "filter")
    # Declared on every filter: None unless set, as Pipeline's getattr(..., None) reads it.
    step.unsettled = getattr(func, "unsettled", None)
    return step


@overload
def line_rule(func: Rule, *, screen: regex.Pattern | Screen | None = None) -> LineRule: ...
@overload
def line_rule(func: None = None, *, screen: regex.Pattern | Screen | None = None) -> Callable[[Rule], LineRule]: ...
def line_rule(
    func: Rule | None = None, *, screen: regex.Pattern | Screen | None = None
) -> LineRule | Callable[[Rule], LineRule]:
    """Turn ``line -> reason or None`` into a filter that removes each kept line with a reason.

    ``screen``, when given, is a necessary condition for removal, never a sufficient one:
    either a pattern that every line the rule can remove matches somewhere (run once over
    all kept lines joined, at C speed), or a function from the list of kept lines to the
    indexes of the lines worth a look (a list comprehension of cheap ``str`` tests). The
    rule is called only on those: most lines of a page never reach it. It is a function of
    the line alone, called once per distinct text of a page. Use as ``@line_rule`` or
    ``@line_rule(screen=...)``.
    """
    if func is None:
        return lambda f: line_rule(f, screen=screen)

    def apply(doc: Document) -> Document:
        blocks = doc.kept() if screen is None else screened(doc, screen)
        # Pages repeat lines (menu entries, share buttons, a page of nothing else): each
        # distinct text is judged once. The rule is a function of the line alone.
        judge = functools.cache(func)
        for block in blocks:
            reason = judge(block.text)
            if reason:
                block.drop(step.step_name, reason)
        return doc

    apply.__name__ = func.__name__
    apply.__qualname__ = func.__qualname__
    apply.__doc__ = func.__doc__
    apply.__module__ = func.__module__
    step = cast(LineRule, apply)
    step.judge = func  # the bare rule, for tests and for users who judge lines themselves
    step.screen = screen
    document_filter(apply)
    return step


def screened(doc: Document, screen: "regex.Pattern | Screen") -> list:
    """Return the kept blocks that pass the screen: a pattern found in them, or a screen function."""
    kept = [block for block in doc.blocks if block.removal is None]
    if not kept:
        return kept
    texts = [block.text for block in kept]
    found = screen(texts) if callable(screen) else matching_lines(texts, screen)
    return [kept[i] for i in found]


def matching_lines(lines: list[str], pattern: regex.Pattern[str] | re.Pattern[str]) -> list[int]:
    """Return the indexes of the lines (none holding "\n") in which the pattern matches somewhere."""
    # Joined with "\n", the lines make one text, searched once; a match's line is the
    # count of line breaks before it, counted from the previous match on (C-level calls,
    # one per match: lines without a match cost nothing in Python).
    joined = "\n".join(lines)
    found: list[int] = []
    index, counted = 0, 0
    for match in pattern.finditer(joined):
        start = match.start()
        index += joined.count("\n", counted, start)
        counted = start
        if not found or found[-1] != index:
            found.append(index)
    return found


def step_name(step: Callable) -> str:
    """Return the name a step is known by: registered name, else its function name."""
    name: str | None = getattr(step, "step_name", None)
    if name:  # not "name or ...": mypy would type the fallback by name's type, None included
        return name
    return getattr(step, "__name__", type(step).__name__)


def summary(step: Callable) -> str:
    """Return the first line of a step's docstring."""
    doc = inspect.getdoc(step) or ""
    return doc.splitlines()[0] if doc else ""


def is_fix(step: Callable) -> bool:
    return getattr(step, "step_kind", None) == "fix"


@dataclass(frozen=True)
class Pipeline:
    """An ordered tuple of fixes and filters that turns text into a Document.

    >>> from cleantext import pipeline
    >>> p = pipeline("default").without("drop.ui_labels")
    >>> "drop.ui_labels" in p.names()
    False
    """

    steps: tuple[Callable, ...]

    def names(self) -> list[str]:
        return [step_name(step) for step in self.steps]

    def without(self, *names: str) -> "Pipeline":
        """Return this pipeline less the named steps; an unknown name is an error."""
        unknown = set(names) - set(self.names())
        if unknown:
            raise ValueError(f"no step named {', '.join(sorted(unknown))} in this pipeline")
        return Pipeline(tuple(s for s in self.steps if step_name(s) not in names))

    def then(self, *steps: Callable) -> "Pipeline":
        """Return this pipeline with more steps at the end."""
        return Pipeline(self.steps + tuple(steps))

    def __call__(self, text: str | bytes, *, keep: Sequence[str] = (), _rounds: int = 0) -> Document:
        """Run the fixes over the text, split it into blocks, then run the filters.

        Bytes are decoded first, as :func:`cleantext.clean_document` decodes them (BOM,
        UTF-8, cp1252, never failing); a pipeline takes text, not HTML.

        A filter may be unsettled by what later filters removed: two copies of a caption
        that a removed line kept apart are side by side now. So may a fix that reads the
        whole text (``whole_text``): without the lines the filters removed, a text can read
        as wrapped at a width it did not seem to be before. When a filter says so (its
        ``unsettled`` test, given the document and its kept lines), or such a fix would
        change the output, the pipeline runs again over its own output and takes out what
        that run takes out, and takes the lines that run's fixes joined, so that cleaning
        the result changes nothing.
        """
        if isinstance(text, (bytes, bytearray, memoryview)):
            text = decode(bytes(text)).text
        elif not isinstance(text, str):
            raise TypeError(f"a pipeline takes str or bytes, not {type(text).__name__}")
        first_filter = next((i for i, s in enumerate(self.steps) if not is_fix(s)), len(self.steps))
        fixes_run: list[str] = []
        text = _fix_text(text, self.steps[:first_filter], fixes_run)
        doc = _split(text, fixes_run, keep)
        for step in self.steps[first_filter:]:
            if is_fix(step):  # a fix placed after a filter mends each kept block
                _fix_blocks(doc, step)
            else:
                doc = step(doc)
        if _rounds < MAX_SETTLE_ROUNDS and self._unsettled(doc, self.steps[:first_filter]):
            _settle(doc, self(doc.text, keep=keep, _rounds=_rounds + 1))
        return doc

    def _unsettled(self, doc: Document, fixes: Sequence[Callable]) -> bool:
        # Any callable is a step: only the decorated ones are known to have the attributes.
        tests = [test for step in self.steps if (test := getattr(step, "unsettled", None))]
        if tests:
            lines = [block.text for block in _visible(doc)]
            if any(test(doc, lines) for test in tests):
                return True
        rereading = [fix for fix in fixes if getattr(fix, "whole_text", False)]
        if not rereading:
            return False
        text = doc.text
        return any(fix(text) != text for fix in rereading)


# A run over the output that finds more to take out is rare (0 of the 88 page dumps), and
# each one only takes lines out: this bound is never reached in practice, it keeps the
# worst case linear.
MAX_SETTLE_ROUNDS = 3


def _visible(doc: Document) -> list:
    """Return the blocks the text is made of, in its order: the title, then the kept body."""
    kept = [block for block in doc.blocks if block.removal is None]
    titles = [block for block in kept if block.role == "title"]
    if not titles or (len(titles) == 1 and titles[0] is kept[0]):
        return kept  # the usual page: no title, or take.title's pick, the first kept line
    return titles[:1] + [block for block in kept if block.role != "title"]


def _settle(doc: Document, again: Document) -> None:
    """Carry what a run over ``doc.text`` took out, the lines its fixes joined, and its title, back onto ``doc``."""
    visible = _visible(doc)
    if len(visible) == len(again.blocks):
        groups: list[list[Block]] | None = [[block] for block in visible]
    else:
        groups = _joined_lines(visible, again.blocks)
    if groups is None:
        return  # a fix changed the output's characters, not only its lines: nothing to match
    # The second run's block stands for the lines it was joined from: it takes the first
    # one's place, the others leave the document (their text is in it).
    joined: dict[int, tuple[Block | None, int]] = {}
    for second, group in zip(again.blocks, groups):
        if len(group) > 1:
            joined[id(group[0])] = (second, len(group))
            joined.update((id(block), (None, 0)) for block in group[1:])
            continue
        block = group[0]
        if second.removal is not None:
            if block.drop(second.removal.filter, second.removal.reason):
                block.role = second.role
        elif (second.role == "title") != (block.role == "title"):
            block.role = second.role
    if joined:
        blocks: list[Block] = []
        inside = 0  # lines of a joined group still to come
        for block in doc.blocks:
            if id(block) in joined:
                replacement, size = joined[id(block)]
                if replacement is not None:
                    blocks.append(replacement)
                    inside = size - 1
                else:
                    inside -= 1
                continue
            if inside:
                # A removed line between joined ones: no paragraph break stood there in the
                # text that was joined, and none may now stand after the joined block.
                block.paragraph_start = False
            blocks.append(block)
        doc.blocks = blocks
        doc.fixes.extend(name for name in again.fixes if name not in doc.fixes)
    for key, value in again.metadata.items():
        doc.metadata.setdefault(key, value)


def _joined_lines(visible: list[Block], seconds: list[Block]) -> list[list[Block]] | None:
    """Return, for each block of the second run, the run of ``visible`` blocks it was made of.

    Fixes may join lines (``fix.hard_wraps``) and change white space, not other characters,
    of text that is clean already: the blocks are matched on their text without white space.
    None when they do not match so.
    """
    squeezed = ["".join(block.text.split()) for block in visible]
    groups: list[list[Block]] = []
    start = 0
    for second in seconds:
        want = "".join(second.original.split())
        end, length = start, 0
        while end < len(squeezed) and length < len(want):
            length += len(squeezed[end])
            end += 1
        if end == start or "".join(squeezed[start:end]) != want:
            return None
        groups.append(visible[start:end])
        start = end
    return groups if start == len(visible) else None


# One fix can uncover work for another: removing a control character joins the two halves
# of a mojibake pair ("Ã\x00©"), an entity expands into one ("Ã&#169;"). The fixes run
# again until the text stops changing, so that cleaning clean text changes nothing.
MAX_FIX_ROUNDS = 4


def _fix_text(text: str, fixes: Sequence[Fix], fixes_run: list[str]) -> str:
    # Each round runs, in order, the fixes that may have work: all of them at first, then
    # those that a change since they last ran can have fed (see text_fix's ``feeds``).
    pending = set(range(len(fixes)))
    for _ in range(MAX_FIX_ROUNDS):
        if not pending:
            break
        for i, step in enumerate(fixes):
            if i not in pending:
                continue
            pending.discard(i)
            fixed = step(text)
            if fixed != text:
                if step_name(step) not in fixes_run:
                    fixes_run.append(step_name(step))
                text = fixed
                pending.update(j for j, other in enumerate(fixes) if _feeds(step, other))
    return text


def _feeds(step: Fix, other: Fix) -> bool:
    """Return whether a change made by ``step`` can give ``other`` work to do."""
    feeds = getattr(step, "feeds", None)
    return feeds is None or step_name(other) in feeds


def _split(text: str, fixes_run: list[str], keep: Sequence[str]) -> Document:
    doc = Document.from_text(text)
    doc.fixes = fixes_run
    if keep:
        protect = regex.compile("|".join(f"(?:{p})" for p in keep))
        for block in doc.blocks:
            block.protected = protect.search(block.text) is not None
    return doc


def _fix_blocks(doc: Document, step: Fix) -> None:
    changed = False
    for block in doc.kept():
        fixed = step(block.text)
        if fixed != block.text:
            block.text, changed = fixed, True
    if changed:
        doc.fixes.append(step_name(step))


def build(steps: Iterable[Callable]) -> Pipeline:
    return Pipeline(tuple(steps))
