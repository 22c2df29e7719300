"""Intent examples the organisation's reference data gives for free."""

from __future__ import annotations

__all__ = ["reference_examples"]


def reference_examples(knowledge_base=None, catalogue=None) -> tuple[list[str], list[str]]:
    """The knowledge base's questions and the titles of single-intent learning content.

    Both are written about one intent in the organisation's own words, so they teach the intent
    classifier needs that no resolved request has voiced yet. A title covering several intents
    (``intents`` lists them separated by ``;``) says too little about each and is left out, as
    are empty texts and rows without an intent.

    Parameters
    ----------
    knowledge_base : DataFrame, optional
        FAQ entries with ``question`` and ``intent``.
    catalogue : DataFrame, optional
        Learning content with ``title`` and ``intents``.

    Returns
    -------
    texts, intents : list of str

    Examples
    --------
    >>> import pandas as pd
    >>> kb = pd.DataFrame({"question": ["How do I share a file?"], "intent": ["share_file"]})
    >>> catalogue = pd.DataFrame({"title": ["Sharing files", "Teams and files"],
    ...                           "intents": ["share_file", "share_file;meetings"]})
    >>> reference_examples(kb, catalogue)
    (['How do I share a file?', 'Sharing files'], ['share_file', 'share_file'])
    """
    pairs = []
    if knowledge_base is not None and {"question", "intent"} <= set(knowledge_base.columns):
        pairs += zip(knowledge_base["question"], knowledge_base["intent"], strict=True)
    if catalogue is not None and {"title", "intents"} <= set(catalogue.columns):
        pairs += zip(catalogue["title"], catalogue["intents"], strict=True)
    kept = [
        (text.strip(), intent.strip())
        for text, intent in pairs
        if isinstance(text, str)
        and text.strip()
        and isinstance(intent, str)
        and intent.strip()
        and ";" not in intent
    ]
    return [text for text, _ in kept], [intent for _, intent in kept]
