//! Demo data: two municipalities and a user for every role, all with the password
//! `weerbaar-demo`. Only ever written into a new database or one that is already a demo.

use weerbaar_core::audit::{AuditAction, NewAuditEntry};
use weerbaar_core::catalogue::Status;
use weerbaar_core::org::{OrgKind, OrgProfile, Organisation};
use weerbaar_core::role::{OrgRole, PlatformRoles};

use crate::db::Store;
use crate::users::NewUser;
use crate::{Result, StoreError, audit, members, orgs, settings, users};

pub const PASSWORD: &str = "weerbaar-demo";
pub const VOORBEELD: &str = "Gemeente Voorbeeld";
pub const ANDERDORP: &str = "Gemeente Anderdorp";
/// The demo's umbrella organisation, for the anonymous comparison.
pub const KOEPEL: &str = "Koepel Voorbeeldregio";

/// (e-mail, name, platform roles, memberships)
type DemoUser = (&'static str, &'static str, PlatformRoles, &'static [(&'static str, OrgRole)]);

const NONE: PlatformRoles = PlatformRoles { admin: false, taskforce: false, reviewer: false };

pub const USERS: &[DemoUser] = &[
    ("admin@voorbeeld.test", "Ann Peeters", NONE, &[(VOORBEELD, OrgRole::Admin)]),
    ("editor@voorbeeld.test", "Jan Claes", NONE, &[(VOORBEELD, OrgRole::Editor)]),
    ("viewer@voorbeeld.test", "Sofie Maes", NONE, &[(VOORBEELD, OrgRole::Viewer)]),
    ("admin@anderdorp.test", "Koen Wouters", NONE, &[(ANDERDORP, OrgRole::Admin)]),
    (
        "platform@weerbaar.test",
        "Pieter Platform",
        PlatformRoles { admin: true, taskforce: false, reviewer: false },
        &[],
    ),
    (
        "taskforce@weerbaar.test",
        "Tine Taskforce",
        PlatformRoles { admin: false, taskforce: true, reviewer: false },
        &[],
    ),
    ("reviewer@weerbaar.test", "Rik Reviewer", PlatformRoles { admin: false, taskforce: false, reviewer: true }, &[]),
    ("ict@regio.test", "Ilse ICT-dienst", NONE, &[(VOORBEELD, OrgRole::Editor), (ANDERDORP, OrgRole::Editor)]),
    ("koepel@regio.test", "Karin Koepel", NONE, &[(KOEPEL, OrgRole::Admin)]),
];

/// What seeding did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seeded {
    Created,
    AlreadyDemo,
}

pub async fn is_demo(store: &Store) -> Result<bool> {
    let mut c = store.conn().await?;
    Ok(settings::get(&mut c, settings::DEMO).await?.is_some())
}

/// Creates the demo data in a new database; leaves an existing demo database alone;
/// refuses any other database.
pub async fn seed(store: &Store) -> Result<Seeded> {
    // The toolkit's content first: the demo's draft and round build on it.
    crate::catalogue::sync_embedded(store).await?;
    let hash = weerbaar_core::account::hash_password(PASSWORD)
        .map_err(|_| StoreError::Config("password hashing failed".into()))?;
    let mut tx = store.begin().await?;
    if settings::get(&mut tx, settings::DEMO).await?.is_some() {
        tx.rollback().await?;
        return Ok(Seeded::AlreadyDemo);
    }
    if users::count(&mut tx).await? > 0 || !orgs::list_all(&mut tx).await?.is_empty() {
        tx.rollback().await?;
        return Err(StoreError::DemoRefused("this database already holds real data; demo mode needs a new database"));
    }
    let mut created: Vec<Organisation> = Vec::new();
    for (name, colour, kind) in [
        (VOORBEELD, "#1d4e89", OrgKind::Municipality),
        (ANDERDORP, "#5b2a86", OrgKind::Municipality),
        (KOEPEL, "#2e5e4e", OrgKind::Umbrella),
    ] {
        let p = OrgProfile {
            name: name.into(),
            kind,
            nis_code: None,
            brand_colour: Some(colour.into()),
            require_mfa: false,
        };
        let o = orgs::create(&mut tx, &p).await?;
        audit::append(
            &mut tx,
            &NewAuditEntry::new(AuditAction::OrgCreated, None, "demo")
                .org(&o.id)
                .target(name)
                .change(None, serde_json::to_value(&p).ok()),
        )
        .await?;
        created.push(o);
    }
    for (email, name, platform, memberships) in USERS {
        let u = users::create(
            &mut tx,
            &NewUser {
                email: (*email).into(),
                name: (*name).into(),
                password_hash: Some(hash.clone()),
                locale: None,
                platform: *platform,
            },
        )
        .await?;
        for (org_name, role) in *memberships {
            let org = created.iter().find(|o| o.profile.name == *org_name).ok_or(StoreError::NotFound)?;
            members::add(&mut tx, &org.id, &u.id, *role).await?;
            audit::append(
                &mut tx,
                &NewAuditEntry::new(AuditAction::MemberAdded, None, "demo")
                    .org(&org.id)
                    .target(*email)
                    .change(None, Some(serde_json::json!({"role": role.as_str()}))),
            )
            .await?;
        }
    }
    seed_plans(&mut tx, &created.iter().filter(|o| o.profile.kind != OrgKind::Umbrella).cloned().collect::<Vec<_>>())
        .await?;
    let named = |n: &str| created.iter().find(|o| o.profile.name == n).ok_or(StoreError::NotFound);
    crate::demo_findings::seed(&mut tx, named(VOORBEELD)?, named(ANDERDORP)?).await?;
    seed_toolkit(&mut tx).await?;
    crate::demo_assessments::seed(&mut tx, named(VOORBEELD)?, named(ANDERDORP)?).await?;
    crate::demo_awareness::seed(&mut tx, named(VOORBEELD)?).await?;
    // Voorbeeld shares its anonymous figures with the umbrella; Anderdorp does not.
    crate::assessments::benchmark::set_share(&mut tx, &named(VOORBEELD)?.id, Some(&named(KOEPEL)?.id)).await?;
    settings::set(&mut tx, settings::DEMO, "1").await?;
    tx.commit().await?;
    Ok(Seeded::Created)
}

/// Voorbeeld's approved plan (with its approved version kept) and Anderdorp's draft.
async fn seed_plans(db: &mut impl crate::Db, created: &[Organisation]) -> Result<()> {
    let t = weerbaar_content::bcp_template().map_err(|e| StoreError::Config(format!("BCP template: {e}")))?;
    let new_id = weerbaar_core::id::new_row_id;
    for o in created {
        let (plan, action) = if o.profile.name == VOORBEELD {
            (weerbaar_content::demo::voorbeeld_plan(t, weerbaar_core::today(), new_id), AuditAction::PlanApproved)
        } else {
            (weerbaar_content::demo::anderdorp_plan(t, new_id), AuditAction::PlanCreated)
        };
        crate::bcp::insert(db, &o.id, &plan).await?;
        if plan.header.status == weerbaar_core::bcp::model::PlanStatus::Approved {
            let doc = serde_json::to_string_pretty(&weerbaar_core::bcp::exchange::export(&plan))
                .map_err(|e| StoreError::Config(e.to_string()))?;
            crate::bcp::snapshot(db, &o.id, &plan.header.version_label, plan.header.status, &doc, "demo").await?;
        }
        audit::append(db, &NewAuditEntry::new(action, None, "demo").org(&o.id).target(&plan.header.version_label))
            .await?;
    }
    Ok(())
}

/// A draft for the taskforce to work on, a product in sounding-board evaluation, and an
/// open round for the reviewer.
async fn seed_toolkit(db: &mut impl crate::db::Db) -> Result<()> {
    use weerbaar_core::catalogue::ContentLang;
    use weerbaar_core::catalogue::edit::{Form, TextForm, check};
    use weerbaar_core::catalogue::round::NewRound;
    let today = weerbaar_core::today();
    let form =
        |kind: &str, audiences: &[&str], topics: &[&str], level: &str, effort: &str, nl: TextForm, en: TextForm| {
            let mut f = Form {
                kind: kind.into(),
                audiences: audiences.iter().map(|s| s.to_string()).collect(),
                topics: topics.iter().map(|s| s.to_string()).collect(),
                level: level.into(),
                effort_hours: effort.into(),
                licence: "CC BY 4.0".into(),
                ..Default::default()
            };
            f.texts.insert(ContentLang::Nl, nl);
            f.texts.insert(ContentLang::En, en);
            f
        };
    let text = |title: &str, summary: &str, why: &str, body: &str| TextForm {
        title: title.into(),
        summary: summary.into(),
        why: why.into(),
        body: body.into(),
        transcript: String::new(),
    };
    let draft = form(
        "guide",
        &["it", "security_officer"],
        &["passwords", "admin_accounts"],
        "intermediate",
        "16",
        text(
            "Een wachtwoordbeheerder kiezen en invoeren",
            "Hoe u een wachtwoordbeheerder kiest voor de IT-dienst en de medewerkers, en hoe u hem stap voor stap invoert.",
            "Wachtwoorden in een Excel-bestand, op een briefje of overal hetzelfde: dat is wat aanvallers het eerst zoeken. Een wachtwoordbeheerder maakt lange, unieke wachtwoorden haalbaar.",
            "## Wat goed eruitziet\n\n- De IT-dienst bewaart beheerderswachtwoorden en gedeelde accounts in een beheerder met MFA, niet in een bestand.\n- Medewerkers hebben een eigen kluis en hoeven maar één sterke wachtwoordzin te onthouden.\n- Wie vertrekt, verliest de toegang tot gedeelde kluizen dezelfde dag.\n\n## Stappen\n\n1. **Bepaal wat u nodig hebt.** Gedeelde kluizen per dienst, MFA, een noodtoegang, export. *Wie:* IT. *Tijd:* twee uur.\n2. **Vraag offertes of kijk wat uw IT-leverancier aanbiedt.** Vraag waar de gegevens staan en hoe herstel werkt als de leverancier wegvalt. *Wie:* IT met de informatieveiligheidsconsulent.\n3. **Begin bij de IT-dienst zelf.** Verhuis eerst de beheerderswachtwoorden.\n4. **Daarna de diensten met gedeelde accounts**, dienst per dienst, met een korte uitleg.\n\n## Valkuilen\n\n- Een kluis zonder MFA is één wachtwoord verwijderd van alles.\n- Vergeet de noodtoegang niet: wat als de enige beheerder ziek is?\n",
        ),
        text(
            "Choosing and introducing a password manager",
            "How to choose a password manager for the IT team and staff, and how to introduce it step by step.",
            "Passwords in a spreadsheet, on a note or the same everywhere: that is what attackers look for first. A password manager makes long, unique passwords feasible.",
            "## What good looks like\n\n- The IT team keeps administrator passwords and shared accounts in a manager with MFA, not in a file.\n- Staff have a vault of their own and only need to remember one strong passphrase.\n- Whoever leaves loses access to shared vaults the same day.\n\n## Steps\n\n1. **Decide what you need.** Shared vaults per department, MFA, emergency access, export. *Who:* IT. *Time:* two hours.\n2. **Ask for quotes or see what your IT vendor offers.** Ask where the data is kept and how recovery works if the vendor disappears. *Who:* IT with the information security officer.\n3. **Start with the IT team itself.** Move the administrator passwords first.\n4. **Then the departments with shared accounts**, one by one, with a short explanation.\n\n## Pitfalls\n\n- A vault without MFA is one password away from everything.\n- Do not forget emergency access: what if the only administrator is ill?\n",
        ),
    );
    let evaluation = form(
        "checklist",
        &["all_staff", "it"],
        &["endpoint_security", "awareness"],
        "starter",
        "2",
        text(
            "Checklist: USB-sticks en externe schijven",
            "Tien vragen om na te gaan of USB-sticks en externe schijven in uw bestuur geen open deur zijn.",
            "Een gevonden USB-stick of een privéschijf op een werkpost kan malware binnenbrengen of gegevens laten weglopen, buiten elke back-up en elk logboek om.",
            "## Checklist\n\n- [ ] Er is een afspraak over welke USB-sticks en schijven mogen (bijvoorbeeld alleen die van de IT-dienst).\n- [ ] Automatisch starten van programma's van een USB-stick staat uit.\n- [ ] De antivirus scant externe media bij het aansluiten.\n- [ ] Sticks met persoonsgegevens zijn versleuteld.\n- [ ] Medewerkers weten dat ze een gevonden stick niet aansluiten, maar afgeven aan IT.\n- [ ] Back-ups staan niet op een schijf die altijd aangesloten blijft.\n",
        ),
        text(
            "Checklist: USB sticks and external drives",
            "Ten questions to check that USB sticks and external drives are not an open door in your organisation.",
            "A USB stick someone found or a private drive on a work computer can bring in malware or let data walk out, past every backup and every log.",
            "## Checklist\n\n- [ ] There is an agreement on which USB sticks and drives may be used (for example only those from the IT team).\n- [ ] Programs do not start automatically from a USB stick.\n- [ ] The antivirus scans external media when they are connected.\n- [ ] Sticks with personal data are encrypted.\n- [ ] Staff know not to plug in a stick they found, but to hand it to IT.\n- [ ] Backups are not kept on a drive that stays connected.\n",
        ),
    );
    let known = |_: &str| true;
    let d = check(&draft, today, known).map_err(|_| StoreError::Config("demo draft does not check".into()))?;
    crate::editorial::create(db, None, "password-manager", &d, "Tine Taskforce").await?;
    let e = check(&evaluation, today, known).map_err(|_| StoreError::Config("demo product does not check".into()))?;
    let slug = crate::editorial::create(db, None, "checklist-usb-and-external-drives", &e, "Tine Taskforce").await?;
    let w = crate::editorial::get(db, &slug).await?.ok_or(StoreError::NotFound)?;
    crate::editorial::add_comment(db, &w.id, Status::Draft, (None, "Tine Taskforce"), "Klaar voor review.").await?;
    crate::editorial::set_status(db, &w.id, Status::InReview, w.version).await?;
    crate::editorial::set_status(db, &w.id, Status::Evaluation, w.version + 1).await?;
    let mut ids = vec![w.id.clone()];
    for s in ["leaflet-recognise-phishing", "checklist-basic-hygiene-quick-scan"] {
        if let Some(x) = crate::editorial::get(db, s).await? {
            ids.push(x.id);
        }
    }
    let (y, q) = match today.month() {
        1..=3 => (today.year(), 2),
        4..=6 => (today.year(), 3),
        7..=9 => (today.year(), 4),
        _ => (today.year() + 1, 1),
    };
    let round = NewRound {
        name: format!("{y} Q{q}"),
        deadline: today.checked_add(jiff::Span::new().days(30)).unwrap_or(today),
        resources: vec![],
    };
    crate::rounds::open(db, &round, &ids, "Pieter Platform").await?;
    Ok(())
}
