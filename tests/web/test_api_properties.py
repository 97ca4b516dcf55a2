"""Property-based tests of the read-only REST API against its own OpenAPI schema, over real HTTP.

Schemathesis loads ``/openapi.json`` from the live server (loopback only) and generates requests for every
documented GET operation (the write endpoints, ingest and delete, are left out), both valid ("positive")
and invalid ("negative") ones. Each response is checked: no 5xx, the status code and content type are
documented, the JSON body matches the documented schema, and every error is our
``{"error": {"status", "message"}}`` shape. Examples per operation are bounded and generation is
derandomized, so the run is short and repeatable.

Why not ``@schemathesis.pytest.from_fixture(...).parametrize()``: with pytest 9 that loader fails at run
time (schemathesis 4.32 reads ``request.node._nodeid``, which pytest 9 no longer has), so each operation
gets a plain Hypothesis test over ``operation.as_strategy()`` instead.
"""

from __future__ import annotations

import os

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis import GenerationMode  # noqa: E402
from schemathesis.specs.openapi import checks as openapi_checks  # noqa: E402

MAX_EXAMPLES = int(os.environ.get("HOTSPOT_PROPERTY_EXAMPLES", "25"))
REQUEST_TIMEOUT = 10  # seconds, per request
READ_OPERATIONS = [
    "/api/v1/search",
    "/api/v1/articles/{article_id}",
    "/api/v1/voices",
    "/api/v1/voices/{name}",
    "/api/v1/countries/{code}",
    "/api/v1/events",
    "/api/v1/stats",
    "/api/v1/ingest/jobs/{job_id}",
    "/api/v1/narratives",
    "/api/v1/narratives/{narrative_id}",
]
WRITE_OPERATIONS = {("POST", "/api/v1/ingest"), ("POST", "/api/v1/ingest/jobs"), ("DELETE", "/api/v1/articles/{article_id}")}


@pytest.fixture(scope="module")
def api_schema(live_server):  # noqa: ANN001, ANN201
    assert live_server.url.startswith("http://127.0.0.1:"), "property tests only ever target the loopback server"
    return schemathesis.openapi.from_url(f"{live_server.url}/openapi.json", timeout=REQUEST_TIMEOUT)


def error_shape(ctx, response, case) -> bool | None:  # noqa: ANN001
    """Every error from the API is JSON ``{"error": {"status": <the status>, "message": <text>}}``."""
    if response.status_code < 400:
        return None
    content_type = response.headers.get("content-type", [""])[0]
    assert content_type.startswith("application/json"), f"error with content type {content_type!r}"
    body = response.json()
    assert isinstance(body, dict) and set(body) == {"error"}, body
    assert set(body["error"]) == {"status", "message"}, body
    assert body["error"]["status"] == response.status_code, body
    assert isinstance(body["error"]["message"], str) and body["error"]["message"], body
    return True


CHECKS = [
    schemathesis.checks.not_a_server_error,
    openapi_checks.status_code_conformance,
    openapi_checks.content_type_conformance,
    openapi_checks.response_schema_conformance,
    error_shape,
]


def test_the_read_operations_are_all_covered(api_schema) -> None:  # noqa: ANN001
    operations = {(op.method.upper(), op.path) for op in (r.ok() for r in api_schema.get_all_operations())}
    assert {path for method, path in operations if method == "GET"} == set(READ_OPERATIONS)
    assert {(m, p) for m, p in operations if m != "GET"} == WRITE_OPERATIONS


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=lambda m: m.value)
@pytest.mark.parametrize("path", READ_OPERATIONS)
def test_read_api_conforms_to_its_schema(api_schema, live_server, path: str,  # noqa: ANN001
                                         mode: GenerationMode) -> None:
    operation = api_schema[path]["GET"]
    if mode is GenerationMode.NEGATIVE and not list(operation.iter_parameters()):
        pytest.skip(f"GET {path} takes no parameters: there is no invalid request to generate")

    @settings(max_examples=MAX_EXAMPLES, derandomize=True, database=None, deadline=None, print_blob=False,
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy(generation_mode=mode))
    def check(case) -> None:  # noqa: ANN001
        assert case.method.upper() == "GET"
        case.call_and_validate(base_url=live_server.url, checks=CHECKS, timeout=REQUEST_TIMEOUT)

    check()
