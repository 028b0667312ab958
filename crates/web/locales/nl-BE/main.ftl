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
error-page-busy-title = Even geduld
error-page-busy-text = Weerbaar maakt of verstuurt op dit moment veel andere documenten of bestanden. Probeer het over een halve minuut opnieuw.
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
mail-review-subject = Herziening van het continuïteitsplan van { $org }
mail-review-body =
    Goedendag,

    Het continuïteitsplan van { $org } moet herzien worden tegen { $date }. Een plan dat niet meer klopt, helpt niet op de dag dat de systemen plat liggen.

    Kijk vooral na: wie in het crisisteam zit en hoe u die mensen bereikt, welke toepassingen en leveranciers er veranderden, en wat de laatste oefening en hersteltest opleverden.

    Open het plan via deze link:
    { $link }

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

## Business continuity plan (BCP)
nav-plan = Continuïteitsplan
bcp-title = Bedrijfscontinuïteitsplan
bcp-steps = Stappen van het plan
bcp-overview = Overzicht van het plan
bcp-step-scope = Doel en reikwijdte
bcp-step-activities = Activiteiten
bcp-step-bia = Impactanalyse
bcp-step-resources = Middelen en afhankelijkheden
bcp-step-strategies = Noodoplossingen
bcp-step-crisis = Crisisorganisatie
bcp-step-playbooks = Draaiboeken
bcp-step-communication = Communicatie
bcp-step-exercises = Oefeningen en onderhoud
bcp-step-approval = Nazicht en goedkeuring
bcp-next = Volgende stap
bcp-checks = Knelpunten
bcp-recovery = Herstelvolgorde
bcp-dependencies = Afhankelijkheden
bcp-status-line = Status: { $status }. Versie { $version }.
bcp-progress = Het plan is voor { $percent }% ingevuld
bcp-gaps = Knelpunten
bcp-gaps-count = { $errors } ernstige en { $warnings } andere knelpunten.
bcp-gaps-infos = { $count ->
        [0] {""}
        [one] Eén opmerking.
       *[other] { $count } opmerkingen.
    }
bcp-all-checks = Alle knelpunten bekijken
bcp-fix = Oplossen
bcp-facts = Kerngegevens
bcp-critical = kritiek
bcp-critical-count = { $count ->
        [one] 1 kritieke
       *[other] { $count } kritieke
    }
bcp-export-json = Plan downloaden als JSON
bcp-export = Het huidige plan eerst downloaden als JSON
bcp-import = Plan inlezen
bcp-unknown = onbekend
bcp-read-only = U kunt dit plan lezen maar niet wijzigen. Ofwel is uw rol lezer, ofwel ligt het plan ter goedkeuring voor.
bcp-field = Veld
bcp-activity = Activiteit
bcp-resource = Middel
bcp-role = Rol
bcp-priority = Prioriteit
bcp-scenario = Scenario
bcp-phase = Fase
bcp-classification-default = Vertrouwelijk
bcp-start-intro = Uw organisatie heeft nog geen continuïteitsplan. U vertrekt van het standaardsjabloon voor lokale besturen: typische activiteiten met een voorstel van impact en middelen, de impactschaal, acht draaiboeken, de crisisrollen en voorbeeldberichten. Daarna past u alles aan uw eigen organisatie aan.
bcp-start-choose-legend = Welke activiteiten voert uw organisatie uit?
bcp-start-choose-hint = Vink uit wat u niet doet. U kunt later altijd activiteiten toevoegen of verwijderen.
bcp-start-choose = Kies minstens één activiteit.
bcp-start-submit = Plan aanmaken vanuit het sjabloon
bcp-start-not-allowed = Een redacteur of beheerder van uw organisatie kan het plan aanmaken.
bcp-plan-exists = Deze organisatie heeft al een plan.
bcp-scope-intro = Beschrijf kort waarvoor het plan dient, wat erin valt en wie het bijhoudt. Het plan is vertrouwelijk: het bevat namen, telefoonnummers en zwakke plekken.
bcp-field-scope = Reikwijdte
bcp-hint-scope = Welke diensten, locaties en organisaties vallen onder het plan? Bijvoorbeeld: gemeente en OCMW, alle locaties, niet de politiezone.
bcp-field-objectives = Doelstellingen
bcp-field-assumptions = Uitgangspunten
bcp-field-owner-name = Eigenaar van het plan
bcp-field-owner-email = E-mailadres van de eigenaar
bcp-hint-owner-email = Naar dit adres sturen we de herinnering voor de jaarlijkse herziening.
bcp-field-classification = Vertrouwelijkheid
bcp-field-next-review = Volgende herziening
bcp-hint-next-review = Herzie het plan minstens één keer per jaar en na elke grote wijziging of crisis.
bcp-field-own-domains = Eigen e-maildomeinen
bcp-hint-own-domains = Gescheiden door komma's, bijvoorbeeld voorbeeld.be, ocmw-voorbeeld.be. Bij een aanval werkt e-mail op deze domeinen misschien niet: crisisleden hebben een adres daarbuiten nodig.
bcp-activities-intro = Activiteiten zijn de diensten en processen die uw organisatie levert. Per activiteit legt u vast wie ze trekt, welke wettelijke termijnen gelden en welke middelen ze nodig heeft.
bcp-activities-count = { $count ->
        [one] 1 activiteit
       *[other] { $count } activiteiten
    }
bcp-activity-add = Activiteit toevoegen
bcp-activity-delete = Activiteit verwijderen
bcp-activity-delete-confirm = Wilt u de activiteit „{ $name }” verwijderen? Haar impactanalyse en noodoplossing gaan mee verloren.
bcp-field-department = Dienst
bcp-field-description = Beschrijving
bcp-field-owner = Verantwoordelijke
bcp-field-deputy = Vervanger
bcp-field-legal-deadlines = Wettelijke termijnen
bcp-field-peak-periods = Piekperiodes
bcp-field-min-staff = Minimaal aantal medewerkers
bcp-field-min-workplaces = Minimaal aantal werkplekken
bcp-needs-resources = Nodige middelen
bcp-needs-resources-hint = Vink aan wat deze activiteit rechtstreeks nodig heeft. Elk middel toont dezelfde koppeling onder ‘Nodig voor’. Wat die middelen zelf nodig hebben (netwerk, gebruikersbeheer) legt u vast bij het middel.
bcp-no-resources-yet = Er zijn nog geen middelen.
bcp-goto-bia = Impactanalyse
bcp-goto-strategy = Noodoplossing
bcp-goto-chain = Afhankelijkheden
bcp-bia-intro = Geef per activiteit aan hoe erg het is als ze stilvalt, na 4 uur, na een dag, enzovoort. Daaruit volgt de maximaal toelaatbare uitvaltijd (MTPD). Daarna legt u vast hoe snel u de activiteit terug wilt (RTO) en hoeveel gegevens u hoogstens mag verliezen (RPO).
bcp-scale-line = Tijdvensters: { $windows }. Onaanvaardbaar vanaf niveau: { $level }.
bcp-scale-edit = Impactschaal aanpassen
bcp-bia-table = Impactanalyse per activiteit
bcp-mtpd-long = Maximaal toelaatbare uitvaltijd
bcp-rto-long = Hersteltijd die u nastreeft
bcp-rpo-long = Hoeveel gegevens u hoogstens mag verliezen, in uren
bcp-complete = Ingevuld
bcp-mtpd-none = langer dan de laatste termijn
bcp-mtpd-cause = door: { $categories }
bcp-grid-help = Kies per impactgebied en per termijn een niveau van 0 (geen) tot 4 (zeer ernstig). Met de Tab-toets gaat u naar het volgende vak; met de pijltjestoetsen kiest u een niveau.
bcp-grid-caption = Impact als de activiteit stilvalt
bcp-impact-category = Impactgebied
bcp-scale-what = Wat betekenen de niveaus?
bcp-field-rto = Hersteltijd (RTO), in uren
bcp-hint-rto = Binnen hoeveel uur moet de activiteit weer lopen? Hoogstens de MTPD.
bcp-field-rpo = Toelaatbaar gegevensverlies (RPO), in uren
bcp-hint-rpo = Hoeveel uur werk mag verloren gaan? 24 betekent: de back-up van gisteren volstaat.
bcp-field-mbco = Minimale dienstverlening
bcp-hint-mbco = Wat moet er tijdens de crisis minstens blijven werken? Bijvoorbeeld: overlijdensaangiftes binnen 24 uur, op papier.
bcp-save-next = Opslaan en volgende activiteit
bcp-next-activity = Volgende activiteit zonder op te slaan
bcp-scale-title = Impactschaal
bcp-scale-intro = De impactschaal geldt voor alle activiteiten van uw organisatie. Beschrijf per impactgebied wat elk niveau voor u betekent, zodat iedereen hetzelfde bedoelt met „ernstig”.
bcp-field-windows = Tijdvensters, in uren
bcp-hint-windows = Oplopende getallen gescheiden door komma's, bijvoorbeeld 4, 24, 72, 168, 336, 720.
bcp-field-unacceptable = Onaanvaardbaar vanaf niveau
bcp-level-n = Niveau { $level }
bcp-resources-intro = Middelen zijn alles wat een activiteit nodig heeft: mensen, toepassingen, infrastructuur, gegevens, leveranciers en locaties. Vul per middel in hoe snel het terug is en hoe de back-up geregeld is.
bcp-dependencies-link = Afhankelijkheden per activiteit bekijken
bcp-resources-count = { $count ->
        [one] 1 middel
       *[other] { $count } middelen
    }
bcp-resource-add = Middel toevoegen
bcp-resource-delete = Middel verwijderen
bcp-resource-delete-confirm = Wilt u het middel „{ $name }” verwijderen? Activiteiten die het nodig hebben, verliezen die koppeling.
bcp-back-to-resources = Terug naar de middelen
bcp-used-by = Nodig voor
bcp-field-kind = Soort
bcp-hint-resource-deputy = Voor mensen: wie neemt het over? Voor systemen: wie kan het herstellen als de gewone beheerder er niet is?
bcp-capability = Wat het middel echt haalt
bcp-typical-recovery = Bij vergelijkbare gemeenten duurt herstel vaak { $hours }. Vul in wat u zelf aangetoond of beloofd kreeg.
bcp-field-recovery-hours = Hersteltijd, in uren
bcp-hint-recovery-hours = Hoe lang duurt het om dit middel terug te krijgen na een aanval, los van wat het zelf nodig heeft?
bcp-field-recovery-basis = Waarop steunt die hersteltijd?
bcp-field-backup-interval = Back-up om de hoeveel uur
bcp-hint-backup-interval = 24 betekent: één back-up per dag.
bcp-field-backup-type = Soort back-up
bcp-field-last-restore-test = Laatste hersteltest
bcp-hint-last-restore-test = Wanneer zette u voor het laatst echt gegevens terug uit de back-up?
bcp-supplier = Leverancier
bcp-field-contract-ref = Contractverwijzing
bcp-field-sla-hours = Beloofde hersteltijd (SLA), in uren
bcp-hint-sla-hours = Wat staat er in het contract over herstel bij een storing of incident?
bcp-field-contact-24-7 = Contact dag en nacht
bcp-hint-contact-24-7 = Een telefoonnummer dat ook 's nachts en in het weekend opneemt.
bcp-depends-on = Dit middel heeft nodig
bcp-depends-on-hint = Bijvoorbeeld: een toepassing heeft het gebruikersbeheer en het netwerk nodig. Zo berekent Weerbaar wanneer de hele keten terug is.
bcp-dependencies-intro = Per activiteit: wanneer is de hele keten van middelen terug, vergeleken met de hersteltijd die u nastreeft?
bcp-dependencies-caption = Activiteiten en hun keten van middelen
bcp-chain-available = Terug na
bcp-chain-status = Haalbaar?
bcp-chain-ok = haalbaar
bcp-chain-late = te laat
bcp-chain-bridged = te laat; de noodoplossing overbrugt
bcp-chain-unknown = onbekend: hersteltijden ontbreken
bcp-chain-no-rto = geen hersteltijd ingevuld
bcp-chain-title = Keten van middelen voor { $activity }
bcp-chain-summary = De activiteit ‘{ $activity }’ is terug na { $available }. Nagestreefd: { $rto }. Middelen die te laat terug zijn: { $late }.
bcp-chain-summary-bridged = Tot dan moet de noodoplossing het werk dragen.
bcp-chain-more = { $count ->
        [one] Er zit nog 1 middel onder deze activiteit. Het is terug na { $latest }; { $late } te laat.
       *[other] Er zitten nog { $count } middelen onder deze activiteit. Het laatste is terug na { $latest }; { $late } ervan te laat.
    }
bcp-chain-more-link = Alle middelen
bcp-chain-legend = Elke balk is een middel: grijs is wachten op wat het nodig heeft, blauw is zijn eigen herstel, rood is te laat voor de hersteltijd. De stippellijn is de nagestreefde hersteltijd (RTO). Een gearceerde balk betekent dat de hersteltijd onbekend is.
bcp-chain-table = Middelen in de keten
bcp-chain-own = Eigen hersteltijd
bcp-chain-empty = Deze activiteit heeft nog geen middelen. Koppel ze bij de activiteit.
bcp-edit-activity-resources = Middelen van deze activiteit aanpassen
bcp-strategies-intro = Hoe gaat het werk door als de systemen plat liggen? Leg per activiteit een noodoplossing vast. Begin bij de kritieke activiteiten.
bcp-strategies-caption = Noodoplossingen per activiteit
bcp-workaround-missing = Ontbreekt
bcp-workaround-steps = { $count ->
        [0] Geen stappen
        [one] 1 stap
       *[other] { $count } stappen
    }
bcp-back-to-strategies = Terug naar de noodoplossingen
bcp-field-workaround = Werkwijze zonder systemen
bcp-hint-workaround = Eén stap per regel. Bijvoorbeeld: papieren formulier uit de crisismap gebruiken; aangifte met de hand in het register noteren.
bcp-field-alternate-location = Andere werkplek
bcp-field-alternate-supplier = Andere leverancier
bcp-field-mutual-aid = Hulp van een buurbestuur
bcp-hint-mutual-aid = Welke buurgemeente of partner kan dit tijdelijk voor u doen, en met wie sprak u dat af?
bcp-field-paper-backlog = Achterstand inhalen
bcp-hint-paper-backlog = Wie voert het werk dat op papier gebeurde achteraf in het systeem in, en hoe controleert u dat niets vergeten is?
bcp-crisis-intro = Wie neemt de leiding als het misgaat? Geef elke rol een persoon en een vervanger, met telefoonnummers en een e-mailadres buiten uw eigen domein.
bcp-crisis-roles = Rollen in het crisisteam
bcp-role-complete = Volledig
bcp-role-incomplete = Onvolledig
bcp-crisis-role-intro = Vul de gegevens in voor de persoon en de vervanger. Gebruik een e-mailadres dat werkt als uw eigen e-mail plat ligt.
bcp-crisis-activation = Activering, vergaderplaats en overdracht
bcp-field-activation-criteria = Wanneer roepen we het crisisteam samen?
bcp-hint-one-per-line = Eén per regel.
bcp-field-who-may-activate = Wie mag het crisisteam samenroepen?
bcp-field-call-tree = Belboom
bcp-hint-call-tree = Wie belt wie, in volgorde. Als iemand niet opneemt, belt u de achtervang.
bcp-call-who = Oproep { $n }
bcp-call-fallback = Achtervang
bcp-field-meeting-primary = Vergaderplaats
bcp-field-meeting-alternate = Andere vergaderplaats
bcp-hint-meeting-alternate = Voor als het gemeentehuis niet bruikbaar is.
bcp-field-handover-criteria = Wanneer gaat het over naar de gemeentelijke noodplanning?
bcp-field-handover-explanation = Hoe verloopt de overdracht?
bcp-hint-handover = Bijvoorbeeld: de coördinator verwittigt de burgemeester. Die kan de gemeentelijke coördinatie volgens het noodplan (ANIP) afkondigen en leidt dan het gemeentelijk coördinatiecomité (CC Gem) met de noodplanningscoördinator en de disciplines.
bcp-back-to-crisis = Terug naar de crisisorganisatie
bcp-field-tasks = Taken
bcp-field-primary = Persoon
bcp-field-phone = Telefoon
bcp-field-private-phone = Privételefoon
bcp-field-outside-email = E-mail buiten het eigen domein
bcp-hint-outside-email = Dit adres moet werken als de e-mail van de organisatie plat ligt.
bcp-playbooks-intro = Een draaiboek zegt wat u doet in het eerste uur en daarna, voor één soort incident. Pas de stappen aan uw organisatie aan en druk ze af voor de crisismap.
bcp-first-hour-count = { $count ->
        [one] 1 stap in het eerste uur
       *[other] { $count } stappen in het eerste uur
    }
bcp-back-to-playbooks = Terug naar de draaiboeken
bcp-field-title = Titel
bcp-field-summary = Samenvatting
bcp-field-signals = Signalen
bcp-field-first-hour = Eerste uur
bcp-field-decisions = Beslissingen
bcp-decision-question = Beslissing
bcp-decision-who = Wie beslist
bcp-field-communication = Communicatie
bcp-comm-audience = Doelgroep
bcp-comm-when = Wanneer
bcp-comm-who = Wie
bcp-comm-message = Boodschap
bcp-hint-rows = Een lege regel laat u leeg; sla op om er nog een toe te voegen.
bcp-field-recovery-steps = Herstel
bcp-field-return-to-normal = Terug naar normaal
bcp-field-clocks = Meldingstermijnen
bcp-hint-clocks = Termijnen die beginnen te lopen zodra u het incident ontdekt, zoals 72 uur voor een datalek bij de toezichthouder.
bcp-clock-name = Melding
bcp-clock-hours = Binnen, in uren
bcp-clock-applies = Wanneer van toepassing
bcp-communication-intro = Wie brengt welke groep op de hoogte, langs welk kanaal? De voorbeeldberichten kunt u vooraf aanpassen, zodat u tijdens de crisis alleen nog de details invult.
bcp-stakeholders = Doelgroepen
bcp-stakeholders-hint = Per doelgroep het kanaal en wie het contact houdt.
bcp-field-channel = Kanaal
bcp-save-stakeholder = Opslaan: { $audience }
bcp-messages = Voorbeeldberichten
bcp-field-subject = Onderwerp
bcp-field-body = Tekst
bcp-hint-message-body = Tekst tussen vierkante haken, zoals [datum], vult u in op het moment zelf.
bcp-back-to-communication = Terug naar de communicatie
bcp-exercises-intro = Een plan dat nooit geoefend is, werkt zelden. Plan minstens één oefening per jaar: een tafeloefening, een doorloop of een hersteltest.
bcp-exercises-count = { $count ->
        [one] 1 oefening
       *[other] { $count } oefeningen
    }
bcp-exercise-add = Oefening toevoegen
bcp-exercise-delete = Oefening verwijderen
bcp-exercise-delete-confirm = Wilt u de oefening „{ $name }” verwijderen?
bcp-back-to-exercises = Terug naar de oefeningen
bcp-field-exercise-kind = Soort oefening
bcp-field-planned-on = Gepland op
bcp-field-done-on = Gehouden op
bcp-hint-done-on = Laat leeg zolang de oefening niet gehouden is.
bcp-field-participants = Deelnemers
bcp-field-result = Resultaat
bcp-field-actions = Verbeteracties
bcp-checks-intro = Weerbaar kijkt het plan na op de knelpunten die bij een echte aanval het vaakst misgaan. Elke melding zegt waar u het oplost.
bcp-checks-errors = { $count ->
        [one] 1 ernstig knelpunt
       *[other] { $count } ernstige knelpunten
    }
bcp-checks-warnings = { $count ->
        [one] 1 ander knelpunt
       *[other] { $count } andere knelpunten
    }
bcp-checks-infos = { $count ->
        [one] 1 opmerking
       *[other] { $count } opmerkingen
    }
bcp-checks-none = Geen knelpunten gevonden.
bcp-recovery-intro = In deze volgorde zet u de middelen terug na een aanval: eerst wat andere middelen nodig hebben, en binnen elke golf eerst wat de dringendste activiteit nodig heeft.
bcp-recovery-table = Herstelvolgorde van de middelen
bcp-wave = Golf
bcp-needed-within = Nodig binnen
bcp-available-after = Terug na
bcp-cycles = Kringen in de afhankelijkheden
bcp-cycles-blocked = Deze middelen kunnen pas in de volgorde komen als de kring doorbroken is:
bcp-submit-title = Ter goedkeuring voorleggen
bcp-submit-intro = Als het plan klaar is, legt u het voor aan het college of het bevoegde orgaan. Zolang het voorligt, kan niemand het wijzigen.
bcp-submit = Ter goedkeuring voorleggen
bcp-approved-edit-hint = Het plan is goedgekeurd. Wie het nu wijzigt, maakt een nieuwe ontwerpversie die opnieuw goedgekeurd moet worden.
bcp-approve-title = Goedkeuring vastleggen
bcp-approve-intro = Noteer welk orgaan het plan goedkeurde, op welke datum en met welke referentie. In de volgende stap ziet u eerst wat nog ontbreekt.
bcp-field-approval-body = Goedgekeurd door
bcp-approval-body-default = College van burgemeester en schepenen
bcp-field-decision-date = Datum van de beslissing
bcp-field-reference = Verwijzing naar de beslissing
bcp-approve = Goedkeuring vastleggen
bcp-withdraw = Terugnemen om aan te passen
bcp-approve-admins-only = Een beheerder van uw organisatie legt het plan ter goedkeuring voor en noteert de goedkeuring.
bcp-approved-by = Goedgekeurd door
bcp-versions = Goedgekeurde versies
bcp-versions-none = Nog geen goedgekeurde versie.
bcp-download-json = downloaden
bcp-history = Recente wijzigingen
bcp-import-intro = Lees een heel plan in uit een JSON-bestand van Weerbaar. Weerbaar kijkt eerst alles na. Bij één fout wordt niets ingelezen en ziet u elke fout met haar plaats in het bestand.
bcp-import-file = JSON-bestand
bcp-import-replace = Ik begrijp dat het huidige plan vervangen wordt.
bcp-import-confirm-needed = Uw organisatie heeft al een plan. Vink aan dat u het wilt vervangen.
bcp-import-problems = { $count ->
        [one] Het bestand bevat 1 fout
       *[other] Het bestand bevat { $count } fouten
    }
bcp-import-nothing-changed = Er is niets ingelezen. Verbeter het bestand en probeer opnieuw.
bcp-import-admins-only = Alleen een beheerder van uw organisatie kan een plan inlezen.
plan-status-draft = ontwerp
plan-status-submitted = ter goedkeuring
plan-status-approved = goedgekeurd
plan-status-superseded = vervangen
severity-error = Ernstig
severity-warning = Let op
severity-info = Opmerking
priority-p1 = P1: eerst herstellen
priority-p2 = P2: binnen de week
priority-p3 = P3: kan wachten
priority-unrated = nog niet beoordeeld
impact-service = Dienstverlening aan burgers
impact-legal = Wettelijke verplichtingen
impact-financial = Financiële schade
impact-reputation = Reputatie en vertrouwen
impact-health_safety = Gezondheid en veiligheid
impact-privacy = Privacy en persoonsgegevens
impact-level-0 = geen
impact-level-1 = beperkt
impact-level-2 = aanzienlijk
impact-level-3 = ernstig
impact-level-4 = zeer ernstig
resource-kind-person = Mensen en rollen
resource-kind-application = Toepassingen
resource-kind-infrastructure = Infrastructuur
resource-kind-data = Gegevens en vitale documenten
resource-kind-supplier = Leveranciers
resource-kind-location = Locaties
backup-none = geen back-up
backup-online = online (bereikbaar vanaf het netwerk)
backup-offline = offline (losgekoppeld)
backup-immutable = onveranderbaar (immutable)
basis-demonstrated = aangetoond in een test
basis-promised = beloofd door de leverancier
basis-estimated = geschat
audience-citizens = Burgers
audience-staff = Personeel
audience-council = Gemeenteraad
audience-press = Pers
audience-neighbouring_municipalities = Buurgemeenten
audience-suppliers = Leveranciers
audience-insurer = Verzekeraar
audience-authorities = Overheden en toezichthouders
scenario-any = Elk scenario
scenario-ransomware = Gijzelsoftware (ransomware)
scenario-ddos = DDoS op website of e-loket
scenario-account-compromise = Overgenomen mailbox of account
scenario-supplier-outage = Uitval of aanval bij een softwareleverancier
scenario-data-breach = Datalek
scenario-building-loss = Gemeentehuis onbruikbaar
scenario-power-network-outage = Lange stroom- of netwerkuitval
scenario-key-staff-absence = Plotse afwezigheid van sleutelpersonen
phase-first = Eerste bericht
phase-update = Stand van zaken
phase-recovery = Herstel
phase-closed = Afsluiting
exercise-tabletop = Tafeloefening
exercise-walk_through = Doorloop
exercise-restore_test = Hersteltest
duration-hour = { $count ->
        [one] 1 uur
       *[other] { $count } uur
    }
duration-day = { $count ->
        [one] 1 dag
       *[other] { $count } dagen
    }
duration-week = { $count ->
        [one] 1 week
       *[other] { $count } weken
    }
duration-month = { $count ->
        [one] 1 maand
       *[other] { $count } maanden
    }
check-rto-missing = De activiteit ‘{ $activity }’ heeft nog geen hersteltijd (RTO). De maximaal toelaatbare uitvaltijd is { $mtpd }.
check-rto-above-mtpd = De hersteltijd van { $activity } ({ $rto }) is langer dan de maximaal toelaatbare uitvaltijd ({ $mtpd }). Kies een kortere hersteltijd of kijk de impactanalyse na.
check-chain-slower-than-rto = De activiteit ‘{ $activity }’ moet binnen { $rto } terug zijn, maar de middelen die ze nodig heeft, zijn pas na { $available } terug.
check-chain-bridged-by-workaround = De activiteit ‘{ $activity }’ draait op de noodoplossing tot de nodige middelen terug zijn na { $available } (nagestreefd: { $rto }). Zorg dat die werkwijze zo lang volhoudt: genoeg papieren formulieren, mensen en afspraken.
check-recovery-time-unknown = Van het middel ‘{ $resource }’ is niet bekend hoe snel het terug is, terwijl de activiteit ‘{ $activity }’ het nodig heeft.
check-backup-slower-than-rpo = Van het middel ‘{ $resource }’ wordt om de { $interval } een back-up gemaakt, maar de activiteit ‘{ $activity }’ mag hoogstens { $rpo } aan gegevens verliezen.
check-no-offline-backup = Het middel ‘{ $resource }’ heeft geen offline of onveranderbare back-up, terwijl de activiteit ‘{ $activity }’ ervan afhangt. Bij gijzelsoftware versleutelt de aanvaller vaak ook de online back-ups.
check-restore-never-tested = Van { $resource } werd nog nooit een back-up teruggezet. Een back-up die nooit getest werd, is een hoop, geen zekerheid.
check-restore-test-old = De laatste hersteltest van { $resource } was op { $date }, meer dan 12 maanden geleden.
check-person-without-deputy = Voor ‘{ $resource }’ is geen vervanger ingevuld, terwijl de activiteit ‘{ $activity }’ ervan afhangt.
check-supplier-without-24-7 = Voor leverancier { $resource } is geen contact dag en nacht ingevuld.
check-supplier-sla-above-rto = Leverancier { $resource } belooft herstel binnen { $sla }, maar een activiteit die ervan afhangt moet binnen { $rto } terug zijn.
check-single-location = Alle kritieke activiteiten gebeuren op één locatie: { $resource }. Als die onbruikbaar is, liggen ze allemaal stil.
check-no-workaround = De activiteit ‘{ $activity }’ is kritiek, maar heeft geen werkwijze zonder systemen.
check-crisis-role-unassigned = De rol { $role } in het crisisteam heeft nog niemand.
check-crisis-role-without-deputy = De rol { $role } in het crisisteam heeft geen vervanger.
check-crisis-role-no-out-of-band = Voor de rol { $role } ontbreekt een telefoonnummer of een e-mailadres buiten het eigen domein. Als de eigen e-mail plat ligt, is deze persoon onbereikbaar.
check-dependency-cycle = Deze middelen hebben elkaar in een kring nodig: { $resources }. Zo kan geen van hen als eerste terug. Kijk de afhankelijkheden na.
check-review-missing = Er is nog geen datum voor de volgende herziening van het plan.
check-review-overdue = De herziening van het plan was gepland op { $date } en is nog niet gebeurd.
check-exercise-overdue = Het plan werd de voorbije 12 maanden niet geoefend.
import-not-json = Dit is geen geldig JSON-bestand (fout op regel:kolom { $detail }).
import-expected-object = Hier wordt een object verwacht.
import-unknown-field = Onbekend veld „{ $detail }”.
import-missing = Het verplichte veld „{ $detail }” ontbreekt.
import-too-long = De tekst is te lang (hoogstens { $detail } tekens).
import-control-characters = De tekst bevat niet-toegelaten controletekens.
import-expected-string = Hier wordt een tekst verwacht.
import-too-many = Te veel elementen (hoogstens { $detail }).
import-expected-array = Hier wordt een lijst verwacht.
import-out-of-range = Het getal ligt buiten het toegelaten bereik ({ $detail }).
import-expected-number = Hier wordt een geheel getal verwacht.
import-invalid-choice = Ongeldige waarde. Toegelaten: { $detail }.
import-invalid-date = Ongeldige datum. Gebruik de vorm { $detail }.
import-invalid-ref = Ongeldige verwijzing. Verwacht: { $detail }.
import-duplicate-ref = De verwijzing „{ $detail }” komt twee keer voor.
import-unknown-ref = De verwijzing „{ $detail }” bestaat niet in dit bestand.
import-wrong-format = Dit is geen plan van Weerbaar (verwacht formaat: { $detail }).
import-unsupported-version = Deze formaatversie wordt niet ondersteund (wel: { $detail }).
import-invalid-windows = De tijdvensters moeten oplopende getallen zijn.
import-wrong-length = Verkeerd aantal waarden (verwacht: { $detail }).
import-empty = Dit veld mag niet leeg zijn.
import-invalid = Het bestand kon niet gelezen worden: { $detail }
import-approval-missing = Een goedgekeurd plan vermeldt de beslissing van het bestuur: orgaan, datum en referentie.
error-hours-range = Vul een aantal uren in tussen 0 en { $max }.
error-number = Vul een geheel getal in.
error-date-future = Deze datum ligt in de toekomst.
error-level = Kies een niveau van 0 tot 4.
error-windows = Vul oplopende aantallen uren in, gescheiden door komma's.
error-domains = Vul domeinnamen in zoals voorbeeld.be, gescheiden door komma's.
error-too-many-lines = Te veel regels (hoogstens { $max }).
error-unknown-resource = Dit middel bestaat niet in het plan.
conflict-their-version = Opgeslagen door iemand anders
conflict-your-version = Uw versie
flash-plan-created = Het plan is aangemaakt vanuit het sjabloon.
flash-plan-imported = Het plan is ingelezen.
flash-plan-locked = Het plan ligt ter goedkeuring voor en kan nu niet gewijzigd worden.
flash-plan-not-draft = Alleen een ontwerp kan ter goedkeuring voorgelegd worden.
flash-plan-submit-first = Leg het plan eerst ter goedkeuring voor.
flash-plan-submitted = Het plan ligt nu ter goedkeuring voor.
flash-plan-withdrawn = Het plan is teruggenomen en kan weer aangepast worden.
flash-plan-approved = De goedkeuring is vastgelegd.
flash-activity-added = De activiteit is toegevoegd. Vul nu de gegevens aan.
flash-activity-deleted = De activiteit is verwijderd.
flash-resource-added = Het middel is toegevoegd. Vul nu de gegevens aan.
flash-resource-deleted = Het middel is verwijderd.
flash-exercise-added = De oefening is toegevoegd.
flash-exercise-deleted = De oefening is verwijderd.
flash-changed-meanwhile = Iemand anders heeft dit intussen gewijzigd. Kijk het na en probeer opnieuw.
flash-invalid-input = Niet opgeslagen: een van de velden is ongeldig.
audit-plan-created = Continuïteitsplan aangemaakt
audit-plan-updated = Plan gewijzigd
audit-scale-updated = Impactschaal gewijzigd
audit-activity-created = Activiteit toegevoegd
audit-activity-updated = Activiteit gewijzigd
audit-activity-deleted = Activiteit verwijderd
audit-resource-created = Middel toegevoegd
audit-resource-updated = Middel gewijzigd
audit-resource-deleted = Middel verwijderd
audit-crisis-updated = Crisisorganisatie gewijzigd
audit-crisis-role-updated = Crisisrol gewijzigd
audit-playbook-updated = Draaiboek gewijzigd
audit-stakeholder-updated = Doelgroep gewijzigd
audit-message-updated = Voorbeeldbericht gewijzigd
audit-exercise-created = Oefening toegevoegd
audit-exercise-updated = Oefening gewijzigd
audit-exercise-deleted = Oefening verwijderd
audit-plan-submitted = Plan ter goedkeuring voorgelegd
audit-plan-withdrawn = Plan teruggenomen
audit-plan-approved = Plan goedgekeurd
audit-plan-imported = Plan ingelezen
audit-plan-review-reminded = Herinnering voor de herziening verstuurd

## Toolkit catalogue
nav-toolkit = Toolkit
nav-sign-in = Aanmelden
error-page-invalid_filter-title = Onbekende filterwaarde
error-page-invalid_filter-text = Een van de filters (type, doelgroep, onderwerp, niveau, taal of pagina) heeft een waarde die Weerbaar niet kent.
cat-heading = Toolkit voor een cyberveilig lokaal bestuur
cat-intro = Leidraden, sjablonen, checklists en folders voor gemeenten, OCMW's en politiezones, geschreven door een taskforce van experten en elk kwartaal beoordeeld door een klankbordgroep.
cat-entry-label = Ingangen
cat-start-link = Begin hier: tien snelle winsten
cat-topics-link = Alle onderwerpen
cat-iam-label = Ik ben …
cat-search-label = Zoeken in de toolkit
cat-search-hint = Bijvoorbeeld: wachtwoorden, back-ups terugzetten, datalek melden. Ook andere woordvormen en Engelse termen worden gevonden.
cat-search-button = Zoeken
cat-filter-type = Type
cat-filter-type-all = Alle types
cat-filter-audience = Doelgroep
cat-filter-audience-all = Alle doelgroepen
cat-filter-topic = Onderwerp
cat-filter-topic-all = Alle onderwerpen
cat-filter-level = Niveau
cat-filter-level-all = Alle niveaus
cat-filter-lang = Taal
cat-filter-lang-all = Alle talen
cat-filter-apply = Filters toepassen
cat-results-none = Niets gevonden. Probeer een ander woord of minder filters.
cat-results-partial = { $count ->
    [one] Niets bevat al uw woorden; { $count } resultaat bevat er enkele.
   *[other] Niets bevat al uw woorden; { $count } resultaten bevatten er enkele.
    }
cat-results-all = { $count ->
    [one] { $count } product in de toolkit.
   *[other] { $count } producten in de toolkit.
    }
cat-results-count = { $count ->
    [one] { $count } resultaat.
   *[other] { $count } resultaten.
    }
cat-pages-label = Pagina's met resultaten
cat-private = Alleen voor uw organisatie
cat-topics-heading = Onderwerpen
cat-topics-intro = Kies een onderwerp om alle producten erover te zien.
cat-start-heading = Begin hier: tien snelle winsten
cat-start-intro = Hebt u weinig tijd en weinig IT-mensen? Zet deze tien stappen in deze volgorde. Ze geven de meeste bescherming voor de minste moeite.
cat-effort = Inspanning
cat-effort-hours = { $hours ->
    [one] ongeveer { $hours } uur
   *[other] ongeveer { $hours } uur
    }
cat-lang-versions = Taalversies
cat-why = Waarom dit belangrijk is voor een gemeente
cat-about = Over dit product
cat-version = Versie
cat-last-reviewed = Laatst nagekeken
cat-next-review = Volgende beoordeling
cat-licence = Licentie
cat-source = Bron
cat-original = origineel
cat-attachments = Bestanden
cat-related = Verwant
cat-size-bytes = { $n } bytes
cat-size-kb = { $n } kB
cat-size-mb = { $n } MB
cat-feed-title = Weerbaar-toolkit: nieuwe en bijgewerkte producten
cat-type-guide = Leidraad
cat-type-template = Sjabloon
cat-type-checklist = Checklist
cat-type-leaflet = Folder
cat-type-video = Video
cat-type-webinar = Webinar
cat-type-policy_example = Voorbeeldbeleid
cat-type-tool = Hulpmiddel
cat-type-external_reference = Externe bron
cat-audience-mayor_aldermen = Burgemeester en schepenen
cat-audience-general_director = Algemeen directeur
cat-audience-security_officer = Informatieveiligheidsconsulent en DPO
cat-audience-it = IT-medewerkers en IT-leverancier
cat-audience-all_staff = Alle medewerkers
cat-audience-communication = Communicatiedienst
cat-audience-crisis_team = Crisisteam
cat-iam-mayor_aldermen = Ik ben burgemeester of schepen
cat-iam-general_director = Ik ben algemeen directeur
cat-iam-security_officer = Ik ben informatieveiligheidsconsulent of DPO
cat-iam-it = Ik werk in IT
cat-iam-all_staff = Ik ben medewerker
cat-iam-communication = Ik werk aan communicatie
cat-iam-crisis_team = Ik zit in het crisisteam
cat-iam-mayor_aldermen-intro = Wat het bestuur moet weten en beslissen: de risico's, de rollen, en wat u van uw administratie mag vragen.
cat-iam-general_director-intro = U bent eindverantwoordelijk voor de organisatie: hier vindt u de plannen, rollen en beslissingen die bij u liggen.
cat-iam-security_officer-intro = Beleid, controles, meldingen en bewustwording: het gereedschap om informatieveiligheid in de organisatie te trekken.
cat-iam-it-intro = Technische stappen met de meeste winst: MFA, updates, back-ups, beheerdersaccounts, netwerk en logging.
cat-iam-all_staff-intro = Korte folders en tips: phishing herkennen, sterke wachtwoorden, veilig thuiswerken en een incident melden.
cat-iam-communication-intro = Wat u zegt aan medewerkers, burgers en pers tijdens een incident, met sjablonen die klaarliggen.
cat-iam-crisis_team-intro = Het eerste uur, de rollen in het crisisteam, de checklist en de berichten die u nodig hebt.
cat-topic-backups = Back-ups
cat-topic-mfa = MFA
cat-topic-patching = Updates en patching
cat-topic-admin_accounts = Beheerdersaccounts
cat-topic-phishing = Phishing
cat-topic-ransomware = Ransomware
cat-topic-incident_response = Incidentrespons
cat-topic-business_continuity = Bedrijfscontinuïteit
cat-topic-crisis_communication = Crisiscommunicatie
cat-topic-suppliers = Leveranciers
cat-topic-network = Netwerk
cat-topic-logging = Logging en monitoring
cat-topic-passwords = Wachtwoorden
cat-topic-remote_work = Thuiswerk
cat-topic-awareness = Bewustwording
cat-topic-gdpr_breaches = Datalekken (AVG)
cat-topic-nis2 = NIS2
cat-topic-elections = Verkiezingen
cat-topic-insurance = Verzekering
cat-topic-policy_roles = Beleid en rollen
cat-topic-access_management = Toegangsbeheer
cat-topic-physical_security = Fysieke beveiliging
cat-topic-cloud = Cloud
cat-topic-endpoint_security = Beveiliging van toestellen
cat-level-starter = Beginner
cat-level-intermediate = Gevorderd
cat-level-advanced = Expert
cat-lang-nl = Nederlands
cat-lang-en = Engels
cat-lang-fr = Frans
audit-adoption-updated = Opvolging van een toolkitproduct bijgewerkt
audit-private-resource-created = Eigen product toegevoegd
audit-private-resource-updated = Eigen product gewijzigd
audit-private-resource-deleted = Eigen product verwijderd
audit-toolkit-resource-created = Toolkitproduct aangemaakt
audit-toolkit-resource-updated = Toolkitproduct gewijzigd
audit-toolkit-stage-changed = Fase van een toolkitproduct gewijzigd
audit-toolkit-update-taken = Nieuwe uitgave van een toolkitproduct overgenomen
audit-toolkit-update-dismissed = Nieuwe uitgave van een toolkitproduct niet overgenomen
audit-toolkit-visibility-changed = Zichtbaarheid van de toolkit gewijzigd
audit-round-opened = Beoordelingsronde geopend
audit-round-closed = Beoordelingsronde afgesloten
audit-round-scored = Beoordeling ingediend
audit-round-decided = Beslissing in een beoordelingsronde genomen
nav-org-toolkit = Toolkit in uw organisatie
flash-deleted = Verwijderd.
flash-adoption-saved = De opvolging is opgeslagen.
error-url = Geef een volledig webadres dat begint met https://.
error-choose-at-least-one = Kies er minstens één.
error-review-before-last = De volgende beoordeling ligt vóór de laatste.
error-one-language = Vul minstens één taalversie in: titel, samenvatting en tekst.
error-video-transcript = Een video heeft ondertitels (een .vtt-bestand) of een uitgeschreven tekst nodig. Vul de uitgeschreven tekst in.
error-unknown-related = { $name } is geen product in de toolkit.
cat-back = Terug
cat-cancel = Annuleren
cat-edit = Bewerken
cat-delete = Verwijderen
cat-edit-conflict = Iemand anders heeft dit product intussen opgeslagen. Uw wijzigingen staan nog in het formulier; hun versie ziet u hieronder. Neem over wat u wilt houden en sla opnieuw op.
cat-edit-theirs = De versie die intussen is opgeslagen
cat-field-title = Titel
cat-field-summary = Samenvatting
cat-field-body = Tekst
cat-field-body-hint = In Markdown: ## voor een tussentitel, - voor een opsomming, **vet**. Tabellen mogen.
cat-field-transcript = Uitgeschreven tekst (bij een video)
cat-field-transcript-hint = Wat er in de video gezegd wordt, voor wie niet kan kijken of luisteren.
cat-field-effort = Inspanning in uren
cat-field-effort-hint = Ruwe schatting voor een kleine gemeente om dit toe te passen.
cat-field-source-hint = Alleen bij materiaal dat u overneemt van een andere organisatie.
cat-field-original-url = Webadres van het origineel
cat-field-related-hint = Eén product per regel, met zijn korte naam (zoals backups-that-survive-ransomware).
cat-field-video-url = Webadres van de video
cat-field-video-url-hint = Een video elders online; een eigen videobestand laadt u op na het opslaan.
cat-field-lang-hint = Laat een taal leeg als u ze niet schrijft.
cat-private-new = Eigen product toevoegen
cat-private-edit = Eigen product bewerken
cat-private-heading = Eigen producten
cat-private-intro = Afspraken, procedures en documenten van uw eigen organisatie. Alleen uw leden zien ze; ze worden gevonden bij het zoeken.
cat-private-empty = Uw organisatie heeft nog geen eigen producten.
adoption-heading = Opvolging voor { $org }
adoption-status = Stand van zaken
adoption-owner = Trekker
adoption-due = Tegen
adoption-note = Notitie (alleen voor uw organisatie)
adoption-note-hint = Bijvoorbeeld wat er al gebeurd is of waar u op wacht.
adoption-updated = Laatst bijgewerkt: { $when }
adoption-save = Opvolging opslaan
adoption-overview-link = Alle opvolging van uw organisatie
adoption-conflict = Iemand anders heeft de opvolging intussen opgeslagen. Hieronder ziet u de huidige stand; pas ze aan en sla opnieuw op.
adoption-page-heading = Toolkit in uw organisatie
adoption-overall = Uw organisatie heeft { $percent }% van wat van toepassing is afgerond.
adoption-browse = Naar de toolkit
adoption-progress-heading = Voortgang per onderwerp
adoption-done = Afgerond
adoption-in-progress = Bezig
adoption-progress = Voortgang
adoption-work-heading = Werklijst
adoption-work-empty = Nog niets opgevolgd. Open een product in de toolkit en geef de stand van zaken aan.
adoption-late = te laat
adoption-status-not_started = Niet begonnen
adoption-status-in_progress = Bezig
adoption-status-done = Afgerond
adoption-status-not_applicable = Niet van toepassing
dashboard-toolkit = Toolkit
dashboard-toolkit-more = Alle voortgang en de werklijst
error-step-not-allowed = Uw rol laat deze stap niet toe.
error-step-wrong-stage = Deze stap kan niet vanuit de huidige fase.
error-upload-name = De bestandsnaam is leeg, te lang of bevat tekens die niet mogen.
error-upload-type = Dit soort bestand wordt niet aanvaard. Toegelaten: MP4, WebM, VTT, PDF, DOCX, ODT, XLSX, ODS, PPTX, ODP, CSV, MD, TXT, PNG en JPG.
error-upload-mismatch = De inhoud van het bestand past niet bij de extensie.
cat-editorial-heading = Redactie van de toolkit
cat-editorial-intro = Concepten, review door de taskforce, beoordeling door de klankbordgroep, publicatie en archief.
cat-new = Nieuw product
cat-edit-heading = Product bewerken
cat-stage = Fase
cat-attention = Aandacht
cat-update-available = Nieuwe uitgave beschikbaar
cat-review-overdue = Beoordeling te laat
cat-withdrawn = Gearchiveerd
cat-public-version = Gepubliceerde versie bekijken
cat-update-available-text = Er is een nieuwe uitgave van dit product meegeleverd met Weerbaar. Uw eigen wijzigingen blijven staan tot u kiest.
cat-update-compare = Vergelijken en kiezen
cat-changed-since-published = De werkversie verschilt van de gepubliceerde versie.
cat-diff-show = Verschillen tonen
cat-steps-heading = Volgende stap
cat-comment = Opmerking
cat-comment-hint = Wordt bewaard bij deze fase, zodat iedereen later ziet waarom.
cat-comment-add = Opmerking toevoegen
cat-change-note = Wijzigingsnota (bij publiceren)
cat-change-note-hint = Wat is er veranderd in deze versie? Lezers en de klankbordgroep zien dit.
cat-comments = Opmerkingen
cat-comments-empty = Nog geen opmerkingen.
cat-files-empty = Nog geen bestanden.
cat-file-upload = Bestand toevoegen
cat-file-upload-hint = Video (MP4 of WebM, met ondertitels als .vtt of een uitgeschreven tekst), document of lijst. Lezers krijgen het bij de volgende publicatie.
cat-file-upload-button = Opladen
cat-versions = Gepubliceerde versies
cat-versions-empty = Nog niet gepubliceerd.
cat-diff-previous = verschil met de vorige
cat-preview = Voorbeeld van de werkversie
cat-working-copy = werkversie
cat-diff-heading = Verschillen tussen versies
cat-diff-between = Van { $from } naar { $to }.
cat-diff-removed = Weg
cat-diff-added = Nieuw
cat-diff-none = Geen verschillen.
cat-diff-meta = Gegevens van het product
cat-diff-title = titel
cat-diff-summary = samenvatting
cat-diff-why = waarom belangrijk
cat-diff-body = tekst
cat-update-heading = Nieuwe uitgave vergelijken
cat-update-local = uw versie
cat-update-release = nieuwe uitgave
cat-update-choose = Wat wilt u doen?
cat-update-choose-text = Neemt u de nieuwe uitgave over, dan wordt ze gepubliceerd als nieuwe versie en vervalt uw eigen wijziging (ze blijft leesbaar bij de versies). Houdt u uw versie, dan wordt deze uitgave niet meer voorgesteld.
cat-update-take = Nieuwe uitgave overnemen
cat-update-keep = Mijn versie houden
cat-status-draft = Concept
cat-status-in_review = In review
cat-status-evaluation = Beoordeling klankbordgroep
cat-status-published = Gepubliceerd
cat-status-archived = Gearchiveerd
cat-step-submit = Indienen voor review
cat-step-send_back = Terug naar concept
cat-step-to_evaluation = Naar de klankbordgroep
cat-step-publish = Publiceren
cat-step-archive = Archiveren
cat-step-reopen = Opnieuw bewerken
error-round-name-taken = Er bestaat al een ronde met deze naam.
error-round-closed = Deze ronde is afgesloten; scores kunnen niet meer wijzigen.
error-score = Kies een score van 1 tot 5.
error-date-past = Deze datum ligt in het verleden.
flash-score-saved = Uw beoordeling is opgeslagen.
mail-round-subject = Herinnering: beoordelingsronde { $round } sluit op { $date }
mail-round-body =
    Goedendag { $name },

    De beoordelingsronde { $round } van de Weerbaar-toolkit sluit op { $date }. U moet nog { $left } product(en) beoordelen.

    Uw oordeel over relevantie, juistheid, duidelijkheid, volledigheid en bruikbaarheid bepaalt mee welke producten gepubliceerd, herwerkt of ingetrokken worden.

    Open de ronde via deze link:
    { $link }
round-list-heading = Beoordelingsrondes
round-list-intro = Elk kwartaal beoordeelt de klankbordgroep de producten van de toolkit op relevantie, juistheid, duidelijkheid, volledigheid en bruikbaarheid.
round-list-empty = Er zijn nog geen rondes.
round-new = Ronde openen
round-open-until = open tot { $date }
round-open-note = De ronde is nog open: de cijfers kunnen nog veranderen.
round-closed = afgesloten
round-products = { $count ->
    [one] { $count } product
   *[other] { $count } producten
    }
round-my-progress = U hebt { $done } van { $total } beoordeeld
round-my-progress-label = Uw voortgang
round-progress-of = { $done } van { $total }
round-name = Naam van de ronde
round-name-hint = Bijvoorbeeld 2027 Q1.
round-deadline = Uiterste datum
round-resources = Producten in de ronde
round-open = Ronde openen
round-heading = Beoordelingsronde { $name }
round-report = Verslag
round-report-heading = Verslag van de ronde { $name }
round-your-score = Uw beoordeling
round-reviews = Beoordelingen
round-reviews-count = { $count ->
    [one] { $count } beoordeling
   *[other] { $count } beoordelingen
    }
round-no-reviews = Nog geen beoordelingen.
round-score-give = Beoordelen
round-score-change = Beoordeling wijzigen
round-scored = beoordeeld
round-reviewers = Klankbordgroep
round-close = Ronde afsluiten
round-score-heading = Beoordeling: { $title }
round-read-product = Het product lezen
round-score-scale = 1 = zeer zwak, 2 = zwak, 3 = voldoende, 4 = goed, 5 = zeer goed.
round-score-choose = Kies een score
round-score-1 = 1 – zeer zwak
round-score-2 = 2 – zwak
round-score-3 = 3 – voldoende
round-score-4 = 4 – goed
round-score-5 = 5 – zeer goed
round-comment = Toelichting
round-comment-hint = Wat moet beter, wat ontbreekt, wat werkt goed in uw bestuur?
round-score-save = Beoordeling opslaan
round-csv = Verslag als CSV
round-overall = Gemiddelde
round-spread = Spreiding
round-criterion = Criterium
round-average = Gemiddelde
round-range = Laagste–hoogste
round-comments = Toelichtingen
round-decision = Beslissing
round-decision-none = Nog geen beslissing
round-decision-note = Toelichting bij de beslissing
round-decide = Beslissing opslaan
round-change-note = Beoordeeld in ronde { $round }
round-csv-product = Product
round-csv-reviews = Beoordelingen
round-csv-average = gemiddelde
round-csv-range = laagste-hoogste
round-criterion-relevance = Relevantie voor lokale besturen
round-criterion-correctness = Juistheid
round-criterion-clarity = Duidelijkheid
round-criterion-completeness = Volledigheid
round-criterion-usability = Bruikbaarheid
round-criterion-relevance-hint = Helpt dit een gemeente, OCMW of politiezone echt?
round-criterion-correctness-hint = Klopt de inhoud, ook na recente veranderingen?
round-criterion-clarity-hint = Begrijpt een medewerker zonder IT-kennis wat er moet gebeuren?
round-criterion-completeness-hint = Ontbreken er stappen, rollen of valkuilen?
round-criterion-usability-hint = Kan een bestuur met twee IT-mensen hier morgen mee aan de slag?
round-decision-publish = Publiceren
round-decision-revise = Herwerken
round-decision-retire = Intrekken
cat-video-download = De video downloaden
cat-video-watch = De video bekijken (externe website)
cat-transcript = Uitgeschreven tekst
admin-toolkit-title = Toolkit
admin-toolkit-public = Gepubliceerde producten zijn leesbaar zonder aan te melden
admin-toolkit-public-hint = Een openbare toolkit helpt elke gemeente. Zet dit uit als alleen aangemelde personen de toolkit mogen lezen. Concepten, rondes, opvolging en eigen producten vragen altijd de juiste rol.
cat-table = Tabel
cat-attention-heading = Wat aandacht vraagt
cat-overdue-count = { $count ->
    [one] { $count } gepubliceerd product moest al opnieuw beoordeeld zijn.
   *[other] { $count } gepubliceerde producten moesten al opnieuw beoordeeld zijn.
    }
cat-broken-links = Gebroken links
cat-link-status = antwoord { $status }

## Documents (PDF, DOCX, ODT, Markdown, HTML) and the grab pack
doc-page-title = Documenten en noodpakket
doc-page-intro = Op de dag van een aanval zijn uw servers, mail en gedeelde mappen misschien weg. Zorg dat het plan dan al op papier en op een USB-stick klaarligt. Elk document bestaat als PDF (om af te drukken), DOCX en ODT (om verder te bewerken), Markdown en HTML.
doc-pack-title = Noodpakket
doc-pack-about = Eén ZIP-bestand met alle documenten als PDF en DOCX, één HTML-bestand dat zonder Weerbaar opent op elke computer of smartphone, en een lijst met controlegetallen (SHA-256) om een afgedrukte of bewaarde kopie te toetsen aan de huidige versie.
doc-pack-intro = Dit bestand bevat het volledige continuïteitsplan en alle bijlagen. Het werkt zonder internet en zonder Weerbaar. Bewaar een kopie op papier en op een USB-stick buiten het netwerk.
doc-pack-last = Laatst gedownload op { $at } door { $by }.
doc-pack-outdated = Het plan is gewijzigd sinds het laatste noodpakket. Download een nieuw pakket en vervang de afgedrukte en bewaarde kopieën.
doc-pack-never = Er werd nog geen noodpakket gedownload. Download het en bewaar het buiten het netwerk.
doc-pack-download = Noodpakket downloaden (ZIP)
doc-list-title = Alle documenten
doc-col-document = Document
doc-col-download = Downloaden
doc-contents = Inhoud
doc-page = Pagina
doc-version = Versie
doc-status = Status
doc-approval = Goedkeuring
doc-not-approved = Nog niet goedgekeurd
doc-owner = Eigenaar
doc-next-review = Volgende herziening
doc-classification = Classificatie
doc-scope = Toepassingsgebied
doc-objectives = Doelstellingen
doc-assumptions = Uitgangspunten
doc-title-plan = Bedrijfscontinuïteitsplan
doc-title-contacts = Crisiscontacten en belboom
doc-title-wallet-card = Zakkaart crisiscontacten
doc-title-first-hour = Checklists voor het eerste uur
doc-title-runbook = Herstelrunbook
doc-title-incident-log = Logboek incident
doc-title-communication = Communicatiesjablonen
doc-title-exercise-report = Verslag van een oefening
doc-title-actions = Openstaande acties
doc-title-bia = Verslag bedrijfsimpactanalyse
doc-subtitle-plan = Het volledige plan, ter goedkeuring door het bestuur.
doc-subtitle-contacts = Wie u belt en in welke volgorde, ook als de eigen mail en telefonie niet werken.
doc-subtitle-wallet-card = De belangrijkste nummers op één blad, om mee te nemen.
doc-subtitle-first-hour = Wat u in het eerste uur doet, per scenario, met vakjes om af te vinken.
doc-subtitle-runbook = De herstelvolgorde als checklist, met ruimte om tijden in te vullen.
doc-subtitle-incident-log = Een leeg logboek om met de hand in te vullen tijdens een incident.
doc-subtitle-communication = De berichten voor personeel, burgers en pers die klaarliggen.
doc-subtitle-exercise-report = Een leeg verslag voor na een oefening.
doc-subtitle-actions = De gaten die het plan nog heeft, en de acties uit oefeningen.
doc-subtitle-bia = Hoe lang elke activiteit kan stilliggen, en wat ze nodig heeft om terug te komen.
doc-bia-intro = De bedrijfsimpactanalyse toont per activiteit hoe ernstig een onderbreking wordt naarmate ze langer duurt. Daaruit volgen de maximaal aanvaardbare onderbrekingstijd (MTPD), de hersteltijd (RTO) en het aanvaardbare gegevensverlies (RPO).
doc-bia-table = Activiteiten naar dringendheid
doc-heatmap = Impact in de tijd
doc-heatmap-intro = Per activiteit de zwaarste impact over alle categorieën, na elke duur van de onderbreking.
doc-heatmap-legend = Niveaus:
doc-chains = Afhankelijkheden per kritieke activiteit
doc-chains-intro = Wat elke kritieke activiteit nodig heeft, ook onrechtstreeks, en wanneer het terug kan zijn.
doc-no-resources = Nog geen middelen gekoppeld.
doc-recovery-order = Herstelvolgorde
doc-recovery-intro = Herstel in deze volgorde: elk middel heeft alleen wat erboven staat nodig. Middelen in dezelfde golf kunnen tegelijk.
doc-runbook-intro = Vink elk middel af wanneer het terug werkt en noteer het uur. Een middel start pas wanneer wat het nodig heeft, werkt.
doc-runbook-lead = Verantwoordelijke voor het herstel
doc-notes = Opmerkingen
doc-cycles = Deze middelen hebben elkaar nodig in een kring en kunnen niet als eerste terugkomen:
doc-col-activity = Activiteit
doc-col-department = Dienst
doc-col-priority = Prioriteit
doc-col-mtpd = MTPD
doc-col-rto = RTO
doc-col-rpo = RPO
doc-col-resource = Middel
doc-col-kind = Soort
doc-col-own-time = Eigen hersteltijd
doc-col-available = Terug na
doc-col-wave = Golf
doc-col-needed-within = Nodig binnen
doc-col-done = Klaar
doc-col-time = Uur
doc-col-backup = Back-up
doc-col-restore-test = Laatste hersteltest
doc-col-role = Rol
doc-col-name = Naam
doc-col-phone = Telefoon
doc-col-primary = Titularis
doc-col-deputy = Vervanger
doc-col-contact = Contact dag en nacht
doc-col-contract = Contract
doc-col-decision = Beslissing
doc-col-who = Wie
doc-col-audience = Doelgroep
doc-col-when = Wanneer
doc-col-message = Boodschap
doc-col-channel = Kanaal
doc-col-deadline = Termijn
doc-col-within = Binnen
doc-col-applies = Wanneer van toepassing
doc-col-severity = Ernst
doc-col-finding = Vaststelling
doc-col-due = Tegen
doc-col-exercise = Oefening
doc-col-planned = Gepland
doc-col-done-on = Uitgevoerd
doc-col-result = Resultaat
doc-col-date-time = Datum en uur
doc-col-event = Wat gebeurde er
doc-col-action = Actie
doc-mbco = Minimaal dienstverleningsniveau
doc-legal-deadlines = Wettelijke termijnen
doc-peak-periods = Drukke periodes
doc-needs = Heeft nodig
doc-alternate-location = Andere locatie
doc-alternate-supplier = Andere leverancier
doc-mutual-aid = Hulp van andere besturen
doc-paper-backlog = Achterstand na werken op papier
doc-activation = Wanneer het crisisteam samenkomt
doc-who-may-activate = Wie het crisisteam mag samenroepen
doc-meeting-primary = Vergaderplaats
doc-meeting-alternate = Andere vergaderplaats
doc-crisis-team = Crisisteam
doc-call-tree = Belboom
doc-otherwise = anders
doc-handover = Terug naar de gewone werking
doc-signals = Signalen
doc-first-hour = Het eerste uur
doc-decisions = Beslissingen
doc-recovery-steps = Herstel
doc-return-to-normal = Terug naar normaal
doc-clocks = Termijnen die beginnen te lopen
doc-stakeholders = Doelgroepen en kanalen
doc-messages = Berichten
doc-suppliers-24-7 = Leveranciers, dag en nacht bereikbaar
doc-open-checks = Openstaande controles
doc-no-open-checks = Het plan heeft geen openstaande controles.
doc-exercise-actions = Acties uit oefeningen
doc-no-exercises = Er zijn nog geen oefeningen gepland.
doc-annex-checks = Bijlage: wat nog ontbreekt
doc-log-incident = Incident
doc-log-started = Begonnen op
doc-log-keeper = Logboek bijgehouden door
doc-ex-participants = Deelnemers
doc-ex-scenario = Scenario
doc-ex-what-went-well = Wat ging goed
doc-ex-what-to-improve = Wat moet beter
doc-ex-actions = Acties
error-page-unknown_format-title = Onbekend formaat
error-page-unknown_format-text = Kies pdf, docx, odt, md, html of zip.
error-page-unknown_document-title = Onbekend document
error-page-unknown_document-text = Dit document bestaat niet. Kies een document uit de lijst.
error-page-unknown_language-title = Onbekende taal
error-page-unknown_language-text = Kies nl, en of fr.
audit-plan-pack-downloaded = Noodpakket gedownload
doc-toolkit = Weerbaar-toolkit
cat-download-document = Afdrukken of bewerken
cat-download-document-about = Deze tekst als document: PDF op A4 om af te drukken of uit te delen, DOCX of ODT om aan te passen aan uw bestuur.
round-pdf = Verslag als PDF
round-docx = Verslag als DOCX
round-no-scores = Nog geen scores.
doc-chain-more = Middelen verder in de keten, hier niet getoond (zie Middelen en afhankelijkheden in Weerbaar)

## Rules shared by forms, the API and imports (core::bcp::edit)
error-approval-missing = Een goedgekeurd plan vermeldt de beslissing van het bestuur: orgaan, datum en referentie.
error-depends-on-itself = Een middel kan niet van zichzelf afhangen.
error-domains-too-many = Vul hoogstens { $max } domeinnamen in.
error-duplicate-resource = Een middel staat er twee keer in.
error-impact-category = „{ $name }” is geen impactcategorie.
error-impact-windows = Geef per categorie { $count } waarden, één per tijdvenster.
error-invisible-characters = Dit veld bevat onzichtbare tekens die de tekst anders doen lijken dan hij is (richtingstekens of tekens zonder breedte). Verwijder ze.
error-level-descriptions = Beschrijf de vier niveaus, van 1 tot 4.
error-number-max = Dit mag hoogstens { $max } zijn.
error-number-negative = Vul 0 of meer in.
error-role-key = Een rolsleutel bestaat uit kleine letters, cijfers en koppeltekens, hoogstens 40 tekens.
error-too-many-links = Te veel koppelingen (hoogstens { $max }).
error-unknown-role = Kies een rol uit het crisisteam.
import-too-many-links = Te veel koppelingen in dit bestand (hoogstens { $detail }).

## The grab pack kept current
doc-pack-current = Huidige versie { $version }, klaargezet op { $at }.
doc-pack-checksum = Controlegetal (SHA-256) van het pakket:
doc-pack-building = Het noodpakket van de laatste wijzigingen wordt binnen enkele minuten klaargezet. U kunt het nu al downloaden; dat duurt dan wat langer.
doc-team-title = Wie heeft het huidige noodpakket?
doc-team-intro = De leden van het crisisteam met een account in Weerbaar: hun e-mailadres staat bij een rol in het plan.
doc-team-col-member = Lid van het crisisteam
doc-team-col-pack = Noodpakket
doc-team-current = Huidig pakket, gedownload op { $at }
doc-team-old = Ouder pakket, gedownload op { $at }: vervang het
doc-team-never = Nog niet gedownload
doc-team-none = Geen lid van het crisisteam heeft een account in Weerbaar. Vul bij de rollen het e-mailadres in waarmee ze aanmelden.
audit-plan-pack-built = Nieuw noodpakket klaargezet
mail-pack-subject = Nieuwe versie van het noodpakket van { $org }
mail-pack-body =
    Goedendag,

    Het goedgekeurde continuïteitsplan van { $org } is gewijzigd. Versie { $version } van het noodpakket staat klaar.

    Download het nieuwe pakket en vervang uw afgedrukte kopie en de kopie op uw USB-stick. Zo werkt u tijdens een crisis met de juiste gegevens.

    Controlegetal (SHA-256) van het nieuwe pakket:
    { $checksum }

    Download het pakket via deze link:
    { $link }

    Weerbaar

## The plan on the dashboard
dashboard-plan = Continuïteitsplan
dashboard-plan-status = { $status }, versie { $version }
dashboard-plan-complete = { $percent }% ingevuld
dashboard-plan-missing = Wat nog ontbreekt
dashboard-plan-findings = De belangrijkste problemen
dashboard-plan-review = Volgende herziening
dashboard-plan-overdue = verstreken
dashboard-plan-next-exercise = Volgende geplande oefening
dashboard-plan-last-exercise = Laatste oefening
dashboard-plan-not-set = niet gepland
dashboard-plan-none-yet = nog geen
dashboard-plan-pack-team = { $current } van { $total } leden van het crisisteam hebben het huidige noodpakket
dashboard-plan-pack-no-team = Geen lid van het crisisteam heeft een account.
dashboard-plan-open = Naar het plan
dashboard-plan-none = Uw organisatie heeft nog geen continuïteitsplan. Begin met het standaardsjabloon: u kiest uw activiteiten en vult ze stap voor stap aan.
dashboard-plan-start = Een plan beginnen
bcp-explain-scope = { $done } van de { $total } gegevens ingevuld: reikwijdte, doelstellingen, veronderstellingen, eigenaar en volgende herziening.
bcp-explain-activities = { $done } van de { $total } activiteiten hebben een dienst en een eigenaar.
bcp-explain-bia = { $done } van de { $total } activiteiten hebben een volledige impactanalyse, een RPO en een minimaal dienstniveau.
bcp-explain-resources = { $done } van de { $total } punten: elke activiteit heeft middelen en elk middel een hersteltijd.
bcp-explain-strategies = { $done } van de { $total } kritieke activiteiten hebben een noodprocedure en een aanpak voor de achterstand.
bcp-explain-crisis = { $done } van de { $total } punten: activering, belboom, vergaderplaatsen, overdracht, en per rol een persoon, een vervanger en een telefoonnummer.
bcp-explain-playbooks = { $done } van de { $total } scenario's hebben een draaiboek met de stappen van het eerste uur.
bcp-explain-communication = { $done } van de { $total } punten: per doelgroep een kanaal en een verantwoordelijke, en een eerste bericht voor burgers.
bcp-explain-exercises = { $done } van de { $total }: een geplande oefening en een gehouden oefening.
bcp-explain-approval = { $done } van de { $total }: het plan is goedgekeurd, met de beslissing van het bestuur.

mail-mfa-locked-subject = Iemand probeerde met uw wachtwoord aan te melden in Weerbaar
mail-mfa-locked-body =
    Goedendag,

    Iemand gaf het juiste wachtwoord van uw Weerbaar-account en daarna { $count } keer een verkeerde code voor de tweestapsverificatie. Om uw account te beschermen, aanvaardt Weerbaar de komende { $minutes } minuten geen code meer.

    Was u dat zelf niet? Dan kent iemand anders uw wachtwoord. Kies meteen een nieuw wachtwoord via deze link en meld het aan uw informatieveiligheidsconsulent:
    { $link }

    Weerbaar
audit-second-factor-locked = Tweestapsverificatie tijdelijk vergrendeld na te veel verkeerde codes
error-logo-dimensions = Deze afbeelding is te groot: hoogstens { $side } pixels breed en hoog. Verklein ze eerst.
error-logo-damaged = Deze afbeelding kan niet gelezen worden. Sla ze opnieuw op als PNG of JPEG en probeer het nog eens.
field-token-scope = Wat mag de sleutel?
token-scope = Mag
token-scope-read = Lezen
token-scope-write = Lezen en wijzigen
token-scope-read-option = Alleen lezen (aanbevolen voor rapporten en monitoring)
token-scope-write-option = Lezen en wijzigen
token-never-used = Nog nooit
hint-token-password = Vul uw huidige wachtwoord in: wie alleen uw sessie heeft, kan zo geen sleutel aanmaken.
field-keep-tokens = Mijn API-sleutels blijven werken (anders worden ze ingetrokken)
error-reauth-wait = Te veel verkeerde wachtwoorden. Wacht { $seconds } seconden en probeer het dan opnieuw.
error-page-token_read_only-title = Alleen lezen
error-page-token_read_only-text = Deze API-sleutel mag alleen lezen. Maak een sleutel die mag wijzigen als dit script iets moet aanpassen.
error-json-field = Deze waarde kan niet gelezen worden: { $detail }.
error-import-too-large = Het bestand is te groot: een plan mag hoogstens { $max } MB zijn.
bcp-import-problems-capped = Het bestand bevat minstens { $shown } fouten. De eerste { $shown } staan hieronder.
bcp-approve-next = Verder naar bevestiging
bcp-approve-confirm-title = Goedkeuring bevestigen
bcp-approve-confirm-intro = Lees wat het plan nog mist voor u de goedkeuring vastlegt. Een goedgekeurd plan is het plan waarmee uw organisatie in een crisis werkt.
bcp-approve-confirm-complete = Het plan is voor { $percent } % volledig
bcp-approve-confirm-serious = { $count ->
    [0] Geen ernstige tekortkomingen
    [one] 1 ernstige tekortkoming
    *[other] { $count } ernstige tekortkomingen
    }
bcp-approve-confirm-no-serious = De controles vonden geen ernstige tekortkomingen.
bcp-approve-acknowledge = Ik heb de volledigheid en de ernstige tekortkomingen gelezen en het bevoegde orgaan keurde het plan toch goed.
error-approval-acknowledge = Vink aan dat u de volledigheid en de ernstige tekortkomingen gelezen hebt.
bcp-approve-back = Terug zonder goed te keuren
bcp-versions-submitted = Voorgelegde versies
bcp-versions-submitted-intro = Zo zag het plan eruit toen het ter goedkeuring werd voorgelegd. Een voorgelegde versie is nog niet goedgekeurd.
bcp-versions-submitted-none = Nog geen versie voorgelegd.
resource-kind-paper = Papieren documenten
cat-results-some = { $count } met al uw woorden, daarna { $rest } met enkele ervan.
audit-field-impacts = Impact
audit-field-primary = Wie de rol opneemt
audit-field-decisions = Beslissingen
audit-field-clocks = Termijnen
audit-field-status = Status
audit-value-yes = ja
audit-value-no = nee
audit-value-linked = gekoppeld
audit-value-changed = aangepast
audit-value-items = { $count ->
    [one] 1 koppeling
    *[other] { $count } koppelingen
    }
warning-review-past = Deze datum is al voorbij. Plan de volgende herziening in de toekomst.
warning-exercise-before-planned = Deze datum ligt vóór de geplande datum. Klopt dat?
org-switch-current = huidige
bcp-chain-summary-unknown = Wanneer de activiteit ‘{ $activity }’ terug is, is niet bekend: niet elk middel eronder heeft een hersteltijd. Nagestreefd: { $rto }.
cat-filters = Filters
welcome-title = Weerbaar: blijf werken tijdens een cyberaanval
welcome-what = Weerbaar helpt lokale besturen zich voorbereiden op cyberincidenten, met een toolkit van praktische gidsen, sjablonen en folders.
welcome-plan = Met een account bouwt u samen met uw collega's het continuïteitsplan van uw organisatie op: impactanalyse, crisisorganisatie, draaiboeken en documenten om af te drukken.
welcome-toolkit = Bekijk de toolkit (zonder account)
bcp-clock-asap = zo snel mogelijk
bcp-playbook-edit = Dit draaiboek aanpassen
bcp-playbook-read = Lezen en afdrukken
bcp-used-by-note = Dit is dezelfde koppeling als bij de activiteit: u past ze daar aan.
doc-card-how = Knip langs de stippellijnen, vouw elke kaart in het midden en bewaar ze in uw portefeuille. Werk ze bij als het crisisteam verandert.
doc-card-call = Cyberincident? Bel in deze volgorde
doc-card-first-hour = Het eerste uur
doc-card-deputies = Niet bereikbaar? Bel de vervanger
doc-card-meet = Waar het crisisteam samenkomt
doc-card-emergency = Noodgevallen 112 · Politie 101 · CCB: incident@ccb.belgium.be
nav-findings = Audits
cancel = Annuleren
finding-status-new = Nieuw
finding-status-confirmed = Bevestigd
finding-status-in-remediation = In herstel
finding-status-fixed = Hersteld, wacht op hertest
finding-status-closed = Afgesloten
finding-status-false-positive = Vals positief
finding-status-duplicate = Dubbel
finding-status-risk-accepted = Risico aanvaard
engagement-kind-pentest = Ethische hack of penetratietest
engagement-kind-audit = ICT-audit
engagement-kind-scan = Kwetsbaarheidsscan
engagement-kind-internal = Interne audit
engagement-kind-phishing = Phishingtest
engagement-kind-other = Andere
engagement-status-planned = Gepland
engagement-status-authorised = Toestemming gegeven
engagement-status-in-progress = Test loopt
engagement-status-reported = Rapport ontvangen
engagement-status-follow-up = Opvolging
engagement-status-closed = Afgesloten
findings-sort-severity = Ernstigste eerst
findings-sort-due = Vroegste termijn eerst
findings-sort-newest = Nieuwste eerst
findings-sort-title = Titel
findings-nav = Audits en bevindingen
findings-title = Bevindingen
findings-intro = Alles wat een audit, een ethische hack, een scan of uw eigen team vond, op één plaats, tot het hersteld en opnieuw getest is.
findings-export-csv = Alles als CSV
findings-report = Opvolgingsrapport
findings-filter = Filteren en sorteren
findings-any = Alle
findings-open-only = Alle open bevindingen
findings-overdue-only = Alleen over tijd
findings-overdue = over tijd
findings-accepted = aanvaarde risico's
findings-sort = Volgorde
findings-count =
    { $count ->
        [one] 1 bevinding
       *[other] { $count } bevindingen
    }
findings-table = Bevindingen
findings-settings-title = Termijnen
findings-settings-intro = Hoeveel dagen een bevinding mag openstaan, per ernst, te rekenen vanaf de dag dat ze bevestigd is. Wat daarna nog open is, staat als 'over tijd' in de lijst, in het rapport en in de wekelijkse e-mail aan de eigenaars.
findings-days-critical = Kritiek (dagen)
findings-days-high = Hoog (dagen)
findings-days-medium = Gemiddeld (dagen)
findings-days-low = Laag (dagen)
finding-add = Bevinding toevoegen
finding-edit = Bevinding wijzigen
finding-field-title = Titel
finding-field-description = Beschrijving
finding-field-assets = Getroffen systemen
finding-field-remediation = Advies voor herstel
finding-field-references = Referenties
finding-field-cvss-vector = CVSS-vector
finding-field-severity = Ernst
finding-field-severity-reason = Waarom deze ernst
finding-field-owner-email = Eigenaar (e-mail)
finding-field-due = Termijn
finding-field-engagement = Audit of test
finding-field-resources = Middelen uit het continuïteitsplan
finding-field-status = Status
finding-field-reason = Reden
finding-field-duplicate-of = Dubbel van
finding-field-approver-email = Aanvaard door (beheerder)
finding-field-expires = Aanvaard tot
finding-field-version = Versie
finding-field-to = Nieuwe status
finding-field-comment = Opmerking
finding-field-file = Bestand
finding-hint-cvss = Bijvoorbeeld CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H of een vector van CVSS 4.0. Score en ernst worden eruit berekend.
finding-hint-severity-reason = Alleen zonder vector: bijvoorbeeld 'inschatting van de auditor in het rapport van 12 november'.
finding-hint-assets = Eén per regel: een server (srv-file01), een adres met poort (10.0.0.5:445/tcp), een webadres of een toepassing.
finding-hint-references = Eén per regel: CVE-2024-6387, CWE-79 of een webadres.
finding-hint-due = Leeg laten: de termijn volgt uit de ernst zodra de bevinding bevestigd is.
finding-hint-reason = Nodig bij vals positief en bij een aanvaard risico.
finding-hint-expires = Alleen bij een aanvaard risico: hoogstens een jaar. Op die dag gaat de bevinding vanzelf weer open.
finding-hint-evidence = PDF, afbeelding of tekst (logboek), hoogstens 10 MB.
finding-no-engagement = Geen (eigen vaststelling)
finding-severity-from-vector = Volgens de CVSS-vector
finding-accepted-until = Risico aanvaard tot
finding-duplicate-of = Dubbel van
finding-original = de oorspronkelijke bevinding
finding-not-seen = niet meer gezien
finding-not-seen-text = De laatste scan van deze audit meldde deze bevinding niet meer. Ze is niet vanzelf afgesloten: laat ze opnieuw testen en sluit ze dan af.
finding-suggestions = In de toolkit
finding-retest = Hertest
finding-retest-intro = De bevinding is hersteld. Noteer het resultaat van de hertest: geslaagd sluit ze af, niet geslaagd zet ze terug in herstel.
finding-retest-result = Resultaat
finding-retest-passed = Geslaagd: het probleem is weg
finding-retest-failed = Niet geslaagd: het probleem is er nog
finding-retest-note = Hoe getest
finding-retest-save = Hertest vastleggen
finding-move = Status wijzigen
finding-move-to = Nieuwe status
finding-move-save = Status wijzigen
finding-evidence = Bewijsstukken
finding-evidence-none = Nog geen bewijsstukken.
finding-evidence-file = Bestand
finding-evidence-add = Bewijsstuk toevoegen
finding-history = Geschiedenis en opmerkingen
finding-comment = Opmerking
finding-comment-add = Opmerking toevoegen
finding-event-created = Aangemaakt
finding-event-status = Status gewijzigd
finding-event-retest-passed = Hertest geslaagd
finding-event-retest-failed = Hertest niet geslaagd
finding-event-comment = Opmerking
finding-event-edited = Gegevens gewijzigd
finding-event-file = Bewijsstuk toegevoegd
finding-event-import-reopened = Heropend door een nieuwe scan
finding-event-import-not-seen = Niet meer gezien in een nieuwe scan
finding-event-import-seen = Opnieuw gezien in een scan
finding-severity-critical = Kritiek
finding-severity-high = Hoog
finding-severity-medium = Gemiddeld
finding-severity-low = Laag
finding-severity-info = Informatief
engagements-title = Audits en tests
engagements-intro = Elke ethische hack, ICT-audit of scan, met de schriftelijke toestemming van de algemeen directeur, de afspraken met de tester en alles wat gevonden werd.
engagements-none = Nog geen audits of tests. Leg hieronder de eerste vast, ook als de tester nog niet gekozen is.
engagements-count =
    { $count ->
        [one] 1 audit of test
       *[other] { $count } audits en tests
    }
engagement-add = Audit of test vastleggen
engagement-edit = Gegevens wijzigen
engagement-field-title = Naam
engagement-field-kind = Soort
engagement-field-status = Status
engagement-tester = Tester
engagement-field-tester-org = Organisatie van de tester
engagement-field-tester-lead = Verantwoordelijke tester
engagement-field-tester-email = E-mail van de tester
engagement-field-tester-phone = Telefoon van de tester bij noodgevallen
engagement-hint-phone = Tijdens de test bereikbaar, om te kunnen stoppen.
engagement-contact = Onze technische contactpersoon
engagement-field-contact-name = Naam
engagement-field-contact-email = E-mail
engagement-field-contact-phone = Telefoon
engagement-field-scope = Wat getest mag worden
engagement-hint-scope = Eén per regel: systemen, IP-bereiken, domeinen, webadressen, toepassingen.
engagement-field-out-of-scope = Wat niet getest mag worden
engagement-field-window-start = Eerste testdag
engagement-field-window-end = Laatste testdag
engagement-field-hours = Toegelaten uren
engagement-hint-hours = Bijvoorbeeld 'werkdagen van 8 tot 17 uur, niet tijdens de zitdag van burgerzaken'.
engagement-rules = Spelregels
engagement-field-social-engineering = Social engineering is toegelaten (bellen, mailen, aan de balie)
engagement-field-dos-forbidden = Aanvallen die diensten platleggen (denial of service) zijn verboden
engagement-field-data-destroyed = De tester vernietigt onze gegevens na de test
engagement-field-production-data = Omgaan met echte gegevens van burgers en personeel
engagement-field-test-accounts = Testaccounts
engagement-field-stop-procedure = Stopwoord en stopprocedure
engagement-hint-stop = Wie mag de test stoppen, hoe (telefoonnummer, stopwoord) en wat de tester dan doet.
engagement-field-notes = Notities
engagement-window = Testperiode
engagement-open = Open bevindingen
engagement-authorisation = Schriftelijke toestemming
engagement-signed-by = Getekend door { $signer } op { $date }
engagement-signed-copy = getekende brief downloaden
engagement-not-authorised = Nog niet getekend: er mag niet getest worden.
engagement-letter = Toestemmingsbrief om te laten tekenen
engagement-report = Rapport
engagement-next-step = Volgende stap
engagement-move-to = De volgende status is: { $status }.
engagement-move-button = Naar '{ $status }'
engagement-authorisation-upload = Getekende toestemming
engagement-authorisation-intro = Download de brief hierboven, laat hem tekenen door de algemeen directeur en laad de getekende versie hier op. Zonder getekende brief kan de test niet starten.
engagement-field-signer = Getekend door
engagement-field-signed-on = Getekend op
engagement-field-signed-file = Getekende brief
engagement-hint-signed-file = PDF of foto (PNG, JPEG), hoogstens 10 MB.
engagement-authorisation-save = Toestemming vastleggen
engagement-guests = Externe testers
engagement-guests-intro = Een externe tester ziet alleen deze audit: hij kan scanresultaten opladen en bevindingen toevoegen, en ziet niets anders van uw organisatie.
engagement-field-guest-email = E-mailadres van de externe tester
engagement-field-guest-name = Naam van de tester
engagement-guest-add = Tester uitnodigen
engagement-guest-remove = Toegang van { $email } intrekken
engagement-guest-notice = U bent externe tester voor { $org }. U ziet alleen deze audit.
engagement-no-findings = Nog geen bevindingen bij deze audit.
guest-title = Uw audits als externe tester
guest-intro = Deze organisaties nodigden u uit voor een audit of test.
guest-none = U bent voor geen enkele audit uitgenodigd.
import-title = Scanresultaten importeren
import-intro = Greenbone/OpenVAS, Nessus, OWASP ZAP, Nuclei, SARIF of onze eigen CSV voor verslagen in Word of Excel. U ziet eerst wat er verandert; opnieuw hetzelfde bestand importeren verandert niets.
import-csv-template = CSV-sjabloon downloaden
import-format = Formaat
import-file = Bestand
import-preview = Bekijken wat er verandert
import-preview-title = Wat deze import verandert
import-preview-intro = { $format } voor '{ $engagement }'. Er is nog niets veranderd.
import-results =
    { $count ->
        [one] 1 resultaat in het bestand
       *[other] { $count } resultaten in het bestand
    }
import-created = Nieuw
import-unchanged = Al gekend, ongewijzigd
import-reopened = Heropend (was hersteld of afgesloten)
import-not-seen = Niet meer gezien (te hertesten, niet afgesloten)
import-by-severity = Resultaten per ernst
import-confirm-text = Bevestig om de bevindingen bij te werken.
import-nothing-changes = Deze import verandert niets: alles was al gekend.
import-confirm = Importeren
import-problems = Dit bestand kan niet geïmporteerd worden; er is niets veranderd. { $problems }
import-at-line = regel { $line }
import-unknown-format = Dit bestand is geen rapport in een formaat dat Weerbaar kent.
import-broken-xml = Het XML-bestand is hier beschadigd.
import-broken-json = Het JSON-bestand is hier beschadigd ({ $detail }).
import-truncated = Het bestand houdt hier onverwacht op: het is waarschijnlijk niet volledig opgeladen of afgebroken bij het opslaan.
import-doctype = Het bestand bevat een documenttypedefinitie (DOCTYPE). Die wordt om veiligheidsredenen geweigerd: ze kan externe bestanden binnenhalen of enorm uitdijen. Scanners schrijven er geen.
import-entity = Het bestand gebruikt een onbekende entiteit (&…;). Alleen de vijf standaardentiteiten van XML zijn toegelaten.
import-wrong-root = Het bestand begint met <{ $root }>, niet met wat dit formaat verwacht.
import-missing-id = Aan dit resultaat ontbreekt wat het herkenbaar maakt ({ $what }).
import-not-text = Dit is geen tekstbestand in UTF-8.
import-sarif-version = Dit is SARIF { $version }; alleen SARIF 2.1.0 wordt gelezen.
import-csv-header = De eerste regel moet de kolomnamen bevatten.
import-csv-column = De kolom '{ $column }' ontbreekt.
import-csv-unknown = De kolom '{ $column }' kent Weerbaar niet. Gebruik het sjabloon.
import-csv-row = Deze regel heeft niet evenveel kolommen als de eerste.
import-csv-id = Vul een id in (uw eigen nummer voor de bevinding): daaraan herkent een nieuwe import dezelfde bevinding.
import-csv-id-twice = Het id '{ $id }' komt twee keer voor.
scan-wrong-format = Dit bestand is een { $found }-rapport, niet het gekozen formaat. Kies { $found } en probeer opnieuw.
scan-too-many = Dit bestand bevat meer dan { $max } resultaten; splits het op.
letter-title = Toestemming voor een beveiligingstest
letter-intro = { $org } geeft { $tester }, vertegenwoordigd door { $lead }, de toestemming om de hieronder beschreven systemen te testen ({ $kind }), binnen de periode, de uren en de spelregels van deze brief. De tester meldt wat hij vindt alleen aan de contactpersonen van deze brief.
letter-scope = Wat getest mag worden
letter-out-of-scope = Wat niet getest mag worden
letter-nothing-excluded = Niets uitdrukkelijk uitgesloten; alleen wat hierboven staat, mag getest worden.
letter-when = Wanneer
letter-period = Periode
letter-window = van { $from } tot en met { $to }
letter-hours = Uren
letter-rules = Spelregels
letter-rule = Afspraak
letter-agreed = Afgesproken
letter-rule-social = Social engineering (bellen, mailen, aan de balie) is toegelaten
letter-rule-dos = Aanvallen die diensten platleggen zijn verboden
letter-rule-destroy = De tester vernietigt onze gegevens na de test
letter-rule-production = Omgaan met echte gegevens van burgers en personeel
letter-rule-accounts = Testaccounts
letter-yes = Ja
letter-no = Nee
letter-stop = Stoppen
letter-stop-default = Onze technische contactpersoon of de algemeen directeur kan de test op elk moment telefonisch stoppen. De tester stopt dan meteen en bevestigt dat per e-mail.
letter-contacts = Contactpersonen
letter-name = Naam
letter-email = E-mail
letter-phone = Telefoon
letter-tester = Tester
letter-our-contact = Onze contactpersoon
letter-law = Deze toestemming geldt alleen voor de systemen, de periode en de spelregels hierboven. Alles daarbuiten is niet toegelaten. De tester behandelt wat hij ziet als vertrouwelijk.
letter-signatures = Handtekeningen
letter-sign-director = Voor de organisatie: naam van de algemeen directeur
letter-sign-tester = Voor de tester, voor akkoord: naam
letter-sign-date = Datum
letter-sign-signature = Handtekening
report-classification = Vertrouwelijk
report-engagement-title = Rapport van de audit
report-follow-up-title = Opvolging van de bevindingen
report-summary = Samenvatting
report-summary-text = Er staan { $open } bevindingen open, waarvan { $overdue } over tijd. { $accepted } risico's zijn bewust aanvaard; { $expiring } daarvan vervallen binnen 30 dagen en moeten dan opnieuw bekeken worden.
report-trend = Verloop sinds de vorige rapporten
report-trend-title = Open bevindingen per ernst
report-when = Rapport
report-now = Nu
report-total = Totaal
report-overdue = Over tijd
report-accepted = Aanvaarde risico's
report-none = Geen.
report-findings = De bevindingen met advies
mail-guest-subject = Uitnodiging als tester voor { $org }: { $engagement }
mail-guest-body =
    Goedendag,

    { $org } nodigt u uit als externe tester voor '{ $engagement }' in Weerbaar. U ziet daar alleen deze audit: u kunt scanresultaten opladen en bevindingen toevoegen.

    Open deze link: { $link }

    Test pas wanneer de getekende toestemming in Weerbaar staat.
mail-risk-expired-subject = Aanvaard risico vervallen bij { $org }: { $title }
mail-risk-expired-body =
    Goedendag,

    Het risico '{ $title }' was aanvaard tot { $until }. Die termijn is voorbij: de bevinding staat weer open en heeft een nieuwe termijn.

    Bekijk ze hier: { $link }
mail-findings-digest-subject = { $org }: { $count } open bevindingen voor u, { $overdue } over tijd
mail-findings-digest-body =
    Goedendag,

    Dit staat op uw naam in het bevindingenregister van { $org }:

    { $list }

    Alles bekijken: { $link }

    U krijgt dit overzicht één keer per week zolang er iets openstaat.
error-cvss-vector = Deze CVSS-vector klopt niet: controleer elke maatstaf en waarde, bijvoorbeeld CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H.
error-cvss-version = Gebruik een vector van CVSS 3.1 (begint met CVSS:3.1/) of 4.0 (begint met CVSS:4.0/).
error-severity-reason = Zeg waarom deze ernst, als er geen CVSS-vector is.
error-finding-item = Regel { $line } wordt niet begrepen. Controleer de schrijfwijze (zie de uitleg onder het veld).
error-finding-reason = Geef een reden.
error-finding-duplicate-of = Kies de oorspronkelijke bevinding.
error-finding-duplicate-self = Een bevinding kan geen dubbel van zichzelf zijn.
error-finding-approver = Alleen een beheerder van de organisatie kan een risico aanvaarden. Kies een beheerder.
error-finding-expiry = Een aanvaard risico heeft een einddatum nodig, hoogstens een jaar van nu.
error-finding-expiry-past = Kies een datum na vandaag.
error-finding-expiry-far = Hoogstens { $days } dagen van nu: daarna moet het risico opnieuw bekeken worden.
error-finding-move = Van '{ $from }' kan een bevinding niet naar '{ $to }'.
error-deadline-days = Vul een aantal dagen in van 1 tot { $max }.
error-window-order = De laatste testdag ligt voor de eerste.
error-letter-type = Laad de getekende brief op als PDF, PNG of JPEG.
error-file-missing = Kies een bestand.
error-file-too-large = Het bestand is te groot (hoogstens { $max } MB).
error-evidence-type = Laad een PDF, een afbeelding (PNG, JPEG, GIF) of tekst op.
error-engagement-needs-authorisation = Leg eerst de getekende toestemming vast: zonder mag er niet getest worden.
error-engagement-status = Een audit gaat één stap per keer vooruit: gepland, toestemming, test, rapport, opvolging, afgesloten.
flash-engagement-added = De audit is vastgelegd. Download nu de toestemmingsbrief om te laten tekenen.
flash-engagement-status = De status is gewijzigd.
flash-authorisation-recorded = De getekende toestemming is vastgelegd.
flash-finding-added = De bevinding is toegevoegd.
flash-finding-moved = De status van de bevinding is gewijzigd.
flash-evidence-added = Het bewijsstuk is toegevoegd.
flash-guest-added = De tester is uitgenodigd en krijgt een e-mail.
flash-guest-already = Deze tester had al toegang.
flash-guest-removed = De toegang van de tester is ingetrokken.
flash-import-done = De import is verwerkt.
audit-engagement-created = Audit vastgelegd
audit-engagement-updated = Audit gewijzigd
audit-engagement-status-changed = Status van een audit gewijzigd
audit-engagement-authorised = Getekende toestemming vastgelegd
audit-engagement-guest-added = Externe tester uitgenodigd
audit-engagement-guest-removed = Toegang van externe tester ingetrokken
audit-finding-created = Bevinding toegevoegd
audit-finding-updated = Bevinding gewijzigd
audit-finding-status-changed = Status van een bevinding gewijzigd
audit-finding-commented = Opmerking bij een bevinding
audit-finding-evidence-added = Bewijsstuk toegevoegd
audit-findings-imported = Scanresultaten geïmporteerd
audit-finding-reopened-at-expiry = Aanvaard risico vervallen en heropend
audit-finding-deadlines-changed = Termijnen voor bevindingen gewijzigd
audit-findings-reported = Rapport over bevindingen gemaakt
dashboard-findings = Audits en bevindingen
dashboard-findings-open =
    { $count ->
        [one] 1 open bevinding
       *[other] { $count } open bevindingen
    }
dashboard-findings-overdue =
    { $count ->
        [one] 1 over tijd
       *[other] { $count } over tijd
    }
dashboard-findings-expiring =
    { $count ->
        [one] 1 aanvaard risico vervalt binnen 30 dagen
       *[other] { $count } aanvaarde risico's vervallen binnen 30 dagen
    }
dashboard-findings-median = Mediaan aantal dagen tot herstel
dashboard-findings-none = Nog geen bevindingen. Leg de volgende audit of scan vast, of voeg toe wat u zelf vond.
dashboard-findings-open-register = Naar de bevindingen
nav-assessments = Zelfevaluatie
admin-frameworks-title = Kaders
assessments-title = Zelfevaluaties
assessments-intro = Meet uw organisatie aan een kader: per maatregel een score voor documentatie en een voor uitvoering. Wat onder het doel blijft, wordt een actie in het register van bevindingen.
assessments-none = Er is nog geen zelfevaluatie.
assessments-count = { $count } zelfevaluaties
assessment-field-title = Titel
assessment-framework = Kader
assessment-level = Niveau
assessment-status = Status
assessment-started = Gestart
assessment-start = Zelfevaluatie starten
assessment-choice = Kader en niveau
assessment-hint-title = Laat leeg voor "Zelfevaluatie" met de datum van vandaag.
assessment-from-last = Begin met de antwoorden van de vorige zelfevaluatie van dit kader
assessment-default-title = Zelfevaluatie { $date }
flash-assessment-started = De zelfevaluatie is gestart.
flash-assessment-status = De status van de zelfevaluatie is gewijzigd.
flash-respondent-added = De invuller is toegevoegd.
flash-respondent-removed = De invuller is verwijderd.
flash-action-created = De actie staat in het register van bevindingen.
assessment-approved-by = Goedgekeurd
assessment-total = Totaalscore
assessment-progress = Voortgang
assessment-answered-of = { $answered } van { $total } beantwoord
assessment-licence = Bron en licentie van het kader:
assessment-sections = Onderdelen
assessment-section = Onderdeel
assessment-score = Score
assessment-gaps = Tekorten
assessment-respondents = Invullers
assessment-documentation = Documentatie
assessment-implementation = Uitvoering
assessment-radar-title = Maturiteit per thema
assessment-lines-title = Maturiteit door de tijd
assessment-chart-data = De cijfers van de grafiek
assessment-keys = Kernmaatregelen die nog niet gehaald zijn
assessment-keys-none = Alle kernmaatregelen halen hun doel.
assessment-key = kernmaatregel
assessment-gaps-title = Tekorten en acties
assessment-gaps-intro = Elke maatregel onder het doel kan een actie worden, met een eigenaar en een termijn, in hetzelfde register als de bevindingen van audits.
assessment-gaps-none = Geen tekorten: wat beantwoord is, haalt zijn doel.
assessment-gaps-count = { $count } tekorten, het grootste eerst
assessment-requirement = Maatregel
assessment-target = Doel
assessment-action = Actie
assessment-action-owner = Eigenaar (e-mail)
assessment-action-due = Termijn
assessment-action-create = Actie maken
assessment-action-open = Actie in het register openen
assessment-gap-reason = Tekort uit de zelfevaluatie: { $detail }
assessment-respondents-intro = Wijs een onderdeel toe aan een lid van de organisatie, bijvoorbeeld het diensthoofd personeel voor de maatregelen over personeel. Een lid met de rol lezer ziet en beantwoordt alleen de onderdelen die aan hem of haar zijn toegewezen.
assessment-respondent-email = E-mailadres van het lid
assessment-respondent-hint = Het lid moet al lid zijn van de organisatie (zie Leden).
assessment-respondent-add = Invuller toevoegen
assessment-approval = Indienen en goedkeuren
assessment-submit-hint = Na het indienen ligt de zelfevaluatie vast tot ze goedgekeurd of teruggetrokken is.
assessment-submit = Indienen voor goedkeuring
assessment-withdraw = Terugtrekken
assessment-approve = Goedkeuring vastleggen
assessment-approved-edit = Goedgekeurd. Wie een antwoord wijzigt, maakt een nieuwe versie; de goedgekeurde blijft leesbaar.
assessment-versions = Bewaarde versies
assessment-version-answers = De antwoorden zoals ze toen waren
assessment-read-only = U kunt dit onderdeel lezen maar niet wijzigen: de zelfevaluatie is ingediend.
assessment-scores-hint = Documentatie: staat het op papier en is het goedgekeurd? Uitvoering: gebeurt het ook echt? Laat een score leeg als u het nog niet weet.
assessment-not-scored = (nog geen score)
assessment-target-default = (standaard)
assessment-applicable = Van toepassing?
assessment-verdict = Resultaat
assessment-verdict-none = (nog niet beoordeeld)
assessment-verdict-compliant = Voldoet
assessment-verdict-partly = Voldoet gedeeltelijk
assessment-verdict-not-compliant = Voldoet niet
assessment-verdict-not-applicable = Niet van toepassing
assessment-reason = Waarom niet van toepassing
assessment-comment = Toelichting
assessment-evidence = Bewijs
assessment-evidence-plan = Het goedgekeurde bedrijfscontinuïteitsplan
assessment-evidence-findings = Bevindingen (één nummer per regel)
assessment-guidance = Uitleg en voorbeelden van bewijs
assessment-typical-evidence = Typisch bewijs:
assessment-save = Antwoorden bewaren
assessment-files = Bewijsstuk toevoegen
assessment-file = Bestand
assessment-file-hint = PDF, afbeelding of tekst, hoogstens 10 MB.
assessment-upload = Toevoegen
assessment-answer-conflict = Iemand anders heeft dit antwoord intussen bewaard. Hieronder staat uw invoer; het bewaarde antwoord ziet u na herladen.
assessment-score-1 = Niet of ad hoc
assessment-score-2 = Gedeeltelijk
assessment-score-3 = Vastgelegd en toegepast
assessment-score-4 = Gemeten en gecontroleerd
assessment-score-5 = Voortdurend verbeterd
error-action-exists = Voor deze maatregel bestaat al een actie.
error-not-a-gap = Deze maatregel haalt zijn doel; er is geen actie nodig.
error-respondent-not-member = Niemand met dit e-mailadres is lid van de organisatie.
error-score-range = Kies een score van { $min } tot { $max }.
error-no-scores = Dit kader werkt met een resultaat, niet met scores.
error-not-applicable-reason = Zeg waarom deze maatregel niet van toepassing is.
error-not-applicable-scores = Een maatregel die niet van toepassing is, krijgt geen score.
frameworks-intro = De kaders waaraan organisaties zich kunnen meten. Importeer een bibliotheek in het formaat van CISO Assistant (YAML) of een OSCAL-catalogus (JSON). Een nieuwere versie van hetzelfde kader vervangt de oude; antwoorden op maatregelen met dezelfde code blijven bewaard.
frameworks-count = { $count } kaders
frameworks-name = Naam
frameworks-version = Versie
frameworks-requirements = Te beoordelen / alle onderdelen
frameworks-levels = Niveaus
frameworks-source = Bron
frameworks-licence = Licentie
frameworks-shipped = Meegeleverd
frameworks-import = Kader importeren
frameworks-import-hint = Waar u kaders vindt en hoe u ze importeert, staat in docs/frameworks.md.
frameworks-format = Formaat
frameworks-file = Bestand
frameworks-file-hint = Hoogstens { $max } MB.
frameworks-problems = Het bestand is niet geïmporteerd
frameworks-imported = { $name } (versie { $version }) is geïmporteerd.
frameworks-upgrade = Nieuwere versie: antwoorden op { $kept } maatregelen blijven bewaard, { $added } maatregelen zijn nieuw.
frameworks-orphaned = Deze antwoorden horen bij maatregelen die de nieuwe versie niet meer heeft (per zelfevaluatie):
framework-too-large = Het bestand is groter dan { $detail } MB.
framework-not-utf8 = Het bestand is geen UTF-8-tekst.
framework-empty = Het bestand is leeg.
framework-syntax = Het bestand kan niet gelezen worden: { $detail }
framework-missing = Dit ontbreekt: { $detail }
framework-too-many = Meer dan { $detail } onderdelen.
framework-no-requirements = Het kader heeft geen enkele maatregel die beoordeeld kan worden.
framework-bad-scale = De schaal { $detail } kan niet.
framework-duplicate = Deze code komt twee keer voor: { $detail }
framework-parent-order = Het bovenliggende onderdeel komt niet vóór { $detail }.
framework-text-long = Een tekst is langer dan { $detail } tekens.
framework-bad-weight = Het gewicht { $detail } kan niet (1 tot 1000).
framework-unknown-level = Dit niveau is niet gedefinieerd: { $detail }
framework-unknown-parent = Dit bovenliggende onderdeel bestaat niet (of komt later): { $detail }
framework-shipped = Dit is het meegeleverde kader; het wordt alleen bij een nieuwe versie van Weerbaar bijgewerkt.
audit-framework-imported = Kader geïmporteerd
audit-assessment-created = Zelfevaluatie gestart
audit-assessment-answered = Antwoorden van zelfevaluatie bewaard
audit-assessment-status-changed = Status van zelfevaluatie gewijzigd
audit-assessment-respondent-added = Invuller toegevoegd
audit-assessment-respondent-removed = Invuller verwijderd
audit-assessment-evidence-added = Bewijsstuk toegevoegd aan zelfevaluatie
audit-assessment-action-created = Actie gemaakt uit zelfevaluatie
audit-benchmark-share-changed = Delen van anonieme cijfers gewijzigd
framework-place = regel { $line }, kolom { $column }
council-title = Informatieveiligheid: stand van zaken voor de raad
council-summary = Samenvatting
council-summary-text = De organisatie heeft zich gemeten aan { $framework }. De gemiddelde score is { $total }; { $answered } van de { $count } maatregelen zijn beantwoord. { $keys } kernmaatregelen halen hun doel nog niet en { $gaps } maatregelen blijven onder hun doel.
council-change = Bij de vorige zelfevaluatie ({ $date }) was dat { $before }.
council-fact-findings = Audits en scans: { $critical } kritieke en { $high } hoge bevindingen staan open; { $overdue } bevindingen zijn over hun termijn.
council-fact-plan-approved = Het bedrijfscontinuïteitsplan is goedgekeurd op { $date }.
council-fact-plan-draft = Het bedrijfscontinuïteitsplan is nog niet goedgekeurd.
council-fact-plan-none = Er is nog geen bedrijfscontinuïteitsplan.
council-fact-toolkit = Uit de toolkit zijn { $done } hulpmiddelen ingevoerd en { $busy } in uitvoering.
council-reading = Hoe u dit leest: een score van 1 betekent dat een maatregel niet of alleen toevallig bestaat, 3 dat hij vastgelegd is en toegepast wordt, 5 dat hij gemeten en verbeterd wordt. De volgende pagina's tonen per thema waar de organisatie staat en wat er gebeurt met wat ontbreekt.
council-maturity = Maturiteit per thema
council-maturity-scored = Per thema het gemiddelde van de scores voor documentatie en uitvoering (1 tot 5).
council-maturity-results = Per thema het aandeel van de maatregelen waaraan voldaan is (gedeeltelijk telt voor de helft).
council-theme = Thema
council-now = Nu
council-gaps = De tien grootste tekorten en wat eraan gebeurt
council-no-action = nog geen actie
council-findings = Bevindingen van audits en scans
council-open = Open
council-overdue = Over hun termijn: { $count }.
council-plan = Bedrijfscontinuïteit
council-last-exercise = Laatste oefening
council-never = nog niet gehouden
council-failing-checks = Controles die niet slagen
council-toolkit = Toolkit
assessment-exports = Rapport en uitvoer
assessment-export-report = Rapport voor de raad
assessment-export-csv = Antwoorden als CSV
assessment-export-oscal = OSCAL assessment results (JSON)
benchmark-title = Anonieme vergelijking
benchmark-intro-umbrella = Cijfers over de organisaties die hun anonieme cijfers met u delen: alleen spreiding en gemiddelden van hun laatste goedgekeurde zelfevaluatie, nooit één organisatie apart.
benchmark-intro-member = Uw organisatie kan haar cijfers anoniem delen met een koepelorganisatie. Die ziet dan alleen cijfers over minstens vijf organisaties samen; u ziet waar u staat tegenover dat geheel.
benchmark-demo-label = Demo:
benchmark-demo = deze cijfers bevatten { $count } gegenereerde voorbeeldorganisaties, zodat de vergelijking niet leeg is. Ze bestaan niet.
benchmark-share-title = Delen met een koepelorganisatie
benchmark-shares-with = Uw organisatie deelt haar anonieme cijfers met { $name }.
benchmark-shares-not = Uw organisatie deelt geen cijfers.
benchmark-share-label = Anonieme cijfers delen met
benchmark-share-hint = Gedeeld worden: de scores per thema van uw laatste goedgekeurde zelfevaluatie, of u een goedgekeurd continuïteitsplan hebt, en het aantal open kritieke en hoge bevindingen. De koepel ziet ze alleen samengeteld met minstens vier andere organisaties.
benchmark-share-none = Niet delen
benchmark-share-save = Keuze bewaren
benchmark-figures = Cijfers
benchmark-sharing = { $count } organisaties delen hun cijfers.
benchmark-withheld-rule = Een cijfer over minder dan vijf organisaties wordt niet getoond.
benchmark-withheld = niet getoond (minder dan vijf organisaties)
benchmark-maturity = Maturiteit: spreiding over de organisaties
benchmark-q1 = Eerste kwartiel
benchmark-median = Mediaan
benchmark-q3 = Derde kwartiel
benchmark-organisations = Organisaties
benchmark-own = Uw score
benchmark-position = Uw plaats
benchmark-position-lowest-quarter = bij het laagste kwart
benchmark-position-below-median = onder de mediaan
benchmark-position-above-median = boven de mediaan
benchmark-position-highest-quarter = bij het hoogste kwart
benchmark-total = Totaal
benchmark-plans = Aandeel met een goedgekeurd continuïteitsplan
benchmark-serious = Open kritieke en hoge bevindingen per organisatie
benchmark-csv = Cijfers als CSV (voor de regionale auditdienst)
finding-origin-title = Actie uit de zelfevaluatie
finding-origin-text = Deze actie komt uit "{ $assessment }", maatregel { $requirement }.
finding-origin-closed = De actie is afgerond. Klopt de score van de maatregel nog?
finding-origin-update = Score van de maatregel bijwerken
finding-origin-open = De maatregel in de zelfevaluatie bekijken
assessment-respondent-remove = Verwijderen
assessment-respondent-remove-label = { $who } verwijderen als invuller van { $section }
nav-awareness = Bewustmaking
awareness-title = Bewustmaking en opleiding
awareness-nav-label = Onderdelen van bewustmaking
awareness-intro = Wijs korte opleidingen toe aan uw medewerkers. Zij volgen ze via een persoonlijke link, ook op hun gsm, zonder account. U ziet de voortgang per dienst, nooit per persoon.
awareness-staff-count = Op de personeelslijst: { $count } medewerkers.
awareness-staff-manage = Personeelslijst beheren
awareness-progress-title = Voortgang per dienst
awareness-progress-intro = Een dienst met minder dan vijf medewerkers telt mee in "Andere diensten", zodat niemand herkenbaar is. Met minder dan vijf medewerkers in totaal tonen we geen cijfers.
awareness-all-modules = Alle opleidingen
awareness-no-figures = Nog geen cijfers: wijs eerst een opleiding toe aan minstens vijf medewerkers.
awareness-figures-caption = Voortgang per dienst
awareness-department = Dienst
awareness-assigned = Toegewezen
awareness-started = Begonnen
awareness-completed = Afgerond
awareness-average = Gemiddelde score
awareness-other-group = Andere diensten
awareness-rate = { $rate } van de medewerkers heeft alle toegewezen opleidingen afgerond. Dit cijfer kunt u gebruiken als bewijs in uw zelfevaluatie.
awareness-csv = Cijfers per dienst downloaden (CSV)
awareness-assign-title = Opleidingen toewijzen
awareness-no-assignments = Er zijn nog geen opleidingen toegewezen.
awareness-assignments-caption = Toegewezen opleidingen
awareness-module = Opleiding
awareness-for = Voor wie
awareness-due = Af te ronden tegen
awareness-scope-everyone = Alle medewerkers
awareness-scope-departments = Bepaalde diensten
awareness-scope-people = Bepaalde medewerkers
awareness-targets = Diensten of e-mailadressen
awareness-targets-hint = Eén per regel, zoals ze op de personeelslijst staan. Laat leeg voor alle medewerkers.
awareness-assign = Toewijzen en links versturen
awareness-settings-title = Instellingen
awareness-retention = Bewaartermijn na vertrek (maanden)
awareness-retention-hint = Zoveel maanden nadat iemand vertrokken is, wissen we zijn of haar persoonlijke resultaten. De cijfers per dienst blijven. Standaard 12 maanden.
awareness-report-address = Meldadres voor verdachte berichten
awareness-report-address-hint = Het adres waar medewerkers een verdacht bericht naartoe sturen, bijvoorbeeld dat van de helpdesk. De oefenpagina noemt het.
awareness-manager-visibility = Leidinggevenden zien de resultaten van hun eigen medewerkers
awareness-manager-visibility-hint = Zet dit alleen aan als u het vooraf aan alle medewerkers hebt laten weten. Leidinggevenden zien dan per medewerker welke opleidingen afgerond zijn en met welke score. Resultaten van phishingoefeningen zien zij nooit.
audit-staff-imported = Personeelslijst ingelezen
audit-staff-changed = Medewerker gewijzigd
audit-training-assigned = Opleiding toegewezen
audit-awareness-settings-changed = Instellingen bewustmaking gewijzigd
audit-campaign-saved = Phishingoefening bewaard
audit-campaign-approved = Phishingoefening goedgekeurd
audit-campaign-launched = Phishingoefening gestart
audit-campaign-stopped = Phishingoefening gestopt
assignment-due-past = Kies vandaag of een latere datum.
assignment-no-targets = Vul minstens één dienst of e-mailadres in, één per regel.
assignment-unknown-target = "{ $name }" staat niet op de personeelslijst. Kijk de schrijfwijze na.
error-number-range = Vul een geheel getal in van { $min } tot { $max }.
error-datetime = Vul een datum en een uur in.
approval-date-future = De datum van de goedkeuring kan niet in de toekomst liggen.
campaign-no-template = Kies minstens één oefenbericht.
campaign-window-order = Het einde moet na het begin liggen.
campaign-window-long = Een verzendperiode duurt hoogstens { $max } dagen.
campaign-window-past = Deze periode is al voorbij. Kies een einde in de toekomst.
campaign-exclusion-invalid = "{ $name }" is geen geldig e-mailadres.
campaign-dpo-required = Informeer eerst de functionaris voor gegevensbescherming.
campaign-reason-required = Leg uit waarom overleg met de personeelsvertegenwoordiging niet van toepassing is.
campaign-no-sanctions-required = Een oefening kan alleen doorgaan als de resultaten geen gevolgen hebben voor wie klikt.
campaign-conflict = Iemand anders heeft deze oefening intussen gewijzigd. Hieronder ziet u de huidige versie; doe uw wijziging opnieuw.
campaign-refused-not-approved = Deze oefening is nog niet goedgekeurd. Vul eerst de goedkeuring in.
campaign-refused-launched = Deze oefening is al gestart.
campaign-refused-not-sending = Deze oefening wordt niet verstuurd; er valt niets te stoppen.
campaign-refused-no-recipients = Niemand zou dit bericht krijgen: kijk de doelgroep en de uitzonderingen na.
campaign-status-draft = Ontwerp, wacht op goedkeuring
campaign-status-approved = Goedgekeurd, nog niet gestart
campaign-status-sending = Wordt verstuurd
campaign-status-stopped = Gestopt
campaign-status-finished = Afgelopen
flash-campaign-approved = De goedkeuring is bewaard. U kunt de oefening nu starten.
flash-campaign-launched = De oefening is gestart. De berichten gaan verspreid over de gekozen periode de deur uit.
flash-campaign-stopped = De oefening is gestopt. Er vertrekken geen berichten meer.
flash-campaign-own-domain = Bewaard. Let op: het afzenderadres gebruikt het echte maildomein van uw organisatie. Medewerkers leren zo dat ze ook echte interne berichten moeten wantrouwen; gebruik liever een domein dat u hiervoor apart hebt.
flash-training-assigned = De opleiding is toegewezen. Wie nog geen link kreeg, krijgt er nu een per e-mail.
flash-staff-imported = De personeelslijst is bijgewerkt.
flash-import-expired = Dit voorbeeld is verlopen. Laad het bestand opnieuw op.
flash-link-sent = Er is een nieuwe persoonlijke link verstuurd.
staff-title = Personeelslijst
staff-intro = De medewerkers die opleidingen volgen en oefenberichten krijgen. Zij hebben geen account nodig. Houd de lijst bij met een export uit uw personeelsadministratie of vul ze hier aan.
staff-import-title = Lijst inlezen uit een rekenblad
staff-import-intro = Bewaar uw rekenblad als CSV. De eerste regel noemt de kolommen: naam, e-mail en dienst zijn nodig; taal (nl, en of fr) en leidinggevende (e-mailadres) mogen. Bekende e-mailadressen worden bijgewerkt. U ziet eerst wat er verandert.
staff-import-file = CSV-bestand
staff-import-file-hint = Hoogstens { $max } MB. Puntkomma's of komma's als scheidingsteken.
staff-import-leavers = Wie niet in het bestand staat, is vertrokken
staff-import-preview = Bekijk wat verandert
staff-import-failed = Het bestand kon niet gelezen worden
staff-import-too-large = Het bestand is groter dan { $max } MB.
staff-import-too-many = Het bestand heeft meer dan { $max } regels.
staff-import-not-text = Dit is geen tekstbestand in UTF-8. Bewaar het rekenblad als "CSV UTF-8".
staff-import-no-header = De eerste regel noemt de kolommen niet. Zet er bijvoorbeeld "naam;e-mail;dienst" in.
staff-import-missing-column = De kolom "{ $column }" ontbreekt.
staff-import-duplicate = Dit e-mailadres staat al eerder in het bestand.
staff-import-broken-line = Deze regel kan niet gelezen worden (aanhalingstekens?).
staff-preview-title = Wat deze lijst verandert
staff-preview-created = Nieuw: { $count }
staff-preview-updated = Bijgewerkt: { $count }
staff-preview-left = Vertrokken: { $count }
staff-preview-unchanged = Ongewijzigd: { $count }
staff-preview-leavers-skipped = Er zijn regels met fouten. Daarom duiden we niemand aan als vertrokken: verbeter het bestand en lees het opnieuw in.
staff-preview-problems = Regels met een fout: { $count }
staff-preview-problems-hint = Deze regels veranderen niets. De andere worden verwerkt als u bevestigt.
staff-import-confirm = Bevestigen en verwerken
staff-import-cancel = Annuleren
staff-list-title = Medewerkers ({ $count } in dienst)
staff-none = De lijst is nog leeg.
staff-status = Stand
staff-active = In dienst
staff-left-on = Vertrokken op { $date }
staff-quiet-until = Afwezig tot { $date }
staff-add-title = Medewerker toevoegen
staff-add = Toevoegen
staff-field-name = Naam
staff-field-email = E-mailadres
staff-field-department = Dienst
staff-field-lang = Taal
staff-field-manager-email = E-mailadres van de leidinggevende
staff-field-line = Regel
staff-field-quiet-until = Afwezig tot en met
staff-field-left-on = Vertrokken op
staff-manager-hint = Niet verplicht. Alleen gebruikt als u leidinggevenden de resultaten van hun medewerkers laat zien.
staff-quiet-hint = Bij verlof of ziekte: tot en met deze datum geen herinneringen en geen oefenberichten.
staff-left-hint = Vanaf deze datum krijgt de medewerker niets meer. Na de bewaartermijn worden de persoonlijke resultaten gewist.
staff-person-privacy = U ziet hier de gegevens van deze medewerker, niet de resultaten. Die ziet alleen de medewerker zelf.
staff-link-title = Persoonlijke link
staff-link-intro = Stuur een nieuwe link als de medewerker de vorige niet meer vindt. Een link werkt één keer en verloopt na 14 dagen.
staff-link-send = Nieuwe link versturen
staff-conflict = Iemand anders heeft deze gegevens intussen gewijzigd. Hieronder ziet u de huidige versie; doe uw wijziging opnieuw.
staff-email-taken = Dit e-mailadres staat al op de personeelslijst.
lang-name-nl = Nederlands
lang-name-en = Engels
lang-name-fr = Frans
learn-title = Mijn opleiding
learn-intro = Hier volgt u de korte opleidingen van uw organisatie over veilig werken. U opent ze met de persoonlijke link die u per e-mail kreeg. Een account is niet nodig.
learn-request-title = Een nieuwe link vragen
learn-request-intro = Vult u het e-mailadres in waarmee u op de personeelslijst staat. Staat het erop, dan krijgt u binnen enkele minuten een nieuwe link.
learn-request-send = Link versturen
learn-request-sent = Als dit adres op een personeelslijst staat, is er een nieuwe link naar verstuurd. Kijk ook in uw map met ongewenste berichten.
learn-link-intro = Met deze knop opent u uw opleiding op dit toestel. De link werkt één keer; daarna blijft u hier 30 dagen aangemeld.
learn-link-start = Mijn opleiding openen
learn-link-invalid = Deze link werkt niet meer: hij werd al gebruikt of is verlopen.
learn-welcome = Welkom, { $name }.
learn-privacy = Uw resultaten ziet u alleen zelf. Uw organisatie ziet alleen cijfers per dienst.
learn-team-link = Resultaten van mijn medewerkers
learn-assigned = Voor u klaargezet
learn-nothing-assigned = Er is op dit moment niets voor u klaargezet.
learn-others = Andere opleidingen
learn-signout = Afmelden op dit toestel
learn-minutes = Ongeveer { $minutes } minuten
learn-due = af te ronden tegen { $date }
learn-state-todo = Nog niet begonnen
learn-state-started = Begonnen
learn-state-completed = Afgerond
learn-certificate = Certificaat downloaden (pdf)
learn-page-of = Pagina { $number } van { $count }
learn-pages-label = Pagina's van de opleiding
learn-previous = Vorige pagina
learn-next = Volgende pagina
learn-to-quiz = Naar de vragen
learn-team-title = Resultaten van mijn medewerkers
learn-team-intro = Uw organisatie heeft aan iedereen laten weten dat leidinggevenden de opleidingsresultaten van hun eigen medewerkers zien. Gebruik ze om te helpen, niet om te beoordelen.
learn-team-none = Er is nog geen opleiding toegewezen aan uw medewerkers.
quiz-title = Vragen
quiz-intro = Beantwoord alle vragen. Bij elk antwoord krijgt u daarna uitleg. U mag zo vaak opnieuw proberen als u wilt.
quiz-multiple = meer dan één antwoord mogelijk
quiz-submit = Antwoorden nakijken
quiz-answer-missing = Kies een antwoord.
quiz-score = Uw score: { $percent } %
quiz-passed = Geslaagd. Deze opleiding is afgerond.
quiz-not-passed = Nog niet geslaagd: daarvoor is { $mark } % nodig. Lees de uitleg hieronder en probeer opnieuw.
quiz-retry = Opnieuw proberen
quiz-right = Juist
quiz-wrong = Niet juist
quiz-your-answer = uw antwoord
quiz-correct-answer = juist antwoord
certificate-title = Certificaat
certificate-intro = Hierbij bevestigen wij dat
certificate-completed = de opleiding "{ $module }" met succes heeft afgerond.
certificate-date = Afgerond op
certificate-score = Score
certificate-duration = Duur
certificate-minutes = ongeveer { $minutes } minuten
certificate-version = Versie van de opleiding
certificate-file = certificaat
training-mail-link-subject = Uw opleiding veilig werken
training-mail-link-body =
    Beste { $name },

    Uw organisatie heeft een korte opleiding over veilig werken voor u klaargezet. Ze duurt enkele minuten en werkt ook op uw gsm.

    Open ze met deze persoonlijke link (die { $days } dagen geldig is):
    { $link }

    Deel deze link niet: hij is voor u alleen. Werkt hij niet meer, vraag dan een nieuwe aan op dezelfde pagina.

    Uw resultaten ziet alleen u. Uw organisatie ziet alleen cijfers per dienst.
training-mail-reminder-subject = Herinnering: uw opleiding veilig werken
training-mail-reminder-body =
    Beste { $name },

    Er staat nog een korte opleiding over veilig werken voor u klaar. U vindt ze met deze nieuwe persoonlijke link (die { $days } dagen geldig is):
    { $link }

    U krijgt hoogstens één herinnering per week, en geen meer zodra u klaar bent.
phishing-title = Phishingoefeningen
phishing-intro = Een oefening stuurt medewerkers een nagemaakt verdacht bericht. Wie klikt, vraagt niets in en verstuurt niets: hij of zij ziet meteen waaraan het bericht te herkennen was. Niemand krijgt een lijst van wie klikte.
phishing-new = Nieuwe oefening
phishing-new-intro = U bewaart eerst een ontwerp. Daarna vult u de goedkeuring in; pas dan kan de oefening starten.
phishing-campaigns = Oefeningen
phishing-none = Er zijn nog geen oefeningen.
phishing-over-time = Oefeningen in de tijd, nieuwste eerst
phishing-name = Naam van de oefening
phishing-status = Stand
phishing-when = Wanneer
phishing-sent = Verstuurd
phishing-click-rate = Geklikt
phishing-report-rate = Gemeld
phishing-templates = Oefenberichten
phishing-templates-intro = Bekijk elk bericht met de signalen die het verraden en de uitleg die wie klikt te zien krijgt.
phishing-choose-templates = Oefenberichten (elke ontvanger krijgt er één)
phishing-targets = Ontvangers
phishing-sender-name = Naam van de afzender
phishing-sender-address = Adres van de afzender
phishing-sender-address-hint = Gebruik een domein dat uw organisatie beheert, maar niet het echte maildomein van uw medewerkers. Uw mailserver moet berichten van dit adres doorlaten.
phishing-window-start = Versturen vanaf
phishing-window-end = Versturen tot
phishing-window-hint = De berichten worden gespreid over deze periode, zodat niet iedereen ze tegelijk krijgt.
phishing-per-minute = Hoogstens zoveel berichten per minuut
phishing-per-minute-hint = Vraag uw mailbeheerder hoeveel uw mailserver aankan.
phishing-exclusions = Uitzonderingen
phishing-exclusions-hint = E-mailadressen die dit bericht niet krijgen, één per regel: bijvoorbeeld de helpdesk die de meldingen behandelt. Wie afwezig is op de personeelslijst, krijgt het ook niet.
phishing-save-draft = Ontwerp bewaren
phishing-sender = Afzender
phishing-window = Verzendperiode
phishing-rate = hoogstens { $count } per minuut
phishing-approved-by = Goedgekeurd door
phishing-own-domain-warning = Het afzenderadres gebruikt het echte maildomein van uw medewerkers. Zo leren zij echte interne berichten te wantrouwen. Gebruik liever een domein dat u hiervoor apart houdt.
phishing-results = Resultaten
phishing-results-privacy = Alleen cijfers per dienst; een dienst met minder dan vijf ontvangers telt mee in "Andere diensten". Wie klikte, ziet niemand.
phishing-opened = Geopend
phishing-opened-unreliable = onbetrouwbaar: veel mailprogramma's laden geen afbeeldingen, andere laden ze voor de lezer
phishing-clicked = Geklikt (bevestigd)
phishing-filtered = Uitgefilterde klikken
phishing-filtered-hint = berichten waarvan de link werd opgevraagd door een mailscanner: een HEAD-verzoek, een bekend programma of binnen 30 seconden na aflevering (één keer per bericht geteld)
phishing-reported = Gemeld
phishing-groups-too-small = Te weinig ontvangers om cijfers per dienst te tonen.
phishing-by-department = Resultaten per dienst
phishing-stop = Versturen nu stoppen
phishing-approval-title = Goedkeuring
phishing-approval-intro = Een oefening start pas als de algemeen directeur ze heeft goedgekeurd, de functionaris voor gegevensbescherming ingelicht is, de personeelsvertegenwoordiging gehoord is en vaststaat dat de resultaten geen gevolgen hebben voor wie klikt.
phishing-approval-done = Deze oefening is goedgekeurd. Wijzigt u ze nog, dan vervalt de goedkeuring.
phishing-director = Goedgekeurd door (algemeen directeur)
phishing-approved-on = Datum van de goedkeuring
phishing-dpo-informed = De functionaris voor gegevensbescherming is ingelicht
phishing-representatives = Personeelsvertegenwoordiging
phishing-reps-consulted = Gehoord
phishing-reps-na = Niet van toepassing
phishing-reps-reason = Waarom niet van toepassing
phishing-no-sanctions = Geen sancties
phishing-no-sanctions-statement = De resultaten hebben geen gevolgen voor wie klikt, en niemand krijgt een lijst van wie klikte
phishing-approve = Goedkeuring bewaren
phishing-launch = Oefening starten
phishing-edit = Oefening wijzigen
phishing-edit-intro = Zolang de oefening niet gestart is, kunt u ze wijzigen. Een wijziging laat een goedkeuring vervallen.
phishing-preview-mail = Het bericht
phishing-preview-link = [link naar de oefenpagina]
phishing-preview-lesson = Wat wie klikt te lezen krijgt
phishing-landing-flags = Hieraan kon u het bericht herkennen
phishing-landing-title = Dit was een oefening
phishing-landing-no-blame = U hebt niets fout gedaan dat gevolgen heeft: er is niets ingevuld en niets verstuurd. Uw organisatie ziet alleen hoeveel mensen per dienst klikten, niet wie.
phishing-landing-report-title = Een verdacht bericht melden
phishing-landing-report-address = Stuur een verdacht bericht door naar { $address } en verwijder het daarna.
phishing-landing-report-generic = Meld een verdacht bericht aan de helpdesk of de ICT-dienst van uw organisatie, en verwijder het daarna.
phishing-landing-module = Wilt u het nog eens rustig bekijken? Er staat een korte opleiding van een achttal minuten voor u klaar over phishing herkennen en melden.
phishing-landing-module-link = Naar mijn opleiding
phishing-interstitial-title = Nog één stap
phishing-interstitial-text = Druk op de knop om verder te gaan naar de pagina.
phishing-interstitial-button = Verder
phishing-gone-title = Deze pagina bestaat niet
phishing-gone-text = De link is onvolledig of niet meer geldig.
phishing-report-title = Dit bericht melden
phishing-report-text = Vindt u dit bericht verdacht? Meld het met deze knop.
phishing-report-button = Melden
phishing-thanks-title = Goed gezien: dit was een oefening
phishing-thanks-text = Dank u voor uw melding. Zo doet u het ook bij een echt verdacht bericht: melden, niet klikken.
phishing-mail-footer = Vertrouwt u dit bericht niet? Meld het: { $link }
assessment-training-title = Bewijs uit bewustmaking:
assessment-training-rate = { $rate } van de { $count } medewerkers met een toegewezen opleiding heeft alles afgerond.
assessment-training-none = er zijn nog geen cijfers: wijs eerst een opleiding toe aan minstens vijf medewerkers.
assessment-training-link = Cijfers per dienst bekijken
campaign-refused-window-passed = De verzendperiode die goedgekeurd werd, is voorbij. Kies een nieuwe periode; daarna is een nieuwe goedkeuring nodig.
