"""`dyads serve` as a user starts it: a real process on loopback, read-only unless DYADS_TOKEN
is set."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

DYADS = Path(sys.executable).with_name("dyads")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def started(db: Path, token: str | None, *options: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "DYADS_TOKEN"}
    if token:
        env["DYADS_TOKEN"] = token
    server = subprocess.Popen([str(DYADS), "--db", str(db), "serve", "--port", str(port), *options],
                              env=env, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and server.poll() is None:
        try:
            httpx.get(base + "/api/info", timeout=2)
            return server, base
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    pytest.fail(f"dyads serve did not start: {server.communicate()[1]}")


def stopped(server: subprocess.Popen) -> str:
    server.terminate()
    try:
        return server.communicate(timeout=20)[1]
    except subprocess.TimeoutExpired:
        server.kill()
        return server.communicate()[1]


@pytest.mark.parametrize("token", [None, "t0ken"])
def test_serve_listens_on_loopback_and_is_read_only_without_a_token(tmp_path, token):
    server, base = started(tmp_path / "dyads.db", token)
    try:
        info = httpx.get(base + "/api/info").json()
        assert info["read_only"] is (token is None) and info["articles"] == 0
        assert httpx.get(base + "/").status_code == 200
        ingest = httpx.post(base + "/api/ingest", data={"urls": "http://127.0.0.1:9/x"},
                            headers={"Authorization": f"Bearer {token or 'x'}"})
        # with the token, a loopback URL is refused: the server fetches public addresses only
        assert ingest.status_code == (403 if token is None else 422), ingest.text
        if token:
            assert "http://127.0.0.1:9/x: refused: 127.0.0.1 is a loopback address" in ingest.text
    finally:
        log = stopped(server)
    assert f"on {base}/" in log
    assert ("read-only" in log) is (token is None)


def test_serve_with_allow_private_urls_fetches_loopback(tmp_path):
    server, base = started(tmp_path / "dyads.db", "t0ken", "--allow-private-urls")
    try:
        assert httpx.get(base + "/api/info").json()["private_urls"] is True
        ingest = httpx.post(base + "/api/ingest", data={"urls": "http://127.0.0.1:9/x"},
                            headers={"Authorization": "Bearer t0ken"})
        assert ingest.status_code == 202, ingest.text
    finally:
        log = stopped(server)
    assert "URLs may reach private addresses" in log
