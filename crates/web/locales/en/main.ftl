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
error-page-busy-title = One moment
error-page-busy-text = Weerbaar is making or sending many other documents or files right now. Please try again in half a minute.
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
mail-review-subject = Review of the continuity plan of { $org }
mail-review-body =
    Hello,

    The continuity plan of { $org } is due for review by { $date }. A plan that is out of date does not help on the day the systems are down.

    Check in particular: who is on the crisis team and how to reach them, which applications and suppliers changed, and what the last exercise and restore test showed.

    Open the plan with this link:
    { $link }

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

## Business continuity plan (BCP)
nav-plan = Continuity plan
bcp-title = Business continuity plan
bcp-steps = Steps of the plan
bcp-overview = Plan overview
bcp-step-scope = Purpose and scope
bcp-step-activities = Activities
bcp-step-bia = Impact analysis
bcp-step-resources = Resources and dependencies
bcp-step-strategies = Workarounds
bcp-step-crisis = Crisis organisation
bcp-step-playbooks = Playbooks
bcp-step-communication = Communication
bcp-step-exercises = Exercises and maintenance
bcp-step-approval = Review and approval
bcp-next = Next step
bcp-checks = Gaps
bcp-recovery = Recovery order
bcp-dependencies = Dependencies
bcp-status-line = Status: { $status }. Version { $version }.
bcp-progress = The plan is { $percent }% complete
bcp-gaps = Gaps
bcp-gaps-count = { $errors } serious and { $warnings } other gaps.
bcp-gaps-infos = { $count ->
        [0] {""}
        [one] One remark.
       *[other] { $count } remarks.
    }
bcp-all-checks = See all gaps
bcp-fix = Fix
bcp-facts = Key facts
bcp-critical = critical
bcp-critical-count = { $count } critical
bcp-export-json = Download the plan as JSON
bcp-export = Download the current plan as JSON first
bcp-import = Import a plan
bcp-unknown = unknown
bcp-read-only = You can read this plan but not change it. Either your role is reader, or the plan is waiting for approval.
bcp-field = Field
bcp-activity = Activity
bcp-resource = Resource
bcp-role = Role
bcp-priority = Priority
bcp-scenario = Scenario
bcp-phase = Phase
bcp-classification-default = Confidential
bcp-start-intro = Your organisation has no continuity plan yet. You start from the standard template for local government: typical activities with a suggested impact and resources, the impact scale, eight playbooks, the crisis roles and sample messages. Then you adapt everything to your own organisation.
bcp-start-choose-legend = Which activities does your organisation carry out?
bcp-start-choose-hint = Untick what you do not do. You can always add or remove activities later.
bcp-start-choose = Choose at least one activity.
bcp-start-submit = Create the plan from the template
bcp-start-not-allowed = An editor or administrator of your organisation can create the plan.
bcp-plan-exists = This organisation already has a plan.
bcp-scope-intro = Describe briefly what the plan is for, what it covers and who keeps it up to date. The plan is confidential: it contains names, phone numbers and weak spots.
bcp-field-scope = Scope
bcp-hint-scope = Which services, locations and organisations does the plan cover? For example: municipality and social welfare centre, all locations, not the police zone.
bcp-field-objectives = Objectives
bcp-field-assumptions = Assumptions
bcp-field-owner-name = Plan owner
bcp-field-owner-email = Owner's e-mail address
bcp-hint-owner-email = The reminder for the annual review goes to this address.
bcp-field-classification = Classification
bcp-field-next-review = Next review
bcp-hint-next-review = Review the plan at least once a year and after every major change or crisis.
bcp-field-own-domains = Own e-mail domains
bcp-hint-own-domains = Separated by commas, for example example.be, cpas-example.be. During an attack, e-mail on these domains may not work: crisis team members need an address outside them.
bcp-activities-intro = Activities are the services and processes your organisation delivers. For each activity you record who leads it, which legal deadlines apply and which resources it needs.
bcp-activities-count = { $count ->
        [one] 1 activity
       *[other] { $count } activities
    }
bcp-activity-add = Add activity
bcp-activity-delete = Delete activity
bcp-activity-delete-confirm = Do you want to delete the activity "{ $name }"? Its impact analysis and workaround are lost with it.
bcp-field-department = Department
bcp-field-description = Description
bcp-field-owner = Responsible
bcp-field-deputy = Deputy
bcp-field-legal-deadlines = Legal deadlines
bcp-field-peak-periods = Peak periods
bcp-field-min-staff = Minimum staff
bcp-field-min-workplaces = Minimum workplaces
bcp-needs-resources = Resources needed
bcp-needs-resources-hint = Tick what this activity needs directly. Each resource shows the same link under ‘Needed for’. What those resources need themselves (network, directory) you record with the resource.
bcp-no-resources-yet = There are no resources yet.
bcp-goto-bia = Impact analysis
bcp-goto-strategy = Workaround
bcp-goto-chain = Dependencies
bcp-bia-intro = For each activity, say how bad it is when it stops: after 4 hours, after a day, and so on. That gives the maximum tolerable period of disruption (MTPD). Then record how fast you want the activity back (RTO) and how much data you can lose at most (RPO).
bcp-scale-line = Time windows: { $windows }. Unacceptable from level: { $level }.
bcp-scale-edit = Adjust the impact scale
bcp-bia-table = Impact analysis per activity
bcp-mtpd-long = Maximum tolerable period of disruption
bcp-rto-long = Recovery time you aim for
bcp-rpo-long = How much data you can lose at most, in hours
bcp-complete = Complete
bcp-mtpd-none = longer than the last window
bcp-mtpd-cause = because of: { $categories }
bcp-grid-help = For each impact area and each window, choose a level from 0 (none) to 4 (very serious). Tab moves to the next box; the arrow keys choose a level.
bcp-grid-caption = Impact when the activity stops
bcp-impact-category = Impact area
bcp-scale-what = What do the levels mean?
bcp-field-rto = Recovery time objective (RTO), in hours
bcp-hint-rto = Within how many hours must the activity run again? At most the MTPD.
bcp-field-rpo = Recovery point objective (RPO), in hours
bcp-hint-rpo = How many hours of work may be lost? 24 means: yesterday's backup is enough.
bcp-field-mbco = Minimum service level
bcp-hint-mbco = What must keep working during the crisis at the least? For example: death declarations within 24 hours, on paper.
bcp-save-next = Save and next activity
bcp-next-activity = Next activity without saving
bcp-scale-title = Impact scale
bcp-scale-intro = The impact scale applies to all activities of your organisation. For each impact area, describe what each level means for you, so that everybody means the same by "serious".
bcp-field-windows = Time windows, in hours
bcp-hint-windows = Increasing numbers separated by commas, for example 4, 24, 72, 168, 336, 720.
bcp-field-unacceptable = Unacceptable from level
bcp-level-n = Level { $level }
bcp-resources-intro = Resources are everything an activity needs: people, applications, infrastructure, data, suppliers and locations. For each resource, fill in how fast it is back and how its backup is arranged.
bcp-dependencies-link = See the dependencies per activity
bcp-resources-count = { $count ->
        [one] 1 resource
       *[other] { $count } resources
    }
bcp-resource-add = Add resource
bcp-resource-delete = Delete resource
bcp-resource-delete-confirm = Do you want to delete the resource "{ $name }"? Activities that need it lose that link.
bcp-back-to-resources = Back to the resources
bcp-used-by = Needed for
bcp-field-kind = Kind
bcp-hint-resource-deputy = For people: who takes over? For systems: who can restore it when the usual administrator is not there?
bcp-capability = What the resource really achieves
bcp-typical-recovery = In comparable municipalities, recovery often takes { $hours }. Fill in what you demonstrated yourself or were promised.
bcp-field-recovery-hours = Recovery time, in hours
bcp-hint-recovery-hours = How long does it take to get this resource back after an attack, apart from what it needs itself?
bcp-field-recovery-basis = What is that recovery time based on?
bcp-field-backup-interval = Backup every how many hours
bcp-hint-backup-interval = 24 means: one backup a day.
bcp-field-backup-type = Kind of backup
bcp-field-last-restore-test = Last restore test
bcp-hint-last-restore-test = When did you last actually restore data from the backup?
bcp-supplier = Supplier
bcp-field-contract-ref = Contract reference
bcp-field-sla-hours = Promised recovery time (SLA), in hours
bcp-hint-sla-hours = What does the contract say about recovery after an outage or incident?
bcp-field-contact-24-7 = Contact day and night
bcp-hint-contact-24-7 = A phone number that also answers at night and at weekends.
bcp-depends-on = This resource needs
bcp-depends-on-hint = For example: an application needs the directory and the network. That is how Weerbaar works out when the whole chain is back.
bcp-dependencies-intro = For each activity: when is its whole chain of resources back, compared with the recovery time you aim for?
bcp-dependencies-caption = Activities and their chain of resources
bcp-chain-available = Back after
bcp-chain-status = Achievable?
bcp-chain-ok = achievable
bcp-chain-late = too late
bcp-chain-bridged = late; the workaround bridges the gap
bcp-chain-unknown = unknown: recovery times missing
bcp-chain-no-rto = no recovery time objective
bcp-chain-title = Chain of resources for { $activity }
bcp-chain-summary = The activity ‘{ $activity }’ is back after { $available }. Aimed for: { $rto }. Resources back too late: { $late }.
bcp-chain-summary-bridged = Until then the workaround has to carry the work.
bcp-chain-more = { $count ->
        [one] 1 more resource is below this activity. It is back after { $latest }; { $late } too late.
       *[other] { $count } more resources are below this activity. The last of them is back after { $latest }; { $late } of them too late.
    }
bcp-chain-more-link = All resources
bcp-chain-legend = Each bar is a resource: grey is waiting for what it needs, blue is its own recovery, red is too late for the recovery time objective. The dashed line is the recovery time objective (RTO). A hatched bar means the recovery time is unknown.
bcp-chain-table = Resources in the chain
bcp-chain-own = Own recovery time
bcp-chain-empty = This activity has no resources yet. Link them at the activity.
bcp-edit-activity-resources = Change the resources of this activity
bcp-strategies-intro = How does the work go on when the systems are down? Record a workaround for each activity. Start with the critical ones.
bcp-strategies-caption = Workarounds per activity
bcp-workaround-missing = Missing
bcp-workaround-steps = { $count ->
        [0] No steps
        [one] 1 step
       *[other] { $count } steps
    }
bcp-back-to-strategies = Back to the workarounds
bcp-field-workaround = How to work without systems
bcp-hint-workaround = One step per line. For example: use the paper form from the crisis folder; write the declaration by hand in the register.
bcp-field-alternate-location = Other workplace
bcp-field-alternate-supplier = Other supplier
bcp-field-mutual-aid = Help from a neighbouring organisation
bcp-hint-mutual-aid = Which neighbouring municipality or partner can do this for you for a while, and with whom did you agree it?
bcp-field-paper-backlog = Catching up
bcp-hint-paper-backlog = Who enters the work done on paper into the system afterwards, and how do you check that nothing was forgotten?
bcp-crisis-intro = Who takes charge when things go wrong? Give every role a person and a deputy, with phone numbers and an e-mail address outside your own domain.
bcp-crisis-roles = Crisis team roles
bcp-role-complete = Complete
bcp-role-incomplete = Incomplete
bcp-crisis-role-intro = Fill in the details for the person and the deputy. Use an e-mail address that works when your own e-mail is down.
bcp-crisis-activation = Activation, meeting place and hand-over
bcp-field-activation-criteria = When do we call the crisis team together?
bcp-hint-one-per-line = One per line.
bcp-field-who-may-activate = Who may call the crisis team together?
bcp-field-call-tree = Call tree
bcp-hint-call-tree = Who calls whom, in order. If someone does not answer, call the fallback.
bcp-call-who = Call { $n }
bcp-call-fallback = Fallback
bcp-field-meeting-primary = Meeting place
bcp-field-meeting-alternate = Alternate meeting place
bcp-hint-meeting-alternate = For when the town hall cannot be used.
bcp-field-handover-criteria = When does it pass to the municipal emergency planning?
bcp-field-handover-explanation = How does the hand-over work?
bcp-hint-handover = For example: the coordinator informs the mayor, who can declare municipal coordination under the emergency plan (ANIP) and then leads the municipal coordination committee (CC Gem) with the emergency planning coordinator and the disciplines.
bcp-back-to-crisis = Back to the crisis organisation
bcp-field-tasks = Tasks
bcp-field-primary = Person
bcp-field-phone = Phone
bcp-field-private-phone = Private phone
bcp-field-outside-email = E-mail outside the own domain
bcp-hint-outside-email = This address must work when the organisation's e-mail is down.
bcp-playbooks-intro = A playbook says what you do in the first hour and after, for one kind of incident. Adapt the steps to your organisation and print them for the crisis folder.
bcp-first-hour-count = { $count ->
        [one] 1 step in the first hour
       *[other] { $count } steps in the first hour
    }
bcp-back-to-playbooks = Back to the playbooks
bcp-field-title = Title
bcp-field-summary = Summary
bcp-field-signals = Signals
bcp-field-first-hour = First hour
bcp-field-decisions = Decisions
bcp-decision-question = Decision
bcp-decision-who = Who decides
bcp-field-communication = Communication
bcp-comm-audience = Audience
bcp-comm-when = When
bcp-comm-who = Who
bcp-comm-message = Message
bcp-hint-rows = Leave a row empty if you do not need it; save to get another one.
bcp-field-recovery-steps = Recovery
bcp-field-return-to-normal = Return to normal
bcp-field-clocks = Notification deadlines
bcp-hint-clocks = Deadlines that start running once you discover the incident, such as 72 hours for a data breach to the supervisory authority.
bcp-clock-name = Notification
bcp-clock-hours = Within, in hours
bcp-clock-applies = When it applies
bcp-communication-intro = Who informs which group, through which channel? You can adapt the sample messages in advance, so that during the crisis you only fill in the details.
bcp-stakeholders = Audiences
bcp-stakeholders-hint = For each audience, the channel and who keeps in touch.
bcp-field-channel = Channel
bcp-save-stakeholder = Save: { $audience }
bcp-messages = Sample messages
bcp-field-subject = Subject
bcp-field-body = Text
bcp-hint-message-body = Text in square brackets, such as [date], you fill in at the time.
bcp-back-to-communication = Back to the communication
bcp-exercises-intro = A plan that was never exercised seldom works. Plan at least one exercise a year: a tabletop exercise, a walk-through or a restore test.
bcp-exercises-count = { $count ->
        [one] 1 exercise
       *[other] { $count } exercises
    }
bcp-exercise-add = Add exercise
bcp-exercise-delete = Delete exercise
bcp-exercise-delete-confirm = Do you want to delete the exercise "{ $name }"?
bcp-back-to-exercises = Back to the exercises
bcp-field-exercise-kind = Kind of exercise
bcp-field-planned-on = Planned on
bcp-field-done-on = Held on
bcp-hint-done-on = Leave empty as long as the exercise has not taken place.
bcp-field-participants = Participants
bcp-field-result = Result
bcp-field-actions = Improvement actions
bcp-checks-intro = Weerbaar checks the plan for the gaps that most often go wrong in a real attack. Each finding says where to fix it.
bcp-checks-errors = { $count ->
        [one] 1 serious gap
       *[other] { $count } serious gaps
    }
bcp-checks-warnings = { $count ->
        [one] 1 other gap
       *[other] { $count } other gaps
    }
bcp-checks-infos = { $count ->
        [one] 1 remark
       *[other] { $count } remarks
    }
bcp-checks-none = No gaps found.
bcp-recovery-intro = Restore the resources in this order after an attack: first what other resources need, and within each wave first what the most urgent activity needs.
bcp-recovery-table = Recovery order of the resources
bcp-wave = Wave
bcp-needed-within = Needed within
bcp-available-after = Back after
bcp-cycles = Cycles in the dependencies
bcp-cycles-blocked = These resources can only be placed in the order once the cycle is broken:
bcp-submit-title = Submit for approval
bcp-submit-intro = When the plan is ready, submit it to the board of mayor and aldermen or the competent body. While it waits for approval, nobody can change it.
bcp-submit = Submit for approval
bcp-approved-edit-hint = The plan is approved. Whoever changes it now starts a new draft that needs approval again.
bcp-approve-title = Record the approval
bcp-approve-intro = Record which body approved the plan, on which date and under which reference. The next step first shows you what is still missing.
bcp-field-approval-body = Approved by
bcp-approval-body-default = Board of mayor and aldermen
bcp-field-decision-date = Date of the decision
bcp-field-reference = Reference of the decision
bcp-approve = Record the approval
bcp-withdraw = Withdraw to make changes
bcp-approve-admins-only = An administrator of your organisation submits the plan for approval and records the approval.
bcp-approved-by = Approved by
bcp-versions = Approved versions
bcp-versions-none = No approved version yet.
bcp-download-json = download
bcp-history = Recent changes
bcp-import-intro = Import a whole plan from a Weerbaar JSON file. Weerbaar checks everything first. If there is a single error, nothing is imported and you see every error with its place in the file.
bcp-import-file = JSON file
bcp-import-replace = I understand that the current plan will be replaced.
bcp-import-confirm-needed = Your organisation already has a plan. Tick that you want to replace it.
bcp-import-problems = { $count ->
        [one] The file contains 1 error
       *[other] The file contains { $count } errors
    }
bcp-import-nothing-changed = Nothing was imported. Correct the file and try again.
bcp-import-admins-only = Only an administrator of your organisation can import a plan.
plan-status-draft = draft
plan-status-submitted = waiting for approval
plan-status-approved = approved
plan-status-superseded = superseded
severity-error = Serious
severity-warning = Attention
severity-info = Remark
priority-p1 = P1: restore first
priority-p2 = P2: within the week
priority-p3 = P3: can wait
priority-unrated = not yet assessed
impact-service = Service to citizens
impact-legal = Legal obligations
impact-financial = Financial damage
impact-reputation = Reputation and trust
impact-health_safety = Health and safety
impact-privacy = Privacy and personal data
impact-level-0 = none
impact-level-1 = minor
impact-level-2 = considerable
impact-level-3 = serious
impact-level-4 = very serious
resource-kind-person = People and roles
resource-kind-application = Applications
resource-kind-infrastructure = Infrastructure
resource-kind-data = Data and vital records
resource-kind-supplier = Suppliers
resource-kind-location = Locations
backup-none = no backup
backup-online = online (reachable from the network)
backup-offline = offline (disconnected)
backup-immutable = immutable
basis-demonstrated = demonstrated in a test
basis-promised = promised by the supplier
basis-estimated = estimated
audience-citizens = Citizens
audience-staff = Staff
audience-council = Municipal council
audience-press = Press
audience-neighbouring_municipalities = Neighbouring municipalities
audience-suppliers = Suppliers
audience-insurer = Insurer
audience-authorities = Authorities and supervisors
scenario-any = Any scenario
scenario-ransomware = Ransomware
scenario-ddos = DDoS on the website or e-counter
scenario-account-compromise = Compromised mailbox or account
scenario-supplier-outage = Outage or attack at a software supplier
scenario-data-breach = Data breach
scenario-building-loss = Town hall unusable
scenario-power-network-outage = Long power or network outage
scenario-key-staff-absence = Sudden absence of key staff
phase-first = First message
phase-update = Update
phase-recovery = Recovery
phase-closed = Closing
exercise-tabletop = Tabletop exercise
exercise-walk_through = Walk-through
exercise-restore_test = Restore test
duration-hour = { $count ->
        [one] 1 hour
       *[other] { $count } hours
    }
duration-day = { $count ->
        [one] 1 day
       *[other] { $count } days
    }
duration-week = { $count ->
        [one] 1 week
       *[other] { $count } weeks
    }
duration-month = { $count ->
        [one] 1 month
       *[other] { $count } months
    }
check-rto-missing = The activity ‘{ $activity }’ has no recovery time objective (RTO) yet. The maximum tolerable period of disruption is { $mtpd }.
check-rto-above-mtpd = The recovery time objective of { $activity } ({ $rto }) is longer than the maximum tolerable period of disruption ({ $mtpd }). Choose a shorter recovery time or review the impact analysis.
check-chain-slower-than-rto = The activity ‘{ $activity }’ must be back within { $rto }, but the resources it needs are only back after { $available }.
check-chain-bridged-by-workaround = The activity ‘{ $activity }’ runs on its workaround until the resources it needs are back after { $available } (aimed for: { $rto }). Make sure the workaround holds that long: enough paper forms, people and arrangements.
check-recovery-time-unknown = It is not known how fast the resource ‘{ $resource }’ is back, while the activity ‘{ $activity }’ needs it.
check-backup-slower-than-rpo = The resource ‘{ $resource }’ is backed up every { $interval }, but the activity ‘{ $activity }’ may lose at most { $rpo } of data.
check-no-offline-backup = The resource ‘{ $resource }’ has no offline or immutable backup, while the activity ‘{ $activity }’ depends on it. With ransomware, attackers often encrypt the online backups too.
check-restore-never-tested = No backup of { $resource } has ever been restored. A backup that was never tested is a hope, not a certainty.
check-restore-test-old = The last restore test of { $resource } was on { $date }, more than 12 months ago.
check-person-without-deputy = No deputy is given for ‘{ $resource }’, while the activity ‘{ $activity }’ depends on it.
check-supplier-without-24-7 = No day-and-night contact is filled in for supplier { $resource }.
check-supplier-sla-above-rto = Supplier { $resource } promises recovery within { $sla }, but an activity that depends on it must be back within { $rto }.
check-single-location = All critical activities happen at one location: { $resource }. If it cannot be used, they all stop.
check-no-workaround = The activity ‘{ $activity }’ is critical but has no way of working without systems.
check-crisis-role-unassigned = The crisis team role { $role } has nobody yet.
check-crisis-role-without-deputy = The crisis team role { $role } has no deputy.
check-crisis-role-no-out-of-band = The role { $role } lacks a phone number or an e-mail address outside the own domain. When the own e-mail is down, this person cannot be reached.
check-dependency-cycle = These resources need each other in a cycle: { $resources }. None of them can come back first. Review the dependencies.
check-review-missing = There is no date yet for the next review of the plan.
check-review-overdue = The review of the plan was planned for { $date } and has not happened yet.
check-exercise-overdue = The plan was not exercised in the past 12 months.
import-not-json = This is not a valid JSON file (error at line:column { $detail }).
import-expected-object = An object is expected here.
import-unknown-field = Unknown field "{ $detail }".
import-missing = The required field "{ $detail }" is missing.
import-too-long = The text is too long (at most { $detail } characters).
import-control-characters = The text contains control characters that are not allowed.
import-expected-string = A text is expected here.
import-too-many = Too many items (at most { $detail }).
import-expected-array = A list is expected here.
import-out-of-range = The number is outside the allowed range ({ $detail }).
import-expected-number = A whole number is expected here.
import-invalid-choice = Invalid value. Allowed: { $detail }.
import-invalid-date = Invalid date. Use the form { $detail }.
import-invalid-ref = Invalid reference. Expected: { $detail }.
import-duplicate-ref = The reference "{ $detail }" occurs twice.
import-unknown-ref = The reference "{ $detail }" does not exist in this file.
import-wrong-format = This is not a Weerbaar plan (expected format: { $detail }).
import-unsupported-version = This format version is not supported (supported: { $detail }).
import-invalid-windows = The time windows must be increasing numbers.
import-wrong-length = Wrong number of values (expected: { $detail }).
import-empty = This field must not be empty.
import-invalid = The file could not be read: { $detail }
import-approval-missing = An approved plan needs the board's decision: body, decision date and reference.
error-hours-range = Enter a number of hours between 0 and { $max }.
error-number = Enter a whole number.
error-date-future = This date is in the future.
error-level = Choose a level from 0 to 4.
error-windows = Enter increasing numbers of hours, separated by commas.
error-domains = Enter domain names such as example.be, separated by commas.
error-too-many-lines = Too many lines (at most { $max }).
error-unknown-resource = This resource does not exist in the plan.
conflict-their-version = Saved by someone else
conflict-your-version = Your version
flash-plan-created = The plan has been created from the template.
flash-plan-imported = The plan has been imported.
flash-plan-locked = The plan is waiting for approval and cannot be changed now.
flash-plan-not-draft = Only a draft can be submitted for approval.
flash-plan-submit-first = Submit the plan for approval first.
flash-plan-submitted = The plan is now waiting for approval.
flash-plan-withdrawn = The plan has been withdrawn and can be changed again.
flash-plan-approved = The approval has been recorded.
flash-activity-added = The activity has been added. Now complete its details.
flash-activity-deleted = The activity has been deleted.
flash-resource-added = The resource has been added. Now complete its details.
flash-resource-deleted = The resource has been deleted.
flash-exercise-added = The exercise has been added.
flash-exercise-deleted = The exercise has been deleted.
flash-changed-meanwhile = Someone else changed this in the meantime. Check it and try again.
flash-invalid-input = Not saved: one of the fields is invalid.
audit-plan-created = Continuity plan created
audit-plan-updated = Plan changed
audit-scale-updated = Impact scale changed
audit-activity-created = Activity added
audit-activity-updated = Activity changed
audit-activity-deleted = Activity deleted
audit-resource-created = Resource added
audit-resource-updated = Resource changed
audit-resource-deleted = Resource deleted
audit-crisis-updated = Crisis organisation changed
audit-crisis-role-updated = Crisis role changed
audit-playbook-updated = Playbook changed
audit-stakeholder-updated = Audience changed
audit-message-updated = Sample message changed
audit-exercise-created = Exercise added
audit-exercise-updated = Exercise changed
audit-exercise-deleted = Exercise deleted
audit-plan-submitted = Plan submitted for approval
audit-plan-withdrawn = Plan withdrawn
audit-plan-approved = Plan approved
audit-plan-imported = Plan imported
audit-plan-review-reminded = Review reminder sent

## Toolkit catalogue
nav-toolkit = Toolkit
nav-sign-in = Sign in
error-page-invalid_filter-title = Unknown filter value
error-page-invalid_filter-text = One of the filters (type, audience, topic, level, language or page) has a value Weerbaar does not know.
cat-heading = Toolkit for cyber-safe local government
cat-intro = Guides, templates, checklists and leaflets for municipalities, social services and police zones, written by a taskforce of experts and evaluated every quarter by a sounding board.
cat-entry-label = Ways in
cat-start-link = Start here: ten quick wins
cat-topics-link = All topics
cat-iam-label = I am …
cat-search-label = Search the toolkit
cat-search-hint = For example: passwords, restoring backups, reporting a data breach. Other word forms and Dutch terms are found too.
cat-search-button = Search
cat-filter-type = Type
cat-filter-type-all = All types
cat-filter-audience = Audience
cat-filter-audience-all = All audiences
cat-filter-topic = Topic
cat-filter-topic-all = All topics
cat-filter-level = Level
cat-filter-level-all = All levels
cat-filter-lang = Language
cat-filter-lang-all = All languages
cat-filter-apply = Apply filters
cat-results-none = Nothing found. Try another word or fewer filters.
cat-results-partial = { $count ->
    [one] Nothing contains all your words; { $count } result contains some of them.
   *[other] Nothing contains all your words; { $count } results contain some of them.
    }
cat-results-all = { $count ->
    [one] { $count } product in the toolkit.
   *[other] { $count } products in the toolkit.
    }
cat-results-count = { $count ->
    [one] { $count } result.
   *[other] { $count } results.
    }
cat-pages-label = Pages of results
cat-private = Only for your organisation
cat-topics-heading = Topics
cat-topics-intro = Choose a topic to see every product about it.
cat-start-heading = Start here: ten quick wins
cat-start-intro = Little time and few IT staff? Take these ten steps in this order. They give the most protection for the least effort.
cat-effort = Effort
cat-effort-hours = { $hours ->
    [one] about { $hours } hour
   *[other] about { $hours } hours
    }
cat-lang-versions = Language versions
cat-why = Why this matters for a municipality
cat-about = About this product
cat-version = Version
cat-last-reviewed = Last reviewed
cat-next-review = Next review
cat-licence = Licence
cat-source = Source
cat-original = original
cat-attachments = Files
cat-related = Related
cat-size-bytes = { $n } bytes
cat-size-kb = { $n } kB
cat-size-mb = { $n } MB
cat-feed-title = Weerbaar toolkit: new and updated products
cat-type-guide = Guide
cat-type-template = Template
cat-type-checklist = Checklist
cat-type-leaflet = Leaflet
cat-type-video = Video
cat-type-webinar = Webinar
cat-type-policy_example = Policy example
cat-type-tool = Tool
cat-type-external_reference = External reference
cat-audience-mayor_aldermen = Mayor and aldermen
cat-audience-general_director = General director
cat-audience-security_officer = Information security officer and DPO
cat-audience-it = IT staff and IT vendor
cat-audience-all_staff = All staff
cat-audience-communication = Communication officer
cat-audience-crisis_team = Crisis team
cat-iam-mayor_aldermen = I am the mayor or an alderman
cat-iam-general_director = I am the general director
cat-iam-security_officer = I am the information security officer or DPO
cat-iam-it = I work in IT
cat-iam-all_staff = I am a staff member
cat-iam-communication = I work in communication
cat-iam-crisis_team = I am on the crisis team
cat-iam-mayor_aldermen-intro = What the board needs to know and decide: the risks, the roles, and what you may ask of your administration.
cat-iam-general_director-intro = You are ultimately responsible for the organisation: here are the plans, roles and decisions that lie with you.
cat-iam-security_officer-intro = Policy, checks, notifications and awareness: the tools to lead information security in the organisation.
cat-iam-it-intro = The technical steps with the biggest gain: MFA, updates, backups, administrator accounts, network and logging.
cat-iam-all_staff-intro = Short leaflets and tips: recognising phishing, strong passwords, working safely from home and reporting an incident.
cat-iam-communication-intro = What you tell staff, citizens and the press during an incident, with templates ready to use.
cat-iam-crisis_team-intro = The first hour, the roles in the crisis team, the checklist and the messages you need.
cat-topic-backups = Backups
cat-topic-mfa = MFA
cat-topic-patching = Updates and patching
cat-topic-admin_accounts = Administrator accounts
cat-topic-phishing = Phishing
cat-topic-ransomware = Ransomware
cat-topic-incident_response = Incident response
cat-topic-business_continuity = Business continuity
cat-topic-crisis_communication = Crisis communication
cat-topic-suppliers = Suppliers
cat-topic-network = Network
cat-topic-logging = Logging and monitoring
cat-topic-passwords = Passwords
cat-topic-remote_work = Remote work
cat-topic-awareness = Awareness
cat-topic-gdpr_breaches = Data breaches (GDPR)
cat-topic-nis2 = NIS2
cat-topic-elections = Elections
cat-topic-insurance = Insurance
cat-topic-policy_roles = Policy and roles
cat-topic-access_management = Access management
cat-topic-physical_security = Physical security
cat-topic-cloud = Cloud
cat-topic-endpoint_security = Device security
cat-level-starter = Starter
cat-level-intermediate = Intermediate
cat-level-advanced = Advanced
cat-lang-nl = Dutch
cat-lang-en = English
cat-lang-fr = French
audit-adoption-updated = Adoption of a toolkit product updated
audit-private-resource-created = Own product added
audit-private-resource-updated = Own product changed
audit-private-resource-deleted = Own product deleted
audit-toolkit-resource-created = Toolkit product created
audit-toolkit-resource-updated = Toolkit product changed
audit-toolkit-stage-changed = Stage of a toolkit product changed
audit-toolkit-update-taken = New release of a toolkit product taken
audit-toolkit-update-dismissed = New release of a toolkit product not taken
audit-toolkit-visibility-changed = Toolkit visibility changed
audit-round-opened = Evaluation round opened
audit-round-closed = Evaluation round closed
audit-round-scored = Evaluation submitted
audit-round-decided = Decision taken in an evaluation round
nav-org-toolkit = Toolkit in your organisation
flash-deleted = Deleted.
flash-adoption-saved = The adoption was saved.
error-url = Give a full web address starting with https://.
error-choose-at-least-one = Choose at least one.
error-review-before-last = The next review is before the last one.
error-one-language = Fill in at least one language version: title, summary and text.
error-video-transcript = A video needs captions (a .vtt file) or a transcript. Fill in the transcript.
error-unknown-related = { $name } is not a product in the toolkit.
cat-back = Back
cat-cancel = Cancel
cat-edit = Edit
cat-delete = Delete
cat-edit-conflict = Someone else saved this product in the meantime. Your changes are still in the form; their version is shown below. Keep what you want and save again.
cat-edit-theirs = The version saved in the meantime
cat-field-title = Title
cat-field-summary = Summary
cat-field-body = Text
cat-field-body-hint = In Markdown: ## for a heading, - for a list, **bold**. Tables are allowed.
cat-field-transcript = Transcript (for a video)
cat-field-transcript-hint = What is said in the video, for those who cannot watch or listen.
cat-field-effort = Effort in hours
cat-field-effort-hint = A rough estimate for a small municipality to apply this.
cat-field-source-hint = Only for material you adapt from another organisation.
cat-field-original-url = Web address of the original
cat-field-related-hint = One product per line, by its short name (such as backups-that-survive-ransomware).
cat-field-video-url = Web address of the video
cat-field-video-url-hint = A video elsewhere online; upload a video file of your own after saving.
cat-field-lang-hint = Leave a language empty if you do not write it.
cat-private-new = Add an own product
cat-private-edit = Edit an own product
cat-private-heading = Own products
cat-private-intro = Agreements, procedures and documents of your own organisation. Only your members see them; search finds them.
cat-private-empty = Your organisation has no own products yet.
adoption-heading = Adoption by { $org }
adoption-status = Status
adoption-owner = Owner
adoption-due = Due
adoption-note = Note (only for your organisation)
adoption-note-hint = For example what has been done or what you are waiting for.
adoption-updated = Last updated: { $when }
adoption-save = Save adoption
adoption-overview-link = All adoption of your organisation
adoption-conflict = Someone else saved the adoption in the meantime. The current state is shown below; change it and save again.
adoption-page-heading = Toolkit in your organisation
adoption-overall = Your organisation has completed { $percent }% of what applies.
adoption-browse = To the toolkit
adoption-progress-heading = Progress per topic
adoption-done = Done
adoption-in-progress = In progress
adoption-progress = Progress
adoption-work-heading = Work list
adoption-work-empty = Nothing tracked yet. Open a product in the toolkit and record where you stand.
adoption-late = late
adoption-status-not_started = Not started
adoption-status-in_progress = In progress
adoption-status-done = Done
adoption-status-not_applicable = Not applicable
dashboard-toolkit = Toolkit
dashboard-toolkit-more = All progress and the work list
error-step-not-allowed = Your role does not allow this step.
error-step-wrong-stage = This step is not possible from the current stage.
error-upload-name = The file name is empty, too long or has characters that are not allowed.
error-upload-type = This kind of file is not accepted. Allowed: MP4, WebM, VTT, PDF, DOCX, ODT, XLSX, ODS, PPTX, ODP, CSV, MD, TXT, PNG and JPG.
error-upload-mismatch = The file's content does not match its extension.
cat-editorial-heading = Toolkit editorial
cat-editorial-intro = Drafts, review by the taskforce, evaluation by the sounding board, publication and archive.
cat-new = New product
cat-edit-heading = Edit product
cat-stage = Stage
cat-attention = Attention
cat-update-available = New release available
cat-review-overdue = Review overdue
cat-withdrawn = Archived
cat-public-version = See the published version
cat-update-available-text = Weerbaar ships a new release of this product. Your own changes stay until you choose.
cat-update-compare = Compare and choose
cat-changed-since-published = The working copy differs from the published version.
cat-diff-show = Show differences
cat-steps-heading = Next step
cat-comment = Comment
cat-comment-hint = Kept with this stage, so everyone later sees why.
cat-comment-add = Add comment
cat-change-note = Change note (when publishing)
cat-change-note-hint = What changed in this version? Readers and the sounding board see this.
cat-comments = Comments
cat-comments-empty = No comments yet.
cat-files-empty = No files yet.
cat-file-upload = Add a file
cat-file-upload-hint = Video (MP4 or WebM, with captions as .vtt or a transcript), document or list. Readers get it with the next publication.
cat-file-upload-button = Upload
cat-versions = Published versions
cat-versions-empty = Not published yet.
cat-diff-previous = difference with the previous one
cat-preview = Preview of the working copy
cat-working-copy = working copy
cat-diff-heading = Differences between versions
cat-diff-between = From { $from } to { $to }.
cat-diff-removed = Removed
cat-diff-added = Added
cat-diff-none = No differences.
cat-diff-meta = Product details
cat-diff-title = title
cat-diff-summary = summary
cat-diff-why = why it matters
cat-diff-body = text
cat-update-heading = Compare a new release
cat-update-local = your version
cat-update-release = new release
cat-update-choose = What do you want to do?
cat-update-choose-text = If you take the new release, it is published as a new version and your own change goes (it stays readable with the versions). If you keep your version, this release is not offered again.
cat-update-take = Take the new release
cat-update-keep = Keep my version
cat-status-draft = Draft
cat-status-in_review = In review
cat-status-evaluation = Sounding-board evaluation
cat-status-published = Published
cat-status-archived = Archived
cat-step-submit = Submit for review
cat-step-send_back = Back to draft
cat-step-to_evaluation = To the sounding board
cat-step-publish = Publish
cat-step-archive = Archive
cat-step-reopen = Reopen for editing
error-round-name-taken = A round with this name already exists.
error-round-closed = This round is closed; scores can no longer change.
error-score = Choose a score from 1 to 5.
error-date-past = This date is in the past.
flash-score-saved = Your evaluation was saved.
mail-round-subject = Reminder: evaluation round { $round } closes on { $date }
mail-round-body =
    Hello { $name },

    The evaluation round { $round } of the Weerbaar toolkit closes on { $date }. You still have { $left } product(s) to evaluate.

    Your view on relevance, correctness, clarity, completeness and usability helps decide which products are published, revised or retired.

    Open the round with this link:
    { $link }
round-list-heading = Evaluation rounds
round-list-intro = Every quarter the sounding board evaluates the toolkit's products on relevance, correctness, clarity, completeness and usability.
round-list-empty = There are no rounds yet.
round-new = Open a round
round-open-until = open until { $date }
round-open-note = The round is still open: the figures may still change.
round-closed = closed
round-products = { $count ->
    [one] { $count } product
   *[other] { $count } products
    }
round-my-progress = You have evaluated { $done } of { $total }
round-my-progress-label = Your progress
round-progress-of = { $done } of { $total }
round-name = Name of the round
round-name-hint = For example 2027 Q1.
round-deadline = Deadline
round-resources = Products in the round
round-open = Open the round
round-heading = Evaluation round { $name }
round-report = Report
round-report-heading = Report of round { $name }
round-your-score = Your evaluation
round-reviews = Evaluations
round-reviews-count = { $count ->
    [one] { $count } evaluation
   *[other] { $count } evaluations
    }
round-no-reviews = No evaluations yet.
round-score-give = Evaluate
round-score-change = Change evaluation
round-scored = evaluated
round-reviewers = Sounding board
round-close = Close the round
round-score-heading = Evaluation: { $title }
round-read-product = Read the product
round-score-scale = 1 = very weak, 2 = weak, 3 = adequate, 4 = good, 5 = very good.
round-score-choose = Choose a score
round-score-1 = 1 – very weak
round-score-2 = 2 – weak
round-score-3 = 3 – adequate
round-score-4 = 4 – good
round-score-5 = 5 – very good
round-comment = Comment
round-comment-hint = What should improve, what is missing, what works well in your organisation?
round-score-save = Save evaluation
round-csv = Report as CSV
round-overall = Average
round-spread = Spread
round-criterion = Criterion
round-average = Average
round-range = Lowest–highest
round-comments = Comments
round-decision = Decision
round-decision-none = No decision yet
round-decision-note = Note on the decision
round-decide = Save decision
round-change-note = Evaluated in round { $round }
round-csv-product = Product
round-csv-reviews = Evaluations
round-csv-average = average
round-csv-range = lowest-highest
round-criterion-relevance = Relevance for local government
round-criterion-correctness = Correctness
round-criterion-clarity = Clarity
round-criterion-completeness = Completeness
round-criterion-usability = Usability
round-criterion-relevance-hint = Does this really help a municipality, social service or police zone?
round-criterion-correctness-hint = Is the content right, also after recent changes?
round-criterion-clarity-hint = Does a staff member without IT knowledge understand what to do?
round-criterion-completeness-hint = Are steps, roles or pitfalls missing?
round-criterion-usability-hint = Could an organisation with two IT staff start on this tomorrow?
round-decision-publish = Publish
round-decision-revise = Revise
round-decision-retire = Retire
cat-video-download = Download the video
cat-video-watch = Watch the video (external website)
cat-transcript = Transcript
admin-toolkit-title = Toolkit
admin-toolkit-public = Published products are readable without signing in
admin-toolkit-public-hint = A public toolkit helps every municipality. Turn this off if only signed-in people may read the toolkit. Drafts, rounds, adoption and own products always need the right role.
cat-table = Table
cat-attention-heading = What needs attention
cat-overdue-count = { $count ->
    [one] { $count } published product is overdue for review.
   *[other] { $count } published products are overdue for review.
    }
cat-broken-links = Broken links
cat-link-status = status { $status }

## Documents (PDF, DOCX, ODT, Markdown, HTML) and the grab pack
doc-page-title = Documents and grab pack
doc-page-intro = On the day of an attack your servers, mail and file shares may be gone. Make sure the plan is already on paper and on a USB stick by then. Every document comes as PDF (to print), DOCX and ODT (to edit further), Markdown and HTML.
doc-pack-title = Grab pack
doc-pack-about = One ZIP file with every document as PDF and DOCX, one HTML file that opens without Weerbaar on any computer or phone, and a list of checksums (SHA-256) to check a printed or stored copy against the current version.
doc-pack-intro = This file holds the whole continuity plan and all its annexes. It works without internet and without Weerbaar. Keep a copy on paper and on a USB stick outside the network.
doc-pack-last = Last downloaded on { $at } by { $by }.
doc-pack-outdated = The plan has changed since the last grab pack. Download a new pack and replace the printed and stored copies.
doc-pack-never = No grab pack has been downloaded yet. Download it and keep it outside the network.
doc-pack-download = Download the grab pack (ZIP)
doc-list-title = All documents
doc-col-document = Document
doc-col-download = Download
doc-contents = Contents
doc-page = Page
doc-version = Version
doc-status = Status
doc-approval = Approval
doc-not-approved = Not approved yet
doc-owner = Owner
doc-next-review = Next review
doc-classification = Classification
doc-scope = Scope
doc-objectives = Objectives
doc-assumptions = Assumptions
doc-title-plan = Business continuity plan
doc-title-contacts = Crisis contacts and call tree
doc-title-wallet-card = Crisis contacts wallet card
doc-title-first-hour = First-hour checklists
doc-title-runbook = Recovery runbook
doc-title-incident-log = Incident log
doc-title-communication = Communication templates
doc-title-exercise-report = Exercise report
doc-title-actions = Open actions
doc-title-bia = Business impact analysis report
doc-subtitle-plan = The whole plan, for approval by the board.
doc-subtitle-contacts = Whom to call and in which order, also when your own mail and phones are down.
doc-subtitle-wallet-card = The key numbers on one sheet, to carry with you.
doc-subtitle-first-hour = What to do in the first hour, per scenario, with boxes to tick.
doc-subtitle-runbook = The recovery order as a checklist, with room to write down times.
doc-subtitle-incident-log = A blank log to fill in by hand during an incident.
doc-subtitle-communication = The prepared messages for staff, citizens and the press.
doc-subtitle-exercise-report = A blank report for after an exercise.
doc-subtitle-actions = The gaps the plan still has, and the actions from exercises.
doc-subtitle-bia = How long each activity can stop, and what it needs to come back.
doc-bia-intro = The business impact analysis shows per activity how serious a disruption becomes as it lasts longer. From it follow the maximum tolerable period of disruption (MTPD), the recovery time objective (RTO) and the acceptable data loss (RPO).
doc-bia-table = Activities by urgency
doc-heatmap = Impact over time
doc-heatmap-intro = Per activity the most serious impact over all categories, after each length of disruption.
doc-heatmap-legend = Levels:
doc-chains = Dependencies per critical activity
doc-chains-intro = What each critical activity needs, directly or not, and when it can be back.
doc-no-resources = No resources linked yet.
doc-recovery-order = Recovery order
doc-recovery-intro = Restore in this order: each resource only needs what is above it. Resources in the same wave can be restored at the same time.
doc-runbook-intro = Tick each resource when it works again and write down the time. Start a resource only when what it needs works.
doc-runbook-lead = Person leading the recovery
doc-notes = Notes
doc-cycles = These resources need each other in a cycle and cannot come back first:
doc-col-activity = Activity
doc-col-department = Department
doc-col-priority = Priority
doc-col-mtpd = MTPD
doc-col-rto = RTO
doc-col-rpo = RPO
doc-col-resource = Resource
doc-col-kind = Kind
doc-col-own-time = Own recovery time
doc-col-available = Back after
doc-col-wave = Wave
doc-col-needed-within = Needed within
doc-col-done = Done
doc-col-time = Time
doc-col-backup = Backup
doc-col-restore-test = Last restore test
doc-col-role = Role
doc-col-name = Name
doc-col-phone = Phone
doc-col-primary = Primary
doc-col-deputy = Deputy
doc-col-contact = Day-and-night contact
doc-col-contract = Contract
doc-col-decision = Decision
doc-col-who = Who
doc-col-audience = Audience
doc-col-when = When
doc-col-message = Message
doc-col-channel = Channel
doc-col-deadline = Deadline
doc-col-within = Within
doc-col-applies = When it applies
doc-col-severity = Severity
doc-col-finding = Finding
doc-col-due = Due
doc-col-exercise = Exercise
doc-col-planned = Planned
doc-col-done-on = Held
doc-col-result = Result
doc-col-date-time = Date and time
doc-col-event = What happened
doc-col-action = Action
doc-mbco = Minimum service level
doc-legal-deadlines = Legal deadlines
doc-peak-periods = Busy periods
doc-needs = Needs
doc-alternate-location = Other location
doc-alternate-supplier = Other supplier
doc-mutual-aid = Help from other authorities
doc-paper-backlog = Backlog after working on paper
doc-activation = When the crisis team meets
doc-who-may-activate = Who may call the crisis team together
doc-meeting-primary = Meeting place
doc-meeting-alternate = Other meeting place
doc-crisis-team = Crisis team
doc-call-tree = Call tree
doc-otherwise = otherwise
doc-handover = Back to normal operations
doc-signals = Signals
doc-first-hour = The first hour
doc-decisions = Decisions
doc-recovery-steps = Recovery
doc-return-to-normal = Back to normal
doc-clocks = Deadlines that start running
doc-stakeholders = Audiences and channels
doc-messages = Messages
doc-suppliers-24-7 = Suppliers, reachable day and night
doc-open-checks = Open checks
doc-no-open-checks = The plan has no open checks.
doc-exercise-actions = Actions from exercises
doc-no-exercises = No exercises are planned yet.
doc-annex-checks = Annex: what is still missing
doc-log-incident = Incident
doc-log-started = Started on
doc-log-keeper = Log kept by
doc-ex-participants = Participants
doc-ex-scenario = Scenario
doc-ex-what-went-well = What went well
doc-ex-what-to-improve = What to improve
doc-ex-actions = Actions
error-page-unknown_format-title = Unknown format
error-page-unknown_format-text = Choose pdf, docx, odt, md, html or zip.
error-page-unknown_document-title = Unknown document
error-page-unknown_document-text = This document does not exist. Choose a document from the list.
error-page-unknown_language-title = Unknown language
error-page-unknown_language-text = Choose nl, en or fr.
audit-plan-pack-downloaded = Grab pack downloaded
doc-toolkit = Weerbaar toolkit
cat-download-document = Print or edit
cat-download-document-about = This text as a document: PDF on A4 to print or hand out, DOCX or ODT to adapt to your organisation.
round-pdf = Report as PDF
round-docx = Report as DOCX
round-no-scores = No scores yet.
doc-chain-more = Resources further down the chain, not shown here (see Resources and dependencies in Weerbaar)

## Rules shared by forms, the API and imports (core::bcp::edit)
error-approval-missing = An approved plan names the board's decision: body, date and reference.
error-depends-on-itself = A resource cannot depend on itself.
error-domains-too-many = Enter at most { $max } domain names.
error-duplicate-resource = A resource is listed twice.
error-impact-category = “{ $name }” is not an impact category.
error-impact-windows = Give { $count } values per category, one per time window.
error-invisible-characters = This field contains invisible characters that make the text look different from what it is (direction marks or zero-width characters). Remove them.
error-level-descriptions = Describe the four levels, 1 to 4.
error-number-max = This can be at most { $max }.
error-number-negative = Enter 0 or more.
error-role-key = A role key consists of lower-case letters, digits and hyphens, at most 40 characters.
error-too-many-links = Too many links (at most { $max }).
error-unknown-role = Choose a role of the crisis team.
import-too-many-links = Too many links in this file (at most { $detail }).

## The grab pack kept current
doc-pack-current = Current version { $version }, made ready on { $at }.
doc-pack-checksum = Checksum (SHA-256) of the pack:
doc-pack-building = The grab pack with the latest changes will be ready within a few minutes. You can download it now; it then takes a little longer.
doc-team-title = Who has the current grab pack?
doc-team-intro = The crisis team members with an account in Weerbaar: their e-mail address is given with a role in the plan.
doc-team-col-member = Crisis team member
doc-team-col-pack = Grab pack
doc-team-current = Current pack, downloaded on { $at }
doc-team-old = Older pack, downloaded on { $at }: replace it
doc-team-never = Not downloaded yet
doc-team-none = No crisis team member has an account in Weerbaar. Enter, with each role, the e-mail address they sign in with.
audit-plan-pack-built = New grab pack made ready
mail-pack-subject = New version of the grab pack of { $org }
mail-pack-body =
    Hello,

    The approved continuity plan of { $org } has changed. Version { $version } of the grab pack is ready.

    Download the new pack and replace your printed copy and the copy on your USB stick, so that you work with the right information during a crisis.

    Checksum (SHA-256) of the new pack:
    { $checksum }

    Download the pack here:
    { $link }

    Weerbaar

## The plan on the dashboard
dashboard-plan = Continuity plan
dashboard-plan-status = { $status }, version { $version }
dashboard-plan-complete = { $percent }% filled in
dashboard-plan-missing = What is still missing
dashboard-plan-findings = The most serious problems
dashboard-plan-review = Next review
dashboard-plan-overdue = overdue
dashboard-plan-next-exercise = Next planned exercise
dashboard-plan-last-exercise = Last exercise
dashboard-plan-not-set = not planned
dashboard-plan-none-yet = none yet
dashboard-plan-pack-team = { $current } of { $total } crisis team members have the current grab pack
dashboard-plan-pack-no-team = No crisis team member has an account.
dashboard-plan-open = Go to the plan
dashboard-plan-none = Your organisation has no continuity plan yet. Start from the standard template: you choose your activities and complete them step by step.
dashboard-plan-start = Start a plan
bcp-explain-scope = { $done } of { $total } details filled in: scope, objectives, assumptions, owner and next review.
bcp-explain-activities = { $done } of { $total } activities have a department and an owner.
bcp-explain-bia = { $done } of { $total } activities have a complete impact analysis, an RPO and a minimum service level.
bcp-explain-resources = { $done } of { $total } points: every activity has resources and every resource a recovery time.
bcp-explain-strategies = { $done } of { $total } critical activities have a manual workaround and a plan for the backlog.
bcp-explain-crisis = { $done } of { $total } points: activation, call tree, meeting places, hand-over, and per role a person, a deputy and a phone number.
bcp-explain-playbooks = { $done } of { $total } scenarios have a playbook with the first hour's steps.
bcp-explain-communication = { $done } of { $total } points: per audience a channel and an owner, and a first message for citizens.
bcp-explain-exercises = { $done } of { $total }: a planned exercise and a held one.
bcp-explain-approval = { $done } of { $total }: the plan is approved, with the board's decision.

mail-mfa-locked-subject = Someone tried to sign in to Weerbaar with your password
mail-mfa-locked-body =
    Hello,

    Someone entered the correct password of your Weerbaar account and then a wrong two-step verification code { $count } times. To protect your account, Weerbaar accepts no codes for the next { $minutes } minutes.

    Was this not you? Then someone else knows your password. Choose a new password at once through this link and report it to your information security officer:
    { $link }

    Weerbaar
audit-second-factor-locked = Two-step verification locked for a while after too many wrong codes
error-logo-dimensions = This picture is too large: at most { $side } pixels wide and high. Make it smaller first.
error-logo-damaged = This picture cannot be read. Save it again as PNG or JPEG and try once more.
field-token-scope = What may the token do?
token-scope = May
token-scope-read = Read
token-scope-write = Read and change
token-scope-read-option = Read only (recommended for reports and monitoring)
token-scope-write-option = Read and change
token-never-used = Never
hint-token-password = Enter your current password: someone who only has your session cannot make a token.
field-keep-tokens = Keep my API tokens working (otherwise they are revoked)
error-reauth-wait = Too many wrong passwords. Wait { $seconds } seconds, then try again.
error-page-token_read_only-title = Read only
error-page-token_read_only-text = This API token may only read. Make a token that may change things if this script needs to.
error-json-field = This value cannot be read: { $detail }.
error-import-too-large = The file is too large: a plan may be at most { $max } MB.
bcp-import-problems-capped = The file contains at least { $shown } errors. The first { $shown } are listed below.
bcp-approve-next = Continue to confirmation
bcp-approve-confirm-title = Confirm the approval
bcp-approve-confirm-intro = Read what the plan still lacks before you record the approval. An approved plan is the plan your organisation works with in a crisis.
bcp-approve-confirm-complete = The plan is { $percent }% complete
bcp-approve-confirm-serious = { $count ->
    [0] No serious findings
    [one] 1 serious finding
    *[other] { $count } serious findings
    }
bcp-approve-confirm-no-serious = The checks found no serious findings.
bcp-approve-acknowledge = I have read the completeness and the serious findings, and the competent body approved the plan nonetheless.
error-approval-acknowledge = Tick the box to confirm that you have read the completeness and the serious findings.
bcp-approve-back = Back without approving
bcp-versions-submitted = Submitted versions
bcp-versions-submitted-intro = This is how the plan looked when it was submitted for approval. A submitted version is not yet approved.
bcp-versions-submitted-none = No version submitted yet.
resource-kind-paper = Paper records
cat-results-some = { $count } with all your words, then { $rest } with some of them.
audit-field-impacts = Impact
audit-field-primary = Who holds the role
audit-field-decisions = Decisions
audit-field-clocks = Deadlines
audit-field-status = Status
audit-value-yes = yes
audit-value-no = no
audit-value-linked = linked
audit-value-changed = changed
audit-value-items = { $count ->
    [one] 1 link
    *[other] { $count } links
    }
warning-review-past = This date has passed. Plan the next review in the future.
warning-exercise-before-planned = This date is before the planned date. Is that right?
org-switch-current = current
bcp-chain-summary-unknown = When the activity ‘{ $activity }’ is back is not known: not every resource under it has a recovery time. Aimed for: { $rto }.
cat-filters = Filters
welcome-title = Weerbaar: keep working through a cyber attack
welcome-what = Weerbaar helps local governments prepare for cyber incidents, with a toolkit of practical guides, templates and leaflets.
welcome-plan = With an account you and your colleagues build your organisation's continuity plan: impact analysis, crisis organisation, playbooks and documents to print.
welcome-toolkit = Browse the toolkit (no account needed)
bcp-clock-asap = as soon as possible
bcp-playbook-edit = Edit this playbook
bcp-playbook-read = Read and print
bcp-used-by-note = This is the same link as on the activity: you change it there.
doc-card-how = Cut along the dashed lines, fold each card in the middle and keep it in your wallet. Update it when the crisis team changes.
doc-card-call = Cyber incident? Call in this order
doc-card-first-hour = The first hour
doc-card-deputies = Not reachable? Call the deputy
doc-card-meet = Where the crisis team meets
doc-card-emergency = Emergencies 112 · Police 101 · CCB: incident@ccb.belgium.be
nav-findings = Audits
cancel = Cancel
finding-status-new = New
finding-status-confirmed = Confirmed
finding-status-in-remediation = Being fixed
finding-status-fixed = Fixed, awaiting retest
finding-status-closed = Closed
finding-status-false-positive = False positive
finding-status-duplicate = Duplicate
finding-status-risk-accepted = Risk accepted
engagement-kind-pentest = Ethical hack or penetration test
engagement-kind-audit = ICT audit
engagement-kind-scan = Vulnerability scan
engagement-kind-internal = Internal audit
engagement-kind-phishing = Phishing test
engagement-kind-other = Other
engagement-status-planned = Planned
engagement-status-authorised = Authorised
engagement-status-in-progress = Testing
engagement-status-reported = Reported
engagement-status-follow-up = Follow-up
engagement-status-closed = Closed
findings-sort-severity = Most severe first
findings-sort-due = Earliest deadline first
findings-sort-newest = Newest first
findings-sort-title = Title
findings-nav = Audits and findings
findings-title = Findings
findings-intro = Everything an audit, an ethical hack, a scan or your own team found, in one place, until it is fixed and retested.
findings-export-csv = Everything as CSV
findings-report = Follow-up report
findings-filter = Filter and sort
findings-any = All
findings-open-only = All open findings
findings-overdue-only = Only overdue
findings-overdue = overdue
findings-accepted = accepted risks
findings-sort = Order
findings-count =
    { $count ->
        [one] 1 finding
       *[other] { $count } findings
    }
findings-table = Findings
findings-settings-title = Deadlines
findings-settings-intro = How many days a finding may stay open, per severity, counted from the day it is confirmed. What is still open after that is marked overdue in the list, in the report and in the owners' weekly e-mail.
findings-days-critical = Critical (days)
findings-days-high = High (days)
findings-days-medium = Medium (days)
findings-days-low = Low (days)
finding-add = Add a finding
finding-edit = Change the finding
finding-field-title = Title
finding-field-description = Description
finding-field-assets = Affected systems
finding-field-remediation = Remediation advice
finding-field-references = References
finding-field-cvss-vector = CVSS vector
finding-field-severity = Severity
finding-field-severity-reason = Why this severity
finding-field-owner-email = Owner (e-mail)
finding-field-due = Deadline
finding-field-engagement = Audit or test
finding-field-resources = Resources in the continuity plan
finding-field-status = Status
finding-field-reason = Reason
finding-field-duplicate-of = Duplicate of
finding-field-approver-email = Accepted by (administrator)
finding-field-expires = Accepted until
finding-field-version = Version
finding-field-to = New status
finding-field-comment = Comment
finding-field-file = File
finding-hint-cvss = For example CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H or a CVSS 4.0 vector. Score and severity are computed from it.
finding-hint-severity-reason = Only without a vector: for example 'the auditor's rating in the report of 12 November'.
finding-hint-assets = One per line: a server (srv-file01), an address with port (10.0.0.5:445/tcp), a web address or an application.
finding-hint-references = One per line: CVE-2024-6387, CWE-79 or a web address.
finding-hint-due = Leave empty: the deadline follows from the severity once the finding is confirmed.
finding-hint-reason = Needed for a false positive and for an accepted risk.
finding-hint-expires = Only for an accepted risk: at most a year. On that day the finding reopens by itself.
finding-hint-evidence = PDF, image or text (log), at most 10 MB.
finding-no-engagement = None (found ourselves)
finding-severity-from-vector = From the CVSS vector
finding-accepted-until = Risk accepted until
finding-duplicate-of = Duplicate of
finding-original = the original finding
finding-not-seen = no longer seen
finding-not-seen-text = The last scan of this audit no longer reported this finding. It was not closed by itself: have it retested, then close it.
finding-suggestions = In the toolkit
finding-retest = Retest
finding-retest-intro = The finding is fixed. Record the result of the retest: passed closes it, failed sends it back to being fixed.
finding-retest-result = Result
finding-retest-passed = Passed: the problem is gone
finding-retest-failed = Failed: the problem is still there
finding-retest-note = How it was tested
finding-retest-save = Record the retest
finding-move = Change the status
finding-move-to = New status
finding-move-save = Change the status
finding-evidence = Evidence
finding-evidence-none = No evidence yet.
finding-evidence-file = File
finding-evidence-add = Add evidence
finding-history = History and comments
finding-comment = Comment
finding-comment-add = Add a comment
finding-event-created = Created
finding-event-status = Status changed
finding-event-retest-passed = Retest passed
finding-event-retest-failed = Retest failed
finding-event-comment = Comment
finding-event-edited = Details changed
finding-event-file = Evidence added
finding-event-import-reopened = Reopened by a new scan
finding-event-import-not-seen = Not seen in a new scan
finding-event-import-seen = Seen again in a scan
finding-severity-critical = Critical
finding-severity-high = High
finding-severity-medium = Medium
finding-severity-low = Low
finding-severity-info = Informational
engagements-title = Audits and tests
engagements-intro = Every ethical hack, ICT audit or scan, with the general director's written authorisation, the agreements with the tester and everything that was found.
engagements-none = No audits or tests yet. Record the first one below, even if the tester has not been chosen yet.
engagements-count =
    { $count ->
        [one] 1 audit or test
       *[other] { $count } audits and tests
    }
engagement-add = Record an audit or test
engagement-edit = Change the details
engagement-field-title = Name
engagement-field-kind = Kind
engagement-field-status = Status
engagement-tester = Tester
engagement-field-tester-org = Tester's organisation
engagement-field-tester-lead = Lead tester
engagement-field-tester-email = Tester's e-mail
engagement-field-tester-phone = Tester's phone for emergencies
engagement-hint-phone = Reachable during the test, so it can be stopped.
engagement-contact = Our technical contact
engagement-field-contact-name = Name
engagement-field-contact-email = E-mail
engagement-field-contact-phone = Phone
engagement-field-scope = What may be tested
engagement-hint-scope = One per line: systems, IP ranges, domains, web addresses, applications.
engagement-field-out-of-scope = What may not be tested
engagement-field-window-start = First day of testing
engagement-field-window-end = Last day of testing
engagement-field-hours = Allowed hours
engagement-hint-hours = For example 'working days from 8 to 17, not during the civil affairs opening hours'.
engagement-rules = Rules of engagement
engagement-field-social-engineering = Social engineering is allowed (phone, e-mail, at the counter)
engagement-field-dos-forbidden = Attacks that take services down (denial of service) are forbidden
engagement-field-data-destroyed = The tester destroys our data after the test
engagement-field-production-data = Handling real data of citizens and staff
engagement-field-test-accounts = Test accounts
engagement-field-stop-procedure = Stop word and stop procedure
engagement-hint-stop = Who may stop the test, how (phone number, stop word) and what the tester does then.
engagement-field-notes = Notes
engagement-window = Test window
engagement-open = Open findings
engagement-authorisation = Written authorisation
engagement-signed-by = Signed by { $signer } on { $date }
engagement-signed-copy = download the signed letter
engagement-not-authorised = Not signed yet: no testing may start.
engagement-letter = Authorisation letter to have signed
engagement-report = Report
engagement-next-step = Next step
engagement-move-to = The next status is: { $status }.
engagement-move-button = Move to '{ $status }'
engagement-authorisation-upload = Signed authorisation
engagement-authorisation-intro = Download the letter above, have the general director sign it and upload the signed copy here. Without a signed letter the test cannot start.
engagement-field-signer = Signed by
engagement-field-signed-on = Signed on
engagement-field-signed-file = Signed letter
engagement-hint-signed-file = PDF or photo (PNG, JPEG), at most 10 MB.
engagement-authorisation-save = Record the authorisation
engagement-guests = External testers
engagement-guests-intro = An external tester sees only this audit: they can upload scan results and add findings, and see nothing else of your organisation.
engagement-field-guest-email = E-mail address of the external tester
engagement-field-guest-name = Tester's name
engagement-guest-add = Invite the tester
engagement-guest-remove = Revoke access of { $email }
engagement-guest-notice = You are an external tester for { $org }. You see only this audit.
engagement-no-findings = No findings for this audit yet.
guest-title = Your audits as an external tester
guest-intro = These organisations invited you for an audit or test.
guest-none = You have not been invited for any audit.
import-title = Import scan results
import-intro = Greenbone/OpenVAS, Nessus, OWASP ZAP, Nuclei, SARIF or our own CSV for reports in Word or Excel. You first see what changes; importing the same file again changes nothing.
import-csv-template = Download the CSV template
import-format = Format
import-file = File
import-preview = See what changes
import-preview-title = What this import changes
import-preview-intro = { $format } for '{ $engagement }'. Nothing has changed yet.
import-results =
    { $count ->
        [one] 1 result in the file
       *[other] { $count } results in the file
    }
import-created = New
import-unchanged = Already known, unchanged
import-reopened = Reopened (was fixed or closed)
import-not-seen = No longer seen (to retest, not closed)
import-by-severity = Results by severity
import-confirm-text = Confirm to update the findings.
import-nothing-changes = This import changes nothing: everything was already known.
import-confirm = Import
import-problems = This file cannot be imported; nothing was changed. { $problems }
import-at-line = line { $line }
import-unknown-format = This file is not a report in a format Weerbaar knows.
import-broken-xml = The XML file is broken here.
import-broken-json = The JSON file is broken here ({ $detail }).
import-truncated = The file ends unexpectedly here: it was probably not uploaded in full, or cut off when saved.
import-doctype = The file contains a document type definition (DOCTYPE). It is refused for safety: it can pull in outside files or expand enormously. Scanners do not write one.
import-entity = The file uses an unknown entity (&…;). Only XML's five standard entities are allowed.
import-wrong-root = The file starts with <{ $root }>, not with what this format expects.
import-missing-id = This result lacks what makes it recognisable ({ $what }).
import-not-text = This is not a UTF-8 text file.
import-sarif-version = This is SARIF { $version }; only SARIF 2.1.0 is read.
import-csv-header = The first line must hold the column names.
import-csv-column = The column '{ $column }' is missing.
import-csv-unknown = Weerbaar does not know the column '{ $column }'. Use the template.
import-csv-row = This line does not have as many columns as the first.
import-csv-id = Fill in an id (your own number for the finding): a new import recognises the same finding by it.
import-csv-id-twice = The id '{ $id }' appears twice.
scan-wrong-format = This file is a { $found } report, not the chosen format. Choose { $found } and try again.
scan-too-many = This file holds more than { $max } results; split it.
letter-title = Authorisation for a security test
letter-intro = { $org } authorises { $tester }, represented by { $lead }, to test the systems described below ({ $kind }), within the period, hours and rules of this letter. The tester reports what they find only to the contacts named in this letter.
letter-scope = What may be tested
letter-out-of-scope = What may not be tested
letter-nothing-excluded = Nothing explicitly excluded; only what is listed above may be tested.
letter-when = When
letter-period = Period
letter-window = from { $from } to { $to } inclusive
letter-hours = Hours
letter-rules = Rules of engagement
letter-rule = Agreement
letter-agreed = Agreed
letter-rule-social = Social engineering (phone, e-mail, at the counter) is allowed
letter-rule-dos = Attacks that take services down are forbidden
letter-rule-destroy = The tester destroys our data after the test
letter-rule-production = Handling real data of citizens and staff
letter-rule-accounts = Test accounts
letter-yes = Yes
letter-no = No
letter-stop = Stopping
letter-stop-default = Our technical contact or the general director can stop the test at any time by phone. The tester then stops at once and confirms by e-mail.
letter-contacts = Contacts
letter-name = Name
letter-email = E-mail
letter-phone = Phone
letter-tester = Tester
letter-our-contact = Our contact
letter-law = This authorisation covers only the systems, period and rules above. Anything beyond them is not allowed. The tester treats what they see as confidential.
letter-signatures = Signatures
letter-sign-director = For the organisation: name of the general director
letter-sign-tester = For the tester, agreed: name
letter-sign-date = Date
letter-sign-signature = Signature
report-classification = Confidential
report-engagement-title = Audit report
report-follow-up-title = Follow-up of the findings
report-summary = Summary
report-summary-text = { $open } findings are open, { $overdue } of them overdue. { $accepted } risks were knowingly accepted; { $expiring } of those expire within 30 days and must then be looked at again.
report-trend = Trend since the previous reports
report-trend-title = Open findings by severity
report-when = Report
report-now = Now
report-total = Total
report-overdue = Overdue
report-accepted = Accepted risks
report-none = None.
report-findings = The findings with advice
mail-guest-subject = Invitation as a tester for { $org }: { $engagement }
mail-guest-body =
    Hello,

    { $org } invites you as an external tester for '{ $engagement }' in Weerbaar. You see only this audit there: you can upload scan results and add findings.

    Open this link: { $link }

    Only start testing once the signed authorisation is in Weerbaar.
mail-risk-expired-subject = Accepted risk expired at { $org }: { $title }
mail-risk-expired-body =
    Hello,

    The risk '{ $title }' was accepted until { $until }. That period is over: the finding is open again and has a new deadline.

    See it here: { $link }
mail-findings-digest-subject = { $org }: { $count } open findings for you, { $overdue } overdue
mail-findings-digest-body =
    Hello,

    This is in your name in the findings register of { $org }:

    { $list }

    See everything: { $link }

    You get this overview once a week as long as something is open.
error-cvss-vector = This CVSS vector is not valid: check every metric and value, for example CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H.
error-cvss-version = Use a CVSS 3.1 vector (starting with CVSS:3.1/) or a 4.0 one (starting with CVSS:4.0/).
error-severity-reason = Say why this severity, when there is no CVSS vector.
error-finding-item = Line { $line } is not understood. Check how it is written (see the explanation under the field).
error-finding-reason = Give a reason.
error-finding-duplicate-of = Choose the original finding.
error-finding-duplicate-self = A finding cannot be a duplicate of itself.
error-finding-approver = Only an administrator of the organisation can accept a risk. Choose an administrator.
error-finding-expiry = An accepted risk needs an end date, at most a year from now.
error-finding-expiry-past = Choose a date after today.
error-finding-expiry-far = At most { $days } days from now: after that the risk must be looked at again.
error-finding-move = A finding cannot go from '{ $from }' to '{ $to }'.
error-deadline-days = Fill in a number of days from 1 to { $max }.
error-window-order = The last day of testing is before the first.
error-letter-type = Upload the signed letter as PDF, PNG or JPEG.
error-file-missing = Choose a file.
error-file-too-large = The file is too large (at most { $max } MB).
error-evidence-type = Upload a PDF, an image (PNG, JPEG, GIF) or text.
error-engagement-needs-authorisation = Record the signed authorisation first: without it, no testing may take place.
error-engagement-status = An audit moves one step at a time: planned, authorised, testing, reported, follow-up, closed.
flash-engagement-added = The audit is recorded. Now download the authorisation letter to have it signed.
flash-engagement-status = The status has changed.
flash-authorisation-recorded = The signed authorisation is recorded.
flash-finding-added = The finding is added.
flash-finding-moved = The finding's status has changed.
flash-evidence-added = The evidence is added.
flash-guest-added = The tester is invited and gets an e-mail.
flash-guest-already = This tester already had access.
flash-guest-removed = The tester's access is revoked.
flash-import-done = The import is done.
audit-engagement-created = Audit recorded
audit-engagement-updated = Audit changed
audit-engagement-status-changed = Audit status changed
audit-engagement-authorised = Signed authorisation recorded
audit-engagement-guest-added = External tester invited
audit-engagement-guest-removed = External tester's access revoked
audit-finding-created = Finding added
audit-finding-updated = Finding changed
audit-finding-status-changed = Finding status changed
audit-finding-commented = Comment on a finding
audit-finding-evidence-added = Evidence added
audit-findings-imported = Scan results imported
audit-finding-reopened-at-expiry = Accepted risk expired and reopened
audit-finding-deadlines-changed = Finding deadlines changed
audit-findings-reported = Findings report made
dashboard-findings = Audits and findings
dashboard-findings-open =
    { $count ->
        [one] 1 open finding
       *[other] { $count } open findings
    }
dashboard-findings-overdue =
    { $count ->
        [one] 1 overdue
       *[other] { $count } overdue
    }
dashboard-findings-expiring =
    { $count ->
        [one] 1 accepted risk expires within 30 days
       *[other] { $count } accepted risks expire within 30 days
    }
dashboard-findings-median = Median days to fix
dashboard-findings-none = No findings yet. Record the next audit or scan, or add what you found yourself.
dashboard-findings-open-register = To the findings
nav-assessments = Self-assessment
admin-frameworks-title = Frameworks
assessments-title = Self-assessments
assessments-intro = Measure your organisation against a framework: per measure one score for documentation and one for implementation. Whatever stays below the target becomes an action in the findings register.
assessments-none = There is no self-assessment yet.
assessments-count = { $count } self-assessments
assessment-field-title = Title
assessment-framework = Framework
assessment-level = Level
assessment-status = Status
assessment-started = Started
assessment-start = Start a self-assessment
assessment-choice = Framework and level
assessment-hint-title = Leave empty for "Self-assessment" with today's date.
assessment-from-last = Start from the answers of the previous self-assessment of this framework
assessment-default-title = Self-assessment { $date }
flash-assessment-started = The self-assessment has started.
flash-assessment-status = The self-assessment's status has changed.
flash-respondent-added = The respondent has been added.
flash-respondent-removed = The respondent has been removed.
flash-action-created = The action is in the findings register.
assessment-approved-by = Approved
assessment-total = Overall score
assessment-progress = Progress
assessment-answered-of = { $answered } of { $total } answered
assessment-licence = Source and licence of the framework:
assessment-sections = Sections
assessment-section = Section
assessment-score = Score
assessment-gaps = Gaps
assessment-respondents = Respondents
assessment-documentation = Documentation
assessment-implementation = Implementation
assessment-radar-title = Maturity per theme
assessment-lines-title = Maturity over time
assessment-chart-data = The chart's figures
assessment-keys = Key measures not yet met
assessment-keys-none = Every key measure meets its target.
assessment-key = key measure
assessment-gaps-title = Gaps and actions
assessment-gaps-intro = Every measure below its target can become an action, with an owner and a due date, in the same register as audit findings.
assessment-gaps-none = No gaps: what has been answered meets its target.
assessment-gaps-count = { $count } gaps, the largest first
assessment-requirement = Measure
assessment-target = Target
assessment-action = Action
assessment-action-owner = Owner (e-mail)
assessment-action-due = Due date
assessment-action-create = Create action
assessment-action-open = Open the action in the register
assessment-gap-reason = Self-assessment gap: { $detail }
assessment-respondents-intro = Assign a section to a member of the organisation, for example the head of HR for the HR measures. A member with the viewer role sees and answers only the sections assigned to them.
assessment-respondent-email = Member's e-mail address
assessment-respondent-hint = The person must already be a member of the organisation (see Members).
assessment-respondent-add = Add respondent
assessment-approval = Submit and approve
assessment-submit-hint = Once submitted, the self-assessment is locked until it is approved or withdrawn.
assessment-submit = Submit for approval
assessment-withdraw = Withdraw
assessment-approve = Record the approval
assessment-approved-edit = Approved. Changing an answer makes a new version; the approved one stays readable.
assessment-versions = Kept versions
assessment-version-answers = The answers as they were then
assessment-read-only = You can read this section but not change it: the self-assessment has been submitted.
assessment-scores-hint = Documentation: is it written down and approved? Implementation: is it really done? Leave a score empty if you do not know yet.
assessment-not-scored = (no score yet)
assessment-target-default = (default)
assessment-applicable = Applicable?
assessment-verdict = Result
assessment-verdict-none = (not judged yet)
assessment-verdict-compliant = Compliant
assessment-verdict-partly = Partly compliant
assessment-verdict-not-compliant = Not compliant
assessment-verdict-not-applicable = Not applicable
assessment-reason = Why not applicable
assessment-comment = Comment
assessment-evidence = Evidence
assessment-evidence-plan = The approved business continuity plan
assessment-evidence-findings = Findings (one id per line)
assessment-guidance = Guidance and examples of evidence
assessment-typical-evidence = Typical evidence:
assessment-save = Save answers
assessment-files = Add a piece of evidence
assessment-file = File
assessment-file-hint = PDF, image or text, at most 10 MB.
assessment-upload = Add
assessment-answer-conflict = Someone else saved this answer in the meantime. Your input is shown below; reload to see the saved answer.
assessment-score-1 = Not done or ad hoc
assessment-score-2 = Partly
assessment-score-3 = Defined and applied
assessment-score-4 = Measured and checked
assessment-score-5 = Continuously improved
error-action-exists = This measure already has an action.
error-not-a-gap = This measure meets its target; no action is needed.
error-respondent-not-member = No one with this e-mail address is a member of the organisation.
error-score-range = Choose a score from { $min } to { $max }.
error-no-scores = This framework uses a result, not scores.
error-not-applicable-reason = Say why this measure does not apply.
error-not-applicable-scores = A measure that does not apply gets no score.
frameworks-intro = The frameworks organisations can measure themselves against. Import a library in the CISO Assistant format (YAML) or an OSCAL catalog (JSON). A newer version of the same framework replaces the old one; answers on measures with the same id are kept.
frameworks-count = { $count } frameworks
frameworks-name = Name
frameworks-version = Version
frameworks-requirements = Assessable / all nodes
frameworks-levels = Levels
frameworks-source = Source
frameworks-licence = Licence
frameworks-shipped = Shipped
frameworks-import = Import a framework
frameworks-import-hint = Where to find frameworks and how to import them is in docs/frameworks.md.
frameworks-format = Format
frameworks-file = File
frameworks-file-hint = At most { $max } MB.
frameworks-problems = The file was not imported
frameworks-imported = { $name } (version { $version }) has been imported.
frameworks-upgrade = Newer version: answers on { $kept } measures are kept, { $added } measures are new.
frameworks-orphaned = These answers belong to measures the new version no longer has (per self-assessment):
framework-too-large = The file is larger than { $detail } MB.
framework-not-utf8 = The file is not UTF-8 text.
framework-empty = The file is empty.
framework-syntax = The file cannot be read: { $detail }
framework-missing = This is missing: { $detail }
framework-too-many = More than { $detail } nodes.
framework-no-requirements = The framework has no assessable requirement.
framework-bad-scale = The scale { $detail } is not possible.
framework-duplicate = This id occurs twice: { $detail }
framework-parent-order = The parent does not come before { $detail }.
framework-text-long = A text is longer than { $detail } characters.
framework-bad-weight = The weight { $detail } is not possible (1 to 1000).
framework-unknown-level = This level is not defined: { $detail }
framework-unknown-parent = This parent does not exist (or comes later): { $detail }
framework-shipped = This is the shipped framework; it is only updated with a new release of Weerbaar.
audit-framework-imported = Framework imported
audit-assessment-created = Self-assessment started
audit-assessment-answered = Self-assessment answers saved
audit-assessment-status-changed = Self-assessment status changed
audit-assessment-respondent-added = Respondent added
audit-assessment-respondent-removed = Respondent removed
audit-assessment-evidence-added = Evidence added to self-assessment
audit-assessment-action-created = Action created from self-assessment
audit-benchmark-share-changed = Sharing of anonymous figures changed
framework-place = line { $line }, column { $column }
council-title = Information security: where we stand, for the council
council-summary = Summary
council-summary-text = The organisation measured itself against { $framework }. The average score is { $total }; { $answered } of the { $count } measures have been answered. { $keys } key measures do not yet meet their target and { $gaps } measures stay below their target.
council-change = At the previous self-assessment ({ $date }) it was { $before }.
council-fact-findings = Audits and scans: { $critical } critical and { $high } high findings are open; { $overdue } findings are past their due date.
council-fact-plan-approved = The business continuity plan was approved on { $date }.
council-fact-plan-draft = The business continuity plan has not been approved yet.
council-fact-plan-none = There is no business continuity plan yet.
council-fact-toolkit = From the toolkit, { $done } resources have been put in place and { $busy } are in progress.
council-reading = How to read this: a score of 1 means a measure does not exist or only by chance, 3 that it is written down and applied, 5 that it is measured and improved. The next pages show per theme where the organisation stands and what is done about what is missing.
council-maturity = Maturity per theme
council-maturity-scored = Per theme, the average of the documentation and implementation scores (1 to 5).
council-maturity-results = Per theme, the share of measures met (partly counts for half).
council-theme = Theme
council-now = Now
council-gaps = The ten largest gaps and what is done about them
council-no-action = no action yet
council-findings = Findings of audits and scans
council-open = Open
council-overdue = Past their due date: { $count }.
council-plan = Business continuity
council-last-exercise = Last exercise
council-never = not held yet
council-failing-checks = Checks that fail
council-toolkit = Toolkit
assessment-exports = Report and exports
assessment-export-report = Report for the council
assessment-export-csv = Answers as CSV
assessment-export-oscal = OSCAL assessment results (JSON)
benchmark-title = Anonymous comparison
benchmark-intro-umbrella = Figures over the organisations that share their anonymous figures with you: only spread and medians of their latest approved self-assessment, never one organisation on its own.
benchmark-intro-member = Your organisation can share its figures anonymously with an umbrella organisation. It then sees only figures over at least five organisations together; you see where you stand against them.
benchmark-demo-label = Demo:
benchmark-demo = these figures include { $count } generated example organisations, so the comparison is not empty. They do not exist.
benchmark-share-title = Sharing with an umbrella organisation
benchmark-shares-with = Your organisation shares its anonymous figures with { $name }.
benchmark-shares-not = Your organisation does not share figures.
benchmark-share-label = Share anonymous figures with
benchmark-share-hint = What is shared: the scores per theme of your latest approved self-assessment, whether you have an approved continuity plan, and the number of open critical and high findings. The umbrella sees them only added up with at least four other organisations.
benchmark-share-none = Do not share
benchmark-share-save = Save choice
benchmark-figures = Figures
benchmark-sharing = { $count } organisations share their figures.
benchmark-withheld-rule = A figure over fewer than five organisations is not shown.
benchmark-withheld = not shown (fewer than five organisations)
benchmark-maturity = Maturity: spread over the organisations
benchmark-q1 = First quartile
benchmark-median = Median
benchmark-q3 = Third quartile
benchmark-organisations = Organisations
benchmark-own = Your score
benchmark-position = Your position
benchmark-position-lowest-quarter = in the lowest quarter
benchmark-position-below-median = below the median
benchmark-position-above-median = above the median
benchmark-position-highest-quarter = in the highest quarter
benchmark-total = Total
benchmark-plans = Share with an approved continuity plan
benchmark-serious = Open critical and high findings per organisation
benchmark-csv = Figures as CSV (for the regional audit office)
finding-origin-title = Action from the self-assessment
finding-origin-text = This action comes from "{ $assessment }", measure { $requirement }.
finding-origin-closed = The action is done. Is the measure's score still right?
finding-origin-update = Update the measure's score
finding-origin-open = See the measure in the self-assessment
assessment-respondent-remove = Remove
assessment-respondent-remove-label = Remove { $who } as respondent of { $section }
nav-awareness = Awareness
awareness-title = Awareness and training
awareness-nav-label = Parts of awareness
awareness-intro = Assign short training modules to your staff. They follow them through a personal link, on their phone too, without an account. You see progress per department, never per person.
awareness-staff-count = On the staff list: { $count } people.
awareness-staff-manage = Manage the staff list
awareness-progress-title = Progress per department
awareness-progress-intro = A department with fewer than five people counts under "Other departments", so no one can be recognised. With fewer than five people in all, no figures are shown.
awareness-all-modules = All modules
awareness-no-figures = No figures yet: first assign a module to at least five people.
awareness-figures-caption = Progress per department
awareness-department = Department
awareness-assigned = Assigned
awareness-started = Started
awareness-completed = Completed
awareness-average = Average score
awareness-other-group = Other departments
awareness-rate = { $rate } of staff completed every module assigned to them. You can use this figure as evidence in your self-assessment.
awareness-csv = Download the figures per department (CSV)
awareness-assign-title = Assign training
awareness-no-assignments = No training has been assigned yet.
awareness-assignments-caption = Assigned training
awareness-module = Module
awareness-for = For whom
awareness-due = Due by
awareness-scope-everyone = Everyone
awareness-scope-departments = Some departments
awareness-scope-people = Some people
awareness-targets = Departments or e-mail addresses
awareness-targets-hint = One per line, as they are on the staff list. Leave empty for everyone.
awareness-assign = Assign and send the links
awareness-settings-title = Settings
awareness-retention = Retention after leaving (months)
awareness-retention-hint = This many months after someone left, their personal results are erased. The figures per department stay. 12 months unless you choose otherwise.
awareness-report-address = Report address for suspicious messages
awareness-report-address-hint = Where staff send a suspicious message, for example the help desk's address. The exercise page names it.
awareness-manager-visibility = Managers see the results of their own staff
awareness-manager-visibility-hint = Only turn this on after telling all staff. Managers then see, per person, which modules are completed and with what score. They never see phishing exercise results.
audit-staff-imported = Staff list imported
audit-staff-changed = Staff member changed
audit-training-assigned = Training assigned
audit-awareness-settings-changed = Awareness settings changed
audit-campaign-saved = Phishing exercise saved
audit-campaign-approved = Phishing exercise approved
audit-campaign-launched = Phishing exercise launched
audit-campaign-stopped = Phishing exercise stopped
assignment-due-past = Choose today or a later date.
assignment-no-targets = Enter at least one department or e-mail address, one per line.
assignment-unknown-target = "{ $name }" is not on the staff list. Check the spelling.
error-number-range = Enter a whole number from { $min } to { $max }.
error-datetime = Enter a date and a time.
approval-date-future = The approval date cannot be in the future.
campaign-no-template = Choose at least one exercise message.
campaign-window-order = The end must be after the start.
campaign-window-long = A sending window lasts at most { $max } days.
campaign-window-past = This window has already passed. Choose an end in the future.
campaign-exclusion-invalid = "{ $name }" is not a valid e-mail address.
campaign-dpo-required = Inform the data protection officer first.
campaign-reason-required = Explain why consulting the staff representatives does not apply.
campaign-no-sanctions-required = An exercise can only go ahead if the results have no consequences for anyone who clicks.
campaign-conflict = Someone else changed this exercise in the meantime. The current version is shown below; make your change again.
campaign-refused-not-approved = This exercise has not been approved yet. Record the approval first.
campaign-refused-launched = This exercise has already been launched.
campaign-refused-not-sending = This exercise is not being sent; there is nothing to stop.
campaign-refused-no-recipients = No one would receive this message: check the recipients and the exclusions.
campaign-status-draft = Draft, awaiting approval
campaign-status-approved = Approved, not launched yet
campaign-status-sending = Sending
campaign-status-stopped = Stopped
campaign-status-finished = Finished
flash-campaign-approved = The approval has been saved. You can now launch the exercise.
flash-campaign-launched = The exercise has been launched. The messages go out spread over the chosen window.
flash-campaign-stopped = The exercise has been stopped. No more messages go out.
flash-campaign-own-domain = Saved. Note: the sender address uses your organisation's real mail domain. Staff then learn to distrust real internal messages too; prefer a domain you keep for this.
flash-training-assigned = The training has been assigned. Everyone who had no link yet gets one by e-mail now.
flash-staff-imported = The staff list has been updated.
flash-import-expired = This preview has expired. Upload the file again.
flash-link-sent = A new personal link has been sent.
staff-title = Staff list
staff-intro = The people who follow training and receive exercise messages. They need no account. Keep the list current with an export from your HR records, or complete it here.
staff-import-title = Import the list from a spreadsheet
staff-import-intro = Save your spreadsheet as CSV. The first line names the columns: name, email and department are needed; language (nl, en or fr) and manager (e-mail address) are optional. Known addresses are updated. You first see what would change.
staff-import-file = CSV file
staff-import-file-hint = At most { $max } MB. Semicolons or commas as separators.
staff-import-leavers = People missing from the file have left
staff-import-preview = See what changes
staff-import-failed = The file could not be read
staff-import-too-large = The file is larger than { $max } MB.
staff-import-too-many = The file has more than { $max } lines.
staff-import-not-text = This is not a UTF-8 text file. Save the spreadsheet as "CSV UTF-8".
staff-import-no-header = The first line does not name the columns. Put, for example, "name,email,department" in it.
staff-import-missing-column = The column "{ $column }" is missing.
staff-import-duplicate = This e-mail address already appears earlier in the file.
staff-import-broken-line = This line cannot be read (quotation marks?).
staff-preview-title = What this list changes
staff-preview-created = New: { $count }
staff-preview-updated = Updated: { $count }
staff-preview-left = Left: { $count }
staff-preview-unchanged = Unchanged: { $count }
staff-preview-leavers-skipped = Some lines have problems, so no one is marked as left: correct the file and import it again.
staff-preview-problems = Lines with a problem: { $count }
staff-preview-problems-hint = These lines change nothing. The others are applied when you confirm.
staff-import-confirm = Confirm and apply
staff-import-cancel = Cancel
staff-list-title = Staff ({ $count } working here)
staff-none = The list is still empty.
staff-status = Status
staff-active = Working here
staff-left-on = Left on { $date }
staff-quiet-until = Away until { $date }
staff-add-title = Add a person
staff-add = Add
staff-field-name = Name
staff-field-email = E-mail address
staff-field-department = Department
staff-field-lang = Language
staff-field-manager-email = Manager's e-mail address
staff-field-line = Line
staff-field-quiet-until = Away up to and including
staff-field-left-on = Left on
staff-manager-hint = Optional. Only used if you let managers see their staff's results.
staff-quiet-hint = For leave or illness: no reminders and no exercise messages up to and including this date.
staff-left-hint = From this date the person receives nothing more. After the retention period their personal results are erased.
staff-person-privacy = You see this person's details here, not their results. Only the person sees those.
staff-link-title = Personal link
staff-link-intro = Send a new link if the person cannot find the previous one. A link works once and expires after 14 days.
staff-link-send = Send a new link
staff-conflict = Someone else changed these details in the meantime. The current version is shown below; make your change again.
staff-email-taken = This e-mail address is already on the staff list.
lang-name-nl = Dutch
lang-name-en = English
lang-name-fr = French
learn-title = My training
learn-intro = Here you follow your organisation's short training on working safely. You open it with the personal link you received by e-mail. You do not need an account.
learn-request-title = Ask for a new link
learn-request-intro = Enter the e-mail address you are on the staff list with. If it is on the list, you receive a new link within a few minutes.
learn-request-send = Send the link
learn-request-sent = If this address is on a staff list, a new link has been sent to it. Check your junk mail folder too.
learn-link-intro = This button opens your training on this device. The link works once; after that you stay signed in here for 30 days.
learn-link-start = Open my training
learn-link-invalid = This link no longer works: it was used already or it has expired.
learn-welcome = Welcome, { $name }.
learn-privacy = Only you see your results. Your organisation only sees figures per department.
learn-team-link = Results of my staff
learn-assigned = Assigned to you
learn-nothing-assigned = Nothing is assigned to you at the moment.
learn-others = Other modules
learn-signout = Sign out on this device
learn-minutes = About { $minutes } minutes
learn-due = due by { $date }
learn-state-todo = Not started
learn-state-started = Started
learn-state-completed = Completed
learn-certificate = Download the certificate (PDF)
learn-page-of = Page { $number } of { $count }
learn-pages-label = Pages of the module
learn-previous = Previous page
learn-next = Next page
learn-to-quiz = To the questions
learn-team-title = Results of my staff
learn-team-intro = Your organisation told everyone that managers see the training results of their own staff. Use them to help, not to judge.
learn-team-none = No training has been assigned to your staff yet.
quiz-title = Questions
quiz-intro = Answer every question. Afterwards you get an explanation for each answer. You may try again as often as you like.
quiz-multiple = more than one answer possible
quiz-submit = Check my answers
quiz-answer-missing = Choose an answer.
quiz-score = Your score: { $percent } %
quiz-passed = Passed. This module is completed.
quiz-not-passed = Not passed yet: { $mark } % is needed. Read the explanations below and try again.
quiz-retry = Try again
quiz-right = Right
quiz-wrong = Not right
quiz-your-answer = your answer
quiz-correct-answer = right answer
certificate-title = Certificate
certificate-intro = This confirms that
certificate-completed = successfully completed the module "{ $module }".
certificate-date = Completed on
certificate-score = Score
certificate-duration = Duration
certificate-minutes = about { $minutes } minutes
certificate-version = Module version
certificate-file = certificate
training-mail-link-subject = Your training on working safely
training-mail-link-body =
    Dear { $name },

    Your organisation has set out a short training on working safely for you. It takes a few minutes and works on your phone too.

    Open it with this personal link (valid for { $days } days):
    { $link }

    Do not share this link: it is for you alone. If it no longer works, ask for a new one on the same page.

    Only you see your results. Your organisation only sees figures per department.
training-mail-reminder-subject = Reminder: your training on working safely
training-mail-reminder-body =
    Dear { $name },

    A short training on working safely is still waiting for you. You find it with this new personal link (valid for { $days } days):
    { $link }

    You get at most one reminder a week, and none once you are done.
phishing-title = Phishing exercises
phishing-intro = An exercise sends staff an imitation of a suspicious message. Anyone who clicks enters nothing and sends nothing: they see at once what gave the message away. No one gets a list of who clicked.
phishing-new = New exercise
phishing-new-intro = You first save a draft. Then you record the approval; only then can the exercise start.
phishing-campaigns = Exercises
phishing-none = There are no exercises yet.
phishing-over-time = Exercises over time, newest first
phishing-name = Name of the exercise
phishing-status = Status
phishing-when = When
phishing-sent = Sent
phishing-click-rate = Clicked
phishing-report-rate = Reported
phishing-templates = Exercise messages
phishing-templates-intro = See each message with the signs that give it away and the explanation people who click get to see.
phishing-choose-templates = Exercise messages (each recipient gets one)
phishing-targets = Recipients
phishing-sender-name = Sender name
phishing-sender-address = Sender address
phishing-sender-address-hint = Use a domain your organisation controls, but not your staff's real mail domain. Your mail server must let messages from this address through.
phishing-window-start = Send from
phishing-window-end = Send until
phishing-window-hint = The messages are spread over this window, so not everyone gets them at the same time.
phishing-per-minute = At most this many messages a minute
phishing-per-minute-hint = Ask your mail administrator how many your mail server handles.
phishing-exclusions = Exclusions
phishing-exclusions-hint = E-mail addresses that do not get this message, one per line: for example the help desk that handles the reports. People marked as away on the staff list do not get it either.
phishing-save-draft = Save the draft
phishing-sender = Sender
phishing-window = Sending window
phishing-rate = at most { $count } a minute
phishing-approved-by = Approved by
phishing-own-domain-warning = The sender address uses your staff's real mail domain. That teaches them to distrust real internal messages. Prefer a domain you keep for this.
phishing-results = Results
phishing-results-privacy = Only figures per department; a department with fewer than five recipients counts under "Other departments". No one sees who clicked.
phishing-opened = Opened
phishing-opened-unreliable = unreliable: many mail programs load no images, others load them for the reader
phishing-clicked = Clicked (confirmed)
phishing-filtered = Filtered clicks
phishing-filtered-hint = messages whose link a mail scanner fetched: a HEAD request, a known program, or within 30 seconds of delivery (counted once per message)
phishing-reported = Reported
phishing-groups-too-small = Too few recipients to show figures per department.
phishing-by-department = Results per department
phishing-stop = Stop sending now
phishing-approval-title = Approval
phishing-approval-intro = An exercise starts only once the general director approved it, the data protection officer was informed, the staff representatives were consulted, and it is settled that the results have no consequences for anyone who clicks.
phishing-approval-done = This exercise is approved. If you change it, the approval lapses.
phishing-director = Approved by (general director)
phishing-approved-on = Date of approval
phishing-dpo-informed = The data protection officer has been informed
phishing-representatives = Staff representatives
phishing-reps-consulted = Consulted
phishing-reps-na = Not applicable
phishing-reps-reason = Why not applicable
phishing-no-sanctions = No sanctions
phishing-no-sanctions-statement = The results have no consequences for anyone who clicks, and no one gets a list of who clicked
phishing-approve = Save the approval
phishing-launch = Launch the exercise
phishing-edit = Change the exercise
phishing-edit-intro = Until the exercise is launched, you can change it. A change makes an approval lapse.
phishing-preview-mail = The message
phishing-preview-link = [link to the exercise page]
phishing-preview-lesson = What people who click get to read
phishing-landing-flags = How you could recognise this message
phishing-landing-title = This was an exercise
phishing-landing-no-blame = Nothing you did has consequences: nothing was entered and nothing was sent. Your organisation only sees how many people per department clicked, not who.
phishing-landing-report-title = Reporting a suspicious message
phishing-landing-report-address = Forward a suspicious message to { $address }, then delete it.
phishing-landing-report-generic = Report a suspicious message to your organisation's help desk or ICT department, then delete it.
phishing-landing-module = Would you like to go over it calmly? A short module of about eight minutes on recognising and reporting phishing is waiting for you.
phishing-landing-module-link = To my training
phishing-interstitial-title = One more step
phishing-interstitial-text = Press the button to continue to the page.
phishing-interstitial-button = Continue
phishing-gone-title = This page does not exist
phishing-gone-text = The link is incomplete or no longer valid.
phishing-report-title = Report this message
phishing-report-text = Do you find this message suspicious? Report it with this button.
phishing-report-button = Report
phishing-thanks-title = Well spotted: this was an exercise
phishing-thanks-text = Thank you for reporting. Do the same with a real suspicious message: report it, do not click.
phishing-mail-footer = Don't trust this message? Report it: { $link }
assessment-training-title = Evidence from awareness:
assessment-training-rate = { $rate } of the { $count } people with assigned training completed all of it.
assessment-training-none = there are no figures yet: first assign training to at least five people.
assessment-training-link = See the figures per department
campaign-refused-window-passed = The approved sending window has passed. Choose a new window; a new approval is then needed.
