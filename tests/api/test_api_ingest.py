"""POST /api/ingest: only with the bearer token, read-only without one, size-limited, and a
background job whose progress GET /api/jobs/{id} reports."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient
from web_server import LoopbackSite, page

from api_seeded import SEEDS
from dyads.api import create_app

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def seed_files():
    return [("files", (p.name, p.read_bytes(), "text/plain")) for p in sorted(SEEDS.glob("*.txt"))]


def wait_for(client: TestClient, job_id: str, seconds: float = 120) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["done"]:
            return job
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} still running after {seconds} s")


@pytest.fixture
def writable(tmp_path):
    with TestClient(create_app(tmp_path / "dyads.db", token=TOKEN, max_upload_bytes=200_000)) as client:
        yield client


def test_read_only_without_a_token(tmp_path):
    with TestClient(create_app(tmp_path / "dyads.db")) as client:
        response = client.post("/api/ingest", files=seed_files(), headers=AUTH)
        assert response.status_code == 403
        assert "read-only" in response.json()["detail"] and "DYADS_TOKEN" in response.json()["detail"]
        assert client.get("/api/articles").json()["total"] == 0


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"},
                                     {"Authorization": f"Basic {TOKEN}"}])
def test_a_missing_or_wrong_token_is_refused(writable, headers):
    response = writable.post("/api/ingest", data={"urls": ["http://127.0.0.1:9/x"]}, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert "Bearer" in response.json()["detail"]
    assert writable.get("/api/jobs").json() == []


def test_uploaded_files_are_ingested_in_the_background(writable):
    response = writable.post("/api/ingest", files=seed_files(), data={"code": "false"}, headers=AUTH)
    assert response.status_code == 202, response.text
    job = response.json()
    assert response.headers["location"] == f"/api/jobs/{job['id']}"
    assert job["sources"] == [p.name for p in sorted(SEEDS.glob("*.txt"))]
    done = wait_for(writable, job["id"])
    assert done["status"] == "done" and done["error"] is None and done["finished"]
    assert done["read"] == 2 and done["stored"] == 2 and done["failed"] == 0
    assert writable.get("/api/articles").json()["total"] == 2
    assert writable.get("/api/search", params={"q": "Lavrov"}).json()["items"]
    # the same files again: nothing new, and the job says so
    again = wait_for(writable, writable.post("/api/ingest", files=seed_files(), data={"code": "false"},
                                             headers=AUTH).json()["id"])
    assert again["duplicates"] == 2 and again["stored"] == 0
    assert [j["id"] for j in writable.get("/api/jobs").json()] == [job["id"], again["id"]]


def test_unreadable_uploads_are_failures_in_the_job(writable):
    bad = [("files", ("picture.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png")),
           ("files", ("empty.html", b"", "text/html"))]
    job = wait_for(writable, writable.post("/api/ingest", files=bad, headers=AUTH).json()["id"])
    assert job["status"] == "done" and job["stored"] == 0
    assert job["failed"] == len(job["failures"]) == 2
    assert any("picture.png" in f for f in job["failures"])


def test_urls_are_fetched(writable):
    site = LoopbackSite()
    try:
        site.route("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
        url = site.route("/news/1.html", page("Lavrov répond aux États-Unis", paragraphs=6))
        response = writable.post("/api/ingest", data={"urls": [url], "code": "false"}, headers=AUTH)
        job = wait_for(writable, response.json()["id"])
    finally:
        site.close()
    assert job["sources"] == [url] and job["read"] == 1, job
    assert job["stored"] == 1, job["failures"]
    assert writable.get("/api/articles").json()["items"][0]["url"] == url


def test_too_large_an_upload_is_413(writable):
    big = [("files", ("big.txt", b"x" * 300_000, "text/plain"))]
    response = writable.post("/api/ingest", files=big, headers=AUTH)
    assert response.status_code == 413
    assert "200000 bytes" in response.json()["detail"]
    assert writable.get("/api/jobs").json() == []


@pytest.mark.parametrize("data, words", [({}, "nothing to ingest"),
                                         ({"urls": ["file:///etc/passwd"]}, "not an http(s) URL"),
                                         ({"urls": ["ftp://example.org/x"]}, "not an http(s) URL")])
def test_bad_ingest_requests_are_422(writable, data, words):
    response = writable.post("/api/ingest", data=data, headers=AUTH)
    assert response.status_code == 422 and words in response.json()["detail"]


def test_unknown_job_is_404(writable):
    response = writable.get("/api/jobs/0123")
    assert response.status_code == 404 and "0123" in response.json()["detail"]
