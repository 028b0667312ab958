//! Demo data: two municipalities and a user for every role, all with the password
//! `weerbaar-demo`. Only ever written into a new database or one that is already a demo.

use weerbaar_core::audit::{AuditAction, NewAuditEntry};
use weerbaar_core::org::{OrgKind, OrgProfile, Organisation};
use weerbaar_core::role::{OrgRole, PlatformRoles};

use crate::db::Store;
use crate::users::NewUser;
use crate::{Result, StoreError, audit, members, orgs, settings, users};

pub const PASSWORD: &str = "weerbaar-demo";
pub const VOORBEELD: &str = "Gemeente Voorbeeld";
pub const ANDERDORP: &str = "Gemeente Anderdorp";

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
    for (name, colour) in [(VOORBEELD, "#1d4e89"), (ANDERDORP, "#5b2a86")] {
        let p = OrgProfile {
            name: name.into(),
            kind: OrgKind::Municipality,
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
    seed_plans(&mut tx, &created).await?;
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
