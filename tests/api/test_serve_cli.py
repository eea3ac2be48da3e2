"""`bilateral serve` starts Uvicorn on loopback and answers; it stops on SIGTERM."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_serve_cli_answers_on_loopback(tmp_path):
    port = free_port()
    env = {**os.environ, "BILATERAL_DB": str(tmp_path / "serve.db")}
    proc = subprocess.Popen([sys.executable, "-m", "bilateral", "serve", "--port", str(port)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(150):
            try:
                response = httpx.get(url + "/api/documents", timeout=1)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read().decode()
                time.sleep(0.1)
        else:
            raise AssertionError("bilateral serve did not answer")
        assert response.json() == {"ok": True, "data": [], "total": 0, "limit": 50, "offset": 0}
        assert httpx.get(url + "/").status_code == 200
        # a loopback server answers only to loopback Host names
        forged = httpx.get(url + "/api/documents", headers={"Host": "evil.example"})
        assert forged.status_code == 400
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)
