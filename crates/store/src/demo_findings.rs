//! The demo's audits: Gemeente Voorbeeld's authorised, reported ethical hack with its 25
//! findings in every state (an accepted risk that expires within a month, two overdue),
//! and Gemeente Anderdorp's vulnerability scan. Imported through the same steps as a
//! real report, then moved through the status flow with dates in the past.

use jiff::Span;
use jiff::civil::Date;
use weerbaar_core::engagement::{Details, Kind, Rules, Status as EStatus};
use weerbaar_core::findings::flow::{self, Request};
use weerbaar_core::org::Organisation;
use weerbaar_scan::Format;

use crate::db::Db;
use crate::{Result, StoreError, engagements, findings};

/// A one-page PDF standing in for the signed letter.
const SIGNED: &[u8] = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

fn ago(today: Date, days: i64) -> Date {
    today.saturating_sub(Span::new().days(days))
}

async fn engagement(
    db: &mut impl Db,
    o: &Organisation,
    title: &str,
    kind: Kind,
    d: Details,
    signed: Date,
) -> Result<String> {
    let e = engagements::create(db, &o.id, title, kind, &d).await?;
    engagements::record_authorisation(
        db,
        &o.id,
        &e.id,
        "Algemeen directeur (demo)",
        signed,
        "toestemming-getekend.pdf",
        "application/pdf",
        SIGNED,
    )
    .await?;
    for to in [EStatus::InProgress, EStatus::Reported] {
        let cur = engagements::get(db, &o.id, &e.id).await?.ok_or(StoreError::NotFound)?;
        engagements::set_status(db, &o.id, &e.id, cur.version, to).await?;
    }
    Ok(e.id)
}

/// Moves a finding (by title) on `on`, a day in the past.
async fn step(db: &mut impl Db, o: &Organisation, id: &str, r: Request, on: Date, today: Date) -> Result<()> {
    let f = findings::get(db, &o.id, id).await?.ok_or(StoreError::NotFound)?;
    let ch = flow::check(
        f.status,
        &r,
        &flow::Ctx { today, id, is_admin: &|e| e == "admin@voorbeeld.test", exists: &|_| true },
    )
    .map_err(|e| StoreError::Config(format!("demo finding move: {e:?}")))?;
    let (policy, _) = findings::policy(db, &o.id).await?;
    let due = if ch.confirms { policy.due(f.severity, on) } else { f.due };
    findings::apply(db, &o.id, &f, &ch, due, on, "demo").await
}

fn to(s: &str) -> Request {
    Request { to: s.into(), ..Default::default() }
}

/// `voorbeeld` gets the ethical hack, `anderdorp` the scan.
pub(crate) async fn seed(db: &mut impl Db, voorbeeld: &Organisation, anderdorp: &Organisation) -> Result<()> {
    let today = weerbaar_core::today();
    for o in [voorbeeld, anderdorp] {
        if o.id == voorbeeld.id {
            let d = Details {
                tester_org: "Testbureau (demo)".into(),
                tester_lead: "Sam De Tester".into(),
                tester_email: "sam@testbureau.test".into(),
                tester_phone: "0400 00 00 00".into(),
                contact_name: "Ann Peeters".into(),
                contact_email: "admin@voorbeeld.test".into(),
                contact_phone: "050 00 00 00".into(),
                scope: vec![
                    "Interne netwerken 10.10.0.0/16".into(),
                    "eloket.voorbeeld.test, www.voorbeeld.test, mail.voorbeeld.test".into(),
                    "vpn.voorbeeld.test".into(),
                ],
                out_of_scope: vec!["Toepassingen die bij leveranciers draaien".into(), "Telefonie".into()],
                window_start: Some(ago(today, 75)),
                window_end: Some(ago(today, 68)),
                hours: "Werkdagen van 8 tot 18 uur".into(),
                rules: Rules {
                    social_engineering: true,
                    denial_of_service_forbidden: true,
                    data_destroyed_after: true,
                    production_data: "Alleen bekijken wat nodig is om een kwetsbaarheid aan te tonen; niets kopiëren."
                        .into(),
                    test_accounts: "Twee testaccounts zonder beheerrechten, na de test verwijderd.".into(),
                    stop_procedure:
                        "Stopwoord 'rode kaart' via de ICT-coördinator; de tester stopt meteen en bevestigt per mail."
                            .into(),
                },
                notes: String::new(),
            };
            let e = engagement(db, o, "Ethische hack 2026", Kind::Pentest, d, ago(today, 80)).await?;
            let data = weerbaar_content::demo::VOORBEELD_FINDINGS_CSV.as_bytes();
            findings::run_import(db, &o.id, &e, Format::Csv, data, false, "demo", ago(today, 60))
                .await
                .map_err(|f| StoreError::Config(format!("demo findings: {f:?}")))?;
            let all = findings::all(db, &o.id, Some(&e)).await?;
            let id = |prefix: &str| -> Result<String> {
                let n: usize = prefix.trim_start_matches("EH-").parse().unwrap_or(0);
                let rows: Vec<&str> = weerbaar_content::demo::VOORBEELD_FINDINGS_CSV.lines().collect();
                let title = rows.get(n).and_then(|l| l.split(',').nth(1)).unwrap_or("");
                all.iter().find(|f| f.title == title).map(|f| f.id.clone()).ok_or(StoreError::NotFound)
            };
            // (finding, moves: (status, days ago))
            let plan: &[(&str, &[(&str, i64)])] = &[
                ("EH-01", &[("in_remediation", 20)]),
                ("EH-02", &[("confirmed", 45)]),
                ("EH-03", &[("confirmed", 20), ("fixed", 2)]),
                ("EH-04", &[("confirmed", 50), ("fixed", 15), ("closed", 10)]),
                ("EH-06", &[("in_remediation", 3)]),
                ("EH-07", &[("confirmed", 5)]),
                ("EH-09", &[("confirmed", 60), ("fixed", 45), ("closed", 40)]),
                ("EH-11", &[("confirmed", 10)]),
                ("EH-12", &[("in_remediation", 10)]),
                ("EH-13", &[("confirmed", 55), ("fixed", 52), ("closed", 50)]),
                ("EH-14", &[("confirmed", 20), ("fixed", 1)]),
                ("EH-16", &[("in_remediation", 12)]),
                ("EH-17", &[("confirmed", 30)]),
                ("EH-18", &[("confirmed", 40), ("fixed", 38), ("closed", 35)]),
                ("EH-21", &[("confirmed", 2)]),
                ("EH-24", &[("in_remediation", 8)]),
                ("EH-25", &[("confirmed", 1)]),
            ];
            for (key, moves) in plan {
                let fid = id(key)?;
                for (status, days) in moves.iter() {
                    step(db, o, &fid, to(status), ago(today, *days), today).await?;
                }
            }
            let original = id("EH-07")?;
            step(db, o, &id("EH-19")?, Request { duplicate_of: original, ..to("duplicate") }, ago(today, 5), today)
                .await?;
            let fp = Request {
                reason: "Bij nazicht behandelt de zoekfunctie de invoer correct (geparametriseerde query).".into(),
                ..to("false_positive")
            };
            step(db, o, &id("EH-20")?, fp, ago(today, 6), today).await?;
            for (key, days, reason) in [
                (
                    "EH-05",
                    20,
                    "Het e-loket wordt binnen twee maanden vervangen; tot dan staat een webapplicatiefirewall ervoor.",
                ),
                (
                    "EH-23",
                    200,
                    "Vervanging gepland bij de migratie van het archief; de server staat in een apart netwerk.",
                ),
            ] {
                let r = Request {
                    reason: reason.into(),
                    approver_email: "admin@voorbeeld.test".into(),
                    expires: today.saturating_add(Span::new().days(days)).to_string(),
                    ..to("risk_accepted")
                };
                step(db, o, &id(key)?, r, ago(today, 7), today).await?;
            }
        } else {
            let d = Details {
                tester_org: "Regionale ICT-dienst (demo)".into(),
                tester_lead: "Ilse ICT-dienst".into(),
                tester_email: "ict@regio.test".into(),
                scope: vec!["192.0.2.0/24".into()],
                hours: "'s Nachts tussen 22 en 5 uur".into(),
                rules: Rules { denial_of_service_forbidden: true, ..Default::default() },
                ..Default::default()
            };
            let e = engagement(db, o, "Kwetsbaarheidsscan servers", Kind::Scan, d, ago(today, 15)).await?;
            let data = weerbaar_content::demo::ANDERDORP_SCAN_XML.as_bytes();
            findings::run_import(db, &o.id, &e, Format::Greenbone, data, false, "demo", ago(today, 10))
                .await
                .map_err(|f| StoreError::Config(format!("demo scan: {f:?}")))?;
        }
    }
    Ok(())
}
