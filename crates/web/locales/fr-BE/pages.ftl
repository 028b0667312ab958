# Weerbaar — français (Belgique) : suite de main.ftl. Vouvoiement, phrases courtes, langage clair.
# Un message défini dans main.ftl ne figure pas ici, et inversement.

## Général

actions = Actions
filter = Filtrer
pagination = Pagination
page-of = Page { $page } sur { $pages }
continue = Continuer
days = { $count } jours

## Formulaires

field-org-name = Nom de l'organisation
field-kind = Type d'organisation
field-nis-code = Code INS
field-brand-colour = Couleur de la charte graphique
field-require-mfa = Rendre la vérification en deux étapes obligatoire pour tous les membres
field-require-mfa-short = Vérification en deux étapes obligatoire
field-logo = Logo
field-first-admin = Adresse e-mail du premier administrateur
field-mfa-code = Code à six chiffres
field-recovery-code = Code de secours
field-token-name = Nom de la clé
field-token-expiry = Valable pendant
hint-password = Au moins 12 caractères. Une phrase de quelques mots ordinaires est solide et facile à retenir.
hint-nis-code = Cinq chiffres. Laissez vide si votre organisation n'en a pas.
hint-brand-colour = Sous la forme #1d4e89. Choisissez une couleur foncée : un texte blanc doit rester bien lisible dessus.
hint-logo = PNG, JPEG ou WebP, 512 ko au maximum.
hint-first-admin = Facultatif. Cette personne reçoit une invitation comme administrateur.

## Messages d'erreur des champs

error-control-characters = Ce champ contient des caractères invisibles qui ne sont pas autorisés.
error-choose-option = Choisissez une des possibilités.
error-email-taken = Un compte existe déjà avec cette adresse e-mail.
error-nis-code = Un code INS se compose de cinq chiffres.
error-colour-format = Écrivez la couleur avec # suivi de six caractères, par exemple #1d4e89.
error-colour-contrast = Cette couleur est trop claire : un texte blanc est difficile à lire dessus (contraste { $ratio }:1, au moins 4,5:1 nécessaire). Choisissez une couleur plus foncée.
error-org-name-taken = Une organisation existe déjà avec ce nom.
error-password-too-long = Choisissez un mot de passe de { $max } caractères au maximum.
error-password-wrong = Ce mot de passe est incorrect.
error-mfa-code-required = Saisissez le code de votre application.
error-mfa-code-invalid = Ce code est incorrect ou a expiré. Essayez le code le plus récent de votre application.
error-already-member = Cette personne est déjà membre de votre organisation.
error-require-mfa-self = Activez d'abord la vérification en deux étapes pour votre propre compte. Sinon, vous vous bloquez vous-même.
error-date = Indiquez une date valide.
error-upload-missing = Choisissez un fichier.
error-upload-too-large = Le fichier est trop volumineux. Il peut faire au maximum { $max } ko.
error-upload-failed = Le fichier n'est pas arrivé correctement. Réessayez.
error-logo-type = Ce n'est pas une image PNG, JPEG ou WebP.

## Conseils pour les mots de passe faibles

pw-warn-keyboard = Des touches voisines à la suite sont faciles à deviner.
pw-warn-repeats = Les répétitions comme « aaa » ou « abcabc » sont faciles à deviner.
pw-warn-common = C'est un mot de passe très utilisé.
pw-warn-similar-common = Ce mot de passe ressemble fort à un mot de passe très utilisé.
pw-warn-sequence = Les suites comme « abc » ou « 1234 » sont faciles à deviner.
pw-warn-dates = Les années et les dates sont faciles à deviner.
pw-warn-single-word = Un seul mot est facile à deviner.
pw-warn-names = Les noms sont faciles à deviner.
pw-suggest-add-words = Utilisez quelques mots qui vont rarement ensemble.
pw-suggest-no-symbols-needed = Les symboles, chiffres ou majuscules ne sont pas nécessaires : la longueur aide davantage.
pw-suggest-capitals = Une majuscule change peu de chose.
pw-suggest-substitutions = Remplacer des lettres par des signes qui leur ressemblent (comme @ pour a) aide peu.
pw-suggest-keyboard = Évitez les suites de touches du clavier.
pw-suggest-repeats = Évitez les mots et les caractères répétés.
pw-suggest-sequences = Évitez les suites.
pw-suggest-dates = Évitez les années et les dates qui ont un lien avec vous.

## Connexion

mfa-login-intro = Ouvrez l'application d'authentification sur votre téléphone et saisissez le code à six chiffres.
mfa-login-recovery-summary = Téléphone perdu ? Utilisez un code de secours
mfa-login-recovery-submit = Utiliser un code de secours
mfa-login-cancel = Annuler et se déconnecter
forgot-title = Mot de passe oublié
forgot-intro = Indiquez votre adresse e-mail. Si elle correspond à un compte, vous recevez un e-mail avec un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien
forgot-sent = Si cette adresse correspond à un compte, un e-mail est en route. Le lien qu'il contient est valable une heure. Regardez aussi dans votre dossier de courrier indésirable.
reset-title = Choisir un nouveau mot de passe
reset-intro = Choisissez un nouveau mot de passe pour { $email }. Vous serez ensuite déconnecté partout.
reset-submit = Enregistrer le mot de passe
invite-title = Invitation
invite-intro = Vous êtes invité à rejoindre { $org } comme { $role }.
invite-new-account = Créez votre compte pour { $email }.
invite-create-account = Créer le compte
invite-sign-in = Un compte existe déjà pour { $email }. Connectez-vous pour accepter l'invitation.
invite-wrong-account = Vous êtes connecté comme { $me }, mais l'invitation est destinée à { $email }. Déconnectez-vous d'abord.
invite-accept = Accepter l'invitation
setup-title = Configurer Weerbaar
setup-intro = Créez le premier administrateur de la plateforme. Il pourra ensuite ajouter des organisations et des comptes.
setup-submit = Créer l'administrateur

## Messages après une action

flash-signed-out-everywhere = Vous êtes déconnecté sur tous vos appareils.
flash-password-reset = Votre mot de passe a été modifié. Connectez-vous avec votre nouveau mot de passe.
flash-password-changed = Votre mot de passe a été modifié. Vous avez été déconnecté sur vos autres appareils.
flash-welcome = Bienvenue dans Weerbaar.
flash-invitation-accepted = Vous êtes maintenant membre de l'organisation.
flash-invitation-sent = L'invitation a été envoyée.
flash-invitation-revoked = L'invitation a été retirée.
flash-role-changed = Le rôle a été modifié.
flash-member-removed = Le membre a été retiré.
flash-last-admin = Ce n'est pas possible : chaque organisation a besoin d'au moins un administrateur.
flash-logo-saved = Le logo a été enregistré.
flash-logo-removed = Le logo a été supprimé.
flash-mfa-enabled = La vérification en deux étapes est activée.
flash-mfa-disabled = La vérification en deux étapes est désactivée.
flash-token-created = La clé API a été créée.
flash-token-revoked = La clé API a été révoquée.
flash-org-created = L'organisation a été créée.
flash-user-created = Le compte a été créé. La personne reçoit un e-mail pour choisir un mot de passe.
flash-not-yourself = Vous ne pouvez pas faire cela pour votre propre compte.

## Mon compte

account-profile = Données
account-organisations = Mes organisations
account-no-organisations = Vous n'êtes encore membre d'aucune organisation. Demandez à l'administrateur de votre organisation de vous inviter.
account-password = Modifier le mot de passe
account-password-submit = Modifier le mot de passe
account-mfa = Vérification en deux étapes
account-mfa-on = La vérification en deux étapes est activée.
account-mfa-off = La vérification en deux étapes est désactivée. Activez-la : ainsi, personne ne peut entrer avec votre seul mot de passe.
account-mfa-manage = Gérer la vérification en deux étapes
account-recovery-left = Il vous reste { $count } codes de secours.
account-sessions = Appareils connectés
account-sessions-count =
    Vous êtes connecté sur { $count } { $count ->
        [one] appareil
       *[other] appareils
    }.
account-sign-out-everywhere = Se déconnecter partout
account-tokens = Clés API
account-tokens-intro = Avec une clé API, un script ou un autre programme peut utiliser l'API en votre nom. Traitez une clé comme un mot de passe.
account-token-once = Copiez cette clé maintenant. Vous ne la verrez plus jamais.
account-token-new = Nouvelle clé
account-token-create = Créer la clé
token-created = Créée le
token-last-used = Dernière utilisation
token-status = Statut
token-active = Active
token-revoked = Révoquée
token-expired = Expirée
token-valid-until = Valable jusqu'au { $date }
token-revoke = Révoquer

## Configurer la vérification en deux étapes

mfa-title = Vérification en deux étapes
mfa-intro = Lors de la connexion, Weerbaar vous demande, en plus de votre mot de passe, un code venant d'une application sur votre téléphone. Une personne qui vole votre mot de passe ne peut donc toujours pas entrer.
mfa-required-by-org = Votre organisation impose la vérification en deux étapes. Activez-la pour continuer.
mfa-start = Configurer la vérification en deux étapes
mfa-scan-title = Associez votre application
mfa-step-app = Installez une application d'authentification sur votre téléphone, par exemple celle que votre organisation recommande.
mfa-step-scan = Scannez le code QR avec l'application, ou recopiez la clé secrète.
mfa-step-code = Saisissez le code à six chiffres affiché par l'application.
mfa-qr-label = Code QR pour ajouter Weerbaar à votre application d'authentification
mfa-secret-label = Clé secrète :
mfa-confirm-submit = Confirmer et activer
mfa-codes-title = Vos codes de secours
mfa-codes-intro = Conservez ces codes dans un endroit sûr, par exemple sur papier. Chaque code vous permet de vous connecter une fois si vous perdez votre téléphone. Vous ne les verrez qu'une seule fois.
mfa-recovery-title = Nouveaux codes de secours
mfa-recovery-intro = Créez de nouveaux codes de secours si vous avez perdu les anciens ou si vous les avez presque tous utilisés. Les anciens codes ne fonctionnent alors plus.
mfa-recovery-submit = Créer de nouveaux codes de secours
mfa-disable-title = Désactiver la vérification en deux étapes
mfa-disable-submit = Désactiver

## Organisation

org-kind-intermunicipal = Intercommunale
org-kind-umbrella = Organisation faîtière
dashboard-organisation = Votre organisation
dashboard-your-role = Votre rôle
dashboard-edit-settings = Modifier les paramètres
dashboard-next-steps = Premières étapes
dashboard-step-mfa = Activez la vérification en deux étapes pour votre compte
dashboard-step-invite = Invitez vos collègues
dashboard-step-require-mfa = Rendez la vérification en deux étapes obligatoire pour tous les membres
dashboard-step-account = Vérifiez les données de votre compte
dashboard-members = Membres ({ $count })
dashboard-all-members = Gérer tous les membres
dashboard-recent = Activité récente
dashboard-full-log = Journal d'audit complet
settings-title = Paramètres
settings-profile = Données de l'organisation
settings-logo = Logo
settings-logo-current = Logo actuel de { $org }
settings-logo-upload = Charger un logo
settings-logo-remove = Supprimer le logo
conflict-explained = Quelqu'un d'autre a modifié ces données pendant que vous les modifiiez. Sa version figure ci-dessous. Vos modifications sont toujours dans le formulaire : vérifiez-les et enregistrez à nouveau.
conflict-theirs = Enregistré entre-temps par quelqu'un d'autre
conflict-yours-below = Votre version figure dans le formulaire ci-dessous.
members-title = Membres
members-mfa = Vérification en deux étapes
members-role-of = Rôle de { $name }
members-change-role = Modifier le rôle
members-remove = Retirer
members-remove-confirm = Retirer { $name } de cette organisation ?
members-invite = Inviter quelqu'un
members-invite-intro = La personne reçoit un e-mail avec un lien. Le lien est valable sept jours et ne fonctionne qu'une fois.
members-invite-submit = Envoyer l'invitation
members-pending = Invitations en attente
members-pending-none = Il n'y a aucune invitation en attente.
members-invited-until = valable jusqu'au { $date }
members-revoke = Retirer
user-disabled = désactivé
user-active = actif
user-disable = Désactiver
user-enable = Activer

## Journal d'audit

audit-title = Journal d'audit
audit-intro = Qui a modifié quoi, et quand. Personne ne peut modifier ni effacer cette liste.
audit-filter-action = Type de modification
audit-filter-any = Toutes
audit-filter-actor = Par (partie de l'adresse e-mail)
audit-filter-from = Du
audit-filter-to = Au (inclus)
audit-count =
    { $count ->
        [one] 1 événement
       *[other] { $count } événements
    }
audit-empty = Pas encore d'événements.
audit-when = Quand
audit-who = Qui
audit-what = Quoi
audit-target = Concerne
audit-change = Modification
audit-sign-in = Connexion
audit-sign-in-failed = Échec de connexion
audit-sign-out = Déconnexion
audit-sign-out-everywhere = Déconnexion partout
audit-password-changed = Mot de passe modifié
audit-password-reset = Mot de passe réinitialisé
audit-password-reset-requested = Nouveau mot de passe demandé
audit-mfa-enabled = Vérification en deux étapes activée
audit-mfa-disabled = Vérification en deux étapes désactivée
audit-recovery-code-used = Code de secours utilisé
audit-org-created = Organisation créée
audit-org-updated = Organisation modifiée
audit-logo-changed = Logo modifié
audit-member-invited = Invitation envoyée
audit-invitation-revoked = Invitation retirée
audit-member-joined = Devenu membre
audit-member-added = Membre ajouté
audit-role-changed = Rôle modifié
audit-member-removed = Membre retiré
audit-user-created = Compte créé
audit-user-updated = Compte modifié
audit-user-disabled = Compte désactivé
audit-user-enabled = Compte activé
audit-platform-roles-changed = Rôles sur la plateforme modifiés
audit-api-token-created = Clé API créée
audit-api-token-revoked = Clé API révoquée
audit-setup-completed = Weerbaar configuré
audit-backup-restored = Sauvegarde restaurée

## Administration de la plateforme

admin-orgs-title = Organisations
admin-orgs-count = { $count } organisations
admin-created = Date de création
admin-org-new = Nouvelle organisation
admin-org-create = Créer l'organisation
admin-users-title = Comptes
admin-users-count = { $count } comptes
admin-platform-roles = Rôles sur la plateforme
admin-roles-of = Rôles sur la plateforme de { $name }
admin-user-new = Nouveau compte
admin-user-new-intro = La personne reçoit un e-mail avec un lien pour choisir elle-même un mot de passe.
admin-user-create = Créer le compte
platform-role-admin = Administrateur de la plateforme
platform-role-taskforce = Rédacteur de la taskforce
platform-role-reviewer = Membre du comité d'accompagnement

## Pages d'erreur

error-status = Code d'erreur
error-retry-after = Réessayez dans { $seconds } secondes.
error-page-bad_request-title = Cette demande n'est pas correcte
error-page-bad_request-text = Weerbaar n'a pas pu traiter cette demande. Revenez en arrière et réessayez.
error-page-validation-text = Toutes les données ne sont pas correctement remplies.
error-page-invalid_json-title = JSON non valide
error-page-invalid_json-text = Le contenu de la demande n'est pas du JSON valide dans la forme attendue.
error-page-unauthenticated-title = Connexion nécessaire
error-page-unauthenticated-text = Connectez-vous pour continuer.
error-page-forbidden-text = Vous n'avez pas accès à cette page. Vous pensez que c'est une erreur ? Demandez à l'administrateur de votre organisation.
error-page-method_not_allowed-title = Pas possible de cette manière
error-page-method_not_allowed-text = Cette page ne peut pas être utilisée de cette manière.
error-page-conflict-title = Modifié entre-temps
error-page-conflict-text = Quelqu'un d'autre a modifié ceci entre-temps. Rechargez la page et vérifiez vos modifications.
error-page-duplicate-title = Existe déjà
error-page-duplicate-text = Ceci existe déjà.
error-page-too_large-title = Trop volumineux
error-page-too_large-text = Ce que vous avez envoyé est trop volumineux.
error-page-unsupported_media_type-title = Mauvais format
error-page-unsupported_media_type-text = Ce format n'est pas pris en charge.
error-page-too_many_requests-title = Trop de tentatives
error-page-too_many_requests-text = Vous avez fait trop de tentatives. Attendez un moment et réessayez.
error-page-busy-title = Un instant
error-page-busy-text = Weerbaar prépare ou envoie en ce moment beaucoup d'autres documents ou fichiers. Réessayez dans une demi-minute.
error-page-csrf-title = Formulaire expiré
error-page-csrf-text = Le formulaire a expiré ou ne venait pas de cette page. Revenez en arrière, rechargez la page et réessayez.
error-page-mfa_required-title = Vérification en deux étapes nécessaire
error-page-mfa_required-text = Cette organisation impose la vérification en deux étapes. Activez-la dans votre compte.
error-page-internal-text = Un problème est survenu de notre côté. Vos données ne sont pas perdues. Réessayez dans quelques minutes.

## E-mails

mail-invite-subject = Invitation à rejoindre { $org } dans Weerbaar
mail-invite-body =
    Bonjour,

    { $inviter } vous invite à travailler sur { $org } comme { $role } dans Weerbaar, la plateforme de résilience numérique des pouvoirs locaux.

    Acceptez l'invitation via ce lien :
    { $link }

    Le lien est valable { $days } jours et ne fonctionne qu'une fois. Vous n'attendiez pas cette invitation ? Vous pouvez alors ignorer cet e-mail.

    Weerbaar
mail-review-subject = Révision du plan de continuité de { $org }
mail-review-body =
    Bonjour,

    Le plan de continuité de { $org } doit être révisé pour le { $date }. Un plan qui n'est plus à jour n'aide pas le jour où les systèmes sont à l'arrêt.

    Vérifiez surtout : qui fait partie de la cellule de crise et comment joindre ces personnes, quelles applications et quels fournisseurs ont changé, et ce qu'ont montré le dernier exercice et le dernier test de restauration.

    Ouvrez le plan via ce lien :
    { $link }

    Weerbaar
mail-reset-subject = Nouveau mot de passe pour Weerbaar
mail-reset-body =
    Bonjour,

    Quelqu'un a demandé un nouveau mot de passe pour le compte Weerbaar de { $email }.

    Choisissez un nouveau mot de passe via ce lien :
    { $link }

    Le lien est valable { $hours } heure(s) et ne fonctionne qu'une fois. Vous n'avez pas demandé de nouveau mot de passe ? Vous n'avez rien à faire : votre mot de passe reste le même.

    Weerbaar
mail-welcome-subject = Votre compte dans Weerbaar
mail-welcome-body =
    Bonjour,

    Un compte Weerbaar a été créé pour vous ({ $email }).

    Choisissez votre mot de passe via ce lien :
    { $link }

    Le lien est valable { $hours } heures et ne fonctionne qu'une fois.

    Weerbaar

## Business continuity plan (BCP)

nav-plan = Plan de continuité
bcp-title = Plan de continuité des activités
bcp-steps = Étapes du plan
bcp-overview = Aperçu du plan
bcp-step-scope = Objet et périmètre
bcp-step-activities = Activités
bcp-step-bia = Analyse d'impact
bcp-step-resources = Ressources et dépendances
bcp-step-strategies = Solutions de secours
bcp-step-crisis = Organisation de crise
bcp-step-playbooks = Guides d'intervention
bcp-step-communication = Communication
bcp-step-exercises = Exercices et mise à jour
bcp-step-approval = Vérification et approbation
bcp-next = Étape suivante
bcp-checks = Problèmes
bcp-recovery = Ordre de rétablissement
bcp-dependencies = Dépendances
bcp-status-line = Statut : { $status }. Version { $version }.
bcp-progress = Le plan est complété à { $percent } %
bcp-gaps = Problèmes
bcp-gaps-count = { $errors } problèmes graves et { $warnings } autres problèmes.
bcp-gaps-infos =
    { $count ->
        [0] { "" }
        [one] Une remarque.
       *[other] { $count } remarques.
    }
bcp-all-checks = Voir tous les problèmes
bcp-fix = Corriger
bcp-facts = Données clés
bcp-critical = critique
bcp-critical-count =
    { $count ->
        [one] 1 critique
       *[other] { $count } critiques
    }
bcp-export-json = Télécharger le plan en JSON
bcp-export = Télécharger d'abord le plan actuel en JSON
bcp-import = Importer un plan
bcp-unknown = inconnu
bcp-read-only = Vous pouvez lire ce plan, mais pas le modifier. Soit votre rôle est lecteur, soit le plan est en attente d'approbation.
bcp-field = Champ
bcp-activity = Activité
bcp-resource = Ressource
bcp-role = Rôle
bcp-priority = Priorité
bcp-scenario = Scénario
bcp-phase = Phase
bcp-classification-default = Confidentiel
bcp-start-intro = Votre organisation n'a pas encore de plan de continuité. Vous partez du modèle standard pour les pouvoirs locaux : des activités types avec une proposition d'impact et de ressources, l'échelle d'impact, huit guides d'intervention, les rôles de crise et des exemples de messages. Ensuite, vous adaptez tout à votre propre organisation.
bcp-start-choose-legend = Quelles activités votre organisation exerce-t-elle ?
bcp-start-choose-hint = Décochez ce que vous ne faites pas. Vous pouvez toujours ajouter ou supprimer des activités plus tard.
bcp-start-choose = Choisissez au moins une activité.
bcp-start-submit = Créer le plan à partir du modèle
bcp-start-not-allowed = Un rédacteur ou un administrateur de votre organisation peut créer le plan.
bcp-plan-exists = Cette organisation a déjà un plan.
bcp-scope-intro = Décrivez brièvement à quoi sert le plan, ce qu'il couvre et qui le tient à jour. Le plan est confidentiel : il contient des noms, des numéros de téléphone et des points faibles.
bcp-field-scope = Périmètre
bcp-hint-scope = Quels services, sites et organisations le plan couvre-t-il ? Par exemple : commune et CPAS, tous les sites, pas la zone de police.
bcp-field-objectives = Objectifs
bcp-field-assumptions = Hypothèses
bcp-field-owner-name = Responsable du plan
bcp-field-owner-email = Adresse e-mail du responsable
bcp-hint-owner-email = Nous envoyons le rappel de la révision annuelle à cette adresse.
bcp-field-classification = Confidentialité
bcp-field-next-review = Prochaine révision
bcp-hint-next-review = Révisez le plan au moins une fois par an, et après chaque changement important ou chaque crise.
bcp-field-own-domains = Vos propres domaines e-mail
bcp-hint-own-domains = Séparés par des virgules, par exemple exemple.be, cpas-exemple.be. Lors d'une attaque, l'e-mail sur ces domaines ne fonctionnera peut-être pas : les membres de la cellule de crise ont besoin d'une adresse en dehors de ces domaines.
bcp-activities-intro = Les activités sont les services et les processus que votre organisation assure. Pour chaque activité, vous indiquez qui la pilote, quels délais légaux s'appliquent et de quelles ressources elle a besoin.
bcp-activities-count =
    { $count ->
        [one] 1 activité
       *[other] { $count } activités
    }
bcp-activity-add = Ajouter une activité
bcp-activity-delete = Supprimer l'activité
bcp-activity-delete-confirm = Voulez-vous supprimer l'activité « { $name } » ? Son analyse d'impact et sa solution de secours seront perdues aussi.
bcp-field-department = Service
bcp-field-description = Description
bcp-field-owner = Responsable
bcp-field-deputy = Suppléant
bcp-field-legal-deadlines = Délais légaux
bcp-field-peak-periods = Périodes de pointe
bcp-field-min-staff = Nombre minimal de collaborateurs
bcp-field-min-workplaces = Nombre minimal de postes de travail
bcp-needs-resources = Ressources nécessaires
bcp-needs-resources-hint = Cochez ce dont cette activité a besoin directement. Chaque ressource affiche le même lien sous « Nécessaire pour ». Ce dont ces ressources ont elles-mêmes besoin (réseau, gestion des utilisateurs), vous l'indiquez pour chaque ressource.
bcp-no-resources-yet = Il n'y a pas encore de ressources.
bcp-goto-bia = Analyse d'impact
bcp-goto-strategy = Solution de secours
bcp-goto-chain = Dépendances
bcp-bia-intro = Indiquez pour chaque activité la gravité d'un arrêt : après 4 heures, après un jour, et ainsi de suite. Vous obtenez ainsi la durée maximale d'interruption admissible (MTPD). Ensuite, vous indiquez en combien de temps vous voulez relancer l'activité (RTO) et combien de données vous pouvez perdre au maximum (RPO).
bcp-scale-line = Fenêtres de temps : { $windows }. Inacceptable à partir du niveau : { $level }.
bcp-scale-edit = Adapter l'échelle d'impact
bcp-bia-table = Analyse d'impact par activité
bcp-mtpd-long = Durée maximale d'interruption admissible
bcp-rto-long = Délai de rétablissement visé
bcp-rpo-long = Quantité maximale de données que vous pouvez perdre, en heures
bcp-complete = Complété
bcp-mtpd-none = plus longue que la dernière fenêtre de temps
bcp-mtpd-cause = à cause de : { $categories }
bcp-grid-help = Pour chaque domaine d'impact et chaque fenêtre de temps, choisissez un niveau de 0 (aucun) à 4 (très grave). La touche Tab passe à la case suivante ; les flèches choisissent un niveau.
bcp-grid-caption = Impact si l'activité s'arrête
bcp-impact-category = Domaine d'impact
bcp-scale-what = Que signifient les niveaux ?
bcp-field-rto = Délai de rétablissement (RTO), en heures
bcp-hint-rto = En combien d'heures l'activité doit-elle fonctionner à nouveau ? Au maximum la MTPD.
bcp-field-rpo = Perte de données admissible (RPO), en heures
bcp-hint-rpo = Combien d'heures de travail peut-on perdre ? 24 veut dire : la sauvegarde d'hier suffit.
bcp-field-mbco = Niveau de service minimal
bcp-hint-mbco = Que faut-il au minimum maintenir pendant la crise ? Par exemple : les déclarations de décès dans les 24 heures, sur papier.
bcp-save-next = Enregistrer et passer à l'activité suivante
bcp-next-activity = Activité suivante sans enregistrer
bcp-scale-title = Échelle d'impact
bcp-scale-intro = L'échelle d'impact vaut pour toutes les activités de votre organisation. Pour chaque domaine d'impact, décrivez ce que chaque niveau signifie pour vous, pour que tout le monde entende la même chose par « grave ».
bcp-field-windows = Fenêtres de temps, en heures
bcp-hint-windows = Des nombres croissants séparés par des virgules, par exemple 4, 24, 72, 168, 336, 720.
bcp-field-unacceptable = Inacceptable à partir du niveau
bcp-level-n = Niveau { $level }
bcp-resources-intro = Les ressources sont tout ce dont une activité a besoin : personnes, applications, infrastructure, données, fournisseurs et sites. Pour chaque ressource, indiquez en combien de temps elle est rétablie et comment sa sauvegarde est organisée.
bcp-dependencies-link = Voir les dépendances par activité
bcp-resources-count =
    { $count ->
        [one] 1 ressource
       *[other] { $count } ressources
    }
bcp-resource-add = Ajouter une ressource
bcp-resource-delete = Supprimer la ressource
bcp-resource-delete-confirm = Voulez-vous supprimer la ressource « { $name } » ? Les activités qui en ont besoin perdront ce lien.
bcp-back-to-resources = Retour aux ressources
bcp-used-by = Nécessaire pour
bcp-field-kind = Type
bcp-hint-resource-deputy = Pour les personnes : qui prend le relais ? Pour les systèmes : qui peut les rétablir si l'administrateur habituel est absent ?
bcp-capability = Ce que la ressource atteint réellement
bcp-typical-recovery = Dans des communes comparables, le rétablissement prend souvent { $hours }. Indiquez ce que vous avez vous-même démontré ou ce qui vous a été promis.
bcp-field-recovery-hours = Délai de rétablissement, en heures
bcp-hint-recovery-hours = Combien de temps faut-il pour récupérer cette ressource après une attaque, sans compter ce dont elle a elle-même besoin ?
bcp-field-recovery-basis = Sur quoi repose ce délai de rétablissement ?
bcp-field-backup-interval = Sauvegarde toutes les combien d'heures
bcp-hint-backup-interval = 24 veut dire : une sauvegarde par jour.
bcp-field-backup-type = Type de sauvegarde
bcp-field-last-restore-test = Dernier test de restauration
bcp-hint-last-restore-test = Quand avez-vous pour la dernière fois réellement restauré des données à partir de la sauvegarde ?
bcp-supplier = Fournisseur
bcp-field-contract-ref = Référence du contrat
bcp-field-sla-hours = Délai de rétablissement promis (SLA), en heures
bcp-hint-sla-hours = Que dit le contrat sur le rétablissement après une panne ou un incident ?
bcp-field-contact-24-7 = Contact jour et nuit
bcp-hint-contact-24-7 = Un numéro de téléphone qui répond aussi la nuit et le week-end.
bcp-depends-on = Cette ressource a besoin de
bcp-depends-on-hint = Par exemple : une application a besoin de la gestion des utilisateurs et du réseau. C'est ainsi que Weerbaar calcule quand toute la chaîne est rétablie.
bcp-dependencies-intro = Pour chaque activité : quand toute la chaîne de ressources est-elle rétablie, par rapport au délai de rétablissement visé ?
bcp-dependencies-caption = Les activités et leur chaîne de ressources
bcp-chain-available = Disponible après
bcp-chain-status = Réalisable ?
bcp-chain-ok = réalisable
bcp-chain-late = trop tard
bcp-chain-bridged = trop tard ; la solution de secours fait le pont
bcp-chain-unknown = inconnu : des délais de rétablissement manquent
bcp-chain-no-rto = pas de délai de rétablissement visé
bcp-chain-title = Chaîne de ressources pour { $activity }
bcp-chain-summary = L'activité « { $activity } » reprend après { $available }. Objectif : { $rto }. Ressources rétablies trop tard : { $late }.
bcp-chain-summary-bridged = D'ici là, la solution de secours doit assurer le travail.
bcp-chain-more =
    { $count ->
        [one] 1 autre ressource se trouve sous cette activité. Elle est rétablie après { $latest } ; { $late } trop tard.
       *[other] { $count } autres ressources se trouvent sous cette activité. La dernière est rétablie après { $latest } ; { $late } d'entre elles trop tard.
    }
bcp-chain-more-link = Toutes les ressources
bcp-chain-legend = Chaque barre est une ressource : le gris, c'est l'attente de ce dont elle a besoin ; le bleu, son propre rétablissement ; le rouge, le retard par rapport au délai de rétablissement visé. La ligne pointillée est le délai de rétablissement visé (RTO). Une barre hachurée signifie que le délai de rétablissement est inconnu.
bcp-chain-table = Ressources de la chaîne
bcp-chain-own = Délai de rétablissement propre
bcp-chain-empty = Cette activité n'a pas encore de ressources. Liez-les dans l'activité.
bcp-edit-activity-resources = Modifier les ressources de cette activité
bcp-strategies-intro = Comment le travail continue-t-il quand les systèmes sont à l'arrêt ? Prévoyez une solution de secours pour chaque activité. Commencez par les activités critiques.
bcp-strategies-caption = Solutions de secours par activité
bcp-workaround-missing = Manquante
bcp-workaround-steps =
    { $count ->
        [0] Aucune étape
        [one] 1 étape
       *[other] { $count } étapes
    }
bcp-back-to-strategies = Retour aux solutions de secours
bcp-field-workaround = Comment travailler sans les systèmes
bcp-hint-workaround = Une étape par ligne. Par exemple : utiliser le formulaire papier du dossier de crise ; noter la déclaration à la main dans le registre.
bcp-field-alternate-location = Autre lieu de travail
bcp-field-alternate-supplier = Autre fournisseur
bcp-field-mutual-aid = Aide d'une administration voisine
bcp-hint-mutual-aid = Quelle commune voisine ou quel partenaire peut faire ce travail pour vous pendant un temps, et avec qui l'avez-vous convenu ?
bcp-field-paper-backlog = Résorber le retard
bcp-hint-paper-backlog = Qui encode ensuite dans le système le travail fait sur papier, et comment vérifiez-vous que rien n'a été oublié ?
bcp-crisis-intro = Qui prend la direction quand les choses tournent mal ? Attribuez à chaque rôle une personne et un suppléant, avec des numéros de téléphone et une adresse e-mail en dehors de votre propre domaine.
bcp-crisis-roles = Rôles dans la cellule de crise
bcp-role-complete = Complet
bcp-role-incomplete = Incomplet
bcp-crisis-role-intro = Indiquez les coordonnées de la personne et du suppléant. Utilisez une adresse e-mail qui fonctionne quand votre propre messagerie est à l'arrêt.
bcp-crisis-activation = Activation, lieu de réunion et passage de relais
bcp-field-activation-criteria = Quand réunissons-nous la cellule de crise ?
bcp-hint-one-per-line = Un par ligne.
bcp-field-who-may-activate = Qui peut réunir la cellule de crise ?
bcp-field-call-tree = Arbre d'appel
bcp-hint-call-tree = Qui appelle qui, dans l'ordre. Si quelqu'un ne répond pas, appelez la personne de réserve.
bcp-call-who = Appel { $n }
bcp-call-fallback = Personne de réserve
bcp-field-meeting-primary = Lieu de réunion
bcp-field-meeting-alternate = Autre lieu de réunion
bcp-hint-meeting-alternate = Pour le cas où la maison communale n'est pas utilisable.
bcp-field-handover-criteria = Quand la planification d'urgence communale prend-elle le relais ?
bcp-field-handover-explanation = Comment se passe le passage de relais ?
bcp-hint-handover = Par exemple : le coordinateur prévient le bourgmestre. Celui-ci peut déclencher la coordination communale prévue par le plan général d'urgence et d'intervention (PGUI) et dirige alors le comité de coordination communal (CC Com) avec le coordinateur planification d'urgence et les disciplines.
bcp-back-to-crisis = Retour à l'organisation de crise
bcp-field-tasks = Tâches
bcp-field-primary = Personne
bcp-field-phone = Téléphone
bcp-field-private-phone = Téléphone privé
bcp-field-outside-email = E-mail en dehors de votre propre domaine
bcp-hint-outside-email = Cette adresse doit fonctionner quand la messagerie de l'organisation est à l'arrêt.
bcp-playbooks-intro = Un guide d'intervention dit ce que vous faites pendant la première heure et ensuite, pour un type d'incident. Adaptez les étapes à votre organisation et imprimez-les pour le dossier de crise.
bcp-first-hour-count =
    { $count ->
        [one] 1 étape pendant la première heure
       *[other] { $count } étapes pendant la première heure
    }
bcp-back-to-playbooks = Retour aux guides d'intervention
bcp-field-title = Titre
bcp-field-summary = Résumé
bcp-field-signals = Signaux
bcp-field-first-hour = Première heure
bcp-field-decisions = Décisions
bcp-decision-question = Décision
bcp-decision-who = Qui décide
bcp-field-communication = Communication
bcp-comm-audience = Public
bcp-comm-when = Quand
bcp-comm-who = Qui
bcp-comm-message = Message
bcp-hint-rows = Laissez vide une ligne dont vous n'avez pas besoin ; enregistrez pour en obtenir une de plus.
bcp-field-recovery-steps = Rétablissement
bcp-field-return-to-normal = Retour à la normale
bcp-field-clocks = Délais de notification
bcp-hint-clocks = Les délais qui commencent à courir dès que vous découvrez l'incident, comme 72 heures pour notifier une fuite de données à l'autorité de contrôle.
bcp-clock-name = Notification
bcp-clock-hours = Délai, en heures
bcp-clock-applies = Quand elle s'applique
bcp-communication-intro = Qui informe quel groupe, par quel canal ? Vous pouvez adapter les exemples de messages à l'avance : pendant la crise, il ne vous reste qu'à compléter les détails.
bcp-stakeholders = Publics
bcp-stakeholders-hint = Pour chaque public, le canal et la personne qui garde le contact.
bcp-field-channel = Canal
bcp-save-stakeholder = Enregistrer : { $audience }
bcp-messages = Exemples de messages
bcp-field-subject = Objet
bcp-field-body = Texte
bcp-hint-message-body = Le texte entre crochets, comme [date], vous le complétez sur le moment.
bcp-back-to-communication = Retour à la communication
bcp-exercises-intro = Un plan qui n'a jamais été exercé fonctionne rarement. Prévoyez au moins un exercice par an : un exercice sur table, un parcours du plan ou un test de restauration.
bcp-exercises-count =
    { $count ->
        [one] 1 exercice
       *[other] { $count } exercices
    }
bcp-exercise-add = Ajouter un exercice
bcp-exercise-delete = Supprimer l'exercice
bcp-exercise-delete-confirm = Voulez-vous supprimer l'exercice « { $name } » ?
bcp-back-to-exercises = Retour aux exercices
bcp-field-exercise-kind = Type d'exercice
bcp-field-planned-on = Prévu le
bcp-field-done-on = Tenu le
bcp-hint-done-on = Laissez vide tant que l'exercice n'a pas eu lieu.
bcp-field-participants = Participants
bcp-field-result = Résultat
bcp-field-actions = Actions d'amélioration
bcp-checks-intro = Weerbaar vérifie le plan sur les points qui posent le plus souvent problème lors d'une vraie attaque. Chaque constat indique où le corriger.
bcp-checks-errors =
    { $count ->
        [one] 1 problème grave
       *[other] { $count } problèmes graves
    }
bcp-checks-warnings =
    { $count ->
        [one] 1 autre problème
       *[other] { $count } autres problèmes
    }
bcp-checks-infos =
    { $count ->
        [one] 1 remarque
       *[other] { $count } remarques
    }
bcp-checks-none = Aucun problème trouvé.
bcp-recovery-intro = Après une attaque, rétablissez les ressources dans cet ordre : d'abord ce dont d'autres ressources ont besoin, et dans chaque vague, d'abord ce dont l'activité la plus urgente a besoin.
bcp-recovery-table = Ordre de rétablissement des ressources
bcp-wave = Vague
bcp-needed-within = Nécessaire dans un délai de
bcp-available-after = Disponible après
bcp-cycles = Boucles dans les dépendances
bcp-cycles-blocked = Ces ressources ne peuvent prendre place dans l'ordre qu'une fois la boucle rompue :
bcp-submit-title = Soumettre pour approbation
bcp-submit-intro = Quand le plan est prêt, vous le soumettez au collège ou à l'organe compétent. Tant qu'il est en attente d'approbation, personne ne peut le modifier.
bcp-submit = Soumettre pour approbation
bcp-approved-edit-hint = Le plan est approuvé. Qui le modifie maintenant crée un nouveau projet, qui doit à nouveau être approuvé.
bcp-approve-title = Enregistrer l'approbation
bcp-approve-intro = Notez quel organe a approuvé le plan, à quelle date et sous quelle référence. L'étape suivante vous montre d'abord ce qui manque encore.
bcp-field-approval-body = Approuvé par
bcp-approval-body-default = Collège des bourgmestre et échevins
bcp-field-decision-date = Date de la décision
bcp-field-reference = Référence de la décision
bcp-approve = Enregistrer l'approbation
bcp-withdraw = Retirer pour modifier
bcp-approve-admins-only = Un administrateur de votre organisation soumet le plan pour approbation et enregistre l'approbation.
bcp-approved-by = Approuvé par
bcp-versions = Versions approuvées
bcp-versions-none = Pas encore de version approuvée.
bcp-download-json = télécharger
bcp-history = Modifications récentes
bcp-import-intro = Importez un plan complet à partir d'un fichier JSON de Weerbaar. Weerbaar vérifie d'abord tout. S'il y a une seule erreur, rien n'est importé et vous voyez chaque erreur avec sa place dans le fichier.
bcp-import-file = Fichier JSON
bcp-import-replace = Je comprends que le plan actuel sera remplacé.
bcp-import-confirm-needed = Votre organisation a déjà un plan. Cochez la case pour confirmer que vous voulez le remplacer.
bcp-import-problems =
    { $count ->
        [one] Le fichier contient 1 erreur
       *[other] Le fichier contient { $count } erreurs
    }
bcp-import-nothing-changed = Rien n'a été importé. Corrigez le fichier et réessayez.
bcp-import-admins-only = Seul un administrateur de votre organisation peut importer un plan.
plan-status-draft = projet
plan-status-submitted = en attente d'approbation
plan-status-approved = approuvé
plan-status-superseded = remplacé
severity-error = Grave
severity-warning = Attention
severity-info = Remarque
priority-p1 = P1 : à rétablir en premier
priority-p2 = P2 : dans la semaine
priority-p3 = P3 : peut attendre
priority-unrated = pas encore évalué
impact-service = Service aux citoyens
impact-legal = Obligations légales
impact-financial = Dommage financier
impact-reputation = Réputation et confiance
impact-health_safety = Santé et sécurité
impact-privacy = Vie privée et données à caractère personnel
impact-level-0 = aucun
impact-level-1 = limité
impact-level-2 = important
impact-level-3 = grave
impact-level-4 = très grave
resource-kind-person = Personnes et rôles
resource-kind-application = Applications
resource-kind-infrastructure = Infrastructure
resource-kind-data = Données et documents essentiels
resource-kind-supplier = Fournisseurs
resource-kind-location = Sites
backup-none = pas de sauvegarde
backup-online = en ligne (accessible depuis le réseau)
backup-offline = hors ligne (déconnectée)
backup-immutable = immuable (immutable)
basis-demonstrated = démontré lors d'un test
basis-promised = promis par le fournisseur
basis-estimated = estimé
audience-citizens = Citoyens
audience-staff = Personnel
audience-council = Conseil communal
audience-press = Presse
audience-neighbouring_municipalities = Communes voisines
audience-suppliers = Fournisseurs
audience-insurer = Assureur
audience-authorities = Autorités et organes de contrôle
scenario-any = Tout scénario
scenario-ransomware = Rançongiciel (ransomware)
scenario-ddos = DDoS sur le site web ou le guichet électronique
scenario-account-compromise = Boîte mail ou compte piraté
scenario-supplier-outage = Panne ou attaque chez un fournisseur de logiciels
scenario-data-breach = Fuite de données
scenario-building-loss = Maison communale inutilisable
scenario-power-network-outage = Longue panne de courant ou de réseau
scenario-key-staff-absence = Absence soudaine de personnes clés
phase-first = Premier message
phase-update = État de la situation
phase-recovery = Rétablissement
phase-closed = Clôture
exercise-tabletop = Exercice sur table
exercise-walk_through = Parcours du plan
exercise-restore_test = Test de restauration
duration-hour =
    { $count ->
        [one] 1 heure
       *[other] { $count } heures
    }
duration-day =
    { $count ->
        [one] 1 jour
       *[other] { $count } jours
    }
duration-week =
    { $count ->
        [one] 1 semaine
       *[other] { $count } semaines
    }
duration-month =
    { $count ->
        [one] 1 mois
       *[other] { $count } mois
    }
check-rto-missing = L'activité « { $activity } » n'a pas encore de délai de rétablissement (RTO). La durée maximale d'interruption admissible est de { $mtpd }.
check-rto-above-mtpd = Le délai de rétablissement de { $activity } ({ $rto }) est plus long que la durée maximale d'interruption admissible ({ $mtpd }). Choisissez un délai de rétablissement plus court ou revoyez l'analyse d'impact.
check-chain-slower-than-rto = L'activité « { $activity } » doit reprendre dans un délai de { $rto }, mais les ressources dont elle a besoin ne sont à nouveau disponibles qu'après { $available }.
check-chain-bridged-by-workaround = L'activité « { $activity } » fonctionne avec sa solution de secours jusqu'au rétablissement des ressources nécessaires, après { $available } (objectif : { $rto }). Vérifiez que la solution de secours tient aussi longtemps : assez de formulaires papier, de personnes et d'accords.
check-recovery-time-unknown = On ne sait pas en combien de temps la ressource « { $resource } » sera à nouveau disponible, alors que l'activité « { $activity } » en a besoin.
check-backup-slower-than-rpo = La ressource « { $resource } » est sauvegardée toutes les { $interval }, mais l'activité « { $activity } » peut perdre au maximum { $rpo } de données.
check-no-offline-backup = La ressource « { $resource } » n'a pas de sauvegarde hors ligne ou immuable, alors que l'activité « { $activity } » en dépend. Lors d'une attaque par rançongiciel, l'attaquant chiffre souvent aussi les sauvegardes en ligne.
check-restore-never-tested = Aucune sauvegarde de { $resource } n'a jamais été restaurée. Une sauvegarde jamais testée est un espoir, pas une certitude.
check-restore-test-old = Le dernier test de restauration de { $resource } date du { $date }, il y a plus de 12 mois.
check-person-without-deputy = Aucun suppléant n'est indiqué pour « { $resource } », alors que l'activité « { $activity } » en dépend.
check-supplier-without-24-7 = Aucun contact jour et nuit n'est indiqué pour le fournisseur { $resource }.
check-supplier-sla-above-rto = Le fournisseur { $resource } promet un rétablissement dans un délai de { $sla }, mais une activité qui en dépend doit reprendre dans un délai de { $rto }.
check-single-location = Toutes les activités critiques se déroulent sur un seul site : { $resource }. Si ce site est inutilisable, elles s'arrêtent toutes.
check-no-workaround = L'activité « { $activity } » est critique, mais n'a pas de façon de travailler sans les systèmes.
check-crisis-role-unassigned = Le rôle { $role } de la cellule de crise n'a encore personne.
check-crisis-role-without-deputy = Le rôle { $role } de la cellule de crise n'a pas de suppléant.
check-crisis-role-no-out-of-band = Pour le rôle { $role }, il manque un numéro de téléphone ou une adresse e-mail en dehors de votre propre domaine. Si votre messagerie est à l'arrêt, cette personne est injoignable.
check-dependency-cycle = Ces ressources ont besoin les unes des autres en boucle : { $resources }. Aucune ne peut donc être rétablie en premier. Revoyez les dépendances.
check-review-missing = Il n'y a pas encore de date pour la prochaine révision du plan.
check-review-overdue = La révision du plan était prévue le { $date } et n'a pas encore eu lieu.
check-exercise-overdue = Le plan n'a pas été exercé au cours des 12 derniers mois.
import-not-json = Ce n'est pas un fichier JSON valide (erreur à la ligne:colonne { $detail }).
import-expected-object = Un objet est attendu ici.
import-unknown-field = Champ inconnu « { $detail } ».
import-missing = Le champ obligatoire « { $detail } » manque.
import-too-long = Le texte est trop long ({ $detail } caractères au maximum).
import-control-characters = Le texte contient des caractères de contrôle qui ne sont pas autorisés.
import-expected-string = Un texte est attendu ici.
import-too-many = Trop d'éléments ({ $detail } au maximum).
import-expected-array = Une liste est attendue ici.
import-out-of-range = Le nombre est en dehors de la plage autorisée ({ $detail }).
import-expected-number = Un nombre entier est attendu ici.
import-invalid-choice = Valeur non valide. Valeurs autorisées : { $detail }.
import-invalid-date = Date non valide. Utilisez la forme { $detail }.
import-invalid-ref = Référence non valide. Attendu : { $detail }.
import-duplicate-ref = La référence « { $detail } » figure deux fois.
import-unknown-ref = La référence « { $detail } » n'existe pas dans ce fichier.
import-wrong-format = Ce n'est pas un plan de Weerbaar (format attendu : { $detail }).
import-unsupported-version = Cette version du format n'est pas prise en charge (versions prises en charge : { $detail }).
import-invalid-windows = Les fenêtres de temps doivent être des nombres croissants.
import-wrong-length = Mauvais nombre de valeurs (attendu : { $detail }).
import-empty = Ce champ ne peut pas être vide.
import-invalid = Le fichier n'a pas pu être lu : { $detail }
import-approval-missing = Un plan approuvé mentionne la décision de l'organe : organe, date et référence.
error-hours-range = Indiquez un nombre d'heures entre 0 et { $max }.
error-number = Indiquez un nombre entier.
error-date-future = Cette date est dans le futur.
error-level = Choisissez un niveau de 0 à 4.
error-windows = Indiquez des nombres d'heures croissants, séparés par des virgules.
error-domains = Indiquez des noms de domaine comme exemple.be, séparés par des virgules.
error-too-many-lines = Trop de lignes ({ $max } au maximum).
error-unknown-resource = Cette ressource n'existe pas dans le plan.
conflict-their-version = Enregistré par quelqu'un d'autre
conflict-your-version = Votre version
flash-plan-created = Le plan a été créé à partir du modèle.
flash-plan-imported = Le plan a été importé.
flash-plan-locked = Le plan est en attente d'approbation et ne peut pas être modifié pour l'instant.
flash-plan-not-draft = Seul un projet peut être soumis pour approbation.
flash-plan-submit-first = Soumettez d'abord le plan pour approbation.
flash-plan-submitted = Le plan est maintenant en attente d'approbation.
flash-plan-withdrawn = Le plan a été retiré et peut à nouveau être modifié.
flash-plan-approved = L'approbation a été enregistrée.
flash-activity-added = L'activité a été ajoutée. Complétez maintenant ses données.
flash-activity-deleted = L'activité a été supprimée.
flash-resource-added = La ressource a été ajoutée. Complétez maintenant ses données.
flash-resource-deleted = La ressource a été supprimée.
flash-exercise-added = L'exercice a été ajouté.
flash-exercise-deleted = L'exercice a été supprimé.
flash-changed-meanwhile = Quelqu'un d'autre a modifié ceci entre-temps. Vérifiez et réessayez.
flash-invalid-input = Pas enregistré : un des champs n'est pas valide.
audit-plan-created = Plan de continuité créé
audit-plan-updated = Plan modifié
audit-scale-updated = Échelle d'impact modifiée
audit-activity-created = Activité ajoutée
audit-activity-updated = Activité modifiée
audit-activity-deleted = Activité supprimée
audit-resource-created = Ressource ajoutée
audit-resource-updated = Ressource modifiée
audit-resource-deleted = Ressource supprimée
audit-crisis-updated = Organisation de crise modifiée
audit-crisis-role-updated = Rôle de crise modifié
audit-playbook-updated = Guide d'intervention modifié
audit-stakeholder-updated = Public modifié
audit-message-updated = Exemple de message modifié
audit-exercise-created = Exercice ajouté
audit-exercise-updated = Exercice modifié
audit-exercise-deleted = Exercice supprimé
audit-plan-submitted = Plan soumis pour approbation
audit-plan-withdrawn = Plan retiré
audit-plan-approved = Plan approuvé
audit-plan-imported = Plan importé
audit-plan-review-reminded = Rappel de révision envoyé

## Toolkit catalogue

error-page-invalid_filter-title = Valeur de filtre inconnue
error-page-invalid_filter-text = Un des filtres (type, public, thème, niveau, langue ou page) a une valeur que Weerbaar ne connaît pas.
cat-intro = Des guides, modèles, listes de contrôle et dépliants pour les communes, les CPAS et les zones de police, rédigés par une taskforce d'experts et évalués chaque trimestre par un comité d'accompagnement.
cat-entry-label = Points d'entrée
cat-start-link = Commencez ici : dix gains rapides
cat-topics-link = Tous les thèmes
cat-iam-label = Je suis …
cat-search-hint = Par exemple : mots de passe, restaurer des sauvegardes, notifier une fuite de données. D'autres formes des mots et des termes anglais ou néerlandais sont aussi trouvés.
cat-filter-type-all = Tous les types
cat-filter-audience = Public
cat-filter-audience-all = Tous les publics
cat-filter-topic-all = Tous les thèmes
cat-filter-level-all = Tous les niveaux
cat-filter-lang-all = Toutes les langues
cat-filter-apply = Appliquer les filtres
cat-results-none = Rien trouvé. Essayez un autre mot ou moins de filtres.
cat-results-partial =
    { $count ->
        [one] Rien ne contient tous vos mots ; { $count } résultat en contient quelques-uns.
       *[other] Rien ne contient tous vos mots ; { $count } résultats en contiennent quelques-uns.
    }
cat-results-all =
    { $count ->
        [one] { $count } produit dans la boîte à outils.
       *[other] { $count } produits dans la boîte à outils.
    }
cat-results-count =
    { $count ->
        [one] { $count } résultat.
       *[other] { $count } résultats.
    }
cat-pages-label = Pages de résultats
cat-private = Uniquement pour votre organisation
cat-topics-heading = Thèmes
cat-topics-intro = Choisissez un thème pour voir tous les produits qui en parlent.
cat-start-heading = Commencez ici : dix gains rapides
cat-start-intro = Peu de temps et peu d'informaticiens ? Suivez ces dix étapes dans cet ordre. Elles donnent le plus de protection pour le moins d'efforts.
cat-effort = Effort
cat-effort-hours =
    { $hours ->
        [one] environ { $hours } heure
       *[other] environ { $hours } heures
    }
cat-lang-versions = Versions linguistiques
cat-why = Pourquoi c'est important pour une commune
cat-about = À propos de ce produit
cat-version = Version
cat-last-reviewed = Dernière vérification
cat-next-review = Prochaine évaluation
cat-licence = Licence
cat-source = Source
cat-original = original
cat-attachments = Fichiers
cat-related = Voir aussi
cat-size-bytes = { $n } octets
cat-size-kb = { $n } ko
cat-size-mb = { $n } Mo
cat-feed-title = Boîte à outils Weerbaar : produits nouveaux et mis à jour
cat-type-webinar = Webinaire
cat-type-policy_example = Exemple de politique
cat-type-tool = Outil
cat-type-external_reference = Source externe
cat-audience-mayor_aldermen = Bourgmestre et échevins
cat-audience-general_director = Directeur général
cat-audience-security_officer = Conseiller en sécurité de l'information et DPO
cat-audience-it = Informaticiens et fournisseur informatique
cat-audience-all_staff = Tout le personnel
cat-audience-communication = Service communication
cat-audience-crisis_team = Cellule de crise
cat-iam-mayor_aldermen = Je suis bourgmestre ou échevin
cat-iam-general_director = Je suis directeur général
cat-iam-security_officer = Je suis conseiller en sécurité de l'information ou DPO
cat-iam-it = Je travaille dans l'informatique
cat-iam-all_staff = Je suis membre du personnel
cat-iam-communication = Je travaille à la communication
cat-iam-crisis_team = Je fais partie de la cellule de crise
cat-iam-mayor_aldermen-intro = Ce que les autorités doivent savoir et décider : les risques, les rôles, et ce que vous pouvez demander à votre administration.
cat-iam-general_director-intro = Vous êtes le responsable final de l'organisation : vous trouvez ici les plans, les rôles et les décisions qui vous reviennent.
cat-iam-security_officer-intro = Politique, contrôles, notifications et sensibilisation : les outils pour piloter la sécurité de l'information dans l'organisation.
cat-iam-it-intro = Les étapes techniques qui rapportent le plus : MFA, mises à jour, sauvegardes, comptes administrateur, réseau et journalisation.
cat-iam-all_staff-intro = Des dépliants et des conseils courts : reconnaître le phishing, choisir des mots de passe solides, télétravailler en sécurité et signaler un incident.
cat-iam-communication-intro = Ce que vous dites au personnel, aux citoyens et à la presse pendant un incident, avec des modèles prêts à l'emploi.
cat-iam-crisis_team-intro = La première heure, les rôles dans la cellule de crise, la liste de contrôle et les messages dont vous avez besoin.
cat-topic-mfa = MFA
cat-topic-patching = Mises à jour et correctifs
cat-topic-admin_accounts = Comptes administrateur
cat-topic-incident_response = Réponse aux incidents
cat-topic-business_continuity = Continuité des activités
cat-topic-crisis_communication = Communication de crise
cat-topic-suppliers = Fournisseurs
cat-topic-network = Réseau
cat-topic-logging = Journalisation et surveillance
cat-topic-remote_work = Télétravail
cat-topic-awareness = Sensibilisation
cat-topic-gdpr_breaches = Fuites de données (RGPD)
cat-topic-nis2 = NIS2
cat-topic-elections = Élections
cat-topic-insurance = Assurance
cat-topic-policy_roles = Politique et rôles
cat-topic-access_management = Gestion des accès
cat-topic-physical_security = Sécurité physique
cat-topic-cloud = Cloud
cat-topic-endpoint_security = Sécurité des appareils
cat-level-starter = Débutant
cat-level-intermediate = Intermédiaire
cat-level-advanced = Expert
audit-adoption-updated = Suivi d'un produit de la boîte à outils mis à jour
audit-private-resource-created = Produit propre ajouté
audit-private-resource-updated = Produit propre modifié
audit-private-resource-deleted = Produit propre supprimé
audit-toolkit-resource-created = Produit de la boîte à outils créé
audit-toolkit-resource-updated = Produit de la boîte à outils modifié
audit-toolkit-stage-changed = Phase d'un produit de la boîte à outils modifiée
audit-toolkit-update-taken = Nouvelle édition d'un produit de la boîte à outils reprise
audit-toolkit-update-dismissed = Nouvelle édition d'un produit de la boîte à outils non reprise
audit-toolkit-visibility-changed = Visibilité de la boîte à outils modifiée
audit-round-opened = Cycle d'évaluation ouvert
audit-round-closed = Cycle d'évaluation clôturé
audit-round-scored = Évaluation envoyée
audit-round-decided = Décision prise dans un cycle d'évaluation
nav-org-toolkit = La boîte à outils dans votre organisation
flash-deleted = Supprimé.
flash-adoption-saved = Le suivi a été enregistré.
error-url = Indiquez une adresse web complète qui commence par https://.
error-choose-at-least-one = Choisissez-en au moins un.
error-review-before-last = La prochaine évaluation tombe avant la dernière.
error-one-language = Complétez au moins une version linguistique : titre, résumé et texte.
error-video-transcript = Une vidéo a besoin de sous-titres (un fichier .vtt) ou d'une transcription. Complétez la transcription.
error-unknown-related = { $name } n'est pas un produit de la boîte à outils.
cat-back = Retour
cat-cancel = Annuler
cat-edit = Modifier
cat-delete = Supprimer
cat-edit-conflict = Quelqu'un d'autre a enregistré ce produit entre-temps. Vos modifications sont toujours dans le formulaire ; sa version figure ci-dessous. Reprenez ce que vous voulez garder et enregistrez à nouveau.
cat-edit-theirs = La version enregistrée entre-temps
cat-field-title = Titre
cat-field-summary = Résumé
cat-field-body = Texte
cat-field-body-hint = En Markdown : ## pour un intertitre, - pour une liste à puces, **gras**. Les tableaux sont permis.
cat-field-transcript = Transcription (pour une vidéo)
cat-field-transcript-hint = Ce qui est dit dans la vidéo, pour les personnes qui ne peuvent pas la regarder ou l'écouter.
cat-field-effort = Effort en heures
cat-field-effort-hint = Estimation grossière, pour une petite commune, du temps nécessaire pour l'appliquer.
cat-field-source-hint = Seulement pour du contenu que vous reprenez d'une autre organisation.
cat-field-original-url = Adresse web de l'original
cat-field-related-hint = Un produit par ligne, avec son nom court (comme backups-that-survive-ransomware).
cat-field-video-url = Adresse web de la vidéo
cat-field-video-url-hint = Une vidéo en ligne ailleurs ; vous chargez votre propre fichier vidéo après avoir enregistré.
cat-field-lang-hint = Laissez une langue vide si vous ne la rédigez pas.
cat-private-new = Ajouter un produit propre
cat-private-edit = Modifier un produit propre
cat-private-heading = Produits propres
cat-private-intro = Les accords, procédures et documents de votre propre organisation. Seuls vos membres les voient ; la recherche les trouve.
cat-private-empty = Votre organisation n'a pas encore de produits propres.
adoption-heading = Suivi pour { $org }
adoption-status = État d'avancement
adoption-owner = Responsable
adoption-due = Pour le
adoption-note = Note (uniquement pour votre organisation)
adoption-note-hint = Par exemple ce qui a déjà été fait ou ce que vous attendez.
adoption-updated = Dernière mise à jour : { $when }
adoption-save = Enregistrer le suivi
adoption-overview-link = Tout le suivi de votre organisation
adoption-conflict = Quelqu'un d'autre a enregistré le suivi entre-temps. L'état actuel figure ci-dessous ; adaptez-le et enregistrez à nouveau.
adoption-page-heading = La boîte à outils dans votre organisation
adoption-overall = Votre organisation a terminé { $percent } % de ce qui s'applique à elle.
adoption-browse = Vers la boîte à outils
adoption-progress-heading = Avancement par thème
adoption-done = Terminé
adoption-in-progress = En cours
adoption-progress = Avancement
adoption-work-heading = Liste de travail
adoption-work-empty = Rien n'est encore suivi. Ouvrez un produit dans la boîte à outils et indiquez où vous en êtes.
adoption-late = en retard
adoption-status-not_started = Pas commencé
adoption-status-in_progress = En cours
adoption-status-done = Terminé
adoption-status-not_applicable = Ne s'applique pas
dashboard-toolkit = Boîte à outils
dashboard-toolkit-more = Tout l'avancement et la liste de travail
error-step-not-allowed = Votre rôle ne permet pas cette étape.
error-step-wrong-stage = Cette étape n'est pas possible à partir de la phase actuelle.
error-upload-name = Le nom du fichier est vide, trop long ou contient des caractères non autorisés.
error-upload-type = Ce type de fichier n'est pas accepté. Autorisés : MP4, WebM, VTT, PDF, DOCX, ODT, XLSX, ODS, PPTX, ODP, CSV, MD, TXT, PNG et JPG.
error-upload-mismatch = Le contenu du fichier ne correspond pas à son extension.
cat-editorial-heading = Rédaction de la boîte à outils
cat-editorial-intro = Brouillons, relecture par la taskforce, évaluation par le comité d'accompagnement, publication et archives.
cat-new = Nouveau produit
cat-edit-heading = Modifier le produit
cat-stage = Phase
cat-attention = Attention
cat-update-available = Nouvelle édition disponible
cat-review-overdue = Évaluation en retard
cat-withdrawn = Archivé
cat-public-version = Voir la version publiée
cat-update-available-text = Weerbaar fournit une nouvelle édition de ce produit. Vos propres modifications restent en place jusqu'à ce que vous choisissiez.
cat-update-compare = Comparer et choisir
cat-changed-since-published = La version de travail diffère de la version publiée.
cat-diff-show = Afficher les différences
cat-steps-heading = Étape suivante
cat-comment = Commentaire
cat-comment-hint = Conservé avec cette phase, pour que chacun voie plus tard pourquoi.
cat-comment-add = Ajouter un commentaire
cat-change-note = Note de modification (à la publication)
cat-change-note-hint = Qu'est-ce qui a changé dans cette version ? Les lecteurs et le comité d'accompagnement le voient.
cat-comments = Commentaires
cat-comments-empty = Pas encore de commentaires.
cat-files-empty = Pas encore de fichiers.
cat-file-upload = Ajouter un fichier
cat-file-upload-hint = Vidéo (MP4 ou WebM, avec des sous-titres en .vtt ou une transcription), document ou liste. Les lecteurs le reçoivent à la prochaine publication.
cat-file-upload-button = Charger
cat-versions = Versions publiées
cat-versions-empty = Pas encore publié.
cat-diff-previous = différence avec la précédente
cat-preview = Aperçu de la version de travail
cat-working-copy = version de travail
cat-diff-heading = Différences entre les versions
cat-diff-between = De { $from } à { $to }.
cat-diff-removed = Supprimé
cat-diff-added = Nouveau
cat-diff-none = Aucune différence.
cat-diff-meta = Données du produit
cat-diff-title = titre
cat-diff-summary = résumé
cat-diff-why = pourquoi c'est important
cat-diff-body = texte
cat-update-heading = Comparer une nouvelle édition
cat-update-local = votre version
cat-update-release = nouvelle édition
cat-update-choose = Que voulez-vous faire ?
cat-update-choose-text = Si vous reprenez la nouvelle édition, elle est publiée comme nouvelle version et votre propre modification disparaît (elle reste lisible dans les versions). Si vous gardez votre version, cette édition ne vous sera plus proposée.
cat-update-take = Reprendre la nouvelle édition
cat-update-keep = Garder ma version
cat-status-draft = Brouillon
cat-status-in_review = En relecture
cat-status-evaluation = Évaluation par le comité d'accompagnement
cat-status-published = Publié
cat-status-archived = Archivé
cat-step-submit = Soumettre pour relecture
cat-step-send_back = Renvoyer au brouillon
cat-step-to_evaluation = Vers le comité d'accompagnement
cat-step-publish = Publier
cat-step-archive = Archiver
cat-step-reopen = Rouvrir pour modification
error-round-name-taken = Un cycle portant ce nom existe déjà.
error-round-closed = Ce cycle est clôturé ; les notes ne peuvent plus changer.
error-score = Choisissez une note de 1 à 5.
error-date-past = Cette date est dans le passé.
flash-score-saved = Votre évaluation a été enregistrée.
mail-round-subject = Rappel : le cycle d'évaluation { $round } se clôture le { $date }
mail-round-body =
    Bonjour { $name },

    Le cycle d'évaluation { $round } de la boîte à outils Weerbaar se clôture le { $date }. Il vous reste { $left } produit(s) à évaluer.

    Votre avis sur la pertinence, l'exactitude, la clarté, l'exhaustivité et l'utilité aide à décider quels produits sont publiés, retravaillés ou retirés.

    Ouvrez le cycle via ce lien :
    { $link }
round-list-heading = Cycles d'évaluation
round-list-intro = Chaque trimestre, le comité d'accompagnement évalue les produits de la boîte à outils sur leur pertinence, leur exactitude, leur clarté, leur exhaustivité et leur utilité.
round-list-empty = Il n'y a pas encore de cycles.
round-new = Ouvrir un cycle
round-open-until = ouvert jusqu'au { $date }
round-open-note = Le cycle est encore ouvert : les chiffres peuvent encore changer.
round-closed = clôturé
round-products =
    { $count ->
        [one] { $count } produit
       *[other] { $count } produits
    }
round-my-progress = Vous avez évalué { $done } sur { $total }
round-my-progress-label = Votre avancement
round-progress-of = { $done } sur { $total }
round-name = Nom du cycle
round-name-hint = Par exemple 2027 T1.
round-deadline = Date limite
round-resources = Produits du cycle
round-open = Ouvrir le cycle
round-heading = Cycle d'évaluation { $name }
round-report = Rapport
round-report-heading = Rapport du cycle { $name }
round-your-score = Votre évaluation
round-reviews = Évaluations
round-reviews-count =
    { $count ->
        [one] { $count } évaluation
       *[other] { $count } évaluations
    }
round-no-reviews = Pas encore d'évaluations.
round-score-give = Évaluer
round-score-change = Modifier l'évaluation
round-scored = évalué
round-reviewers = Comité d'accompagnement
round-close = Clôturer le cycle
round-score-heading = Évaluation : { $title }
round-read-product = Lire le produit
round-score-scale = 1 = très faible, 2 = faible, 3 = suffisant, 4 = bon, 5 = très bon.
round-score-choose = Choisissez une note
round-score-1 = 1 – très faible
round-score-2 = 2 – faible
round-score-3 = 3 – suffisant
round-score-4 = 4 – bon
round-score-5 = 5 – très bon
round-comment = Explication
round-comment-hint = Qu'est-ce qui doit être amélioré, qu'est-ce qui manque, qu'est-ce qui fonctionne bien dans votre organisation ?
round-score-save = Enregistrer l'évaluation
round-csv = Rapport en CSV
round-overall = Moyenne
round-spread = Dispersion
round-criterion = Critère
round-average = Moyenne
round-range = Minimum–maximum
round-comments = Explications
round-decision = Décision
round-decision-none = Pas encore de décision
round-decision-note = Explication de la décision
round-decide = Enregistrer la décision
round-change-note = Évalué lors du cycle { $round }
round-csv-product = Produit
round-csv-reviews = Évaluations
round-csv-average = moyenne
round-csv-range = minimum-maximum
round-criterion-relevance = Pertinence pour les pouvoirs locaux
round-criterion-correctness = Exactitude
round-criterion-clarity = Clarté
round-criterion-completeness = Exhaustivité
round-criterion-usability = Utilité pratique
round-criterion-relevance-hint = Est-ce que cela aide vraiment une commune, un CPAS ou une zone de police ?
round-criterion-correctness-hint = Le contenu est-il correct, aussi après les changements récents ?
round-criterion-clarity-hint = Un membre du personnel sans connaissances informatiques comprend-il ce qu'il faut faire ?
round-criterion-completeness-hint = Manque-t-il des étapes, des rôles ou des pièges ?
round-criterion-usability-hint = Une organisation avec deux informaticiens peut-elle s'y mettre dès demain ?
round-decision-publish = Publier
round-decision-revise = Retravailler
round-decision-retire = Retirer
cat-video-download = Télécharger la vidéo
cat-video-watch = Regarder la vidéo (site web externe)
cat-transcript = Transcription
admin-toolkit-title = Boîte à outils
admin-toolkit-public = Les produits publiés peuvent être lus sans se connecter
admin-toolkit-public-hint = Une boîte à outils publique aide chaque commune. Désactivez cette option si seules les personnes connectées peuvent lire la boîte à outils. Les brouillons, les cycles, le suivi et les produits propres demandent toujours le bon rôle.
cat-table = Tableau
cat-attention-heading = Ce qui demande de l'attention
cat-overdue-count =
    { $count ->
        [one] { $count } produit publié aurait déjà dû être réévalué.
       *[other] { $count } produits publiés auraient déjà dû être réévalués.
    }
cat-broken-links = Liens brisés
cat-link-status = réponse { $status }

## Documents (PDF, DOCX, ODT, Markdown, HTML) and the grab pack

doc-page-title = Documents et paquet d'urgence
doc-page-intro = Le jour d'une attaque, vos serveurs, votre messagerie et vos dossiers partagés auront peut-être disparu. Veillez à ce que le plan soit déjà prêt sur papier et sur une clé USB. Chaque document existe en PDF (pour l'imprimer), en DOCX et en ODT (pour le modifier), en Markdown et en HTML.
doc-pack-title = Paquet d'urgence
doc-pack-about = Un fichier ZIP avec tous les documents en PDF et en DOCX, un fichier HTML qui s'ouvre sans Weerbaar sur n'importe quel ordinateur ou smartphone, et une liste de sommes de contrôle (SHA-256) pour comparer une copie imprimée ou conservée avec la version actuelle.
doc-pack-intro = Ce fichier contient le plan de continuité complet et toutes ses annexes. Il fonctionne sans internet et sans Weerbaar. Conservez une copie sur papier et sur une clé USB en dehors du réseau.
doc-pack-last = Téléchargé pour la dernière fois le { $at } par { $by }.
doc-pack-outdated = Le plan a changé depuis le dernier paquet d'urgence. Téléchargez un nouveau paquet et remplacez les copies imprimées et conservées.
doc-pack-never = Aucun paquet d'urgence n'a encore été téléchargé. Téléchargez-le et conservez-le en dehors du réseau.
doc-pack-download = Télécharger le paquet d'urgence (ZIP)
doc-list-title = Tous les documents
doc-col-document = Document
doc-col-download = Télécharger
doc-contents = Table des matières
doc-page = Page
doc-version = Version
doc-status = Statut
doc-approval = Approbation
doc-not-approved = Pas encore approuvé
doc-owner = Responsable
doc-next-review = Prochaine révision
doc-classification = Classification
doc-scope = Périmètre
doc-objectives = Objectifs
doc-assumptions = Hypothèses
doc-title-plan = Plan de continuité des activités
doc-title-contacts = Contacts de crise et arbre d'appel
doc-title-wallet-card = Carte de poche des contacts de crise
doc-title-first-hour = Listes de contrôle pour la première heure
doc-title-runbook = Manuel de rétablissement
doc-title-incident-log = Journal d'incident
doc-title-communication = Modèles de communication
doc-title-exercise-report = Rapport d'exercice
doc-title-actions = Actions en cours
doc-title-bia = Rapport d'analyse d'impact
doc-subtitle-plan = Le plan complet, pour approbation par l'organe compétent.
doc-subtitle-contacts = Qui vous appelez et dans quel ordre, même si votre propre messagerie et la téléphonie ne fonctionnent pas.
doc-subtitle-wallet-card = Les numéros les plus importants sur une seule feuille, à emporter.
doc-subtitle-first-hour = Ce que vous faites pendant la première heure, par scénario, avec des cases à cocher.
doc-subtitle-runbook = L'ordre de rétablissement sous forme de liste de contrôle, avec de la place pour noter les heures.
doc-subtitle-incident-log = Un journal vierge à remplir à la main pendant un incident.
doc-subtitle-communication = Les messages préparés pour le personnel, les citoyens et la presse.
doc-subtitle-exercise-report = Un rapport vierge pour après un exercice.
doc-subtitle-actions = Les lacunes qui restent dans le plan, et les actions issues des exercices.
doc-subtitle-bia = Combien de temps chaque activité peut être à l'arrêt, et ce dont elle a besoin pour reprendre.
doc-bia-intro = L'analyse d'impact montre, pour chaque activité, à quel point une interruption devient grave à mesure qu'elle dure. On en déduit la durée maximale d'interruption admissible (MTPD), le délai de rétablissement (RTO) et la perte de données admissible (RPO).
doc-bia-table = Activités par ordre d'urgence
doc-heatmap = L'impact dans le temps
doc-heatmap-intro = Pour chaque activité, l'impact le plus lourd sur toutes les catégories, après chaque durée d'interruption.
doc-heatmap-legend = Niveaux :
doc-chains = Dépendances par activité critique
doc-chains-intro = Ce dont chaque activité critique a besoin, directement ou indirectement, et quand cela peut être rétabli.
doc-no-resources = Pas encore de ressources liées.
doc-recovery-order = Ordre de rétablissement
doc-recovery-intro = Rétablissez dans cet ordre : chaque ressource n'a besoin que de ce qui figure au-dessus d'elle. Les ressources d'une même vague peuvent être rétablies en même temps.
doc-runbook-intro = Cochez chaque ressource quand elle fonctionne à nouveau et notez l'heure. Ne relancez une ressource que quand ce dont elle a besoin fonctionne.
doc-runbook-lead = Responsable du rétablissement
doc-notes = Remarques
doc-cycles = Ces ressources ont besoin les unes des autres en boucle et ne peuvent pas être rétablies en premier :
doc-col-activity = Activité
doc-col-department = Service
doc-col-priority = Priorité
doc-col-mtpd = MTPD
doc-col-rto = RTO
doc-col-rpo = RPO
doc-col-resource = Ressource
doc-col-kind = Type
doc-col-own-time = Délai de rétablissement propre
doc-col-available = Disponible après
doc-col-wave = Vague
doc-col-needed-within = Nécessaire dans un délai de
doc-col-done = Fait
doc-col-time = Heure
doc-col-backup = Sauvegarde
doc-col-restore-test = Dernier test de restauration
doc-col-role = Rôle
doc-col-name = Nom
doc-col-phone = Téléphone
doc-col-primary = Titulaire
doc-col-deputy = Suppléant
doc-col-contact = Contact jour et nuit
doc-col-contract = Contrat
doc-col-decision = Décision
doc-col-who = Qui
doc-col-audience = Public
doc-col-when = Quand
doc-col-message = Message
doc-col-channel = Canal
doc-col-deadline = Délai
doc-col-within = Dans un délai de
doc-col-applies = Quand elle s'applique
doc-col-severity = Gravité
doc-col-finding = Constat
doc-col-due = Pour le
doc-col-exercise = Exercice
doc-col-planned = Prévu
doc-col-done-on = Tenu
doc-col-result = Résultat
doc-col-date-time = Date et heure
doc-col-event = Ce qui s'est passé
doc-col-action = Action
doc-mbco = Niveau de service minimal
doc-legal-deadlines = Délais légaux
doc-peak-periods = Périodes chargées
doc-needs = A besoin de
doc-alternate-location = Autre site
doc-alternate-supplier = Autre fournisseur
doc-mutual-aid = Aide d'autres administrations
doc-paper-backlog = Retard après le travail sur papier
doc-activation = Quand la cellule de crise se réunit
doc-who-may-activate = Qui peut réunir la cellule de crise
doc-meeting-primary = Lieu de réunion
doc-meeting-alternate = Autre lieu de réunion
doc-crisis-team = Cellule de crise
doc-call-tree = Arbre d'appel
doc-otherwise = sinon
doc-handover = Retour au fonctionnement normal
doc-signals = Signaux
doc-first-hour = La première heure
doc-decisions = Décisions
doc-recovery-steps = Rétablissement
doc-return-to-normal = Retour à la normale
doc-clocks = Délais qui commencent à courir
doc-stakeholders = Publics et canaux
doc-messages = Messages
doc-suppliers-24-7 = Fournisseurs joignables jour et nuit
doc-open-checks = Contrôles en suspens
doc-no-open-checks = Le plan n'a aucun contrôle en suspens.
doc-exercise-actions = Actions issues des exercices
doc-no-exercises = Aucun exercice n'est encore prévu.
doc-annex-checks = Annexe : ce qui manque encore
doc-log-incident = Incident
doc-log-started = Commencé le
doc-log-keeper = Journal tenu par
doc-ex-participants = Participants
doc-ex-scenario = Scénario
doc-ex-what-went-well = Ce qui s'est bien passé
doc-ex-what-to-improve = Ce qui doit être amélioré
doc-ex-actions = Actions
error-page-unknown_format-title = Format inconnu
error-page-unknown_format-text = Choisissez pdf, docx, odt, md, html ou zip.
error-page-unknown_document-title = Document inconnu
error-page-unknown_document-text = Ce document n'existe pas. Choisissez un document dans la liste.
error-page-unknown_language-title = Langue inconnue
error-page-unknown_language-text = Choisissez nl, en ou fr.
audit-plan-pack-downloaded = Paquet d'urgence téléchargé
doc-toolkit = Boîte à outils Weerbaar
cat-download-document = Imprimer ou modifier
cat-download-document-about = Ce texte sous forme de document : en PDF au format A4 pour l'imprimer ou le distribuer, en DOCX ou en ODT pour l'adapter à votre organisation.
round-pdf = Rapport en PDF
round-docx = Rapport en DOCX
round-no-scores = Pas encore de notes.
doc-chain-more = Ressources plus loin dans la chaîne, non affichées ici (voir Ressources et dépendances dans Weerbaar)

## Rules shared by forms, the API and imports (core::bcp::edit)
# Tous les messages de cette partie sont dans main.ftl.

## The grab pack kept current
# Tous les messages de cette partie sont dans main.ftl.

## The plan on the dashboard
# Tous les messages de cette partie sont dans main.ftl.
bcp-approve-next = Continuer vers la confirmation
bcp-approve-confirm-title = Confirmer l'approbation
bcp-approve-confirm-intro = Lisez ce qui manque encore au plan avant d'enregistrer l'approbation. Un plan approuvé est le plan avec lequel votre organisation travaille en cas de crise.
bcp-approve-confirm-complete = Le plan est complet à { $percent } %
bcp-approve-confirm-serious = { $count ->
    [0] Aucune lacune grave
    [one] 1 lacune grave
    *[other] { $count } lacunes graves
    }
bcp-approve-confirm-no-serious = Les contrôles n'ont trouvé aucune lacune grave.
bcp-approve-acknowledge = J'ai lu l'état d'achèvement et les lacunes graves, et l'organe compétent a tout de même approuvé le plan.
error-approval-acknowledge = Cochez la case pour confirmer que vous avez lu l'état d'achèvement et les lacunes graves.
bcp-approve-back = Retour sans approuver
bcp-versions-submitted = Versions soumises
bcp-versions-submitted-intro = Voici le plan tel qu'il était lorsqu'il a été soumis pour approbation. Une version soumise n'est pas encore approuvée.
bcp-versions-submitted-none = Aucune version soumise pour l'instant.
resource-kind-paper = Documents papier
cat-results-some = { $count } avec tous vos mots, puis { $rest } avec certains d'entre eux.
audit-field-impacts = Impact
audit-field-primary = Titulaire du rôle
audit-field-decisions = Décisions
audit-field-clocks = Délais
audit-field-status = Statut
audit-value-yes = oui
audit-value-no = non
audit-value-linked = lié
audit-value-changed = modifié
audit-value-items = { $count ->
    [one] 1 lien
    *[other] { $count } liens
    }
warning-review-past = Cette date est passée. Planifiez la prochaine révision dans le futur.
warning-exercise-before-planned = Cette date précède la date prévue. Est-ce exact ?
org-switch-current = actuelle
bcp-chain-summary-unknown = On ne sait pas quand l'activité « { $activity } » reprendra : toutes les ressources dont elle dépend n'ont pas de délai de rétablissement. Objectif : { $rto }.
cat-filters = Filtres
welcome-title = Weerbaar : continuer à travailler pendant une cyberattaque
welcome-what = Weerbaar aide les pouvoirs locaux à se préparer aux cyberincidents, avec une boîte à outils de guides pratiques, de modèles et de dépliants.
welcome-plan = Avec un compte, vous construisez avec vos collègues le plan de continuité de votre organisation : analyse d'impact, organisation de crise, procédures et documents à imprimer.
welcome-toolkit = Parcourir la boîte à outils (sans compte)
bcp-clock-asap = dès que possible
bcp-playbook-edit = Modifier cette procédure
bcp-playbook-read = Lire et imprimer
bcp-used-by-note = C'est le même lien que sur l'activité : vous le modifiez là.
doc-card-how = Découpez le long des pointillés, pliez chaque carte en deux et gardez-la dans votre portefeuille. Mettez-la à jour quand la cellule de crise change.
doc-card-call = Cyberincident ? Appelez dans cet ordre
doc-card-first-hour = La première heure
doc-card-deputies = Injoignable ? Appelez le suppléant
doc-card-meet = Où la cellule de crise se réunit
doc-card-emergency = Urgences 112 · Police 101 · CCB : incident@ccb.belgium.be
nav-findings = Audits
cancel = Annuler
finding-status-new = Nouvelle
finding-status-confirmed = Confirmée
finding-status-in-remediation = En correction
finding-status-fixed = Corrigée, en attente de retest
finding-status-closed = Clôturée
finding-status-false-positive = Faux positif
finding-status-duplicate = Doublon
finding-status-risk-accepted = Risque accepté
engagement-kind-pentest = Hacking éthique ou test d'intrusion
engagement-kind-audit = Audit TIC
engagement-kind-scan = Scan de vulnérabilités
engagement-kind-internal = Audit interne
engagement-kind-phishing = Test d'hameçonnage
engagement-kind-other = Autre
engagement-status-planned = Planifié
engagement-status-authorised = Autorisé
engagement-status-in-progress = Test en cours
engagement-status-reported = Rapport reçu
engagement-status-follow-up = Suivi
engagement-status-closed = Clôturé
findings-sort-severity = Les plus graves d'abord
findings-sort-due = Échéance la plus proche d'abord
findings-sort-newest = Les plus récentes d'abord
findings-sort-title = Titre
findings-nav = Audits et constats
findings-title = Constats
findings-intro = Tout ce qu'un audit, un hacking éthique, un scan ou votre propre équipe a trouvé, en un seul endroit, jusqu'à sa correction et son retest.
findings-export-csv = Tout en CSV
findings-report = Rapport de suivi
findings-filter = Filtrer et trier
findings-any = Tous
findings-open-only = Tous les constats ouverts
findings-overdue-only = Seulement en retard
findings-overdue = en retard
findings-accepted = risques acceptés
findings-sort = Ordre
findings-count =
    { $count ->
        [one] 1 constat
       *[other] { $count } constats
    }
findings-table = Constats
findings-settings-title = Délais
findings-settings-intro = Le nombre de jours pendant lesquels un constat peut rester ouvert, par gravité, à compter du jour où il est confirmé. Ce qui reste ouvert ensuite est marqué en retard dans la liste, dans le rapport et dans l'e-mail hebdomadaire aux responsables.
findings-days-critical = Critique (jours)
findings-days-high = Élevée (jours)
findings-days-medium = Moyenne (jours)
findings-days-low = Faible (jours)
finding-add = Ajouter un constat
finding-edit = Modifier le constat
finding-field-title = Titre
finding-field-description = Description
finding-field-assets = Systèmes touchés
finding-field-remediation = Conseil de correction
finding-field-references = Références
finding-field-cvss-vector = Vecteur CVSS
finding-field-severity = Gravité
finding-field-severity-reason = Pourquoi cette gravité
finding-field-owner-email = Responsable (e-mail)
finding-field-due = Échéance
finding-field-engagement = Audit ou test
finding-field-resources = Ressources du plan de continuité
finding-field-status = Statut
finding-field-reason = Raison
finding-field-duplicate-of = Doublon de
finding-field-approver-email = Accepté par (administrateur)
finding-field-expires = Accepté jusqu'au
finding-field-version = Version
finding-field-to = Nouveau statut
finding-field-comment = Commentaire
finding-field-file = Fichier
finding-hint-cvss = Par exemple CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H ou un vecteur CVSS 4.0. Le score et la gravité en sont calculés.
finding-hint-severity-reason = Seulement sans vecteur : par exemple « évaluation de l'auditeur dans le rapport du 12 novembre ».
finding-hint-assets = Un par ligne : un serveur (srv-file01), une adresse avec port (10.0.0.5:445/tcp), une adresse web ou une application.
finding-hint-references = Un par ligne : CVE-2024-6387, CWE-79 ou une adresse web.
finding-hint-due = Laissez vide : l'échéance découle de la gravité dès que le constat est confirmé.
finding-hint-reason = Nécessaire pour un faux positif et pour un risque accepté.
finding-hint-expires = Seulement pour un risque accepté : un an au maximum. Ce jour-là, le constat se rouvre de lui-même.
finding-hint-evidence = PDF, image ou texte (journal), 10 Mo au maximum.
finding-no-engagement = Aucun (constat propre)
finding-severity-from-vector = D'après le vecteur CVSS
finding-accepted-until = Risque accepté jusqu'au
finding-duplicate-of = Doublon de
finding-original = le constat d'origine
finding-not-seen = plus vu
finding-not-seen-text = Le dernier scan de cet audit ne signale plus ce constat. Il n'a pas été clôturé automatiquement : faites-le retester, puis clôturez-le.
finding-suggestions = Dans la boîte à outils
finding-retest = Retest
finding-retest-intro = Le constat est corrigé. Notez le résultat du retest : réussi le clôture, échoué le renvoie en correction.
finding-retest-result = Résultat
finding-retest-passed = Réussi : le problème a disparu
finding-retest-failed = Échoué : le problème est toujours là
finding-retest-note = Comment cela a été testé
finding-retest-save = Enregistrer le retest
finding-move = Changer le statut
finding-move-to = Nouveau statut
finding-move-save = Changer le statut
finding-evidence = Preuves
finding-evidence-none = Pas encore de preuves.
finding-evidence-file = Fichier
finding-evidence-add = Ajouter une preuve
finding-history = Historique et commentaires
finding-comment = Commentaire
finding-comment-add = Ajouter un commentaire
finding-event-created = Créé
finding-event-status = Statut modifié
finding-event-retest-passed = Retest réussi
finding-event-retest-failed = Retest échoué
finding-event-comment = Commentaire
finding-event-edited = Données modifiées
finding-event-file = Preuve ajoutée
finding-event-import-reopened = Rouvert par un nouveau scan
finding-event-import-not-seen = Plus vu dans un nouveau scan
finding-event-import-seen = Revu dans un scan
finding-severity-critical = Critique
finding-severity-high = Élevée
finding-severity-medium = Moyenne
finding-severity-low = Faible
finding-severity-info = Informative
engagements-title = Audits et tests
engagements-intro = Chaque hacking éthique, audit TIC ou scan, avec l'autorisation écrite du directeur général, les accords avec le testeur et tout ce qui a été trouvé.
engagements-none = Pas encore d'audits ni de tests. Enregistrez le premier ci-dessous, même si le testeur n'est pas encore choisi.
engagements-count =
    { $count ->
        [one] 1 audit ou test
       *[other] { $count } audits et tests
    }
engagement-add = Enregistrer un audit ou un test
engagement-edit = Modifier les données
engagement-field-title = Nom
engagement-field-kind = Type
engagement-field-status = Statut
engagement-tester = Testeur
engagement-field-tester-org = Organisation du testeur
engagement-field-tester-lead = Testeur responsable
engagement-field-tester-email = E-mail du testeur
engagement-field-tester-phone = Téléphone du testeur en cas d'urgence
engagement-hint-phone = Joignable pendant le test, pour pouvoir l'arrêter.
engagement-contact = Notre contact technique
engagement-field-contact-name = Nom
engagement-field-contact-email = E-mail
engagement-field-contact-phone = Téléphone
engagement-field-scope = Ce qui peut être testé
engagement-hint-scope = Un par ligne : systèmes, plages IP, domaines, adresses web, applications.
engagement-field-out-of-scope = Ce qui ne peut pas être testé
engagement-field-window-start = Premier jour de test
engagement-field-window-end = Dernier jour de test
engagement-field-hours = Heures autorisées
engagement-hint-hours = Par exemple « jours ouvrables de 8 à 17 heures, pas pendant la permanence de la population ».
engagement-rules = Règles d'engagement
engagement-field-social-engineering = L'ingénierie sociale est autorisée (téléphone, e-mail, au guichet)
engagement-field-dos-forbidden = Les attaques qui mettent des services hors service (déni de service) sont interdites
engagement-field-data-destroyed = Le testeur détruit nos données après le test
engagement-field-production-data = Traitement des données réelles des citoyens et du personnel
engagement-field-test-accounts = Comptes de test
engagement-field-stop-procedure = Mot d'arrêt et procédure d'arrêt
engagement-hint-stop = Qui peut arrêter le test, comment (numéro de téléphone, mot d'arrêt) et ce que fait alors le testeur.
engagement-field-notes = Notes
engagement-window = Période de test
engagement-open = Constats ouverts
engagement-authorisation = Autorisation écrite
engagement-signed-by = Signée par { $signer } le { $date }
engagement-signed-copy = télécharger la lettre signée
engagement-not-authorised = Pas encore signée : aucun test ne peut commencer.
engagement-letter = Lettre d'autorisation à faire signer
engagement-report = Rapport
engagement-next-step = Étape suivante
engagement-move-to = Le statut suivant est : { $status }.
engagement-move-button = Passer à « { $status } »
engagement-authorisation-upload = Autorisation signée
engagement-authorisation-intro = Téléchargez la lettre ci-dessus, faites-la signer par le directeur général et chargez ici la version signée. Sans lettre signée, le test ne peut pas commencer.
engagement-field-signer = Signée par
engagement-field-signed-on = Signée le
engagement-field-signed-file = Lettre signée
engagement-hint-signed-file = PDF ou photo (PNG, JPEG), 10 Mo au maximum.
engagement-authorisation-save = Enregistrer l'autorisation
engagement-guests = Testeurs externes
engagement-guests-intro = Un testeur externe ne voit que cet audit : il peut charger des résultats de scan et ajouter des constats, et ne voit rien d'autre de votre organisation.
engagement-field-guest-email = Adresse e-mail du testeur externe
engagement-field-guest-name = Nom du testeur
engagement-guest-add = Inviter le testeur
engagement-guest-remove = Retirer l'accès de { $email }
engagement-guest-notice = Vous êtes testeur externe pour { $org }. Vous ne voyez que cet audit.
engagement-no-findings = Pas encore de constats pour cet audit.
guest-title = Vos audits en tant que testeur externe
guest-intro = Ces organisations vous ont invité pour un audit ou un test.
guest-none = Vous n'êtes invité à aucun audit.
import-title = Importer des résultats de scan
import-intro = Greenbone/OpenVAS, Nessus, OWASP ZAP, Nuclei, SARIF ou notre propre CSV pour les rapports Word ou Excel. Vous voyez d'abord ce qui change ; réimporter le même fichier ne change rien.
import-csv-template = Télécharger le modèle CSV
import-format = Format
import-file = Fichier
import-preview = Voir ce qui change
import-preview-title = Ce que cette importation change
import-preview-intro = { $format } pour « { $engagement } ». Rien n'a encore changé.
import-results =
    { $count ->
        [one] 1 résultat dans le fichier
       *[other] { $count } résultats dans le fichier
    }
import-created = Nouveaux
import-unchanged = Déjà connus, inchangés
import-reopened = Rouverts (étaient corrigés ou clôturés)
import-not-seen = Plus vus (à retester, non clôturés)
import-by-severity = Résultats par gravité
import-confirm-text = Confirmez pour mettre à jour les constats.
import-nothing-changes = Cette importation ne change rien : tout était déjà connu.
import-confirm = Importer
import-problems = Ce fichier ne peut pas être importé ; rien n'a été modifié. { $problems }
import-at-line = ligne { $line }
import-unknown-format = Ce fichier n'est pas un rapport dans un format connu de Weerbaar.
import-broken-xml = Le fichier XML est endommagé ici.
import-broken-json = Le fichier JSON est endommagé ici ({ $detail }).
import-truncated = Le fichier s'arrête ici de manière inattendue : il n'a probablement pas été chargé en entier ou a été tronqué à l'enregistrement.
import-doctype = Le fichier contient une définition de type de document (DOCTYPE). Elle est refusée par sécurité : elle peut charger des fichiers externes ou s'étendre énormément. Les scanners n'en écrivent pas.
import-entity = Le fichier utilise une entité inconnue (&…;). Seules les cinq entités standard de XML sont autorisées.
import-wrong-root = Le fichier commence par <{ $root }>, pas par ce qu'attend ce format.
import-missing-id = Il manque à ce résultat ce qui le rend reconnaissable ({ $what }).
import-not-text = Ce n'est pas un fichier texte UTF-8.
import-sarif-version = Ceci est SARIF { $version } ; seul SARIF 2.1.0 est lu.
import-csv-header = La première ligne doit contenir les noms des colonnes.
import-csv-column = La colonne « { $column } » manque.
import-csv-unknown = Weerbaar ne connaît pas la colonne « { $column } ». Utilisez le modèle.
import-csv-row = Cette ligne n'a pas autant de colonnes que la première.
import-csv-id = Indiquez un id (votre propre numéro pour le constat) : une nouvelle importation reconnaît le même constat grâce à lui.
import-csv-id-twice = L'id « { $id } » apparaît deux fois.
scan-wrong-format = Ce fichier est un rapport { $found }, pas le format choisi. Choisissez { $found } et réessayez.
scan-too-many = Ce fichier contient plus de { $max } résultats ; divisez-le.
letter-title = Autorisation pour un test de sécurité
letter-intro = { $org } autorise { $tester }, représenté par { $lead }, à tester les systèmes décrits ci-dessous ({ $kind }), dans la période, les heures et les règles de cette lettre. Le testeur ne communique ce qu'il trouve qu'aux contacts de cette lettre.
letter-scope = Ce qui peut être testé
letter-out-of-scope = Ce qui ne peut pas être testé
letter-nothing-excluded = Rien d'explicitement exclu ; seul ce qui figure ci-dessus peut être testé.
letter-when = Quand
letter-period = Période
letter-window = du { $from } au { $to } inclus
letter-hours = Heures
letter-rules = Règles d'engagement
letter-rule = Accord
letter-agreed = Convenu
letter-rule-social = L'ingénierie sociale (téléphone, e-mail, au guichet) est autorisée
letter-rule-dos = Les attaques qui mettent des services hors service sont interdites
letter-rule-destroy = Le testeur détruit nos données après le test
letter-rule-production = Traitement des données réelles des citoyens et du personnel
letter-rule-accounts = Comptes de test
letter-yes = Oui
letter-no = Non
letter-stop = Arrêt
letter-stop-default = Notre contact technique ou le directeur général peut arrêter le test à tout moment par téléphone. Le testeur s'arrête alors immédiatement et le confirme par e-mail.
letter-contacts = Contacts
letter-name = Nom
letter-email = E-mail
letter-phone = Téléphone
letter-tester = Testeur
letter-our-contact = Notre contact
letter-law = Cette autorisation ne couvre que les systèmes, la période et les règles ci-dessus. Tout le reste n'est pas autorisé. Le testeur traite ce qu'il voit comme confidentiel.
letter-signatures = Signatures
letter-sign-director = Pour l'organisation : nom du directeur général
letter-sign-tester = Pour le testeur, pour accord : nom
letter-sign-date = Date
letter-sign-signature = Signature
report-classification = Confidentiel
report-engagement-title = Rapport d'audit
report-follow-up-title = Suivi des constats
report-summary = Résumé
report-summary-text = { $open } constats sont ouverts, dont { $overdue } en retard. { $accepted } risques ont été acceptés en connaissance de cause ; { $expiring } d'entre eux expirent dans les 30 jours et devront alors être réexaminés.
report-trend = Évolution depuis les rapports précédents
report-trend-title = Constats ouverts par gravité
report-when = Rapport
report-now = Maintenant
report-total = Total
report-overdue = En retard
report-accepted = Risques acceptés
report-none = Aucun.
report-findings = Les constats avec conseils
mail-guest-subject = Invitation comme testeur pour { $org } : { $engagement }
mail-guest-body =
    Bonjour,

    { $org } vous invite comme testeur externe pour « { $engagement } » dans Weerbaar. Vous n'y voyez que cet audit : vous pouvez charger des résultats de scan et ajouter des constats.

    Ouvrez ce lien : { $link }

    Ne commencez à tester qu'une fois l'autorisation signée enregistrée dans Weerbaar.
mail-risk-expired-subject = Risque accepté expiré chez { $org } : { $title }
mail-risk-expired-body =
    Bonjour,

    Le risque « { $title } » était accepté jusqu'au { $until }. Ce délai est dépassé : le constat est de nouveau ouvert et a une nouvelle échéance.

    Consultez-le ici : { $link }
mail-findings-digest-subject = { $org } : { $count } constats ouverts pour vous, { $overdue } en retard
mail-findings-digest-body =
    Bonjour,

    Voici ce qui est à votre nom dans le registre des constats de { $org } :

    { $list }

    Tout voir : { $link }

    Vous recevez cet aperçu une fois par semaine tant que quelque chose reste ouvert.
error-cvss-vector = Ce vecteur CVSS n'est pas valide : vérifiez chaque métrique et valeur, par exemple CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H.
error-cvss-version = Utilisez un vecteur CVSS 3.1 (commençant par CVSS:3.1/) ou 4.0 (commençant par CVSS:4.0/).
error-severity-reason = Indiquez pourquoi cette gravité, en l'absence de vecteur CVSS.
error-finding-item = La ligne { $line } n'est pas comprise. Vérifiez son écriture (voir l'explication sous le champ).
error-finding-reason = Donnez une raison.
error-finding-duplicate-of = Choisissez le constat d'origine.
error-finding-duplicate-self = Un constat ne peut pas être un doublon de lui-même.
error-finding-approver = Seul un administrateur de l'organisation peut accepter un risque. Choisissez un administrateur.
error-finding-expiry = Un risque accepté a besoin d'une date de fin, au plus tard dans un an.
error-finding-expiry-past = Choisissez une date après aujourd'hui.
error-finding-expiry-far = Au plus tard dans { $days } jours : ensuite, le risque doit être réexaminé.
error-finding-move = Un constat ne peut pas passer de « { $from } » à « { $to } ».
error-deadline-days = Indiquez un nombre de jours de 1 à { $max }.
error-window-order = Le dernier jour de test précède le premier.
error-letter-type = Chargez la lettre signée en PDF, PNG ou JPEG.
error-file-missing = Choisissez un fichier.
error-file-too-large = Le fichier est trop volumineux ({ $max } Mo au maximum).
error-evidence-type = Chargez un PDF, une image (PNG, JPEG, GIF) ou du texte.
error-engagement-needs-authorisation = Enregistrez d'abord l'autorisation signée : sans elle, aucun test ne peut avoir lieu.
error-engagement-status = Un audit avance d'une étape à la fois : planifié, autorisé, test, rapport, suivi, clôturé.
flash-engagement-added = L'audit est enregistré. Téléchargez maintenant la lettre d'autorisation à faire signer.
flash-engagement-status = Le statut a changé.
flash-authorisation-recorded = L'autorisation signée est enregistrée.
flash-finding-added = Le constat est ajouté.
flash-finding-moved = Le statut du constat a changé.
flash-evidence-added = La preuve est ajoutée.
flash-guest-added = Le testeur est invité et reçoit un e-mail.
flash-guest-already = Ce testeur avait déjà accès.
flash-guest-removed = L'accès du testeur est retiré.
flash-import-done = L'importation est terminée.
audit-engagement-created = Audit enregistré
audit-engagement-updated = Audit modifié
audit-engagement-status-changed = Statut d'un audit modifié
audit-engagement-authorised = Autorisation signée enregistrée
audit-engagement-guest-added = Testeur externe invité
audit-engagement-guest-removed = Accès d'un testeur externe retiré
audit-finding-created = Constat ajouté
audit-finding-updated = Constat modifié
audit-finding-status-changed = Statut d'un constat modifié
audit-finding-commented = Commentaire sur un constat
audit-finding-evidence-added = Preuve ajoutée
audit-findings-imported = Résultats de scan importés
audit-finding-reopened-at-expiry = Risque accepté expiré et rouvert
audit-finding-deadlines-changed = Délais des constats modifiés
audit-findings-reported = Rapport sur les constats produit
dashboard-findings = Audits et constats
dashboard-findings-open =
    { $count ->
        [one] 1 constat ouvert
       *[other] { $count } constats ouverts
    }
dashboard-findings-overdue =
    { $count ->
        [one] 1 en retard
       *[other] { $count } en retard
    }
dashboard-findings-expiring =
    { $count ->
        [one] 1 risque accepté expire dans les 30 jours
       *[other] { $count } risques acceptés expirent dans les 30 jours
    }
dashboard-findings-median = Nombre médian de jours jusqu'à la correction
dashboard-findings-none = Pas encore de constats. Enregistrez le prochain audit ou scan, ou ajoutez ce que vous avez trouvé vous-même.
dashboard-findings-open-register = Vers les constats
nav-assessments = Auto-évaluation
admin-frameworks-title = Référentiels
assessments-title = Auto-évaluations
assessments-intro = Mesurez votre organisation par rapport à un référentiel : pour chaque mesure, un score pour la documentation et un pour la mise en œuvre. Ce qui reste sous l'objectif devient une action dans le registre des constats.
assessments-none = Il n'y a pas encore d'auto-évaluation.
assessments-count = { $count } auto-évaluations
assessment-field-title = Titre
assessment-framework = Référentiel
assessment-level = Niveau
assessment-status = Statut
assessment-started = Commencée
assessment-start = Commencer une auto-évaluation
assessment-choice = Référentiel et niveau
assessment-hint-title = Laissez vide pour « Auto-évaluation » avec la date du jour.
assessment-from-last = Reprendre les réponses de l'auto-évaluation précédente de ce référentiel
assessment-default-title = Auto-évaluation { $date }
flash-assessment-started = L'auto-évaluation a commencé.
flash-assessment-status = Le statut de l'auto-évaluation a changé.
flash-respondent-added = Le répondant a été ajouté.
flash-respondent-removed = Le répondant a été retiré.
flash-action-created = L'action figure dans le registre des constats.
assessment-approved-by = Approuvée
assessment-total = Score global
assessment-progress = Avancement
assessment-answered-of = { $answered } sur { $total } répondues
assessment-licence = Source et licence du référentiel :
assessment-sections = Sections
assessment-section = Section
assessment-score = Score
assessment-gaps = Écarts
assessment-respondents = Répondants
assessment-documentation = Documentation
assessment-implementation = Mise en œuvre
assessment-radar-title = Maturité par thème
assessment-lines-title = Maturité dans le temps
assessment-chart-data = Les chiffres du graphique
assessment-keys = Mesures clés pas encore atteintes
assessment-keys-none = Toutes les mesures clés atteignent leur objectif.
assessment-key = mesure clé
assessment-gaps-title = Écarts et actions
assessment-gaps-intro = Chaque mesure sous son objectif peut devenir une action, avec un responsable et une échéance, dans le même registre que les constats d'audit.
assessment-gaps-none = Aucun écart : ce qui a été répondu atteint son objectif.
assessment-gaps-count = { $count } écarts, le plus grand d'abord
assessment-requirement = Mesure
assessment-target = Objectif
assessment-action = Action
assessment-action-owner = Responsable (e-mail)
assessment-action-due = Échéance
assessment-action-create = Créer l'action
assessment-action-open = Ouvrir l'action dans le registre
assessment-gap-reason = Écart de l'auto-évaluation : { $detail }
assessment-respondents-intro = Attribuez une section à un membre de l'organisation, par exemple le chef du personnel pour les mesures RH. Un membre avec le rôle lecteur ne voit et ne répond qu'aux sections qui lui sont attribuées.
assessment-respondent-email = Adresse e-mail du membre
assessment-respondent-hint = La personne doit déjà être membre de l'organisation (voir Membres).
assessment-respondent-add = Ajouter un répondant
assessment-approval = Soumettre et approuver
assessment-submit-hint = Une fois soumise, l'auto-évaluation est verrouillée jusqu'à son approbation ou son retrait.
assessment-submit = Soumettre pour approbation
assessment-withdraw = Retirer
assessment-approve = Enregistrer l'approbation
assessment-approved-edit = Approuvée. Modifier une réponse crée une nouvelle version ; la version approuvée reste lisible.
assessment-versions = Versions conservées
assessment-version-answers = Les réponses telles qu'elles étaient alors
assessment-read-only = Vous pouvez lire cette section mais pas la modifier : l'auto-évaluation a été soumise.
assessment-scores-hint = Documentation : est-ce écrit et approuvé ? Mise en œuvre : est-ce réellement fait ? Laissez un score vide si vous ne le savez pas encore.
assessment-not-scored = (pas encore de score)
assessment-target-default = (par défaut)
assessment-applicable = Applicable ?
assessment-verdict = Résultat
assessment-verdict-none = (pas encore évalué)
assessment-verdict-compliant = Conforme
assessment-verdict-partly = Partiellement conforme
assessment-verdict-not-compliant = Non conforme
assessment-verdict-not-applicable = Non applicable
assessment-reason = Pourquoi non applicable
assessment-comment = Commentaire
assessment-evidence = Preuves
assessment-evidence-plan = Le plan de continuité approuvé
assessment-evidence-findings = Constats (un identifiant par ligne)
assessment-guidance = Explications et exemples de preuves
assessment-typical-evidence = Preuves typiques :
assessment-save = Enregistrer les réponses
assessment-files = Ajouter une pièce justificative
assessment-file = Fichier
assessment-file-hint = PDF, image ou texte, 10 Mo au maximum.
assessment-upload = Ajouter
assessment-answer-conflict = Quelqu'un d'autre a enregistré cette réponse entre-temps. Votre saisie figure ci-dessous ; rechargez pour voir la réponse enregistrée.
assessment-score-1 = Absent ou ponctuel
assessment-score-2 = Partiel
assessment-score-3 = Défini et appliqué
assessment-score-4 = Mesuré et contrôlé
assessment-score-5 = Amélioré en continu
error-action-exists = Cette mesure a déjà une action.
error-not-a-gap = Cette mesure atteint son objectif ; aucune action n'est nécessaire.
error-respondent-not-member = Personne avec cette adresse e-mail n'est membre de l'organisation.
error-score-range = Choisissez un score de { $min } à { $max }.
error-no-scores = Ce référentiel utilise un résultat, pas des scores.
error-not-applicable-reason = Indiquez pourquoi cette mesure ne s'applique pas.
error-not-applicable-scores = Une mesure non applicable ne reçoit pas de score.
frameworks-intro = Les référentiels auxquels les organisations peuvent se mesurer. Importez une bibliothèque au format CISO Assistant (YAML) ou un catalogue OSCAL (JSON). Une version plus récente du même référentiel remplace l'ancienne ; les réponses aux mesures de même identifiant sont conservées.
frameworks-count = { $count } référentiels
frameworks-name = Nom
frameworks-version = Version
frameworks-requirements = Évaluables / tous les nœuds
frameworks-levels = Niveaux
frameworks-source = Source
frameworks-licence = Licence
frameworks-shipped = Fourni
frameworks-import = Importer un référentiel
frameworks-import-hint = Où trouver des référentiels et comment les importer : voir docs/frameworks.md.
frameworks-format = Format
frameworks-file = Fichier
frameworks-file-hint = { $max } Mo au maximum.
frameworks-problems = Le fichier n'a pas été importé
frameworks-imported = { $name } (version { $version }) a été importé.
frameworks-upgrade = Nouvelle version : les réponses à { $kept } mesures sont conservées, { $added } mesures sont nouvelles.
frameworks-orphaned = Ces réponses concernent des mesures que la nouvelle version n'a plus (par auto-évaluation) :
framework-too-large = Le fichier dépasse { $detail } Mo.
framework-not-utf8 = Le fichier n'est pas du texte UTF-8.
framework-empty = Le fichier est vide.
framework-syntax = Le fichier ne peut pas être lu : { $detail }
framework-missing = Ceci manque : { $detail }
framework-too-many = Plus de { $detail } nœuds.
framework-no-requirements = Le référentiel n'a aucune exigence évaluable.
framework-bad-scale = L'échelle { $detail } n'est pas possible.
framework-duplicate = Cet identifiant apparaît deux fois : { $detail }
framework-parent-order = Le parent ne précède pas { $detail }.
framework-text-long = Un texte dépasse { $detail } caractères.
framework-bad-weight = Le poids { $detail } n'est pas possible (1 à 1000).
framework-unknown-level = Ce niveau n'est pas défini : { $detail }
framework-unknown-parent = Ce parent n'existe pas (ou vient plus tard) : { $detail }
framework-shipped = C'est le référentiel fourni ; il n'est mis à jour qu'avec une nouvelle version de Weerbaar.
audit-framework-imported = Référentiel importé
audit-assessment-created = Auto-évaluation commencée
audit-assessment-answered = Réponses de l'auto-évaluation enregistrées
audit-assessment-status-changed = Statut de l'auto-évaluation modifié
audit-assessment-respondent-added = Répondant ajouté
audit-assessment-respondent-removed = Répondant retiré
audit-assessment-evidence-added = Pièce justificative ajoutée à l'auto-évaluation
audit-assessment-action-created = Action créée depuis l'auto-évaluation
audit-benchmark-share-changed = Partage des chiffres anonymes modifié
framework-place = ligne { $line }, colonne { $column }
council-title = Sécurité de l'information : état des lieux pour le conseil
council-summary = Résumé
council-summary-text = L'organisation s'est mesurée à { $framework }. Le score moyen est de { $total } ; { $answered } des { $count } mesures ont reçu une réponse. { $keys } mesures clés n'atteignent pas encore leur objectif et { $gaps } mesures restent sous leur objectif.
council-change = Lors de l'auto-évaluation précédente ({ $date }), il était de { $before }.
council-fact-findings = Audits et scans : { $critical } constats critiques et { $high } élevés sont ouverts ; { $overdue } constats ont dépassé leur échéance.
council-fact-plan-approved = Le plan de continuité a été approuvé le { $date }.
council-fact-plan-draft = Le plan de continuité n'est pas encore approuvé.
council-fact-plan-none = Il n'y a pas encore de plan de continuité.
council-fact-toolkit = De la boîte à outils, { $done } ressources ont été mises en place et { $busy } sont en cours.
council-reading = Comment lire ce rapport : un score de 1 signifie qu'une mesure n'existe pas ou seulement par hasard, 3 qu'elle est écrite et appliquée, 5 qu'elle est mesurée et améliorée. Les pages suivantes montrent par thème où se situe l'organisation et ce qui est fait pour ce qui manque.
council-maturity = Maturité par thème
council-maturity-scored = Par thème, la moyenne des scores de documentation et de mise en œuvre (1 à 5).
council-maturity-results = Par thème, la part des mesures respectées (partiellement compte pour moitié).
council-theme = Thème
council-now = Maintenant
council-gaps = Les dix plus grands écarts et ce qui est fait
council-no-action = pas encore d'action
council-findings = Constats des audits et scans
council-open = Ouverts
council-overdue = Échéance dépassée : { $count }.
council-plan = Continuité des activités
council-last-exercise = Dernier exercice
council-never = pas encore tenu
council-failing-checks = Contrôles en échec
council-toolkit = Boîte à outils
assessment-exports = Rapport et exports
assessment-export-report = Rapport pour le conseil
assessment-export-csv = Réponses en CSV
assessment-export-oscal = Résultats d'évaluation OSCAL (JSON)
benchmark-title = Comparaison anonyme
benchmark-intro-umbrella = Des chiffres sur les organisations qui partagent leurs chiffres anonymes avec vous : uniquement la dispersion et les médianes de leur dernière auto-évaluation approuvée, jamais une organisation seule.
benchmark-intro-member = Votre organisation peut partager ses chiffres de manière anonyme avec une organisation faîtière. Celle-ci ne voit alors que des chiffres portant sur au moins cinq organisations ensemble ; vous voyez où vous vous situez par rapport à l'ensemble.
benchmark-demo-label = Démo :
benchmark-demo = ces chiffres incluent { $count } organisations d'exemple générées, pour que la comparaison ne soit pas vide. Elles n'existent pas.
benchmark-share-title = Partage avec une organisation faîtière
benchmark-shares-with = Votre organisation partage ses chiffres anonymes avec { $name }.
benchmark-shares-not = Votre organisation ne partage pas de chiffres.
benchmark-share-label = Partager des chiffres anonymes avec
benchmark-share-hint = Ce qui est partagé : les scores par thème de votre dernière auto-évaluation approuvée, si vous avez un plan de continuité approuvé, et le nombre de constats critiques et élevés ouverts. L'organisation faîtière ne les voit qu'agrégés avec au moins quatre autres organisations.
benchmark-share-none = Ne pas partager
benchmark-share-save = Enregistrer le choix
benchmark-figures = Chiffres
benchmark-sharing = { $count } organisations partagent leurs chiffres.
benchmark-withheld-rule = Un chiffre portant sur moins de cinq organisations n'est pas affiché.
benchmark-withheld = non affiché (moins de cinq organisations)
benchmark-maturity = Maturité : dispersion entre les organisations
benchmark-q1 = Premier quartile
benchmark-median = Médiane
benchmark-q3 = Troisième quartile
benchmark-organisations = Organisations
benchmark-own = Votre score
benchmark-position = Votre position
benchmark-position-lowest-quarter = dans le quart inférieur
benchmark-position-below-median = sous la médiane
benchmark-position-above-median = au-dessus de la médiane
benchmark-position-highest-quarter = dans le quart supérieur
benchmark-total = Total
benchmark-plans = Part avec un plan de continuité approuvé
benchmark-serious = Constats critiques et élevés ouverts par organisation
benchmark-csv = Chiffres en CSV (pour le service d'audit régional)
finding-origin-title = Action issue de l'auto-évaluation
finding-origin-text = Cette action provient de « { $assessment } », mesure { $requirement }.
finding-origin-closed = L'action est terminée. Le score de la mesure est-il toujours juste ?
finding-origin-update = Mettre à jour le score de la mesure
finding-origin-open = Voir la mesure dans l'auto-évaluation
assessment-respondent-remove = Retirer
assessment-respondent-remove-label = Retirer { $who } comme répondant de { $section }
nav-awareness = Sensibilisation
awareness-title = Sensibilisation et formation
awareness-nav-label = Parties de la sensibilisation
awareness-intro = Attribuez de courtes formations à votre personnel. Chacun les suit via un lien personnel, aussi sur son smartphone, sans compte. Vous voyez l'avancement par service, jamais par personne.
awareness-staff-count = Sur la liste du personnel : { $count } personnes.
awareness-staff-manage = Gérer la liste du personnel
awareness-progress-title = Avancement par service
awareness-progress-intro = Un service de moins de cinq personnes est compté dans « Autres services », pour que personne ne soit reconnaissable. Avec moins de cinq personnes au total, aucun chiffre n'est affiché.
awareness-all-modules = Toutes les formations
awareness-no-figures = Pas encore de chiffres : attribuez d'abord une formation à au moins cinq personnes.
awareness-figures-caption = Avancement par service
awareness-department = Service
awareness-assigned = Attribuée
awareness-started = Commencée
awareness-completed = Terminée
awareness-average = Score moyen
awareness-other-group = Autres services
awareness-rate = { $rate } du personnel a terminé toutes les formations attribuées. Vous pouvez utiliser ce chiffre comme preuve dans votre autoévaluation.
awareness-csv = Télécharger les chiffres par service (CSV)
awareness-assign-title = Attribuer des formations
awareness-no-assignments = Aucune formation n'a encore été attribuée.
awareness-assignments-caption = Formations attribuées
awareness-module = Formation
awareness-for = Pour qui
awareness-due = À terminer pour le
awareness-scope-everyone = Tout le personnel
awareness-scope-departments = Certains services
awareness-scope-people = Certaines personnes
awareness-targets = Services ou adresses e-mail
awareness-targets-hint = Un par ligne, tels qu'ils figurent sur la liste du personnel. Laissez vide pour tout le personnel.
awareness-assign = Attribuer et envoyer les liens
awareness-settings-title = Paramètres
awareness-retention = Durée de conservation après le départ (mois)
awareness-retention-hint = Ce nombre de mois après le départ d'une personne, ses résultats personnels sont effacés. Les chiffres par service restent. 12 mois par défaut.
awareness-report-address = Adresse de signalement des messages suspects
awareness-report-address-hint = L'adresse à laquelle le personnel envoie un message suspect, par exemple celle du helpdesk. La page de l'exercice la mentionne.
awareness-manager-visibility = Les responsables voient les résultats de leurs collaborateurs
awareness-manager-visibility-hint = N'activez ceci qu'après en avoir informé tout le personnel. Les responsables voient alors, par personne, quelles formations sont terminées et avec quel score. Ils ne voient jamais les résultats des exercices de phishing.
audit-staff-imported = Liste du personnel importée
audit-staff-changed = Membre du personnel modifié
audit-training-assigned = Formation attribuée
audit-awareness-settings-changed = Paramètres de sensibilisation modifiés
audit-campaign-saved = Exercice de phishing enregistré
audit-campaign-approved = Exercice de phishing approuvé
audit-campaign-launched = Exercice de phishing lancé
audit-campaign-stopped = Exercice de phishing arrêté
assignment-due-past = Choisissez aujourd'hui ou une date ultérieure.
assignment-no-targets = Indiquez au moins un service ou une adresse e-mail, un par ligne.
assignment-unknown-target = « { $name } » ne figure pas sur la liste du personnel. Vérifiez l'orthographe.
error-number-range = Indiquez un nombre entier de { $min } à { $max }.
error-datetime = Indiquez une date et une heure.
approval-date-future = La date de l'approbation ne peut pas être dans le futur.
campaign-no-template = Choisissez au moins un message d'exercice.
campaign-window-order = La fin doit être après le début.
campaign-window-long = Une période d'envoi dure au maximum { $max } jours.
campaign-window-past = Cette période est déjà passée. Choisissez une fin dans le futur.
campaign-exclusion-invalid = « { $name } » n'est pas une adresse e-mail valide.
campaign-dpo-required = Informez d'abord le délégué à la protection des données.
campaign-reason-required = Expliquez pourquoi la concertation avec les représentants du personnel ne s'applique pas.
campaign-no-sanctions-required = Un exercice ne peut avoir lieu que si les résultats n'ont aucune conséquence pour ceux qui cliquent.
campaign-conflict = Quelqu'un d'autre a modifié cet exercice entre-temps. La version actuelle est affichée ci-dessous ; refaites votre modification.
campaign-refused-not-approved = Cet exercice n'a pas encore été approuvé. Enregistrez d'abord l'approbation.
campaign-refused-launched = Cet exercice a déjà été lancé.
campaign-refused-not-sending = Cet exercice n'est pas en cours d'envoi ; il n'y a rien à arrêter.
campaign-refused-no-recipients = Personne ne recevrait ce message : vérifiez les destinataires et les exclusions.
campaign-status-draft = Brouillon, en attente d'approbation
campaign-status-approved = Approuvé, pas encore lancé
campaign-status-sending = En cours d'envoi
campaign-status-stopped = Arrêté
campaign-status-finished = Terminé
flash-campaign-approved = L'approbation est enregistrée. Vous pouvez maintenant lancer l'exercice.
flash-campaign-launched = L'exercice est lancé. Les messages partent répartis sur la période choisie.
flash-campaign-stopped = L'exercice est arrêté. Plus aucun message ne part.
flash-campaign-own-domain = Enregistré. Attention : l'adresse d'expéditeur utilise le vrai domaine de messagerie de votre organisation. Le personnel apprend alors à se méfier aussi des vrais messages internes ; utilisez plutôt un domaine réservé à cet usage.
flash-training-assigned = La formation est attribuée. Ceux qui n'avaient pas encore de lien en reçoivent un par e-mail.
flash-staff-imported = La liste du personnel a été mise à jour.
flash-import-expired = Cet aperçu a expiré. Chargez à nouveau le fichier.
flash-link-sent = Un nouveau lien personnel a été envoyé.
staff-title = Liste du personnel
staff-intro = Les personnes qui suivent les formations et reçoivent les messages d'exercice. Elles n'ont pas besoin de compte. Tenez la liste à jour avec un export de votre gestion du personnel, ou complétez-la ici.
staff-import-title = Importer la liste depuis un tableur
staff-import-intro = Enregistrez votre tableur en CSV. La première ligne nomme les colonnes : nom, e-mail et service sont requis ; langue (nl, en ou fr) et responsable (adresse e-mail) sont facultatifs. Les adresses connues sont mises à jour. Vous voyez d'abord ce qui changerait.
staff-import-file = Fichier CSV
staff-import-file-hint = Au maximum { $max } Mo. Points-virgules ou virgules comme séparateurs.
staff-import-leavers = Les personnes absentes du fichier sont parties
staff-import-preview = Voir ce qui change
staff-import-failed = Le fichier n'a pas pu être lu
staff-import-too-large = Le fichier dépasse { $max } Mo.
staff-import-too-many = Le fichier compte plus de { $max } lignes.
staff-import-not-text = Ce n'est pas un fichier texte UTF-8. Enregistrez le tableur au format « CSV UTF-8 ».
staff-import-no-header = La première ligne ne nomme pas les colonnes. Indiquez par exemple « nom;e-mail;service ».
staff-import-missing-column = La colonne « { $column } » manque.
staff-import-duplicate = Cette adresse e-mail figure déjà plus haut dans le fichier.
staff-import-broken-line = Cette ligne ne peut pas être lue (guillemets ?).
staff-preview-title = Ce que cette liste change
staff-preview-created = Nouveaux : { $count }
staff-preview-updated = Mis à jour : { $count }
staff-preview-left = Partis : { $count }
staff-preview-unchanged = Inchangés : { $count }
staff-preview-leavers-skipped = Certaines lignes contiennent des erreurs ; personne n'est donc marqué comme parti : corrigez le fichier et importez-le à nouveau.
staff-preview-problems = Lignes avec une erreur : { $count }
staff-preview-problems-hint = Ces lignes ne changent rien. Les autres sont appliquées si vous confirmez.
staff-import-confirm = Confirmer et appliquer
staff-import-cancel = Annuler
staff-list-title = Personnel ({ $count } en service)
staff-none = La liste est encore vide.
staff-status = Statut
staff-active = En service
staff-left-on = Parti le { $date }
staff-quiet-until = Absent jusqu'au { $date }
staff-add-title = Ajouter une personne
staff-add = Ajouter
staff-field-name = Nom
staff-field-email = Adresse e-mail
staff-field-department = Service
staff-field-lang = Langue
staff-field-manager-email = Adresse e-mail du responsable
staff-field-line = Ligne
staff-field-quiet-until = Absent jusqu'au (inclus)
staff-field-left-on = Parti le
staff-manager-hint = Facultatif. Utilisé seulement si vous laissez les responsables voir les résultats de leurs collaborateurs.
staff-quiet-hint = En cas de congé ou de maladie : pas de rappels ni de messages d'exercice jusqu'à cette date incluse.
staff-left-hint = À partir de cette date, la personne ne reçoit plus rien. Après la durée de conservation, ses résultats personnels sont effacés.
staff-person-privacy = Vous voyez ici les données de cette personne, pas ses résultats. Seule la personne les voit.
staff-link-title = Lien personnel
staff-link-intro = Envoyez un nouveau lien si la personne ne retrouve plus le précédent. Un lien fonctionne une fois et expire après 14 jours.
staff-link-send = Envoyer un nouveau lien
staff-conflict = Quelqu'un d'autre a modifié ces données entre-temps. La version actuelle est affichée ci-dessous ; refaites votre modification.
staff-email-taken = Cette adresse e-mail figure déjà sur la liste du personnel.
lang-name-nl = Néerlandais
lang-name-en = Anglais
lang-name-fr = Français
learn-title = Ma formation
learn-intro = Ici, vous suivez les courtes formations de votre organisation sur le travail en sécurité. Vous les ouvrez avec le lien personnel reçu par e-mail. Aucun compte n'est nécessaire.
learn-request-title = Demander un nouveau lien
learn-request-intro = Indiquez l'adresse e-mail avec laquelle vous figurez sur la liste du personnel. Si elle y figure, vous recevez un nouveau lien dans quelques minutes.
learn-request-send = Envoyer le lien
learn-request-sent = Si cette adresse figure sur une liste du personnel, un nouveau lien y a été envoyé. Vérifiez aussi votre dossier de courrier indésirable.
learn-link-intro = Ce bouton ouvre votre formation sur cet appareil. Le lien fonctionne une fois ; ensuite vous restez connecté ici pendant 30 jours.
learn-link-start = Ouvrir ma formation
learn-link-invalid = Ce lien ne fonctionne plus : il a déjà été utilisé ou il a expiré.
learn-welcome = Bienvenue, { $name }.
learn-privacy = Vous seul voyez vos résultats. Votre organisation ne voit que des chiffres par service.
learn-team-link = Résultats de mes collaborateurs
learn-assigned = Attribuées pour vous
learn-nothing-assigned = Rien ne vous est attribué pour le moment.
learn-others = Autres formations
learn-signout = Se déconnecter sur cet appareil
learn-minutes = Environ { $minutes } minutes
learn-due = à terminer pour le { $date }
learn-state-todo = Pas commencée
learn-state-started = Commencée
learn-state-completed = Terminée
learn-certificate = Télécharger le certificat (PDF)
learn-page-of = Page { $number } sur { $count }
learn-pages-label = Pages de la formation
learn-previous = Page précédente
learn-next = Page suivante
learn-to-quiz = Aux questions
learn-team-title = Résultats de mes collaborateurs
learn-team-intro = Votre organisation a informé chacun que les responsables voient les résultats de formation de leurs collaborateurs. Utilisez-les pour aider, pas pour juger.
learn-team-none = Aucune formation n'a encore été attribuée à vos collaborateurs.
quiz-title = Questions
quiz-intro = Répondez à toutes les questions. Vous recevez ensuite une explication pour chaque réponse. Vous pouvez réessayer autant de fois que vous le souhaitez.
quiz-multiple = plusieurs réponses possibles
quiz-submit = Vérifier mes réponses
quiz-answer-missing = Choisissez une réponse.
quiz-score = Votre score : { $percent } %
quiz-passed = Réussi. Cette formation est terminée.
quiz-not-passed = Pas encore réussi : il faut { $mark } %. Lisez les explications ci-dessous et réessayez.
quiz-retry = Réessayer
quiz-right = Correct
quiz-wrong = Incorrect
quiz-your-answer = votre réponse
quiz-correct-answer = bonne réponse
certificate-title = Certificat
certificate-intro = Nous confirmons que
certificate-completed = a terminé avec succès la formation « { $module } ».
certificate-date = Terminée le
certificate-score = Score
certificate-duration = Durée
certificate-minutes = environ { $minutes } minutes
certificate-version = Version de la formation
certificate-file = certificat
training-mail-link-subject = Votre formation sur le travail en sécurité
training-mail-link-body =
    Bonjour { $name },

    Votre organisation a préparé pour vous une courte formation sur le travail en sécurité. Elle dure quelques minutes et fonctionne aussi sur votre smartphone.

    Ouvrez-la avec ce lien personnel (valable { $days } jours) :
    { $link }

    Ne partagez pas ce lien : il est pour vous seul. S'il ne fonctionne plus, demandez-en un nouveau sur la même page.

    Vous seul voyez vos résultats. Votre organisation ne voit que des chiffres par service.
training-mail-reminder-subject = Rappel : votre formation sur le travail en sécurité
training-mail-reminder-body =
    Bonjour { $name },

    Une courte formation sur le travail en sécurité vous attend encore. Vous la trouverez avec ce nouveau lien personnel (valable { $days } jours) :
    { $link }

    Vous recevez au maximum un rappel par semaine, et plus aucun une fois la formation terminée.
phishing-title = Exercices de phishing
phishing-intro = Un exercice envoie au personnel une imitation de message suspect. Qui clique ne saisit rien et n'envoie rien : il voit tout de suite à quoi on reconnaissait le message. Personne ne reçoit la liste de ceux qui ont cliqué.
phishing-new = Nouvel exercice
phishing-new-intro = Vous enregistrez d'abord un brouillon. Ensuite vous enregistrez l'approbation ; alors seulement l'exercice peut démarrer.
phishing-campaigns = Exercices
phishing-none = Il n'y a pas encore d'exercice.
phishing-over-time = Exercices dans le temps, le plus récent d'abord
phishing-name = Nom de l'exercice
phishing-status = Statut
phishing-when = Quand
phishing-sent = Envoyés
phishing-click-rate = Clics
phishing-report-rate = Signalés
phishing-templates = Messages d'exercice
phishing-templates-intro = Consultez chaque message avec les signaux qui le trahissent et l'explication que voit celui qui clique.
phishing-choose-templates = Messages d'exercice (chaque destinataire en reçoit un)
phishing-targets = Destinataires
phishing-sender-name = Nom de l'expéditeur
phishing-sender-address = Adresse de l'expéditeur
phishing-sender-address-hint = Utilisez un domaine que votre organisation gère, mais pas le vrai domaine de messagerie du personnel. Votre serveur de messagerie doit laisser passer les messages de cette adresse.
phishing-window-start = Envoyer à partir de
phishing-window-end = Envoyer jusqu'à
phishing-window-hint = Les messages sont répartis sur cette période, pour que tout le monde ne les reçoive pas en même temps.
phishing-per-minute = Au maximum ce nombre de messages par minute
phishing-per-minute-hint = Demandez à votre administrateur de messagerie combien votre serveur peut traiter.
phishing-exclusions = Exclusions
phishing-exclusions-hint = Adresses e-mail qui ne reçoivent pas ce message, une par ligne : par exemple le helpdesk qui traite les signalements. Les personnes absentes selon la liste du personnel ne le reçoivent pas non plus.
phishing-save-draft = Enregistrer le brouillon
phishing-sender = Expéditeur
phishing-window = Période d'envoi
phishing-rate = au maximum { $count } par minute
phishing-approved-by = Approuvé par
phishing-own-domain-warning = L'adresse d'expéditeur utilise le vrai domaine de messagerie du personnel. Cela lui apprend à se méfier des vrais messages internes. Utilisez plutôt un domaine réservé à cet usage.
phishing-results = Résultats
phishing-results-privacy = Uniquement des chiffres par service ; un service de moins de cinq destinataires est compté dans « Autres services ». Personne ne voit qui a cliqué.
phishing-opened = Ouverts
phishing-opened-unreliable = peu fiable : beaucoup de logiciels de messagerie ne chargent pas les images, d'autres les chargent à la place du lecteur
phishing-clicked = Cliqués (confirmés)
phishing-filtered = Clics filtrés
phishing-filtered-hint = messages dont le lien a été récupéré par un scanner de messagerie : requête HEAD, programme connu ou moins de 30 secondes après la livraison (compté une fois par message)
phishing-reported = Signalés
phishing-groups-too-small = Trop peu de destinataires pour afficher des chiffres par service.
phishing-by-department = Résultats par service
phishing-stop = Arrêter l'envoi maintenant
phishing-approval-title = Approbation
phishing-approval-intro = Un exercice ne démarre que si le directeur général l'a approuvé, le délégué à la protection des données a été informé, les représentants du personnel ont été consultés et il est établi que les résultats n'ont aucune conséquence pour ceux qui cliquent.
phishing-approval-done = Cet exercice est approuvé. Si vous le modifiez, l'approbation tombe.
phishing-director = Approuvé par (directeur général)
phishing-approved-on = Date de l'approbation
phishing-dpo-informed = Le délégué à la protection des données a été informé
phishing-representatives = Représentants du personnel
phishing-reps-consulted = Consultés
phishing-reps-na = Sans objet
phishing-reps-reason = Pourquoi sans objet
phishing-no-sanctions = Pas de sanctions
phishing-no-sanctions-statement = Les résultats n'ont aucune conséquence pour ceux qui cliquent, et personne ne reçoit la liste de ceux qui ont cliqué
phishing-approve = Enregistrer l'approbation
phishing-launch = Lancer l'exercice
phishing-edit = Modifier l'exercice
phishing-edit-intro = Tant que l'exercice n'est pas lancé, vous pouvez le modifier. Une modification fait tomber l'approbation.
phishing-preview-mail = Le message
phishing-preview-link = [lien vers la page de l'exercice]
phishing-preview-lesson = Ce que lit celui qui clique
phishing-landing-flags = À quoi vous pouviez reconnaître ce message
phishing-landing-title = C'était un exercice
phishing-landing-no-blame = Rien de ce que vous avez fait n'a de conséquence : rien n'a été saisi ni envoyé. Votre organisation voit seulement combien de personnes par service ont cliqué, pas qui.
phishing-landing-report-title = Signaler un message suspect
phishing-landing-report-address = Transférez un message suspect à { $address }, puis supprimez-le.
phishing-landing-report-generic = Signalez un message suspect au helpdesk ou au service informatique de votre organisation, puis supprimez-le.
phishing-landing-module = Vous souhaitez revoir cela calmement ? Une courte formation d'environ huit minutes sur la reconnaissance et le signalement du phishing vous attend.
phishing-landing-module-link = Vers ma formation
phishing-interstitial-title = Encore une étape
phishing-interstitial-text = Appuyez sur le bouton pour continuer vers la page.
phishing-interstitial-button = Continuer
phishing-gone-title = Cette page n'existe pas
phishing-gone-text = Le lien est incomplet ou n'est plus valable.
phishing-report-title = Signaler ce message
phishing-report-text = Ce message vous semble suspect ? Signalez-le avec ce bouton.
phishing-report-button = Signaler
phishing-thanks-title = Bien vu : c'était un exercice
phishing-thanks-text = Merci pour votre signalement. Faites de même avec un vrai message suspect : signalez-le, ne cliquez pas.
phishing-mail-footer = Vous ne faites pas confiance à ce message ? Signalez-le : { $link }
assessment-training-title = Preuve issue de la sensibilisation :
assessment-training-rate = { $rate } des { $count } personnes ayant une formation attribuée ont tout terminé.
assessment-training-none = pas encore de chiffres : attribuez d'abord une formation à au moins cinq personnes.
assessment-training-link = Voir les chiffres par service
campaign-refused-window-passed = La période d'envoi approuvée est passée. Choisissez une nouvelle période ; une nouvelle approbation sera alors nécessaire.
