"""What every engine is: the protocol, ``with`` support, and the engine of this process."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, Self, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class Engine(Protocol):
    def map(self, func: Callable[[T], R], items: Iterable[T]) -> Iterator[R]: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...


class ClosingEngine:
    """Context-manager support shared by the engines: ``with`` closes them."""

    def close(self) -> None:
        pass

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class InProcess(ClosingEngine):
    """Run everything in the calling process (tests, small jobs, debugging)."""

    def map(self, func: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        return map(func, items)
