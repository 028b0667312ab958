# Weerbaar — Nederlands (België). Spreek de lezer aan met "u". Korte zinnen, klare taal.

## Algemeen
skip-to-content = Naar de inhoud
footer-text = Weerbaar — digitale weerbaarheid voor lokale besturen.
lang-switch-label = Taal kiezen
nav-main-label = Hoofdmenu
nav-dashboard = Overzicht
nav-members = Leden
nav-settings = Instellingen
nav-audit = Auditlog
nav-admin = Beheer
nav-account = Mijn account
org-switch = Andere organisatie
sign-out = Afmelden
save = Opslaan
yes = Ja
no = Nee
actions = Acties
filter = Filteren
previous = Vorige
next = Volgende
pagination = Paginering
page-of = Pagina { $page } van { $pages }
continue = Verder
days = { $count } dagen
back-to-login = Terug naar aanmelden

## Formulieren
form-error-summary = Er is een probleem
field-email = E-mailadres
field-password = Wachtwoord
field-current-password = Huidig wachtwoord
field-new-password = Nieuw wachtwoord
field-password-confirm = Herhaal het nieuwe wachtwoord
field-name = Naam
field-role = Rol
field-org-name = Naam van de organisatie
field-kind = Soort organisatie
field-nis-code = NIS-code
field-brand-colour = Huisstijlkleur
field-require-mfa = Tweestapsverificatie verplicht maken voor alle leden
field-require-mfa-short = Tweestapsverificatie verplicht
field-logo = Logo
field-first-admin = E-mailadres van de eerste beheerder
field-mfa-code = Code van zes cijfers
field-recovery-code = Herstelcode
field-token-name = Naam van de sleutel
field-token-expiry = Geldig gedurende
hint-password = Minstens 12 tekens. Een zin van een paar gewone woorden is sterk en makkelijk te onthouden.
hint-nis-code = Vijf cijfers. Laat leeg als uw organisatie er geen heeft.
hint-brand-colour = In de vorm #1d4e89. Kies een donkere kleur: witte tekst moet er goed op leesbaar zijn.
hint-logo = PNG, JPEG of WebP, hoogstens 512 kB.
hint-first-admin = Optioneel. Deze persoon krijgt een uitnodiging als beheerder.

## Foutmeldingen bij velden
error-required = Vul dit veld in.
error-too-long = Gebruik hoogstens { $max } tekens.
error-control-characters = Dit veld bevat onzichtbare tekens die niet toegelaten zijn.
error-choose-option = Kies een van de mogelijkheden.
error-email-invalid = Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.be.
error-email-taken = Er bestaat al een account met dit e-mailadres.
error-nis-code = Een NIS-code bestaat uit vijf cijfers.
error-colour-format = Schrijf de kleur als # gevolgd door zes tekens, bijvoorbeeld #1d4e89.
error-colour-contrast = Deze kleur is te licht: witte tekst is erop slecht leesbaar (contrast { $ratio }:1, minstens 4,5:1 nodig). Kies een donkerdere kleur.
error-org-name-taken = Er bestaat al een organisatie met deze naam.
error-password-too-short = Kies een wachtwoord van minstens { $min } tekens.
error-password-too-long = Kies een wachtwoord van hoogstens { $max } tekens.
error-password-weak = Dit wachtwoord is te makkelijk te raden.
error-password-mismatch = De twee wachtwoorden zijn niet gelijk.
error-password-wrong = Dit wachtwoord klopt niet.
error-mfa-code-required = Vul de code van uw app in.
error-mfa-code-invalid = Deze code klopt niet of is verlopen. Probeer de nieuwste code uit uw app.
error-already-member = Deze persoon is al lid van uw organisatie.
error-require-mfa-self = Zet eerst tweestapsverificatie aan voor uw eigen account. Anders sluit u uzelf buiten.
error-date = Vul een geldige datum in.
error-upload-missing = Kies een bestand.
error-upload-too-large = Het bestand is te groot. Het mag hoogstens { $max } kB zijn.
error-upload-failed = Het bestand kwam niet goed aan. Probeer het opnieuw.
error-logo-type = Dit is geen PNG-, JPEG- of WebP-afbeelding.

## Advies bij zwakke wachtwoorden
pw-warn-keyboard = Rijen toetsen naast elkaar zijn makkelijk te raden.
pw-warn-repeats = Herhalingen zoals "aaa" of "abcabc" zijn makkelijk te raden.
pw-warn-common = Dit is een veelgebruikt wachtwoord.
pw-warn-similar-common = Dit lijkt sterk op een veelgebruikt wachtwoord.
pw-warn-sequence = Reeksen zoals "abc" of "1234" zijn makkelijk te raden.
pw-warn-dates = Jaartallen en datums zijn makkelijk te raden.
pw-warn-single-word = Eén woord alleen is makkelijk te raden.
pw-warn-names = Namen zijn makkelijk te raden.
pw-suggest-add-words = Gebruik een paar woorden die niet vaak samen voorkomen.
pw-suggest-no-symbols-needed = Tekens, cijfers of hoofdletters zijn niet nodig: lengte helpt meer.
pw-suggest-capitals = Een hoofdletter maakt weinig verschil.
pw-suggest-substitutions = Letters vervangen door cijfers (zoals @ voor a) helpt weinig.
pw-suggest-keyboard = Vermijd patronen op het toetsenbord.
pw-suggest-repeats = Vermijd herhaalde woorden en tekens.
pw-suggest-sequences = Vermijd reeksen.
pw-suggest-dates = Vermijd jaartallen en datums die met u te maken hebben.

## Aanmelden
login-title = Aanmelden
login-intro = Meld u aan met het e-mailadres en wachtwoord van uw Weerbaar-account.
login-submit = Aanmelden
login-forgot = Wachtwoord vergeten?
login-failed = Het e-mailadres of het wachtwoord klopt niet.
login-throttled = Te veel pogingen. Wacht { $seconds } seconden en probeer het dan opnieuw.
mfa-login-title = Tweestapsverificatie
mfa-login-intro = Open de authenticator-app op uw telefoon en vul de code van zes cijfers in.
mfa-login-submit = Bevestigen
mfa-login-recovery-summary = Telefoon kwijt? Gebruik een herstelcode
mfa-login-recovery-submit = Herstelcode gebruiken
mfa-login-cancel = Annuleren en afmelden
forgot-title = Wachtwoord vergeten
forgot-intro = Vul uw e-mailadres in. Als er een account bij hoort, krijgt u een e-mail met een link om een nieuw wachtwoord te kiezen.
forgot-submit = Link versturen
forgot-sent = Als er een account bij dit adres hoort, is er nu een e-mail onderweg. De link in die e-mail is een uur geldig. Kijk ook in uw map met ongewenste e-mail.
reset-title = Nieuw wachtwoord kiezen
reset-intro = Kies een nieuw wachtwoord voor { $email }. Daarna wordt u overal afgemeld.
reset-submit = Wachtwoord opslaan
invite-title = Uitnodiging
invite-intro = U bent uitgenodigd voor { $org } als { $role }.
invite-new-account = Maak uw account aan voor { $email }.
invite-create-account = Account aanmaken
invite-sign-in = Er bestaat al een account voor { $email }. Meld u aan om de uitnodiging te aanvaarden.
invite-wrong-account = U bent aangemeld als { $me }, maar de uitnodiging is voor { $email }. Meld u eerst af.
invite-accept = Uitnodiging aanvaarden
setup-title = Weerbaar instellen
setup-intro = Maak de eerste platformbeheerder aan. Die kan daarna organisaties en accounts toevoegen.
setup-submit = Beheerder aanmaken

## Meldingen na een actie
flash-signed-out = U bent afgemeld.
flash-signed-out-everywhere = U bent op al uw toestellen afgemeld.
flash-password-reset = Uw wachtwoord is gewijzigd. Meld u aan met uw nieuwe wachtwoord.
flash-password-changed = Uw wachtwoord is gewijzigd. Op andere toestellen bent u afgemeld.
flash-saved = De wijzigingen zijn opgeslagen.
flash-welcome = Welkom bij Weerbaar.
flash-invitation-accepted = U bent nu lid van de organisatie.
flash-invitation-sent = De uitnodiging is verstuurd.
flash-invitation-revoked = De uitnodiging is ingetrokken.
flash-role-changed = De rol is gewijzigd.
flash-member-removed = Het lid is verwijderd.
flash-last-admin = Dat kan niet: elke organisatie heeft minstens één beheerder nodig.
flash-logo-saved = Het logo is opgeslagen.
flash-logo-removed = Het logo is verwijderd.
flash-mfa-enabled = Tweestapsverificatie staat aan.
flash-mfa-disabled = Tweestapsverificatie staat uit.
flash-token-created = De API-sleutel is aangemaakt.
flash-token-revoked = De API-sleutel is ingetrokken.
flash-org-created = De organisatie is aangemaakt.
flash-user-created = Het account is aangemaakt. De persoon krijgt een e-mail om een wachtwoord te kiezen.
flash-not-yourself = Dat kunt u niet voor uw eigen account doen.

## Mijn account
account-title = Mijn account
account-profile = Gegevens
account-organisations = Mijn organisaties
account-no-organisations = U bent nog geen lid van een organisatie. Vraag de beheerder van uw organisatie om u uit te nodigen.
account-password = Wachtwoord wijzigen
account-password-submit = Wachtwoord wijzigen
account-mfa = Tweestapsverificatie
account-mfa-on = Tweestapsverificatie staat aan.
account-mfa-off = Tweestapsverificatie staat uit. Zet ze aan: zo kan niemand met alleen uw wachtwoord binnen.
account-mfa-manage = Tweestapsverificatie beheren
account-recovery-left = U hebt nog { $count } herstelcodes.
account-sessions = Aangemelde toestellen
account-sessions-count = U bent nu aangemeld op { $count } { $count ->
        [one] toestel
       *[other] toestellen
    }.
account-sign-out-everywhere = Overal afmelden
account-tokens = API-sleutels
account-tokens-intro = Met een API-sleutel kan een script of ander programma namens u de API gebruiken. Behandel een sleutel als een wachtwoord.
account-token-once = Kopieer deze sleutel nu. U ziet hem daarna nooit meer.
account-token-new = Nieuwe sleutel
account-token-create = Sleutel aanmaken
token-created = Aangemaakt
token-last-used = Laatst gebruikt
token-status = Status
token-active = Actief
token-revoked = Ingetrokken
token-expired = Verlopen
token-valid-until = Geldig tot { $date }
token-revoke = Intrekken

## Tweestapsverificatie instellen
mfa-title = Tweestapsverificatie
mfa-intro = Bij het aanmelden vraagt Weerbaar naast uw wachtwoord een code uit een app op uw telefoon. Wie uw wachtwoord steelt, kan dan nog altijd niet binnen.
mfa-required-by-org = Uw organisatie verplicht tweestapsverificatie. Zet ze aan om verder te werken.
mfa-start = Tweestapsverificatie instellen
mfa-scan-title = Koppel uw app
mfa-step-app = Installeer een authenticator-app op uw telefoon, bijvoorbeeld de app die uw organisatie aanraadt.
mfa-step-scan = Scan de QR-code met de app, of typ de geheime sleutel over.
mfa-step-code = Vul de code van zes cijfers in die de app toont.
mfa-qr-label = QR-code om Weerbaar aan uw authenticator-app toe te voegen
mfa-secret-label = Geheime sleutel:
mfa-confirm-submit = Bevestigen en aanzetten
mfa-codes-title = Uw herstelcodes
mfa-codes-intro = Bewaar deze codes op een veilige plaats, bijvoorbeeld op papier. Met elke code kunt u één keer aanmelden als u uw telefoon kwijt bent. U ziet ze maar één keer.
mfa-recovery-title = Nieuwe herstelcodes
mfa-recovery-intro = Maak nieuwe herstelcodes aan als u de oude kwijt bent of ze bijna op zijn. De oude codes werken dan niet meer.
mfa-recovery-submit = Nieuwe herstelcodes maken
mfa-disable-title = Tweestapsverificatie uitzetten
mfa-disable-submit = Uitzetten

## Organisatie
org-kind-municipality = Gemeente
org-kind-ocmw = OCMW
org-kind-police_zone = Politiezone
org-kind-intermunicipal = Intergemeentelijk samenwerkingsverband
org-kind-umbrella = Koepelorganisatie
role-viewer = Lezer
role-editor = Redacteur
role-admin = Beheerder
dashboard-organisation = Uw organisatie
dashboard-your-role = Uw rol
dashboard-edit-settings = Instellingen wijzigen
dashboard-next-steps = Eerste stappen
dashboard-step-mfa = Zet tweestapsverificatie aan voor uw account
dashboard-step-invite = Nodig uw collega's uit
dashboard-step-require-mfa = Maak tweestapsverificatie verplicht voor alle leden
dashboard-step-account = Controleer uw accountgegevens
dashboard-members = Leden ({ $count })
dashboard-all-members = Alle leden beheren
dashboard-recent = Recente activiteit
dashboard-full-log = Volledige auditlog
settings-title = Instellingen
settings-profile = Gegevens van de organisatie
settings-logo = Logo
settings-logo-current = Huidig logo van { $org }
settings-logo-upload = Logo opladen
settings-logo-remove = Logo verwijderen
conflict-explained = Iemand anders heeft deze gegevens gewijzigd terwijl u ze bewerkte. Hun versie staat hieronder. Uw wijzigingen staan nog in het formulier: kijk ze na en sla opnieuw op.
conflict-theirs = Intussen opgeslagen door iemand anders
conflict-yours-below = Uw versie staat in het formulier hieronder.
members-title = Leden
members-mfa = Tweestapsverificatie
members-role-of = Rol van { $name }
members-change-role = Rol wijzigen
members-remove = Verwijderen
members-remove-confirm = { $name } verwijderen uit deze organisatie?
members-invite = Iemand uitnodigen
members-invite-intro = De persoon krijgt een e-mail met een link. De link is zeven dagen geldig en werkt één keer.
members-invite-submit = Uitnodiging versturen
members-pending = Openstaande uitnodigingen
members-pending-none = Er zijn geen openstaande uitnodigingen.
members-invited-until = geldig tot { $date }
members-revoke = Intrekken
user-disabled = uitgeschakeld
user-active = actief
user-disable = Uitschakelen
user-enable = Inschakelen

## Auditlog
audit-title = Auditlog
audit-intro = Wie wat wijzigde en wanneer. Niemand kan deze lijst aanpassen of wissen.
audit-filter-action = Soort wijziging
audit-filter-any = Alle
audit-filter-actor = Door (deel van het e-mailadres)
audit-filter-from = Vanaf
audit-filter-to = Tot en met
audit-count = { $count ->
        [one] 1 gebeurtenis
       *[other] { $count } gebeurtenissen
    }
audit-empty = Nog geen gebeurtenissen.
audit-when = Wanneer
audit-who = Wie
audit-what = Wat
audit-target = Over
audit-change = Wijziging
audit-sign-in = Aangemeld
audit-sign-in-failed = Mislukte aanmelding
audit-sign-out = Afgemeld
audit-sign-out-everywhere = Overal afgemeld
audit-password-changed = Wachtwoord gewijzigd
audit-password-reset = Wachtwoord opnieuw ingesteld
audit-password-reset-requested = Nieuw wachtwoord aangevraagd
audit-mfa-enabled = Tweestapsverificatie aangezet
audit-mfa-disabled = Tweestapsverificatie uitgezet
audit-recovery-code-used = Herstelcode gebruikt
audit-org-created = Organisatie aangemaakt
audit-org-updated = Organisatie gewijzigd
audit-logo-changed = Logo gewijzigd
audit-member-invited = Uitnodiging verstuurd
audit-invitation-revoked = Uitnodiging ingetrokken
audit-member-joined = Lid geworden
audit-member-added = Lid toegevoegd
audit-role-changed = Rol gewijzigd
audit-member-removed = Lid verwijderd
audit-user-created = Account aangemaakt
audit-user-updated = Account gewijzigd
audit-user-disabled = Account uitgeschakeld
audit-user-enabled = Account ingeschakeld
audit-platform-roles-changed = Platformrollen gewijzigd
audit-api-token-created = API-sleutel aangemaakt
audit-api-token-revoked = API-sleutel ingetrokken
audit-setup-completed = Weerbaar ingesteld
audit-backup-restored = Back-up teruggezet

## Platformbeheer
admin-orgs-title = Organisaties
admin-orgs-count = { $count } organisaties
admin-created = Aangemaakt
admin-org-new = Nieuwe organisatie
admin-org-create = Organisatie aanmaken
admin-users-title = Accounts
admin-users-count = { $count } accounts
admin-platform-roles = Platformrollen
admin-roles-of = Platformrollen van { $name }
admin-user-new = Nieuw account
admin-user-new-intro = De persoon krijgt een e-mail met een link om zelf een wachtwoord te kiezen.
admin-user-create = Account aanmaken
platform-role-admin = Platformbeheerder
platform-role-taskforce = Redacteur taskforce
platform-role-reviewer = Lid klankbordgroep

## Foutpagina's
error-go-home = Naar de startpagina
error-status = Foutcode
error-retry-after = Probeer het opnieuw over { $seconds } seconden.
error-page-bad_request-title = Dit verzoek klopt niet
error-page-bad_request-text = Weerbaar kon dit verzoek niet verwerken. Ga terug en probeer het opnieuw.
error-page-validation-text = Niet alle gegevens zijn correct ingevuld.
error-page-invalid_json-title = Ongeldige JSON
error-page-invalid_json-text = De inhoud van het verzoek is geen geldige JSON in de verwachte vorm.
error-page-unauthenticated-title = Aanmelden nodig
error-page-unauthenticated-text = Meld u aan om verder te gaan.
error-page-forbidden-title = Geen toegang
error-page-forbidden-text = U hebt geen toegang tot deze pagina. Denkt u dat dat niet klopt? Vraag het aan de beheerder van uw organisatie.
error-page-not_found-title = Pagina niet gevonden
error-page-not_found-text = Deze pagina bestaat niet (meer), of de link is verlopen.
error-page-method_not_allowed-title = Dit kan niet op deze manier
error-page-method_not_allowed-text = Deze pagina kan niet op deze manier gebruikt worden.
error-page-conflict-title = Intussen gewijzigd
error-page-conflict-text = Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw en kijk uw wijzigingen na.
error-page-duplicate-title = Bestaat al
error-page-duplicate-text = Dit bestaat al.
error-page-too_large-title = Te groot
error-page-too_large-text = Wat u verstuurde is te groot.
error-page-unsupported_media_type-title = Verkeerd formaat
error-page-unsupported_media_type-text = Dit formaat wordt niet ondersteund.
error-page-too_many_requests-title = Te veel pogingen
error-page-too_many_requests-text = U hebt te veel pogingen gedaan. Wacht even en probeer het opnieuw.
error-page-csrf-title = Formulier verlopen
error-page-csrf-text = Het formulier is verlopen of kwam niet van deze pagina. Ga terug, laad de pagina opnieuw en probeer het nog eens.
error-page-mfa_required-title = Tweestapsverificatie nodig
error-page-mfa_required-text = Deze organisatie verplicht tweestapsverificatie. Zet ze aan in uw account.
error-page-internal-title = Er ging iets mis
error-page-internal-text = Er ging iets mis aan onze kant. Uw gegevens zijn niet verloren. Probeer het over enkele minuten opnieuw.

## E-mails
mail-invite-subject = Uitnodiging voor { $org } in Weerbaar
mail-invite-body =
    Goedendag,

    { $inviter } nodigt u uit om als { $role } mee te werken aan { $org } in Weerbaar, het platform voor digitale weerbaarheid van lokale besturen.

    Aanvaard de uitnodiging via deze link:
    { $link }

    De link is { $days } dagen geldig en werkt één keer. Verwachtte u deze uitnodiging niet? Dan kunt u deze e-mail negeren.

    Weerbaar
mail-reset-subject = Nieuw wachtwoord voor Weerbaar
mail-reset-body =
    Goedendag,

    Iemand vroeg een nieuw wachtwoord aan voor het Weerbaar-account van { $email }.

    Kies een nieuw wachtwoord via deze link:
    { $link }

    De link is { $hours } uur geldig en werkt één keer. Vroeg u zelf geen nieuw wachtwoord aan? Dan hoeft u niets te doen: uw wachtwoord blijft hetzelfde.

    Weerbaar
mail-welcome-subject = Uw account in Weerbaar
mail-welcome-body =
    Goedendag,

    Er is een Weerbaar-account voor u aangemaakt ({ $email }).

    Kies uw wachtwoord via deze link:
    { $link }

    De link is { $hours } uur geldig en werkt één keer.

    Weerbaar
