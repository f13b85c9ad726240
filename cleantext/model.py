"""The document model: blocks that filters mark, never delete."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator, NamedTuple


class Removal(NamedTuple):
    """Why a block left the body: the filter's name and a short fixed reason."""

    filter: str
    reason: str


class Removed(NamedTuple):
    """One entry of the audit trail: which filter took which text out, and why."""

    filter: str
    reason: str
    text: str


@dataclass(slots=True)
class Block:
    """One line of the input, as it is now and as it came in."""

    text: str
    original: str
    removal: Removal | None = None
    role: str = "body"
    # A blank line stood before this block in the input: assembly keeps paragraph breaks.
    paragraph_start: bool = True
    # A user rule (``keep=``) matched this block: no filter may remove it.
    protected: bool = False

    @property
    def kept(self) -> bool:
        return self.removal is None

    def drop(self, filter_name: str, reason: str) -> bool:
        """Mark the block removed unless the user protected it; return whether it was marked."""
        if self.protected or self.removal is not None:
            return False
        self.removal = _removal(filter_name, reason)
        return True


# Filters give a few fixed reasons to thousands of lines: each (filter, reason) shares one
# Removal. The package's filters have a few dozen; the bound keeps a user filter that made
# up a reason per line from growing this without end.
_removal = lru_cache(maxsize=1024)(Removal)


@dataclass(slots=True)
class Document:
    """A text split into blocks, with what filters learnt about it."""

    blocks: list[Block] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)
    # Names of the whole-text fixes that changed something, in the order they ran.
    fixes: list[str] = field(default_factory=list)

    @classmethod
    def from_text(cls, text: str) -> "Document":
        """Split text into one block per non-blank line, remembering paragraph breaks."""
        blocks: list[Block] = []
        append = blocks.append
        paragraph_start = True
        for line in text.split("\n"):
            stripped = line.strip()
            if stripped:
                # Positional arguments: a page has thousands of lines, and keywords cost more.
                append(Block(stripped, stripped, None, "body", paragraph_start))
                paragraph_start = False
            else:
                paragraph_start = True
        return cls(blocks)

    def kept(self) -> Iterator[Block]:
        """Yield the blocks no filter has removed yet."""
        return (block for block in self.blocks if block.removal is None)

    @property
    def title(self) -> str | None:
        for block in self.blocks:
            if block.role == "title" and block.removal is None:
                return block.text
        return None

    @property
    def body(self) -> str:
        """The kept body blocks, a blank line between paragraphs, a newline between lines."""
        parts: list[str] = []
        pending_break = False
        for block in self.blocks:
            if block.paragraph_start:
                pending_break = True
            if block.removal is not None or block.role == "title":
                continue
            if parts:
                parts.append("\n\n" if pending_break else "\n")
            parts.append(block.text)
            pending_break = False
        return "".join(parts)

    @property
    def text(self) -> str:
        """Title, a blank line and the body, ending in one newline; empty when nothing is left."""
        title, body = self.title, self.body
        joined = "\n\n".join(part for part in (title, body) if part)
        return joined + "\n" if joined else ""

    @property
    def removed(self) -> list[Removed]:
        return [
            Removed(block.removal.filter, block.removal.reason, block.original)
            for block in self.blocks
            if block.removal is not None
        ]

    def to_dict(self) -> dict:
        """Return the JSON shape the CLI prints with ``--format json``."""
        return {
            "title": self.title,
            "body": self.body,
            "text": self.text,
            "metadata": self.metadata,
            "removed": [item._asdict() for item in self.removed],
        }
