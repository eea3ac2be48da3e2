"""Fetching http(s) URLs safely: timeouts, a size cap, a content-type check, no private hosts."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from bilateral.errors import SourceError
from bilateral.sources.kinds import FEED, kind_of_content_type, looks_like_feed

MAX_REDIRECTS = 5
USER_AGENT = "bilateral/0.1 (+https://github.com/bilateral)"
Resolver = Callable[[str, int], list[str]]


@dataclass(frozen=True)
class Fetched:
    url: str
    content: bytes
    kind: str  # "html", "text" or "feed"


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the host name resolves to."""
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise SourceError(f"cannot resolve host {host!r}: {exc.strerror}") from exc
    return [str(info[4][0]) for info in infos]


def is_public_address(address: str) -> bool:
    """False for private, loopback, link-local, multicast, reserved and unspecified addresses."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_public_host(url: str, resolver: Resolver = system_resolver) -> None:
    """Raise SourceError unless every address the URL's host resolves to is public.

    Checking after resolution (not the name) stops ``localtest.me``-style names
    that point at 127.0.0.1 or an internal network.
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    if not host:
        raise SourceError(f"URL has no host: {url}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    for address in resolver(host, port):
        if not is_public_address(address):
            raise SourceError(
                f"refused: {host} resolves to non-public address {address} "
                "(use --allow-private to fetch it)"
            )


class Fetcher:
    """GETs URLs with the limits bilateral promises; one instance per ingest run."""

    def __init__(
        self,
        *,
        client: httpx.Client | None = None,
        allow_private: bool = False,
        timeout: float = 20.0,
        max_bytes: int = 20_000_000,
        resolver: Resolver = system_resolver,
    ) -> None:
        self.client = client or httpx.Client(timeout=timeout, headers={"User-Agent": USER_AGENT})
        self.allow_private = allow_private
        self.max_bytes = max_bytes
        self.resolver = resolver

    def fetch(self, url: str) -> Fetched:
        """The body of ``url`` after redirects, each hop checked; raises SourceError."""
        for _ in range(MAX_REDIRECTS + 1):
            if not self.allow_private:
                check_public_host(url, self.resolver)
            try:
                with self.client.stream("GET", url, follow_redirects=False) as response:
                    if response.is_redirect:
                        url = urljoin(url, response.headers.get("location", ""))
                        continue
                    return self._read(url, response)
            except httpx.HTTPError as exc:
                raise SourceError(f"cannot fetch: {type(exc).__name__}: {exc}") from exc
        raise SourceError(f"more than {MAX_REDIRECTS} redirects")

    def _read(self, url: str, response: httpx.Response) -> Fetched:
        if response.status_code != 200:
            raise SourceError(f"HTTP {response.status_code}")
        content_type = response.headers.get("content-type", "")
        kind = kind_of_content_type(content_type) if content_type else "html"
        if kind is None:
            raise SourceError(f"unsupported content type {content_type.split(';')[0]!r}")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise SourceError(f"body of {int(declared):,} bytes is over the {self.max_bytes:,} cap")
        content = self._read_capped(response)
        if kind != FEED and looks_like_feed(content):
            kind = FEED
        return Fetched(url, content, kind)

    def _read_capped(self, response: httpx.Response) -> bytes:
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise SourceError(f"body is over the {self.max_bytes:,} byte cap")
            chunks.append(chunk)
        return b"".join(chunks)

    def close(self) -> None:
        self.client.close()
