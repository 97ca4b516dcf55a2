"""The pipeline's contract: one Result per input, bad inputs rejected with reasons, batches go on."""

import pytest

from hotspot import pipeline
from hotspot.ingest import IngestFailure
from hotspot.pipeline import Analyzer, Limits, build_article, cut_text, text_hash, time_limit
from hotspot.records import Extraction, RawDocument


def raw(content: str, kind="clean_text", n: int = 1) -> RawDocument:
    return RawDocument(source=f"/in/{n}.txt", kind=kind, content=content, content_hash=f"{n:064x}")


def test_clean_text_is_kept_exactly():
    text = "  Zhanaozen, January 2022: residents protested against the price of gas.\n"
    article = build_article(raw(text), pipeline.extract(raw(text)))
    assert article.text == text
    assert article.id == f"{1:064x}"[:16]


def test_what_the_input_states_wins_over_what_extraction_found():
    text = "Residents of Zhanaozen protested against the price of gas on Monday."
    given = RawDocument(source="/in/1.txt", kind="page_text", content=text, content_hash=f"{1:064x}", url="https://example.org/a",
                        title="Gas protests", site_name="Example News", published="2022-01-03")
    found = Extraction(text=text, title="Home | Example", site_name="example.org", published="2021-12-30", captured="2022-01-07")
    article = build_article(given, found)
    assert (article.url, article.title, article.site_name, article.published) == (
        "https://example.org/a", "Gas protests", "Example News", "2022-01-03")
    assert article.captured == "2022-01-07"
    bare = build_article(raw(text), found)
    assert (bare.title, bare.site_name, bare.published) == ("Home | Example", "example.org", "2021-12-30")


def test_the_reference_date_is_published_else_captured_and_marked():
    text = "Residents of Zhanaozen protested against the price of gas on Monday."
    published = build_article(raw(text), Extraction(text=text, published="2022-01-03", captured="2022-01-07"))
    captured = build_article(raw(text), Extraction(text=text, captured="2022-01-07"))
    undated = build_article(raw(text), Extraction(text=text))
    assert published.extractors["reference_date"] == "published"
    assert captured.extractors["reference_date"] == "captured" and captured.published is None
    assert "reference_date" not in undated.extractors


def test_too_short_text_is_rejected_as_no_article():
    with pytest.raises(pipeline.InputRejected, match="H040"):
        build_article(raw("Menu"), Extraction(text="Menu"))


def test_long_text_is_cut_at_a_paragraph_end():
    text = "First paragraph here.\n\n" + "word " * 100
    assert cut_text(text, 40) == "First paragraph here."


def test_text_hash_ignores_white_space_and_case():
    assert text_hash("A  protest\nin Aktau") == text_hash("a protest in aktau ")


def test_time_limit_aborts_a_slow_document():
    with pytest.raises(pipeline.DocumentTimeout, match="H041"), time_limit(0.05):
        while True:
            pass


def test_failures_pass_through_without_loading_the_model():
    analyzer = Analyzer()
    results = list(analyzer.run([IngestFailure("/x.bin", "[H012] binary", "failed")]))
    assert [(r.source, r.status, r.reason) for r in results] == [("/x.bin", "failed", "[H012] binary")]
    assert analyzer._parsers == {}


def test_known_content_is_a_duplicate_before_any_work(monkeypatch):
    monkeypatch.setattr(pipeline, "extract", lambda _raw: pytest.fail("extracted a stored input"))
    [result] = Analyzer().run([raw("x" * 100)], known=lambda h: "abc")
    assert result.status == "duplicate" and result.article_id == "abc"


def test_internal_error_is_recorded_and_the_batch_goes_on(monkeypatch):
    def broken(_raw):
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "extract", broken)
    results = list(Analyzer(limits=Limits()).run([raw("a" * 50, n=1), IngestFailure("/b", "[H013] empty input")]))
    assert results[0].internal_error and "H099" in results[0].reason and "boom" in results[0].reason
    assert results[1].status == "failed" and not results[1].internal_error


def test_over_long_clean_text_is_refused_not_cut():
    with pytest.raises(pipeline.InputRejected, match="H042"):
        build_article(raw("word " * 100), Extraction(text="word " * 100), Limits(max_text_chars=50))


def _blank_with_sentences():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


class _BrokenOnce:
    """A stand-in for spaCy that fails on one text, to check the batch survives it."""

    meta = {"name": "stub", "version": "0"}

    def pipe(self, texts, batch_size):
        texts = list(texts)
        if any("poison" in t for t in texts):
            raise ValueError("batch failed")
        return [self(t) for t in texts]

    def __call__(self, text):
        if "poison" in text:
            raise ValueError("cannot parse")
        return _blank_with_sentences()(text)


def test_one_unparseable_text_fails_alone():
    analyzer = Analyzer(limits=Limits())
    analyzer._parsers["en"] = _BrokenOnce()
    good = raw("Residents of Aktau protested against gas prices.", n=1)
    bad = raw("The poison was found in the river near the town, officials said on Monday.", n=2)
    results = list(analyzer.run([good, bad]))
    assert results[0].status == "analyzed" and results[0].article.entities is not None
    assert results[1].status == "failed" and results[1].internal_error and "cannot parse" in results[1].reason


def test_articles_in_other_languages_are_kept_without_facts():
    analyzer = Analyzer(limits=Limits())
    analyzer._parsers["en"] = _BrokenOnce()  # must not be called
    kazakh = "Жаңаөзендегі наразылық акциялары сұйытылған газ бағасының күрт өсуіне байланысты қаңтарда басталды."
    [result] = analyzer.run([raw(kazakh)])
    assert result.status == "analyzed" and result.article.language == "kk"
    assert (result.article.entities, result.article.quotes, result.article.events) == ([], [], [])
    assert result.article.extractors["understand"] == "skipped: language kk"


def test_batches_hold_documents_to_analyse_and_keep_every_input_in_order():
    items = [raw("a" * 50, n=1), IngestFailure("/bad", "[H013] empty input"), raw("b" * 50, n=2),
             raw("c" * 50, n=3), raw("d" * 50, n=4)]
    found = list(pipeline.batches(items, known=lambda h: "stored" if h == f"{3:064x}" else None, size=2))
    assert [[r.source for r in b.raws] for b in found] == [["/in/1.txt", "/in/2.txt"], ["/in/4.txt"]]
    merged = [r for b in found for r in b.merge([pipeline.Result(x.source, "analyzed") for x in b.raws])]
    assert [(r.source, r.status) for r in merged] == [
        ("/in/1.txt", "analyzed"), ("/bad", "failed"), ("/in/2.txt", "analyzed"),
        ("/in/3.txt", "duplicate"), ("/in/4.txt", "analyzed")]


def test_analyze_batch_records_survive_pickling_across_processes():
    import pickle

    results = pipeline.analyze_batch(
        [raw("Residents of Aktau protested against gas prices.", n=1), raw("Menu", n=2)],
        get_nlp=lambda _language: _blank_with_sentences(), limits=Limits())
    assert [r.status for r in results] == ["analyzed", "failed"]
    assert pickle.loads(pickle.dumps(results)) == results


def test_analyze_batch_never_loads_the_model_for_rejected_documents():
    results = pipeline.analyze_batch([raw("Menu")], get_nlp=lambda _language: pytest.fail("loaded the model"), limits=Limits())
    assert results[0].reason.startswith("[H040]")


def test_batches_close_at_the_character_budget_before_the_document_count():
    items = [raw("a" * 40, n=1), raw("b" * 40, n=2), raw("c" * 40, n=3), raw("d" * 10, n=4)]
    found = list(pipeline.batches(items, size=8, max_chars=100))
    assert [[r.source for r in b.raws] for b in found] == [["/in/1.txt", "/in/2.txt"], ["/in/3.txt", "/in/4.txt"]]


def test_a_document_longer_than_the_character_budget_is_a_batch_of_its_own():
    items = [raw("a" * 10, n=1), raw("b" * 500, n=2), raw("c" * 10, n=3)]
    found = list(pipeline.batches(items, size=8, max_chars=100))
    assert [[r.source for r in b.raws] for b in found] == [["/in/1.txt"], ["/in/2.txt"], ["/in/3.txt"]]


class _Recording:
    """A stand-in for spaCy that records the texts of each ``pipe`` call."""

    meta = {"name": "recording", "version": "0"}

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.nlp = _blank_with_sentences()

    def pipe(self, texts, batch_size):
        self.calls.append(list(texts))
        return [self.nlp(t) for t in self.calls[-1]]


def test_the_parse_is_chunked_by_characters_as_well_as_by_count():
    texts = [f"residents of town {n} protested against the price of gas on monday." for n in range(4)]
    parser = _Recording()
    budget = len(texts[0]) * 2
    results = pipeline.analyze_batch([raw(t, n=n) for n, t in enumerate(texts)], get_nlp=lambda _language: parser,
                                     limits=Limits(batch_chars=budget), batch_size=8)
    assert [r.status for r in results] == ["analyzed"] * 4
    assert parser.calls == [texts[:2], texts[2:]]


class _SlowOn:
    """A blank English parser whose parse of a text with ``SLOW`` sleeps until the time limit's alarm."""

    meta = {"name": "slow", "version": "0"}

    def __init__(self) -> None:
        self.nlp = _blank_with_sentences()

    def pipe(self, texts, batch_size):
        return (self(t) for t in texts)

    def __call__(self, text):
        if "SLOW" in text:
            import time

            time.sleep(3600)
        return self.nlp(text)


def test_a_document_that_times_out_in_its_parse_fails_with_h041_and_the_others_are_analysed():
    from hotspot.extract import detect_language

    quiet = "residents of the town protested against the price of gas on monday, officials said."
    detect_language(quiet)  # the language identifier loads on first use: not this test's subject
    raws = [raw(quiet, n=1), raw(f"SLOW {quiet}", n=2), raw(f"again, {quiet}", n=3)]
    parser = _SlowOn()
    results = pipeline.analyze_batch(raws, get_nlp=lambda _language: parser, limits=Limits(time_limit_s=0.2))
    assert [r.status for r in results] == ["analyzed", "failed", "analyzed"]
    assert results[1].reason.startswith("[H041]") and not results[1].internal_error
