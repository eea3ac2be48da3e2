"""One error tree for the whole package.

    BilateralError            base: catch this to catch everything we raise
    ├── UserError             bad input from the user: the CLI prints the message, exits 1
    │   ├── SourceError       a source cannot be read (missing file, unreachable URL, …)
    │   ├── ConfigError       a setting or option is wrong
    │   └── NotFound          an id names nothing in the store
    ├── SkipDocument          a document is not processed (empty, binary, not an article…);
    │                         the batch records the reason and goes on
    └── MissingExtra          an optional dependency is missing; the message says what to install
"""

from __future__ import annotations


class BilateralError(Exception):
    """Base of every error bilateral raises on purpose."""


class UserError(BilateralError):
    """Bad input; the message is one line that names the input and the next step."""


class SourceError(UserError):
    """A source (file, URL, feed) cannot be read."""


class ConfigError(UserError):
    """A setting or option is wrong."""


class NotFound(UserError):
    """An id (document, event, figure) that names nothing in the store."""


class SkipDocument(BilateralError):
    """A document that is recorded as skipped with this reason, not processed."""


class MissingExtra(BilateralError):
    """An optional dependency is not installed."""

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(f"{package} is not installed: pip install 'bilateral[{extra}]'")
        self.package = package
        self.extra = extra
