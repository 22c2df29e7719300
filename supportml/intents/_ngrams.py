"""Word and character n-gram TF-IDF features."""

from __future__ import annotations

import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

__all__ = ["NgramFeatures"]


class NgramFeatures:
    """Word 1–2-grams (accents stripped) next to character 2–5-grams, each block L2-normalised.

    Character n-grams carry typos, product names, code-switching and French morphology, which
    an English sentence encoder handles poorly.

    Examples
    --------
    >>> features = NgramFeatures().fit(["partager un dossier", "share a folder"])
    >>> features.transform(["partager"]).shape[0]
    1
    """

    def fit(self, texts: list[str]) -> NgramFeatures:
        self.words_ = TfidfVectorizer(
            ngram_range=(1, 2), sublinear_tf=True, strip_accents="unicode"
        ).fit(texts)
        self.chars_ = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True
        ).fit(texts)
        return self

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        return sp.hstack([self.words_.transform(texts), self.chars_.transform(texts)], format="csr")
