"""``hotspot ingest URL`` and ``hotspot watch`` end to end: the loopback site, the real model, a SQLite file."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from hotspot.cli import app

from .conftest import ARTICLES, failing, page, rss

pytestmark = pytest.mark.model


@pytest.fixture
def runner(monkeypatch, tmp_path):
    # Politeness waits made small for the test; no hotspot.toml from the working directory.
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOTSPOT_HOST_INTERVAL_S", "0")
    monkeypatch.setenv("HOTSPOT_FETCH_BACKOFF_S", "0.01")
    return CliRunner()


def _stats(runner, db):
    return json.loads(runner.invoke(app, ["stats", "--db", str(db), "-f", "json"]).output)


def _article_fetches(site):
    return [s.path for s in site.seen if s.path.endswith(".html")]


def test_ingest_a_url_stores_the_article_and_a_second_run_is_not_modified(runner, news_site, tmp_path):
    db = tmp_path / "live.db"
    url = news_site.url("/article.html")
    result = runner.invoke(app, ["ingest", url, "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert _stats(runner, db)["articles"] == 1
    [record] = [json.loads(x) for x in runner.invoke(app, ["export", "--db", str(db)]).stdout.splitlines()]
    assert record["source"] == record["url"] == url
    assert record["title"] == "Gas price protests spread across western Kazakhstan"
    assert "Zhanaozen" in record["text"] and "Home" not in record["text"]

    again = runner.invoke(app, ["ingest", url, "--db", str(db)])
    assert again.exit_code == 0 and "H027" in again.output
    assert news_site.hits("/article.html")[-1].headers["if-none-match"] == '"/article.html-v1"'
    assert _stats(runner, db)["articles"] == 1


def test_watch_once_ingests_the_feed_and_the_next_pass_fetches_nothing_new(runner, news_site, tmp_path):
    db = tmp_path / "watch.db"
    feed = news_site.url("/feed.xml")
    first = runner.invoke(app, ["watch", feed, "--once", "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert _stats(runner, db)["articles"] == 2
    assert sorted(_article_fetches(news_site)) == ["/news/a1.html", "/news/a2.html"]

    news_site.seen.clear()
    second = runner.invoke(app, ["watch", feed, "--once", "--db", str(db)])
    assert second.exit_code == 0, second.output
    assert [s.path for s in news_site.seen] == ["/robots.txt", "/feed.xml"]  # no article fetched
    assert news_site.hits("/feed.xml")[0].headers["if-none-match"] == '"feed-v1"' and "H027" in second.output
    assert _stats(runner, db)["articles"] == 2


def test_watch_tries_an_article_again_after_a_server_error(runner, news_site, tmp_path, monkeypatch):
    monkeypatch.setenv("HOTSPOT_FETCH_RETRIES", "0")
    news_site.routes["/news/down.html"] = failing(1, page(ARTICLES["/news/a2.html"]))
    news_site.routes["/busy.xml"] = page(rss(news_site, ["/news/a1.html", "/news/down.html"]), etag='"busy-v1"')
    db = tmp_path / "retry.db"
    first = runner.invoke(app, ["watch", news_site.url("/busy.xml"), "--once", "--db", str(db)])
    assert first.exit_code == 0 and "H023" in first.output and _stats(runner, db)["articles"] == 1
    news_site.seen.clear()
    second = runner.invoke(app, ["watch", news_site.url("/busy.xml"), "--once", "--db", str(db)])
    assert second.exit_code == 0, second.output
    assert "if-none-match" not in news_site.hits("/busy.xml")[0].headers  # the feed is read in full again
    assert _article_fetches(news_site) == ["/news/down.html"] and _stats(runner, db)["articles"] == 2


def test_watch_a_sitemap_index_fetches_only_urls_not_fetched_before(runner, news_site, tmp_path):
    db = tmp_path / "sitemap.db"
    assert runner.invoke(app, ["ingest", news_site.url("/news/a1.html"), "--db", str(db)]).exit_code == 0
    news_site.seen.clear()
    result = runner.invoke(app, ["watch", news_site.url("/sitemap_index.xml"), "--once", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert sorted(_article_fetches(news_site)) == ["/article.html", "/news/a2.html"]
    assert _stats(runner, db)["articles"] == 3


def test_watch_rejects_a_bad_interval(runner):
    result = runner.invoke(app, ["watch", "http://127.0.0.1:9/feed.xml", "--every", "soon"])
    assert result.exit_code == 2 and "not an interval" in result.output


def test_ingest_refuses_a_loopback_url_by_default(runner, news_site, tmp_path, monkeypatch):
    monkeypatch.delenv("HOTSPOT_FETCH_ALLOW_PRIVATE", raising=False)
    db = tmp_path / "refused.db"
    result = runner.invoke(app, ["ingest", news_site.url("/article.html"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "H084" in result.output and "loopback" in result.output
    assert news_site.seen == [] and _stats(runner, db)["articles"] == 0


def test_watch_refuses_a_loopback_feed_and_exits_cleanly(runner, news_site, tmp_path, monkeypatch):
    monkeypatch.setenv("HOTSPOT_FETCH_ALLOW_PRIVATE", "false")
    db = tmp_path / "watch-refused.db"
    result = runner.invoke(app, ["watch", news_site.url("/feed.xml"), "--once", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "H084" in result.output and news_site.seen == []
