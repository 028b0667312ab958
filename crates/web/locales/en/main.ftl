# Weerbaar — English.

## General
skip-to-content = Skip to content
footer-text = Weerbaar — cyber resilience for local government.
lang-switch-label = Choose language
nav-main-label = Main menu
nav-dashboard = Overview
nav-members = Members
nav-settings = Settings
nav-audit = Audit log
nav-admin = Administration
nav-account = My account
org-switch = Switch organisation
sign-out = Sign out
save = Save
yes = Yes
no = No
actions = Actions
filter = Filter
previous = Previous
next = Next
pagination = Pagination
page-of = Page { $page } of { $pages }
continue = Continue
days = { $count } days
back-to-login = Back to sign in

## Forms
form-error-summary = There is a problem
field-email = Email address
field-password = Password
field-current-password = Current password
field-new-password = New password
field-password-confirm = Repeat the new password
field-name = Name
field-role = Role
field-org-name = Organisation name
field-kind = Kind of organisation
field-nis-code = NIS code
field-brand-colour = Brand colour
field-require-mfa = Require two-step verification for all members
field-require-mfa-short = Two-step verification required
field-logo = Logo
field-first-admin = Email address of the first administrator
field-mfa-code = Six-digit code
field-recovery-code = Recovery code
field-token-name = Token name
field-token-expiry = Valid for
hint-password = At least 12 characters. A sentence of a few ordinary words is strong and easy to remember.
hint-nis-code = Five digits. Leave empty if your organisation has none.
hint-brand-colour = Like #1d4e89. Choose a dark colour: white text must stay readable on it.
hint-logo = PNG, JPEG or WebP, at most 512 kB.
hint-first-admin = Optional. This person receives an invitation as administrator.

## Field errors
error-required = Fill in this field.
error-too-long = Use at most { $max } characters.
error-control-characters = This field contains invisible characters that are not allowed.
error-choose-option = Choose one of the options.
error-email-invalid = Enter a valid email address, like name@municipality.be.
error-email-taken = An account with this email address already exists.
error-nis-code = A NIS code has five digits.
error-colour-format = Write the colour as # followed by six characters, like #1d4e89.
error-colour-contrast = This colour is too light: white text on it is hard to read (contrast { $ratio }:1, at least 4.5:1 needed). Choose a darker colour.
error-org-name-taken = An organisation with this name already exists.
error-password-too-short = Choose a password of at least { $min } characters.
error-password-too-long = Choose a password of at most { $max } characters.
error-password-weak = This password is too easy to guess.
error-password-mismatch = The two passwords are not the same.
error-password-wrong = This password is not correct.
error-mfa-code-required = Enter the code from your app.
error-mfa-code-invalid = This code is wrong or has expired. Try the newest code from your app.
error-already-member = This person is already a member of your organisation.
error-require-mfa-self = Turn on two-step verification for your own account first, or you would lock yourself out.
error-date = Enter a valid date.
error-upload-missing = Choose a file.
error-upload-too-large = The file is too large. It may be at most { $max } kB.
error-upload-failed = The file did not arrive in one piece. Please try again.
error-logo-type = This is not a PNG, JPEG or WebP image.

## Weak password advice
pw-warn-keyboard = Rows of neighbouring keys are easy to guess.
pw-warn-repeats = Repeats like "aaa" or "abcabc" are easy to guess.
pw-warn-common = This is a commonly used password.
pw-warn-similar-common = This is very similar to a commonly used password.
pw-warn-sequence = Sequences like "abc" or "1234" are easy to guess.
pw-warn-dates = Years and dates are easy to guess.
pw-warn-single-word = A single word is easy to guess.
pw-warn-names = Names are easy to guess.
pw-suggest-add-words = Use a few words that rarely appear together.
pw-suggest-no-symbols-needed = Symbols, digits or capitals are not needed: length helps more.
pw-suggest-capitals = A capital letter makes little difference.
pw-suggest-substitutions = Replacing letters with look-alikes (such as @ for a) helps little.
pw-suggest-keyboard = Avoid keyboard patterns.
pw-suggest-repeats = Avoid repeated words and characters.
pw-suggest-sequences = Avoid sequences.
pw-suggest-dates = Avoid years and dates connected to you.

## Sign in
login-title = Sign in
login-intro = Sign in with the email address and password of your Weerbaar account.
login-submit = Sign in
login-forgot = Forgot your password?
login-failed = The email address or password is not correct.
login-throttled = Too many attempts. Wait { $seconds } seconds, then try again.
mfa-login-title = Two-step verification
mfa-login-intro = Open the authenticator app on your phone and enter the six-digit code.
mfa-login-submit = Confirm
mfa-login-recovery-summary = Lost your phone? Use a recovery code
mfa-login-recovery-submit = Use recovery code
mfa-login-cancel = Cancel and sign out
forgot-title = Forgot your password
forgot-intro = Enter your email address. If it belongs to an account, you will receive an email with a link to choose a new password.
forgot-submit = Send link
forgot-sent = If this address belongs to an account, an email is on its way. The link in it is valid for one hour. Please also check your junk mail folder.
reset-title = Choose a new password
reset-intro = Choose a new password for { $email }. You will then be signed out everywhere.
reset-submit = Save password
invite-title = Invitation
invite-intro = You are invited to { $org } as { $role }.
invite-new-account = Create your account for { $email }.
invite-create-account = Create account
invite-sign-in = An account already exists for { $email }. Sign in to accept the invitation.
invite-wrong-account = You are signed in as { $me }, but the invitation is for { $email }. Please sign out first.
invite-accept = Accept invitation
setup-title = Set up Weerbaar
setup-intro = Create the first platform administrator. They can then add organisations and accounts.
setup-submit = Create administrator

## Messages after an action
flash-signed-out = You are signed out.
flash-signed-out-everywhere = You are signed out on all your devices.
flash-password-reset = Your password has been changed. Sign in with your new password.
flash-password-changed = Your password has been changed. You were signed out on other devices.
flash-saved = Your changes are saved.
flash-welcome = Welcome to Weerbaar.
flash-invitation-accepted = You are now a member of the organisation.
flash-invitation-sent = The invitation has been sent.
flash-invitation-revoked = The invitation has been revoked.
flash-role-changed = The role has been changed.
flash-member-removed = The member has been removed.
flash-last-admin = Not possible: every organisation needs at least one administrator.
flash-logo-saved = The logo has been saved.
flash-logo-removed = The logo has been removed.
flash-mfa-enabled = Two-step verification is on.
flash-mfa-disabled = Two-step verification is off.
flash-token-created = The API token has been created.
flash-token-revoked = The API token has been revoked.
flash-org-created = The organisation has been created.
flash-user-created = The account has been created. The person will receive an email to choose a password.
flash-not-yourself = You cannot do that to your own account.

## My account
account-title = My account
account-profile = Details
account-organisations = My organisations
account-no-organisations = You are not a member of any organisation yet. Ask your organisation's administrator to invite you.
account-password = Change password
account-password-submit = Change password
account-mfa = Two-step verification
account-mfa-on = Two-step verification is on.
account-mfa-off = Two-step verification is off. Turn it on: then nobody gets in with only your password.
account-mfa-manage = Manage two-step verification
account-recovery-left = You have { $count } recovery codes left.
account-sessions = Signed-in devices
account-sessions-count = You are signed in on { $count } { $count ->
        [one] device
       *[other] devices
    }.
account-sign-out-everywhere = Sign out everywhere
account-tokens = API tokens
account-tokens-intro = An API token lets a script or other program use the API on your behalf. Treat a token like a password.
account-token-once = Copy this token now. You will never see it again.
account-token-new = New token
account-token-create = Create token
token-created = Created
token-last-used = Last used
token-status = Status
token-active = Active
token-revoked = Revoked
token-expired = Expired
token-valid-until = Valid until { $date }
token-revoke = Revoke

## Two-step verification setup
mfa-title = Two-step verification
mfa-intro = When you sign in, Weerbaar asks for a code from an app on your phone as well as your password. Someone who steals your password still cannot get in.
mfa-required-by-org = Your organisation requires two-step verification. Turn it on to continue.
mfa-start = Set up two-step verification
mfa-scan-title = Link your app
mfa-step-app = Install an authenticator app on your phone, for example the one your organisation recommends.
mfa-step-scan = Scan the QR code with the app, or type in the secret key.
mfa-step-code = Enter the six-digit code the app shows.
mfa-qr-label = QR code to add Weerbaar to your authenticator app
mfa-secret-label = Secret key:
mfa-confirm-submit = Confirm and turn on
mfa-codes-title = Your recovery codes
mfa-codes-intro = Keep these codes somewhere safe, for example on paper. Each code lets you sign in once if you lose your phone. You will see them only once.
mfa-recovery-title = New recovery codes
mfa-recovery-intro = Create new recovery codes if you lost the old ones or have nearly used them up. The old codes stop working.
mfa-recovery-submit = Create new recovery codes
mfa-disable-title = Turn off two-step verification
mfa-disable-submit = Turn off

## Organisation
org-kind-municipality = Municipality
org-kind-ocmw = Public social welfare centre (OCMW)
org-kind-police_zone = Police zone
org-kind-intermunicipal = Intermunicipal company
org-kind-umbrella = Umbrella organisation
role-viewer = Viewer
role-editor = Editor
role-admin = Administrator
dashboard-organisation = Your organisation
dashboard-your-role = Your role
dashboard-edit-settings = Change settings
dashboard-next-steps = First steps
dashboard-step-mfa = Turn on two-step verification for your account
dashboard-step-invite = Invite your colleagues
dashboard-step-require-mfa = Require two-step verification for all members
dashboard-step-account = Check your account details
dashboard-members = Members ({ $count })
dashboard-all-members = Manage all members
dashboard-recent = Recent activity
dashboard-full-log = Full audit log
settings-title = Settings
settings-profile = Organisation details
settings-logo = Logo
settings-logo-current = Current logo of { $org }
settings-logo-upload = Upload logo
settings-logo-remove = Remove logo
conflict-explained = Someone else changed these details while you were editing them. Their version is shown below. Your changes are still in the form: check them and save again.
conflict-theirs = Saved by someone else in the meantime
conflict-yours-below = Your version is in the form below.
members-title = Members
members-mfa = Two-step verification
members-role-of = Role of { $name }
members-change-role = Change role
members-remove = Remove
members-remove-confirm = Remove { $name } from this organisation?
members-invite = Invite someone
members-invite-intro = The person receives an email with a link. The link is valid for seven days and works once.
members-invite-submit = Send invitation
members-pending = Open invitations
members-pending-none = There are no open invitations.
members-invited-until = valid until { $date }
members-revoke = Revoke
user-disabled = disabled
user-active = active
user-disable = Disable
user-enable = Enable

## Audit log
audit-title = Audit log
audit-intro = Who changed what, and when. Nobody can edit or delete this list.
audit-filter-action = Kind of change
audit-filter-any = All
audit-filter-actor = By (part of the email address)
audit-filter-from = From
audit-filter-to = Up to and including
audit-count = { $count ->
        [one] 1 event
       *[other] { $count } events
    }
audit-empty = No events yet.
audit-when = When
audit-who = Who
audit-what = What
audit-target = About
audit-change = Change
audit-sign-in = Signed in
audit-sign-in-failed = Failed sign-in
audit-sign-out = Signed out
audit-sign-out-everywhere = Signed out everywhere
audit-password-changed = Password changed
audit-password-reset = Password reset
audit-password-reset-requested = Password reset requested
audit-mfa-enabled = Two-step verification turned on
audit-mfa-disabled = Two-step verification turned off
audit-recovery-code-used = Recovery code used
audit-org-created = Organisation created
audit-org-updated = Organisation changed
audit-logo-changed = Logo changed
audit-member-invited = Invitation sent
audit-invitation-revoked = Invitation revoked
audit-member-joined = Member joined
audit-member-added = Member added
audit-role-changed = Role changed
audit-member-removed = Member removed
audit-user-created = Account created
audit-user-updated = Account changed
audit-user-disabled = Account disabled
audit-user-enabled = Account enabled
audit-platform-roles-changed = Platform roles changed
audit-api-token-created = API token created
audit-api-token-revoked = API token revoked
audit-setup-completed = Weerbaar set up
audit-backup-restored = Backup restored

## Platform administration
admin-orgs-title = Organisations
admin-orgs-count = { $count } organisations
admin-created = Created
admin-org-new = New organisation
admin-org-create = Create organisation
admin-users-title = Accounts
admin-users-count = { $count } accounts
admin-platform-roles = Platform roles
admin-roles-of = Platform roles of { $name }
admin-user-new = New account
admin-user-new-intro = The person receives an email with a link to choose their own password.
admin-user-create = Create account
platform-role-admin = Platform administrator
platform-role-taskforce = Taskforce editor
platform-role-reviewer = Sounding-board reviewer

## Error pages
error-go-home = Go to the start page
error-status = Error code
error-retry-after = Try again in { $seconds } seconds.
error-page-bad_request-title = This request is not right
error-page-bad_request-text = Weerbaar could not process this request. Go back and try again.
error-page-validation-text = Not all details are filled in correctly.
error-page-invalid_json-title = Invalid JSON
error-page-invalid_json-text = The request body is not valid JSON of the expected shape.
error-page-unauthenticated-title = Sign-in needed
error-page-unauthenticated-text = Please sign in to continue.
error-page-forbidden-title = No access
error-page-forbidden-text = You do not have access to this page. If you think that is wrong, ask your organisation's administrator.
error-page-not_found-title = Page not found
error-page-not_found-text = This page does not exist (any more), or the link has expired.
error-page-method_not_allowed-title = Not possible this way
error-page-method_not_allowed-text = This page cannot be used this way.
error-page-conflict-title = Changed in the meantime
error-page-conflict-text = Someone else changed this in the meantime. Reload the page and check your changes.
error-page-duplicate-title = Already exists
error-page-duplicate-text = This already exists.
error-page-too_large-title = Too large
error-page-too_large-text = What you sent is too large.
error-page-unsupported_media_type-title = Wrong format
error-page-unsupported_media_type-text = This format is not supported.
error-page-too_many_requests-title = Too many attempts
error-page-too_many_requests-text = You made too many attempts. Wait a moment and try again.
error-page-csrf-title = Form expired
error-page-csrf-text = The form expired or did not come from this page. Go back, reload the page and try again.
error-page-mfa_required-title = Two-step verification needed
error-page-mfa_required-text = This organisation requires two-step verification. Turn it on in your account.
error-page-internal-title = Something went wrong
error-page-internal-text = Something went wrong on our side. Your data is not lost. Please try again in a few minutes.

## Emails
mail-invite-subject = Invitation to { $org } in Weerbaar
mail-invite-body =
    Hello,

    { $inviter } invites you to work on { $org } as { $role } in Weerbaar, the cyber resilience platform for local government.

    Accept the invitation with this link:
    { $link }

    The link is valid for { $days } days and works once. If you did not expect this invitation, you can ignore this email.

    Weerbaar
mail-reset-subject = New password for Weerbaar
mail-reset-body =
    Hello,

    Someone asked for a new password for the Weerbaar account of { $email }.

    Choose a new password with this link:
    { $link }

    The link is valid for { $hours } hour(s) and works once. If you did not ask for a new password, you need not do anything: your password stays the same.

    Weerbaar
mail-welcome-subject = Your Weerbaar account
mail-welcome-body =
    Hello,

    A Weerbaar account has been created for you ({ $email }).

    Choose your password with this link:
    { $link }

    The link is valid for { $hours } hours and works once.

    Weerbaar
