//! The demo's awareness data for Gemeente Voorbeeld: 120 staff in 8 departments (the
//! viewer account is one of them, so signing in shows "My training"), two modules
//! assigned to everyone with about half done, one finished phishing exercise with
//! results, and a draft waiting for approval. Fixed patterns: the same every time.

use std::collections::BTreeSet;

use weerbaar_core::awareness::campaign::{Approval, Campaign, Representatives, Status};
use weerbaar_core::awareness::progress::{NewAssignment, Scope};
use weerbaar_core::awareness::staff::{Known, Parsed, Person, plan};
use weerbaar_core::org::Organisation;

use crate::awareness::{Settings, campaigns, save_settings, staff, training};
use crate::db::Db;
use crate::{Result, StoreError};

const DAY_MS: i64 = 86_400_000;

/// Departments and their sizes (ICT and the secretariat are small: their figures merge).
const DEPARTMENTS: [(&str, usize); 8] = [
    ("Burgerzaken", 22),
    ("Financiën", 14),
    ("Technische dienst", 28),
    ("Sociale dienst", 20),
    ("Omgeving", 12),
    ("Vrije tijd", 16),
    ("Secretariaat", 5),
    ("ICT", 3),
];

const FIRST: [&str; 20] = [
    "An",
    "Bart",
    "Charlotte",
    "Dirk",
    "Els",
    "Filip",
    "Greet",
    "Hans",
    "Ilse",
    "Jan",
    "Katrien",
    "Luc",
    "Marleen",
    "Nico",
    "Oona",
    "Pieter",
    "Rita",
    "Stijn",
    "Tine",
    "Wim",
];
const LAST: [&str; 20] = [
    "Peeters",
    "Janssens",
    "Maes",
    "Jacobs",
    "Mertens",
    "Willems",
    "Claes",
    "Goossens",
    "Wouters",
    "De Smet",
    "Dubois",
    "Hermans",
    "Aerts",
    "Lambrechts",
    "Martens",
    "Verhoeven",
    "Coppens",
    "Vermeulen",
    "Smets",
    "Pauwels",
];

fn people() -> Vec<Person> {
    let mut out = Vec::new();
    let mut i = 0usize;
    for (dept, n) in DEPARTMENTS {
        for _ in 0..n {
            let (first, last) = (FIRST[i % 20], LAST[(i * 7 + i / 20) % 20]);
            let email = if i == 0 {
                // The demo's viewer account is also on the staff list.
                "viewer@voorbeeld.test".to_string()
            } else {
                format!("{}.{}{}@voorbeeld.test", first.to_lowercase(), last.to_lowercase().replace(' ', ""), i)
            };
            out.push(Person {
                email,
                name: format!("{first} {last}"),
                department: dept.to_string(),
                lang: if i % 17 == 5 {
                    "fr".into()
                } else if i % 23 == 3 {
                    "en".into()
                } else {
                    "nl".into()
                },
                manager_email: None,
            });
            i += 1;
        }
    }
    out
}

pub async fn seed(db: &mut impl Db, voorbeeld: &Organisation) -> Result<()> {
    let org = &voorbeeld.id;
    let now = weerbaar_core::now_ms();
    let today = weerbaar_core::today();
    let parsed =
        Parsed { people: people().into_iter().enumerate().map(|(i, p)| (i + 2, p)).collect(), problems: vec![] };
    staff::apply(
        db,
        org,
        &plan(&std::collections::BTreeMap::<String, Known>::new(), &parsed, false),
        &today.to_string(),
        now - 60 * DAY_MS,
    )
    .await?;
    let settings = Settings { report_address: Some("helpdesk@voorbeeld.test".into()), ..Settings::default() };
    save_settings(db, org, &settings, now).await?;
    let list = staff::list(db, org).await?;

    // Two modules for everyone, due in three weeks; about half along.
    let due = today.saturating_add(jiff::ToSpan::days(21));
    for module in ["phishing-recognise-report", "passwords-mfa"] {
        let a = NewAssignment { module: module.into(), scope: Scope::Everyone, due_on: due };
        training::assign(db, org, &a, "assigned", "admin@voorbeeld.test", now - 14 * DAY_MS).await?;
    }
    for (i, s) in list.iter().enumerate() {
        let who = training::Who { org: org.as_str(), staff_id: &s.id, department: &s.department };
        // Departments differ a little, so the figures say something.
        let pace = (i * 13 + s.department.len() * 5) % 10;
        let at = now - (10 - pace as i64) * DAY_MS;
        if pace >= 3 {
            training::start(db, who, "phishing-recognise-report", "1.0", at).await?;
        }
        if pace >= 5 {
            let score = 70 + ((i * 11) % 4) as u8 * 10;
            training::attempt(db, who, "phishing-recognise-report", "1.0", score, score >= 80, at).await?;
        }
        if pace >= 7 {
            training::attempt(db, who, "passwords-mfa", "1.0", 100, true, at).await?;
        }
        staff::set_last_mailed(db, &s.id, &(today.saturating_sub(jiff::ToSpan::days(3))).to_string()).await?;
    }

    // A finished exercise six weeks ago, approved, with results.
    let body = |name: &str, start: i64| Campaign {
        name: name.into(),
        templates: vec!["parcel-notice".into(), "shared-document".into(), "password-expiry".into()],
        scope: Scope::Everyone,
        sender_name: "Pakketdienst".into(),
        sender_address: "melding@oefening-voorbeeld.test".into(),
        window_start: start,
        window_end: start + 2 * DAY_MS,
        per_minute: 20,
        exclusions: BTreeSet::from(["helpdesk@voorbeeld.test".to_string()]),
    };
    let start = now - 42 * DAY_MS;
    let done =
        campaigns::create(db, org, &body("Oefening najaar (demo)", start), "admin@voorbeeld.test", start - 7 * DAY_MS)
            .await?;
    let approval = Approval {
        director: "Algemeen directeur (demo)".into(),
        approved_on: today.saturating_sub(jiff::ToSpan::days(50)),
        dpo_informed: true,
        representatives: Representatives::Consulted,
        no_sanctions: true,
    };
    campaigns::approve(db, org, &done, &approval, 1, "admin@voorbeeld.test", start - 5 * DAY_MS).await?;
    let recipients: Vec<campaigns::NewRecipient> = list
        .iter()
        .enumerate()
        .map(|(i, s)| campaigns::NewRecipient {
            staff_id: s.id.clone(),
            department: s.department.clone(),
            token: format!("demo-{}", weerbaar_core::secret::random_token()),
            template: ["parcel-notice", "shared-document", "password-expiry"][i % 3].into(),
            lang: s.lang.clone(),
            send_at: start + (i as i64) * 3 * 60_000,
        })
        .collect();
    campaigns::add_recipients(db, org, &done, &recipients).await?;
    for (from, to) in [(Status::Approved, Status::Sending), (Status::Sending, Status::Finished)] {
        if !campaigns::set_status(db, &done, from, to, start).await? {
            return Err(StoreError::Corrupt("demo campaign status".into()));
        }
    }
    campaigns::sent_as_planned(db, &done).await?;
    for (i, r) in recipients.iter().enumerate() {
        let at = r.send_at;
        if i % 5 < 2 {
            campaigns::record(db, &r.token, campaigns::Event::Opened, at + 20 * 60_000).await?;
        }
        // About one in seven clicked; scanners visited about one in four links.
        if i % 7 == 3 {
            campaigns::record(db, &r.token, campaigns::Event::Clicked, at + 25 * 60_000).await?;
        }
        if i % 4 == 1 {
            campaigns::record(db, &r.token, campaigns::Event::Filtered, at + 5_000).await?;
        }
        if i % 4 == 2 {
            campaigns::record(db, &r.token, campaigns::Event::Reported, at + 30 * 60_000).await?;
        }
    }

    // A draft for next month, waiting for the director's approval.
    let next = now + 30 * DAY_MS;
    let mut draft = body("Oefening voorjaar (demo)", next);
    draft.templates = vec!["supplier-invoice".into(), "director-urgent".into()];
    draft.sender_name = "Boekhouding".into();
    campaigns::create(db, org, &draft, "admin@voorbeeld.test", now - DAY_MS).await?;
    Ok(())
}
