"""The hotspot command end to end: a real SQLite file, the real model, the sample pages."""

import csv
import gzip
import json

import pytest
from typer.testing import CliRunner

from hotspot.cli import app

pytestmark = pytest.mark.model
RECORD_KEYS = ["id", "source", "url", "title", "site_name", "author", "published", "captured",
               "language", "text", "entities", "quotes", "events"]


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


@pytest.fixture(scope="module")
def ingested(runner, samples_dir, tmp_path_factory):
    db = tmp_path_factory.mktemp("cli") / "hotspot.db"
    result = runner.invoke(app, ["ingest", str(samples_dir), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db, result


def test_ingest_stores_both_samples(runner, ingested):
    db, result = ingested
    assert "stored" in result.output
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--format", "json"]).output)
    assert stats["articles"] == 2 and stats["inputs_by_status"]["stored"] == 2


def test_report_prints_titles_and_linked_places(runner, ingested):
    db, _ = ingested
    result = runner.invoke(app, ["report", "--db", str(db)])
    assert result.exit_code == 0
    assert "Will Kazakhstan become a new hot spot?" in result.output
    assert "Hunter looks like the hunted in Kazakhstan" in result.output
    assert "Zhanaozen (KZ" in result.output


def test_reingesting_is_a_no_op(runner, ingested, samples_dir):
    db, _ = ingested
    result = runner.invoke(app, ["ingest", str(samples_dir), "--db", str(db)])
    assert result.exit_code == 0
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--format", "json"]).output)
    assert stats["articles"] == 2
    assert stats["inputs_by_status"]["duplicate"] == 2


def test_search_finds_a_phrase(runner, ingested):
    db, _ = ingested
    result = runner.invoke(app, ["search", '"liquefied gas"', "--db", str(db), "--format", "jsonl"])
    hits = [json.loads(line) for line in result.output.splitlines()]
    assert [h["title"] for h in hits] == ["Will Kazakhstan become a new hot spot?"]


def test_show_prints_the_record_by_id_prefix(runner, ingested):
    db, _ = ingested
    [hit] = [json.loads(x) for x in runner.invoke(app, ["search", "Masimov", "--db", str(db), "-f", "jsonl"]).output.splitlines()]
    result = runner.invoke(app, ["show", hit["id"][:8], "--db", str(db), "--format", "jsonl"])
    record = json.loads(result.output)
    assert record["title"] == "Hunter looks like the hunted in Kazakhstan"
    assert record["captured"] == "2022-05-28" and record["published"] != "2022-05-28"


def test_show_unknown_id_fails_clearly(runner, ingested):
    db, _ = ingested
    result = runner.invoke(app, ["show", "ffffffff", "--db", str(db)])
    assert result.exit_code == 1 and "no article" in result.output


def test_export_jsonl_and_csv(runner, ingested, tmp_path):
    db, _ = ingested
    records = [json.loads(x) for x in runner.invoke(app, ["export", "--db", str(db)]).stdout.splitlines()]
    assert len(records) == 2 and list(records[0])[: len(RECORD_KEYS)] == RECORD_KEYS
    out = tmp_path / "entities.csv"
    runner.invoke(app, ["export", "--db", str(db), "-f", "csv", "--table", "entities", "-o", str(out)])
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {"Zhanaozen", "Aktau", "Almaty"} <= {r["text"] for r in rows}


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
    page = "<html><head><title>Gas protest</title></head><body><article><p>" + "Residents of Aktau protested against the price of gas. " * 6 + "</p></article></body></html>"
    result = runner.invoke(app, ["analyze", "-"], input=page)
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["source"] == "<stdin>" and "Aktau" in record["text"]


def test_quotes_by_speaker_carry_role_cue_and_via(runner, ingested):
    db, _ = ingested
    result = runner.invoke(app, ["quotes", "--speaker", "Vladimir Prokhvatilov", "--db", str(db), "-f", "jsonl"])
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(found) >= 3
    assert all(q["speaker"]["name"] == "Vladimir Prokhvatilov" for q in found)
    assert any(q["via"] == ["Ura.ru"] for q in found)


def test_quotes_about_an_entity(runner, ingested):
    db, _ = ingested
    result = runner.invoke(app, ["quotes", "--about", "Kremlin", "--db", str(db), "-f", "jsonl"])
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert found and all("Kremlin" in q["text"] for q in found)


def test_voices_rank_the_most_quoted(runner, ingested):
    db, _ = ingested
    result = runner.invoke(app, ["voices", "--db", str(db), "-f", "json"])
    voices = json.loads(result.stdout)
    names = [v["name"] for v in voices]
    assert {"Nurlan Munbaev", "Vladimir Prokhvatilov", "Kassym-Jomart Tokayev"} <= set(names[:5])
    assert voices[0]["quotes"] >= voices[-1]["quotes"]


def test_export_quotes_csv(runner, ingested, tmp_path):
    db, _ = ingested
    out = tmp_path / "quotes.csv"
    runner.invoke(app, ["export", "--db", str(db), "-f", "csv", "--table", "quotes", "-o", str(out)])
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert any(r["speaker"] == "Egor Kuroptev" and r["kind"] == "direct" for r in rows)


def test_reanalyze_is_idempotent(runner, ingested):
    db, _ = ingested
    before = runner.invoke(app, ["export", "--db", str(db)]).stdout
    for _ in range(2):
        assert runner.invoke(app, ["reanalyze", "--db", str(db)]).exit_code == 0
    after = runner.invoke(app, ["export", "--db", str(db)]).stdout
    assert after == before


def test_country_brief_reads_as_a_brief_with_citations(runner, ingested):
    db, _ = ingested
    result = runner.invoke(app, ["report", "Kazakhstan", "--db", str(db)])
    assert result.exit_code == 0
    brief = result.stdout
    assert brief.startswith("# Kazakhstan (KZ): hot-spot brief")
    for heading in ("## Signal", "## What drives it", "## Who claims escalation", "## Who dismisses it", "## Timeline"):
        assert heading in brief
    assert "COERCE** (arrest)" in brief and "Karim Masimov" in brief
    assert "Vladimir Prokhvatilov" in brief.split("## Who claims escalation")[1].split("## Who dismisses it")[0]
    assert "Nurlan Munbaev" in brief.split("## Who dismisses it")[1]


def test_country_brief_as_json_and_unknown_country(runner, ingested):
    db, _ = ingested
    brief = json.loads(runner.invoke(app, ["report", "KZ", "--db", str(db), "-f", "json"]).stdout)
    assert brief["country"] == "KZ" and brief["articles"] == 2 and brief["events"] > 0
    result = runner.invoke(app, ["report", "Atlantis", "--db", str(db)])
    assert result.exit_code == 1 and "H050" in result.output


def test_export_events_csv(runner, ingested, tmp_path):
    db, _ = ingested
    out = tmp_path / "events.csv"
    runner.invoke(app, ["export", "--db", str(db), "-f", "csv", "--table", "events", "-o", str(out)])
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert any(r["type"] == "PROTEST" and r["historical"] == "True" for r in rows)


def test_db_current_reads_and_db_upgrade_migrates(runner, tmp_path):
    db = tmp_path / "new.db"
    assert "(none" in runner.invoke(app, ["db", "current", "--db", str(db)]).stdout
    from hotspot.store.migrate import head_revision

    result = runner.invoke(app, ["db", "upgrade", "--db", str(db)])
    assert result.exit_code == 0 and f"at {head_revision()}" in result.stdout
    assert runner.invoke(app, ["db", "current", "--db", str(db)]).stdout.startswith(head_revision())
    assert "0 article(s)" in runner.invoke(app, ["db", "stories", "--db", str(db)]).stdout
