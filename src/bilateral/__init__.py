"""bilateral: news articles about relations between countries, turned into a sourced record.

The Python API::

    import bilateral
    records = bilateral.extract(text, published="2018-11-07")
    for event in records.relations: ...  # events between two parties
"""

from bilateral.actors.api import resolve
from bilateral.extract import Extractor, extract
from bilateral.types import (
    Actor,
    Document,
    Event,
    Evidence,
    Figure,
    Location,
    Mention,
    Quote,
    Records,
    Sentence,
)

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Document",
    "Event",
    "Evidence",
    "Extractor",
    "Figure",
    "Location",
    "Mention",
    "Quote",
    "Records",
    "Sentence",
    "__version__",
    "extract",
    "resolve",
]
