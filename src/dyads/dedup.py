"""Duplicate detection: canonical URLs, content hashes, near-duplicates with MinHash LSH.

The same URL (once canonicalised) or the same text is stored once; a near-duplicate
(syndicated wire copy, small edit) is stored but linked to its original so that counts
downstream never see it twice.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np
from datasketch import MinHash, MinHashLSH

# Query parameters that identify a campaign or a click, never a different page.
TRACKING_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref|ref_src|"
    r"cmpid|xtor|at_medium|at_campaign|at_creation|at_platform|ito|ns_\w+|ocid|smid|"
    r"share|src|output|amp|__twitter_impression)$",
    re.IGNORECASE,
)
AMP_PATH = re.compile(r"(/amp/?$|/amp(?=/)|\.amp(?=\.html?$|$))")


def canonical_url(url: str) -> str:
    """One spelling per page: https, lower-case host without www., no tracking parameters,
    no fragment, no trailing slash, no AMP variant."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    if host.startswith("amp."):
        host = host[4:]
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    path = AMP_PATH.sub("", parts.path) or "/"
    if path != "/" and path.endswith("/"):
        path = path.rstrip("/")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not TRACKING_PARAMS.match(k)]
    return urlunsplit(("https", host, path, urlencode(sorted(query)), ""))


def normalise_for_hash(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.findall(r"\w+", text))


def content_hash(text: str) -> str:
    return hashlib.sha1(normalise_for_hash(text).encode("utf-8")).hexdigest()


def article_id(url: str | None, body: str) -> str:
    """Stable id: from the canonical URL when there is one, else from the text."""
    key = ("url:" + canonical_url(url)) if url else ("text:" + content_hash(body))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def shingles(text: str, size: int = 5) -> set[bytes]:
    words = normalise_for_hash(text).split()
    if len(words) < size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


# The hashing scheme is part of a stored signature: signatures of different schemes
# must never be compared, so it is fixed here and given back when reading the store.
SCHEME = "affine32"
DTYPE = np.uint32


def minhash(text: str, num_perm: int = 128) -> MinHash:
    m = MinHash(num_perm=num_perm, scheme=SCHEME)
    m.update_batch(list(shingles(text)))
    return m


def signature_bytes(sig: MinHash) -> bytes:
    return sig.hashvalues.astype(DTYPE).tobytes()


def signature_from_bytes(blob: bytes) -> MinHash:
    values = np.frombuffer(blob, dtype=DTYPE)
    return MinHash(num_perm=len(values), hashvalues=values, scheme=SCHEME)


class NearDuplicateIndex:
    """MinHash LSH over article bodies. Threshold 0.8 Jaccard on 5-word shingles: wire
    copies with a changed headline or a trailing credit still match, two articles on the
    same event in different words do not."""

    def __init__(self, threshold: float = 0.8, num_perm: int = 128):
        self.num_perm = num_perm
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._seen: set[str] = set()

    def find(self, text: str, signature: MinHash | None = None) -> str | None:
        sig = signature or minhash(text, self.num_perm)
        found = sorted(self.lsh.query(sig))
        return found[0] if found else None

    def add(self, key: str, text: str, signature: MinHash | None = None) -> None:
        if key in self._seen:
            return
        self.lsh.insert(key, signature or minhash(text, self.num_perm))
        self._seen.add(key)

    def __contains__(self, key: str) -> bool:
        return key in self._seen
