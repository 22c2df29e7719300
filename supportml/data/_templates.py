"""Request templates: for every intent, situations written in English and in French.

Each situation is an ``(english, french)`` pair describing the same need, so that a situation
held out for the test split is held out in both languages. ``{slot}`` fields are filled from
:data:`supportml.data._slots.SLOTS`. Templates were written for this project; none comes from
real tickets.
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = ["TEMPLATES"]

_TEMPLATES: dict[str, tuple[tuple[str, str], ...]] = {
    "share_file": (
        (
            "How do I share {folder} with {colleagues}?",
            "Comment partager {folder} avec {colleagues} ?",
        ),
        ("share {a_file} with team", "partage {a_file} equipe"),
        (
            "I need to send {the_file} to {n} colleagues without attaching it to an email, "
            "what's the best way?",
            "Je dois envoyer {the_file} à {n} collègues sans passer par une pièce jointe, "
            "c'est quoi la meilleure façon ?",
        ),
        (
            "I sent a link to {the_file} but {colleague} only sees an empty page. Same company, "
            "same tenant. Did I share it wrong?",
            "J'ai envoyé le lien vers {the_file} mais {colleague} tombe sur une page vide. "
            "On est dans la même boîte, j'ai raté quoi ?",
        ),
        (
            "Can I post {a_file} directly in {channel} so everyone on the project sees it?",
            "Je peux déposer {a_file} directement dans {channel} pour que toute l'équipe le voie ?",
        ),
        (
            "trying to get a {size} video from {device} to {colleagues}, email refuses it",
            "la vidéo fait {size} et la messagerie la bloque, comment je la fais passer à "
            "{colleagues} depuis {device} ?",
        ),
        (
            "What's the difference between 'Copy link' and 'Share' in {storage}?",
            "Quelle différence entre « Copier le lien » et « Partager » dans {storage} ?",
        ),
        (
            "I'm going on leave and want to hand over {folder} {to_colleague} who replaces me. "
            "Cleanest way to do it?",
            "Je pars en congés et je veux laisser {folder} {to_colleague} qui me remplace. "
            "Comment faire proprement ?",
        ),
    ),
    "permissions": (
        (
            "How do I make {the_file} read-only for everyone except me?",
            "Comment mettre {the_file} en lecture seule pour tout le monde sauf moi ?",
        ),
        ("access denied on shared doc", "acces refuse sur doc partagé"),
        (
            "{colleague} can see {the_file} but can't edit it, I thought I gave edit rights. "
            "Where do I check?",
            "{colleague} voit {the_file} mais n'a pas les droits de modification alors que je "
            "pensais les avoir donnés. Je vérifie où ?",
        ),
        (
            "Someone left the team and still has access to {folder}, how do I remove them?",
            "Un agent a quitté le service et a toujours les droits sur {folder}, comment le "
            "retirer ?",
        ),
        (
            "I get 'You need permission to access this item' and the request access button "
            "does nothing",
            "J'ai le message « Vous avez besoin d'une autorisation pour accéder à cet élément » "
            "et le bouton de demande d'accès ne fait rien",
        ),
        (
            "change link from can edit to can view",
            "passer un lien de 'peut modifier' à 'peut afficher'",
        ),
        (
            "We want {folder} visible to all staff but editable only by the quality team. "
            "Possible in {storage}?",
            "On voudrait que {folder} soit consultable par tous mais modifiable uniquement par "
            "l'équipe qualité, c'est faisable dans {storage} ?",
        ),
        (
            "I took over the project site, {colleague} moved to another role. How do I become "
            "owner to manage who gets in?",
            "Je reprends le site du projet, {colleague} a changé de poste. Comment en devenir "
            "propriétaire pour gérer les accès ?",
        ),
    ),
    "external_guest": (
        (
            "How do I invite {external} into our Teams channel?",
            "Comment inviter {external} dans notre canal Teams ?",
        ),
        ("add guest user to team", "ajout invité externe teams"),
        (
            "Need to send {folder} to {external}, the share button says sharing outside the org "
            "isn't allowed",
            "Je dois envoyer {folder} à {external} mais le bouton Partager dit que le partage hors "
            "de l'organisation est désactivé",
        ),
        (
            "{external} got the invitation but keeps being asked to sign in with a work account "
            "they don't have",
            "{external} a bien reçu l'invitation mais doit se connecter avec un compte "
            "professionnel inexistant, on fait comment ?",
        ),
        (
            "How long does guest access last? Our subcontractor lost access after a few weeks.",
            "Combien de temps dure un accès invité ? Notre partenaire n'a plus accès après "
            "quelques semaines.",
        ),
        (
            "Can {external} with a gmail address access our {storage}?",
            "Quelqu'un d'extérieur avec une adresse gmail peut accéder à notre espace {storage} ?",
        ),
        (
            "We're starting a joint project with {external}. What's the process to give them "
            "access to our workspace?",
            "On démarre un projet commun avec {external}. Quelle est la procédure pour leur "
            "ouvrir notre espace de travail ?",
        ),
        (
            "send big files to {external} securely",
            "transmettre des gros fichiers a {external} de facon securisee",
        ),
    ),
    "sync_error": (
        ("sync broken", "synchro ko"),
        (
            "{storage} shows red crosses on half my files",
            "des croix rouges partout sur mes fichiers {storage}",
        ),
        (
            "{storage} has been stuck on 'Processing changes' {time} and nothing uploads. "
            "I already restarted the laptop twice.",
            "{storage} reste bloqué sur « Traitement des modifications » {time} et plus rien ne "
            "remonte. J'ai déjà redémarré le PC deux fois.",
        ),
        (
            "I keep getting duplicate copies with my PC name added, like budget-LAPTOP.xlsx. "
            "What is going on?",
            "j'ai des doublons avec le nom de mon ordi à la fin, genre budget-PORTABLE.xlsx, "
            "c'est quoi ce bazar ?",
        ),
        (
            "files I save on my desktop don't show up in the web version",
            "ce que j'enregistre sur mon pc n'apparait pas sur la version web",
        ),
        (
            "The desktop client asks me to sign in every morning then shows error {sync_code}",
            "le client {storage} me redemande de me connecter tous les matins puis affiche "
            "l'erreur {sync_code}",
        ),
        (
            "conflict on {a_file}, now there are two versions side by side, which one do I keep",
            "conflit sur {a_file}, il y a maintenant deux versions, laquelle garder ?",
        ),
        (
            "The library I synced to File Explorer stopped updating {time}: colleagues add files "
            "but they never appear on my PC.",
            "La bibliothèque synchronisée dans l'Explorateur ne se met plus à jour {time} : mes "
            "collègues ajoutent des fichiers mais je ne les vois jamais arriver.",
        ),
    ),
    "file_recovery": (
        (
            "deleted a file by mistake, can i get it back",
            "j'ai supprimé un fichier par erreur, on peut le récupérer ?",
        ),
        ("recover deleted folder", "récupérer dossier supprimé"),
        (
            "I emptied the {storage} recycle bin last week and now I need one of the files. Is "
            "there a second-stage bin?",
            "J'ai vidé la corbeille {storage} la semaine dernière et j'ai besoin d'un des "
            "fichiers. Il y a une deuxième corbeille ?",
        ),
        (
            "{colleague} wiped {folder} from the team site this morning, help",
            "{colleague} a effacé {folder} sur le site d'équipe ce matin, au secours",
        ),
        (
            "file disappeared from {channel}, not in my recycle bin either",
            "fichier disparu dans {channel}, et il est pas dans ma corbeille non plus",
        ),
        (
            "Can I restore my entire {storage} to how it was 3 days ago? A script renamed "
            "hundreds of files.",
            "Peut-on remettre tout mon {storage} dans l'état d'il y a 3 jours ? Un script a "
            "renommé des centaines de fichiers.",
        ),
        (
            "I need a file from a former employee's OneDrive that was removed, how long is it "
            "kept?",
            "Il me faut un fichier du OneDrive d'un ancien salarié qui a été supprimé, c'est "
            "conservé combien de temps ?",
        ),
        (
            "how many days do we have to get something back from the bin?",
            "on a combien de jours pour ressortir un truc de la corbeille ?",
        ),
    ),
    "version_history": (
        ("restore older version word doc", "restaurer ancienne version doc word"),
        (
            "Someone overwrote my tab in {the_file}. How do I go back to yesterday's version?",
            "Quelqu'un a écrasé mon onglet dans {the_file}. Comment revenir à la version d'hier ?",
        ),
        (
            "where is the version history in {storage}?",
            "où est l'historique des versions dans {storage} ?",
        ),
        (
            "the version history only shows today, where are the older ones?",
            "l'historique des versions n'affiche qu'aujourd'hui, où sont passées les anciennes ?",
        ),
        (
            "Accidentally saved over the template with my own data, can that be undone?",
            "j'ai enregistré par dessus le modèle avec mes données, on peut annuler ?",
        ),
        (
            "Can I see who changed what in {the_file} and when? Numbers changed and nobody "
            "knows why.",
            "Peut-on voir qui a modifié quoi dans {the_file} et quand ? Des chiffres ont bougé et "
            "personne ne sait pourquoi.",
        ),
        (
            "How many versions does {storage} keep? I need to compare with the one from last "
            "month.",
            "{storage} garde combien de versions ? Je dois comparer avec celle du mois dernier.",
        ),
        ("compare two versions of a word doc", "comparer deux versions d'un doc word"),
    ),
    "storage_quota": (
        ("{storage} full", "mon {storage} est full"),
        (
            "I'm getting 'Your storage is almost full' warnings. Can my quota be increased?",
            "J'ai des alertes « Votre espace de stockage est presque plein ». Peut-on augmenter "
            "mon quota ?",
        ),
        (
            "Our team site hit its storage limit and nobody can upload anymore. Who can raise it?",
            "Notre site d'équipe a atteint sa limite de stockage et plus personne ne peut "
            "déposer. Qui peut l'augmenter ?",
        ),
        ("how much space do I have on {storage}", "combien d'espace j'ai sur {storage}"),
        (
            "what's taking up all my storage? can't find any big files",
            "qu'est ce qui prend toute ma place ? je trouve pas les gros fichiers",
        ),
        (
            "need more space, about {size} of video every week",
            "besoin de plus de stockage, {size} de vidéos par semaine",
        ),
        ("does the recycle bin count toward my quota?", "la corbeille compte dans mon quota ?"),
        (
            "Upload fails with 'not enough space' but {storage} says only 60% used.",
            "L'envoi échoue avec « espace insuffisant » alors que {storage} indique 60 % utilisé.",
        ),
    ),
    "search_content": (
        ("can't find a document", "je retrouve pas un doc"),
        (
            "How do I search for {a_file} across all the team sites? I only remember a word of "
            "the title.",
            "Comment chercher {a_file} sur tous les sites d'équipe ? Je me souviens juste d'un "
            "mot du titre.",
        ),
        (
            "search in {storage} returns nothing for a file I know exists",
            "la recherche {storage} ne trouve rien alors que le fichier existe",
        ),
        (
            "Where do I find the procedures published by HR? The intranet search gives hundreds "
            "of results.",
            "Où trouver les procédures publiées par les RH ? La recherche de l'intranet donne "
            "des centaines de résultats.",
        ),
        (
            "Is there a way to search old Teams conversations for a link someone sent me?",
            "Est-ce qu'on peut chercher dans les vieilles conversations Teams un lien qu'on m'a "
            "envoyé ?",
        ),
        (
            "how to filter search results by date or by author",
            "comment filtrer les résultats de recherche par date ou par auteur",
        ),
        (
            "I saw a post about {topic} on {social} last week and can't find it again",
            "j'ai vu un post sur {topic} sur {social} la semaine dernière et impossible de le "
            "retrouver",
        ),
        (
            "Files shared with me in chats are scattered everywhere. Is there one place that "
            "lists everything shared with me?",
            "Les fichiers qu'on me partage dans les conversations sont éparpillés partout. Il y a "
            "un endroit qui liste tout ce qui est partagé avec moi ?",
        ),
    ),
    "data_classification": (
        ("which sensitivity label for HR docs?", "quelle étiquette pour les docs RH ?"),
        (
            "How do I apply the '{label}' label to {the_file}?",
            "Comment appliquer l'étiquette « {label} » sur {the_file} ?",
        ),
        (
            "I can't open an attachment labelled '{label}' that {colleague} sent me",
            "je n'arrive pas à ouvrir une pièce jointe classée « {label} » envoyée par {colleague}",
        ),
        (
            "What's the difference between Internal and Confidential? When do I have to use which?",
            "Quelle différence entre Interne et Confidentiel ? Quand faut-il utiliser l'un ou "
            "l'autre ?",
        ),
        (
            "The label is greyed out and I can't lower it from '{label}' to Public",
            "l'étiquette est grisée et je ne peux pas la passer de « {label} » à Public",
        ),
        (
            "Are we allowed to store customer data on {storage}, and how should it be classified?",
            "A-t-on le droit de stocker des données clients sur {storage}, et comment les "
            "classer ?",
        ),
        (
            "Outlook asks me to justify why I'm removing the label, is that normal?",
            "Outlook me demande de justifier pourquoi j'enlève l'étiquette, c'est normal ?",
        ),
        (
            "can I share a file marked '{label}' with {external}?",
            "est-ce que je peux partager un fichier marqué « {label} » avec {external} ?",
        ),
    ),
    "governance_retention": (
        ("retention policy for project files?", "durée de conservation des fichiers projet ?"),
        (
            "We have to keep contracts for 10 years. How do we set a retention label on our "
            "{storage} library so nothing gets deleted by mistake?",
            "On doit conserver les contrats 10 ans. Comment poser une étiquette de rétention sur "
            "notre bibliothèque {storage} pour que rien ne soit supprimé par erreur ?",
        ),
        (
            "What happens to the files of a team when the project ends? Who decides to archive "
            "or delete it?",
            "Que deviennent les fichiers d'une équipe quand le projet est terminé ? Qui décide de "
            "l'archiver ou de la supprimer ?",
        ),
        (
            "Legal hold request: we need to freeze the mailbox and OneDrive of a departing "
            "employee",
            "Demande de gel : il faut bloquer la boîte mail et le OneDrive d'un salarié qui part",
        ),
        (
            "How should we organise ownership of the {n} team sites of our department? Half of "
            "them have no owner anymore.",
            "Comment organiser la gouvernance des {n} sites d'équipe de notre direction ? La "
            "moitié n'ont plus de propriétaire.",
        ),
        (
            "Are chat messages deleted automatically after a while? Our auditors ask how long we "
            "keep them.",
            "Les messages des conversations sont-ils supprimés automatiquement au bout d'un "
            "moment ? Nos auditeurs demandent combien de temps on les garde.",
        ),
        (
            "Can we set up an archive space for closed projects that stays read-only?",
            "Peut-on mettre en place un espace d'archives en lecture seule pour les projets clos ?",
        ),
        (
            "GDPR: how long can we keep candidates' CVs in our HR site, and how do we purge them?",
            "RGPD : combien de temps peut-on garder les CV des candidats dans notre site RH, et "
            "comment les purger ?",
        ),
    ),
    "field_offline": (
        (
            "no network on site, can't open files",
            "pas de réseau sur le chantier, impossible d'ouvrir les fichiers",
        ),
        (
            "How do I keep {folder} available offline on {device}? No signal {at_place}.",
            "Comment garder {folder} dispo hors ligne sur {device} ? Pas de réseau {at_place}.",
        ),
        (
            "I filled in a form {at_place} without signal, will it be sent when I'm back in "
            "coverage?",
            "J'ai rempli un formulaire {at_place} sans réseau, il partira quand je retrouverai "
            "du réseau ?",
        ),
        (
            "changes I made offline on the train never went up when I got back online",
            "j'ai bossé hors ligne dans le train et mes modifs ne sont jamais remontées une fois "
            "reconnecté",
        ),
        (
            "photos taken offline {at_place} are not uploaded to the team folder",
            "les photos prises hors ligne {at_place} ne remontent pas dans le dossier de l'équipe",
        ),
        (
            "Can I read the safety procedures on the tablet when there's no wifi in the basement?",
            "Je peux lire les procédures sécurité sur la tablette quand il n'y a pas de wifi au "
            "sous-sol ?",
        ),
        ("offline mode teams?", "mode hors ligne teams ?"),
        (
            "My crew shares one tablet in the van with patchy 4G. What's the best way to have the "
            "plans and checklists available offline?",
            "Mon équipe partage une tablette dans le camion avec une 4G capricieuse. Comment "
            "avoir les plans et les check-lists dispo hors connexion ?",
        ),
    ),
    "notifications": (
        ("too many notifications", "trop de notifs"),
        (
            "How do I mute {channel} without leaving the team?",
            "Comment mettre en sourdine {channel} sans quitter l'équipe ?",
        ),
        (
            "I'm no longer getting any alerts for chat messages {time}, I only see them when I "
            "open the app.",
            "Je ne suis plus prévenu des nouveaux messages {time}, je les vois seulement quand "
            "j'ouvre l'appli.",
        ),
        (
            "{social} sends me an email for every single post, how to stop",
            "{social} m'envoie un mail pour chaque publication, comment arrêter ça",
        ),
        (
            "Can I get pinged only when someone @mentions me in {channel} and not for every reply?",
            "Est-il possible d'être alerté seulement quand on me mentionne dans {channel}, et pas "
            "à chaque réponse ?",
        ),
        (
            "phone buzzes all night with teams, how do i set quiet hours",
            "mon tel vibre toute la nuit à cause de teams, on règle comment des heures calmes",
        ),
        (
            "Is there a way to get an alert when someone modifies a file in a {storage} library?",
            "Peut-on recevoir une alerte quand quelqu'un modifie un fichier dans une bibliothèque "
            "{storage} ?",
        ),
        (
            "alerts show up on {device} but not on my laptop, even though I'm active on both",
            "les alertes arrivent sur {device} mais pas sur mon PC, alors que je suis actif sur "
            "les deux",
        ),
    ),
    "meeting_recording": (
        ("how to record a teams meeting", "comment enregistrer une réunion teams"),
        (
            "Where do I find the recording {of_meeting}?",
            "Où trouver l'enregistrement {of_meeting} ?",
        ),
        (
            "The record button is greyed out in my meeting. I'm the organiser. Is it disabled by "
            "policy?",
            "Le bouton Enregistrer est grisé dans ma réunion alors que je suis l'organisateur. "
            "C'est bloqué par une règle ?",
        ),
        ("transcript not available after meeting", "transcription pas dispo après la réunion"),
        (
            "I missed {meeting}. It was recorded but the link in the chat says the video has "
            "expired. Can it still be found?",
            "J'ai raté {meeting}. L'enregistrement existe mais le lien dans la conversation dit "
            "que la vidéo a expiré. On peut encore la retrouver ?",
        ),
        (
            "recorded the call but only I can see the video, how do the other attendees get it",
            "j'ai enregistré l'appel mais je suis le seul à voir la vidéo, comment les autres "
            "participants y accèdent",
        ),
        (
            "Can the transcript {of_meeting} be turned into minutes automatically?",
            "Peut-on transformer automatiquement la transcription {of_meeting} en compte rendu ?",
        ),
        (
            "how do I trim the first 10 minutes of the replay before I circulate it?",
            "comment couper les 10 premières minutes du replay avant de le diffuser ?",
        ),
    ),
    "meeting_setup": (
        ("schedule teams meeting", "planifier réunion teams"),
        (
            "How do I set up a Teams meeting with {external} who doesn't use Teams?",
            "Comment organiser une réunion Teams avec {external} qui n'a pas Teams ?",
        ),
        (
            "I need to organise {event} for {n} people with breakout rooms, where do I start?",
            "Je dois organiser {event} pour {n} personnes avec des salles de sous-groupes, je "
            "commence où ?",
        ),
        (
            "how do I make someone co-organiser of my meeting",
            "comment mettre quelqu'un co-organisateur de ma réunion",
        ),
        (
            "The meeting room screen doesn't show my Teams meeting, how do I book the room with "
            "the invite?",
            "L'écran de la salle n'affiche pas ma réunion Teams, comment réserver la salle avec "
            "l'invitation ?",
        ),
        (
            "Can I stop attendees from unmuting themselves during {event}?",
            "Peut-on empêcher les participants de réactiver leur micro pendant {event} ?",
        ),
        (
            "how to set up a recurring meeting every other Monday",
            "comment créer une réunion récurrente un lundi sur deux",
        ),
        (
            "{colleague} wants me to run a webinar with registration for {event}. Is that "
            "possible with our Teams?",
            "{colleague} veut que j'organise un webinaire avec inscription pour {event}. C'est "
            "possible avec notre Teams ?",
        ),
    ),
    "chat_etiquette": (
        ("chat or email?", "chat ou mail ?"),
        (
            "When should I use a channel post rather than a private chat? My team mixes "
            "everything.",
            "Quand faut-il poster dans un canal plutôt qu'en conversation privée ? Mon équipe "
            "mélange tout.",
        ),
        (
            "Is it OK to send a message {to_colleague} outside working hours or should I "
            "schedule it?",
            "C'est correct d'écrire {to_colleague} en dehors des heures de travail ou je "
            "programme l'envoi ?",
        ),
        (
            "how do I set my status to 'focusing' so people stop pinging me",
            "comment mettre mon statut « concentré » pour qu'on arrête de me pinger",
        ),
        (
            "are there rules for using @team mentions? people complain about noise",
            "y a-t-il des règles pour les mentions @équipe ? des gens se plaignent du bruit",
        ),
        (
            "Is it acceptable to use emojis and GIFs with customers in shared channels?",
            "Est-ce que c'est acceptable d'utiliser des émojis et des GIF avec les clients dans "
            "les canaux partagés ?",
        ),
        (
            "good practices for a team chat with {n} people, it has become unreadable",
            "bonnes pratiques pour une conversation d'équipe à {n} personnes, c'est devenu "
            "illisible",
        ),
        (
            "Should I reply in the thread or start a new post? Conversations get lost in "
            "{channel}.",
            "Je dois répondre dans le fil ou créer un nouveau post ? Les échanges se perdent dans "
            "{channel}.",
        ),
    ),
    "teams_channels": (
        ("create a channel", "créer un canal"),
        (
            "How do I create a private channel for {colleagues} inside our team?",
            "Comment créer un canal privé pour {colleagues} dans notre équipe ?",
        ),
        (
            "Can I move {channel} to another team? It ended up in the wrong place.",
            "Peut-on déplacer {channel} vers une autre équipe ? Il est au mauvais endroit.",
        ),
        (
            "What's the difference between a team, a channel and a group chat?",
            "Quelle différence entre une équipe, un canal et une conversation de groupe ?",
        ),
        (
            "I'm owner of a team with {n} channels nobody uses, how do I clean up without losing "
            "files?",
            "Je suis propriétaire d'une équipe avec {n} canaux que personne n'utilise, comment "
            "faire le ménage sans perdre les fichiers ?",
        ),
        (
            "how to add a tab with a Planner board in {channel}",
            "comment ajouter un onglet Planner dans {channel}",
        ),
        (
            "A shared channel with another department: who can create one and how?",
            "Un canal partagé avec une autre direction : qui peut en créer un et comment ?",
        ),
        (
            "how do I pin {channel} at the top of my list",
            "comment épingler {channel} en haut de ma liste",
        ),
    ),
    "mobile_app": (
        ("how do i install teams on my phone", "comment installer teams sur mon tel"),
        (
            "The app keeps crashing on {device} whenever I open an attachment.",
            "L'appli plante sur {device} dès que j'ouvre une pièce jointe.",
        ),
        (
            "I only have a phone {at_place}. Can I get the company chat on it without a laptop?",
            "J'ai seulement un téléphone {at_place}. Je peux avoir la messagerie de l'entreprise "
            "dessus sans ordinateur ?",
        ),
        (
            "The Company Portal app asks me to enroll my personal phone, do I have to?",
            "L'appli Portail d'entreprise me demande d'inscrire mon téléphone perso, je suis "
            "obligé ?",
        ),
        (
            "after updating iOS the app won't open anymore, just a white screen",
            "depuis la mise à jour iOS l'appli s'ouvre plus, juste un écran blanc",
        ),
        ("teams on android no sound on calls", "teams sur android pas de son pendant les appels"),
        (
            "The store says the app isn't compatible with my device, I wanted to install {social}",
            "Le store dit que l'appli n'est pas compatible avec mon appareil, je voulais "
            "installer {social}",
        ),
        (
            "Is it okay to use the mobile app on my own phone (BYOD) or is that forbidden?",
            "J'ai le droit d'utiliser l'appli mobile sur mon téléphone perso ou c'est interdit ?",
        ),
    ),
    "password_reset": (
        ("forgot my password", "mot de passe oublié"),
        (
            "My account is locked after too many attempts, how long do I have to wait?",
            "Mon compte est verrouillé après plusieurs tentatives, il faut attendre combien de "
            "temps ?",
        ),
        (
            "pwd expired and the change screen keeps saying the new one doesn't meet requirements",
            "mdp expiré et il refuse le nouveau, soi-disant il respecte pas les règles de "
            "complexité",
        ),
        (
            "I'm travelling and my password just expired. Is there a self-service reset I can "
            "use from here?",
            "Je suis en déplacement et mon mot de passe vient d'expirer. Y a-t-il un moyen de le "
            "réinitialiser moi-même ?",
        ),
        (
            "how do i change my password before it expires",
            "comment changer mon mdp avant qu'il expire",
        ),
        (
            "locked out!! need a reset asap, presenting in 20 min",
            "besoin d'un reset de mon password en urgence, je suis bloqué et je présente dans "
            "20 min",
        ),
        (
            "reset password from {device}? no laptop {at_place}",
            "réinitialiser le mot de passe depuis {device} ? pas d'ordi {at_place}",
        ),
        (
            "I changed my password this morning and now Outlook and Teams keep asking for the old "
            "one in a loop.",
            "J'ai changé mon mot de passe ce matin et depuis Outlook et Teams me redemandent "
            "l'ancien en boucle.",
        ),
    ),
    "mfa_setup": (
        ("set up authenticator app", "configurer authenticator"),
        (
            "I got a new phone and the authenticator app is gone, so I can't approve sign-ins "
            "anymore. How do I re-register MFA?",
            "J'ai changé de téléphone et l'appli Authenticator a disparu, je ne peux plus valider "
            "la connexion. Comment réenregistrer la double authentification ?",
        ),
        ("not receiving the sms code to log in", "je recois pas le code par sms pour me connecter"),
        (
            "The verification code from the app is always rejected, says incorrect code",
            "le code de vérification est toujours refusé, « code incorrect »",
        ),
        (
            "The phone number registered for my verification codes is an old one. How can I "
            "update it?",
            "Le numéro enregistré pour recevoir les codes est un ancien numéro, comment le mettre "
            "à jour ?",
        ),
        (
            "Do I have to install the authenticator on my personal phone? I don't have a work "
            "phone.",
            "Je suis obligé d'installer l'authenticator sur mon téléphone perso ? Je n'ai pas de "
            "téléphone pro.",
        ),
        (
            "sign-in blocked with {signin_error} after the MFA prompt",
            "connexion bloquée avec {signin_error} après la demande MFA",
        ),
        (
            "Can I use a hardware key instead of the phone app for double authentication "
            "{at_place}? Phones are not allowed there.",
            "Je peux utiliser une clé physique au lieu de l'appli pour la double authentification "
            "{at_place} ? Les téléphones y sont interdits.",
        ),
    ),
    "account_access": (
        ("no account yet", "toujours pas de compte"),
        (
            "A new team member starts {day} and still has no account, who do I ask?",
            "Un nouvel arrivant commence {day} et n'a toujours pas de compte, à qui je m'adresse ?",
        ),
        (
            "can't log in to Teams, it says my account doesn't exist",
            "impossible de me connecter à Teams, il dit que mon compte existe pas",
        ),
        (
            "I was a contractor and just got a permanent contract, my old account was disabled. "
            "How do I get a new one?",
            "J'étais prestataire et je viens d'être embauché, mon ancien compte a été désactivé. "
            "Comment en obtenir un nouveau ?",
        ),
        (
            "error {signin_error} user account is disabled when logging in",
            "erreur {signin_error} compte désactivé à la connexion",
        ),
        (
            "signed in with my personal microsoft account by mistake and now i cant get to any "
            "work stuff",
            "je me suis connecté avec mon compte microsoft perso par erreur et j'ai plus acces a "
            "rien du boulot",
        ),
        (
            "Since I came back from parental leave my account seems deactivated. Who reactivates "
            "it?",
            "De retour de congé parental, mon compte a l'air désactivé. Qui peut le réactiver ?",
        ),
        (
            "I changed department and my email address changed too. Since then I can't sign in to "
            "{storage}.",
            "J'ai changé de direction et mon adresse mail a changé, depuis je n'arrive plus à me "
            "connecter à {storage}.",
        ),
    ),
    "licence_request": (
        ("need {licence}", "besoin d'{licence}"),
        (
            "I need {licence} to open the dashboard my manager sent, how do I request it?",
            "Il me faut {licence} pour ouvrir le tableau de bord envoyé par mon manager, comment "
            "la demander ?",
        ),
        (
            "Teams says I don't have a licence assigned. I could use it last week.",
            "Teams m'indique qu'aucune licence ne m'est attribuée alors que je l'utilisais la "
            "semaine dernière.",
        ),
        (
            "How do I get Teams? I only seem to have an email licence.",
            "Comment avoir Teams ? Apparemment je n'ai qu'une licence messagerie.",
        ),
        (
            "Our {n} field technicians need licences for the shared tablets, who approves the "
            "cost?",
            "Nos {n} techniciens terrain ont besoin de licences pour les tablettes partagées, qui "
            "valide le coût ?",
        ),
        ("request {licence} for {colleague}", "demande {licence} pour {colleague}"),
        (
            "The app says 'premium connector requires a licence' when I open our team's Power App",
            "L'appli affiche « ce connecteur premium nécessite une licence » quand j'ouvre la "
            "Power App de l'équipe",
        ),
        (
            "I'm leaving the project, can you give my Copilot licence {to_colleague}?",
            "Je quitte le projet, vous pouvez transférer ma licence Copilot {to_colleague} ?",
        ),
    ),
    "outage": (
        ("Teams down?", "Teams en panne ?"),
        (
            "Is {storage} down for everyone? Nobody on my floor can open any site, we get "
            "{http_error}.",
            "{storage} est tombé pour tout le monde ? Personne à l'étage ne peut ouvrir un site, "
            "erreur {http_error}.",
        ),
        (
            "everything super slow {time}, files take minutes to open",
            "tout est hyper lent {time}, les fichiers mettent des minutes à s'ouvrir",
        ),
        (
            "Messages in Teams haven't been delivered {time}. Colleagues in two other countries "
            "see the same. Is there a known incident?",
            "Les messages Teams ne partent plus {time}. Les collègues de deux autres pays ont le "
            "même souci. Y a-t-il un incident en cours ?",
        ),
        (
            "outlook and teams both disconnected, whole office",
            "outlook et teams déconnectés tous les deux, tout le bureau est touché",
        ),
        (
            "{social} feed not loading for anybody at our site",
            "le fil {social} ne charge pour personne sur notre site",
        ),
        (
            "Calls keep dropping for the entire call centre {time}, it's not our network, we "
            "checked",
            "les appels coupent pour tout le centre d'appels {time}, c'est pas notre réseau, on a "
            "vérifié",
        ),
        (
            "major incident? can't reach any of the collaboration tools {at_place}",
            "incident majeur ? plus aucun outil collaboratif accessible {at_place}",
        ),
    ),
    "security_incident": (
        ("phishing email?", "mail de phishing ?"),
        (
            "I clicked on a link in a message pretending to be IT and typed my password. What do "
            "I do now?",
            "J'ai cliqué sur un lien dans un message qui se faisait passer pour la DSI et j'ai "
            "tapé mon mot de passe. Je fais quoi ?",
        ),
        (
            "I keep getting MFA approval prompts I didn't ask for in the middle of the night",
            "Je reçois en pleine nuit des demandes de validation MFA que je n'ai pas faites",
        ),
        (
            "Someone external posted a suspicious file in {channel}, should I open it?",
            "Quelqu'un d'externe a posté un fichier suspect dans {channel}, je l'ouvre ?",
        ),
        (
            "lost my work phone {at_place}, it has teams and onedrive on it",
            "j'ai perdu mon tel pro {at_place}, il y a teams et onedrive dessus",
        ),
        (
            "I sent {the_file} with salaries to {external} by mistake. How do I revoke the link?",
            "J'ai envoyé par erreur {the_file} avec les salaires à {external}. Comment révoquer "
            "le lien ?",
        ),
        (
            "A colleague's account is sending weird messages with links to everyone in the team",
            "Le compte d'un collègue envoie des messages bizarres avec des liens à toute l'équipe",
        ),
        (
            "{storage} shows a sign-in from a country I've never been to. Is my account "
            "compromised?",
            "{storage} affiche une connexion depuis un pays où je ne suis jamais allé. Mon compte "
            "est compromis ?",
        ),
    ),
    "onboarding_first_steps": (
        ("new here, where do I start?", "nouveau ici, je commence par quoi ?"),
        (
            "I'm starting next week as {job} and I've never used Teams. Is there a guide I can "
            "read beforehand?",
            "Je commence la semaine prochaine comme {job} et je n'ai jamais utilisé Teams. Il y a "
            "un guide à lire avant ?",
        ),
        (
            "First day today: which tools should I set up first and how?",
            "Premier jour aujourd'hui : quels outils installer en premier et comment ?",
        ),
        (
            "I just joined, how do I find my team's channel and the shared files?",
            "Je viens d'arriver, comment je trouve le canal de mon équipe et les fichiers "
            "partagés ?",
        ),
        (
            "Is there a checklist for new employees to get started with OneDrive, Teams and "
            "{social}?",
            "Y a-t-il une check-list pour les nouveaux arrivants pour démarrer avec OneDrive, "
            "Teams et {social} ?",
        ),
        (
            "new hire here, what's the intranet and what's the social network, I'm lost",
            "nouvelle recrue, c'est quoi la différence entre l'intranet et le réseau social, je "
            "suis perdu",
        ),
        (
            "I'm joining {at_place} next month with no computer, only a phone. How do I get "
            "started with the apps?",
            "J'arrive {at_place} le mois prochain, sans ordinateur, juste un téléphone. Comment "
            "je démarre avec les applis ?",
        ),
        (
            "My manager told me to 'check the onboarding path' but I don't know where it is",
            "Mon manager m'a dit de « suivre le parcours d'intégration » mais je ne sais pas où "
            "il est",
        ),
    ),
    "training_request": (
        ("training on {topic}?", "formation {topic} ?"),
        (
            "Is there a training on {topic} for beginners?",
            "Il y a une formation {topic} pour débutants ?",
        ),
        (
            "My team of {n} is moving from shared drives to SharePoint next month. Could someone "
            "run a workshop on how to organise the libraries?",
            "Mon équipe de {n} personnes passe des lecteurs réseau à SharePoint le mois prochain. "
            "Quelqu'un pourrait animer un atelier pour nous apprendre à organiser les "
            "bibliothèques ?",
        ),
        ("any video tutorial on {topic}?", "un tuto vidéo sur {topic} ?"),
        (
            "need a very basic tutorial for field staff who have never used a smartphone app",
            "besoin d'un tuto très simple pour des agents terrain qui n'ont jamais utilisé "
            "d'appli sur smartphone",
        ),
        (
            "lunch & learn sessions on {topic}, when is the next one?",
            "les midis découverte {topic}, c'est quand le prochain ?",
        ),
        (
            "Is there a certification path for {topic} that the company pays for?",
            "Existe-t-il un parcours de certification {topic} pris en charge par l'entreprise ?",
        ),
        (
            "Could we get a refresher session for the whole department? People still email "
            "attachments instead of links.",
            "On pourrait avoir une session de rappel pour tout le service ? Les gens envoient "
            "encore des pièces jointes au lieu de liens.",
        ),
    ),
    "create_community": (
        ("new {social} group for our project", "nouveau groupe {social} pour notre projet"),
        ("How do I create a community on {social}?", "Comment créer une communauté sur {social} ?"),
        (
            "We want to start {community}, who approves it?",
            "On veut lancer {community}, qui valide ?",
        ),
        (
            "Can I make a community private so only invited members see the posts?",
            "Peut-on rendre une communauté privée pour que seuls les membres invités voient les "
            "posts ?",
        ),
        (
            "How do I add a second admin to {community}?",
            "Comment ajouter un deuxième admin dans {community} ?",
        ),
        (
            "is there a naming convention for new groups on the social network?",
            "y a-t-il une règle de nommage pour les nouveaux groupes sur le réseau social ?",
        ),
        (
            "Teams team or {social} community, which one should I open for a cross-department "
            "network of volunteers?",
            "Équipe Teams ou communauté {social}, laquelle ouvrir pour un réseau de bénévoles de "
            "plusieurs directions ?",
        ),
        (
            "How do I archive an old community we don't use anymore?",
            "Comment archiver une ancienne communauté qu'on n'utilise plus ?",
        ),
    ),
    "animate_community": (
        ("community is dead, tips?", "communauté morte, des conseils ?"),
        (
            "Nobody posts in {community} anymore. Any tips to get people engaged?",
            "Plus personne ne poste dans {community}. Des astuces pour relancer l'engagement ?",
        ),
        (
            "We'd like to host a monthly Q&A with the executive committee in our community, how "
            "do we run it as an event?",
            "On aimerait organiser une séance de questions-réponses mensuelle avec le comité de "
            "direction dans notre communauté, comment l'animer en événement ?",
        ),
        (
            "I coordinate {community} across {n} sites. How do I get them to share best "
            "practices instead of just reading?",
            "J'anime {community} sur {n} sites. Comment les amener à partager leurs bonnes "
            "pratiques au lieu de seulement lire ?",
        ),
        (
            "What kind of content works best to launch a new community? We have 200 members and "
            "zero posts.",
            "Quel type de contenu marche le mieux pour lancer une nouvelle communauté ? On a 200 "
            "membres et zéro post.",
        ),
        (
            "how do I measure engagement in {community}, is there a dashboard?",
            "comment mesurer l'engagement dans {community}, il y a un tableau de bord ?",
        ),
        (
            "Can someone coach me as a new community manager? I took over {community} last month.",
            "Quelqu'un peut m'accompagner comme nouveau community manager ? J'ai repris "
            "{community} le mois dernier.",
        ),
        (
            "Ideas for a challenge or a campaign to get field teams posting photos in the "
            "community?",
            "Des idées de challenge ou de campagne pour que les équipes terrain postent des "
            "photos dans la communauté ?",
        ),
    ),
    "publish_post": (
        ("how to post a poll", "comment faire un sondage"),
        (
            "How do I mention {colleague} in a post on {social}?",
            "Comment mentionner {colleague} dans un post sur {social} ?",
        ),
        (
            "Can I pin an announcement in {community} so it stays at the top?",
            "Peut-on épingler une annonce dans {community} pour qu'elle reste en haut ?",
        ),
        ("my post disappeared after I edited it", "mon post a disparu après modification"),
        (
            "How do I publish a post with several photos and a video from {device}?",
            "Comment publier un post avec plusieurs photos et une vidéo depuis {device} ?",
        ),
        (
            "Can I schedule a post to go out {day} at 8am?",
            "Je peux programmer un post pour qu'il sorte {day} à 8h ?",
        ),
        (
            "how do I post as an announcement so everyone in the community gets notified",
            "comment publier en tant qu'annonce pour que tous les membres soient notifiés",
        ),
        (
            "Is it possible to post in English and French at the same time, or translate a post "
            "automatically?",
            "Est-il possible de publier en anglais et en français en même temps, ou de traduire "
            "un post automatiquement ?",
        ),
    ),
    "profile_settings": (
        ("change profile picture", "changer photo de profil"),
        (
            "How do I update my job title and phone number on my profile? They're still from my "
            "old position.",
            "Comment mettre à jour mon poste et mon numéro sur mon profil ? C'est encore mon "
            "ancien poste.",
        ),
        (
            "how do i set an out of office message in teams",
            "comment mettre un message d'absence dans teams",
        ),
        (
            "My name is misspelled everywhere in {social}, who can fix it?",
            "Mon nom est mal orthographié partout sur {social}, qui peut corriger ?",
        ),
        (
            "Can I switch the interface language to English? Everything is in French.",
            "Je peux passer l'interface en français ? Tout est en anglais.",
        ),
        (
            "how to add my skills and languages to my profile so colleagues can find me",
            "comment ajouter mes compétences et langues sur mon profil pour que les collègues me "
            "trouvent",
        ),
        ("Dark mode in Teams?", "mode sombre dans teams ?"),
        (
            "I changed department but my profile still shows my old manager and site",
            "J'ai changé de service mais mon profil affiche toujours mon ancien manager et mon "
            "ancien site",
        ),
    ),
    "feature_request": (
        ("idea box for IT tools?", "boite à idées pour les outils ?"),
        (
            "When will Copilot be available for everyone?",
            "Quand est-ce que Copilot sera disponible pour tout le monde ?",
        ),
        (
            "Suggestion: it would be great to have {feature}.",
            "Suggestion : ce serait top d'avoir {feature}.",
        ),
        ("Any plans for {feature}?", "{feature}, c'est prévu ?"),
        (
            "Our team would really benefit from {feature}. Is that on the roadmap? Who can I send "
            "the idea to?",
            "Mon équipe aurait vraiment besoin de ça : {feature}. C'est dans la feuille de route ? "
            "À qui envoyer l'idée ?",
        ),
        (
            "When is the new version of Teams being rolled out to our department?",
            "C'est pour quand le déploiement du nouveau Teams dans notre direction ?",
        ),
        (
            "would be nice to have a button to turn a chat message into a task",
            "ce serait bien d'avoir un bouton pour transformer un message en tâche",
        ),
        (
            "I'd like to propose {feature} for our site. Where do I submit ideas, and who decides?",
            "Je voudrais proposer {feature} pour notre site. Où déposer les idées, et qui décide ?",
        ),
    ),
    "business_app_bug": (
        ("{app} broken", "{app} marche plus"),
        (
            "{app} won't submit, the button just spins.",
            "{app} ne veut pas valider, le bouton tourne dans le vide.",
        ),
        ("{app} says '{app_error}' when opening", "{app} affiche « {app_error} » à l'ouverture"),
        (
            "approval flow stuck at 'waiting for manager' for 10 days, manager already approved",
            "le flux d'approbation est bloqué sur « en attente du manager » depuis 10 jours, "
            "alors qu'il a validé",
        ),
        (
            "The Power App we use on tablets {at_place} stopped saving photos {time}. The other "
            "screens work fine.",
            "La Power App qu'on utilise sur tablette {at_place} n'enregistre plus les photos "
            "{time}. Le reste marche.",
        ),
        (
            "{app} shows the wrong site when I log in and I can't change it",
            "{app} m'affiche le mauvais site à la connexion et je ne peux pas le changer",
        ),
        (
            "{app} doesn't accept attachments anymore {time}",
            "{app} n'accepte plus les pièces jointes {time}",
        ),
        (
            "Since the last update {app} rejects every request with an error, the whole team is "
            "blocked",
            "Depuis la dernière mise à jour, {app} refuse toutes les demandes avec une erreur, "
            "toute l'équipe est bloquée",
        ),
    ),
    "business_app_howto": (
        ("how to use {app}?", "comment utiliser {app} ?"),
        (
            "How do I use the new purchase request workflow? I have to order equipment for my "
            "team.",
            "Comment utiliser le nouveau circuit de demande d'achat ? Je dois commander du "
            "matériel pour mon équipe.",
        ),
        (
            "Where is the app to declare overtime? It used to be a tab in our team.",
            "Elle est où l'appli pour déclarer les heures sup ? Avant c'était un onglet dans notre "
            "équipe.",
        ),
        (
            "Can {app} export to Excel? I need it for the monthly report.",
            "Est-ce que {app} peut exporter vers Excel ? Il me faut un reporting mensuel.",
        ),
        (
            "In {app}, how do I delegate my approvals {to_colleague} while I'm on leave?",
            "Dans {app}, comment déléguer mes validations {to_colleague} pendant mes congés ?",
        ),
        (
            "who is the owner of {app}? we'd like to add a field for our department",
            "qui est propriétaire de {app} ? on voudrait ajouter un champ pour notre service",
        ),
        (
            "How do I fill in {app} for a colleague who has no computer?",
            "Comment saisir dans {app} pour un collègue qui n'a pas d'ordinateur ?",
        ),
        (
            "Our team wants to use {app} for another type of request. Can it be adapted, and who "
            "should we talk to?",
            "Notre équipe voudrait utiliser {app} pour un autre type de demande. Peut-on "
            "l'adapter, et à qui en parler ?",
        ),
    ),
    "integration_api": (
        ("{api} returns {http_error}", "{api} renvoie {http_error}"),
        (
            "How do I get an app registration to call {api} from our internal tool?",
            "Comment obtenir un enregistrement d'application pour appeler {api} depuis notre "
            "outil interne ?",
        ),
        (
            "We want to post alerts from our monitoring system into {channel}. Webhook or bot?",
            "On veut poster les alertes de notre supervision dans {channel}. Webhook ou bot ?",
        ),
        (
            "Throttling on {api}: we get {http_error} when syncing {n} thousand items. What "
            "limits apply?",
            "Limitation sur {api} : on reçoit {http_error} en synchronisant {n} mille éléments. "
            "Quelles limites s'appliquent ?",
        ),
        (
            "Which permissions should I request to read SharePoint lists from a Python script "
            "without a user signed in?",
            "Quelles autorisations demander pour lire des listes SharePoint depuis un script "
            "Python sans utilisateur connecté ?",
        ),
        (
            "Can our ERP push documents directly into a {storage} library? Looking for the "
            "recommended pattern.",
            "Notre ERP peut-il déposer des documents directement dans une bibliothèque {storage} ? "
            "Je cherche le modèle recommandé.",
        ),
        (
            "token expired every hour in our integration, how do we refresh it properly",
            "le jeton expire toutes les heures dans notre intégration, comment le rafraîchir "
            "proprement",
        ),
        (
            "We're building a Teams tab for our in-house planning app. Is there a dev tenant or "
            "sandbox we can use?",
            "On développe un onglet Teams pour notre appli de planification interne. Il existe un "
            "tenant de dev ou un bac à sable ?",
        ),
    ),
    "automate_workflow": (
        (
            "automate approval with power automate?",
            "automatiser une validation avec power automate ?",
        ),
        (
            "I'd like to build a flow that copies email attachments into {folder} automatically. "
            "Where do I start?",
            "Je voudrais créer un flux qui copie automatiquement les pièces jointes des mails "
            "dans {folder}. Je commence par où ?",
        ),
        (
            "Can a form submission create a task in Planner and notify {colleagues}?",
            "Est-ce qu'une réponse à un formulaire peut créer une tâche Planner et prévenir "
            "{colleagues} ?",
        ),
        (
            "my flow runs twice for every new item, how do I stop the duplicate",
            "mon flux se déclenche deux fois pour chaque nouvel élément, comment éviter le doublon",
        ),
        (
            "We fill the same Excel report every Monday by hand. Could it be automated with the "
            "tools we have?",
            "On remplit le même reporting Excel à la main tous les lundis. On pourrait "
            "l'automatiser avec nos outils ?",
        ),
        (
            "How do I share a flow I built with {colleague} so it keeps running when I'm away?",
            "Comment partager un flux que j'ai créé avec {colleague} pour qu'il tourne pendant "
            "mon absence ?",
        ),
        (
            "approval flow with two levels: manager then finance, how to design it?",
            "circuit de validation à deux niveaux, manager puis finance, comment le concevoir ?",
        ),
        (
            "Is it allowed to use premium connectors in our team's flows, and who supports "
            "citizen developers?",
            "A-t-on le droit d'utiliser des connecteurs premium dans nos flux, et qui accompagne "
            "les développeurs citoyens ?",
        ),
    ),
}

TEMPLATES = MappingProxyType(_TEMPLATES)
"""Every intent mapped to its situations, each an ``(english, french)`` template pair."""
