"""Schemathesis over /openapi.json: generated requests to every API operation never get a 5xx.

The demo database is built when this module is collected (a few seconds), in a temporary folder."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from gwr.web import create_app
from tests.test_web_helpers import build_demo

_TMP = tempfile.TemporaryDirectory(prefix="gwr-web-schema-")
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(build_demo(Path(_TMP.name) / "demo.db")))


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_request_gets_a_server_error(case: Any) -> None:
    response = case.call()
    case.validate_response(response, checks=[not_a_server_error])
    assert response.status_code < 500, response.text[:300]
