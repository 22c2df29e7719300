"""Distinctive keywords of groups of texts: class-based TF-IDF, as BERTopic names its topics."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["distinctive_keywords"]

# Frequent French function words; scikit-learn's list covers English.
_FRENCH_STOP_WORDS = frozenset(
    """a au aux avec ce ces cette dans de des du elle en est et eu il ils je j la le les leur lui ma
    mais me mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses si son sur ta
    te tes toi ton tu un une vos votre vous y c d l m n s t été être avoir ai as avez ont suis
    sont était fait faire plus comme tout tous très bien aussi peux peut veux ça cela ceci
    bonjour merci svp stp""".split()  # noqa: SIM905
)


def distinctive_keywords(
    texts: Sequence[str], groups: Sequence[int], *, n_keywords: int = 5
) -> dict[int, list[str]]:
    """The words that set each group of texts apart from the others (c-TF-IDF).

    A word scores ``tf(word, group) · log(1 + mean words per group / frequency of word)``,
    where ``tf`` is its frequency in the group's texts taken as one document; stop words
    (English and French) and one-letter tokens are left out.

    Parameters
    ----------
    texts : sequence of str
    groups : sequence of int
        The group of each text; negative groups take part in the frequencies but get no
        keywords.
    n_keywords : int, default=5

    Returns
    -------
    keywords : dict of int to list of str
        Best first, for each group >= 0.

    Examples
    --------
    >>> distinctive_keywords(
    ...     ["refund my card", "card refund", "reset password", "password lost"], [0, 0, 1, 1],
    ...     n_keywords=2)
    {0: ['card', 'refund'], 1: ['password', 'lost']}
    """
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer

    groups = np.asarray(groups)
    ids = np.unique(groups[groups >= 0])
    stop_words = sorted(ENGLISH_STOP_WORDS | _FRENCH_STOP_WORDS)
    vectorizer = CountVectorizer(
        stop_words=stop_words, token_pattern=r"(?u)\b[^\W\d_][\w'-]+\b", lowercase=True
    )
    try:
        counts = vectorizer.fit_transform(texts)
    except ValueError:  # nothing but stop words
        return {int(g): [] for g in ids}
    vocabulary = vectorizer.get_feature_names_out()
    per_group = np.vstack([np.asarray(counts[groups == g].sum(axis=0)).ravel() for g in ids])
    tf = per_group / np.maximum(per_group.sum(axis=1, keepdims=True), 1)
    frequency = np.asarray(counts.sum(axis=0)).ravel()
    idf = np.log1p(per_group.sum(axis=1).mean() / np.maximum(frequency, 1))
    score = tf * idf
    keywords = {}
    for row, g in enumerate(ids):
        order = np.lexsort((vocabulary, -score[row]))[:n_keywords]
        keywords[int(g)] = [str(vocabulary[i]) for i in order if per_group[row, i] > 0]
    return keywords
