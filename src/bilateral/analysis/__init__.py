"""analysis stage: timelines, the cooperation–conflict index, the actors' network, search,
exports and the HTML report, all over the store (see each module)."""

from bilateral.analysis.overview import summary

__all__ = ["summary"]
