"""Slot values, openers, closers and context sentences for the request templates.

Slot values carry their own article or preposition where French grammar needs it
(``at_place`` is "sur le chantier", "au dépôt"...), so a template never contracts "de le".
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = ["CLOSERS", "COMMA_OPENERS", "CONTEXTS", "ERROR_LINE", "SENTENCE_OPENERS", "SLOTS"]

_COMMON = {
    "social": ("Viva Engage", "Yammer"),
    "storage": ("OneDrive", "SharePoint"),
    "sync_code": ("0x8004de40", "0x8007016a", "0x80070005", "0x8004def7", "0x80049d61"),
    "signin_error": ("AADSTS50076", "AADSTS50057", "AADSTS50105", "AADSTS700082", "AADSTS53003"),
    "http_error": (
        "401 Unauthorized",
        "403 Forbidden",
        "429 Too Many Requests",
        "500 Internal Server Error",
        "503 Service Unavailable",
    ),
    "n": ("2", "3", "4", "5", "8", "12", "15", "20", "40"),
    "topic": ("Teams", "OneDrive", "SharePoint", "Power Automate", "Viva Engage", "Copilot"),
}

_EN = {
    "a_file": (
        "a file",
        "an Excel file",
        "a Word doc",
        "a PDF",
        "a PowerPoint deck",
        "a spreadsheet",
        "a video",
    ),
    "the_file": (
        "the file",
        "the Excel file",
        "the budget spreadsheet",
        "the Q3 deck",
        "the procedure doc",
        "the planning",
        "the price list",
    ),
    "folder": (
        "the project folder",
        "a folder",
        "the photos folder",
        "the team folder",
        "the contracts folder",
    ),
    "colleagues": (
        "my team",
        "my colleagues",
        "the whole department",
        "three colleagues",
        "the project team",
        "my unit",
    ),
    "colleague": (
        "a colleague",
        "my manager",
        "the new intern",
        "my team lead",
        "our HR partner",
        "a coworker from another site",
    ),
    "to_colleague": (
        "to a colleague",
        "to my manager",
        "to the new intern",
        "to my team lead",
        "to our HR partner",
        "to a coworker from another site",
    ),
    "external": (
        "a supplier",
        "an outside consultant",
        "our partner agency",
        "a client",
        "a freelancer",
        "an audit firm",
        "a subcontractor",
    ),
    "time": (
        "since this morning",
        "since 9am",
        "since yesterday",
        "for two hours",
        "since Monday",
        "since the last update",
    ),
    "device": (
        "my phone",
        "my iPhone",
        "my Android phone",
        "the tablet",
        "the shared tablet in the van",
        "my work phone",
    ),
    "at_place": (
        "at the warehouse",
        "on the building site",
        "at the depot",
        "on the shop floor",
        "in the store",
        "at a customer site",
    ),
    "app": (
        "the expense claim app",
        "the timesheet app",
        "the room booking app",
        "the leave request app",
        "the purchase request app",
        "the site inspection Power App",
        "the PPE tracking app",
        "the visitor badge app",
        "the maintenance ticket app",
    ),
    "app_error": (
        "Error: data source not found",
        "Runtime error 0x80040217",
        "HTTP 500 from the connector",
        "Network request failed",
        "The flow failed: Unauthorized (401)",
    ),
    "meeting": (
        "yesterday's all-hands",
        "the steering committee",
        "the weekly team meeting",
        "the client webinar",
        "the town hall",
        "this morning's training session",
    ),
    "of_meeting": (
        "of yesterday's all-hands",
        "of the steering committee",
        "of the weekly team meeting",
        "of the client webinar",
        "of the town hall",
        "of this morning's training session",
    ),
    "event": (
        "the quarterly town hall",
        "a client webinar",
        "the team offsite",
        "the monthly steering committee",
        "a training session",
    ),
    "community": (
        "the quality managers network",
        "our cyclists group",
        "the data community",
        "the sustainability network",
        "the new managers community",
        "the safety champions group",
    ),
    "channel": (
        "the project channel",
        "the General channel",
        "our team channel",
        "the announcements channel",
    ),
    "size": ("300 MB", "2 GB", "15 GB", "50 GB"),
    "api": (
        "the Graph API",
        "the SharePoint REST API",
        "our webhook",
        "the Power BI REST API",
        "our custom connector",
    ),
    "licence": (
        "a Power BI Pro licence",
        "a Visio licence",
        "a Copilot licence",
        "a Teams Premium licence",
        "a Power Apps premium licence",
        "a Project licence",
    ),
    "label": ("Confidential", "Internal", "Highly confidential", "Restricted"),
    "feature": (
        "a dark mode on the intranet",
        "scheduled posts in communities",
        "automatic translation of posts",
        "a 'read by' indicator on announcements",
        "a kiosk mode in the mobile app",
        "PDF editing in the browser",
        "a shared calendar per site",
    ),
    "day": ("on Monday", "tomorrow", "next Tuesday", "on Friday"),
    "job": ("an assistant", "a buyer", "a technician", "a sales rep", "an accountant"),
}

_FR = {
    "a_file": (
        "un fichier",
        "un fichier Excel",
        "un doc Word",
        "un PDF",
        "un PowerPoint",
        "un tableur",
        "une vidéo",
    ),
    "the_file": (
        "le fichier",
        "le fichier Excel",
        "le tableau du budget",
        "la présentation du T3",
        "la procédure",
        "le planning",
        "la grille tarifaire",
    ),
    "folder": (
        "le dossier du projet",
        "un dossier",
        "le dossier photos",
        "le dossier de l'équipe",
        "le dossier des contrats",
    ),
    "colleagues": (
        "mon équipe",
        "mes collègues",
        "tout le service",
        "trois collègues",
        "l'équipe projet",
        "mon unité",
    ),
    "colleague": (
        "un collègue",
        "une collègue",
        "mon manager",
        "ma cheffe",
        "le nouveau stagiaire",
        "notre RH",
    ),
    "to_colleague": (
        "à un collègue",
        "à une collègue",
        "à mon manager",
        "à ma cheffe",
        "au nouveau stagiaire",
        "à notre RH",
    ),
    "external": (
        "un fournisseur",
        "un consultant externe",
        "notre agence partenaire",
        "un client",
        "un freelance",
        "un cabinet d'audit",
        "un sous-traitant",
    ),
    "time": (
        "depuis ce matin",
        "depuis 9h",
        "depuis hier",
        "depuis deux heures",
        "depuis lundi",
        "depuis la dernière mise à jour",
    ),
    "device": (
        "mon téléphone",
        "mon iPhone",
        "mon Android",
        "la tablette",
        "la tablette partagée du camion",
        "mon tel pro",
    ),
    "at_place": (
        "à l'entrepôt",
        "sur le chantier",
        "au dépôt",
        "à l'atelier",
        "au magasin",
        "chez un client",
    ),
    "app": (
        "l'appli notes de frais",
        "l'appli feuille de temps",
        "l'appli de réservation de salles",
        "l'appli de demande de congés",
        "l'appli de demande d'achat",
        "la Power App d'inspection de chantier",
        "l'appli de suivi des EPI",
        "l'appli badge visiteur",
        "l'appli des bons de maintenance",
    ),
    "app_error": (
        "Erreur : source de données introuvable",
        "Erreur d'exécution 0x80040217",
        "HTTP 500 sur le connecteur",
        "Échec de la requête réseau",
        "Le flux a échoué : Unauthorized (401)",
    ),
    "meeting": (
        "la plénière d'hier",
        "le comité de pilotage",
        "la réunion d'équipe hebdo",
        "le webinaire client",
        "la réunion générale",
        "la formation de ce matin",
    ),
    "of_meeting": (
        "de la plénière d'hier",
        "du comité de pilotage",
        "de la réunion d'équipe hebdo",
        "du webinaire client",
        "de la réunion générale",
        "de la formation de ce matin",
    ),
    "event": (
        "la réunion trimestrielle",
        "un webinaire client",
        "le séminaire d'équipe",
        "le comité de pilotage mensuel",
        "une session de formation",
    ),
    "community": (
        "le réseau des responsables qualité",
        "le groupe des cyclistes",
        "la communauté data",
        "le réseau développement durable",
        "la communauté des nouveaux managers",
        "le groupe des référents sécurité",
    ),
    "channel": (
        "le canal du projet",
        "le canal Général",
        "le canal de l'équipe",
        "le canal annonces",
    ),
    "size": ("300 Mo", "2 Go", "15 Go", "50 Go"),
    "api": (
        "l'API Graph",
        "l'API REST SharePoint",
        "notre webhook",
        "l'API REST Power BI",
        "notre connecteur personnalisé",
    ),
    "licence": (
        "une licence Power BI Pro",
        "une licence Visio",
        "une licence Copilot",
        "une licence Teams Premium",
        "une licence Power Apps premium",
        "une licence Project",
    ),
    "label": ("Confidentiel", "Interne", "Très confidentiel", "Restreint"),
    "feature": (
        "un mode sombre sur l'intranet",
        "la programmation des posts dans les communautés",
        "la traduction automatique des posts",
        "un indicateur « lu par » sur les annonces",
        "un mode kiosque dans l'appli mobile",
        "l'édition des PDF dans le navigateur",
        "un calendrier partagé par site",
    ),
    "day": ("lundi", "demain", "mardi prochain", "vendredi"),
    "job": ("assistante", "acheteur", "technicien", "commercial", "comptable"),
}

SLOTS = MappingProxyType(
    {
        "en": MappingProxyType({**_COMMON, **_EN}),
        "fr": MappingProxyType({**_COMMON, **_FR}),
    }
)
"""Per language, every slot name mapped to its possible values."""

COMMA_OPENERS = MappingProxyType(
    {
        "en": ("Hi, ", "Hello, ", "Hey, ", "Good morning, ", "Hi team, ", "Quick question: "),
        "fr": ("Bonjour, ", "Salut, ", "Bonjour à tous, ", "Hello, ", "Petite question : "),
    }
)
"""Openers after which the request continues in lower case."""

SENTENCE_OPENERS = MappingProxyType(
    {
        "en": ("Hello. ", "Hi there! ", "Sorry to bother you. ", "Good afternoon. "),
        "fr": ("Bonjour. ", "Bonjour ! ", "Désolé de vous déranger. ", "Bonsoir. "),
    }
)
"""Openers that are sentences of their own."""

CLOSERS = MappingProxyType(
    {
        "en": ("Thanks!", "Thanks in advance.", "thx", "Cheers.", "Thank you for your help."),
        "fr": ("Merci !", "Merci d'avance.", "Cordialement.", "merci", "Bonne journée."),
    }
)

CONTEXTS = MappingProxyType(
    {
        "en": (
            "I already restarted my laptop twice and cleared the browser cache.",
            "I'm {at_place} today and only have my phone with me.",
            "My manager needs this sorted before the end of the day.",
            "I'm new here so sorry if this is a silly question.",
            "I tried what the intranet page says but it didn't help.",
            "This is the second time this month, last time it fixed itself.",
            "Several people in my team have asked me the same thing.",
            "I'm on a Windows laptop, everything is up to date as far as I know.",
        ),
        "fr": (
            "J'ai déjà redémarré le PC deux fois et vidé le cache du navigateur.",
            "Je suis {at_place} aujourd'hui et j'ai seulement mon téléphone.",
            "Mon manager a besoin que ce soit réglé avant ce soir.",
            "Je suis nouveau donc désolé si la question est bête.",
            "J'ai suivi la page de l'intranet mais ça n'a rien donné.",
            "C'est la deuxième fois ce mois-ci, la dernière fois ça s'était réglé tout seul.",
            "Plusieurs personnes de mon équipe me posent la même question.",
            "Je suis sur un portable Windows, tout est à jour normalement.",
        ),
    }
)
"""Sentences that lengthen a request without telling its intent."""

ERROR_LINE = MappingProxyType(
    {
        "en": "Error details: {code} | Correlation ID: {correlation} | {stamp}",
        "fr": "Détails de l'erreur : {code} | ID de corrélation : {correlation} | {stamp}",
    }
)
"""The line a user pastes from an error dialog."""
