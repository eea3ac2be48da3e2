"""/api/ingest: upload files or give URLs/feeds; the ingest runs in the background, polled."""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, HTTPException, Request, UploadFile

from bilateral.api.envelope import ERROR_RESPONSES, Envelope, ErrorBody, ok
from bilateral.api.security import require_writer

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)

ALLOWED_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".warc", ".gz")
MAX_FILES = 50
MAX_URLS = 50
CHUNK = 1 << 16

WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text}
    for code, text in ((401, "Token missing"), (403, "Token wrong or client header missing"),
                       (413, "Upload too big"), (415, "File type not accepted"))
}


def safe_name(index: int, filename: str | None) -> str:
    """A file name that cannot leave the upload folder, keeping the suffix the reader needs."""
    base = Path((filename or "upload.txt").replace("\\", "/")).name
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", base).lstrip(".") or "upload.txt"
    return f"{index:03d}_{base[-120:]}"


def check_suffix(filename: str | None) -> None:
    name = (filename or "").lower()
    if not name.endswith(ALLOWED_SUFFIXES):
        raise HTTPException(415, f"{filename!r}: accepted types are "
                                 f"{' '.join(ALLOWED_SUFFIXES)}")


def save_upload(upload: UploadFile, target: Path, cap: int) -> None:
    """Copy an upload to ``target`` in chunks, refusing (413) past ``cap`` bytes."""
    size = 0
    with open(target, "wb") as out:
        while chunk := upload.file.read(CHUNK):
            size += len(chunk)
            if size > cap:
                raise HTTPException(413, f"{upload.filename!r} is larger than "
                                         f"{cap // (1 << 20)} MB")
            out.write(chunk)


def parse_urls(text: str | None) -> list[str]:
    """One http(s) URL (article or feed) per line; blank lines ignored; 422 on anything else."""
    urls = [line.strip() for line in (text or "").splitlines() if line.strip()]
    bad = [u for u in urls if not re.match(r"^https?://[^\s/]+", u, re.IGNORECASE)]
    if bad:
        raise HTTPException(422, f"urls: not an http(s) URL: {bad[0][:80]!r}")
    if len(urls) > MAX_URLS:
        raise HTTPException(422, f"urls: at most {MAX_URLS} at a time")
    return urls


def check_request_size(request: Request) -> None:
    """Refuse early (413), before the body is read, when its declared size is over the cap."""
    cap = request.app.state.settings.max_request_bytes
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > cap:
        raise HTTPException(413, "request body too large")


@router.post("/ingest", response_model=Envelope[dict[str, Any]], status_code=202,
             dependencies=[Depends(require_writer), Depends(check_request_size)],
             responses=WRITE_ERRORS, summary="Start an ingest of uploaded files and/or URLs")
def start_ingest(
    request: Request,
    files: Annotated[list[UploadFile] | None,
                     File(description="Articles: " + " ".join(ALLOWED_SUFFIXES))] = None,
    urls: Annotated[str | None, Form(max_length=20_000,
                                     description="Article or feed URLs, one per line")] = None,
) -> dict[str, Any]:
    uploads = [f for f in files or [] if f.filename]
    links = parse_urls(urls)
    if not uploads and not links:
        raise HTTPException(422, "give at least one file or URL")
    if len(uploads) > MAX_FILES:
        raise HTTPException(422, f"files: at most {MAX_FILES} at a time")
    for upload in uploads:
        check_suffix(upload.filename)
    folder = Path(tempfile.mkdtemp(prefix="bilateral-upload-")) if uploads else None
    specs: list[str] = []
    try:
        for i, upload in enumerate(uploads):
            if folder is not None:  # made above whenever there are uploads
                target = folder / safe_name(i, upload.filename)
                save_upload(upload, target, request.app.state.settings.max_upload_bytes)
                specs.append(str(target))
    except BaseException:
        if folder:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    labels = [u.filename or "upload" for u in uploads] + links
    job = request.app.state.jobs.submit(specs + links, labels=labels,
                                        expected=len(uploads) if not links else None,
                                        folder=folder)
    return ok(job.to_dict())


@router.get("/ingest/{job_id}", response_model=Envelope[dict[str, Any]],
            summary="Progress and summary of an ingest job")
def ingest_status(job_id: str, request: Request) -> dict[str, Any]:
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise HTTPException(404, f"no ingest job {job_id!r}")
    return ok(job.to_dict())
