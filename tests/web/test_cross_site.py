"""Cross-site writes and DNS rebinding, over real HTTP against a server started with ``--allow-writes``.

The store is made by hand (no model): every write here is refused before any analysis, or is a delete.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from tests.web.conftest import LiveServer

ARTICLE = f"{7:016x}"
TEXT = "Officials in Atyrau said on Monday that the strike at the oil field had ended."


def _store(db: str, *ids: str) -> None:
    from hotspot.records import Article
    from hotspot.store import Store

    store = Store(db)
    for n, article_id in enumerate(ids, start=1):
        store.save(Article(id=article_id, source=f"/{n}.html", text=TEXT, title="Strike ends", site_name="Daily",
                           content_hash=f"{n:064x}", text_hash=f"t{n:063x}"))
    store.close()


@pytest.fixture
def open_server(tmp_path) -> Iterator[LiveServer]:
    """A server with writes open to anyone (``--allow-writes``), one article stored, one extra host name allowed."""
    from hotspot.web import create_app

    db = f"sqlite:///{tmp_path / 'h.db'}"
    _store(db, ARTICLE)
    with LiveServer(create_app(db, allow_writes=True, allowed_hosts=["news.example"])) as server:
        yield server


def _stored(server: LiveServer) -> bool:
    return httpx.get(f"{server.url}/api/v1/articles/{ARTICLE}", timeout=30).status_code == 200


WRITES = [
    ("POST", "/ingest", {"data": {"text": TEXT, "kind": "clean_text"}}),
    ("POST", "/api/v1/ingest", {"data": {"text": TEXT, "kind": "clean_text"}}),
    ("POST", "/api/v1/ingest/jobs", {"data": {"text": TEXT, "kind": "clean_text"}}),
    ("POST", f"/articles/{ARTICLE}/delete", {"data": {}}),
    ("DELETE", f"/api/v1/articles/{ARTICLE}", {}),
]


def test_the_writes_tested_here_are_every_write_the_app_has() -> None:
    """A new write route must join WRITES, so the test below proves the guard refuses it from another site too."""
    from fastapi.routing import APIRoute

    from hotspot.web.routes import ROUTERS

    routes = {(method, route.path.replace("{article_id}", ARTICLE)) for router in ROUTERS for route in router.routes
              if isinstance(route, APIRoute) for method in route.methods - {"GET", "HEAD", "OPTIONS"}}
    assert routes == {(method, path) for method, path, _ in WRITES}


@pytest.mark.parametrize(("method", "path", "body"), WRITES, ids=[f"{m} {p}" for m, p, _ in WRITES])
def test_every_write_from_another_site_is_refused(open_server, method: str, path: str, body: dict) -> None:
    response = httpx.request(method, open_server.url + path, headers={"Origin": "https://evil.example"}, timeout=30,
                             **body)
    assert response.status_code == 403 and "[H082]" in response.text
    assert _stored(open_server)


def test_a_write_from_origin_null_is_refused(open_server) -> None:
    response = httpx.delete(f"{open_server.url}/api/v1/articles/{ARTICLE}", headers={"Origin": "null"}, timeout=30)
    assert response.status_code == 403 and "[H082]" in response.json()["error"]["message"]
    assert _stored(open_server)


def test_a_write_from_another_port_of_the_same_host_is_refused(open_server) -> None:
    origin = f"http://127.0.0.1:{open_server.port + 1}"
    response = httpx.delete(f"{open_server.url}/api/v1/articles/{ARTICLE}", headers={"Origin": origin}, timeout=30)
    assert response.status_code == 403 and origin in response.json()["error"]["message"]


def test_a_write_with_a_foreign_referer_and_no_origin_is_refused(open_server) -> None:
    response = httpx.post(f"{open_server.url}/articles/{ARTICLE}/delete",
                          headers={"Referer": "https://evil.example/page.html"}, timeout=30)
    assert response.status_code == 403 and "[H082]" in response.text
    assert _stored(open_server)


def test_a_write_from_the_servers_own_page_is_done(open_server) -> None:
    response = httpx.post(f"{open_server.url}/articles/{ARTICLE}/delete", headers={"Origin": open_server.url},
                          timeout=30)
    assert response.status_code == 303 and not _stored(open_server)


def test_a_write_naming_the_servers_own_page_as_referer_is_done(open_server) -> None:
    response = httpx.delete(f"{open_server.url}/api/v1/articles/{ARTICLE}",
                            headers={"Referer": f"{open_server.url}/articles/{ARTICLE}"}, timeout=30)
    assert response.json() == {"deleted": ARTICLE}


def test_a_write_naming_no_page_goes_on_to_the_write_rule(open_server) -> None:
    response = httpx.delete(f"{open_server.url}/api/v1/articles/{ARTICLE}", timeout=30)
    assert response.json() == {"deleted": ARTICLE}


def test_a_write_naming_no_page_still_needs_the_token(tmp_path) -> None:
    from hotspot.web import create_app

    db = f"sqlite:///{tmp_path / 'h.db'}"
    _store(db, ARTICLE)
    with LiveServer(create_app(db, token="secret-token")) as server:
        response = httpx.delete(f"{server.url}/api/v1/articles/{ARTICLE}", timeout=30)
    assert response.status_code == 401


def test_a_foreign_host_is_refused_on_reads(open_server) -> None:
    response = httpx.get(f"{open_server.url}/api/v1/articles/{ARTICLE}", headers={"Host": "rebound.evil.example"},
                         timeout=30)
    assert response.status_code == 400
    assert response.json() == {"error": {"status": 400, "message": "[H083] host 'rebound.evil.example' is not served "
                                                                  "here: add it to the allowed_hosts setting"}}


def test_a_foreign_host_is_refused_on_pages(open_server) -> None:
    response = httpx.get(f"{open_server.url}/search", headers={"Host": f"evil.example:{open_server.port}"}, timeout=30)
    assert response.status_code == 400 and "[H083]" in response.text and "Strike ends" not in response.text
    assert response.headers["content-security-policy"].startswith("default-src 'self'")


def test_a_request_without_a_host_is_refused(open_server) -> None:
    import socket

    with socket.create_connection(("127.0.0.1", open_server.port), timeout=30) as sock:
        sock.sendall(b"GET /api/v1/stats HTTP/1.0\r\n\r\n")
        head = sock.recv(200)
    assert head.startswith(b"HTTP/1.1 400")


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "[::1]", "news.example", "NEWS.example"])
def test_loopback_names_and_allowed_hosts_are_served(open_server, host: str) -> None:
    response = httpx.get(f"{open_server.url}/api/v1/stats", headers={"Host": f"{host}:{open_server.port}"}, timeout=30)
    assert response.status_code == 200


def test_a_write_from_an_allowed_host_is_done_when_its_origin_is_that_host(open_server) -> None:
    headers = {"Host": f"news.example:{open_server.port}", "Origin": f"http://news.example:{open_server.port}"}
    response = httpx.delete(f"{open_server.url}/api/v1/articles/{ARTICLE}", headers=headers, timeout=30)
    assert response.json() == {"deleted": ARTICLE}


def test_the_allowed_hosts_setting_is_read_when_none_are_given(tmp_path, monkeypatch) -> None:
    from hotspot.web import create_app

    monkeypatch.setenv("HOTSPOT_ALLOWED_HOSTS", "desk.example, wire.example")
    with LiveServer(create_app(f"sqlite:///{tmp_path / 'h.db'}")) as server:
        answers = [httpx.get(f"{server.url}/api/v1/stats", headers={"Host": host}, timeout=30).status_code
                   for host in ("desk.example", "wire.example", "evil.example")]
    assert answers == [200, 200, 400]


# -- in a real browser: our own forms still write; another site's form does not --------------------------------


class _EvilPage(BaseHTTPRequestHandler):
    """Serves one page that posts a delete form to the victim server as soon as it loads."""

    target = ""

    def do_GET(self) -> None:  # the name http.server calls
        page = (f'<!doctype html><form id="f" method="post" action="{self.target}"></form>'
                '<script>document.getElementById("f").submit()</script>').encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        self.wfile.write(page)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def evil_site(open_server) -> Iterator[str]:
    handler = type("Handler", (_EvilPage,), {"target": f"{open_server.url}/articles/{ARTICLE}/delete"})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    thread.join(10)


def test_another_sites_form_cannot_delete_in_the_browser(browser, open_server, evil_site) -> None:
    page = browser.new_page()
    try:
        with page.expect_navigation(url=f"{open_server.url}/**") as navigation:
            page.goto(evil_site)
        response = navigation.value
        assert response is not None and response.status == 403 and "[H082]" in page.content()
    finally:
        page.close()
    assert _stored(open_server)


def test_the_servers_own_delete_form_works_in_the_browser(browser, open_server) -> None:
    page = browser.new_page()
    try:
        page.goto(f"{open_server.url}/articles/{ARTICLE}")
        with page.expect_navigation(url=f"{open_server.url}/search"):
            page.click("form.delete button[type=submit]")
    finally:
        page.close()
    assert not _stored(open_server)
