"""The knowledge base a run reads: the shipped one, or a copy extended by the user's file."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from bilateral.actors.extra import extended
from bilateral.actors.kb import KnowledgeBase, shipped_kb
from bilateral.errors import ConfigError


def load_kb(extra: Path | None = None) -> KnowledgeBase:
    """The shipped knowledge base, extended by the YAML file ``extra`` when given.

    Raises:
        ConfigError: ``extra`` is missing or not in the format of ``actors/README.md``.
    """
    if extra is None:
        return shipped_kb()
    path = Path(extra)
    if not path.is_file():
        raise ConfigError(f"actors file not found: {path}")
    return _kb_with_extra(str(path.resolve()), path.stat().st_mtime)


@lru_cache(maxsize=8)
def _kb_with_extra(path: str, mtime: float) -> KnowledgeBase:
    """Cached by path and modification time: an edited file is read again."""
    return extended(shipped_kb(), Path(path))
