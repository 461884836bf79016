"""The stored form of a document's language index: numpy arrays packed as bytes.

One row per document (table `nlp_documents`), four blobs, each a little-endian array
compressed with zlib at its fastest level:
- `lemmas`: uint32 project-wide lemma ids (table `nlp_lemmas`), one per token;
- `flags`: uint8 per token (function word, punctuation, number, speaker label, capital
  letter, sentence start: `duocoder.nlp.pipeline`);
- `offsets`: uint32 start deltas, then uint32 token lengths (code points);
- `sentences`: uint32 pairs (start delta, length).
Deltas and lengths are small numbers that compress to about a third. A lemma search reads
only `lemmas` (about 15 KB per 8,000-word transcript) and compares whole arrays in numpy, so
500 transcripts are searched in a fraction of a second; offsets are unpacked only for the
documents with hits. `FORMAT` changes whenever this layout or the lemmas it holds do (2: the
capital and sentence-start flags, and Dutch lemmas from simplemma under DuoCoder's rules):
rows of another format are stale and get rebuilt, never misread."""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

    from duocoder.nlp.pipeline import Analysed

FORMAT = 2


@dataclass(frozen=True, slots=True)
class TokenIndex:
    """A document's tokens with project-wide lemma ids, and its sentence spans."""

    starts: np.ndarray
    ends: np.ndarray
    lemmas: np.ndarray
    flags: np.ndarray
    sentences: np.ndarray

    def __len__(self) -> int:
        return len(self.starts)


def globalise(analysed: Analysed, lexicon: Mapping[str, int]) -> TokenIndex:
    """A document's analysis with its lemmas numbered by the project's lexicon."""
    import numpy as np

    ids = np.array([lexicon[lemma] for lemma in analysed.lemmas], dtype=np.uint32)
    return TokenIndex(
        analysed.starts,
        analysed.ends,
        ids[analysed.lemma_index],
        analysed.flags,
        analysed.sentences,
    )


def _pack(values: np.ndarray, dtype: str) -> bytes:
    import numpy as np

    return zlib.compress(np.ascontiguousarray(values, dtype=dtype).tobytes(), 1)


def _deltas(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    import numpy as np

    starts = starts.astype(np.int64)
    return np.concatenate([np.diff(starts, prepend=0), ends.astype(np.int64) - starts])


def pack(index: TokenIndex) -> dict[str, bytes]:
    """The four blobs of a row, keyed by column name."""
    sentences = index.sentences.reshape(-1, 2)
    return {
        "lemmas": _pack(index.lemmas, "<u4"),
        "flags": _pack(index.flags, "<u1"),
        "offsets": _pack(_deltas(index.starts, index.ends), "<u4"),
        "sentences": _pack(_deltas(sentences[:, 0], sentences[:, 1]), "<u4"),
    }


def unpack_array(blob: bytes, dtype: str) -> np.ndarray:
    import numpy as np

    return np.frombuffer(zlib.decompress(blob), dtype=dtype)


def unpack_lemmas(blob: bytes) -> np.ndarray:
    return unpack_array(blob, "<u4")


def unpack_flags(blob: bytes) -> np.ndarray:
    return unpack_array(blob, "<u1")


def unpack_spans(blob: bytes) -> tuple[np.ndarray, np.ndarray]:
    """(starts, ends) as int64 arrays from an `offsets` or `sentences` blob."""
    import numpy as np

    values = unpack_array(blob, "<u4").astype(np.int64)
    half = len(values) // 2
    starts = np.cumsum(values[:half])
    return starts, starts + values[half:]


def unpack(lemmas: bytes, flags: bytes, offsets: bytes, sentences: bytes) -> TokenIndex:
    import numpy as np

    starts, ends = unpack_spans(offsets)
    s_starts, s_ends = unpack_spans(sentences)
    return TokenIndex(
        starts=starts,
        ends=ends,
        lemmas=unpack_lemmas(lemmas),
        flags=unpack_flags(flags),
        sentences=np.stack([s_starts, s_ends], axis=1),
    )
