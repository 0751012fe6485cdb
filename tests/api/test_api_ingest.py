"""POST /api/ingest: only with the bearer token, read-only without one, size-limited, and a
background job whose progress GET /api/jobs/{id} reports. URLs of loopback, private and
metadata addresses are refused unless the app allows them (the loopback test site needs
`allow_private_urls=True`)."""

from __future__ import annotations

import time

import pytest
from api_seeded import SEEDS
from fastapi.testclient import TestClient
from web_server import Answer, LoopbackSite, page

import dyads
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
    """A server that may fetch the loopback test site, as `dyads serve --allow-private-urls`."""
    with TestClient(create_app(tmp_path / "dyads.db", token=TOKEN, max_upload_bytes=200_000,
                               allow_private_urls=True)) as client:
        yield client


@pytest.fixture
def guarded(tmp_path):
    """A server as `dyads serve` starts by default: public addresses only."""
    with TestClient(create_app(tmp_path / "dyads.db", token=TOKEN)) as client:
        yield client


@pytest.fixture
def site():
    site = LoopbackSite()
    site.route("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
    yield site
    site.close()


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


def test_a_loopback_url_is_refused_without_the_option(guarded, site):
    url = site.route("/news/1.html", page("Lavrov répond aux États-Unis", paragraphs=6))
    response = guarded.post("/api/ingest", data={"urls": [url]}, headers=AUTH)
    assert response.status_code == 422, response.text
    detail = response.json()["detail"]
    assert url in detail and "127.0.0.1 is a loopback address" in detail
    assert "--allow-private-urls" in detail
    assert guarded.get("/api/jobs").json() == [] and site.hits == []
    assert guarded.get("/api/info").json()["private_urls"] is False


def test_refused_urls_are_failures_while_the_rest_of_the_batch_is_stored(guarded, site, tmp_path):
    loopback = site.route("/news/1.html", page("Lavrov répond aux États-Unis", paragraphs=6))
    by_name = loopback.replace("127.0.0.1", "localhost")
    metadata = "http://169.254.169.254/latest/meta-data/iam/security-credentials/"
    response = guarded.post("/api/ingest", files=seed_files(), headers=AUTH,
                            data={"urls": [loopback, by_name, metadata], "code": "false"})
    assert response.status_code == 202, response.text
    job = wait_for(guarded, response.json()["id"])
    assert job["status"] == "done" and job["stored"] == 2 and job["failed"] == 3, job
    failures = "\n".join(job["failures"])
    assert f"{loopback}: refused: 127.0.0.1 is a loopback address" in failures
    assert f"{by_name}: refused: localhost resolves to " in failures
    assert f"{metadata}: refused: 169.254.169.254 is a cloud metadata address" in failures
    assert site.hits == []  # not even robots.txt was asked
    with dyads.open(tmp_path / "dyads.db") as archive:  # the archive's failures table
        assert {loopback, by_name, metadata} <= {f.origin for f in archive.failures()}


def test_a_redirect_to_a_private_address_is_refused(tmp_path, site, monkeypatch):
    """A public page redirecting to the metadata service: the hop is checked too. The test
    site stands in for the public host (only 127.0.0.1 is treated as public here)."""
    from dyads.sources import addresses

    real = addresses.why_not_public
    monkeypatch.setattr(addresses, "why_not_public",
                        lambda ip: None if str(ip) == "127.0.0.1" else real(ip))
    hop = "http://169.254.169.254/latest/meta-data/"
    url = site.route("/moved", Answer(status=302, headers={"Location": hop}))
    with TestClient(create_app(tmp_path / "dyads.db", token=TOKEN)) as client:
        response = client.post("/api/ingest", data={"urls": [url]}, headers=AUTH)
        assert response.status_code == 202, response.text
        job = wait_for(client, response.json()["id"])
    assert job["failed"] == 1 and job["stored"] == 0, job
    assert job["failures"] == [(f"{url}: redirected to {hop}: refused: 169.254.169.254 is a "
                                "cloud metadata address; this server fetches public addresses "
                                "only (see --allow-private-urls)")]
