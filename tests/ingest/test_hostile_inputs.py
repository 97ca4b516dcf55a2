"""A hostile-input corpus, built here in a temporary folder, and fuzzing: every input ends as one coded item.

The corpus holds what broke or hung a batch before (issue #13) beside what already held: a FIFO, a link
loop, a dangling link, a link to a folder, a file name that is not UTF-8, a JSONL line of invalid UTF-8, a
truncated ``.jsonl.gz``, a JSONL line that inflates beyond the limit, a gzip bomb, a WARC record whose
header never ends, half-undecodable text, an empty file, a binary file, a file of another type, and good
pages. ``iter_inputs`` must give each its item, in
walk order, without raising; the real ``hotspot ingest`` must count them all and exit 0 (a coded refusal
is not an internal error). Hypothesis then feeds random bytes, random JSONL and random file trees.
"""

from __future__ import annotations

import base64
import gzip
import json
import os
import random
import re
import signal
import socket
import string
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hotspot.ingest import IngestFailure, iter_inputs
from hotspot.records import RawDocument

from .conftest import ARTICLES

LIMIT = 10_000  # max_bytes for the corpus: small, so bombs and long lines are cheap to build
CODED = re.compile(r"^\[H\d{3}\] ")
DOCUMENT = "document"


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    """Fail, rather than hang the suite, should a reader ever open a FIFO again."""

    def hung(signum: int, frame: object) -> None:
        raise TimeoutError("ingest hung: a FIFO was opened?")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(300)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def _jsonl(*records: dict) -> bytes:
    return b"".join(json.dumps(record).encode() + b"\n" for record in records)


def build_corpus(folder: Path) -> list[tuple[str, str]]:
    """Write the corpus; return what each input must end as, in walk order: ``(name, "document" | code)``.

    The truncated ``.jsonl.gz`` gives an unknown number of documents before its failure; it is listed
    as one ``"document"`` for them all.
    """
    folder.mkdir()
    expected: list[tuple[str, str]] = []

    def add(name: str, data: bytes, *outcomes: tuple[str, str]) -> None:
        (folder / name).write_bytes(data)
        expected.extend(outcomes or [(name, DOCUMENT)])

    add("01_good.html", ARTICLES["/article.html"].encode())
    add("02_good.txt", b"Protests over fuel prices spread to Almaty on Tuesday, the interior ministry said.\n")
    add("03_empty.txt", b"", ("03_empty.txt", "H013"))
    add("04_binary.html", bytes(range(256)) * 8, ("04_binary.html", "H012"))
    half_invalid = bytes(byte for i in range(4_000) for byte in (b"Almaty protest news. "[i % 21], 0x80 + i % 128))
    add("05_half_invalid.txt", half_invalid, ("05_half_invalid.txt", "H080"))
    add("06_bomb.html.gz", gzip.compress(b"<p>" + b"a" * 5_000_000), ("06_bomb.html.gz", "H011"))
    good_line = json.dumps({"text": "Troops arrived in Almaty on Thursday."}).encode()
    add("07_lines.jsonl", good_line + b"\n" + b'{"text": "caf\xe9 bad byte"}\n' + good_line + b"\n",
        ("07_lines.jsonl#L1", DOCUMENT), ("07_lines.jsonl#L2", "H017"), ("07_lines.jsonl#L3", DOCUMENT))
    rng = random.Random(13)
    words = ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 9))) for _ in range(400)]
    lines = _jsonl(*({"text": " ".join(rng.choice(words) for _ in range(30))} for _ in range(40)))
    truncated = gzip.compress(lines)  # cut in half: about twenty lines are read before the damage
    add("08_truncated.jsonl.gz", truncated[: len(truncated) // 2],
        ("08_truncated.jsonl.gz", DOCUMENT), ("08_truncated.jsonl.gz", "H010"))
    long_text = "".join(rng.choice(string.ascii_letters + " ") for _ in range(3 * LIMIT))  # compresses as text does
    add("09_long_line.jsonl.gz", gzip.compress(_jsonl({"text": "before"}, {"text": long_text}, {"text": "after"})),
        ("09_long_line.jsonl.gz#L1", DOCUMENT), ("09_long_line.jsonl.gz#L2", "H014"), ("09_long_line.jsonl.gz#L3", DOCUMENT))
    os.mkfifo(folder / "10_fifo.html")
    expected.append(("10_fifo.html", "H019"))
    (folder / "11_loop_a.html").symlink_to(folder / "12_loop_b.html")
    (folder / "12_loop_b.html").symlink_to(folder / "11_loop_a.html")
    expected += [("11_loop_a.html", "H015"), ("12_loop_b.html", "H015")]
    (folder / "13_dangling.html").symlink_to(folder / "nowhere.html")
    expected.append(("13_dangling.html", "H015"))
    try:
        with open(os.fsencode(folder) + b"/14_caf\xe9.txt", "wb") as handle:
            handle.write(b"A page saved under a Latin-1 file name.")
        expected.append(("14_caf\\xe9.txt", DOCUMENT))
    except OSError:
        pass  # this file system refuses names that are not UTF-8: the case cannot be built here
    add("15_notes.pdf", b"%PDF-1.4\n", ("15_notes.pdf", "H026"))
    (folder / "16_up").symlink_to(folder)
    expected.append(("16_up", "H019"))
    padding = base64.b64encode(random.Random(18).randbytes(1_500_000))  # 2 MB that gzip cannot shrink: no ratio bomb
    header_bomb = b"WARC/1.0\r\nWARC-Type: response\r\nX-Pad: " + padding + b"\r\n\r\n"
    add("18_headers.warc.gz", gzip.compress(header_bomb), ("18_headers.warc.gz", "H029"))
    (folder / "sub").mkdir()
    (folder / "sub" / "17_nested.txt").write_text("Police detained ten protesters in Aktau, witnesses said.\n")
    expected.append(("sub/17_nested.txt", DOCUMENT))
    return expected


def outcome(item: RawDocument | IngestFailure, folder: Path) -> tuple[str, str]:
    name = item.source.removeprefix(f"{folder.resolve()}/")
    if isinstance(item, RawDocument):
        return (name.split("#")[0] if name.startswith("08_") else name), DOCUMENT
    return (name.split("#")[0] if name.startswith("08_") else name), item.reason[1:5]


def collapse(outcomes: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Runs of equal outcomes as one (the truncated file's documents)."""
    return [o for i, o in enumerate(outcomes) if i == 0 or outcomes[i - 1] != o]


def test_every_hostile_input_ends_as_its_coded_item_in_walk_order(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    expected = build_corpus(folder)
    items = list(iter_inputs([str(folder)], max_bytes=LIMIT))
    assert collapse([outcome(item, folder) for item in items]) == expected
    for item in items:
        item.source.encode("utf-8")  # every name storable


def test_hostile_inputs_named_one_by_one_each_end_as_one_item(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    build_corpus(folder)
    # Named, a link to a folder is walked like the folder: left out, with the containers of many documents.
    single = sorted(p for p in os.listdir(folder) if not p.endswith((".jsonl", ".jsonl.gz")) and p not in ("sub", "16_up"))
    items = list(iter_inputs([str(folder / name) for name in single], max_bytes=LIMIT))
    assert len(items) == len(single)
    assert all(isinstance(item, RawDocument) or CODED.match(item.reason) for item in items)


def test_a_socket_and_a_device_among_the_inputs_are_skipped(tmp_path: Path) -> None:
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "listening.html"))
        items = list(iter_inputs([str(tmp_path), "/dev/zero"], max_bytes=LIMIT))
    assert [(i.status, i.reason[:6]) for i in items] == [("skipped", "[H019]"), ("skipped", "[H019]")]


@pytest.mark.model
def test_hotspot_ingest_counts_every_hostile_input_and_exits_0(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from hotspot.cli import app

    folder = tmp_path / "corpus"
    build_corpus(folder)
    monkeypatch.chdir(tmp_path)  # no hotspot.toml from elsewhere
    monkeypatch.setenv("HOTSPOT_MAX_INPUT_BYTES", str(LIMIT))
    total = sum(1 for _ in iter_inputs([str(folder)], max_bytes=LIMIT))
    db = tmp_path / "hostile.db"
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert re.search(rf"inputs read\s*│\s*{total}\b", result.output), result.output
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--format", "json"]).output)
    assert sum(stats["inputs_by_status"].values()) == total  # every input logged once
    assert stats["articles"] >= 1


# Fuzzing: random bytes, random JSONL, random file trees. Whatever comes in, each item is a document or a
# failure with its code, never a bug ([H099]) nor an exception, and every name is storable.

SUFFIXES = [".html", ".txt", ".jsonl", ".warc", ".html.gz", ".jsonl.gz", ".warc.gz", ".pdf", ""]
FUZZ_LIMIT = 5_000
# Examples per fuzz test: few enough for a run of a few seconds; raise HOTSPOT_FUZZ_EXAMPLES to search longer.
FUZZ_EXAMPLES = int(os.environ.get("HOTSPOT_FUZZ_EXAMPLES", "50"))
FUZZ = settings(max_examples=FUZZ_EXAMPLES, deadline=None, derandomize=True, database=None, print_blob=False,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=10,
)
documents = st.fixed_dictionaries(
    {"text": st.text(max_size=300)},
    optional={"url": json_values, "title": json_values, "published": st.text(max_size=25) | json_values, "html": json_values},
)
jsonl_lines = st.one_of(
    st.binary(max_size=200),
    json_values.map(lambda value: json.dumps(value).encode()),
    # ensure_ascii=False keeps a lone surrogate raw: an invalid UTF-8 sequence once written
    documents.map(lambda doc: json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass")),
)
jsonl_files = st.lists(jsonl_lines, max_size=8).map(b"\n".join)


@st.composite
def contents(draw: st.DrawFn) -> bytes:
    """Random bytes or JSONL, perhaps gzipped, perhaps cut short."""
    data = draw(st.one_of(st.binary(max_size=3_000), jsonl_files, st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass"))))
    if draw(st.booleans()):
        data = gzip.compress(data)
        if draw(st.booleans()):
            data = data[: draw(st.integers(0, len(data)))]
    return data


names = st.one_of(
    st.text(string.ascii_letters + string.digits + "_-", min_size=1, max_size=8).map(os.fsencode),
    st.binary(min_size=1, max_size=8).filter(lambda b: b"/" not in b and b"\0" not in b and b not in (b".", b"..")),
)
entries = st.tuples(
    st.lists(names, max_size=2),  # folders on the way
    names,
    st.sampled_from(SUFFIXES),
    st.one_of(contents().map(lambda data: ("file", data)), st.just(("fifo", b"")), names.map(lambda target: ("link", target))),
)


def check_items(items: list[RawDocument | IngestFailure]) -> None:
    for item in items:
        assert isinstance(item, RawDocument | IngestFailure)
        item.source.encode("utf-8")
        if isinstance(item, IngestFailure):
            assert CODED.match(item.reason), item
            assert not item.internal, item  # a reader's bug, not a bad input
        else:
            item.content.encode("utf-8")


@FUZZ
@given(data=contents(), suffix=st.sampled_from(SUFFIXES))
def test_fuzz_random_bytes_as_a_file(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, f"input{suffix}")
        path.write_bytes(data)
        items = list(iter_inputs([str(path)], max_bytes=FUZZ_LIMIT))
    check_items(items)
    assert items or suffix in (".jsonl", ".jsonl.gz", ".warc", ".warc.gz")  # only a container may hold nothing


@FUZZ
@given(data=jsonl_files, compress=st.booleans())
def test_fuzz_random_jsonl(data: bytes, compress: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "lines.jsonl.gz" if compress else "lines.jsonl")
        path.write_bytes(gzip.compress(data) if compress else data)
        items = list(iter_inputs([str(path)], max_bytes=FUZZ_LIMIT))
    check_items(items)
    if compress or not data.startswith(b"\x1f\x8b"):  # a plain file that starts like gzip is read as gzip
        assert len(items) == sum(1 for line in data.split(b"\n") if line.strip())  # one item per line


@FUZZ
@given(tree=st.lists(entries, max_size=8))
def test_fuzz_random_file_trees(tree: list[tuple[list[bytes], bytes, str, tuple[str, bytes]]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = os.fsencode(tmp)
        for folders, name, suffix, (kind, payload) in tree:
            folder = os.path.join(root, *folders) if folders else root
            path = os.path.join(folder, name + os.fsencode(suffix))
            try:
                os.makedirs(folder, exist_ok=True)
                if kind == "file":
                    with open(path, "wb") as handle:
                        handle.write(payload)
                elif kind == "fifo":
                    os.mkfifo(path)
                else:
                    os.symlink(payload, path)  # relative: may dangle, loop, or lead to a folder
            except OSError:
                continue  # a name already taken by a folder, a file or a link: this entry is not built
        items = list(iter_inputs([tmp], max_bytes=FUZZ_LIMIT))
    check_items(items)
