"""Property-based requests generated from the app's own OpenAPI schema: never a 5xx."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from bilateral.api.demo import fill_demo_store
from bilateral.store import open_store
from bilateral.web.app import create_app


def no_ingest(store, specs, *, progress=None):
    """Generated uploads are accepted but never processed (no NLP, no network)."""
    return SimpleNamespace(ingested=0, unchanged=0, duplicates=[], skipped=[], failed=[],
                           events=0, figures=0)


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory):
    store = open_store(str(Path(tmp_path_factory.mktemp("schema")) / "s.db"))
    fill_demo_store(store)
    app = create_app(None, store=store, ingest=no_ingest)
    return schemathesis.openapi.from_asgi("/api/openapi.json", app)


def operations(schema) -> list:
    return [result.ok() for result in schema.get_all_operations()]


@pytest.mark.slow
def test_openapi_no_server_errors(api_schema):
    # Driven by hand rather than by schemathesis' pytest plugin, which does not support the
    # pytest version in use; each operation gets a small, bounded number of examples.
    checked = []
    for operation in operations(api_schema):

        @given(case=operation.as_strategy())
        @settings(max_examples=15, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def never_5xx(case) -> None:
            case.call_and_validate(headers={"X-Bilateral-Client": "schemathesis"},
                                   checks=[not_a_server_error])

        never_5xx()
        checked.append(operation.label)
    assert len(checked) >= 15
