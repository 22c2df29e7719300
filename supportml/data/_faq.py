"""FAQ entries of the synthetic knowledge base, in English and in French.

Only intents that self-service can answer (tier tendency ``chatbot`` or ``elearning``) have
entries; outages, incidents, access and licence requests have none on purpose. Each entry is an
``(english question, english answer, french question, french answer)`` tuple. Questions are
written in FAQ style, never copied from a request template.
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = ["FAQ"]

_FAQ: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    "share_file": (
        (
            "What is the recommended way to share a document with colleagues?",
            "Store it in OneDrive or in your team's SharePoint library, select it, choose Share "
            "and enter your colleagues' names. Send the link rather than an attachment, so that "
            "everyone works on the same version.",
            "Quelle est la bonne façon de partager un document avec des collègues ?",
            "Enregistrez-le dans OneDrive ou dans la bibliothèque SharePoint de votre équipe, "
            "sélectionnez-le, choisissez Partager et saisissez le nom de vos collègues. Envoyez "
            "le lien plutôt qu'une pièce jointe : tout le monde travaille sur la même version.",
        ),
        (
            "How can several people edit the same file at the same time?",
            "Share the file with edit rights from OneDrive or SharePoint and open it in the "
            "Office app or in the browser: co-authoring is automatic and each person's cursor is "
            "shown.",
            "Comment plusieurs personnes peuvent-elles modifier le même fichier en même temps ?",
            "Partagez le fichier avec le droit de modification depuis OneDrive ou SharePoint et "
            "ouvrez-le dans l'application Office ou le navigateur : la coédition est automatique "
            "et le curseur de chacun s'affiche.",
        ),
        (
            "How do I send a file that is too large for email?",
            "Upload it to OneDrive (files up to 250 GB are accepted) and share a link. Recipients "
            "open or download it from the link; nothing is attached to the message.",
            "Comment envoyer un fichier trop volumineux pour la messagerie ?",
            "Déposez-le dans OneDrive (jusqu'à 250 Go par fichier) et partagez un lien. Les "
            "destinataires l'ouvrent ou le téléchargent depuis le lien, sans pièce jointe.",
        ),
    ),
    "permissions": (
        (
            "How do I change who can view or edit one of my files?",
            "Select the file, choose Manage access, then change each person's right (can view, "
            "can edit) or stop sharing. Links can be restricted to viewing or blocked from "
            "download.",
            "Comment modifier qui peut lire ou modifier un de mes fichiers ?",
            "Sélectionnez le fichier, choisissez Gérer l'accès, puis changez le droit de chaque "
            "personne (lecture, modification) ou arrêtez le partage. Un lien peut être limité à la "
            "lecture ou interdire le téléchargement.",
        ),
        (
            "What should I do when I get an access denied message on a shared item?",
            "Use the Request access button: the owner receives your request. If the owner has "
            "left, ask the site owner listed in the site settings to grant access.",
            "Que faire quand un élément partagé affiche « accès refusé » ?",
            "Utilisez le bouton Demander l'accès : le propriétaire reçoit votre demande. S'il a "
            "quitté l'entreprise, demandez au propriétaire du site, indiqué dans les paramètres "
            "du site.",
        ),
        (
            "How do I become the owner of a team site?",
            "An existing owner adds you in the site permissions (or as team owner in Teams). If "
            "there is no owner left, the support team can assign one.",
            "Comment devenir propriétaire d'un site d'équipe ?",
            "Un propriétaire actuel vous ajoute dans les autorisations du site (ou comme "
            "propriétaire de l'équipe dans Teams). S'il n'y en a plus, le support peut en désigner "
            "un.",
        ),
    ),
    "external_guest": (
        (
            "How do I give a person outside the company access to our files?",
            "Add them as a guest of your team in Teams or share a link for specific people with "
            "their email address. Guests sign in with a one-time code and access only what you "
            "share.",
            "Comment donner accès à nos fichiers à une personne extérieure à l'entreprise ?",
            "Ajoutez-la comme invitée de votre équipe Teams ou partagez un lien pour des personnes "
            "précises avec son adresse mail. L'invité se connecte avec un code à usage unique et "
            "n'accède qu'à ce que vous partagez.",
        ),
        (
            "How long does guest access stay valid?",
            "Guest access is reviewed every 90 days: the team owner confirms the guests who still "
            "need it, the others are removed.",
            "Combien de temps reste valable un accès invité ?",
            "Les accès invités sont revus tous les 90 jours : le propriétaire de l'équipe confirme "
            "les invités qui en ont encore besoin, les autres sont retirés.",
        ),
    ),
    "sync_error": (
        (
            "What can I do when OneDrive stops syncing?",
            "Click the cloud icon, check for an error message, then choose Pause and Resume "
            "syncing. If it persists, sign out of OneDrive and sign in again; your files stay on "
            "the computer.",
            "Que faire quand OneDrive ne synchronise plus ?",
            "Cliquez sur l'icône nuage, lisez le message d'erreur, puis choisissez Suspendre et "
            "Reprendre la synchronisation. Si cela persiste, déconnectez-vous de OneDrive puis "
            "reconnectez-vous : vos fichiers restent sur l'ordinateur.",
        ),
        (
            "Why do copies of my files appear with my computer's name added?",
            "They are sync conflicts: the file was changed in two places at once. Open both "
            "copies, keep the right content in one of them and delete the other.",
            "Pourquoi des copies de mes fichiers apparaissent avec le nom de mon ordinateur ?",
            "Ce sont des conflits de synchronisation : le fichier a été modifié à deux endroits "
            "en même temps. Ouvrez les deux copies, gardez le bon contenu dans l'une et supprimez "
            "l'autre.",
        ),
        (
            "Which file names cannot be synced?",
            'Names containing " * : < > ? / \\ | or ending with a space or a dot are refused, as '
            "are paths longer than 400 characters. Rename the file and sync resumes.",
            "Quels noms de fichiers ne peuvent pas être synchronisés ?",
            'Les noms contenant " * : < > ? / \\ | ou finissant par un espace ou un point sont '
            "refusés, comme les chemins de plus de 400 caractères. Renommez le fichier et la "
            "synchronisation reprend.",
        ),
    ),
    "file_recovery": (
        (
            "How do I restore a file I deleted?",
            "Open the recycle bin of OneDrive or of the SharePoint site, select the file and "
            "choose Restore. Deleted items are kept 93 days, including in the second-stage bin.",
            "Comment restaurer un fichier que j'ai supprimé ?",
            "Ouvrez la corbeille de OneDrive ou du site SharePoint, sélectionnez le fichier et "
            "choisissez Restaurer. Les éléments supprimés sont conservés 93 jours, corbeille "
            "secondaire comprise.",
        ),
        (
            "Can a whole OneDrive be put back to an earlier date?",
            "Yes: in OneDrive settings, choose Restore your OneDrive and pick a date within the "
            "last 30 days. Every change after that date is undone.",
            "Peut-on remettre tout un OneDrive à une date antérieure ?",
            "Oui : dans les paramètres de OneDrive, choisissez Restaurer votre OneDrive et une "
            "date des 30 derniers jours. Toutes les modifications postérieures sont annulées.",
        ),
    ),
    "version_history": (
        (
            "How do I get back an earlier version of a document?",
            "Right-click the file, choose Version history, open the version you want and select "
            "Restore. The current version is kept as a version too.",
            "Comment retrouver une version antérieure d'un document ?",
            "Faites un clic droit sur le fichier, choisissez Historique des versions, ouvrez la "
            "version voulue et sélectionnez Restaurer. La version actuelle est conservée elle "
            "aussi.",
        ),
        (
            "How many versions of a file are kept?",
            "Libraries keep the last 500 major versions by default. Site owners can lower the "
            "limit to save space.",
            "Combien de versions d'un fichier sont conservées ?",
            "Les bibliothèques gardent par défaut les 500 dernières versions principales. Les "
            "propriétaires du site peuvent réduire ce nombre pour gagner de la place.",
        ),
    ),
    "storage_quota": (
        (
            "How much storage do I have and how do I see what uses it?",
            "Each person has 1 TB in OneDrive. Settings, then Storage metrics, lists the largest "
            "folders; the recycle bin and old versions count too.",
            "De combien d'espace de stockage je dispose et comment voir ce qui l'occupe ?",
            "Chacun dispose de 1 To dans OneDrive. Paramètres, puis Métriques de stockage, liste "
            "les plus gros dossiers ; la corbeille et les anciennes versions comptent aussi.",
        ),
        (
            "Who can increase the storage of a team site?",
            "Site owners ask the support team with the site address and the expected volume; "
            "archiving closed projects is suggested first.",
            "Qui peut augmenter l'espace de stockage d'un site d'équipe ?",
            "Le propriétaire du site en fait la demande au support avec l'adresse du site et le "
            "volume prévu ; l'archivage des projets terminés est proposé d'abord.",
        ),
    ),
    "search_content": (
        (
            "How do I find a document when I only remember part of its name?",
            "Type a few words in the search box at the top of Teams, OneDrive or SharePoint, then "
            "filter by file type, date or author. Search also looks inside the documents.",
            "Comment retrouver un document dont je ne connais qu'une partie du nom ?",
            "Tapez quelques mots dans la barre de recherche en haut de Teams, OneDrive ou "
            "SharePoint, puis filtrez par type, date ou auteur. La recherche porte aussi sur le "
            "contenu des documents.",
        ),
        (
            "Where can I see all the files that were shared with me?",
            "In OneDrive, the Shared view lists every file shared with you, whether it came from a "
            "chat, an email or a site.",
            "Où voir tous les fichiers qui m'ont été partagés ?",
            "Dans OneDrive, la vue Partagés liste tous les fichiers partagés avec vous, qu'ils "
            "viennent d'une conversation, d'un mail ou d'un site.",
        ),
    ),
    "data_classification": (
        (
            "Which sensitivity label should I put on a document?",
            "Public for what may leave the company, Internal by default, Confidential for "
            "personal, financial or customer data, Highly confidential for what only named people "
            "may read.",
            "Quelle étiquette de confidentialité mettre sur un document ?",
            "Public pour ce qui peut sortir de l'entreprise, Interne par défaut, Confidentiel "
            "pour les données personnelles, financières ou clients, Très confidentiel pour ce que "
            "seules des personnes nommées peuvent lire.",
        ),
        (
            "Why can't I open a document labelled Highly confidential?",
            "The label encrypts the file for a list of people. Ask its author to add you; it "
            "cannot be opened by forwarding it.",
            "Pourquoi je ne peux pas ouvrir un document classé Très confidentiel ?",
            "L'étiquette chiffre le fichier pour une liste de personnes. Demandez à son auteur de "
            "vous ajouter ; le transférer ne suffit pas pour l'ouvrir.",
        ),
    ),
    "field_offline": (
        (
            "How do I keep files available on my phone without a network?",
            "In the OneDrive mobile app, open the file's menu and choose Make available offline. "
            "Changes are sent as soon as the phone is back online.",
            "Comment garder des fichiers accessibles sur mon téléphone sans réseau ?",
            "Dans l'appli mobile OneDrive, ouvrez le menu du fichier et choisissez Rendre "
            "disponible hors connexion. Les modifications partent dès que le téléphone retrouve "
            "du réseau.",
        ),
        (
            "Are forms filled in without a network sent later?",
            "Yes for apps marked as offline-ready: entries are stored on the device and sent "
            "automatically once connected. Keep the app open until the counter shows zero.",
            "Les formulaires remplis sans réseau sont-ils envoyés plus tard ?",
            "Oui pour les applis prévues pour le hors-ligne : la saisie est gardée sur l'appareil "
            "et envoyée une fois connecté. Laissez l'appli ouverte jusqu'à ce que le compteur "
            "affiche zéro.",
        ),
    ),
    "notifications": (
        (
            "How do I reduce the number of notifications I receive?",
            "In Teams, Settings then Notifications lets you keep mentions and replies only; on a "
            "channel, the bell icon sets alerts per channel. On the social network, choose your "
            "email digest frequency in the settings.",
            "Comment recevoir moins de notifications ?",
            "Dans Teams, Paramètres puis Notifications permet de ne garder que les mentions et les "
            "réponses ; sur un canal, l'icône cloche règle les alertes par canal. Sur le réseau "
            "social, choisissez la fréquence du récapitulatif par mail dans les paramètres.",
        ),
        (
            "How do I set quiet hours on my phone?",
            "In the Teams mobile app, Settings, Notifications, Quiet time: choose the hours and "
            "days without alerts.",
            "Comment définir des heures calmes sur mon téléphone ?",
            "Dans l'appli mobile Teams, Paramètres, Notifications, Heures calmes : choisissez les "
            "heures et les jours sans alerte.",
        ),
        (
            "Why don't I get notifications on my computer any more?",
            "Check that Windows notifications are allowed for Teams and that focus mode is off, "
            "then that your status is not Do not disturb.",
            "Pourquoi je ne reçois plus de notifications sur mon ordinateur ?",
            "Vérifiez que Windows autorise les notifications de Teams et que le mode concentration "
            "est désactivé, puis que votre statut n'est pas Ne pas déranger.",
        ),
    ),
    "meeting_recording": (
        (
            "Where are meeting recordings stored?",
            "In the OneDrive of the person who started the recording, or in the channel's files "
            "for a channel meeting. The link also appears in the meeting chat.",
            "Où sont stockés les enregistrements de réunion ?",
            "Dans le OneDrive de la personne qui a lancé l'enregistrement, ou dans les fichiers "
            "du canal pour une réunion de canal. Le lien apparaît aussi dans la conversation de "
            "la réunion.",
        ),
        (
            "How long are meeting recordings kept?",
            "Recordings expire after 120 days. The owner can change the expiry date in the file's "
            "details before it expires.",
            "Combien de temps les enregistrements de réunion sont-ils conservés ?",
            "Les enregistrements expirent au bout de 120 jours. Leur propriétaire peut modifier "
            "la date d'expiration dans les détails du fichier avant l'échéance.",
        ),
        (
            "Why is the record button unavailable?",
            "Recording is only for the organiser and people from the company; guests and external "
            "attendees cannot start it. Some meeting policies disable it.",
            "Pourquoi le bouton d'enregistrement est-il indisponible ?",
            "L'enregistrement est réservé à l'organisateur et aux personnes de l'entreprise ; les "
            "invités et participants externes ne peuvent pas le lancer. Certaines stratégies de "
            "réunion le désactivent.",
        ),
    ),
    "meeting_setup": (
        (
            "How do I invite people who don't use Teams to a meeting?",
            "Add their email address to the invitation: they join from the link in a browser, "
            "without an account, and wait in the lobby until admitted.",
            "Comment inviter à une réunion des personnes qui n'utilisent pas Teams ?",
            "Ajoutez leur adresse mail à l'invitation : elles rejoignent depuis le lien dans un "
            "navigateur, sans compte, et attendent dans la salle d'attente.",
        ),
        (
            "How do I control what attendees can do in my meeting?",
            "Open Meeting options from the invitation: choose who bypasses the lobby, who can "
            "present, and whether attendees can unmute or use their camera.",
            "Comment contrôler ce que les participants peuvent faire dans ma réunion ?",
            "Ouvrez Options de réunion depuis l'invitation : choisissez qui contourne la salle "
            "d'attente, qui peut présenter et si les participants peuvent activer micro et "
            "caméra.",
        ),
    ),
    "chat_etiquette": (
        (
            "When should I post in a channel rather than in a chat?",
            "Post in a channel what concerns the whole team or needs to be found later; use a "
            "chat for quick exchanges between a few people. Reply in the thread to keep topics "
            "together.",
            "Quand faut-il publier dans un canal plutôt que dans une conversation ?",
            "Publiez dans un canal ce qui concerne toute l'équipe ou doit être retrouvé plus "
            "tard ; gardez la conversation pour les échanges rapides entre quelques personnes. "
            "Répondez dans le fil pour garder les sujets ensemble.",
        ),
        (
            "Is it fine to send messages outside working hours?",
            "Yes, but nobody is expected to answer before their working hours. Use delayed "
            "sending, or mark the message as not urgent.",
            "Peut-on envoyer des messages en dehors des heures de travail ?",
            "Oui, mais personne n'est tenu de répondre avant ses heures de travail. Programmez "
            "l'envoi ou indiquez que le message n'est pas urgent.",
        ),
    ),
    "teams_channels": (
        (
            "What is the difference between a team, a channel and a chat?",
            "A team gathers people around a project or a department; its channels split the "
            "topics and keep files and posts; a chat is a private conversation outside any team.",
            "Quelle est la différence entre une équipe, un canal et une conversation ?",
            "Une équipe réunit des personnes autour d'un projet ou d'un service ; ses canaux "
            "séparent les sujets et gardent fichiers et publications ; une conversation est un "
            "échange privé hors de toute équipe.",
        ),
        (
            "How do I add a private channel to a team?",
            "Next to the team name, choose More options, Add channel, and set the privacy to "
            "Private. Only the members you add see its posts and files.",
            "Comment ajouter un canal privé à une équipe ?",
            "À côté du nom de l'équipe, choisissez Autres options, Ajouter un canal, puis la "
            "confidentialité Privé. Seuls les membres ajoutés voient ses publications et "
            "fichiers.",
        ),
    ),
    "mobile_app": (
        (
            "How do I install the collaboration apps on my phone?",
            "Install Teams, OneDrive and Viva Engage from the App Store or Google Play, then sign "
            "in with your work address. On a personal phone, the data stays in a protected "
            "space.",
            "Comment installer les applis collaboratives sur mon téléphone ?",
            "Installez Teams, OneDrive et Viva Engage depuis l'App Store ou Google Play, puis "
            "connectez-vous avec votre adresse professionnelle. Sur un téléphone personnel, les "
            "données restent dans un espace protégé.",
        ),
        (
            "May I use my personal phone for work apps?",
            "Yes: the apps protect work data without enrolling the whole phone. The company can "
            "only erase work data from the apps, never your personal content.",
            "Ai-je le droit d'utiliser mon téléphone personnel pour les applis de travail ?",
            "Oui : les applis protègent les données professionnelles sans inscrire tout le "
            "téléphone. L'entreprise ne peut effacer que les données de travail des applis, "
            "jamais vos contenus personnels.",
        ),
        (
            "What should I do when a mobile app crashes or stays blank?",
            "Update the app and the phone's system, then sign out and back in. If it persists, "
            "uninstall and reinstall the app; nothing stored in the cloud is lost.",
            "Que faire quand une appli mobile plante ou reste blanche ?",
            "Mettez à jour l'appli et le système du téléphone, puis déconnectez-vous et "
            "reconnectez-vous. Si cela continue, désinstallez et réinstallez l'appli : rien de ce "
            "qui est dans le cloud n'est perdu.",
        ),
    ),
    "password_reset": (
        (
            "How do I reset a forgotten password?",
            "Go to the self-service password portal, enter your work address and confirm your "
            "identity with your phone. The new password works everywhere within a few minutes.",
            "Comment réinitialiser un mot de passe oublié ?",
            "Allez sur le portail de réinitialisation en libre-service, saisissez votre adresse "
            "professionnelle et confirmez votre identité avec votre téléphone. Le nouveau mot de "
            "passe est actif partout en quelques minutes.",
        ),
        (
            "What are the rules for a valid password?",
            "At least 12 characters, not one of your last 5 passwords, and not containing your "
            "name. A short sentence is easier to remember than random characters.",
            "Quelles sont les règles d'un mot de passe valide ?",
            "Au moins 12 caractères, différent de vos 5 derniers mots de passe et sans votre nom. "
            "Une courte phrase se retient mieux qu'une suite de caractères.",
        ),
        (
            "How long does an account stay locked after failed sign-ins?",
            "The lock lifts by itself after 15 minutes. Resetting your password through the "
            "self-service portal unlocks it at once.",
            "Combien de temps un compte reste-t-il verrouillé après des échecs de connexion ?",
            "Le verrouillage se lève seul au bout de 15 minutes. Réinitialiser le mot de passe "
            "sur le portail en libre-service le débloque immédiatement.",
        ),
    ),
    "mfa_setup": (
        (
            "How do I register the authenticator app on a new phone?",
            "On a computer, open the security info page, add a sign-in method, choose the "
            "authenticator app and scan the QR code with the new phone. Then remove the old "
            "phone.",
            "Comment enregistrer l'appli d'authentification sur un nouveau téléphone ?",
            "Sur un ordinateur, ouvrez la page Informations de sécurité, ajoutez une méthode de "
            "connexion, choisissez l'appli d'authentification et scannez le QR code avec le "
            "nouveau téléphone. Supprimez ensuite l'ancien.",
        ),
        (
            "Which second factors can I use?",
            "The authenticator app, a text message to your phone, or a hardware security key for "
            "sites where phones are not allowed.",
            "Quels seconds facteurs puis-je utiliser ?",
            "L'appli d'authentification, un SMS sur votre téléphone, ou une clé de sécurité "
            "physique pour les sites où les téléphones sont interdits.",
        ),
        (
            "How do I change the phone number used for verification codes?",
            "On the security info page, edit the phone method and enter the new number; a code "
            "is sent to confirm it.",
            "Comment changer le numéro utilisé pour les codes de vérification ?",
            "Sur la page Informations de sécurité, modifiez la méthode Téléphone et saisissez le "
            "nouveau numéro ; un code est envoyé pour le confirmer.",
        ),
    ),
    "onboarding_first_steps": (
        (
            "What should a new employee set up in the first week?",
            "Sign in to Teams, register your second factor, install the mobile apps, complete "
            "your profile and join your team's channels. The onboarding path in the learning "
            "catalogue walks you through it.",
            "Que doit configurer un nouvel arrivant la première semaine ?",
            "Connectez-vous à Teams, enregistrez votre second facteur, installez les applis "
            "mobiles, complétez votre profil et rejoignez les canaux de votre équipe. Le parcours "
            "d'intégration du catalogue de formation vous guide.",
        ),
        (
            "Where is the onboarding path for new hires?",
            "In the learning catalogue, under New hires: a short series of videos and guides to "
            "follow in your first days.",
            "Où se trouve le parcours d'intégration des nouveaux arrivants ?",
            "Dans le catalogue de formation, rubrique Nouveaux arrivants : une courte série de "
            "vidéos et de guides à suivre les premiers jours.",
        ),
    ),
    "training_request": (
        (
            "Where can I find training on the collaboration tools?",
            "The learning catalogue offers e-learning, short videos, podcasts and guides for "
            "every tool and level, in English and French. Ambassadors also run sessions on "
            "request.",
            "Où trouver des formations sur les outils collaboratifs ?",
            "Le catalogue de formation propose e-learning, vidéos courtes, podcasts et guides pour "
            "chaque outil et chaque niveau, en français et en anglais. Les ambassadeurs animent "
            "aussi des sessions à la demande.",
        ),
        (
            "Can a team ask for a workshop?",
            "Yes: a manager can ask the ambassador network for a workshop adapted to the team's "
            "tools and projects.",
            "Une équipe peut-elle demander un atelier ?",
            "Oui : un manager peut demander au réseau des ambassadeurs un atelier adapté aux "
            "outils et aux projets de l'équipe.",
        ),
    ),
    "create_community": (
        (
            "How do I create a community on the enterprise social network?",
            "In Viva Engage, choose Create a community, give it a name following the naming "
            "convention, a description and at least two admins, then choose public or private.",
            "Comment créer une communauté sur le réseau social d'entreprise ?",
            "Dans Viva Engage, choisissez Créer une communauté, donnez-lui un nom conforme à la "
            "règle de nommage, une description et au moins deux administrateurs, puis choisissez "
            "publique ou privée.",
        ),
        (
            "When should I open a community rather than a team?",
            "A community suits a large, open network sharing news and questions; a team suits "
            "people working together on the same files and tasks.",
            "Quand ouvrir une communauté plutôt qu'une équipe ?",
            "Une communauté convient à un grand réseau ouvert qui partage actualités et "
            "questions ; une équipe convient à des personnes qui travaillent ensemble sur les "
            "mêmes fichiers et tâches.",
        ),
    ),
    "publish_post": (
        (
            "How do I publish an announcement that every member sees?",
            "Community admins choose Announcement when writing a post: members are notified and "
            "the post can be pinned at the top of the community.",
            "Comment publier une annonce vue par tous les membres ?",
            "Les administrateurs de la communauté choisissent Annonce en rédigeant le post : les "
            "membres sont notifiés et le post peut être épinglé en haut de la communauté.",
        ),
        (
            "Can posts include polls, photos and mentions?",
            "Yes: the post editor lets you add a poll, several photos or a video, and mention "
            "people with @ followed by their name.",
            "Un post peut-il contenir un sondage, des photos et des mentions ?",
            "Oui : l'éditeur de post permet d'ajouter un sondage, plusieurs photos ou une vidéo, "
            "et de mentionner quelqu'un avec @ suivi de son nom.",
        ),
    ),
    "profile_settings": (
        (
            "How do I update my profile information?",
            "Your photo and contact details are edited from your profile card; your job title, "
            "department and manager come from HR and are corrected through them.",
            "Comment mettre à jour les informations de mon profil ?",
            "La photo et les coordonnées se modifient depuis votre carte de profil ; le poste, le "
            "service et le manager viennent des RH et se corrigent auprès d'eux.",
        ),
        (
            "How do I change the language of the interface?",
            "In the settings of your account, choose the display language; Teams and the web "
            "apps follow it after you sign in again.",
            "Comment changer la langue de l'interface ?",
            "Dans les paramètres de votre compte, choisissez la langue d'affichage ; Teams et les "
            "applis web la suivent après reconnexion.",
        ),
    ),
}

FAQ = MappingProxyType(_FAQ)
"""Every self-service intent mapped to its FAQ entries (EN question, EN answer, FR q., FR a.)."""
