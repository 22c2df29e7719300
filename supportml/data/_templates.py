"""Request templates: for every intent, situations written in English and in French.

A situation is one need, written as one to three paraphrases (today always three) that word it
differently: other verbs, word order and register (formal, casual, terse), a question or a
statement, with or without a greeting. Each paraphrase is an ``(english, french)`` pair, so that
a paraphrase held out for the test split is held out in both languages. ``{slot}`` fields are
filled from :data:`supportml.data._slots.SLOTS`. Templates were written for this project; none
comes from real tickets.
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = ["TEMPLATES"]

_TEMPLATES: dict[str, tuple[tuple[tuple[str, str], ...], ...]] = {
    "share_file": (
        (
            (
                "How do I share {folder} with {colleagues}?",
                "Comment partager {folder} avec {colleagues} ?",
            ),
            (
                "what's the way to give {colleagues} access to {folder}?",
                "c'est quoi la manip pour donner acces a {folder} a {colleagues} ?",
            ),
            (
                "Hello, I would like {colleagues} to be able to open {folder} as well. How "
                "should I proceed?",
                "Bonjour, je souhaiterais que {colleagues} puissent aussi ouvrir {folder}. "
                "Comment dois-je procéder ?",
            ),
        ),
        (
            (
                "share {a_file} with team",
                "partage {a_file} equipe",
            ),
            (
                "sending {a_file} to the whole team, how",
                "envoyer {a_file} à toute l'équipe, comment",
            ),
            (
                "Can everyone on my team get {a_file}?",
                "Je voudrais que toute mon équipe ait {a_file}, possible ?",
            ),
        ),
        (
            (
                "I need to send {the_file} to {n} colleagues without attaching it to an email, "
                "what's the best way?",
                "Je dois envoyer {the_file} à {n} collègues sans passer par une pièce jointe, "
                "c'est quoi la meilleure façon ?",
            ),
            (
                "{the_file} is too heavy to attach and {n} people need it. Is a link better?",
                "{the_file} est trop lourd pour une PJ et {n} personnes en ont besoin, un lien "
                "c'est mieux ?",
            ),
            (
                "Good morning, what is the recommended way to distribute {the_file} to {n} "
                "colleagues rather than emailing it?",
                "Bonjour, quelle est la méthode conseillée pour diffuser {the_file} à {n} "
                "collègues plutôt que par mail ?",
            ),
        ),
        (
            (
                "I sent a link to {the_file} but {colleague} only sees an empty page. Same "
                "company, same tenant. Did I share it wrong?",
                "J'ai envoyé le lien vers {the_file} mais {colleague} tombe sur une page vide. "
                "On est dans la même boîte, j'ai raté quoi ?",
            ),
            (
                "{colleague} opens my link to {the_file} and gets a blank screen, what did I do "
                "wrong",
                "{colleague} ouvre mon lien vers {the_file} et voit un écran blanc, j'ai fait "
                "quoi de travers",
            ),
            (
                "the share link I gave {colleague} shows nothing, we're both internal",
                "le lien de partage que j'ai donné à {colleague} n'affiche rien, on est tous "
                "les deux en interne",
            ),
        ),
        (
            (
                "Can I post {a_file} directly in {channel} so everyone on the project sees it?",
                "Je peux déposer {a_file} directement dans {channel} pour que toute l'équipe le "
                "voie ?",
            ),
            (
                "Is it possible to upload {a_file} to {channel} for the whole project team?",
                "Possible d'uploader {a_file} dans {channel} pour toute l'équipe projet ?",
            ),
            (
                "put {a_file} in {channel}?",
                "mettre {a_file} dans {channel} ?",
            ),
        ),
        (
            (
                "trying to get a {size} video from {device} to {colleagues}, email refuses it",
                "la vidéo fait {size} et la messagerie la bloque, comment je la fais passer à "
                "{colleagues} depuis {device} ?",
            ),
            (
                "How can I transfer a {size} video to {colleagues}? Too big for Outlook.",
                "Comment transférer une vidéo de {size} à {colleagues} ? Outlook la refuse, "
                "trop grosse.",
            ),
            (
                "video file {size}, mail says too large, need {colleagues} to get it",
                "fichier vidéo de {size}, le mail dit trop gros, il faut que {colleagues} le "
                "reçoivent",
            ),
        ),
        (
            (
                "What's the difference between 'Copy link' and 'Share' in {storage}?",
                "Quelle différence entre « Copier le lien » et « Partager » dans {storage} ?",
            ),
            (
                "Copy link vs Share in {storage}, which should I use?",
                "Copier le lien ou Partager dans {storage}, j'utilise lequel ?",
            ),
            (
                "Could someone explain when to use 'Share' instead of 'Copy link' in {storage}?",
                "Quelqu'un peut m'expliquer quand utiliser « Partager » plutôt que « Copier le "
                "lien » dans {storage} ?",
            ),
        ),
        (
            (
                "I'm going on leave and want to hand over {folder} {to_colleague} who replaces "
                "me. Cleanest way to do it?",
                "Je pars en congés et je veux laisser {folder} {to_colleague} qui me remplace. "
                "Comment faire proprement ?",
            ),
            (
                "Before my holidays, how do I give {folder} {to_colleague} covering for me?",
                "Avant mes vacances, comment je donne {folder} {to_colleague} qui assure "
                "l'intérim ?",
            ),
            (
                "off for 3 weeks, {folder} must be accessible {to_colleague} replacing me",
                "absent 3 semaines, {folder} doit être accessible {to_colleague} qui me remplace",
            ),
        ),
    ),
    "permissions": (
        (
            (
                "How do I make {the_file} read-only for everyone except me?",
                "Comment mettre {the_file} en lecture seule pour tout le monde sauf moi ?",
            ),
            (
                "Can I lock {the_file} so that only I can edit it?",
                "Je peux verrouiller {the_file} pour être le seul à pouvoir le modifier ?",
            ),
            (
                "others should only view {the_file}, only me edits",
                "les autres doivent juste lire {the_file}, moi seul modifie",
            ),
        ),
        (
            (
                "access denied on shared doc",
                "acces refuse sur doc partagé",
            ),
            (
                "Why do I get access denied on a document someone shared with me?",
                "Pourquoi j'ai accès refusé sur un document qu'on m'a partagé ?",
            ),
            (
                "shared file says I have no access",
                "le fichier partagé me dit que j'ai pas acces",
            ),
        ),
        (
            (
                "{colleague} can see {the_file} but can't edit it, I thought I gave edit "
                "rights. Where do I check?",
                "{colleague} voit {the_file} mais n'a pas les droits de modification alors que "
                "je pensais les avoir donnés. Je vérifie où ?",
            ),
            (
                "I gave {colleague} edit rights on {the_file} but they're read-only, where is "
                "that set?",
                "J'ai donné les droits d'édition sur {the_file} à {colleague} mais il est en "
                "lecture seule, ça se règle où ?",
            ),
            (
                "{colleague} still cannot modify {the_file} even though I shared with edit",
                "{colleague} ne peut toujours pas modifier {the_file} alors que je l'ai partagé "
                "en modification",
            ),
        ),
        (
            (
                "Someone left the team and still has access to {folder}, how do I remove them?",
                "Un agent a quitté le service et a toujours les droits sur {folder}, comment le "
                "retirer ?",
            ),
            (
                "How do I revoke access to {folder} for an ex-member of the team?",
                "Comment révoquer l'accès à {folder} d'un ancien membre de l'équipe ?",
            ),
            (
                "a former colleague can still open {folder}, please take them off",
                "un ancien collègue peut encore ouvrir {folder}, merci de l'enlever",
            ),
        ),
        (
            (
                "I get 'You need permission to access this item' and the request access button "
                "does nothing",
                "J'ai le message « Vous avez besoin d'une autorisation pour accéder à cet "
                "élément » et le bouton de demande d'accès ne fait rien",
            ),
            (
                "Clicking 'Request access' does nothing, I still need permission to open this item",
                "Je clique sur « Demander l'accès » et rien ne se passe, il me faut toujours "
                "une autorisation",
            ),
            (
                "'you need permission to access this item', request button dead",
                "« vous avez besoin d'une autorisation », le bouton demander l'accès marche pas",
            ),
        ),
        (
            (
                "change link from can edit to can view",
                "passer un lien de 'peut modifier' à 'peut afficher'",
            ),
            (
                "How do I turn an edit link into a view-only link?",
                "Comment transformer un lien en modification en lien en lecture seule ?",
            ),
            (
                "I shared with edit by mistake, want view only now",
                "j'ai partagé en modif par erreur, je veux passer en lecture seule",
            ),
        ),
        (
            (
                "We want {folder} visible to all staff but editable only by the quality team. "
                "Possible in {storage}?",
                "On voudrait que {folder} soit consultable par tous mais modifiable uniquement "
                "par l'équipe qualité, c'est faisable dans {storage} ?",
            ),
            (
                "Is it possible in {storage} to let everyone read {folder} but only quality can "
                "change it?",
                "Dans {storage}, on peut laisser tout le monde lire {folder} mais seule la "
                "qualité modifie ?",
            ),
            (
                "{folder}: read for all staff, write for the quality team only, how?",
                "{folder} : lecture pour tous, écriture pour l'équipe qualité seulement, comment ?",
            ),
        ),
        (
            (
                "I took over the project site, {colleague} moved to another role. How do I "
                "become owner to manage who gets in?",
                "Je reprends le site du projet, {colleague} a changé de poste. Comment en "
                "devenir propriétaire pour gérer les accès ?",
            ),
            (
                "{colleague} left and I'm now in charge of the project site, how do I get owner "
                "rights?",
                "{colleague} est parti et je gère maintenant le site projet, comment avoir les "
                "droits propriétaire ?",
            ),
            (
                "need to become owner of the project site, the previous owner, {colleague}, "
                "changed jobs",
                "je dois devenir propriétaire du site projet, l'ancien proprio, {colleague}, a "
                "changé de poste",
            ),
        ),
    ),
    "external_guest": (
        (
            (
                "How do I invite {external} into our Teams channel?",
                "Comment inviter {external} dans notre canal Teams ?",
            ),
            (
                "Can {external} be added as a guest to our Teams channel?",
                "Est-ce qu'on peut ajouter {external} comme invité dans notre canal Teams ?",
            ),
            (
                "Hi, I'd like to give {external} access to our channel in Teams, what's the "
                "procedure?",
                "Bonjour, je voudrais donner à {external} l'accès à notre canal Teams, quelle "
                "est la procédure ?",
            ),
        ),
        (
            (
                "add guest user to team",
                "ajout invité externe teams",
            ),
            (
                "How can I add an external person to my team?",
                "Comment ajouter une personne externe dans mon équipe ?",
            ),
            (
                "invite someone outside the company",
                "inviter quelqu'un hors de la boite",
            ),
        ),
        (
            (
                "Need to send {folder} to {external}, the share button says sharing outside the "
                "org isn't allowed",
                "Je dois envoyer {folder} à {external} mais le bouton Partager dit que le "
                "partage hors de l'organisation est désactivé",
            ),
            (
                "Sharing outside the organisation is disabled, but {external} needs {folder}. "
                "How do I do it?",
                "Le partage hors organisation est bloqué, mais {external} a besoin de {folder}. "
                "Je fais comment ?",
            ),
            (
                "can't share {folder} externally with {external}, button says not allowed",
                "impossible de partager {folder} en externe avec {external}, le bouton dit non "
                "autorisé",
            ),
        ),
        (
            (
                "{external} got the invitation but keeps being asked to sign in with a work "
                "account they don't have",
                "{external} a bien reçu l'invitation mais doit se connecter avec un compte "
                "professionnel inexistant, on fait comment ?",
            ),
            (
                "The invite reached {external} but they are asked for a work account they don't "
                "have",
                "L'invitation est arrivée chez {external} mais on leur demande un compte pro "
                "qu'ils n'ont pas",
            ),
            (
                "{external} can't accept the guest invite, keeps asking for a work account",
                "{external} n'arrive pas à accepter l'invitation, ça réclame un compte "
                "professionnel",
            ),
        ),
        (
            (
                "How long does guest access last? Our subcontractor lost access after a few weeks.",
                "Combien de temps dure un accès invité ? Notre partenaire n'a plus accès après "
                "quelques semaines.",
            ),
            (
                "Does guest access expire? Our subcontractor was cut off after a few weeks",
                "Est-ce que l'accès invité expire ? Notre sous-traitant a été coupé au bout de "
                "quelques semaines",
            ),
            (
                "our partner lost guest access, is there a time limit",
                "notre partenaire a perdu son accès invité, y a une durée max",
            ),
        ),
        (
            (
                "Can {external} with a gmail address access our {storage}?",
                "Quelqu'un d'extérieur avec une adresse gmail peut accéder à notre espace "
                "{storage} ?",
            ),
            (
                "Can {external} using a gmail address get into {storage}?",
                "{external} avec une adresse gmail peut-il entrer dans {storage} ?",
            ),
            (
                "personal gmail account for {external}, can it open our {storage}?",
                "compte gmail perso pour {external}, ça peut ouvrir notre {storage} ?",
            ),
        ),
        (
            (
                "We're starting a joint project with {external}. What's the process to give "
                "them access to our workspace?",
                "On démarre un projet commun avec {external}. Quelle est la procédure pour leur "
                "ouvrir notre espace de travail ?",
            ),
            (
                "How do we open our workspace to {external} for a shared project?",
                "Comment ouvrir notre espace de travail à {external} pour un projet commun ?",
            ),
            (
                "new joint project with {external}, how do they get access to our space?",
                "nouveau projet avec {external}, comment ils ont accès à notre espace ?",
            ),
        ),
        (
            (
                "send big files to {external} securely",
                "transmettre des gros fichiers a {external} de facon securisee",
            ),
            (
                "What's the secure way to get large files to {external}?",
                "Quelle est la façon sécurisée d'envoyer des fichiers volumineux à {external} ?",
            ),
            (
                "need to transfer heavy files to {external}, safely",
                "besoin de transférer des fichiers lourds à {external}, en sécurité",
            ),
        ),
    ),
    "sync_error": (
        (
            (
                "sync broken",
                "synchro ko",
            ),
            (
                "my files aren't syncing anymore",
                "mes fichiers ne se synchronisent plus",
            ),
            (
                "Hello, synchronisation seems to have stopped on my computer",
                "Bonjour, la synchronisation semble arrêtée sur mon ordinateur",
            ),
        ),
        (
            (
                "{storage} shows red crosses on half my files",
                "des croix rouges partout sur mes fichiers {storage}",
            ),
            (
                "Why do so many of my {storage} files have a red X?",
                "Pourquoi tant de mes fichiers {storage} ont une croix rouge ?",
            ),
            (
                "red x icons on my {storage} files",
                "icones croix rouge sur mes fichiers {storage}",
            ),
        ),
        (
            (
                "{storage} has been stuck on 'Processing changes' {time} and nothing uploads. I "
                "already restarted the laptop twice.",
                "{storage} reste bloqué sur « Traitement des modifications » {time} et plus "
                "rien ne remonte. J'ai déjà redémarré le PC deux fois.",
            ),
            (
                "nothing uploads, {storage} stuck on processing changes {time}",
                "plus rien ne monte, {storage} bloqué en traitement des modifications {time}",
            ),
            (
                "Even after two reboots, {storage} still says 'Processing changes' {time}",
                "Même après deux redémarrages, {storage} affiche toujours « Traitement des "
                "modifications » {time}",
            ),
        ),
        (
            (
                "I keep getting duplicate copies with my PC name added, like "
                "budget-LAPTOP.xlsx. What is going on?",
                "j'ai des doublons avec le nom de mon ordi à la fin, genre "
                "budget-PORTABLE.xlsx, c'est quoi ce bazar ?",
            ),
            (
                "Why are files being duplicated with my computer's name at the end?",
                "Pourquoi mes fichiers sont dupliqués avec le nom de mon PC à la fin ?",
            ),
            (
                "copies named file-MYPC everywhere",
                "des copies nommées fichier-MONPC partout",
            ),
        ),
        (
            (
                "files I save on my desktop don't show up in the web version",
                "ce que j'enregistre sur mon pc n'apparait pas sur la version web",
            ),
            (
                "My local changes never reach the online version",
                "Mes modifs en local n'arrivent jamais sur la version en ligne",
            ),
            (
                "saved on pc but web version still old",
                "enregistré sur le pc mais la version web est toujours l'ancienne",
            ),
        ),
        (
            (
                "The desktop client asks me to sign in every morning then shows error {sync_code}",
                "le client {storage} me redemande de me connecter tous les matins puis affiche "
                "l'erreur {sync_code}",
            ),
            (
                "error {sync_code} every morning after the sign-in prompt in the sync client",
                "erreur {sync_code} tous les matins après la demande de connexion du client de "
                "synchro",
            ),
            (
                "Every day the sync client wants me to log in again and then fails with "
                "{sync_code}",
                "Chaque jour le client de synchro veut que je me reconnecte puis échoue avec "
                "{sync_code}",
            ),
        ),
        (
            (
                "conflict on {a_file}, now there are two versions side by side, which one do I "
                "keep",
                "conflit sur {a_file}, il y a maintenant deux versions, laquelle garder ?",
            ),
            (
                "{a_file} now exists twice because of a sync conflict, which copy is right?",
                "{a_file} existe maintenant en double à cause d'un conflit de synchro, quelle "
                "copie est la bonne ?",
            ),
            (
                "sync conflict on {a_file}, 2 copies, help",
                "conflit de synchro sur {a_file}, 2 copies, help",
            ),
        ),
        (
            (
                "The library I synced to File Explorer stopped updating {time}: colleagues add "
                "files but they never appear on my PC.",
                "La bibliothèque synchronisée dans l'Explorateur ne se met plus à jour {time} : "
                "mes collègues ajoutent des fichiers mais je ne les vois jamais arriver.",
            ),
            (
                "My synced library hasn't refreshed {time}, new files from colleagues don't "
                "show on my PC",
                "Ma bibliothèque synchronisée ne se rafraîchit plus {time}, les nouveaux "
                "fichiers des collègues n'arrivent pas sur mon PC",
            ),
            (
                "synced sharepoint folder frozen {time}",
                "dossier sharepoint synchronisé figé {time}",
            ),
        ),
    ),
    "file_recovery": (
        (
            (
                "deleted a file by mistake, can i get it back",
                "j'ai supprimé un fichier par erreur, on peut le récupérer ?",
            ),
            (
                "Is it possible to restore a file I deleted by accident?",
                "Est-il possible de restaurer un fichier supprimé par erreur ?",
            ),
            (
                "oops deleted the wrong file, undo?",
                "oups supprimé le mauvais fichier, on peut annuler ?",
            ),
        ),
        (
            (
                "recover deleted folder",
                "récupérer dossier supprimé",
            ),
            (
                "How do I bring back a folder I deleted?",
                "Comment je fais revenir un dossier que j'ai effacé ?",
            ),
            (
                "folder deleted yesterday, restore please",
                "dossier supprimé hier, restauration svp",
            ),
        ),
        (
            (
                "I emptied the {storage} recycle bin last week and now I need one of the files. "
                "Is there a second-stage bin?",
                "J'ai vidé la corbeille {storage} la semaine dernière et j'ai besoin d'un des "
                "fichiers. Il y a une deuxième corbeille ?",
            ),
            (
                "The recycle bin is empty now but I need a file back, any other place to look?",
                "La corbeille est vide maintenant mais il me faut un fichier, il y a un autre "
                "endroit où chercher ?",
            ),
            (
                "emptied bin in {storage}, file still recoverable?",
                "corbeille {storage} vidée, le fichier est encore récupérable ?",
            ),
        ),
        (
            (
                "{colleague} wiped {folder} from the team site this morning, help",
                "{colleague} a effacé {folder} sur le site d'équipe ce matin, au secours",
            ),
            (
                "{folder} was deleted by {colleague} on the team site, can we restore it?",
                "{folder} a été supprimé par {colleague} sur le site d'équipe, on peut le "
                "restaurer ?",
            ),
            (
                "Urgent: {folder} is gone from our team site since this morning",
                "Urgent : {folder} a disparu de notre site d'équipe depuis ce matin",
            ),
        ),
        (
            (
                "file disappeared from {channel}, not in my recycle bin either",
                "fichier disparu dans {channel}, et il est pas dans ma corbeille non plus",
            ),
            (
                "A file vanished from {channel} and it isn't in the recycle bin",
                "Un fichier a disparu de {channel} et il n'est pas dans la corbeille",
            ),
            (
                "cant find file in {channel} anymore, not in bin",
                "je trouve plus le fichier dans {channel}, pas dans la corbeille",
            ),
        ),
        (
            (
                "Can I restore my entire {storage} to how it was 3 days ago? A script renamed "
                "hundreds of files.",
                "Peut-on remettre tout mon {storage} dans l'état d'il y a 3 jours ? Un script a "
                "renommé des centaines de fichiers.",
            ),
            (
                "Is there a way to roll back my whole {storage} a few days? A script renamed "
                "everything",
                "Il y a moyen de revenir en arrière de quelques jours sur tout mon {storage} ? "
                "Un script a tout renommé",
            ),
            (
                "restore entire {storage} to 3 days ago",
                "restaurer tout le {storage} à il y a 3 jours",
            ),
        ),
        (
            (
                "I need a file from a former employee's OneDrive that was removed, how long is "
                "it kept?",
                "Il me faut un fichier du OneDrive d'un ancien salarié qui a été supprimé, "
                "c'est conservé combien de temps ?",
            ),
            (
                "How long is a departed employee's OneDrive kept? I need a file from it",
                "Combien de temps est gardé le OneDrive d'un salarié parti ? J'ai besoin d'un "
                "fichier dedans",
            ),
            (
                "need a doc from ex-colleague's deleted onedrive",
                "besoin d'un doc dans le onedrive supprimé d'un ex collègue",
            ),
        ),
        (
            (
                "how many days do we have to get something back from the bin?",
                "on a combien de jours pour ressortir un truc de la corbeille ?",
            ),
            (
                "How long do items stay in the recycle bin before they're gone for good?",
                "Combien de temps les éléments restent dans la corbeille avant d'être "
                "définitivement supprimés ?",
            ),
            (
                "recycle bin retention, how many days",
                "corbeille, c'est gardé combien de jours",
            ),
        ),
    ),
    "version_history": (
        (
            (
                "restore older version word doc",
                "restaurer ancienne version doc word",
            ),
            (
                "How do I go back to a previous version of a Word document?",
                "Comment revenir à une version précédente d'un document Word ?",
            ),
            (
                "need yesterday's version of my doc back",
                "il me faut la version d'hier de mon doc",
            ),
        ),
        (
            (
                "Someone overwrote my tab in {the_file}. How do I go back to yesterday's version?",
                "Quelqu'un a écrasé mon onglet dans {the_file}. Comment revenir à la version "
                "d'hier ?",
            ),
            (
                "my sheet in {the_file} got overwritten, restore yesterday?",
                "ma feuille dans {the_file} a été écrasée, on remet celle d'hier ?",
            ),
            (
                "Could you help me restore the previous version of {the_file}? A colleague "
                "overwrote my work.",
                "Pourriez-vous m'aider à restaurer la version précédente de {the_file} ? Un "
                "collègue a écrasé mon travail.",
            ),
        ),
        (
            (
                "where is the version history in {storage}?",
                "où est l'historique des versions dans {storage} ?",
            ),
            (
                "How do I see older versions of a file in {storage}?",
                "Comment voir les anciennes versions d'un fichier dans {storage} ?",
            ),
            (
                "{storage} version history, where",
                "historique de version {storage}, ou ça",
            ),
        ),
        (
            (
                "the version history only shows today, where are the older ones?",
                "l'historique des versions n'affiche qu'aujourd'hui, où sont passées les "
                "anciennes ?",
            ),
            (
                "Why does version history only list today's versions?",
                "Pourquoi l'historique ne montre que les versions d'aujourd'hui ?",
            ),
            (
                "older versions missing from history",
                "les anciennes versions manquent dans l'historique",
            ),
        ),
        (
            (
                "Accidentally saved over the template with my own data, can that be undone?",
                "j'ai enregistré par dessus le modèle avec mes données, on peut annuler ?",
            ),
            (
                "I saved my data over the shared template, can I get the original back?",
                "J'ai enregistré mes données sur le modèle partagé, je peux récupérer l'original ?",
            ),
            (
                "overwrote the template by mistake",
                "écrasé le modèle par erreur",
            ),
        ),
        (
            (
                "Can I see who changed what in {the_file} and when? Numbers changed and nobody "
                "knows why.",
                "Peut-on voir qui a modifié quoi dans {the_file} et quand ? Des chiffres ont "
                "bougé et personne ne sait pourquoi.",
            ),
            (
                "How can I find out who edited {the_file} and what they changed?",
                "Comment savoir qui a modifié {the_file} et ce qui a changé ?",
            ),
            (
                "who changed the numbers in {the_file}?",
                "qui a changé les chiffres dans {the_file} ?",
            ),
        ),
        (
            (
                "How many versions does {storage} keep? I need to compare with the one from "
                "last month.",
                "{storage} garde combien de versions ? Je dois comparer avec celle du mois "
                "dernier.",
            ),
            (
                "Is there a limit on the number of versions {storage} keeps? I need last month's.",
                "Y a-t-il une limite au nombre de versions gardées par {storage} ? Il me faut "
                "celle du mois dernier.",
            ),
            (
                "version from last month still available in {storage}?",
                "version du mois dernier encore dispo dans {storage} ?",
            ),
        ),
        (
            (
                "compare two versions of a word doc",
                "comparer deux versions d'un doc word",
            ),
            (
                "How do I see the differences between two versions of a document?",
                "Comment voir les différences entre deux versions d'un document ?",
            ),
            (
                "diff between old and new version of a doc",
                "différences entre ancienne et nouvelle version d'un doc",
            ),
        ),
    ),
    "storage_quota": (
        (
            (
                "{storage} full",
                "mon {storage} est full",
            ),
            (
                "no space left on {storage}",
                "plus de place sur {storage}",
            ),
            (
                "My {storage} is full, what can I do?",
                "Mon {storage} est plein, je fais quoi ?",
            ),
        ),
        (
            (
                "I'm getting 'Your storage is almost full' warnings. Can my quota be increased?",
                "J'ai des alertes « Votre espace de stockage est presque plein ». Peut-on "
                "augmenter mon quota ?",
            ),
            (
                "storage almost full warning, can I get more quota?",
                "alerte stockage presque plein, je peux avoir plus de quota ?",
            ),
            (
                "Hello, could my storage quota be raised? I keep receiving 'almost full' notices.",
                "Bonjour, serait-il possible d'augmenter mon quota ? Je reçois sans arrêt des "
                "avis « presque plein ».",
            ),
        ),
        (
            (
                "Our team site hit its storage limit and nobody can upload anymore. Who can "
                "raise it?",
                "Notre site d'équipe a atteint sa limite de stockage et plus personne ne peut "
                "déposer. Qui peut l'augmenter ?",
            ),
            (
                "Who can increase the storage limit of our team site? Uploads are blocked.",
                "Qui peut augmenter la limite de stockage de notre site d'équipe ? Les dépôts "
                "sont bloqués.",
            ),
            (
                "team site full, nobody can add files",
                "site d'équipe plein, personne ne peut ajouter de fichiers",
            ),
        ),
        (
            (
                "how much space do I have on {storage}",
                "combien d'espace j'ai sur {storage}",
            ),
            (
                "Where can I check how much storage I have left in {storage}?",
                "Où voir l'espace qu'il me reste sur {storage} ?",
            ),
            (
                "remaining quota {storage}?",
                "quota restant {storage} ?",
            ),
        ),
        (
            (
                "what's taking up all my storage? can't find any big files",
                "qu'est ce qui prend toute ma place ? je trouve pas les gros fichiers",
            ),
            (
                "How do I find which files use up my storage? I don't see anything big.",
                "Comment trouver les fichiers qui prennent mon espace ? Je ne vois rien de gros.",
            ),
            (
                "storage used up but no big files, what's eating it",
                "stockage rempli mais aucun gros fichier, c'est quoi qui bouffe la place",
            ),
        ),
        (
            (
                "need more space, about {size} of video every week",
                "besoin de plus de stockage, {size} de vidéos par semaine",
            ),
            (
                "We upload {size} of video weekly, can we have a bigger quota?",
                "On dépose {size} de vidéo par semaine, on peut avoir un quota plus grand ?",
            ),
            (
                "Our weekly video uploads ({size}) need more storage than we have, who do I ask?",
                "Nos vidéos de la semaine ({size}) demandent plus d'espace qu'on n'en a, à qui "
                "je demande ?",
            ),
        ),
        (
            (
                "does the recycle bin count toward my quota?",
                "la corbeille compte dans mon quota ?",
            ),
            (
                "Are files in the recycle bin counted in my storage?",
                "Les fichiers dans la corbeille sont comptés dans mon stockage ?",
            ),
            (
                "bin items use quota?",
                "la corbeille prend du quota ?",
            ),
        ),
        (
            (
                "Upload fails with 'not enough space' but {storage} says only 60% used.",
                "L'envoi échoue avec « espace insuffisant » alors que {storage} indique 60 % "
                "utilisé.",
            ),
            (
                "{storage} shows 60% used yet uploads fail for lack of space, why?",
                "{storage} montre 60 % utilisé mais les envois échouent par manque d'espace, "
                "pourquoi ?",
            ),
            (
                "not enough space error but quota not full",
                "erreur espace insuffisant alors que le quota est pas plein",
            ),
        ),
    ),
    "search_content": (
        (
            (
                "can't find a document",
                "je retrouve pas un doc",
            ),
            (
                "Where did my document go? I can't locate it",
                "Il est passé où mon document ? Impossible de le localiser",
            ),
            (
                "looking for a file, can't find it anywhere",
                "je cherche un fichier, introuvable",
            ),
        ),
        (
            (
                "How do I search for {a_file} across all the team sites? I only remember a word "
                "of the title.",
                "Comment chercher {a_file} sur tous les sites d'équipe ? Je me souviens juste "
                "d'un mot du titre.",
            ),
            (
                "Is there a way to search every team site for {a_file}? I only know one word of "
                "its name.",
                "Peut-on chercher {a_file} sur l'ensemble des sites d'équipe ? Je ne connais "
                "qu'un mot du nom.",
            ),
            (
                "search all sites for {a_file}, only remember part of the title",
                "chercher {a_file} partout sur les sites, je me rappelle qu'une partie du titre",
            ),
        ),
        (
            (
                "search in {storage} returns nothing for a file I know exists",
                "la recherche {storage} ne trouve rien alors que le fichier existe",
            ),
            (
                "Why doesn't {storage} search find a file that's definitely there?",
                "Pourquoi la recherche de {storage} ne trouve pas un fichier qui est bien là ?",
            ),
            (
                "{storage} search broken? 0 results for existing file",
                "recherche {storage} cassée ? 0 résultat pour un fichier existant",
            ),
        ),
        (
            (
                "Where do I find the procedures published by HR? The intranet search gives "
                "hundreds of results.",
                "Où trouver les procédures publiées par les RH ? La recherche de l'intranet "
                "donne des centaines de résultats.",
            ),
            (
                "HR procedures, where are they? intranet search shows too much",
                "procédures RH, elles sont où ? la recherche intranet sort trop de trucs",
            ),
            (
                "Could you point me to the HR procedures? Searching the intranet returns "
                "hundreds of hits.",
                "Pouvez-vous m'indiquer où sont les procédures RH ? La recherche sur l'intranet "
                "donne des centaines de réponses.",
            ),
        ),
        (
            (
                "Is there a way to search old Teams conversations for a link someone sent me?",
                "Est-ce qu'on peut chercher dans les vieilles conversations Teams un lien qu'on "
                "m'a envoyé ?",
            ),
            (
                "How do I find a link someone sent me in an old Teams chat?",
                "Comment retrouver un lien qu'on m'a envoyé dans une vieille conversation Teams ?",
            ),
            (
                "search old teams chats for a link",
                "rechercher un lien dans les anciens chats teams",
            ),
        ),
        (
            (
                "how to filter search results by date or by author",
                "comment filtrer les résultats de recherche par date ou par auteur",
            ),
            (
                "Can I narrow search results to a date range or one author?",
                "Je peux limiter les résultats de recherche à une période ou à un auteur ?",
            ),
            (
                "search filters date author?",
                "filtres de recherche date auteur ?",
            ),
        ),
        (
            (
                "I saw a post about {topic} on {social} last week and can't find it again",
                "j'ai vu un post sur {topic} sur {social} la semaine dernière et impossible de "
                "le retrouver",
            ),
            (
                "How do I find a {social} post about {topic} from last week?",
                "Comment retrouver un post {social} sur {topic} de la semaine dernière ?",
            ),
            (
                "lost a post on {social} about {topic}, how to search it",
                "perdu un post sur {social} à propos de {topic}, comment le rechercher",
            ),
        ),
        (
            (
                "Files shared with me in chats are scattered everywhere. Is there one place "
                "that lists everything shared with me?",
                "Les fichiers qu'on me partage dans les conversations sont éparpillés partout. "
                "Il y a un endroit qui liste tout ce qui est partagé avec moi ?",
            ),
            (
                "Where can I see all the files people have shared with me?",
                "Où voir tous les fichiers qu'on a partagés avec moi ?",
            ),
            (
                "one list of everything shared with me?",
                "une liste de tout ce qu'on m'a partagé ?",
            ),
        ),
    ),
    "data_classification": (
        (
            (
                "which sensitivity label for HR docs?",
                "quelle étiquette pour les docs RH ?",
            ),
            (
                "What label should HR documents get?",
                "Quelle étiquette mettre sur les documents RH ?",
            ),
            (
                "Hello, which classification applies to personnel files?",
                "Bonjour, quelle classification s'applique aux dossiers du personnel ?",
            ),
        ),
        (
            (
                "How do I apply the '{label}' label to {the_file}?",
                "Comment appliquer l'étiquette « {label} » sur {the_file} ?",
            ),
            (
                "put label '{label}' on {the_file}",
                "mettre l'étiquette « {label} » sur {the_file}",
            ),
            (
                "Where do I set the sensitivity label '{label}' for {the_file}?",
                "Où est-ce que je règle l'étiquette de sensibilité « {label} » pour {the_file} ?",
            ),
        ),
        (
            (
                "I can't open an attachment labelled '{label}' that {colleague} sent me",
                "je n'arrive pas à ouvrir une pièce jointe classée « {label} » envoyée par "
                "{colleague}",
            ),
            (
                "attachment from {colleague} marked '{label}' won't open",
                "pièce jointe de {colleague} marquée « {label} », elle s'ouvre pas",
            ),
            (
                "Why can't I open a '{label}' document {colleague} emailed me?",
                "Pourquoi je ne peux pas ouvrir un document « {label} » que {colleague} m'a "
                "envoyé ?",
            ),
        ),
        (
            (
                "What's the difference between Internal and Confidential? When do I have to use "
                "which?",
                "Quelle différence entre Interne et Confidentiel ? Quand faut-il utiliser l'un "
                "ou l'autre ?",
            ),
            (
                "Internal vs Confidential, which one do I pick?",
                "Interne ou Confidentiel, je choisis lequel ?",
            ),
            (
                "Could someone explain the rules for choosing between Internal and Confidential?",
                "Quelqu'un peut m'expliquer les règles pour choisir entre Interne et "
                "Confidentiel ?",
            ),
        ),
        (
            (
                "The label is greyed out and I can't lower it from '{label}' to Public",
                "l'étiquette est grisée et je ne peux pas la passer de « {label} » à Public",
            ),
            (
                "I want to change '{label}' to Public but the option is disabled",
                "Je veux changer « {label} » en Public mais l'option est désactivée",
            ),
            (
                "can't downgrade label {label}, greyed",
                "impossible de baisser l'étiquette {label}, grisé",
            ),
        ),
        (
            (
                "Are we allowed to store customer data on {storage}, and how should it be "
                "classified?",
                "A-t-on le droit de stocker des données clients sur {storage}, et comment les "
                "classer ?",
            ),
            (
                "customer data in {storage}: allowed? which label?",
                "données clients dans {storage} : autorisé ? quelle étiquette ?",
            ),
            (
                "Can client personal data go on {storage}, and what classification should we use?",
                "Peut-on mettre des données personnelles clients sur {storage}, et avec quelle "
                "classification ?",
            ),
        ),
        (
            (
                "Outlook asks me to justify why I'm removing the label, is that normal?",
                "Outlook me demande de justifier pourquoi j'enlève l'étiquette, c'est normal ?",
            ),
            (
                "Why does Outlook want a reason when I remove a label?",
                "Pourquoi Outlook veut une justification quand j'enlève une étiquette ?",
            ),
            (
                "justification popup when removing label",
                "popup de justification quand je retire l'étiquette",
            ),
        ),
        (
            (
                "can I share a file marked '{label}' with {external}?",
                "est-ce que je peux partager un fichier marqué « {label} » avec {external} ?",
            ),
            (
                "Am I allowed to send a '{label}' document to {external}?",
                "J'ai le droit d'envoyer un document « {label} » à {external} ?",
            ),
            (
                "share {label} file externally ok?",
                "partager un fichier {label} en externe c'est ok ?",
            ),
        ),
    ),
    "governance_retention": (
        (
            (
                "retention policy for project files?",
                "durée de conservation des fichiers projet ?",
            ),
            (
                "How long must we keep project documents?",
                "Combien de temps faut-il garder les documents de projet ?",
            ),
            (
                "project files, keep how long",
                "fichiers projet, on garde combien de temps",
            ),
        ),
        (
            (
                "We have to keep contracts for 10 years. How do we set a retention label on our "
                "{storage} library so nothing gets deleted by mistake?",
                "On doit conserver les contrats 10 ans. Comment poser une étiquette de "
                "rétention sur notre bibliothèque {storage} pour que rien ne soit supprimé par "
                "erreur ?",
            ),
            (
                "contracts must be kept 10 years, how to protect our {storage} library from "
                "deletion",
                "contrats à garder 10 ans, comment protéger notre bibliothèque {storage} contre "
                "la suppression",
            ),
            (
                "Which retention label do we apply so contracts in {storage} are kept for ten "
                "years?",
                "Quelle étiquette de rétention appliquer pour que les contrats dans {storage} "
                "soient gardés dix ans ?",
            ),
        ),
        (
            (
                "What happens to the files of a team when the project ends? Who decides to "
                "archive or delete it?",
                "Que deviennent les fichiers d'une équipe quand le projet est terminé ? Qui "
                "décide de l'archiver ou de la supprimer ?",
            ),
            (
                "Project is over, what do we do with the team and its files?",
                "Le projet est fini, on fait quoi de l'équipe et de ses fichiers ?",
            ),
            (
                "who decides archive or delete when a project team closes",
                "qui décide d'archiver ou supprimer quand une équipe projet ferme",
            ),
        ),
        (
            (
                "Legal hold request: we need to freeze the mailbox and OneDrive of a departing "
                "employee",
                "Demande de gel : il faut bloquer la boîte mail et le OneDrive d'un salarié qui "
                "part",
            ),
            (
                "We need a legal hold on a leaver's mailbox and OneDrive",
                "Il nous faut une conservation légale sur la boîte et le OneDrive d'un partant",
            ),
            (
                "freeze mailbox + onedrive, employee leaving, legal",
                "geler boite mail + onedrive, salarié sortant, juridique",
            ),
        ),
        (
            (
                "How should we organise ownership of the {n} team sites of our department? Half "
                "of them have no owner anymore.",
                "Comment organiser la gouvernance des {n} sites d'équipe de notre direction ? "
                "La moitié n'ont plus de propriétaire.",
            ),
            (
                "Half of our {n} team sites are ownerless, how should we govern them?",
                "La moitié de nos {n} sites d'équipe n'ont pas de propriétaire, comment les "
                "gouverner ?",
            ),
            (
                "orphan team sites in our department ({n}), who should own them",
                "sites d'équipe orphelins dans la direction ({n}), qui doit en être propriétaire",
            ),
        ),
        (
            (
                "Are chat messages deleted automatically after a while? Our auditors ask how "
                "long we keep them.",
                "Les messages des conversations sont-ils supprimés automatiquement au bout d'un "
                "moment ? Nos auditeurs demandent combien de temps on les garde.",
            ),
            (
                "How long are Teams chat messages retained? Auditors want to know.",
                "Combien de temps sont conservés les messages Teams ? Les auditeurs veulent "
                "savoir.",
            ),
            (
                "chat retention period for audit?",
                "durée de conservation des chats pour l'audit ?",
            ),
        ),
        (
            (
                "Can we set up an archive space for closed projects that stays read-only?",
                "Peut-on mettre en place un espace d'archives en lecture seule pour les projets "
                "clos ?",
            ),
            (
                "read-only archive for finished projects, possible?",
                "archive en lecture seule pour les projets terminés, possible ?",
            ),
            (
                "We'd like closed projects moved to an archive nobody can modify. How?",
                "On aimerait déplacer les projets clos dans une archive non modifiable. Comment ?",
            ),
        ),
        (
            (
                "GDPR: how long can we keep candidates' CVs in our HR site, and how do we purge "
                "them?",
                "RGPD : combien de temps peut-on garder les CV des candidats dans notre site "
                "RH, et comment les purger ?",
            ),
            (
                "How long may we store applicant CVs under GDPR and how do we delete them?",
                "Combien de temps peut-on stocker les CV des candidats selon le RGPD et comment "
                "les supprimer ?",
            ),
            (
                "gdpr purge of old CVs on HR site",
                "purge rgpd des vieux CV sur le site RH",
            ),
        ),
    ),
    "field_offline": (
        (
            (
                "no network on site, can't open files",
                "pas de réseau sur le chantier, impossible d'ouvrir les fichiers",
            ),
            (
                "Can't open documents on site, there's no signal",
                "Impossible d'ouvrir les documents sur site, il n'y a pas de réseau",
            ),
            (
                "zero reception at work site, files won't load",
                "zero reseau sur le site, les fichiers chargent pas",
            ),
        ),
        (
            (
                "How do I keep {folder} available offline on {device}? No signal {at_place}.",
                "Comment garder {folder} dispo hors ligne sur {device} ? Pas de réseau {at_place}.",
            ),
            (
                "make {folder} available offline on {device}",
                "rendre {folder} dispo hors connexion sur {device}",
            ),
            (
                "I work {at_place} with no coverage, can {device} keep {folder} offline?",
                "Je travaille {at_place} sans couverture, {device} peut garder {folder} hors "
                "ligne ?",
            ),
        ),
        (
            (
                "I filled in a form {at_place} without signal, will it be sent when I'm back in "
                "coverage?",
                "J'ai rempli un formulaire {at_place} sans réseau, il partira quand je "
                "retrouverai du réseau ?",
            ),
            (
                "Will a form filled offline {at_place} send itself once I have network?",
                "Un formulaire rempli hors ligne {at_place} s'envoie tout seul quand j'ai du "
                "réseau ?",
            ),
            (
                "form done without signal, does it submit later?",
                "formulaire fait sans réseau, il part plus tard ?",
            ),
        ),
        (
            (
                "changes I made offline on the train never went up when I got back online",
                "j'ai bossé hors ligne dans le train et mes modifs ne sont jamais remontées une "
                "fois reconnecté",
            ),
            (
                "Edits I did offline on the train were lost after reconnecting",
                "Les modifs faites hors ligne dans le train ont été perdues à la reconnexion",
            ),
            (
                "offline changes never synced when back online",
                "modifs hors ligne jamais synchronisées au retour du réseau",
            ),
        ),
        (
            (
                "photos taken offline {at_place} are not uploaded to the team folder",
                "les photos prises hors ligne {at_place} ne remontent pas dans le dossier de "
                "l'équipe",
            ),
            (
                "Why aren't my offline photos from {at_place} reaching the team folder?",
                "Pourquoi mes photos prises hors ligne {at_place} n'arrivent pas dans le "
                "dossier d'équipe ?",
            ),
            (
                "pics taken without network not uploading",
                "photos prises sans réseau ne montent pas",
            ),
        ),
        (
            (
                "Can I read the safety procedures on the tablet when there's no wifi in the "
                "basement?",
                "Je peux lire les procédures sécurité sur la tablette quand il n'y a pas de "
                "wifi au sous-sol ?",
            ),
            (
                "How do I read safety procedures on a tablet without wifi?",
                "Comment lire les procédures sécurité sur tablette sans wifi ?",
            ),
            (
                "no wifi in basement, need procedures on tablet",
                "pas de wifi au sous-sol, besoin des procédures sur la tablette",
            ),
        ),
        (
            (
                "offline mode teams?",
                "mode hors ligne teams ?",
            ),
            (
                "Does Teams work without a connection?",
                "Est-ce que Teams marche sans connexion ?",
            ),
            (
                "can I use teams offline",
                "teams utilisable hors ligne ?",
            ),
        ),
        (
            (
                "My crew shares one tablet in the van with patchy 4G. What's the best way to "
                "have the plans and checklists available offline?",
                "Mon équipe partage une tablette dans le camion avec une 4G capricieuse. "
                "Comment avoir les plans et les check-lists dispo hors connexion ?",
            ),
            (
                "Shared tablet in the van, weak 4G: how do we keep plans and checklists offline?",
                "Tablette partagée dans le camion, 4G faible : comment garder plans et "
                "check-lists hors ligne ?",
            ),
            (
                "need plans + checklists on tablet offline for the crew",
                "besoin des plans et check-lists sur la tablette hors ligne pour l'équipe",
            ),
        ),
    ),
    "notifications": (
        (
            (
                "too many notifications",
                "trop de notifs",
            ),
            (
                "How do I reduce the number of notifications I get?",
                "Comment réduire le nombre de notifications que je reçois ?",
            ),
            (
                "drowning in notifs, help",
                "je croule sous les notifications, au secours",
            ),
        ),
        (
            (
                "How do I mute {channel} without leaving the team?",
                "Comment mettre en sourdine {channel} sans quitter l'équipe ?",
            ),
            (
                "silence {channel} but stay in the team",
                "rendre {channel} silencieux mais rester dans l'équipe",
            ),
            (
                "Is there a way to stop alerts from {channel} without leaving?",
                "Il y a moyen d'arrêter les alertes de {channel} sans partir ?",
            ),
        ),
        (
            (
                "I'm no longer getting any alerts for chat messages {time}, I only see them "
                "when I open the app.",
                "Je ne suis plus prévenu des nouveaux messages {time}, je les vois seulement "
                "quand j'ouvre l'appli.",
            ),
            (
                "no chat notifications {time}",
                "plus de notifications de chat {time}",
            ),
            (
                "Why have chat alerts stopped {time}? I only notice messages when I open Teams.",
                "Pourquoi les alertes de conversation se sont arrêtées {time} ? Je ne vois les "
                "messages qu'en ouvrant Teams.",
            ),
        ),
        (
            (
                "{social} sends me an email for every single post, how to stop",
                "{social} m'envoie un mail pour chaque publication, comment arrêter ça",
            ),
            (
                "How do I stop getting an email for each post on {social}?",
                "Comment ne plus recevoir un mail par publication sur {social} ?",
            ),
            (
                "too many {social} emails",
                "trop de mails de {social}",
            ),
        ),
        (
            (
                "Can I get pinged only when someone @mentions me in {channel} and not for every "
                "reply?",
                "Est-il possible d'être alerté seulement quand on me mentionne dans {channel}, "
                "et pas à chaque réponse ?",
            ),
            (
                "only notify me on @mentions in {channel}",
                "me notifier seulement sur les @mentions dans {channel}",
            ),
            (
                "How can I limit {channel} alerts to the posts that mention me?",
                "Comment limiter les alertes de {channel} aux messages qui me mentionnent ?",
            ),
        ),
        (
            (
                "phone buzzes all night with teams, how do i set quiet hours",
                "mon tel vibre toute la nuit à cause de teams, on règle comment des heures calmes",
            ),
            (
                "How do I stop Teams notifications at night on my phone?",
                "Comment couper les notifications Teams la nuit sur mon téléphone ?",
            ),
            (
                "quiet hours teams mobile",
                "heures silencieuses teams mobile",
            ),
        ),
        (
            (
                "Is there a way to get an alert when someone modifies a file in a {storage} "
                "library?",
                "Peut-on recevoir une alerte quand quelqu'un modifie un fichier dans une "
                "bibliothèque {storage} ?",
            ),
            (
                "notify me when a file changes in a {storage} library",
                "me prévenir quand un fichier change dans une bibliothèque {storage}",
            ),
            (
                "Can {storage} email me whenever a document in our library is edited?",
                "{storage} peut m'envoyer un mail chaque fois qu'un document de la bibliothèque "
                "est modifié ?",
            ),
        ),
        (
            (
                "alerts show up on {device} but not on my laptop, even though I'm active on both",
                "les alertes arrivent sur {device} mais pas sur mon PC, alors que je suis actif "
                "sur les deux",
            ),
            (
                "Why do notifications reach {device} and never my laptop?",
                "Pourquoi les notifications arrivent sur {device} et jamais sur mon portable ?",
            ),
            (
                "no alerts on pc, only on {device}",
                "pas d'alertes sur le pc, seulement sur {device}",
            ),
        ),
    ),
    "meeting_recording": (
        (
            (
                "how to record a teams meeting",
                "comment enregistrer une réunion teams",
            ),
            (
                "Can I record my Teams call?",
                "Je peux enregistrer mon appel Teams ?",
            ),
            (
                "record meeting, where's the button",
                "enregistrer la réunion, il est où le bouton",
            ),
        ),
        (
            (
                "Where do I find the recording {of_meeting}?",
                "Où trouver l'enregistrement {of_meeting} ?",
            ),
            (
                "recording {of_meeting}, where is it saved?",
                "l'enregistrement {of_meeting}, il est stocké où ?",
            ),
            (
                "Hi, could you tell me where the video {of_meeting} ended up?",
                "Bonjour, pourriez-vous me dire où est passée la vidéo {of_meeting} ?",
            ),
        ),
        (
            (
                "The record button is greyed out in my meeting. I'm the organiser. Is it "
                "disabled by policy?",
                "Le bouton Enregistrer est grisé dans ma réunion alors que je suis "
                "l'organisateur. C'est bloqué par une règle ?",
            ),
            (
                "Why can't I start recording? The option is greyed out and I organised the meeting",
                "Pourquoi je ne peux pas lancer l'enregistrement ? L'option est grisée et c'est "
                "moi l'organisateur",
            ),
            (
                "record disabled for organiser, policy?",
                "enregistrement désactivé pour l'organisateur, c'est une règle ?",
            ),
        ),
        (
            (
                "transcript not available after meeting",
                "transcription pas dispo après la réunion",
            ),
            (
                "Where's the transcript? The meeting ended an hour ago",
                "Elle est où la transcription ? La réunion est finie depuis une heure",
            ),
            (
                "no transcription after the call",
                "aucune transcription après l'appel",
            ),
        ),
        (
            (
                "I missed {meeting}. It was recorded but the link in the chat says the video "
                "has expired. Can it still be found?",
                "J'ai raté {meeting}. L'enregistrement existe mais le lien dans la conversation "
                "dit que la vidéo a expiré. On peut encore la retrouver ?",
            ),
            (
                "The recording of {meeting} says expired, is it gone for good?",
                "L'enregistrement de {meeting} est marqué expiré, il est perdu définitivement ?",
            ),
            (
                "expired recording link for {meeting}, can we recover it",
                "lien d'enregistrement expiré pour {meeting}, on peut le récupérer",
            ),
        ),
        (
            (
                "recorded the call but only I can see the video, how do the other attendees get it",
                "j'ai enregistré l'appel mais je suis le seul à voir la vidéo, comment les "
                "autres participants y accèdent",
            ),
            (
                "How do I share the meeting recording with the people who attended?",
                "Comment partager l'enregistrement de la réunion avec les participants ?",
            ),
            (
                "attendees can't see the recording, only me",
                "les participants voient pas l'enregistrement, que moi",
            ),
        ),
        (
            (
                "Can the transcript {of_meeting} be turned into minutes automatically?",
                "Peut-on transformer automatiquement la transcription {of_meeting} en compte "
                "rendu ?",
            ),
            (
                "generate meeting minutes from the transcript {of_meeting}?",
                "générer un compte rendu à partir de la transcription {of_meeting} ?",
            ),
            (
                "Is there a tool that writes a summary from the transcript {of_meeting}?",
                "Existe-t-il un outil qui rédige un résumé à partir de la transcription "
                "{of_meeting} ?",
            ),
        ),
        (
            (
                "how do I trim the first 10 minutes of the replay before I circulate it?",
                "comment couper les 10 premières minutes du replay avant de le diffuser ?",
            ),
            (
                "Can I cut the beginning of a recording before sharing it?",
                "Je peux couper le début d'un enregistrement avant de le partager ?",
            ),
            (
                "edit replay, remove first 10 min",
                "éditer le replay, enlever les 10 premières min",
            ),
        ),
    ),
    "meeting_setup": (
        (
            (
                "schedule teams meeting",
                "planifier réunion teams",
            ),
            (
                "How do I book a Teams meeting?",
                "Comment je programme une réunion Teams ?",
            ),
            (
                "new teams meeting invite, how",
                "nouvelle invitation réunion teams, comment",
            ),
        ),
        (
            (
                "How do I set up a Teams meeting with {external} who doesn't use Teams?",
                "Comment organiser une réunion Teams avec {external} qui n'a pas Teams ?",
            ),
            (
                "{external} has no Teams, can they still join my meeting?",
                "{external} n'a pas Teams, il peut quand même rejoindre ma réunion ?",
            ),
            (
                "Good afternoon, what's the best way to invite {external}, who isn't on Teams, "
                "to a meeting?",
                "Bonjour, quelle est la meilleure façon d'inviter {external}, qui n'utilise pas "
                "Teams, à une réunion ?",
            ),
        ),
        (
            (
                "I need to organise {event} for {n} people with breakout rooms, where do I start?",
                "Je dois organiser {event} pour {n} personnes avec des salles de sous-groupes, "
                "je commence où ?",
            ),
            (
                "breakout rooms for {event}, {n} attendees, how do I set it up",
                "salles de sous-groupes pour {event}, {n} participants, comment configurer",
            ),
            (
                "How should I prepare {event} with {n} participants split into small groups?",
                "Comment préparer {event} avec {n} participants répartis en petits groupes ?",
            ),
        ),
        (
            (
                "how do I make someone co-organiser of my meeting",
                "comment mettre quelqu'un co-organisateur de ma réunion",
            ),
            (
                "Can I add a co-organiser to a meeting I created?",
                "Je peux ajouter un co-organisateur à une réunion que j'ai créée ?",
            ),
            (
                "give co-organizer rights to a colleague",
                "donner les droits de co-organisateur à un collègue",
            ),
        ),
        (
            (
                "The meeting room screen doesn't show my Teams meeting, how do I book the room "
                "with the invite?",
                "L'écran de la salle n'affiche pas ma réunion Teams, comment réserver la salle "
                "avec l'invitation ?",
            ),
            (
                "How do I get the room display to pick up my Teams invite?",
                "Comment faire pour que l'écran de la salle prenne mon invitation Teams ?",
            ),
            (
                "room screen doesn't show the meeting, booking issue",
                "l'écran de salle n'affiche pas la réunion, souci de réservation",
            ),
        ),
        (
            (
                "Can I stop attendees from unmuting themselves during {event}?",
                "Peut-on empêcher les participants de réactiver leur micro pendant {event} ?",
            ),
            (
                "mute all attendees and block unmute during {event}",
                "couper tous les micros et bloquer la réactivation pendant {event}",
            ),
            (
                "Is there a setting to prevent participants from turning their mics on during "
                "{event}?",
                "Y a-t-il un réglage pour empêcher les participants d'allumer leur micro "
                "pendant {event} ?",
            ),
        ),
        (
            (
                "how to set up a recurring meeting every other Monday",
                "comment créer une réunion récurrente un lundi sur deux",
            ),
            (
                "meeting every 2 weeks on monday, how",
                "réunion toutes les 2 semaines le lundi, comment",
            ),
            (
                "Can I create a meeting that repeats every second Monday?",
                "Je peux créer une réunion qui se répète un lundi sur deux ?",
            ),
        ),
        (
            (
                "{colleague} wants me to run a webinar with registration for {event}. Is that "
                "possible with our Teams?",
                "{colleague} veut que j'organise un webinaire avec inscription pour {event}. "
                "C'est possible avec notre Teams ?",
            ),
            (
                "Can we do webinars with sign-up forms in Teams? {colleague} needs one for {event}",
                "On peut faire des webinaires avec inscription dans Teams ? {colleague} en veut "
                "un pour {event}",
            ),
            (
                "webinar + registration for {event}, doable?",
                "webinaire + inscription pour {event}, faisable ?",
            ),
        ),
    ),
    "chat_etiquette": (
        (
            (
                "chat or email?",
                "chat ou mail ?",
            ),
            (
                "Should I message or email for this?",
                "Je dois envoyer un message ou un mail pour ça ?",
            ),
            (
                "When is email better than a Teams chat?",
                "Quand est-ce qu'un mail vaut mieux qu'un chat Teams ?",
            ),
        ),
        (
            (
                "When should I use a channel post rather than a private chat? My team mixes "
                "everything.",
                "Quand faut-il poster dans un canal plutôt qu'en conversation privée ? Mon "
                "équipe mélange tout.",
            ),
            (
                "channel post or private chat, what's the rule?",
                "post dans le canal ou chat privé, c'est quoi la règle ?",
            ),
            (
                "Our team uses private chats for everything; when should we post in a channel "
                "instead?",
                "Notre équipe fait tout en conversation privée ; quand faut-il plutôt publier "
                "dans un canal ?",
            ),
        ),
        (
            (
                "Is it OK to send a message {to_colleague} outside working hours or should I "
                "schedule it?",
                "C'est correct d'écrire {to_colleague} en dehors des heures de travail ou je "
                "programme l'envoi ?",
            ),
            (
                "ok to send a message {to_colleague} after hours?",
                "ok d'écrire {to_colleague} après les heures ?",
            ),
            (
                "Would it be rude to send a chat {to_colleague} in the evening, or should I "
                "delay delivery?",
                "Est-ce impoli d'envoyer un message {to_colleague} le soir, ou je dois différer "
                "l'envoi ?",
            ),
        ),
        (
            (
                "how do I set my status to 'focusing' so people stop pinging me",
                "comment mettre mon statut « concentré » pour qu'on arrête de me pinger",
            ),
            (
                "How do I tell people I'm busy so they don't message me?",
                "Comment signaler que je suis occupé pour qu'on ne m'écrive pas ?",
            ),
            (
                "set do not disturb / focus status",
                "mettre le statut ne pas déranger / concentration",
            ),
        ),
        (
            (
                "are there rules for using @team mentions? people complain about noise",
                "y a-t-il des règles pour les mentions @équipe ? des gens se plaignent du bruit",
            ),
            (
                "When is it appropriate to @mention the whole team?",
                "Quand est-ce approprié de mentionner toute l'équipe avec @ ?",
            ),
            (
                "too many @team mentions, any guidelines?",
                "trop de mentions @équipe, il y a des consignes ?",
            ),
        ),
        (
            (
                "Is it acceptable to use emojis and GIFs with customers in shared channels?",
                "Est-ce que c'est acceptable d'utiliser des émojis et des GIF avec les clients "
                "dans les canaux partagés ?",
            ),
            (
                "emojis with clients in shared channels, ok or not?",
                "émojis avec les clients dans les canaux partagés, ok ou pas ?",
            ),
            (
                "What tone should we use with customers in shared channels, are GIFs "
                "unprofessional?",
                "Quel ton adopter avec les clients dans les canaux partagés, les GIF ça fait "
                "pas pro ?",
            ),
        ),
        (
            (
                "good practices for a team chat with {n} people, it has become unreadable",
                "bonnes pratiques pour une conversation d'équipe à {n} personnes, c'est devenu "
                "illisible",
            ),
            (
                "Our {n}-person chat is chaos, how do we keep it readable?",
                "Notre chat à {n} est le chaos, comment le garder lisible ?",
            ),
            (
                "rules to keep a big team chat ({n} people) usable",
                "règles pour garder un gros chat d'équipe ({n} personnes) utilisable",
            ),
        ),
        (
            (
                "Should I reply in the thread or start a new post? Conversations get lost in "
                "{channel}.",
                "Je dois répondre dans le fil ou créer un nouveau post ? Les échanges se "
                "perdent dans {channel}.",
            ),
            (
                "reply in thread vs new post in {channel}?",
                "répondre dans le fil ou nouveau post dans {channel} ?",
            ),
            (
                "How do we stop discussions getting lost in {channel}, threads or new posts?",
                "Comment éviter que les discussions se perdent dans {channel}, fils ou nouveaux "
                "posts ?",
            ),
        ),
    ),
    "teams_channels": (
        (
            (
                "create a channel",
                "créer un canal",
            ),
            (
                "How do I add a new channel in Teams?",
                "Comment ajouter un nouveau canal dans Teams ?",
            ),
            (
                "new channel in our team please",
                "nouveau canal dans notre équipe svp",
            ),
        ),
        (
            (
                "How do I create a private channel for {colleagues} inside our team?",
                "Comment créer un canal privé pour {colleagues} dans notre équipe ?",
            ),
            (
                "private channel just for {colleagues}, how?",
                "canal privé rien que pour {colleagues}, comment ?",
            ),
            (
                "Could I set up a channel inside our team that only {colleagues} can see?",
                "Je pourrais créer un canal dans notre équipe que seuls {colleagues} voient ?",
            ),
        ),
        (
            (
                "Can I move {channel} to another team? It ended up in the wrong place.",
                "Peut-on déplacer {channel} vers une autre équipe ? Il est au mauvais endroit.",
            ),
            (
                "{channel} was created in the wrong team, how do I move it?",
                "{channel} a été créé dans la mauvaise équipe, comment le déplacer ?",
            ),
            (
                "move channel to another team",
                "déplacer un canal dans une autre équipe",
            ),
        ),
        (
            (
                "What's the difference between a team, a channel and a group chat?",
                "Quelle différence entre une équipe, un canal et une conversation de groupe ?",
            ),
            (
                "team vs channel vs group chat?",
                "équipe vs canal vs chat de groupe ?",
            ),
            (
                "Could you explain when to use a team, a channel or a group chat?",
                "Pouvez-vous m'expliquer quand utiliser une équipe, un canal ou un chat de "
                "groupe ?",
            ),
        ),
        (
            (
                "I'm owner of a team with {n} channels nobody uses, how do I clean up without "
                "losing files?",
                "Je suis propriétaire d'une équipe avec {n} canaux que personne n'utilise, "
                "comment faire le ménage sans perdre les fichiers ?",
            ),
            (
                "How do I delete unused channels but keep their files?",
                "Comment supprimer des canaux inutilisés en gardant leurs fichiers ?",
            ),
            (
                "{n} dead channels in my team, cleanup without losing docs",
                "{n} canaux morts dans mon équipe, nettoyage sans perdre les docs",
            ),
        ),
        (
            (
                "how to add a tab with a Planner board in {channel}",
                "comment ajouter un onglet Planner dans {channel}",
            ),
            (
                "Planner tab in {channel}?",
                "onglet Planner dans {channel} ?",
            ),
            (
                "I'd like our task board visible as a tab in {channel}, how do I add it?",
                "J'aimerais notre tableau de tâches en onglet dans {channel}, comment l'ajouter ?",
            ),
        ),
        (
            (
                "A shared channel with another department: who can create one and how?",
                "Un canal partagé avec une autre direction : qui peut en créer un et comment ?",
            ),
            (
                "How do we create a channel shared with another department?",
                "Comment créer un canal partagé avec une autre direction ?",
            ),
            (
                "shared channel across departments, who's allowed",
                "canal partagé entre directions, qui a le droit",
            ),
        ),
        (
            (
                "how do I pin {channel} at the top of my list",
                "comment épingler {channel} en haut de ma liste",
            ),
            (
                "keep {channel} at the top of my teams list",
                "garder {channel} en haut de ma liste teams",
            ),
            (
                "Is there a way to pin {channel} so I don't have to scroll for it?",
                "Il y a un moyen d'épingler {channel} pour ne pas le chercher ?",
            ),
        ),
    ),
    "mobile_app": (
        (
            (
                "how do i install teams on my phone",
                "comment installer teams sur mon tel",
            ),
            (
                "Can I get Teams on my smartphone?",
                "Je peux avoir Teams sur mon smartphone ?",
            ),
            (
                "teams mobile install steps",
                "étapes installation teams mobile",
            ),
        ),
        (
            (
                "The app keeps crashing on {device} whenever I open an attachment.",
                "L'appli plante sur {device} dès que j'ouvre une pièce jointe.",
            ),
            (
                "opening attachments crashes the app on {device}",
                "ouvrir une pièce jointe fait planter l'appli sur {device}",
            ),
            (
                "Why does the mobile app close every time I open a file on {device}?",
                "Pourquoi l'appli mobile se ferme à chaque fois que j'ouvre un fichier sur "
                "{device} ?",
            ),
        ),
        (
            (
                "I only have a phone {at_place}. Can I get the company chat on it without a "
                "laptop?",
                "J'ai seulement un téléphone {at_place}. Je peux avoir la messagerie de "
                "l'entreprise dessus sans ordinateur ?",
            ),
            (
                "Can I use company chat from my phone only, I have no computer {at_place}",
                "Je peux utiliser la messagerie de l'entreprise depuis mon téléphone seulement, "
                "pas d'ordi {at_place}",
            ),
            (
                "phone only {at_place}, how do I get teams on it",
                "que le téléphone {at_place}, comment j'ai teams dessus",
            ),
        ),
        (
            (
                "The Company Portal app asks me to enroll my personal phone, do I have to?",
                "L'appli Portail d'entreprise me demande d'inscrire mon téléphone perso, je "
                "suis obligé ?",
            ),
            (
                "Do I really have to enroll my own phone in Company Portal?",
                "Je dois vraiment inscrire mon propre téléphone dans le Portail d'entreprise ?",
            ),
            (
                "company portal wants my personal phone, mandatory?",
                "le portail d'entreprise veut mon tel perso, obligatoire ?",
            ),
        ),
        (
            (
                "after updating iOS the app won't open anymore, just a white screen",
                "depuis la mise à jour iOS l'appli s'ouvre plus, juste un écran blanc",
            ),
            (
                "App shows a blank white screen since the iOS update",
                "L'appli affiche un écran blanc depuis la mise à jour iOS",
            ),
            (
                "ios update broke the app",
                "la maj ios a cassé l'appli",
            ),
        ),
        (
            (
                "teams on android no sound on calls",
                "teams sur android pas de son pendant les appels",
            ),
            (
                "No audio in Teams calls on my Android phone",
                "Pas de son dans les appels Teams sur mon téléphone Android",
            ),
            (
                "can't hear anything in calls on android",
                "j'entends rien pendant les appels sur android",
            ),
        ),
        (
            (
                "The store says the app isn't compatible with my device, I wanted to install "
                "{social}",
                "Le store dit que l'appli n'est pas compatible avec mon appareil, je voulais "
                "installer {social}",
            ),
            (
                "{social} app not compatible with my device according to the store",
                "appli {social} pas compatible avec mon appareil d'après le store",
            ),
            (
                "Why can't I install {social} from the store? It says my phone isn't supported.",
                "Pourquoi je ne peux pas installer {social} depuis le store ? Il dit que mon "
                "téléphone n'est pas pris en charge.",
            ),
        ),
        (
            (
                "Is it okay to use the mobile app on my own phone (BYOD) or is that forbidden?",
                "J'ai le droit d'utiliser l'appli mobile sur mon téléphone perso ou c'est "
                "interdit ?",
            ),
            (
                "Am I allowed to put the work apps on my personal phone?",
                "Est-ce que j'ai le droit de mettre les applis pro sur mon téléphone perso ?",
            ),
            (
                "BYOD allowed for the mobile app?",
                "BYOD autorisé pour l'appli mobile ?",
            ),
        ),
    ),
    "password_reset": (
        (
            (
                "forgot my password",
                "mot de passe oublié",
            ),
            (
                "I can't remember my password",
                "Je ne me souviens plus de mon mot de passe",
            ),
            (
                "password forgotten, how do I reset it",
                "mdp oublié, comment le réinitialiser",
            ),
        ),
        (
            (
                "My account is locked after too many attempts, how long do I have to wait?",
                "Mon compte est verrouillé après plusieurs tentatives, il faut attendre combien "
                "de temps ?",
            ),
            (
                "account locked, too many tries",
                "compte bloqué, trop d'essais",
            ),
            (
                "After several wrong passwords my account got locked. When will it unlock?",
                "Après plusieurs mauvais mots de passe mon compte s'est bloqué. Il se débloque "
                "quand ?",
            ),
        ),
        (
            (
                "pwd expired and the change screen keeps saying the new one doesn't meet "
                "requirements",
                "mdp expiré et il refuse le nouveau, soi-disant il respecte pas les règles de "
                "complexité",
            ),
            (
                "New password keeps getting rejected as not complex enough",
                "Le nouveau mot de passe est toujours refusé, pas assez complexe",
            ),
            (
                "what are the password rules? mine expired and nothing is accepted",
                "c'est quoi les règles de mot de passe ? le mien a expiré et rien n'est accepté",
            ),
        ),
        (
            (
                "I'm travelling and my password just expired. Is there a self-service reset I "
                "can use from here?",
                "Je suis en déplacement et mon mot de passe vient d'expirer. Y a-t-il un moyen "
                "de le réinitialiser moi-même ?",
            ),
            (
                "password expired while abroad, can I reset it myself?",
                "mot de passe expiré à l'étranger, je peux le réinitialiser moi-même ?",
            ),
            (
                "On a business trip and my password has expired. How do I reset it without "
                "coming in?",
                "En déplacement et mon mot de passe a expiré. Comment le réinitialiser sans "
                "passer au bureau ?",
            ),
        ),
        (
            (
                "how do i change my password before it expires",
                "comment changer mon mdp avant qu'il expire",
            ),
            (
                "Where do I change my password myself?",
                "Où est-ce que je change mon mot de passe moi-même ?",
            ),
            (
                "change pwd before expiry",
                "changer mdp avant expiration",
            ),
        ),
        (
            (
                "locked out!! need a reset asap, presenting in 20 min",
                "besoin d'un reset de mon password en urgence, je suis bloqué et je présente "
                "dans 20 min",
            ),
            (
                "URGENT locked out of my account, need a reset now",
                "URGENT compte bloqué, il me faut un reset maintenant",
            ),
            (
                "Can someone reset my password quickly? I'm locked out and presenting soon.",
                "Quelqu'un peut réinitialiser mon mot de passe rapidement ? Je suis bloqué et "
                "je présente bientôt.",
            ),
        ),
        (
            (
                "reset password from {device}? no laptop {at_place}",
                "réinitialiser le mot de passe depuis {device} ? pas d'ordi {at_place}",
            ),
            (
                "Can I reset my password on {device}? There's no computer {at_place}.",
                "Je peux réinitialiser mon mot de passe sur {device} ? Il n'y a pas "
                "d'ordinateur {at_place}.",
            ),
            (
                "pwd reset from phone only",
                "reset mdp depuis le téléphone uniquement",
            ),
        ),
        (
            (
                "I changed my password this morning and now Outlook and Teams keep asking for "
                "the old one in a loop.",
                "J'ai changé mon mot de passe ce matin et depuis Outlook et Teams me "
                "redemandent l'ancien en boucle.",
            ),
            (
                "Outlook and Teams keep asking for my old password since I changed it",
                "Outlook et Teams demandent sans arrêt mon ancien mot de passe depuis que je "
                "l'ai changé",
            ),
            (
                "changed password, now endless login prompts",
                "mot de passe changé, maintenant demandes de connexion en boucle",
            ),
        ),
    ),
    "mfa_setup": (
        (
            (
                "set up authenticator app",
                "configurer authenticator",
            ),
            (
                "How do I configure the Authenticator app?",
                "Comment paramétrer l'appli Authenticator ?",
            ),
            (
                "MFA setup steps please",
                "étapes pour activer la MFA svp",
            ),
        ),
        (
            (
                "I got a new phone and the authenticator app is gone, so I can't approve "
                "sign-ins anymore. How do I re-register MFA?",
                "J'ai changé de téléphone et l'appli Authenticator a disparu, je ne peux plus "
                "valider la connexion. Comment réenregistrer la double authentification ?",
            ),
            (
                "new phone, lost my authenticator, can't sign in",
                "nouveau téléphone, plus d'authenticator, impossible de me connecter",
            ),
            (
                "I replaced my phone; how do I move my multi-factor authentication to the new one?",
                "J'ai remplacé mon téléphone ; comment transférer la double authentification "
                "sur le nouveau ?",
            ),
        ),
        (
            (
                "not receiving the sms code to log in",
                "je recois pas le code par sms pour me connecter",
            ),
            (
                "The SMS verification code never arrives",
                "Le code de vérification par SMS n'arrive jamais",
            ),
            (
                "no text message with the login code",
                "pas de texto avec le code de connexion",
            ),
        ),
        (
            (
                "The verification code from the app is always rejected, says incorrect code",
                "le code de vérification est toujours refusé, « code incorrect »",
            ),
            (
                "authenticator code always says incorrect",
                "le code authenticator dit toujours incorrect",
            ),
            (
                "Why is every code from my authenticator app refused?",
                "Pourquoi chaque code de mon appli authenticator est refusé ?",
            ),
        ),
        (
            (
                "The phone number registered for my verification codes is an old one. How can I "
                "update it?",
                "Le numéro enregistré pour recevoir les codes est un ancien numéro, comment le "
                "mettre à jour ?",
            ),
            (
                "change the phone number used for MFA",
                "changer le numéro de téléphone pour la MFA",
            ),
            (
                "My verification codes go to a number I don't have anymore, how do I change it?",
                "Mes codes de vérification partent sur un numéro que je n'ai plus, comment le "
                "changer ?",
            ),
        ),
        (
            (
                "Do I have to install the authenticator on my personal phone? I don't have a "
                "work phone.",
                "Je suis obligé d'installer l'authenticator sur mon téléphone perso ? Je n'ai "
                "pas de téléphone pro.",
            ),
            (
                "Is the authenticator mandatory on a private phone?",
                "L'authenticator est obligatoire sur un téléphone privé ?",
            ),
            (
                "no work phone, do I need MFA on my own mobile?",
                "pas de tel pro, je dois mettre la MFA sur mon portable perso ?",
            ),
        ),
        (
            (
                "sign-in blocked with {signin_error} after the MFA prompt",
                "connexion bloquée avec {signin_error} après la demande MFA",
            ),
            (
                "After approving MFA I'm blocked with {signin_error}",
                "Après avoir validé la MFA je suis bloqué avec {signin_error}",
            ),
            (
                "{signin_error} right after the authenticator prompt",
                "{signin_error} juste après la demande authenticator",
            ),
        ),
        (
            (
                "Can I use a hardware key instead of the phone app for double authentication "
                "{at_place}? Phones are not allowed there.",
                "Je peux utiliser une clé physique au lieu de l'appli pour la double "
                "authentification {at_place} ? Les téléphones y sont interdits.",
            ),
            (
                "security key for MFA instead of phone {at_place}?",
                "clé de sécurité pour la MFA au lieu du téléphone {at_place} ?",
            ),
            (
                "Phones are banned {at_place}. Is there a physical token we can use for "
                "two-factor sign-in?",
                "Les téléphones sont interdits {at_place}. Existe-t-il un jeton physique pour "
                "la double authentification ?",
            ),
        ),
    ),
    "account_access": (
        (
            (
                "no account yet",
                "toujours pas de compte",
            ),
            (
                "I still don't have an account",
                "Je n'ai toujours pas de compte",
            ),
            (
                "Hello, I started recently and my user account hasn't been created",
                "Bonjour, j'ai commencé récemment et mon compte utilisateur n'a pas été créé",
            ),
        ),
        (
            (
                "A new team member starts {day} and still has no account, who do I ask?",
                "Un nouvel arrivant commence {day} et n'a toujours pas de compte, à qui je "
                "m'adresse ?",
            ),
            (
                "account for new joiner starting {day}, who creates it?",
                "compte pour un arrivant qui commence {day}, qui le crée ?",
            ),
            (
                "Who should I contact so that my new team member has an account when they start "
                "{day}?",
                "Qui contacter pour que mon nouveau collaborateur ait un compte pour son "
                "arrivée {day} ?",
            ),
        ),
        (
            (
                "can't log in to Teams, it says my account doesn't exist",
                "impossible de me connecter à Teams, il dit que mon compte existe pas",
            ),
            (
                "Teams tells me my account does not exist",
                "Teams me dit que mon compte n'existe pas",
            ),
            (
                "login fails: account not found",
                "connexion échoue : compte introuvable",
            ),
        ),
        (
            (
                "I was a contractor and just got a permanent contract, my old account was "
                "disabled. How do I get a new one?",
                "J'étais prestataire et je viens d'être embauché, mon ancien compte a été "
                "désactivé. Comment en obtenir un nouveau ?",
            ),
            (
                "ex contractor now employee, old account disabled, need new one",
                "ex prestataire maintenant salarié, ancien compte désactivé, il m'en faut un "
                "nouveau",
            ),
            (
                "I moved from contractor to permanent staff and lost my login. What's the process?",
                "Je suis passé de prestataire à salarié et j'ai perdu mes accès. C'est quoi la "
                "procédure ?",
            ),
        ),
        (
            (
                "error {signin_error} user account is disabled when logging in",
                "erreur {signin_error} compte désactivé à la connexion",
            ),
            (
                "My account shows as disabled ({signin_error}) when I sign in",
                "Mon compte apparaît désactivé ({signin_error}) quand je me connecte",
            ),
            (
                "{signin_error}: account disabled??",
                "{signin_error} : compte désactivé ??",
            ),
        ),
        (
            (
                "signed in with my personal microsoft account by mistake and now i cant get to "
                "any work stuff",
                "je me suis connecté avec mon compte microsoft perso par erreur et j'ai plus "
                "acces a rien du boulot",
            ),
            (
                "I logged in with my personal Microsoft account, how do I switch back to my "
                "work one?",
                "Je me suis connecté avec mon compte Microsoft perso, comment revenir au compte "
                "pro ?",
            ),
            (
                "wrong account (personal) signed in, no work data",
                "mauvais compte (perso) connecté, aucune donnée pro",
            ),
        ),
        (
            (
                "Since I came back from parental leave my account seems deactivated. Who "
                "reactivates it?",
                "De retour de congé parental, mon compte a l'air désactivé. Qui peut le "
                "réactiver ?",
            ),
            (
                "back from leave and my account is deactivated",
                "retour de congé et mon compte est désactivé",
            ),
            (
                "Who can re-enable my account? It stopped working while I was on parental leave.",
                "Qui peut réactiver mon compte ? Il ne marche plus depuis mon congé parental.",
            ),
        ),
        (
            (
                "I changed department and my email address changed too. Since then I can't sign "
                "in to {storage}.",
                "J'ai changé de direction et mon adresse mail a changé, depuis je n'arrive plus "
                "à me connecter à {storage}.",
            ),
            (
                "new email after department change, can't get into {storage}",
                "nouvelle adresse mail après changement de service, je n'accède plus à {storage}",
            ),
            (
                "Since my address changed with my new department, {storage} rejects my sign-in",
                "Depuis que mon adresse a changé avec ma nouvelle direction, {storage} refuse "
                "ma connexion",
            ),
        ),
    ),
    "licence_request": (
        (
            (
                "need {licence}",
                "besoin d'{licence}",
            ),
            (
                "How do I get {licence}?",
                "Comment obtenir {licence} ?",
            ),
            (
                "could I be given {licence} please",
                "est-ce que je pourrais avoir {licence} svp",
            ),
        ),
        (
            (
                "I need {licence} to open the dashboard my manager sent, how do I request it?",
                "Il me faut {licence} pour ouvrir le tableau de bord envoyé par mon manager, "
                "comment la demander ?",
            ),
            (
                "manager's dashboard needs {licence}, I don't have it",
                "le tableau de bord du manager demande {licence}, je l'ai pas",
            ),
            (
                "To open a report from my manager I need {licence}. Where do I ask for it?",
                "Pour ouvrir un rapport de mon manager il me faut {licence}. Où est-ce que je "
                "la demande ?",
            ),
        ),
        (
            (
                "Teams says I don't have a licence assigned. I could use it last week.",
                "Teams m'indique qu'aucune licence ne m'est attribuée alors que je l'utilisais "
                "la semaine dernière.",
            ),
            (
                "no licence assigned in Teams, it worked last week",
                "aucune licence attribuée dans Teams, ça marchait la semaine dernière",
            ),
            (
                "Why did my Teams licence disappear? I used Teams normally until recently.",
                "Pourquoi ma licence Teams a disparu ? J'utilisais Teams normalement jusqu'à "
                "récemment.",
            ),
        ),
        (
            (
                "How do I get Teams? I only seem to have an email licence.",
                "Comment avoir Teams ? Apparemment je n'ai qu'une licence messagerie.",
            ),
            (
                "only have email licence, want Teams",
                "que la licence mail, je veux Teams",
            ),
            (
                "My licence seems to cover only Outlook. What do I need to get Teams?",
                "Ma licence semble couvrir seulement Outlook. Il me faut quoi pour avoir Teams ?",
            ),
        ),
        (
            (
                "Our {n} field technicians need licences for the shared tablets, who approves "
                "the cost?",
                "Nos {n} techniciens terrain ont besoin de licences pour les tablettes "
                "partagées, qui valide le coût ?",
            ),
            (
                "licences for {n} shared field tablets, who pays?",
                "licences pour {n} tablettes terrain partagées, qui paie ?",
            ),
            (
                "Who approves the budget for licensing our {n} technicians' shared tablets?",
                "Qui valide le budget des licences pour les tablettes partagées de nos {n} "
                "techniciens ?",
            ),
        ),
        (
            (
                "request {licence} for {colleague}",
                "demande {licence} pour {colleague}",
            ),
            (
                "Can {colleague} be assigned {licence}?",
                "Est-ce qu'on peut attribuer {licence} à {colleague} ?",
            ),
            (
                "I'd like to request {licence} on behalf of {colleague}",
                "Je voudrais demander {licence} pour le compte de {colleague}",
            ),
        ),
        (
            (
                "The app says 'premium connector requires a licence' when I open our team's "
                "Power App",
                "L'appli affiche « ce connecteur premium nécessite une licence » quand j'ouvre "
                "la Power App de l'équipe",
            ),
            (
                "premium connector licence needed to open our Power App",
                "licence connecteur premium requise pour ouvrir notre Power App",
            ),
            (
                "Our team's Power App asks for a premium licence, how do I get one?",
                "La Power App de l'équipe demande une licence premium, comment en avoir une ?",
            ),
        ),
        (
            (
                "I'm leaving the project, can you give my Copilot licence {to_colleague}?",
                "Je quitte le projet, vous pouvez transférer ma licence Copilot {to_colleague} ?",
            ),
            (
                "transfer my Copilot licence {to_colleague}",
                "transférer ma licence Copilot {to_colleague}",
            ),
            (
                "As I'm leaving the project, could my Copilot seat go {to_colleague}?",
                "Comme je quitte le projet, ma licence Copilot pourrait aller {to_colleague} ?",
            ),
        ),
    ),
    "outage": (
        (
            (
                "Teams down?",
                "Teams en panne ?",
            ),
            (
                "Is Teams not working for everyone right now?",
                "Teams ne marche pour personne en ce moment ?",
            ),
            (
                "teams outage?",
                "panne teams ?",
            ),
        ),
        (
            (
                "Is {storage} down for everyone? Nobody on my floor can open any site, we get "
                "{http_error}.",
                "{storage} est tombé pour tout le monde ? Personne à l'étage ne peut ouvrir un "
                "site, erreur {http_error}.",
            ),
            (
                "{http_error} on every site, whole floor affected, {storage} down?",
                "{http_error} sur tous les sites, tout l'étage touché, {storage} en panne ?",
            ),
            (
                "Is there a known outage on {storage}? All of us get {http_error} when opening "
                "sites.",
                "Y a-t-il une panne connue sur {storage} ? On a tous {http_error} en ouvrant "
                "les sites.",
            ),
        ),
        (
            (
                "everything super slow {time}, files take minutes to open",
                "tout est hyper lent {time}, les fichiers mettent des minutes à s'ouvrir",
            ),
            (
                "Why is everything so slow {time}? Files take ages to open.",
                "Pourquoi tout est si lent {time} ? Les fichiers mettent une éternité à s'ouvrir.",
            ),
            (
                "massive slowness {time}",
                "lenteurs énormes {time}",
            ),
        ),
        (
            (
                "Messages in Teams haven't been delivered {time}. Colleagues in two other "
                "countries see the same. Is there a known incident?",
                "Les messages Teams ne partent plus {time}. Les collègues de deux autres pays "
                "ont le même souci. Y a-t-il un incident en cours ?",
            ),
            (
                "teams messages stuck {time}, other countries too, incident?",
                "messages teams bloqués {time}, d'autres pays aussi, incident ?",
            ),
            (
                "Is there an ongoing incident? Teams messages have not gone out {time} across "
                "several countries.",
                "Y a-t-il un incident en cours ? Les messages Teams ne partent plus {time} dans "
                "plusieurs pays.",
            ),
        ),
        (
            (
                "outlook and teams both disconnected, whole office",
                "outlook et teams déconnectés tous les deux, tout le bureau est touché",
            ),
            (
                "Whole office lost Outlook and Teams at the same time",
                "Tout le bureau a perdu Outlook et Teams en même temps",
            ),
            (
                "outlook + teams down for everybody here",
                "outlook + teams en panne pour tout le monde ici",
            ),
        ),
        (
            (
                "{social} feed not loading for anybody at our site",
                "le fil {social} ne charge pour personne sur notre site",
            ),
            (
                "Nobody at our site can load {social}",
                "Personne sur notre site n'arrive à charger {social}",
            ),
            (
                "{social} down for the whole site?",
                "{social} en panne pour tout le site ?",
            ),
        ),
        (
            (
                "Calls keep dropping for the entire call centre {time}, it's not our network, "
                "we checked",
                "les appels coupent pour tout le centre d'appels {time}, c'est pas notre "
                "réseau, on a vérifié",
            ),
            (
                "call centre: all calls cutting out {time}, network checked, is it on your side?",
                "centre d'appels : tous les appels coupent {time}, réseau vérifié, c'est chez "
                "vous ?",
            ),
            (
                "We have constant call drops across the call centre {time}. Is there a service "
                "incident?",
                "On a des coupures d'appels permanentes dans tout le centre d'appels {time}. Y "
                "a-t-il un incident de service ?",
            ),
        ),
        (
            (
                "major incident? can't reach any of the collaboration tools {at_place}",
                "incident majeur ? plus aucun outil collaboratif accessible {at_place}",
            ),
            (
                "None of the collaboration tools respond {at_place}, is there an outage?",
                "Aucun outil collaboratif ne répond {at_place}, il y a une panne ?",
            ),
            (
                "all collab tools unreachable {at_place}",
                "tous les outils collab injoignables {at_place}",
            ),
        ),
    ),
    "security_incident": (
        (
            (
                "phishing email?",
                "mail de phishing ?",
            ),
            (
                "I think I received a phishing email, what should I do?",
                "Je crois avoir reçu un mail de phishing, je fais quoi ?",
            ),
            (
                "suspicious email, report where?",
                "mail suspect, je le signale où ?",
            ),
        ),
        (
            (
                "I clicked on a link in a message pretending to be IT and typed my password. "
                "What do I do now?",
                "J'ai cliqué sur un lien dans un message qui se faisait passer pour la DSI et "
                "j'ai tapé mon mot de passe. Je fais quoi ?",
            ),
            (
                "entered my password on a fake IT page, help",
                "j'ai saisi mon mot de passe sur une fausse page de la DSI, aide",
            ),
            (
                "I may have given my credentials to a phishing site pretending to be IT. What "
                "are the next steps?",
                "J'ai peut-être donné mes identifiants à un site de phishing se faisant passer "
                "pour la DSI. Quelles sont les étapes ?",
            ),
        ),
        (
            (
                "I keep getting MFA approval prompts I didn't ask for in the middle of the night",
                "Je reçois en pleine nuit des demandes de validation MFA que je n'ai pas faites",
            ),
            (
                "MFA requests at night that aren't me",
                "demandes MFA la nuit qui ne viennent pas de moi",
            ),
            (
                "Why am I receiving sign-in approval requests at 3am? I'm not logging in.",
                "Pourquoi je reçois des demandes de validation de connexion à 3h du matin ? Je "
                "ne me connecte pas.",
            ),
        ),
        (
            (
                "Someone external posted a suspicious file in {channel}, should I open it?",
                "Quelqu'un d'externe a posté un fichier suspect dans {channel}, je l'ouvre ?",
            ),
            (
                "weird file from an external user in {channel}, safe?",
                "fichier bizarre d'un externe dans {channel}, c'est sûr ?",
            ),
            (
                "An outside account shared a strange attachment in {channel}. Should I report it?",
                "Un compte extérieur a partagé une pièce jointe étrange dans {channel}. Je dois "
                "le signaler ?",
            ),
        ),
        (
            (
                "lost my work phone {at_place}, it has teams and onedrive on it",
                "j'ai perdu mon tel pro {at_place}, il y a teams et onedrive dessus",
            ),
            (
                "My company phone was lost {at_place} with Teams and OneDrive installed",
                "Mon téléphone pro a été perdu {at_place} avec Teams et OneDrive installés",
            ),
            (
                "phone stolen {at_place}, work apps on it, what now",
                "téléphone volé {at_place}, applis pro dessus, je fais quoi",
            ),
        ),
        (
            (
                "I sent {the_file} with salaries to {external} by mistake. How do I revoke the "
                "link?",
                "J'ai envoyé par erreur {the_file} avec les salaires à {external}. Comment "
                "révoquer le lien ?",
            ),
            (
                "sent salary file {the_file} to {external} by error, revoke access",
                "envoyé le fichier salaires {the_file} à {external} par erreur, révoquer l'accès",
            ),
            (
                "Help: {the_file} containing payroll went to {external}. Can the share be "
                "cancelled?",
                "Au secours : {the_file} avec la paie est parti chez {external}. Peut-on "
                "annuler le partage ?",
            ),
        ),
        (
            (
                "A colleague's account is sending weird messages with links to everyone in the "
                "team",
                "Le compte d'un collègue envoie des messages bizarres avec des liens à toute "
                "l'équipe",
            ),
            (
                "colleague's account spamming links to the team, hacked?",
                "le compte d'un collègue spamme des liens à l'équipe, piraté ?",
            ),
            (
                "I think a coworker's account is compromised, it's sending odd links to everyone",
                "Je pense que le compte d'un collègue est compromis, il envoie des liens "
                "étranges à tout le monde",
            ),
        ),
        (
            (
                "{storage} shows a sign-in from a country I've never been to. Is my account "
                "compromised?",
                "{storage} affiche une connexion depuis un pays où je ne suis jamais allé. Mon "
                "compte est compromis ?",
            ),
            (
                "sign-in from a foreign country in {storage} activity, not me",
                "connexion depuis un pays étranger dans l'activité {storage}, c'est pas moi",
            ),
            (
                "Unknown login location appears in my {storage} activity. Has my account been "
                "hacked?",
                "Une connexion depuis un lieu inconnu apparaît dans mon activité {storage}. Mon "
                "compte a été piraté ?",
            ),
        ),
    ),
    "onboarding_first_steps": (
        (
            (
                "new here, where do I start?",
                "nouveau ici, je commence par quoi ?",
            ),
            (
                "I just started, what should I do first?",
                "Je viens de commencer, je dois faire quoi en premier ?",
            ),
            (
                "Hello, I'm new in the company, where can I begin with the tools?",
                "Bonjour, je suis nouveau dans l'entreprise, par où commencer avec les outils ?",
            ),
        ),
        (
            (
                "I'm starting next week as {job} and I've never used Teams. Is there a guide I "
                "can read beforehand?",
                "Je commence la semaine prochaine comme {job} et je n'ai jamais utilisé Teams. "
                "Il y a un guide à lire avant ?",
            ),
            (
                "never used Teams, starting as {job} soon, any guide?",
                "jamais utilisé Teams, je démarre comme {job} bientôt, un guide ?",
            ),
            (
                "Is there something to read before my first week as {job}? I don't know Teams "
                "at all.",
                "Y a-t-il quelque chose à lire avant ma première semaine comme {job} ? Je ne "
                "connais pas du tout Teams.",
            ),
        ),
        (
            (
                "First day today: which tools should I set up first and how?",
                "Premier jour aujourd'hui : quels outils installer en premier et comment ?",
            ),
            (
                "day one, what do I install?",
                "jour un, j'installe quoi ?",
            ),
            (
                "It's my first day. In what order should I set up my apps?",
                "C'est mon premier jour. Dans quel ordre configurer mes applis ?",
            ),
        ),
        (
            (
                "I just joined, how do I find my team's channel and the shared files?",
                "Je viens d'arriver, comment je trouve le canal de mon équipe et les fichiers "
                "partagés ?",
            ),
            (
                "new joiner: where's my team's channel and shared docs?",
                "nouvel arrivant : où est le canal de mon équipe et les docs partagés ?",
            ),
            (
                "Just arrived in the team, how do I get to our channel and files?",
                "Tout juste arrivé dans l'équipe, comment j'accède à notre canal et nos fichiers ?",
            ),
        ),
        (
            (
                "Is there a checklist for new employees to get started with OneDrive, Teams and "
                "{social}?",
                "Y a-t-il une check-list pour les nouveaux arrivants pour démarrer avec "
                "OneDrive, Teams et {social} ?",
            ),
            (
                "onboarding checklist for OneDrive, Teams, {social}?",
                "check-list d'intégration pour OneDrive, Teams, {social} ?",
            ),
            (
                "Do you have a getting-started list for new staff covering the main tools and "
                "{social}?",
                "Vous avez une liste de démarrage pour les nouveaux qui couvre les outils "
                "principaux et {social} ?",
            ),
        ),
        (
            (
                "new hire here, what's the intranet and what's the social network, I'm lost",
                "nouvelle recrue, c'est quoi la différence entre l'intranet et le réseau "
                "social, je suis perdu",
            ),
            (
                "I'm new and confused: what is the intranet vs the social network?",
                "Je suis nouveau et perdu : c'est quoi l'intranet par rapport au réseau social ?",
            ),
            (
                "intranet vs social network, new hire question",
                "intranet ou réseau social, question de nouvel arrivant",
            ),
        ),
        (
            (
                "I'm joining {at_place} next month with no computer, only a phone. How do I get "
                "started with the apps?",
                "J'arrive {at_place} le mois prochain, sans ordinateur, juste un téléphone. "
                "Comment je démarre avec les applis ?",
            ),
            (
                "starting {at_place} with just a phone, how do I set up the apps?",
                "je commence {at_place} avec juste un téléphone, comment j'installe les applis ?",
            ),
            (
                "No laptop for my new job {at_place}, only a smartphone. What are the first steps?",
                "Pas d'ordinateur pour mon nouveau poste {at_place}, seulement un smartphone. "
                "Quelles sont les premières étapes ?",
            ),
        ),
        (
            (
                "My manager told me to 'check the onboarding path' but I don't know where it is",
                "Mon manager m'a dit de « suivre le parcours d'intégration » mais je ne sais "
                "pas où il est",
            ),
            (
                "where is the onboarding path my manager mentioned?",
                "où est le parcours d'intégration dont mon manager a parlé ?",
            ),
            (
                "Can't find the onboarding programme I was told to follow",
                "Je ne trouve pas le programme d'intégration qu'on m'a dit de suivre",
            ),
        ),
    ),
    "training_request": (
        (
            (
                "training on {topic}?",
                "formation {topic} ?",
            ),
            (
                "course about {topic}?",
                "un cours sur {topic} ?",
            ),
            (
                "Do you offer any training on {topic}?",
                "Proposez-vous une formation sur {topic} ?",
            ),
        ),
        (
            (
                "Is there a training on {topic} for beginners?",
                "Il y a une formation {topic} pour débutants ?",
            ),
            (
                "beginner course {topic}",
                "cours débutant {topic}",
            ),
            (
                "I'm new to {topic}, is there an intro session I can sign up for?",
                "Je débute en {topic}, il y a une session d'initiation où m'inscrire ?",
            ),
        ),
        (
            (
                "My team of {n} is moving from shared drives to SharePoint next month. Could "
                "someone run a workshop on how to organise the libraries?",
                "Mon équipe de {n} personnes passe des lecteurs réseau à SharePoint le mois "
                "prochain. Quelqu'un pourrait animer un atelier pour nous apprendre à organiser "
                "les bibliothèques ?",
            ),
            (
                "workshop for {n} people moving to SharePoint, how to organise libraries",
                "atelier pour {n} personnes qui passent à SharePoint, organiser les bibliothèques",
            ),
            (
                "Can we book a trainer to help our {n}-person team structure SharePoint "
                "libraries before the migration?",
                "Peut-on réserver un formateur pour aider notre équipe de {n} à structurer les "
                "bibliothèques SharePoint avant la migration ?",
            ),
        ),
        (
            (
                "any video tutorial on {topic}?",
                "un tuto vidéo sur {topic} ?",
            ),
            (
                "Are there videos explaining {topic}?",
                "Il existe des vidéos qui expliquent {topic} ?",
            ),
            (
                "looking for a short video on {topic}",
                "je cherche une petite vidéo sur {topic}",
            ),
        ),
        (
            (
                "need a very basic tutorial for field staff who have never used a smartphone app",
                "besoin d'un tuto très simple pour des agents terrain qui n'ont jamais utilisé "
                "d'appli sur smartphone",
            ),
            (
                "simple smartphone app training for field workers",
                "formation simple aux applis smartphone pour les agents terrain",
            ),
            (
                "Our field staff have never used a phone app. Is there a very easy guide or "
                "session for them?",
                "Nos agents terrain n'ont jamais utilisé d'appli. Y a-t-il un guide ou une "
                "session très facile pour eux ?",
            ),
        ),
        (
            (
                "lunch & learn sessions on {topic}, when is the next one?",
                "les midis découverte {topic}, c'est quand le prochain ?",
            ),
            (
                "When's the next lunch session about {topic}?",
                "C'est quand la prochaine session du midi sur {topic} ?",
            ),
            (
                "next lunch & learn {topic}?",
                "prochain midi découverte {topic} ?",
            ),
        ),
        (
            (
                "Is there a certification path for {topic} that the company pays for?",
                "Existe-t-il un parcours de certification {topic} pris en charge par "
                "l'entreprise ?",
            ),
            (
                "certification in {topic} paid by the company?",
                "certification {topic} payée par la boite ?",
            ),
            (
                "Does the company fund an official certification for {topic}? How do I enrol?",
                "L'entreprise finance-t-elle une certification officielle en {topic} ? Comment "
                "s'inscrire ?",
            ),
        ),
        (
            (
                "Could we get a refresher session for the whole department? People still email "
                "attachments instead of links.",
                "On pourrait avoir une session de rappel pour tout le service ? Les gens "
                "envoient encore des pièces jointes au lieu de liens.",
            ),
            (
                "refresher training for the department, people still send attachments",
                "formation de rappel pour le service, les gens envoient encore des PJ",
            ),
            (
                "Could a trainer remind our whole department how to share links rather than "
                "attachments?",
                "Un formateur pourrait rappeler à tout le service comment partager des liens "
                "plutôt que des pièces jointes ?",
            ),
        ),
    ),
    "create_community": (
        (
            (
                "new {social} group for our project",
                "nouveau groupe {social} pour notre projet",
            ),
            (
                "How do I start a {social} group for our project?",
                "Comment lancer un groupe {social} pour notre projet ?",
            ),
            (
                "need a project group on {social}",
                "besoin d'un groupe projet sur {social}",
            ),
        ),
        (
            (
                "How do I create a community on {social}?",
                "Comment créer une communauté sur {social} ?",
            ),
            (
                "create community {social}",
                "créer communauté {social}",
            ),
            (
                "Hi, what are the steps to open a new community on {social}?",
                "Bonjour, quelles sont les étapes pour ouvrir une nouvelle communauté sur "
                "{social} ?",
            ),
        ),
        (
            (
                "We want to start {community}, who approves it?",
                "On veut lancer {community}, qui valide ?",
            ),
            (
                "Who gives the green light to launch {community}?",
                "Qui donne le feu vert pour lancer {community} ?",
            ),
            (
                "approval needed to create {community}?",
                "validation nécessaire pour créer {community} ?",
            ),
        ),
        (
            (
                "Can I make a community private so only invited members see the posts?",
                "Peut-on rendre une communauté privée pour que seuls les membres invités voient "
                "les posts ?",
            ),
            (
                "private community, only invited members",
                "communauté privée, seulement les membres invités",
            ),
            (
                "Is it possible to restrict a community so that posts are visible to members only?",
                "Est-il possible de restreindre une communauté pour que les posts soient "
                "visibles des membres seulement ?",
            ),
        ),
        (
            (
                "How do I add a second admin to {community}?",
                "Comment ajouter un deuxième admin dans {community} ?",
            ),
            (
                "add another admin in {community}",
                "ajouter un autre admin dans {community}",
            ),
            (
                "I'd like to share the admin role of {community} with someone, how?",
                "Je voudrais partager le rôle d'admin de {community} avec quelqu'un, comment ?",
            ),
        ),
        (
            (
                "is there a naming convention for new groups on the social network?",
                "y a-t-il une règle de nommage pour les nouveaux groupes sur le réseau social ?",
            ),
            (
                "How should new social network groups be named?",
                "Comment faut-il nommer les nouveaux groupes du réseau social ?",
            ),
            (
                "naming rules for groups?",
                "règles de nom pour les groupes ?",
            ),
        ),
        (
            (
                "Teams team or {social} community, which one should I open for a "
                "cross-department network of volunteers?",
                "Équipe Teams ou communauté {social}, laquelle ouvrir pour un réseau de "
                "bénévoles de plusieurs directions ?",
            ),
            (
                "volunteer network across departments: team or {social} community?",
                "réseau de bénévoles multi-directions : équipe ou communauté {social} ?",
            ),
            (
                "For a network of volunteers from several departments, should I create a Teams "
                "team or a {social} community?",
                "Pour un réseau de bénévoles de plusieurs directions, je crée une équipe Teams "
                "ou une communauté {social} ?",
            ),
        ),
        (
            (
                "How do I archive an old community we don't use anymore?",
                "Comment archiver une ancienne communauté qu'on n'utilise plus ?",
            ),
            (
                "close an inactive community",
                "fermer une communauté inactive",
            ),
            (
                "What's the process to archive a community nobody uses any more?",
                "Quelle est la procédure pour archiver une communauté que plus personne "
                "n'utilise ?",
            ),
        ),
    ),
    "animate_community": (
        (
            (
                "community is dead, tips?",
                "communauté morte, des conseils ?",
            ),
            (
                "How do I bring a quiet community back to life?",
                "Comment redonner vie à une communauté calme ?",
            ),
            (
                "no activity in our community, ideas?",
                "aucune activité dans notre communauté, des idées ?",
            ),
        ),
        (
            (
                "Nobody posts in {community} anymore. Any tips to get people engaged?",
                "Plus personne ne poste dans {community}. Des astuces pour relancer l'engagement ?",
            ),
            (
                "{community} has gone silent, how to re-engage members",
                "{community} est devenue silencieuse, comment remobiliser les membres",
            ),
            (
                "What can I do so members of {community} start posting again?",
                "Que faire pour que les membres de {community} se remettent à publier ?",
            ),
        ),
        (
            (
                "We'd like to host a monthly Q&A with the executive committee in our community, "
                "how do we run it as an event?",
                "On aimerait organiser une séance de questions-réponses mensuelle avec le "
                "comité de direction dans notre communauté, comment l'animer en événement ?",
            ),
            (
                "monthly Q&A with execs in the community, best format?",
                "questions-réponses mensuelles avec la direction dans la communauté, meilleur "
                "format ?",
            ),
            (
                "How should we organise a recurring ask-me-anything with leadership inside our "
                "community?",
                "Comment organiser une séance récurrente de questions à la direction dans notre "
                "communauté ?",
            ),
        ),
        (
            (
                "I coordinate {community} across {n} sites. How do I get them to share best "
                "practices instead of just reading?",
                "J'anime {community} sur {n} sites. Comment les amener à partager leurs bonnes "
                "pratiques au lieu de seulement lire ?",
            ),
            (
                "members of {community} on {n} sites only read, how to make them share",
                "les membres de {community} sur {n} sites lisent seulement, comment les faire "
                "partager",
            ),
            (
                "Any tips to turn lurkers across {n} sites into contributors in {community}?",
                "Des astuces pour transformer les lecteurs passifs de {n} sites en "
                "contributeurs dans {community} ?",
            ),
        ),
        (
            (
                "What kind of content works best to launch a new community? We have 200 members "
                "and zero posts.",
                "Quel type de contenu marche le mieux pour lancer une nouvelle communauté ? On "
                "a 200 membres et zéro post.",
            ),
            (
                "200 members, 0 posts, what to publish first?",
                "200 membres, 0 post, on publie quoi en premier ?",
            ),
            (
                "Which first posts help kick off a brand new community?",
                "Quels premiers posts aident à démarrer une toute nouvelle communauté ?",
            ),
        ),
        (
            (
                "how do I measure engagement in {community}, is there a dashboard?",
                "comment mesurer l'engagement dans {community}, il y a un tableau de bord ?",
            ),
            (
                "engagement stats for {community}?",
                "statistiques d'engagement pour {community} ?",
            ),
            (
                "Where can I see analytics on how active {community} is?",
                "Où voir des statistiques sur l'activité de {community} ?",
            ),
        ),
        (
            (
                "Can someone coach me as a new community manager? I took over {community} last "
                "month.",
                "Quelqu'un peut m'accompagner comme nouveau community manager ? J'ai repris "
                "{community} le mois dernier.",
            ),
            (
                "new community manager for {community}, need some coaching",
                "nouveau community manager de {community}, besoin d'accompagnement",
            ),
            (
                "Is there mentoring for people who just took over a community like {community}?",
                "Y a-t-il un accompagnement pour ceux qui viennent de reprendre une communauté "
                "comme {community} ?",
            ),
        ),
        (
            (
                "Ideas for a challenge or a campaign to get field teams posting photos in the "
                "community?",
                "Des idées de challenge ou de campagne pour que les équipes terrain postent des "
                "photos dans la communauté ?",
            ),
            (
                "photo challenge to get field teams posting?",
                "challenge photo pour faire poster les équipes terrain ?",
            ),
            (
                "How could we motivate field teams to share pictures in the community, maybe "
                "with a contest?",
                "Comment motiver les équipes terrain à partager des photos dans la communauté, "
                "peut-être avec un concours ?",
            ),
        ),
    ),
    "publish_post": (
        (
            (
                "how to post a poll",
                "comment faire un sondage",
            ),
            (
                "Can I add a poll to a post?",
                "Je peux ajouter un sondage à un post ?",
            ),
            (
                "create poll in post",
                "créer un sondage dans une publication",
            ),
        ),
        (
            (
                "How do I mention {colleague} in a post on {social}?",
                "Comment mentionner {colleague} dans un post sur {social} ?",
            ),
            (
                "tag {colleague} in a {social} post",
                "taguer {colleague} dans un post {social}",
            ),
            (
                "What's the way to @mention {colleague} when I publish on {social}?",
                "Comment faire une @mention de {colleague} quand je publie sur {social} ?",
            ),
        ),
        (
            (
                "Can I pin an announcement in {community} so it stays at the top?",
                "Peut-on épingler une annonce dans {community} pour qu'elle reste en haut ?",
            ),
            (
                "pin announcement at top of {community}",
                "épingler une annonce en haut de {community}",
            ),
            (
                "How do I keep an announcement first in {community}?",
                "Comment garder une annonce en premier dans {community} ?",
            ),
        ),
        (
            (
                "my post disappeared after I edited it",
                "mon post a disparu après modification",
            ),
            (
                "Why did my post vanish when I edited it?",
                "Pourquoi mon post a disparu quand je l'ai modifié ?",
            ),
            (
                "edited post is gone",
                "post modifié envolé",
            ),
        ),
        (
            (
                "How do I publish a post with several photos and a video from {device}?",
                "Comment publier un post avec plusieurs photos et une vidéo depuis {device} ?",
            ),
            (
                "post photos + video from {device}",
                "poster photos + vidéo depuis {device}",
            ),
            (
                "Is it possible to put several pictures and a video in a single post from "
                "{device}?",
                "Est-il possible de mettre plusieurs images et une vidéo dans un seul post "
                "depuis {device} ?",
            ),
        ),
        (
            (
                "Can I schedule a post to go out {day} at 8am?",
                "Je peux programmer un post pour qu'il sorte {day} à 8h ?",
            ),
            (
                "schedule post {day} 8am",
                "programmer un post pour {day} 8h",
            ),
            (
                "Is there a way to write a post now and have it published {day} morning?",
                "Il y a moyen d'écrire un post maintenant et qu'il soit publié {day} matin ?",
            ),
        ),
        (
            (
                "how do I post as an announcement so everyone in the community gets notified",
                "comment publier en tant qu'annonce pour que tous les membres soient notifiés",
            ),
            (
                "Can I publish an announcement that notifies all members?",
                "Je peux publier une annonce qui notifie tous les membres ?",
            ),
            (
                "announcement post with notification to everyone",
                "post annonce avec notification à tout le monde",
            ),
        ),
        (
            (
                "Is it possible to post in English and French at the same time, or translate a "
                "post automatically?",
                "Est-il possible de publier en anglais et en français en même temps, ou de "
                "traduire un post automatiquement ?",
            ),
            (
                "bilingual post EN/FR or auto-translate?",
                "post bilingue FR/EN ou traduction auto ?",
            ),
            (
                "How do I reach both English and French readers with one post?",
                "Comment toucher les lecteurs anglais et français avec un seul post ?",
            ),
        ),
    ),
    "profile_settings": (
        (
            (
                "change profile picture",
                "changer photo de profil",
            ),
            (
                "How do I update my profile photo?",
                "Comment mettre à jour ma photo de profil ?",
            ),
            (
                "new avatar picture, where",
                "nouvelle photo avatar, où ça",
            ),
        ),
        (
            (
                "How do I update my job title and phone number on my profile? They're still "
                "from my old position.",
                "Comment mettre à jour mon poste et mon numéro sur mon profil ? C'est encore "
                "mon ancien poste.",
            ),
            (
                "update job title + phone on profile",
                "mettre à jour poste + téléphone sur le profil",
            ),
            (
                "My profile still shows my previous role and number, how can I correct them?",
                "Mon profil affiche encore mon ancien rôle et numéro, comment les corriger ?",
            ),
        ),
        (
            (
                "how do i set an out of office message in teams",
                "comment mettre un message d'absence dans teams",
            ),
            (
                "Teams out-of-office, where do I set it?",
                "Absence du bureau dans Teams, ça se règle où ?",
            ),
            (
                "I'm on holiday next week, how do I add an automatic reply in Teams?",
                "Je suis en vacances la semaine prochaine, comment mettre une réponse "
                "automatique dans Teams ?",
            ),
        ),
        (
            (
                "My name is misspelled everywhere in {social}, who can fix it?",
                "Mon nom est mal orthographié partout sur {social}, qui peut corriger ?",
            ),
            (
                "my name has a typo on {social}",
                "mon nom a une faute sur {social}",
            ),
            (
                "Who can correct the spelling of my name on {social}?",
                "Qui peut corriger l'orthographe de mon nom sur {social} ?",
            ),
        ),
        (
            (
                "Can I switch the interface language to English? Everything is in French.",
                "Je peux passer l'interface en français ? Tout est en anglais.",
            ),
            (
                "change display language",
                "changer la langue d'affichage",
            ),
            (
                "How do I change the language of the interface?",
                "Comment changer la langue de l'interface ?",
            ),
        ),
        (
            (
                "how to add my skills and languages to my profile so colleagues can find me",
                "comment ajouter mes compétences et langues sur mon profil pour que les "
                "collègues me trouvent",
            ),
            (
                "add skills to my profile",
                "ajouter des compétences à mon profil",
            ),
            (
                "I'd like colleagues to find me by my expertise and languages. Where do I fill "
                "that in?",
                "J'aimerais que les collègues me trouvent par mes compétences et langues. Je "
                "renseigne ça où ?",
            ),
        ),
        (
            (
                "Dark mode in Teams?",
                "mode sombre dans teams ?",
            ),
            (
                "How do I switch Teams to the dark theme?",
                "Comment passer Teams en thème sombre ?",
            ),
            (
                "dark theme setting",
                "réglage thème sombre",
            ),
        ),
        (
            (
                "I changed department but my profile still shows my old manager and site",
                "J'ai changé de service mais mon profil affiche toujours mon ancien manager et "
                "mon ancien site",
            ),
            (
                "profile shows old manager and site after transfer",
                "le profil montre l'ancien manager et site après ma mutation",
            ),
            (
                "My manager and location on my profile are out of date since I moved. Who "
                "updates them?",
                "Mon manager et mon site sur mon profil ne sont plus à jour depuis ma mutation. "
                "Qui les met à jour ?",
            ),
        ),
    ),
    "feature_request": (
        (
            (
                "idea box for IT tools?",
                "boite à idées pour les outils ?",
            ),
            (
                "Where can I suggest improvements to our IT tools?",
                "Où proposer des améliorations pour nos outils informatiques ?",
            ),
            (
                "got an idea for the tools, who do I tell",
                "j'ai une idée pour les outils, je la donne à qui",
            ),
        ),
        (
            (
                "When will Copilot be available for everyone?",
                "Quand est-ce que Copilot sera disponible pour tout le monde ?",
            ),
            (
                "Copilot for all staff, when?",
                "Copilot pour tout le monde, quand ?",
            ),
            (
                "Is there a date for rolling out Copilot to every employee?",
                "Y a-t-il une date pour ouvrir Copilot à tous les salariés ?",
            ),
        ),
        (
            (
                "Suggestion: it would be great to have {feature}.",
                "Suggestion : ce serait top d'avoir {feature}.",
            ),
            (
                "idea: {feature}",
                "idée : {feature}",
            ),
            (
                "I'd like to suggest {feature}, it would help a lot.",
                "Je voudrais suggérer {feature}, ça aiderait beaucoup.",
            ),
        ),
        (
            (
                "Any plans for {feature}?",
                "{feature}, c'est prévu ?",
            ),
            (
                "Is {feature} planned at some point?",
                "Est-ce que {feature} est prévu à un moment ?",
            ),
            (
                "will we ever get {feature}",
                "on aura un jour {feature}",
            ),
        ),
        (
            (
                "Our team would really benefit from {feature}. Is that on the roadmap? Who can "
                "I send the idea to?",
                "Mon équipe aurait vraiment besoin de ça : {feature}. C'est dans la feuille de "
                "route ? À qui envoyer l'idée ?",
            ),
            (
                "is {feature} on the roadmap? my team needs it",
                "{feature} est sur la roadmap ? mon équipe en a besoin",
            ),
            (
                "Who should I contact to push for {feature}? It would make a big difference for "
                "my team.",
                "Qui contacter pour pousser {feature} ? Ça changerait beaucoup de choses pour "
                "mon équipe.",
            ),
        ),
        (
            (
                "When is the new version of Teams being rolled out to our department?",
                "C'est pour quand le déploiement du nouveau Teams dans notre direction ?",
            ),
            (
                "new Teams rollout date for our department?",
                "date de déploiement du nouveau Teams pour notre direction ?",
            ),
            (
                "When does our department switch to the new Teams?",
                "Quand est-ce que notre direction passe au nouveau Teams ?",
            ),
        ),
        (
            (
                "would be nice to have a button to turn a chat message into a task",
                "ce serait bien d'avoir un bouton pour transformer un message en tâche",
            ),
            (
                "Feature idea: convert a chat message into a task in one click",
                "Idée de fonctionnalité : transformer un message en tâche en un clic",
            ),
            (
                "please add 'create task from message'",
                "svp ajoutez « créer une tâche depuis un message »",
            ),
        ),
        (
            (
                "I'd like to propose {feature} for our site. Where do I submit ideas, and who "
                "decides?",
                "Je voudrais proposer {feature} pour notre site. Où déposer les idées, et qui "
                "décide ?",
            ),
            (
                "How are feature ideas like {feature} collected and decided for our site?",
                "Comment sont recueillies et arbitrées les idées comme {feature} pour notre site ?",
            ),
            (
                "where to submit a proposal: {feature}",
                "où déposer une proposition : {feature}",
            ),
        ),
    ),
    "business_app_bug": (
        (
            (
                "{app} broken",
                "{app} marche plus",
            ),
            (
                "{app} is not working",
                "{app} ne fonctionne pas",
            ),
            (
                "Hello, {app} seems to be down for me since this morning",
                "Bonjour, {app} ne marche plus chez moi depuis ce matin",
            ),
        ),
        (
            (
                "{app} won't submit, the button just spins.",
                "{app} ne veut pas valider, le bouton tourne dans le vide.",
            ),
            (
                "Submitting in {app} just loads forever",
                "La validation dans {app} charge à l'infini",
            ),
            (
                "{app} submit button stuck spinning",
                "{app} bouton valider qui tourne sans fin",
            ),
        ),
        (
            (
                "{app} says '{app_error}' when opening",
                "{app} affiche « {app_error} » à l'ouverture",
            ),
            (
                "Error '{app_error}' every time I launch {app}",
                "Erreur « {app_error} » à chaque lancement de {app}",
            ),
            (
                "{app} won't open: {app_error}",
                "{app} s'ouvre pas : {app_error}",
            ),
        ),
        (
            (
                "approval flow stuck at 'waiting for manager' for 10 days, manager already "
                "approved",
                "le flux d'approbation est bloqué sur « en attente du manager » depuis 10 "
                "jours, alors qu'il a validé",
            ),
            (
                "Approval still pending on manager after 10 days although it was approved",
                "Validation toujours en attente du manager après 10 jours alors qu'il l'a "
                "approuvée",
            ),
            (
                "approval flow stuck, manager says he approved",
                "circuit de validation bloqué, le manager dit qu'il a validé",
            ),
        ),
        (
            (
                "The Power App we use on tablets {at_place} stopped saving photos {time}. The "
                "other screens work fine.",
                "La Power App qu'on utilise sur tablette {at_place} n'enregistre plus les "
                "photos {time}. Le reste marche.",
            ),
            (
                "tablet Power App {at_place}: photos no longer saved {time}",
                "Power App tablette {at_place} : les photos ne s'enregistrent plus {time}",
            ),
            (
                "Photo saving fails in our Power App {at_place} {time}, everything else is fine",
                "L'enregistrement des photos échoue dans notre Power App {at_place} {time}, le "
                "reste va bien",
            ),
        ),
        (
            (
                "{app} shows the wrong site when I log in and I can't change it",
                "{app} m'affiche le mauvais site à la connexion et je ne peux pas le changer",
            ),
            (
                "{app} logs me into the wrong site and won't let me switch",
                "{app} me connecte sur le mauvais site et m'empêche d'en changer",
            ),
            (
                "wrong site in {app} after login",
                "mauvais site dans {app} après connexion",
            ),
        ),
        (
            (
                "{app} doesn't accept attachments anymore {time}",
                "{app} n'accepte plus les pièces jointes {time}",
            ),
            (
                "attachments fail to upload in {app} {time}",
                "les pièces jointes ne passent plus dans {app} {time}",
            ),
            (
                "Why can't I attach files in {app} {time}? It used to work.",
                "Pourquoi je ne peux plus joindre de fichiers dans {app} {time} ? Ça marchait "
                "avant.",
            ),
        ),
        (
            (
                "Since the last update {app} rejects every request with an error, the whole "
                "team is blocked",
                "Depuis la dernière mise à jour, {app} refuse toutes les demandes avec une "
                "erreur, toute l'équipe est bloquée",
            ),
            (
                "after the update, every request in {app} errors out, team blocked",
                "après la mise à jour, toutes les demandes dans {app} sont en erreur, équipe "
                "bloquée",
            ),
            (
                "The latest {app} release broke submissions for all of us. Can someone look "
                "urgently?",
                "La dernière version de {app} a cassé les envois pour nous tous. Quelqu'un peut "
                "regarder en urgence ?",
            ),
        ),
    ),
    "business_app_howto": (
        (
            (
                "how to use {app}?",
                "comment utiliser {app} ?",
            ),
            (
                "Is there a guide for {app}?",
                "Il existe un guide pour {app} ?",
            ),
            (
                "first time using {app}, where do I start",
                "première fois sur {app}, je commence où",
            ),
        ),
        (
            (
                "How do I use the new purchase request workflow? I have to order equipment for "
                "my team.",
                "Comment utiliser le nouveau circuit de demande d'achat ? Je dois commander du "
                "matériel pour mon équipe.",
            ),
            (
                "purchase request process, how does it work now?",
                "demande d'achat, ça marche comment maintenant ?",
            ),
            (
                "I need to order equipment for my team. What are the steps in the new "
                "purchasing workflow?",
                "Je dois commander du matériel pour mon équipe. Quelles sont les étapes du "
                "nouveau circuit d'achat ?",
            ),
        ),
        (
            (
                "Where is the app to declare overtime? It used to be a tab in our team.",
                "Elle est où l'appli pour déclarer les heures sup ? Avant c'était un onglet "
                "dans notre équipe.",
            ),
            (
                "overtime app gone from our team tabs, where is it",
                "l'appli heures sup a disparu des onglets de l'équipe, elle est où",
            ),
            (
                "Where do I now declare my extra hours? The tab we used has disappeared.",
                "Où déclarer mes heures supplémentaires maintenant ? L'onglet qu'on utilisait a "
                "disparu.",
            ),
        ),
        (
            (
                "Can {app} export to Excel? I need it for the monthly report.",
                "Est-ce que {app} peut exporter vers Excel ? Il me faut un reporting mensuel.",
            ),
            (
                "export {app} data to Excel?",
                "exporter les données de {app} vers Excel ?",
            ),
            (
                "How do I get the data out of {app} into a spreadsheet for my monthly report?",
                "Comment sortir les données de {app} dans un tableur pour mon reporting mensuel ?",
            ),
        ),
        (
            (
                "In {app}, how do I delegate my approvals {to_colleague} while I'm on leave?",
                "Dans {app}, comment déléguer mes validations {to_colleague} pendant mes congés ?",
            ),
            (
                "delegate approvals in {app} during holidays",
                "déléguer les validations dans {app} pendant les vacances",
            ),
            (
                "While I'm away, can someone else approve on my behalf in {app}?",
                "Pendant mon absence, quelqu'un peut valider à ma place dans {app} ?",
            ),
        ),
        (
            (
                "who is the owner of {app}? we'd like to add a field for our department",
                "qui est propriétaire de {app} ? on voudrait ajouter un champ pour notre service",
            ),
            (
                "Who manages {app}? We need an extra field.",
                "Qui gère {app} ? On a besoin d'un champ en plus.",
            ),
            (
                "add a field to {app} for our department, who to ask",
                "ajouter un champ dans {app} pour notre service, à qui demander",
            ),
        ),
        (
            (
                "How do I fill in {app} for a colleague who has no computer?",
                "Comment saisir dans {app} pour un collègue qui n'a pas d'ordinateur ?",
            ),
            (
                "enter data in {app} on behalf of a colleague without a PC",
                "saisir dans {app} à la place d'un collègue sans PC",
            ),
            (
                "My colleague has no computer; can I submit in {app} for him?",
                "Mon collègue n'a pas d'ordinateur ; je peux faire la saisie dans {app} pour lui ?",
            ),
        ),
        (
            (
                "Our team wants to use {app} for another type of request. Can it be adapted, "
                "and who should we talk to?",
                "Notre équipe voudrait utiliser {app} pour un autre type de demande. Peut-on "
                "l'adapter, et à qui en parler ?",
            ),
            (
                "reuse {app} for a new request type?",
                "réutiliser {app} pour un nouveau type de demande ?",
            ),
            (
                "Could {app} be extended to handle our other kind of requests? Who owns changes?",
                "{app} pourrait-il être étendu à nos autres demandes ? Qui gère les évolutions ?",
            ),
        ),
    ),
    "integration_api": (
        (
            (
                "{api} returns {http_error}",
                "{api} renvoie {http_error}",
            ),
            (
                "getting {http_error} from {api}",
                "je reçois {http_error} de {api}",
            ),
            (
                "Why would {api} answer with {http_error}?",
                "Pourquoi {api} répond avec {http_error} ?",
            ),
        ),
        (
            (
                "How do I get an app registration to call {api} from our internal tool?",
                "Comment obtenir un enregistrement d'application pour appeler {api} depuis "
                "notre outil interne ?",
            ),
            (
                "app registration needed for {api}, who creates it",
                "enregistrement d'appli nécessaire pour {api}, qui le crée",
            ),
            (
                "What's the process to register an application so our internal tool can use {api}?",
                "Quelle est la procédure pour enregistrer une application afin que notre outil "
                "interne utilise {api} ?",
            ),
        ),
        (
            (
                "We want to post alerts from our monitoring system into {channel}. Webhook or bot?",
                "On veut poster les alertes de notre supervision dans {channel}. Webhook ou bot ?",
            ),
            (
                "monitoring alerts into {channel}: incoming webhook or a bot?",
                "alertes de supervision dans {channel} : webhook entrant ou bot ?",
            ),
            (
                "How should our monitoring tool send notifications to {channel}?",
                "Comment notre outil de supervision devrait-il envoyer ses notifications dans "
                "{channel} ?",
            ),
        ),
        (
            (
                "Throttling on {api}: we get {http_error} when syncing {n} thousand items. What "
                "limits apply?",
                "Limitation sur {api} : on reçoit {http_error} en synchronisant {n} mille "
                "éléments. Quelles limites s'appliquent ?",
            ),
            (
                "{api} throttling us with {http_error}, what are the quotas?",
                "{api} nous limite avec {http_error}, quels sont les quotas ?",
            ),
            (
                "We hit {http_error} when we sync {n} thousand items through {api}. How do we "
                "stay under the limits?",
                "On prend {http_error} en synchronisant {n} mille éléments via {api}. Comment "
                "rester sous les limites ?",
            ),
        ),
        (
            (
                "Which permissions should I request to read SharePoint lists from a Python "
                "script without a user signed in?",
                "Quelles autorisations demander pour lire des listes SharePoint depuis un "
                "script Python sans utilisateur connecté ?",
            ),
            (
                "app-only permissions to read SharePoint lists from Python?",
                "permissions applicatives pour lire des listes SharePoint en Python ?",
            ),
            (
                "Our unattended Python script must read SharePoint lists. Which API permissions "
                "do we need?",
                "Notre script Python sans utilisateur doit lire des listes SharePoint. Quelles "
                "permissions API faut-il ?",
            ),
        ),
        (
            (
                "Can our ERP push documents directly into a {storage} library? Looking for the "
                "recommended pattern.",
                "Notre ERP peut-il déposer des documents directement dans une bibliothèque "
                "{storage} ? Je cherche le modèle recommandé.",
            ),
            (
                "ERP to {storage} document upload, best approach?",
                "dépôt de documents de l'ERP vers {storage}, meilleure approche ?",
            ),
            (
                "How do we connect our ERP so it drops files into a {storage} library "
                "automatically?",
                "Comment connecter notre ERP pour qu'il dépose automatiquement des fichiers "
                "dans une bibliothèque {storage} ?",
            ),
        ),
        (
            (
                "token expired every hour in our integration, how do we refresh it properly",
                "le jeton expire toutes les heures dans notre intégration, comment le "
                "rafraîchir proprement",
            ),
            (
                "How do we renew access tokens in our integration? They expire hourly.",
                "Comment renouveler les jetons d'accès dans notre intégration ? Ils expirent "
                "toutes les heures.",
            ),
            (
                "access token expires after 1h, refresh token flow?",
                "le token d'accès expire après 1h, flux de refresh token ?",
            ),
        ),
        (
            (
                "We're building a Teams tab for our in-house planning app. Is there a dev "
                "tenant or sandbox we can use?",
                "On développe un onglet Teams pour notre appli de planification interne. Il "
                "existe un tenant de dev ou un bac à sable ?",
            ),
            (
                "dev tenant for building a Teams tab?",
                "tenant de dev pour développer un onglet Teams ?",
            ),
            (
                "Where can developers test a custom Teams app without touching production?",
                "Où les développeurs peuvent-ils tester une appli Teams sur mesure sans toucher "
                "à la prod ?",
            ),
        ),
    ),
    "automate_workflow": (
        (
            (
                "automate approval with power automate?",
                "automatiser une validation avec power automate ?",
            ),
            (
                "How can I automate an approval process?",
                "Comment automatiser un processus de validation ?",
            ),
            (
                "approval workflow automation, possible?",
                "automatisation d'un circuit d'approbation, possible ?",
            ),
        ),
        (
            (
                "I'd like to build a flow that copies email attachments into {folder} "
                "automatically. Where do I start?",
                "Je voudrais créer un flux qui copie automatiquement les pièces jointes des "
                "mails dans {folder}. Je commence par où ?",
            ),
            (
                "save email attachments to {folder} automatically",
                "enregistrer automatiquement les pièces jointes des mails dans {folder}",
            ),
            (
                "Is there a flow template that drops attachments from my inbox into {folder}?",
                "Il existe un modèle de flux qui range les pièces jointes de ma boîte dans "
                "{folder} ?",
            ),
        ),
        (
            (
                "Can a form submission create a task in Planner and notify {colleagues}?",
                "Est-ce qu'une réponse à un formulaire peut créer une tâche Planner et prévenir "
                "{colleagues} ?",
            ),
            (
                "form response -> Planner task + notify {colleagues}",
                "réponse formulaire -> tâche Planner + prévenir {colleagues}",
            ),
            (
                "When someone answers our form, I want a task created and {colleagues} alerted. "
                "How?",
                "Quand quelqu'un répond à notre formulaire, je veux une tâche créée et "
                "{colleagues} alertés. Comment ?",
            ),
        ),
        (
            (
                "my flow runs twice for every new item, how do I stop the duplicate",
                "mon flux se déclenche deux fois pour chaque nouvel élément, comment éviter le "
                "doublon",
            ),
            (
                "Why does my flow trigger twice on each new item?",
                "Pourquoi mon flux se déclenche deux fois pour chaque nouvel élément ?",
            ),
            (
                "duplicate flow runs",
                "exécutions de flux en double",
            ),
        ),
        (
            (
                "We fill the same Excel report every Monday by hand. Could it be automated with "
                "the tools we have?",
                "On remplit le même reporting Excel à la main tous les lundis. On pourrait "
                "l'automatiser avec nos outils ?",
            ),
            (
                "weekly manual Excel report, can we automate it?",
                "reporting Excel manuel chaque semaine, on peut l'automatiser ?",
            ),
            (
                "Every Monday someone spends hours on the same spreadsheet. Can a flow do it "
                "instead?",
                "Chaque lundi quelqu'un passe des heures sur le même tableur. Un flux pourrait "
                "le faire à sa place ?",
            ),
        ),
        (
            (
                "How do I share a flow I built with {colleague} so it keeps running when I'm away?",
                "Comment partager un flux que j'ai créé avec {colleague} pour qu'il tourne "
                "pendant mon absence ?",
            ),
            (
                "add {colleague} as co-owner of my flow",
                "ajouter {colleague} comme copropriétaire de mon flux",
            ),
            (
                "My flow must keep working during my holidays. Can {colleague} take it over?",
                "Mon flux doit continuer pendant mes vacances. {colleague} peut le reprendre ?",
            ),
        ),
        (
            (
                "approval flow with two levels: manager then finance, how to design it?",
                "circuit de validation à deux niveaux, manager puis finance, comment le "
                "concevoir ?",
            ),
            (
                "two-step approval (manager, then finance) in a flow",
                "validation en deux étapes (manager, puis finance) dans un flux",
            ),
            (
                "How do I chain a manager approval and a finance approval in one workflow?",
                "Comment enchaîner une validation manager et une validation finance dans un "
                "même flux ?",
            ),
        ),
        (
            (
                "Is it allowed to use premium connectors in our team's flows, and who supports "
                "citizen developers?",
                "A-t-on le droit d'utiliser des connecteurs premium dans nos flux, et qui "
                "accompagne les développeurs citoyens ?",
            ),
            (
                "premium connectors allowed for us? who helps low-code makers",
                "connecteurs premium autorisés chez nous ? qui aide les makers low-code",
            ),
            (
                "What's our policy on premium connectors, and is there support for people "
                "building their own flows?",
                "Quelle est notre règle sur les connecteurs premium, et y a-t-il un support "
                "pour ceux qui créent leurs flux ?",
            ),
        ),
    ),
}

TEMPLATES = MappingProxyType(_TEMPLATES)
"""Every intent mapped to its situations, each a tuple of ``(english, french)`` paraphrases."""
