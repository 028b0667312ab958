//! The findings register in the database, on SQLite and PostgreSQL: re-imports,
//! moves with their history, accepted risks that expire, walls between organisations.

use weerbaar_core::engagement::{Details, Kind};
use weerbaar_core::findings::flow::{self, Request};
use weerbaar_core::findings::{Status, deadline::Policy};
use weerbaar_core::org::{OrgKind, OrgProfile};
use weerbaar_scan::Format;
use weerbaar_store::findings::{self, Filter, ImportFailure};
use weerbaar_store::*;
use weerbaar_testkit::db_test;

async fn setup(db: &weerbaar_testkit::TestDb) -> (Store, weerbaar_core::OrgId, weerbaar_core::OrgId, String) {
    let store = weerbaar_store::open(&db.url, &ConnectOptions::default()).await.unwrap();
    let mut c = store.conn().await.unwrap();
    let p = |n: &str| OrgProfile {
        name: n.into(),
        kind: OrgKind::Municipality,
        nis_code: None,
        brand_colour: None,
        require_mfa: false,
    };
    let a = orgs::create(&mut c, &p("Gemeente A")).await.unwrap().id;
    let b = orgs::create(&mut c, &p("Gemeente B")).await.unwrap().id;
    let e = engagements::create(&mut c, &a, "Scan", Kind::Scan, &Details::default()).await.unwrap();
    (store, a, b, e.id)
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/../scan/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 12, 7)
}

async fn snapshot(store: &Store, org: &weerbaar_core::OrgId) -> String {
    let mut c = store.conn().await.unwrap();
    let all = findings::all(&mut c, org, None).await.unwrap();
    format!("{all:?}")
}

db_test!(importing_the_same_file_twice_changes_nothing, |db| {
    let (store, a, _, e) = setup(&db).await;
    let file = fixture("greenbone.xml");
    let mut tx = store.begin().await.unwrap();
    let preview = findings::run_import(&mut tx, &a, &e, Format::Greenbone, &file, true, "t", today()).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!((preview.counts.created, preview.results), (3, 3));
    assert_eq!(snapshot(&store, &a).await, "[]", "a preview changes nothing");
    let mut tx = store.begin().await.unwrap();
    let first = findings::run_import(&mut tx, &a, &e, Format::Greenbone, &file, false, "t", today()).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(first.counts.created, 3);
    assert_eq!(first.by_severity, [0, 1, 1, 0, 1]);
    let before = snapshot(&store, &a).await;
    let mut tx = store.begin().await.unwrap();
    let again = findings::run_import(&mut tx, &a, &e, Format::Greenbone, &file, false, "t", today()).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(
        (again.counts.created, again.counts.unchanged, again.counts.reopened, again.counts.not_seen),
        (0, 3, 0, 0)
    );
    assert_eq!(snapshot(&store, &a).await, before, "nothing changed, not even a version");
});

db_test!(a_later_scan_reports_fixed_and_new_results, |db| {
    let (store, a, _, e) = setup(&db).await;
    let file = fixture("greenbone.xml");
    let text = String::from_utf8(file.clone()).unwrap();
    let mut tx = store.begin().await.unwrap();
    findings::run_import(&mut tx, &a, &e, Format::Greenbone, &file, false, "t", today()).await.unwrap();
    tx.commit().await.unwrap();
    // The OpenSSH result is fixed (gone from the scan); a new result on another host.
    let start = text.find("<result id=\"r-2\">").unwrap();
    let end = text[start..].find("</result>").unwrap() + start + "</result>".len();
    let later = format!(
        "{}{}{}",
        &text[..start],
        text[start..end].replace("10.0.0.7", "10.0.0.9").replace("r-2", "r-9"),
        &text[end..]
    );
    let mut c = store.conn().await.unwrap();
    let ssh = findings::all(&mut c, &a, None).await.unwrap().into_iter().find(|f| f.title.contains("OpenSSH")).unwrap();
    // Confirm it, so it is open work the scan no longer sees.
    let ch = flow::check(
        ssh.status,
        &Request { to: "confirmed".into(), ..Default::default() },
        &flow::Ctx { today: today(), id: &ssh.id, is_admin: &|_| false, exists: &|_| true },
    )
    .unwrap();
    findings::apply(&mut c, &a, &ssh, &ch, Policy::default().due(ssh.severity, today()), today(), "t").await.unwrap();
    drop(c);
    let mut tx = store.begin().await.unwrap();
    let r =
        findings::run_import(&mut tx, &a, &e, Format::Greenbone, later.as_bytes(), false, "t", today()).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!((r.counts.created, r.counts.unchanged, r.counts.reopened, r.counts.not_seen), (1, 2, 0, 1));
    let mut c = store.conn().await.unwrap();
    let ssh = findings::get(&mut c, &a, &ssh.id).await.unwrap().unwrap();
    assert_eq!(ssh.status, Status::Confirmed, "never closed by an import");
    assert!(ssh.not_seen, "flagged for a retest");
    assert_eq!(ssh.due, Some(jiff::civil::date(2027, 1, 6)), "high: 30 days from confirmation");
    let events = findings::events(&mut c, &a, &ssh.id).await.unwrap();
    assert_eq!(events.iter().map(|e| e.kind.as_str()).collect::<Vec<_>>(), ["created", "status", "import_not_seen"]);
});

db_test!(a_broken_file_changes_nothing, |db| {
    let (store, a, _, e) = setup(&db).await;
    let mut tx = store.begin().await.unwrap();
    let r =
        findings::run_import(&mut tx, &a, &e, Format::Greenbone, &fixture("billion-laughs.xml"), false, "t", today())
            .await;
    assert!(matches!(r, Err(ImportFailure::Unusable(_))));
    let bad_csv = b"id,title,severity\nA,Geen ernst,zwaar\n";
    let r = findings::run_import(&mut tx, &a, &e, Format::Csv, bad_csv, false, "t", today()).await;
    match r {
        Err(ImportFailure::Invalid(p)) => assert_eq!((p[0].0.as_str(), p[0].1.field), ("line 2", "severity")),
        other => panic!("{other:?}"),
    }
    tx.commit().await.unwrap();
    assert_eq!(snapshot(&store, &a).await, "[]");
});

db_test!(findings_are_walled_off_and_filtered, |db| {
    let (store, a, b, e) = setup(&db).await;
    let mut tx = store.begin().await.unwrap();
    findings::run_import(&mut tx, &a, &e, Format::Nessus, &fixture("nessus.nessus"), false, "t", today())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let mut c = store.conn().await.unwrap();
    let f = Filter { per_page: 50, page: 1, ..Default::default() };
    let (n, items) = findings::list(&mut c, &a, &f, today()).await.unwrap();
    assert_eq!((n, items.len()), (3, 3));
    assert_eq!(items[0].severity.as_str(), "critical", "worst first");
    assert_eq!(findings::list(&mut c, &b, &f, today()).await.unwrap().0, 0);
    assert!(findings::get(&mut c, &b, &items[0].id).await.unwrap().is_none());
    let high = Filter { severity: weerbaar_core::findings::Severity::parse("high"), ..f.clone() };
    assert_eq!(findings::list(&mut c, &a, &high, today()).await.unwrap().0, 1);
    let paged = Filter { per_page: 2, page: 2, ..f.clone() };
    assert_eq!(findings::list(&mut c, &a, &paged, today()).await.unwrap().1.len(), 1);
    // A stale version is a conflict.
    let mut stale = items[0].clone();
    stale.title = "x".into();
    findings::update(&mut c, &a, &stale).await.unwrap();
    assert!(matches!(findings::update(&mut c, &a, &stale).await, Err(StoreError::Conflict)));
    assert!(matches!(findings::update(&mut c, &b, &stale).await, Err(StoreError::NotFound)));
});

db_test!(accepted_risks_are_found_at_expiry, |db| {
    let (store, a, _, e) = setup(&db).await;
    let mut tx = store.begin().await.unwrap();
    findings::run_import(&mut tx, &a, &e, Format::Csv, &fixture("findings.csv"), false, "t", today()).await.unwrap();
    tx.commit().await.unwrap();
    let mut c = store.conn().await.unwrap();
    let f = findings::all(&mut c, &a, None).await.unwrap().remove(0);
    let ch = flow::check(
        f.status,
        &Request {
            to: "risk_accepted".into(),
            reason: "Vervangen in het voorjaar".into(),
            approver_email: "ad@a.test".into(),
            expires: "2027-01-01".into(),
            ..Default::default()
        },
        &flow::Ctx { today: today(), id: &f.id, is_admin: &|e| e == "ad@a.test", exists: &|_| true },
    )
    .unwrap();
    findings::apply(&mut c, &a, &f, &ch, None, today(), "t").await.unwrap();
    assert!(findings::expired_acceptances(&mut c, today()).await.unwrap().is_empty());
    let due = findings::expired_acceptances(&mut c, jiff::civil::date(2027, 1, 1)).await.unwrap();
    assert_eq!(due, [(a.clone(), f.id.clone())]);
    let stored = findings::get(&mut c, &a, &f.id).await.unwrap().unwrap();
    assert_eq!(stored.acceptance.unwrap().until, jiff::civil::date(2027, 1, 1));
});
