"""The commands that analyse inputs (ingest, analyze, reanalyze), end to end on a real SQLite file with the real model."""

import gzip
import json

import pytest

from hotspot.cli import app
from tests.cli.conftest import RECORD_KEYS

pytestmark = pytest.mark.model


def test_ingest_stores_both_samples(runner, ingested):
    db, result = ingested
    assert "stored" in result.output
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--format", "json"]).output)
    assert stats["articles"] == 2 and stats["inputs_by_status"]["stored"] == 2


def test_reingesting_is_a_no_op(runner, ingested, samples_dir):
    db, _ = ingested
    result = runner.invoke(app, ["ingest", str(samples_dir), "--db", str(db)])
    assert result.exit_code == 0
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--format", "json"]).output)
    assert stats["articles"] == 2
    assert stats["inputs_by_status"]["duplicate"] == 2


def test_analyze_prints_one_record_per_input_and_stores_nothing(runner, samples_dir, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["analyze", str(samples_dir), "--format", "jsonl"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2
    for record in records:
        assert list(record)[: len(RECORD_KEYS)] == RECORD_KEYS
        for entity in record["entities"]:
            assert record["text"][entity["start"] : entity["end"]] == entity["text"]
    assert not (tmp_path / "hotspot.db").exists()


def test_clean_text_offsets_index_the_file(runner, tmp_path):
    text = "Kassym-Jomart Tokayev asked Russia for help.\nTroops arrived in Almaty in January 2022.\n"
    path = tmp_path / "clean.txt"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["analyze", "--clean-text", str(path)])
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["text"] == text
    almaty = next(e for e in record["entities"] if e["text"] == "Almaty")
    assert text[almaty["start"] : almaty["end"]] == "Almaty" and almaty["country"] == "KZ"


def test_analyze_takes_the_metadata_the_user_knows(runner, tmp_path):
    text = "Police arrested ten protesters in Almaty last week.\n"
    (tmp_path / "clean.txt").write_text(text, encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text(json.dumps({"text": text, "published": "2021-12-01", "title": "Own title"}) + "\n")
    result = runner.invoke(app, ["analyze", "--clean-text", str(tmp_path), "--published", "2022-01-12", "--title", "Arrests",
                                 "--url", "https://example.org/arrests", "--site", "Example News"])
    assert result.exit_code == 0, result.output
    clean, line = [json.loads(row) for row in result.stdout.splitlines()]
    assert (clean["published"], clean["title"], clean["url"], clean["site_name"]) == (
        "2022-01-12", "Arrests", "https://example.org/arrests", "Example News")
    assert clean["extractors"]["reference_date"] == "published"
    [arrest] = [e for e in clean["events"] if e["type"] == "COERCE"]
    assert arrest["date"]["value"] == "2022-W01" and arrest["date"]["granularity"] == "week"
    assert (line["published"], line["title"], line["site_name"]) == ("2021-12-01", "Own title", "Example News")


def test_ingest_stores_the_metadata_the_user_knows(runner, tmp_path):
    (tmp_path / "clean.txt").write_text("Police arrested ten protesters in Almaty last week.\n", encoding="utf-8")
    db = tmp_path / "known.db"
    result = runner.invoke(app, ["ingest", "--clean-text", str(tmp_path / "clean.txt"), "--db", str(db),
                                 "--published", "2022-01-12", "--title", "Arrests", "--site", "Example News"])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(row) for row in runner.invoke(app, ["export", "--db", str(db)]).stdout.splitlines()]
    assert (record["published"], record["title"], record["site_name"]) == ("2022-01-12", "Arrests", "Example News")
    assert record["extractors"]["reference_date"] == "published"


def test_a_bad_published_option_is_refused_before_any_input_is_read(runner, tmp_path):
    (tmp_path / "clean.txt").write_text("Police arrested ten protesters in Almaty.\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(tmp_path / "clean.txt"), "--published", "12/01/2022"])
    assert result.exit_code == 2
    assert "H018" in result.output and "12/01/2022" in result.output
    assert not any(line.startswith("{") for line in result.stdout.splitlines())  # no input was analysed


def test_bad_inputs_are_reported_and_the_batch_goes_on(runner, tmp_path, samples_dir):
    bad = tmp_path / "inputs"
    bad.mkdir()
    (bad / "empty.html").write_bytes(b"")
    (bad / "binary.html").write_bytes(bytes(range(256)) * 40)
    (bad / "truncated.html.gz").write_bytes(gzip.compress(b"<html>" + b"x" * 9000)[:40])
    (bad / "no-article.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (bad / "broken.jsonl").write_text('{"html": 5}\nnot json\n')
    (bad / "page.txt").write_text((samples_dir / "000_1ef5ffead5e731dd.txt").read_text(encoding="utf-8"))
    db = tmp_path / "bad.db"
    result = runner.invoke(app, ["ingest", str(bad), "--db", str(db)])
    assert result.exit_code == 0, result.output
    for code in ("H013", "H012", "H010", "H040", "H016", "H017"):
        assert code in result.output
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db), "-f", "json"]).output)
    assert stats["articles"] == 1
    assert stats["inputs_by_status"] == {"stored": 1, "failed": 6}


def test_internal_error_exits_non_zero_after_the_whole_batch(runner, tmp_path, samples_dir, monkeypatch):
    from hotspot import pipeline

    real_extract = pipeline.extract

    def flaky(raw):
        if raw.source.endswith("000_1ef5ffead5e731dd.txt"):
            raise RuntimeError("extractor bug")
        return real_extract(raw)

    monkeypatch.setattr(pipeline, "extract", flaky)
    db = tmp_path / "flaky.db"
    result = runner.invoke(app, ["ingest", str(samples_dir), "--db", str(db)])
    assert result.exit_code == 1
    assert "H099" in result.output and "extractor bug" in result.output
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db), "-f", "json"]).output)
    assert stats["articles"] == 1


def test_stdin_is_read(runner):
    page = ("<html><head><title>Gas protest</title></head><body><article><p>"
            + "Residents of Aktau protested against the price of gas. " * 6 + "</p></article></body></html>")
    result = runner.invoke(app, ["analyze", "-"], input=page)
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["source"] == "<stdin>" and "Aktau" in record["text"]


def test_reanalyze_is_idempotent(runner, ingested):
    db, _ = ingested
    before = runner.invoke(app, ["export", "--db", str(db)]).stdout
    for _ in range(2):
        assert runner.invoke(app, ["reanalyze", "--db", str(db)]).exit_code == 0
    after = runner.invoke(app, ["export", "--db", str(db)]).stdout
    assert after == before
