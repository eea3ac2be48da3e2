"""Fixtures shared by every test: the repo, ../shared when present, stores on SQLite and PostgreSQL."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CHROMIUM = Path("/usr/bin/chromium")  # Debian's, installed by scripts/browser.sh


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (seeds, gold, benchmarks); tests that need it skip when it is absent."""
    if not (SHARED / "corpus" / "seeds").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    """One headless Chromium for the session (Playwright's sync API allows one instance)."""
    if not CHROMIUM.exists():
        pytest.skip(f"Chromium: {CHROMIUM} is missing (make test installs it with root or sudo on Debian)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu",
                  "--disable-background-networking", "--disable-component-update",
                  "--no-first-run", "--disable-sync"],
        )
        yield chromium
        chromium.close()


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    from bilateral.store.session import database_url

    engine = create_engine(database_url(url))
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty store location: a SQLite file, then (when BILATERAL_TEST_PG_URL is set) PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    url = os.environ.get("BILATERAL_TEST_PG_URL")
    if not url:
        pytest.skip("PostgreSQL: BILATERAL_TEST_PG_URL is not set (make test starts a server "
                    "with root or sudo on Debian)")
    _reset_postgres(url)
    return url


@pytest.fixture
def store(db_url: str):  # type: ignore[no-untyped-def]
    from bilateral.store import open_store

    store = open_store(db_url)
    yield store
    store.engine.dispose()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Skipped tests counted by reason, so a run says at a glance what it could not test
    (a missing service, ../shared, an optional package) and why."""
    reasons = Counter(_skip_reason(report) for report in terminalreporter.stats.get("skipped", []))
    if reasons:
        terminalreporter.section("skipped, by reason")
        for reason, count in reasons.most_common():
            terminalreporter.line(f"{count:5d}  {reason}")


def _skip_reason(report: pytest.TestReport) -> str:
    longrepr = report.longrepr
    reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
    return reason.removeprefix("Skipped: ")
