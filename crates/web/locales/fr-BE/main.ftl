# Weerbaar — français (Belgique). Traduction en cours : les messages absents s'affichent en anglais.

skip-to-content = Aller au contenu
footer-text = Weerbaar — la résilience numérique des pouvoirs locaux.
lang-switch-label = Choisir la langue
nav-main-label = Menu principal
nav-dashboard = Aperçu
nav-members = Membres
nav-settings = Paramètres
nav-audit = Journal d'audit
nav-admin = Administration
nav-account = Mon compte
org-switch = Changer d'organisation
sign-out = Se déconnecter
save = Enregistrer
yes = Oui
no = Non
previous = Précédent
next = Suivant
back-to-login = Retour à la connexion
form-error-summary = Il y a un problème
field-email = Adresse e-mail
field-password = Mot de passe
field-current-password = Mot de passe actuel
field-new-password = Nouveau mot de passe
field-password-confirm = Répétez le nouveau mot de passe
field-name = Nom
field-role = Rôle
error-required = Complétez ce champ.
error-too-long = Utilisez au maximum { $max } caractères.
error-email-invalid = Indiquez une adresse e-mail valide, par exemple nom@commune.be.
error-password-too-short = Choisissez un mot de passe d'au moins { $min } caractères.
error-password-weak = Ce mot de passe est trop facile à deviner.
error-password-mismatch = Les deux mots de passe ne sont pas identiques.
login-title = Se connecter
login-intro = Connectez-vous avec l'adresse e-mail et le mot de passe de votre compte Weerbaar.
login-submit = Se connecter
login-forgot = Mot de passe oublié ?
login-failed = L'adresse e-mail ou le mot de passe est incorrect.
login-throttled = Trop de tentatives. Attendez { $seconds } secondes, puis réessayez.
mfa-login-title = Vérification en deux étapes
mfa-login-submit = Confirmer
flash-signed-out = Vous êtes déconnecté.
flash-saved = Vos modifications sont enregistrées.
account-title = Mon compte
role-viewer = Lecteur
role-editor = Rédacteur
role-admin = Administrateur
org-kind-municipality = Commune
org-kind-ocmw = CPAS
org-kind-police_zone = Zone de police
error-page-not_found-title = Page introuvable
error-page-not_found-text = Cette page n'existe pas (ou plus), ou le lien a expiré.
error-page-forbidden-title = Pas d'accès
error-page-internal-title = Une erreur s'est produite
error-go-home = Vers la page d'accueil

## Toolkit catalogue (started)
nav-toolkit = Boîte à outils
nav-sign-in = Se connecter
cat-heading = Boîte à outils pour des pouvoirs locaux cybersûrs
cat-search-label = Rechercher dans la boîte à outils
cat-search-button = Rechercher
cat-filter-type = Type
cat-filter-topic = Thème
cat-filter-level = Niveau
cat-filter-lang = Langue
cat-type-guide = Guide
cat-type-template = Modèle
cat-type-checklist = Liste de contrôle
cat-type-leaflet = Dépliant
cat-type-video = Vidéo
cat-topic-backups = Sauvegardes
cat-topic-passwords = Mots de passe
cat-topic-phishing = Hameçonnage
cat-topic-ransomware = Rançongiciels
cat-lang-nl = Néerlandais
cat-lang-en = Anglais
cat-lang-fr = Français

## Rules shared by forms, the API and imports (core::bcp::edit)
error-approval-missing = Un plan approuvé mentionne la décision de l'organe : organe, date et référence.
error-depends-on-itself = Une ressource ne peut pas dépendre d'elle-même.
error-domains-too-many = Indiquez au maximum { $max } noms de domaine.
error-duplicate-resource = Une ressource figure deux fois.
error-impact-category = « { $name } » n'est pas une catégorie d'impact.
error-impact-windows = Indiquez { $count } valeurs par catégorie, une par fenêtre de temps.
error-invisible-characters = Ce champ contient des caractères invisibles qui font paraître le texte différent de ce qu'il est (marques de direction ou caractères sans largeur). Supprimez-les.
error-level-descriptions = Décrivez les quatre niveaux, de 1 à 4.
error-number-max = La valeur peut être au maximum { $max }.
error-number-negative = Indiquez 0 ou plus.
error-role-key = Une clé de rôle se compose de lettres minuscules, de chiffres et de traits d'union, 40 caractères au maximum.
error-too-many-links = Trop de liens (au maximum { $max }).
error-unknown-role = Choisissez un rôle de la cellule de crise.
import-too-many-links = Trop de liens dans ce fichier (au maximum { $detail }).

## The grab pack kept current
doc-pack-current = Version actuelle { $version }, préparée le { $at }.
doc-pack-checksum = Somme de contrôle (SHA-256) du paquet :
doc-pack-building = Le paquet d'urgence avec les dernières modifications sera prêt dans quelques minutes. Vous pouvez déjà le télécharger ; cela prend alors un peu plus de temps.
doc-team-title = Qui a le paquet d'urgence actuel ?
doc-team-intro = Les membres de la cellule de crise qui ont un compte dans Weerbaar : leur adresse e-mail figure auprès d'un rôle dans le plan.
doc-team-col-member = Membre de la cellule de crise
doc-team-col-pack = Paquet d'urgence
doc-team-current = Paquet actuel, téléchargé le { $at }
doc-team-old = Paquet plus ancien, téléchargé le { $at } : remplacez-le
doc-team-never = Pas encore téléchargé
doc-team-none = Aucun membre de la cellule de crise n'a de compte dans Weerbaar. Indiquez, pour chaque rôle, l'adresse e-mail avec laquelle la personne se connecte.
audit-plan-pack-built = Nouveau paquet d'urgence préparé
mail-pack-subject = Nouvelle version du paquet d'urgence de { $org }
mail-pack-body =
    Bonjour,

    Le plan de continuité approuvé de { $org } a changé. La version { $version } du paquet d'urgence est prête.

    Téléchargez le nouveau paquet et remplacez votre copie imprimée et la copie sur votre clé USB, pour travailler avec les bonnes informations pendant une crise.

    Somme de contrôle (SHA-256) du nouveau paquet :
    { $checksum }

    Téléchargez le paquet ici :
    { $link }

    Weerbaar

## The plan on the dashboard
dashboard-plan = Plan de continuité
dashboard-plan-status = { $status }, version { $version }
dashboard-plan-complete = { $percent } % complété
dashboard-plan-missing = Ce qui manque encore
dashboard-plan-findings = Les problèmes les plus importants
dashboard-plan-review = Prochaine révision
dashboard-plan-overdue = dépassée
dashboard-plan-next-exercise = Prochain exercice prévu
dashboard-plan-last-exercise = Dernier exercice
dashboard-plan-not-set = pas prévu
dashboard-plan-none-yet = pas encore
dashboard-plan-pack-team = { $current } membres sur { $total } de la cellule de crise ont le paquet d'urgence actuel
dashboard-plan-pack-no-team = Aucun membre de la cellule de crise n'a de compte.
dashboard-plan-open = Vers le plan
dashboard-plan-none = Votre organisation n'a pas encore de plan de continuité. Commencez par le modèle standard : vous choisissez vos activités et les complétez étape par étape.
dashboard-plan-start = Commencer un plan
bcp-explain-scope = { $done } sur { $total } éléments remplis : périmètre, objectifs, hypothèses, responsable et prochaine révision.
bcp-explain-activities = { $done } activités sur { $total } ont un service et un responsable.
bcp-explain-bia = { $done } activités sur { $total } ont une analyse d'impact complète, un RPO et un niveau de service minimal.
bcp-explain-resources = { $done } points sur { $total } : chaque activité a des ressources et chaque ressource un délai de rétablissement.
bcp-explain-strategies = { $done } activités critiques sur { $total } ont une procédure manuelle et un plan pour résorber le retard.
bcp-explain-crisis = { $done } points sur { $total } : activation, arbre d'appel, lieux de réunion, passage de relais, et pour chaque rôle une personne, un suppléant et un numéro de téléphone.
bcp-explain-playbooks = { $done } scénarios sur { $total } ont un guide d'intervention avec les étapes de la première heure.
bcp-explain-communication = { $done } points sur { $total } : pour chaque public un canal et un responsable, et un premier message pour les citoyens.
bcp-explain-exercises = { $done } sur { $total } : un exercice prévu et un exercice tenu.
bcp-explain-approval = { $done } sur { $total } : le plan est approuvé, avec la décision de l'organe compétent.

mail-mfa-locked-subject = Quelqu'un a tenté de se connecter à Weerbaar avec votre mot de passe
mail-mfa-locked-body =
    Bonjour,

    Quelqu'un a saisi le bon mot de passe de votre compte Weerbaar, puis { $count } fois un code de vérification en deux étapes erroné. Pour protéger votre compte, Weerbaar n'accepte plus aucun code pendant { $minutes } minutes.

    Ce n'était pas vous ? Quelqu'un d'autre connaît alors votre mot de passe. Choisissez immédiatement un nouveau mot de passe via ce lien et signalez-le à votre conseiller en sécurité de l'information :
    { $link }

    Weerbaar
audit-second-factor-locked = Vérification en deux étapes verrouillée temporairement après trop de codes erronés
error-logo-dimensions = Cette image est trop grande : au maximum { $side } pixels de large et de haut. Réduisez-la d'abord.
error-logo-damaged = Cette image ne peut pas être lue. Enregistrez-la à nouveau en PNG ou JPEG et réessayez.
field-token-scope = Que peut faire la clé ?
token-scope = Peut
token-scope-read = Lire
token-scope-write = Lire et modifier
token-scope-read-option = Lecture seule (recommandé pour les rapports et la surveillance)
token-scope-write-option = Lire et modifier
token-never-used = Jamais
hint-token-password = Saisissez votre mot de passe actuel : quelqu'un qui n'a que votre session ne peut pas créer de clé.
field-keep-tokens = Mes clés API continuent de fonctionner (sinon elles sont révoquées)
error-reauth-wait = Trop de mots de passe erronés. Attendez { $seconds } secondes, puis réessayez.
error-page-token_read_only-title = Lecture seule
error-page-token_read_only-text = Cette clé API ne peut que lire. Créez une clé qui peut modifier si ce script doit changer quelque chose.
error-json-field = Cette valeur ne peut pas être lue : { $detail }.
error-import-too-large = Le fichier est trop volumineux : un plan peut faire au maximum { $max } Mo.
bcp-import-problems-capped = Le fichier contient au moins { $shown } erreurs. Les { $shown } premières sont indiquées ci-dessous.
