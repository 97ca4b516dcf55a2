"""The commands that read the store (report, search, show, export, quotes, voices), on the two samples ingested."""

import csv
import json

import pytest

from hotspot.cli import app
from tests.cli.conftest import RECORD_KEYS

pytestmark = pytest.mark.model


def test_report_prints_titles_and_linked_places(runner, ingested):
    db, _ = ingested
    result = runner.invoke(app, ["report", "--db", str(db)])
    assert result.exit_code == 0
    assert "Will Kazakhstan become a new hot spot?" in result.output
    assert "Hunter looks like the hunted in Kazakhstan" in result.output
    assert "Zhanaozen (KZ" in result.output


def test_search_finds_a_phrase(runner, ingested):
    db, _ = ingested
    result = runner.invoke(app, ["search", '"liquefied gas"', "--db", str(db), "--format", "jsonl"])
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert [h["title"] for h in hits] == ["Will Kazakhstan become a new hot spot?"]


def test_show_prints_the_record_by_id_prefix(runner, ingested):
    db, _ = ingested
    [hit] = [json.loads(x) for x in runner.invoke(app, ["search", "Masimov", "--db", str(db), "-f", "jsonl"]).stdout.splitlines()]
    result = runner.invoke(app, ["show", hit["id"][:8], "--db", str(db), "--format", "jsonl"])
    record = json.loads(result.output)
    assert record["title"] == "Hunter looks like the hunted in Kazakhstan"
    assert record["captured"] == "2022-05-28" and record["published"] != "2022-05-28"


def test_export_jsonl_and_csv(runner, ingested, tmp_path):
    db, _ = ingested
    records = [json.loads(x) for x in runner.invoke(app, ["export", "--db", str(db)]).stdout.splitlines()]
    assert len(records) == 2 and list(records[0])[: len(RECORD_KEYS)] == RECORD_KEYS
    out = tmp_path / "entities.csv"
    runner.invoke(app, ["export", "--db", str(db), "-f", "csv", "--table", "entities", "-o", str(out)])
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {"Zhanaozen", "Aktau", "Almaty"} <= {r["text"] for r in rows}


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


def test_export_events_csv(runner, samples_dir, tmp_path):
    # The samples state no publication date: the analyst who knows the 2024 article's date gives it, and the
    # January 2022 protests it recalls are then historical (without a date, nothing is known to be).
    db = tmp_path / "dated.db"
    sample = next(samples_dir.glob("000_*.txt"))
    result = runner.invoke(app, ["ingest", str(sample), "--db", str(db), "--published", "2024-01-15"])
    assert result.exit_code == 0, result.output
    out = tmp_path / "events.csv"
    runner.invoke(app, ["export", "--db", str(db), "-f", "csv", "--table", "events", "-o", str(out)])
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert any(r["type"] == "PROTEST" and r["historical"] == "True" for r in rows)


def test_export_csv_defuses_spreadsheet_formulas(runner, tmp_path):
    from hotspot.records import Article, Quote, Speaker
    from hotspot.store import Store

    db = tmp_path / "hostile.db"
    said, who = "-2+3+cmd|' /C calc'!A0", '=HYPERLINK("https://evil.example","x")'
    text = f"{said}, said {who}."
    store = Store(str(db))
    store.save(Article(id=f"{5:016x}", source="/5.html", text=text, title="@SUM(1+1)", site_name="+Daily",
                       content_hash="5" * 64, text_hash="6" * 64,
                       quotes=[Quote("direct", said, 0, len(said),
                                     speaker=Speaker(who, text.index(who), text.index(who) + len(who), name=who))]))
    store.close()
    articles, quotes = tmp_path / "articles.csv", tmp_path / "quotes.csv"
    runner.invoke(app, ["export", "--db", str(db), "-f", "csv", "-o", str(articles)])
    runner.invoke(app, ["export", "--db", str(db), "-f", "csv", "--table", "quotes", "-o", str(quotes)])
    [article] = list(csv.DictReader(articles.open(encoding="utf-8")))
    [quote] = list(csv.DictReader(quotes.open(encoding="utf-8")))
    assert (article["title"], article["site_name"], article["text"]) == ("'@SUM(1+1)", "'+Daily", "'" + text)
    assert (quote["text"], quote["speaker"]) == ("'" + said, "'" + who)


def test_the_january_2022_events_are_one_happening_each_dated_in_january(runner, ingested):
    # issue 12's samples: the 2022 page has only its copy's date ("Saturday, May 28, 2022") and tells its story
    # at "the New Year"; the 2024 article tells the protests as background
    db, _ = ingested
    brief = json.loads(runner.invoke(app, ["report", "KZ", "--db", str(db), "-f", "json"]).stdout)
    rows = brief["drivers"] + brief["background"]

    def happening(kind: str, trigger: str) -> dict:
        [row] = [r for r in rows if r["type"] == kind and r["trigger"] == trigger]
        return row

    # the protests are one happening of both articles, whichever of its mentions ("took to the streets", "the
    # demonstrations", "the recent unrest") stands for it; the 2022 page names them only in passing, and the
    # classifier is not sure enough of those mentions for the signal to count them (records.counted_confidence);
    # five mentions: three in the 2024 article ("mass protests", "the protests later spread" to other cities, "riots")
    # and two in the 2022 page, whose "the demonstrations" that "got out of control" only refers back to the protests
    # it has told (events v51: not coded again, as the gold spec asks)
    [protests] = [r for r in rows if r["type"] == "PROTEST" and r["reports"] == 2]
    assert (protests["date"], protests["week"], protests["mentions"]) == ("2022-01", "2022-W01", 5)
    # the CSTO deployment and Masimov's arrest; since events v65 the model gives the deployment about 0.66, under the
    # English counting floor of 0.7: one happening, dated, shown and marked unsure, not counted
    for kind, trigger, status in (("MOBILIZE", "sent", ["unsure"]), ("COERCE", "arrested", [])):
        row = happening(kind, trigger)
        assert (row["date"], row["week"], row["status"], row["mentions"]) == ("2022-01", "2022-W01", status, 1)
    out = runner.invoke(app, ["export", "--table", "events", "--db", str(db), "--format", "jsonl"]).stdout
    events = [json.loads(line) for line in out.splitlines()]
    told_in_2024 = [e for e in events if e["type"] == "PROTEST" and e["sentence"].startswith("In January 2022")]
    assert told_in_2024 and all(e["historical"] for e in told_in_2024)
    coup_talk = [e for e in events if e["trigger"] == "coup" and e["type"] == "ACCUSE"]
    assert coup_talk and all(e["hypothetical"] for e in coup_talk)


def test_a_quiet_latest_week_points_to_the_latest_week_with_counted_happenings(runner, ingested):
    # the 2022 page was copied in 2022-W21 and tells January's events: that week is quiet, January is not
    db, _ = ingested
    brief = runner.invoke(app, ["report", "Kazakhstan", "--db", str(db)]).stdout
    signal = brief.split("## Signal")[1].split("##")[0]
    assert "Latest week 2022-W21: 0 happenings counted" in signal
    assert "The latest week with counted happenings is 2022-W01" in signal
