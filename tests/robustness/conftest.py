"""Generated articles and command-line helpers for the fault and scale tests.

Articles are assembled from sentence templates written for these tests, with
countries, places, numbers and dates drawn from a seeded random generator, so
every article is different enough that deduplication keeps it.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# (country, adjective, capital, leader's title)
COUNTRIES = [
    ("Kazakhstan", "Kazakh", "Astana", "president"),
    ("Uzbekistan", "Uzbek", "Tashkent", "president"),
    ("Turkey", "Turkish", "Ankara", "president"),
    ("Iran", "Iranian", "Tehran", "president"),
    ("India", "Indian", "New Delhi", "prime minister"),
    ("Japan", "Japanese", "Tokyo", "prime minister"),
    ("Brazil", "Brazilian", "Brasilia", "president"),
    ("Egypt", "Egyptian", "Cairo", "president"),
    ("Nigeria", "Nigerian", "Abuja", "president"),
    ("Vietnam", "Vietnamese", "Hanoi", "prime minister"),
    ("Indonesia", "Indonesian", "Jakarta", "president"),
    ("Mexico", "Mexican", "Mexico City", "president"),
    ("Poland", "Polish", "Warsaw", "prime minister"),
    ("Kenya", "Kenyan", "Nairobi", "president"),
]
TOPICS = ["energy", "railways", "wheat exports", "fisheries", "cyber security", "tourism",
          "river water", "fertiliser", "pharmaceuticals", "port access", "student visas", "mining"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

SENTENCES = [
    "{a} and {b} signed an agreement on {topic} in {cap_a} on {weekday}.",
    "Trade between the two countries reached ${n}.{m} billion in {year}, up {p} percent from a year earlier.",
    "The {adj_b} foreign minister visited {cap_a} for two days of talks with his counterpart.",
    "\"We see {b} as a reliable partner in {topic},\" the {adj_a} {title_a} told reporters.",
    "{a} exported goods worth {n}{m}0 million dollars to {b} last year, mostly {topic}.",
    "Officials from both sides discussed {topic} and {topic2} at a meeting in {cap_b}.",
    "The {adj_a} navy held a joint exercise with {b} in {month} {year}.",
    "{b} accused {a} of delaying payments for {topic} worth {n} million dollars.",
    "Analysts expect the two leaders to meet again before the end of {year2}.",
    "The weather in {cap_b} was mild, and the markets near the river were busy.",
    "Local newspapers in {cap_a} gave the story of the {topic} talks only a few lines.",
    "{a} has imported {n}{m} thousand tonnes of {topic2} from {b} since {year}.",
    "The {adj_b} {title_b} is expected to travel to {cap_a} in {month2}.",
    "A delegation of {n}{m} business leaders from {b} toured factories outside {cap_a}.",
    "Both governments denied reports that the {topic} deal had collapsed.",
    "Students from {a} make up the largest foreign group at universities in {cap_b}.",
]


def article(rng: random.Random) -> dict[str, str]:
    """One generated article: a title, a publication date and its text."""
    (a, adj_a, cap_a, title_a), (b, adj_b, cap_b, title_b) = rng.sample(COUNTRIES, 2)
    topic, topic2 = rng.sample(TOPICS, 2)
    year = rng.randint(2005, 2023)
    values = {
        "a": a, "b": b, "adj_a": adj_a, "adj_b": adj_b, "cap_a": cap_a, "cap_b": cap_b,
        "title_a": title_a, "title_b": title_b, "topic": topic, "topic2": topic2, "year": year,
        "year2": year + 1, "month": rng.choice(MONTHS), "month2": rng.choice(MONTHS),
        "weekday": rng.choice(WEEKDAYS), "n": rng.randint(1, 9), "m": rng.randint(0, 9),
        "p": rng.randint(2, 40),
    }
    chosen = rng.sample(SENTENCES, rng.randint(7, 11))
    paragraphs, i = [], 0
    while i < len(chosen):
        size = rng.randint(1, 3)
        paragraphs.append(" ".join(s.format(**values) for s in chosen[i:i + size]))
        i += size
    return {
        "title": f"{a} and {b} look for common ground on {topic}",
        "published": f"{year}-{MONTHS.index(values['month']) + 1:02d}-{rng.randint(1, 28):02d}",
        "text": "\n\n".join(paragraphs),
    }


def articles(n: int, seed: int = 7) -> Iterator[dict[str, str]]:
    rng = random.Random(seed)
    return (article(rng) for _ in range(n))


def write_text_folder(folder: Path, n: int, seed: int = 7) -> Path:
    """``n`` articles as .txt files (title, date line, paragraphs), like scraped text."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, art in enumerate(articles(n, seed)):
        body = f"{art['title']}\n\nPublished {art['published']}\n\n{art['text']}\n"
        (folder / f"article_{i:05d}.txt").write_text(body, encoding="utf-8")
    return folder


def write_jsonl(path: Path, n: int, seed: int = 7) -> Path:
    """``n`` articles as one JSON Lines file (streamed: memory does not grow with n)."""
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(json.dumps({"url": f"https://news.example.org/{i}", **art}) + "\n" for i, art in enumerate(articles(n, seed)))
    return path


class BilateralCLI:
    """Runs ``python -m bilateral --db DB ...`` with this test run's Python."""

    def command(self, db: str, *args: str) -> list[str]:
        return [sys.executable, "-m", "bilateral", "--db", db, *args]

    def run(self, db: str, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
        result = subprocess.run(self.command(db, *args), capture_output=True, text=True,
                                timeout=timeout, env=self.env(), check=False)
        assert result.returncode == 0, result.stderr[-2000:]
        return result

    def start(self, db: str, *args: str, **popen: object) -> subprocess.Popen:
        """Start in its own process group, so a kill reaches its worker processes too."""
        return subprocess.Popen(self.command(db, *args), env=self.env(), start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **popen)

    @staticmethod
    def env() -> dict[str, str]:
        env = dict(os.environ)
        env.pop("BILATERAL_DB", None)
        return env


class GeneratedCorpus:
    """Writes generated articles as a folder of text files or one JSON Lines file."""

    text_folder = staticmethod(write_text_folder)
    jsonl = staticmethod(write_jsonl)


@pytest.fixture(scope="session")
def bilateral_cli() -> BilateralCLI:
    return BilateralCLI()


@pytest.fixture(scope="session")
def corpus() -> GeneratedCorpus:
    return GeneratedCorpus()
