"""An analyst's options (``--type CONSULT --source PAK --date 2019-03``) turned into records.

Every value is checked here, once, for the CLI, the REST API and the dashboard alike; a bad
one is a ``UserError`` that names it and what would do.
"""

from __future__ import annotations

import getpass
import os
import re
from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from typing import Any

from bilateral.errors import UserError
from bilateral.types import FIGURE_VARIABLES, STATUSES, Sentence

EVENT_FIELDS = ("type", "mode", "source", "target", "participants", "date", "status", "location")
FIGURE_FIELDS = ("variable", "value", "unit", "countries", "direction", "period")
# "none" clears an optional field (``--date none``).
CLEAR = "none"


def author_name(author: str | None = None) -> str:
    """``--author``, else ``BILATERAL_AUTHOR``, else the login name."""
    if author and author.strip():
        return author.strip()
    if os.environ.get("BILATERAL_AUTHOR", "").strip():
        return os.environ["BILATERAL_AUTHOR"].strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without a passwd entry)
        return "unknown"


@lru_cache(maxsize=1)
def plover_types() -> dict[str, list[tuple[str, str | None, float]]]:
    """Each PLOVER type's CAMEO codes, lowest first: (code, mode, Goldstein)."""
    from bilateral.events.plover import cameo_table

    types: dict[str, list[tuple[str, str | None, float]]] = {}
    for code, coding in sorted(cameo_table().items()):
        types.setdefault(coding.type, []).append((code, coding.mode, coding.goldstein))
    return types


def check_type(text: str) -> str:
    type_ = text.strip().upper()
    if type_ not in plover_types():
        raise UserError(f"unknown event type {text!r}; use a PLOVER type: {', '.join(sorted(plover_types()))}")
    return type_


def actor(code: str) -> dict[str, Any]:
    """The actor object of a country or organisation code (``PAK``, ``SCO``)."""
    from bilateral.actors.load import load_kb

    code = code.strip().upper()
    found = load_kb().part(code, None) if re.fullmatch(r"[A-Z0-9]{2,8}", code) else None
    if found is None:
        raise UserError(f"unknown country or organisation code {code!r}; use ISO 3166 alpha-3 "
                        "such as PAK, or an organisation's code such as SCO (`bilateral actors`)")
    return found.to_dict()


def check_date(text: str) -> str | None:
    text = text.strip()
    if text.lower() == CLEAR:
        return None
    parts = text.split("-")
    try:
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
            raise ValueError
        date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        raise UserError(f"{text!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD (or none)") from None
    return text


def check_status(text: str) -> str:
    status = text.strip().lower()
    if status not in STATUSES:
        raise UserError(f"unknown status {text!r}; use one of {', '.join(STATUSES)}")
    return status


def codes(text: str) -> list[str]:
    """``PAK,RUS`` (or spaces) as checked codes."""
    found = [c for c in re.split(r"[\s,]+", text.strip()) if c]
    return [actor(c)["country"] or c.upper() for c in found]


def _coding(type_: str, mode: str | None) -> tuple[str, str | None, float]:
    """The CAMEO code (and its mode and Goldstein value) that stands for a type and mode."""
    options = plover_types()[type_]
    return next((o for o in options if mode and o[1] == mode), options[0])


def edit_event(before: dict[str, Any], changes: Mapping[str, str | None]) -> dict[str, Any]:
    """``before`` with the analyst's ``changes`` (field -> option text; None: unchanged)."""
    unknown = [k for k, v in changes.items() if v is not None and k not in EVENT_FIELDS]
    if unknown:
        raise UserError(f"an event has no {', '.join(unknown)}; it has {', '.join(EVENT_FIELDS)}")
    after = dict(before)
    given = {k: v for k, v in changes.items() if v is not None}
    type_ = check_type(given["type"]) if "type" in given else before["type"]
    mode = given["mode"] if "mode" in given else before.get("mode") if type_ == before["type"] else None
    mode = None if mode and mode.lower() == CLEAR else mode
    if (type_, mode) != (before["type"], before.get("mode")):  # recoded: CAMEO and Goldstein follow
        code, table_mode, goldstein = _coding(type_, mode)
        after.update(type=type_, mode=mode or table_mode, cameo=code, goldstein=goldstein)
    for side in ("source", "target"):
        if side in given:
            after[side] = None if given[side].lower() == CLEAR else actor(given[side])
    if "participants" in given:
        after["participants"] = [actor(c) for c in codes(given["participants"])]
    if "date" in given:
        after["date"] = check_date(given["date"])
        after["date_text"] = None
    if "status" in given:
        after["status"] = check_status(given["status"])
    if "location" in given:
        name = given["location"].strip()
        after["location"] = None if name.lower() in ("", CLEAR) else {
            "name": name, "country": None, "lat": None, "lon": None}
    return after


def edit_figure(before: dict[str, Any], changes: Mapping[str, str | None]) -> dict[str, Any]:
    """``before`` with the analyst's ``changes`` (see ``edit_event``)."""
    unknown = [k for k, v in changes.items() if v is not None and k not in FIGURE_FIELDS]
    if unknown:
        raise UserError(f"a figure has no {', '.join(unknown)}; it has {', '.join(FIGURE_FIELDS)}")
    given = {k: v for k, v in changes.items() if v is not None}
    after = dict(before)
    if "variable" in given:
        if given["variable"] not in FIGURE_VARIABLES:
            raise UserError(f"unknown variable {given['variable']!r}; use one of {', '.join(FIGURE_VARIABLES)}")
        after["variable"] = given["variable"]
    if "value" in given:
        try:
            after["value"] = float(given["value"].replace(",", ""))
        except ValueError:
            raise UserError(f"{given['value']!r} is not a number; give the value in base units "
                            "(478030000, not 478.03 million)") from None
    if "unit" in given:
        after["unit"] = given["unit"].strip() or before["unit"]
    if "countries" in given:
        after["countries"] = codes(given["countries"])
    if "direction" in given:
        after["direction"] = _direction(given["direction"])
    if "period" in given:
        period = given["period"].strip()
        after["period"] = None if period.lower() in ("", CLEAR) else period
    return after


def _direction(text: str) -> str | None:
    if text.strip().lower() in ("", CLEAR):
        return None
    parts = text.replace(" ", "").upper().split("->")
    if len(parts) != 2:
        raise UserError(f"{text!r} is not a direction; use EXPORTER->IMPORTER such as PAK->RUS")
    return "->".join(codes(",".join(parts)))


def find_sentence(text: str, needle: str, doc_id: str) -> Sentence:
    """The one sentence of ``text`` that holds ``needle`` (spacing aside)."""
    from bilateral.nlp.pipeline import split_sentences

    wanted = " ".join(needle.split())
    if not wanted:
        raise UserError("--sentence is empty; give words of the sentence the record is read from")
    found = [s for s in split_sentences(text) if wanted in " ".join(s.text.split())]
    if not found:
        raise UserError(f"{needle!r} is in no sentence of document {doc_id}; copy words from "
                        f"one sentence (`bilateral docs show {doc_id}`)")
    if len(found) > 1:
        raise UserError(f"{needle!r} is in {len(found)} sentences of document {doc_id}; give "
                        "more words, so that one sentence holds them")
    return found[0]


def new_event(doc_id: str, sentence: Sentence, fields: Mapping[str, str | None]) -> dict[str, Any]:
    """An event the extractor missed, read from ``sentence``."""
    for required in ("type", "source", "target"):
        if not fields.get(required):
            raise UserError(f"an added event needs --{required}")
    base: dict[str, Any] = {"kind": "event", "doc_id": doc_id, "type": "", "mode": None, "source": None,
            "target": None, "participants": [], "date": None, "date_text": None, "location": None, "status": "occurred", "confidence": 1.0,
            "trigger": None, "sentence": sentence.text, "start": sentence.start,
            "end": sentence.end, "evidence": []}
    return edit_event(base, fields)


def new_figure(doc_id: str, sentence: Sentence, fields: Mapping[str, str | None]) -> dict[str, Any]:
    """A figure the extractor missed, read from ``sentence``."""
    for required in ("variable", "value", "unit"):
        if not fields.get(required):
            raise UserError(f"an added figure needs --{required}")
    base: dict[str, Any] = {"kind": "figure", "doc_id": doc_id, "variable": "other", "value": 0.0, "unit": "",
            "text": "", "countries": [], "direction": None, "period": None, "approx": None,
            "target": False, "sentence": sentence.text, "start": sentence.start, "end": sentence.end}
    return edit_figure(base, fields)


def form_values(kind: str, record: dict[str, Any]) -> dict[str, str]:
    """A record's editable fields as the text an edit form shows (and ``changed`` reads)."""
    if kind == "event":
        return {
            "type": record.get("type") or "", "mode": record.get("mode") or "",
            "source": (record.get("source") or {}).get("country") or "",
            "target": (record.get("target") or {}).get("country") or "",
            "participants": ",".join(p.get("country") or "" for p in record.get("participants") or []),
            "date": record.get("date") or "", "status": record.get("status") or "",
            "location": (record.get("location") or {}).get("name") or "",
        }
    value = record.get("value")
    return {
        "variable": record.get("variable") or "",
        "value": "" if value is None else f"{value:.15g}", "unit": record.get("unit") or "",
        "countries": ",".join(record.get("countries") or []),
        "direction": record.get("direction") or "", "period": record.get("period") or "",
    }


def changed(kind: str, record: dict[str, Any], submitted: dict[str, str]) -> dict[str, str | None]:
    """The fields a submitted form changes (an emptied field clears it), as edit options."""
    shown = form_values(kind, record)
    edits: dict[str, str | None] = {}
    for name, old in shown.items():
        new = " ".join(str(submitted.get(name, old)).split())
        if new != old:
            edits[name] = new or CLEAR
    return edits
