"""Property-based tests against the API's own OpenAPI schema (schemathesis): for generated
valid and invalid parameters, no server error, status codes and bodies as documented."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from api_seeded import seed_archive
from dyads.api import create_app

# schemathesis reads the schema when the module is collected; the app touches its store
# only on requests, so the store is filled by the fixture below before any test runs.
FOLDER = Path(tempfile.mkdtemp(prefix="dyads-schema-"))
APP = create_app(FOLDER / "dyads.db")  # read-only: generated ingests must get 403, not run
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module", autouse=True)
def seeded_store():
    seed_archive(FOLDER / "dyads.db")
    yield
    APP.state.archives.close()
    shutil.rmtree(FOLDER, ignore_errors=True)


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_follows_its_schema(case):
    case.call_and_validate()
