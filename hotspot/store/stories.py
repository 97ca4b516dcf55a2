"""Near-duplicate articles linked as one story: MinHash signatures, with LSH band keys kept in the database.

The same wire story printed by five outlets is five articles (each its own page, outlet and facts)
but one story. An article's clean text is cut into word 3-shingles and summarised as a MinHash
signature of ``NUM_PERM`` values (datasketch); the signature is cut into ``BANDS`` bands of ``ROWS``
values and each band hashed to a 64-bit key stored in ``article_bands``. Articles sharing a band key
are candidates, found by an indexed SQL lookup — the index is the database, so it survives restarts
and serves every writer — and a candidate counts only when the Jaccard similarity estimated from the
two stored signatures reaches the threshold (setting ``near_duplicate_threshold``).

The banding is fixed, and loose on purpose: a pair with Jaccard similarity J becomes a candidate with
probability 1 - (1 - J**5)**25, which is 0.87 at 0.6, 0.99 at 0.7 and above 0.9999 at 0.8, so the
threshold can change at any time without re-indexing. The permutations, bands and shingle size must
never change: stored keys and signatures would stop matching new ones.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import numpy as np
from datasketch import MinHash
from sqlalchemy import func, insert, select
from sqlalchemy.engine import Connection

from hotspot.store.schema import article_bands, article_signatures, articles

SHINGLE_WORDS = 3
BANDS, ROWS = 25, 5
NUM_PERM = BANDS * ROWS
_SEED = 1
_SCHEME = "affine32"  # pinned: a datasketch release with another default must not change stored signatures
_DTYPE = np.dtype("<u4")
# At most this many candidates (those sharing most bands first) are checked for one article.
MAX_CANDIDATES = 50
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[bytes]:
    """The text's word 3-shingles, lower-cased: punctuation, spacing and line breaks do not count."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}


@lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature of a text (``NUM_PERM`` unsigned 32-bit values); None for a text without words."""
    found = shingles(text)
    if not found:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, permutations=_permutations())
    minhash.update_batch(found)
    return np.asarray(minhash.hashvalues, dtype=_DTYPE)


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per band: equal keys mean the two signatures agree on that whole band."""
    keys = []
    for band in range(BANDS):
        chunk = sig[band * ROWS : (band + 1) * ROWS].astype(_DTYPE).tobytes()
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets: the share of equal signature values."""
    return float(np.mean(a == b))


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype(_DTYPE).tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype=_DTYPE)


def find_story(conn: Connection, sig: np.ndarray, threshold: float) -> str | None:
    """The story of the stored article most like this signature, if it is at least ``threshold`` alike."""
    candidates = (
        select(article_bands.c.article_id)
        .where(article_bands.c.band_key.in_(band_keys(sig)))
        .group_by(article_bands.c.article_id)
        .order_by(func.count().desc(), article_bands.c.article_id)
        .limit(MAX_CANDIDATES)
    )
    rows = conn.execute(
        select(articles.c.pk, articles.c.id, articles.c.story_id, article_signatures.c.minhash)
        .join(article_signatures, article_signatures.c.article_id == articles.c.id)
        .where(articles.c.id.in_(candidates.scalar_subquery()))
    ).all()
    best: tuple[float, int, str] | None = None
    for row in rows:
        score = similarity(sig, from_bytes(row.minhash))
        # The most similar; among equals, the earliest stored.
        if score >= threshold and (best is None or (score, -row.pk) > (best[0], -best[1])):
            best = (score, row.pk, row.story_id or row.id)
    return best[2] if best else None


def index_article(conn: Connection, article_id: str, sig: np.ndarray) -> None:
    """Keep an article's signature and band keys, so later articles find it."""
    conn.execute(insert(article_signatures).values(article_id=article_id, minhash=to_bytes(sig)))
    conn.execute(insert(article_bands), [{"band_key": key, "article_id": article_id} for key in set(band_keys(sig))])
