//! Plans in the database, on SQLite and PostgreSQL.

use weerbaar_core::bcp::exchange::export;
use weerbaar_core::bcp::model::*;
use weerbaar_core::id::new_row_id;
use weerbaar_core::org::{OrgKind, OrgProfile};
use weerbaar_store::*;
use weerbaar_testkit::db_test;

async fn setup(db: &weerbaar_testkit::TestDb) -> (Store, weerbaar_core::OrgId, weerbaar_core::OrgId) {
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
    (store, a, b)
}

fn template_plan() -> Plan {
    let t = weerbaar_content::bcp_template().unwrap();
    t.instantiate("nl", weerbaar_core::org::OrgKind::Municipality, None, new_row_id)
}

db_test!(a_template_plan_round_trips_through_the_database, |db| {
    let (store, a, b) = setup(&db).await;
    let plan = template_plan();
    let mut tx = store.begin().await.unwrap();
    bcp::insert(&mut tx, &a, &plan).await.unwrap();
    tx.commit().await.unwrap();
    let mut c = store.conn().await.unwrap();
    let loaded = bcp::load(&mut c, &a).await.unwrap().unwrap();
    assert_eq!(export(&loaded), export(&plan));
    assert_eq!(loaded.activities.len(), plan.activities.len());
    assert!(bcp::load(&mut c, &b).await.unwrap().is_none(), "another organisation sees nothing");
    assert_eq!(bcp::org_of(&mut c, &plan.header.id).await.unwrap(), Some(a.clone()));
    // One plan per organisation.
    let again = template_plan();
    assert!(matches!(bcp::insert(&mut c, &a, &again).await, Err(StoreError::Duplicate(_))));
});

db_test!(parts_are_versioned_and_walled_off, |db| {
    let (store, a, b) = setup(&db).await;
    let plan = template_plan();
    let mut c = store.conn().await.unwrap();
    bcp::insert(&mut c, &a, &plan).await.unwrap();
    bcp::insert(&mut c, &b, &template_plan()).await.unwrap();
    let mut act = bcp::activities(&mut c, &a).await.unwrap().remove(0);
    let stale = act.clone();
    act.owner = "Jan Claes".into();
    bcp::update_activity(&mut c, &a, &act).await.unwrap();
    let mut other = stale.clone();
    other.owner = "Sofie Maes".into();
    assert!(matches!(bcp::update_activity(&mut c, &a, &other).await, Err(StoreError::Conflict)));
    assert!(matches!(bcp::update_activity(&mut c, &b, &act).await, Err(StoreError::NotFound)), "not B's activity");
    assert_eq!(bcp::activity(&mut c, &a, &act.id).await.unwrap().unwrap().owner, "Jan Claes");

    // Links only between one organisation's own parts.
    let theirs = bcp::resources(&mut c, &b).await.unwrap().remove(0).id;
    assert!(matches!(
        bcp::set_activity_resources(&mut c, &a, &act.id, std::slice::from_ref(&theirs)).await,
        Err(StoreError::NotFound)
    ));
    let mine: Vec<String> = bcp::resources(&mut c, &a).await.unwrap().into_iter().take(2).map(|r| r.id).collect();
    bcp::set_activity_resources(&mut c, &a, &act.id, &mine).await.unwrap();
    let (links, _) = bcp::edges(&mut c, &a).await.unwrap();
    assert_eq!(links.iter().filter(|(x, _)| *x == act.id).count(), 2);
    assert!(
        matches!(bcp::set_resource_deps(&mut c, &a, &mine[0], &[mine[0].clone()]).await, Err(StoreError::NotFound)),
        "no self-dependency"
    );
    assert!(matches!(bcp::delete_activity(&mut c, &b, &act.id).await, Err(StoreError::NotFound)));

    // Resources, crisis, roles, playbooks, stakeholders, messages, exercises.
    let mut r = bcp::resources(&mut c, &a).await.unwrap().remove(0);
    r.recovery_hours = Some(8);
    r.backup_type = BackupType::Immutable;
    r.last_restore_test = Some(jiff::civil::date(2026, 10, 1));
    bcp::update_resource(&mut c, &a, &r).await.unwrap();
    assert!(matches!(bcp::update_resource(&mut c, &a, &r).await, Err(StoreError::Conflict)));
    let back = bcp::resource(&mut c, &a, &r.id).await.unwrap().unwrap();
    assert_eq!(
        (back.recovery_hours, back.backup_type, back.last_restore_test),
        (Some(8), BackupType::Immutable, r.last_restore_test)
    );
    let mut crisis = bcp::crisis(&mut c, &a).await.unwrap();
    crisis.meeting_primary = "Raadzaal".into();
    bcp::update_crisis(&mut c, &a, &crisis).await.unwrap();
    assert!(matches!(bcp::update_crisis(&mut c, &a, &crisis).await, Err(StoreError::Conflict)));
    let mut role = bcp::roles(&mut c, &a).await.unwrap().remove(0);
    role.primary = Contact {
        name: "An".into(),
        phone: "+32 499 00 00 01".into(),
        private_phone: String::new(),
        email: "an@prive.test".into(),
    };
    bcp::update_role(&mut c, &a, &role).await.unwrap();
    assert_eq!(bcp::roles(&mut c, &a).await.unwrap()[0].primary.name, "An");
    let mut pb = bcp::playbooks(&mut c, &a).await.unwrap().remove(0);
    pb.first_hour.push("Bel de verzekeraar".into());
    bcp::update_playbook(&mut c, &a, &pb).await.unwrap();
    assert!(bcp::playbooks(&mut c, &a).await.unwrap()[0].first_hour.contains(&"Bel de verzekeraar".to_string()));
    let ex = bcp::add_exercise(
        &mut c,
        &a,
        &Exercise {
            id: String::new(),
            position: 0,
            kind: ExerciseKind::RestoreTest,
            title: "Terugzettest loonlijst".into(),
            scenario: "ransomware".into(),
            planned_on: Some(jiff::civil::date(2026, 12, 10)),
            done_on: None,
            participants: String::new(),
            result: String::new(),
            actions: vec![],
            version: 0,
        },
    )
    .await
    .unwrap();
    assert_eq!(ex.version, 1);
    assert!(matches!(bcp::delete_exercise(&mut c, &b, &ex.id).await, Err(StoreError::NotFound)));
    bcp::delete_exercise(&mut c, &a, &ex.id).await.unwrap();
});

db_test!(approval_locks_and_new_drafts, |db| {
    let (store, a, _) = setup(&db).await;
    let mut c = store.conn().await.unwrap();
    bcp::insert(&mut c, &a, &template_plan()).await.unwrap();
    let h = bcp::begin_edit(&mut c, &a).await.unwrap();
    assert_eq!(h.status, PlanStatus::Draft);
    bcp::set_status(&mut c, &a, PlanStatus::Submitted, None).await.unwrap();
    assert!(matches!(bcp::begin_edit(&mut c, &a).await, Err(StoreError::PlanLocked)));
    let approval = Approval {
        body: "College van burgemeester en schepenen".into(),
        decision_date: jiff::civil::date(2026, 11, 20),
        reference: "CBS/2026/88".into(),
    };
    bcp::set_status(&mut c, &a, PlanStatus::Approved, Some(&approval)).await.unwrap();
    bcp::snapshot(&mut c, &a, "0.1", PlanStatus::Approved, "{}", "admin@a.test").await.unwrap();
    let h = bcp::header(&mut c, &a).await.unwrap().unwrap();
    assert_eq!(h.approval, Some(approval));
    // Editing an approved plan starts the next version; the approved snapshot stays.
    let h = bcp::begin_edit(&mut c, &a).await.unwrap();
    assert_eq!((h.status, h.version_label.as_str()), (PlanStatus::Draft, "0.2"));
    bcp::snapshot(&mut c, &a, "0.2", PlanStatus::Approved, "{}", "admin@a.test").await.unwrap();
    let v = bcp::versions(&mut c, &a).await.unwrap();
    assert_eq!(v.len(), 2);
    assert_eq!(v.iter().filter(|x| x.status == PlanStatus::Approved).count(), 1, "older approvals are superseded");
    assert!(bcp::version_document(&mut c, &a, &v[0].id).await.unwrap().is_some());
});

db_test!(scale_changes_reshape_impacts, |db| {
    let (store, a, _) = setup(&db).await;
    let mut c = store.conn().await.unwrap();
    bcp::insert(&mut c, &a, &template_plan()).await.unwrap();
    let h = bcp::header(&mut c, &a).await.unwrap().unwrap();
    let mut s = h.scale.clone();
    s.windows_hours = vec![4, 24, 72];
    bcp::update_scale(&mut c, &a, h.version, &s).await.unwrap();
    assert!(matches!(bcp::update_scale(&mut c, &a, h.version, &s).await, Err(StoreError::Conflict)));
    for act in bcp::activities(&mut c, &a).await.unwrap() {
        assert!(act.impacts.0.values().all(|v| v.len() == 3));
    }
});
