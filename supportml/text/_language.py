"""French / English detection for short, informal help requests."""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable
from typing import Literal

from supportml.exceptions import InvalidInputError
from supportml.text._normalize import _require_str
from supportml.text._validate import validate_texts

__all__ = ["Language", "detect_language", "detect_languages"]

Language = Literal["fr", "en"]
"""A language code supported by supportml."""

_LANGUAGES: tuple[Language, ...] = ("fr", "en")
_MAX_DETECTION_CHARS = 1_000
_FUNCTION_WORD_WEIGHT = 2.0
_CONTENT_WORD_WEIGHT = 1.0
_CONTRACTION_WEIGHT = 2.0
_ACCENT_WEIGHT = 1.0
_TRIGRAM_MARGIN = 1.0


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words shared by both languages in help requests ("a", "on", "me", "or", "message", "email",
# "application", "teams", "mobile", "photo", "urgent"...) are deliberately in neither list.
_FR_FUNCTION_WORDS = _words(
    """
    le la les l des du de un une au aux et en je j tu il ils elle elles nous vous mon ma mes ton
    ta tes sa ses notre nos votre vos leur leurs ce cet cette ces ça ca cela ceci que qu qui quoi
    quand comment pourquoi où ou quel quelle quels quelles est sont suis es sommes êtes etes ai
    avons avez ont être etre avoir fait faire fais peux peut pouvez pouvons peuvent veux veut
    voulez voudrais dois doit devez faut pas ne n rien jamais aucun aucune avec sans pour par sur
    dans chez depuis entre mais donc aussi très tres trop bien encore déjà deja moi toi lui eux
    se te oui tout tous toute toutes autre autres même meme ici là comme alors lorsque puis après
    apres avant pendant sous vers quelque quelques chaque plusieurs beaucoup peu moins mieux
    """
)
_FR_CONTENT_WORDS = _words(
    """
    bonjour bonsoir salut coucou merci svp stp cordialement avance madame monsieur aide aider
    besoin mdp qqn qqch pb pk pq bcp dsl jsp jsuis chui narrive jarrive jai cest aujourd arrive
    arrivé marche marchent fonctionne fonctionnent ouvrir ouvre ouvert envoyer envoie envoyé
    recevoir reçois recois reçu recu voir vois trouve trouver retrouve retrouver perdu oublié
    oublie créer creer crée supprimer supprimé ajouter ajoute modifier changer partager partage
    partagé partagée accéder acceder connecter connecte connexion télécharger telecharger
    installer utiliser récupérer recuperer enregistrer inviter rejoindre configurer désactiver
    activer bloqué bloque bloquée fichier fichiers dossier dossiers accès acces mot passe compte
    réunion reunion équipe equipe collègue collegue collègues calendrier téléphone telephone tel
    portable appli impossible erreur problème probleme souci soucis lien écran ecran imprimante
    demande identifiant lecture seule seul nouveau nouvelle nouvel messagerie courriel pièce
    jointe mise jour formation formations utilisateur utilisatrice groupe canal droits réseau
    reseau ordinateur poste logiciel sauvegarde bureau appel visio profil paramètres parametres
    réglages sondage brouillon disparu introuvable refusé grisé vide lent lente noir plante
    planté coupe non synchro restaurer ancienne ancien cours débutant debutant heures salle
    commune repas cantine restau resto psy attestation congé congés conges télétravail
    teletravail garde enfant enfants crèche creche masque masques distanciation symptômes
    symptomes confinement vaccin dépistage depistage arrêt arret maladie paie salaire prime
    mutuelle retraite embauche démission demission stage badge cellule panne
    """
)
_EN_FUNCTION_WORDS = _words(
    """
    the i my you your yours we our us they them their he she his her it its is are was were be
    been being am do does did done don dont doesnt didnt isnt arent wasnt cant cannot wont
    couldnt shouldnt wouldnt havent hasnt im ive have has had can could would should will shall
    may might must not no to of in at for from with without by about into onto this that these
    those there here what when where why how who whom which whose and but if so than then any
    some all every each another other after before during up out off over under again anymore
    still just too very also yet since because until while through between
    """
)
_EN_CONTENT_WORDS = _words(
    """
    hi hello hey thanks thank thx please pls plz help file files folder folders share shared
    sharing access password passwords account login log logged logging sign signed signing
    connect connected connection open opened opening send sent receive received meeting meetings
    team colleague colleagues calendar phone error issue issues problem trouble working works
    work worked locked lock delete deleted remove removed recover restore create created add
    added edit edited change changed find found see seen new link links screen printer request
    username read only crash crashes crashing crashed stuck fail failed failing forgot forget
    lost unable able missing disappeared slow download downloaded upload uploaded denied expired
    setup set turn way want need needs needed trying try tried get getting got keep keeps let
    make going go know show shows showing update updated install installed user users training
    permission permissions invite invited attachment picture channel group department call
    sound black startup down morning good reset laptop computer license poll join leave record
    transfer mention someone anyone everyone something nothing everything greyed grayed button
    draft community network settings setting yes wrong right an teh hwo recieve recieved
    calender cheque deposit approval restore entire weekend holiday leave sick pay payslip
    """
)
# Extra everyday and office vocabulary, used only to build the character-trigram profiles.
_FR_PROFILE_WORDS = _words(
    """
    utilisation installation configuration synchronisation notification modification suppression
    création déconnexion authentification vérification validation autorisation application
    information organisation présentation conversation publication invitation inscription
    ordinateur serveur navigateur administrateur interlocuteur répondeur lecteur moteur couleur
    valeur auteur paramétrer enregistrer imprimer transférer sauvegarder restaurer copier coller
    déplacer renommer afficher masquer cliquer appuyer saisir taper remplir valider annuler fermer
    quitter relancer redémarrer mettre prendre rendre répondre attendre entendre descendre perdre
    comprendre apprendre choisir finir réussir obtenir venir tenir devenir revenir couvrir offrir
    sortir partir servir sentir pouvoir vouloir devoir savoir falloir fenêtre bouton onglet menu
    barre icône clavier souris courrier agenda salle entreprise société service direction
    responsable collaborateur stagiaire nouveauté semaine journée matin soir midi heure minute
    année mois tableau feuille classeur diapositive rapport rendu signature adresse numéro
    coordonnées code secret sécurité confidentialité données historique corbeille archive rapide
    ancien ancienne premier première dernier dernière prochain prochaine grand grande petit petite
    facile difficile possible nécessaire obligatoire disponible indisponible accessible visible
    personnel personnelle professionnel professionnelle interne externe panne incident question
    réponse solution explication tutoriel guide assistance soutien toujours souvent parfois
    vraiment seulement maintenant hier demain bientôt ensuite enfin environ presque assez voici
    voilà chose choses gens personne personnes chacun certains habituellement automatiquement
    directement rapidement facilement normalement correctement affichage chargement
    téléchargement enregistrement paramétrage envoi réception veuillez pourriez voudriez
    auriez serait faudrait aimerais souhaiterais mettez cliquez essayez allez faites dites
    prenez davantage ailleurs dehors dedans dessus dessous autour fiable confortable public
    sujet trafic spécifique basique graphique électronique musique logique deux trois quatre
    cinq six sept huit neuf dix cent mille
    """
)
_EN_PROFILE_WORDS = _words(
    """
    using installing configuring syncing synchronizing deleting creating connecting
    disconnecting signing opening closing saving restoring copying pasting moving renaming
    clicking pressing typing filling validating cancelling quitting restarting rebooting
    uploading downloading printing sending receiving forwarding replying waiting loading server
    browser administrator reader engine color value author owner member viewer sender save print
    backup copy paste move rename display hide click press type fill submit cancel close quit
    relaunch restart put take give answer reply wait hear lose sell understand learn choose
    finish succeed obtain come hold become return cover offer suffer sleep serve feel worth
    window tab menu bar icon keyboard mouse mail schedule room office company business coworker
    intern weekly today tomorrow yesterday evening noon hour minute second year month week
    spreadsheet sheet workbook slide presentation report minutes signature address number
    details identifier code secret security privacy data history trash bin quick quickly slowly
    old first last next big small easy easily difficult possible necessary mandatory available
    unavailable accessible visible invisible personal professional internal external outage
    incident question answer solution explanation tutorial guide assistance support always
    often sometimes never really now soon finally maybe rather almost enough thing things
    people person somebody anybody nobody several usually automatically directly normally
    correctly properly recording sending kindly weird strange broken frozen freezes blank empty
    headset headphones speaker webcam camera microphone desktop tablet smartphone information
    application organization notification configuration installation connection conversation
    invitation subscription option description session discussion function position action
    collection selection section solution station documentation integration automation
    capable reliable comfortable public topic traffic specific basic graphic electronic music
    logic one two three four five six seven eight nine ten hundred thousand
    """
)
_FR_ELISIONS = _words("l d j n c s m t qu jusqu lorsqu puisqu quelqu")
_EN_CONTRACTION_SUFFIXES = _words("t s m re ve ll d")
_FR_ACCENTED_CHARS = frozenset("àâæçéèêëîïôœùûÿ")

_WORD_WEIGHTS: dict[str, tuple[Language, float]] = {
    **{word: ("fr", _CONTENT_WORD_WEIGHT) for word in _FR_CONTENT_WORDS},
    **{word: ("fr", _FUNCTION_WORD_WEIGHT) for word in _FR_FUNCTION_WORDS},
    **{word: ("en", _CONTENT_WORD_WEIGHT) for word in _EN_CONTENT_WORDS},
    **{word: ("en", _FUNCTION_WORD_WEIGHT) for word in _EN_FUNCTION_WORDS},
}

_APOSTROPHES = str.maketrans(dict.fromkeys("’‘`´ʼ", "'"))
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")


def _trigrams(word: str) -> list[str]:
    padded = f" {word} "
    return [padded[i : i + 3] for i in range(len(padded) - 2)]


def _trigram_profiles(
    words_by_language: dict[Language, Iterable[str]],
) -> dict[Language, tuple[dict[str, float], float]]:
    """Add-one smoothed trigram log-probabilities per language, and that of an unseen trigram."""
    counts = {
        language: Counter(trigram for word in words for trigram in _trigrams(word))
        for language, words in words_by_language.items()
    }
    n_trigrams = len(set().union(*counts.values())) + 1
    profiles = {}
    for language, language_counts in counts.items():
        total = sum(language_counts.values()) + n_trigrams
        log_probs = {trigram: math.log((n + 1) / total) for trigram, n in language_counts.items()}
        profiles[language] = (log_probs, math.log(1 / total))
    return profiles


# Character-trigram profiles, for the words found in neither word list.
_TRIGRAM_PROFILES = _trigram_profiles(
    {
        "fr": _FR_FUNCTION_WORDS | _FR_CONTENT_WORDS | _FR_PROFILE_WORDS,
        "en": _EN_FUNCTION_WORDS | _EN_CONTENT_WORDS | _EN_PROFILE_WORDS,
    }
)


def _check_default(default: object, caller: str) -> None:
    if default not in _LANGUAGES:
        raise InvalidInputError(
            f"The 'default' parameter of {caller} must be one of 'fr', 'en'. "
            f"Got {default!r} instead."
        )


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text[:_MAX_DETECTION_CHARS].lower().translate(_APOSTROPHES))


def _split_contraction(token: str, scores: dict[str, float]) -> list[str]:
    """Score an elision (``l'accès``) or an English contraction (``can't``); return the words."""
    parts = token.split("'")
    if len(parts) == 2 and parts[0] in _FR_ELISIONS:
        scores["fr"] += _CONTRACTION_WEIGHT
        return parts[1:]
    if len(parts) == 2 and parts[1] in _EN_CONTRACTION_SUFFIXES:
        scores["en"] += _CONTRACTION_WEIGHT
        return parts[:1]
    return parts


def _score_words(tokens: list[str]) -> tuple[dict[str, float], list[str]]:
    """Word-list evidence per language, and the words found in neither list."""
    scores = dict.fromkeys(_LANGUAGES, 0.0)
    unknown = []
    for token in tokens:
        for word in _split_contraction(token, scores):
            if any(char in _FR_ACCENTED_CHARS for char in word):
                scores["fr"] += _ACCENT_WEIGHT
            if word in _WORD_WEIGHTS:
                language, weight = _WORD_WEIGHTS[word]
                scores[language] += weight
            else:
                unknown.append(word)
    return scores, unknown


def _trigram_score(words: list[str], language: Language) -> float:
    log_probs, unseen = _TRIGRAM_PROFILES[language]
    return sum(log_probs.get(trigram, unseen) for word in words for trigram in _trigrams(word))


def detect_language(text: str, *, default: Language = "en") -> Language:
    """Tell whether a short help request is written in French or in English.

    Each word scores for a language: function words (``je``, ``pas``, ``le``, ``the``, ``my``,
    ``can``...) count 2, words common in help requests (``dossier``, ``mdp``, ``merci``,
    ``folder``, ``password``, ``thanks``...) count 1, French elisions (``l'``, ``d'``, ``j'``,
    ``n'``, ``qu'``...) and English contractions (``can't``, ``I'm``) count 2, and each word with
    a French accented letter counts 1 for French. Function words outweigh borrowed words, so
    code-switched requests such as "je n'arrive pas à share le folder" come out French. When the
    words tie, the character trigrams of the unknown words are compared with profiles built from
    the word lists and a few hundred everyday words per language; when they do not separate the
    languages either, `default` is returned.

    Only the first 1,000 characters are read: the question comes first in a help request, and
    reading more only costs time. A long text pasted after a short question (an error log in
    the other language) can still outvote the question.

    Parameters
    ----------
    text : str
        A request text, raw or normalised; case, accents and apostrophe style do not matter.
    default : {"fr", "en"}, default="en"
        Language returned when the text gives no evidence either way (empty, digits only).

    Returns
    -------
    {"fr", "en"}
        The detected language.

    Raises
    ------
    TypeError
        If `text` is not a str.
    InvalidInputError
        If `default` is not "fr" or "en".

    See Also
    --------
    detect_languages : Detect the language of a batch of texts.

    Examples
    --------
    >>> from supportml.text import detect_language
    >>> detect_language("je n'arrive pas à share le folder")
    'fr'
    >>> detect_language("how do I share a folder")
    'en'
    >>> detect_language("mot de passe oublié")
    'fr'
    >>> detect_language("12345"), detect_language("12345", default="fr")
    ('en', 'fr')
    """
    _require_str(text, "detect_language")
    _check_default(default, "detect_language")
    return _detect(text[:_MAX_DETECTION_CHARS], default)


@functools.lru_cache(maxsize=4096)
def _detect(text: str, default: Language) -> Language:
    """:func:`detect_language` of an already checked text, remembered: the router, the
    knowledge base and the recommender each ask for the language of the same request."""
    scores, unknown = _score_words(_tokens(text))
    if scores["fr"] != scores["en"]:
        return "fr" if scores["fr"] > scores["en"] else "en"
    margin = _trigram_score(unknown, "fr") - _trigram_score(unknown, "en")
    if abs(margin) < _TRIGRAM_MARGIN:
        return default
    return "fr" if margin > 0 else "en"


def detect_languages(texts: Iterable[str], *, default: Language = "en") -> list[Language]:
    """Detect the language of each text of a batch.

    The texts first go through :func:`validate_texts`, so a bad element raises the same error
    as everywhere else.

    Parameters
    ----------
    texts : list, tuple, ndarray of shape (n_texts,) or iterable of str
        Request texts.
    default : {"fr", "en"}, default="en"
        Language returned for a text that gives no evidence either way.

    Returns
    -------
    list of {"fr", "en"}
        One language per text, in input order.

    Raises
    ------
    TypeError
        If `texts` is a single str, or an element is not a str.
    InvalidInputError
        If `texts` is empty, an element is None or empty after normalisation, or `default` is
        not "fr" or "en".

    See Also
    --------
    detect_language : Detect the language of one text.

    Examples
    --------
    >>> from supportml.text import detect_languages
    >>> detect_languages(["bonjour", "hi", "reset password", "mdp oublié"])
    ['fr', 'en', 'en', 'fr']
    """
    _check_default(default, "detect_languages")
    return [detect_language(text, default=default) for text in validate_texts(texts)]
