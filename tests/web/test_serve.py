"""`hotspot serve --workers 2` runs several processes over one store, over real HTTP."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx

from tests.web.conftest import TOKEN


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_two_server_processes_share_the_store_and_its_ingest_jobs(tmp_path) -> None:
    port = _free_port()
    env = dict(os.environ, HOTSPOT_TOKEN=TOKEN)
    proc = subprocess.Popen(
        [sys.executable, "-m", "hotspot", "serve", "--port", str(port), "--db", str(tmp_path / "h.db"), "--workers", "2"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if httpx.get(f"{base}/api/v1/stats", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline and proc.poll() is None, "the server did not start"
            time.sleep(0.3)
        text = "The mayor of Shymkent said on Monday that the new bridge would open in May, officials said. " * 2
        queued = httpx.post(f"{base}/api/v1/ingest/jobs", data={"text": text, "kind": "clean_text"},
                            headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30).json()
        # Each poll may reach either process: the job lives in the store, not in one process's memory.
        deadline = time.monotonic() + 120
        while (job := httpx.get(base + queued["url"], timeout=30).json())["state"] not in ("done", "failed"):
            assert time.monotonic() < deadline, job
            time.sleep(0.3)
        assert job["state"] == "done" and job["results"][0]["status"] == "stored"
        for _ in range(6):
            assert httpx.get(f"{base}/api/v1/search", params={"q": "Shymkent"}, timeout=30).json()["total"] == 1
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


def _serving(base: str, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 90
    while True:
        try:
            if httpx.get(f"{base}/api/v1/stats", timeout=5).status_code == 200:
                return
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline and proc.poll() is None, "the server did not start"
        time.sleep(0.2)


def test_serve_answers_the_allowed_host_names_it_is_given_and_refuses_others(tmp_path) -> None:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "hotspot", "serve", "--port", str(port), "--db", str(tmp_path / "h.db"),
         "--allowed-host", "news.example", "--allowed-host", "desk.example"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _serving(base, proc)
        answers = {host: httpx.get(f"{base}/api/v1/stats", headers={"Host": f"{host}:{port}"}, timeout=30).status_code
                   for host in ("news.example", "desk.example", "evil.example")}
        assert answers == {"news.example": 200, "desk.example": 200, "evil.example": 400}
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


def test_each_server_process_answers_the_host_names_serve_gave_it(tmp_path, monkeypatch) -> None:
    """``serve --workers N`` hands its host names to every process in the environment (``app_from_environment``)."""
    from hotspot.web.app import app_from_environment
    from tests.web.conftest import LiveServer

    monkeypatch.setenv("HOTSPOT_SERVE_DB", f"sqlite:///{tmp_path / 'h.db'}")
    monkeypatch.setenv("HOTSPOT_SERVE_ALLOWED_HOSTS", "0.0.0.0,news.example")
    monkeypatch.setenv("HOTSPOT_ALLOWED_HOSTS", "setting.example")  # serve resolved the setting already: not read again
    with LiveServer(app_from_environment()) as server:
        answers = {host: httpx.get(f"{server.url}/api/v1/stats", headers={"Host": host}, timeout=30).status_code
                   for host in ("news.example", "localhost", "0.0.0.0", "setting.example")}
    assert answers == {"news.example": 200, "localhost": 200, "0.0.0.0": 400, "setting.example": 400}
