//! The continuity plan builder over real HTTP, against SQLite and PostgreSQL: from the
//! template to an approved plan, conflicts, locking, roles, import and export, the API,
//! and the review reminder.

mod common;

use common::{Client, TestServer};
use weerbaar_testkit::db_test;

/// The text between `start` and the next `end` after it.
fn between<'a>(body: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let i = body.find(start)? + start.len();
    let j = body[i..].find(end)? + i;
    Some(&body[i..j])
}

fn version_of(body: &str) -> String {
    between(body, r#"name="version" value=""#, "\"").expect("a version field").to_string()
}

/// The id in the first link to `{prefix}{id}` on the page.
fn first_id(body: &str, prefix: &str) -> String {
    between(body, &format!("href=\"{prefix}"), "\"").expect("a link").to_string()
}

async fn export(c: &Client, org: &weerbaar_core::OrgId) -> serde_json::Value {
    let r = c.get(&format!("/o/{org}/plan/export.json")).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.header("content-disposition").unwrap().contains("attachment"));
    r.json()
}

async fn import(c: &Client, org: &weerbaar_core::OrgId, bytes: Vec<u8>, replace: bool) -> weerbaar_testkit::http::Resp {
    let tok = c.csrf().await;
    let mut form = reqwest::multipart::Form::new().text("_csrf", tok).part(
        "file",
        reqwest::multipart::Part::bytes(bytes).file_name("plan.json").mime_str("application/json").unwrap(),
    );
    if replace {
        form = form.text("replace", "on");
    }
    c.send(c.http.post(c.url(&format!("/o/{org}/plan/import"))).multipart(form)).await
}

db_test!(from_the_template_to_an_approved_plan, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Anderdorp").await;
    {
        let mut c = s.store().conn().await.unwrap();
        weerbaar_store::bcp::delete(&mut c, &org).await.unwrap();
    }
    let a = s.login("admin@anderdorp.test").await;
    let base = format!("/o/{org}/plan");

    // No plan yet: the start page offers the template's activities.
    let start = a.get(&base).await;
    assert_eq!(start.status, 200);
    assert!(start.body.contains("standaardsjabloon"));
    assert!(start.body.contains("value=\"death-registration\""));
    let none = a.post_form(&format!("{base}/start"), &[]).await;
    assert_eq!(none.status, 422);
    assert!(none.body.contains("Kies minstens één activiteit."));
    let r = a.post_form(&format!("{base}/start"), &[("activity", "death-registration"), ("activity", "payroll")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let overview = a.follow(r).await;
    assert!(overview.body.contains("Het plan is aangemaakt vanuit het sjabloon."));
    assert!(overview.body.contains("Status: ontwerp. Versie 0.1."));

    // Scope: a bad date is refused at the field, and nothing changes.
    let scope = a.get(&format!("{base}/scope")).await;
    let v = version_of(&scope.body);
    let bad = a
        .post_form(
            &format!("{base}/scope"),
            &[
                ("version", &v),
                ("scope", "Gemeente en OCMW"),
                ("next_review", "31/02/2027"),
                ("own_domains", "anderdorp.test"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains(r#"id="f-next_review-error""#), "the error sits at the field");
    assert!(bad.body.contains("Vul een geldige datum in."));
    assert!(bad.body.contains("Gemeente en OCMW"), "what was typed stays");
    let ok = a
        .post_form(
            &format!("{base}/scope"),
            &[
                ("version", &v),
                ("scope", "Gemeente en OCMW Anderdorp, alle locaties."),
                ("objectives", "De dienstverlening aan burgers loopt door."),
                ("assumptions", "Een aanval treft alle servers tegelijk."),
                ("owner_name", "Koen Wouters"),
                ("owner_email", "admin@anderdorp.test"),
                ("classification", "Vertrouwelijk"),
                ("next_review", "2027-06-30"),
                ("own_domains", "anderdorp.test, ocmw-anderdorp.test"),
            ],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.body);
    assert!(a.get(&format!("{base}/scope")).await.body.contains("ocmw-anderdorp.test"));

    // Activities: add one of our own; it links to the BIA.
    let r =
        a.post_form(&format!("{base}/activities"), &[("name", "Markten en foren"), ("department", "Economie")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let act_url = r.location();
    let act_id = act_url.rsplit('/').next().unwrap().to_string();
    let empty = a.post_form(&format!("{base}/activities"), &[("name", "  ")]).await;
    assert_eq!(empty.status, 422);

    // Resources: add an application that needs the directory.
    let r = a.post_form(&format!("{base}/resources"), &[("name", "Marktsoftware"), ("kind", "application")]).await;
    assert_eq!(r.status, 303);
    let res_id = r.location().rsplit('/').next().unwrap().to_string();
    let page = a.get(&r.location()).await;
    let dir_id = page
        .body
        .split("name=\"depends_on\" value=\"")
        .skip(1)
        .find_map(|chunk| {
            let id = chunk.split('"').next()?;
            let label = chunk.split("</label>").next()?;
            label.contains("Gebruikersbeheer").then(|| id.to_string())
        })
        .expect("the directory is a choice");
    let bad = a
        .post_form(
            &format!("{base}/resources/{res_id}"),
            &[
                ("version", "1"),
                ("name", "Marktsoftware"),
                ("kind", "application"),
                ("recovery_hours", "veel"),
                ("recovery_basis", "promised"),
                ("backup_type", "immutable"),
                ("depends_on", &dir_id),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("Vul een geheel getal in."));
    let ok = a
        .post_form(
            &format!("{base}/resources/{res_id}"),
            &[
                ("version", "1"),
                ("name", "Marktsoftware"),
                ("kind", "application"),
                ("recovery_hours", "24"),
                ("recovery_basis", "promised"),
                ("backup_interval_hours", "24"),
                ("backup_type", "immutable"),
                ("last_restore_test", "2026-09-01"),
                ("depends_on", &dir_id),
            ],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.body);

    // The activity needs it.
    let page = a.get(&act_url).await;
    let r = a
        .post_form(
            &act_url,
            &[
                ("version", &version_of(&page.body)),
                ("name", "Markten en foren"),
                ("department", "Economie"),
                ("owner", "Lotte"),
                ("deputy", "Wim"),
                ("resource", &res_id),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);

    // Impact analysis: serious for citizens after a day gives an MTPD of a day.
    let grid = a.get(&format!("{base}/bia/{act_id}")).await;
    assert!(grid.body.contains("id=\"i-service-0\""));
    let mut cells: Vec<(String, String)> = vec![("version".into(), version_of(&grid.body))];
    for (w, l) in ["1", "3", "4", "4", "4", "4"].iter().enumerate() {
        cells.push((format!("i-service-{w}"), l.to_string()));
    }
    cells.extend([
        ("rto_hours".into(), "48".into()),
        ("rpo_hours".into(), "24".into()),
        ("then".into(), "stay".into()),
    ]);
    let refs: Vec<(&str, &str)> = cells.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let r = a.post_form(&format!("{base}/bia/{act_id}"), &refs).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let grid = a.follow(r).await;
    assert!(
        grid.body.contains("MTPD: <span class=\"mtpd\">1 dag</span>"),
        "{}",
        between(&grid.body, "<main", "</form>").unwrap_or("")
    );
    assert!(
        grid.body.contains("De hersteltijd van Markten en foren (2 dagen) is langer"),
        "the check shows where it applies"
    );
    let bad = a.post_form(&format!("{base}/bia/{act_id}"), &[("version", "1"), ("i-service-0", "9")]).await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("Kies een niveau van 0 tot 4."));

    // The dependency view draws the chain.
    let dep = a.get(&format!("{base}/dependencies/{act_id}")).await;
    assert!(dep.body.contains("<svg") && dep.body.contains("role=\"img\""));
    assert!(dep.body.contains("Marktsoftware") && dep.body.contains("Gebruikersbeheer"));

    // Workaround, crisis role, call tree, playbook, stakeholder, message, exercise.
    let st = a.get(&format!("{base}/strategies/{act_id}")).await;
    let r = a
        .post_form(
            &format!("{base}/strategies/{act_id}"),
            &[
                ("version", &version_of(&st.body)),
                ("workaround", "Standplaatsen op papier toewijzen\nGeld innen met kwitantieboekje"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    let crisis = a.get(&format!("{base}/crisis")).await;
    let role_id = first_id(&crisis.body, &format!("{base}/crisis/roles/"));
    let role = a.get(&format!("{base}/crisis/roles/{role_id}")).await;
    let bad = a
        .post_form(
            &format!("{base}/crisis/roles/{role_id}"),
            &[("version", &version_of(&role.body)), ("name", "Coördinator"), ("primary.email", "geen-adres")],
        )
        .await;
    assert_eq!(bad.status, 422);
    let r = a
        .post_form(
            &format!("{base}/crisis/roles/{role_id}"),
            &[
                ("version", &version_of(&role.body)),
                ("name", "Crisiscoördinator"),
                ("primary.name", "Koen Wouters"),
                ("primary.phone", "+32 9 000 00 21"),
                ("primary.private_phone", "+32 470 00 00 21"),
                ("primary.email", "koen@prive.test"),
                ("deputy.name", "Ilse Van den Broeck"),
                ("deputy.phone", "+32 9 000 00 06"),
                ("deputy.email", "ilse@prive.test"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let r = a
        .post_form(
            &format!("{base}/crisis"),
            &[
                ("version", &version_of(&crisis.body)),
                ("activation_criteria", "Gijzelsoftware\nUitval van meer dan 4 uur"),
                ("who_may_activate", "De coördinator"),
                ("call_0", "coordinator"),
                ("fallback_0", "mayor"),
                ("call_1", ""),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let bad = a.post_form(&format!("{base}/crisis"), &[("version", "2"), ("call_0", "nobody")]).await;
    assert_eq!(bad.status, 422);

    let books = a.get(&format!("{base}/playbooks")).await;
    assert_eq!(books.body.matches("/read\"").count(), 8, "eight playbooks, each with its read view");
    let pb_id = first_id(&books.body, &format!("{base}/playbooks/")).trim_end_matches("/read").to_string();
    // The read view, as the crisis team uses it: the first hour as boxes to tick.
    let read = a.get(&format!("{base}/playbooks/{pb_id}/read")).await;
    assert_eq!(read.status, 200);
    assert!(read.body.contains("class=\"checklist\"") && read.body.contains("Dit draaiboek aanpassen"));
    let pb = a.get(&format!("{base}/playbooks/{pb_id}")).await;
    let title = between(&pb.body, "<h1>", "</h1>").unwrap().to_string();
    let r = a
        .post_form(
            &format!("{base}/playbooks/{pb_id}"),
            &[
                ("version", &version_of(&pb.body)),
                ("title", &title),
                ("first_hour", "Netwerk loskoppelen\nCrisisteam bellen"),
                ("decision_q_0", "Betalen we losgeld?"),
                ("decision_who_0", "College"),
                ("clock_name_0", "Datalek melden"),
                ("clock_hours_0", "72"),
                ("clock_applies_0", "Bij persoonsgegevens"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let pb = a.get(&format!("{base}/playbooks/{pb_id}")).await;
    assert!(pb.body.contains("Betalen we losgeld?") && pb.body.contains("value=\"72\""));

    let comm = a.get(&format!("{base}/communication")).await;
    let sh_action =
        between(&comm.body, &format!("action=\"{base}/communication/stakeholders/"), "\"").unwrap().to_string();
    let sh_version = between(&comm.body[comm.body.find(&sh_action).unwrap()..], r#"name="version" value=""#, "\"")
        .unwrap()
        .to_string();
    let r = a
        .post_form(
            &format!("{base}/communication/stakeholders/{sh_action}"),
            &[("version", &sh_version), ("channel", "Website en sociale media"), ("owner", "Communicatie")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let msg_id = first_id(&comm.body, &format!("{base}/communication/messages/"));
    let msg = a.get(&format!("{base}/communication/messages/{msg_id}")).await;
    let r = a
        .post_form(
            &format!("{base}/communication/messages/{msg_id}"),
            &[
                ("version", &version_of(&msg.body)),
                ("channel", "Website"),
                ("subject", "Storing bij de gemeente"),
                ("body", "Onze diensten zijn [datum] beperkt bereikbaar."),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let future = a
        .post_form(
            &format!("{base}/exercises"),
            &[("kind", "tabletop"), ("title", "Tafeloefening"), ("done_on", "2099-01-01")],
        )
        .await;
    assert_eq!(future.status, 422);
    assert!(future.body.contains("Deze datum ligt in de toekomst."));
    let r = a
        .post_form(
            &format!("{base}/exercises"),
            &[
                ("kind", "tabletop"),
                ("title", "Tafeloefening gijzelsoftware"),
                ("scenario", "ransomware"),
                ("done_on", "2026-10-01"),
                ("result", "Belboom werkte."),
                ("actions", "Privénummers aanvullen"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);

    // Checks, recovery order and progress reflect all of it.
    let checks = a.get(&format!("{base}/checks")).await;
    assert!(checks.body.contains("Markten en foren"));
    assert!(checks.body.contains(&format!("href=\"{base}/bia/{act_id}\"")), "each finding links to its fix");
    let rec = a.get(&format!("{base}/recovery")).await;
    let (dir_pos, app_pos) = (rec.body.find("Gebruikersbeheer").unwrap(), rec.body.find("Marktsoftware").unwrap());
    assert!(dir_pos < app_pos, "the directory comes back before what needs it");

    // Submit: the plan is locked for everybody until approved or withdrawn.
    let r = a.post_form(&format!("{base}/submit"), &[]).await;
    assert_eq!(r.status, 303);
    let page = a.get(&format!("{base}/strategies/{act_id}")).await;
    assert!(page.body.contains("ter goedkeuring voorligt") || page.body.contains("niet wijzigen"));
    let r = a
        .post_form(&format!("{base}/strategies/{act_id}"), &[("version", &version_of(&page.body)), ("workaround", "x")])
        .await;
    assert_eq!(r.status, 303);
    assert!(a.follow(r).await.body.contains("Het plan ligt ter goedkeuring voor en kan nu niet gewijzigd worden."));
    // Approval is deliberate: nothing but the body is filled in for the approver.
    let review = a.get(&format!("{base}/review")).await;
    assert!(review.body.contains("College van burgemeester en schepenen"), "the body is suggested");
    assert!(!review.body.contains(&format!("value=\"{}\"", weerbaar_core::today())), "the date is not pre-filled");
    assert!(review.body.contains("Voorgelegde versies"));
    let approved_part = between(&review.body, "Goedgekeurde versies", "Voorgelegde versies").unwrap();
    assert!(approved_part.contains("Nog geen goedgekeurde versie."), "a submitted version is not listed as approved");
    let bad = a
        .post_form(&format!("{base}/approve"), &[("body", ""), ("decision_date", "2026-11-20"), ("reference", "")])
        .await;
    assert_eq!(bad.status, 422);
    assert!(
        bad.body.contains("id=\"reference-error\"") || bad.body.contains("reference-error"),
        "the reference is required"
    );
    let decision = [
        ("body", "College van burgemeester en schepenen"),
        ("decision_date", "2026-11-20"),
        ("reference", "CBS 2026/77"),
    ];
    // First step: the gaps, and a box to tick; nothing recorded yet.
    let confirm = a.post_form(&format!("{base}/approve"), &decision).await;
    assert_eq!(confirm.status, 200, "{}", confirm.body);
    assert!(confirm.body.contains("Goedkeuring bevestigen"));
    assert!(confirm.body.contains("Het plan is voor"));
    assert!(confirm.body.contains("ernstige tekortkoming"));
    assert!(a.get(&format!("{base}/review")).await.body.contains("Status: ter goedkeuring. Versie"));
    let mut unticked = decision.to_vec();
    unticked.push(("step", "confirm"));
    let again = a.post_form(&format!("{base}/approve"), &unticked).await;
    assert_eq!(again.status, 422);
    assert!(again.body.contains("Vink aan dat u de volledigheid"));
    assert!(!a.get(&format!("{base}/review")).await.body.contains("Status: goedgekeurd"));
    let mut ticked = unticked.clone();
    ticked.push(("acknowledged", "on"));
    let r = a.post_form(&format!("{base}/approve"), &ticked).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let review = a.follow(r).await;
    assert!(review.body.contains("De goedkeuring is vastgelegd."));
    assert!(review.body.contains("Status: goedgekeurd. Versie 0.1."));
    assert!(review.body.contains("20/11/2026"));
    let snap = first_id(&review.body, &format!("{base}/versions/"));
    let doc = a.get(&format!("{base}/versions/{snap}")).await.json();
    assert_eq!(doc["plan"]["status"], "approved");

    // Changing an approved plan starts the next draft version; the approved one stays.
    let page = a.get(&format!("{base}/strategies/{act_id}")).await;
    let r = a
        .post_form(
            &format!("{base}/strategies/{act_id}"),
            &[("version", &version_of(&page.body)), ("workaround", "Papier")],
        )
        .await;
    assert_eq!(r.status, 303);
    let review = a.get(&format!("{base}/review")).await;
    assert!(
        review.body.contains("Status: ontwerp. Versie 0.2."),
        "{}",
        between(&review.body, "<h1>", "</p>").unwrap_or("")
    );
    assert!(review.body.contains(&snap), "the approved version is still there");
    let log = a.get(&format!("/o/{org}/audit")).await;
    for action in [
        "Plan goedgekeurd",
        "Plan ter goedkeuring voorgelegd",
        "Middel gewijzigd",
        "Activiteit gewijzigd",
        "Draaiboek gewijzigd",
    ] {
        assert!(log.body.contains(action), "{action} is in the audit log");
    }
});

db_test!(two_editors_saving_the_same_part_get_a_conflict_with_both_versions, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let base = format!("/o/{org}/plan");
    let ann = s.login("admin@voorbeeld.test").await;
    let jan = s.login("editor@voorbeeld.test").await;
    let list = ann.get(&format!("{base}/strategies")).await;
    let act = first_id(&list.body, &format!("{base}/strategies/"));
    let url = format!("{base}/strategies/{act}");
    let (pa, pj) = (ann.get(&url).await, jan.get(&url).await);
    let v = version_of(&pa.body);
    assert_eq!(v, version_of(&pj.body));
    let r = ann.post_form(&url, &[("version", &v), ("workaround", "Versie van Ann")]).await;
    assert_eq!(r.status, 303);
    let r = jan.post_form(&url, &[("version", &v), ("workaround", "Versie van Jan")]).await;
    assert_eq!(r.status, 409);
    assert!(r.body.contains("Intussen opgeslagen door iemand anders"));
    assert!(r.body.contains("Versie van Ann"), "their version is shown");
    assert!(r.body.contains("Versie van Jan"), "your version is kept");
    // Saving again from the conflict page (with the new version) goes through on purpose.
    let r2 = jan.post_form(&url, &[("version", &version_of(&r.body)), ("workaround", "Versie van Jan")]).await;
    assert_eq!(r2.status, 303);
    assert!(ann.get(&url).await.body.contains("Versie van Jan"));

    // The same through the API: a stale version is a 409 with the current state.
    let rid = {
        let mut c = s.store().conn().await.unwrap();
        weerbaar_store::bcp::resources(&mut c, &org).await.unwrap()[0].clone()
    };
    let plan = ann.get("/api/v1/plans").await.json()[0]["id"].as_str().unwrap().to_string();
    let body = serde_json::json!({"name": rid.name, "kind": rid.kind.as_str(), "recovery_basis": "estimated", "backup_type": "none", "version": rid.version});
    let ok = ann.put_json(&format!("/api/v1/plans/{plan}/resources/{}", rid.id), &body).await;
    assert_eq!(ok.status, 200, "{}", ok.body);
    let stale = jan.put_json(&format!("/api/v1/plans/{plan}/resources/{}", rid.id), &body).await;
    assert_eq!(stale.status, 409, "{}", stale.body);
    assert_eq!(stale.json()["error"]["current"]["version"], rid.version + 1);
});

db_test!(viewers_read_and_editors_cannot_approve, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let base = format!("/o/{org}/plan");
    let viewer = s.login("viewer@voorbeeld.test").await;
    let scope = viewer.get(&format!("{base}/scope")).await;
    assert_eq!(scope.status, 200);
    assert!(scope.body.contains("U kunt dit plan lezen maar niet wijzigen."));
    assert!(scope.body.contains("<fieldset disabled>"));
    assert_eq!(viewer.post_form(&format!("{base}/scope"), &[("version", "1"), ("scope", "x")]).await.status, 403);
    assert_eq!(viewer.get(&format!("{base}/export.json")).await.status, 200, "viewers may take the plan along");
    let editor = s.login("editor@voorbeeld.test").await;
    assert_eq!(editor.post_form(&format!("{base}/submit"), &[]).await.status, 403);
    assert_eq!(
        editor.post_form(&format!("{base}/approve"), &[("body", "x"), ("decision_date", "2026-11-01")]).await.status,
        403
    );
    assert!(editor.get(&format!("{base}/review")).await.body.contains("Een beheerder van uw organisatie"));
});

db_test!(export_import_export_is_identical_and_bad_files_change_nothing, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let a = s.login("admin@voorbeeld.test").await;
    let first = export(&a, &org).await;
    assert_eq!(first["format"], "weerbaar-plan");
    let bytes = serde_json::to_vec_pretty(&first).unwrap();
    let kept = |s: &TestServer| {
        let store = s.store().clone();
        let org = org.clone();
        async move {
            let mut c = store.conn().await.unwrap();
            let h = weerbaar_store::bcp::header(&mut c, &org).await.unwrap().unwrap();
            (h.id, weerbaar_store::bcp::versions(&mut c, &org).await.unwrap().len())
        }
    };
    let (plan_id, versions) = kept(&s).await;
    assert!(versions >= 1, "the demo plan has its approved version");

    // An existing plan is replaced only when the person confirms it.
    let r = import(&a, &org, bytes.clone(), false).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Vink aan dat u het wilt vervangen."));
    let r = import(&a, &org, bytes.clone(), true).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(a.follow(r).await.body.contains("Het plan is ingelezen."));
    let second = export(&a, &org).await;
    assert_eq!(first, second, "export, import, export gives the same document");
    assert_eq!(kept(&s).await, (plan_id.clone(), versions), "the plan keeps its id and its approved versions");

    // Every problem with its JSON path; nothing imported. The shape first …
    let mut broken = first.clone();
    broken["activities"][0]["rto_hours"] = serde_json::json!("snel");
    broken["activities"][1]["resources"] = serde_json::json!(["R999"]);
    broken["unexpected"] = serde_json::json!(true);
    let r = import(&a, &org, serde_json::to_vec(&broken).unwrap(), true).await;
    assert_eq!(r.status, 422);
    for path in ["$.activities[0].rto_hours", "$.activities[1].resources[0]", "$.unexpected"] {
        assert!(r.body.contains(&format!("<code>{path}</code>")), "{path} is reported");
    }
    assert!(r.body.contains("Er is niets ingelezen."));
    // … then the values, by the builder's own rules and with its own messages.
    let mut wrong = first.clone();
    wrong["plan"]["scale"]["windows_hours"] = serde_json::json!([24, 4]);
    wrong["activities"][0]["rto_hours"] = serde_json::json!(100_000);
    wrong["plan"]["approval"] = serde_json::Value::Null;
    let r = import(&a, &org, serde_json::to_vec(&wrong).unwrap(), true).await;
    assert_eq!(r.status, 422);
    for path in ["$.plan.scale.windows_hours", "$.activities[0].rto_hours", "$.plan.approval"] {
        assert!(r.body.contains(&format!("<code>{path}</code>")), "{path} is reported");
    }
    assert!(r.body.contains("Dit mag hoogstens 8760 zijn."), "the form's own message");
    // A resource named twice.
    let mut twice = first.clone();
    twice["activities"][0]["resources"] = serde_json::json!(["R1", "R1"]);
    let r = import(&a, &org, serde_json::to_vec(&twice).unwrap(), true).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("<code>$.activities[0].resources[1]</code>"));
    let r = import(&a, &org, b"{ not json".to_vec(), true).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("geen geldig JSON-bestand"));
    let r = import(&a, &org, Vec::new(), true).await;
    assert_eq!(r.status, 422);
    assert_eq!(export(&a, &org).await, first, "nothing changed");

    // Editors may not replace the whole plan.
    let ed = s.login("editor@voorbeeld.test").await;
    assert_eq!(import(&ed, &org, bytes, true).await.status, 403);
});

db_test!(plan_api_reads_checks_and_recovery_order, |db| {
    let s = TestServer::start(db).await;
    let a = s.login("admin@voorbeeld.test").await;
    let plans = a.get("/api/v1/plans").await;
    assert_eq!(plans.status, 200);
    let list = plans.json();
    assert_eq!(list.as_array().unwrap().len(), 1, "only the caller's organisation");
    assert_eq!(list[0]["status"], "approved");
    let id = list[0]["id"].as_str().unwrap().to_string();
    let whole = a.get(&format!("/api/v1/plans/{id}")).await.json();
    assert_eq!(whole["document"]["format"], "weerbaar-plan");
    assert!(whole["document"]["activities"].as_array().unwrap().len() >= 25);
    let checks = a.get(&format!("/api/v1/plans/{id}/checks")).await.json();
    let first = &checks[0];
    for key in ["code", "severity", "message", "target"] {
        assert!(first.get(key).is_some(), "{key} in {first}");
    }
    assert_eq!(first["severity"], "error", "errors first");
    let rec = a.get(&format!("/api/v1/plans/{id}/recovery-order")).await.json();
    let steps = rec["steps"].as_array().unwrap();
    assert!(steps.len() > 30);
    let pos = |name: &str| steps.iter().position(|s| s["name"] == name).unwrap_or_else(|| panic!("{name}"));
    assert!(pos("Stroomvoorziening en noodstroom") < pos("Serverlokaal en virtuele servers"));
    assert!(rec["cycles"].as_array().unwrap().is_empty());

    // Writing: an activity with a bad RTO is refused per field; a good one is saved.
    let r = a.post_json(&format!("/api/v1/plans/{id}/activities"), &serde_json::json!({"name": ""})).await;
    assert_eq!(r.status, 422);
    assert_eq!(r.json()["error"]["fields"][0]["field"], "name");
    let r = a
        .post_json(
            &format!("/api/v1/plans/{id}/activities"),
            &serde_json::json!({"name": "Markten", "department": "Economie"}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    let act = r.json();
    let mut upd = act.clone();
    upd["rto_hours"] = serde_json::json!(99999);
    let r = a.put_json(&format!("/api/v1/plans/{id}/activities/{}", act["id"].as_str().unwrap()), &upd).await;
    assert_eq!(r.status, 422, "{}", r.body);
    let r = a.delete(&format!("/api/v1/plans/{id}/activities/{}", act["id"].as_str().unwrap())).await;
    assert!(r.status == 204 || r.status == 200, "{}", r.status);
    // A second plan for the organisation is refused.
    let org = s.org_id("Gemeente Voorbeeld").await;
    let r = a.post_json(&format!("/api/v1/organisations/{org}/plan"), &serde_json::json!({})).await;
    assert_eq!(r.status, 409);
    // The whole document through the API: invalid documents list their paths.
    let r = a
        .send(
            a.http
                .put(a.url(&format!("/api/v1/plans/{id}/document")))
                .header("x-csrf-token", a.csrf().await)
                .body("{\"format\": 1}"),
        )
        .await;
    assert_eq!(r.status, 422);
    let err = r.json();
    assert!(err["error"]["fields"].as_array().unwrap().iter().any(|f| f["field"] == "$.format"));
    assert!(err["error"]["message"].as_str().unwrap().contains("fouten"), "{err}");
    // A large plan (over the 1 MiB limit of ordinary requests) goes through whole.
    let big = weerbaar_core::bcp::generate::plan(200, 2000, 5000, 7, weerbaar_core::today());
    let body = serde_json::to_vec_pretty(&weerbaar_core::bcp::exchange::export(&big)).unwrap();
    assert!(body.len() > 1024 * 1024, "{} bytes", body.len());
    let r = a
        .send(
            a.http
                .put(a.url(&format!("/api/v1/plans/{id}/document")))
                .header("x-csrf-token", a.csrf().await)
                .header("content-type", "application/json")
                .body(body),
        )
        .await;
    assert_eq!(r.status, 200, "{}", &r.body[..r.body.len().min(500)]);
    let whole = a.get(&format!("/api/v1/plans/{id}")).await.json();
    assert_eq!(whole["document"]["activities"].as_array().unwrap().len(), 200, "same plan id after the import");
    assert_eq!(whole["document"]["resources"].as_array().unwrap().len(), 2000);
    // A chain of hundreds of resources: the page shows the first rows and sums up the rest.
    let a1 = whole["ids"]["A1"].as_str().unwrap();
    let page = a.get(&format!("/o/{org}/plan/dependencies/{a1}")).await;
    assert_eq!(page.status, 200);
    let rows = page.body.matches("<tr").count();
    assert!(rows <= 61, "{rows} rows");
    assert!(page.body.contains("Er zitten nog "), "the rest is summed up");
});

db_test!(the_plan_owner_is_reminded_of_the_review_once, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    {
        let mut tx = s.store().begin().await.unwrap();
        let h = weerbaar_store::bcp::header(&mut tx, &org).await.unwrap().unwrap();
        let soon = weerbaar_core::today().checked_add(jiff::Span::new().days(10)).unwrap();
        weerbaar_store::bcp::update_header(
            &mut tx,
            &org,
            h.version,
            &weerbaar_core::bcp::edit::header::Fields {
                owner_email: "eigenaar@voorbeeld.test".into(),
                next_review: Some(soon),
                ..weerbaar_core::bcp::edit::header::Fields::from(&h)
            },
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
    }
    // (The server's own worker may get there first: either way there is one reminder.)
    weerbaar_web::bcp::reminders::send_due(&s.state).await.unwrap();
    assert_eq!(weerbaar_web::bcp::reminders::send_due(&s.state).await.unwrap(), 0, "only once");
    let mail = s.smtp.wait_for("eigenaar@voorbeeld.test", |_| true).await;
    assert!(mail.text().contains("Gemeente Voorbeeld"));
    assert!(mail.link(&format!("/o/{org}/plan/review")).is_some());
    let mut c = s.store().conn().await.unwrap();
    let filter = weerbaar_store::audit::AuditFilter {
        action: Some("plan_review_reminded".into()),
        limit: 10,
        ..Default::default()
    };
    let (entries, _) = weerbaar_store::audit::list(&mut c, &org, &filter).await.unwrap();
    assert_eq!(entries.len(), 1, "one reminder, in the audit log");
});

db_test!(dates_worth_a_second_look_are_warned_at_the_field_and_in_the_api, |db| {
    let s = TestServer::start(db).await;
    let a = s.login("admin@voorbeeld.test").await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let base = format!("/o/{org}/plan");
    let page = a.get(&format!("{base}/scope")).await;
    assert!(!page.body.contains("field-warning"), "nothing to warn about yet");
    let id = a.get("/api/v1/plans").await.json()[0]["id"].as_str().unwrap().to_string();
    let doc = a.get(&format!("/api/v1/plans/{id}")).await.json();
    assert_eq!(doc["warnings"], serde_json::json!([]));
    let plan = &doc["document"]["plan"];
    let version: i64 = version_of(&page.body).parse().unwrap();
    let header = serde_json::json!({
        "version": version,
        "scope": plan["scope"], "objectives": plan["objectives"], "assumptions": plan["assumptions"],
        "owner_name": plan["owner_name"], "owner_email": plan["owner_email"],
        "classification": plan["classification"], "own_domains": plan["own_domains"],
        "next_review": "2020-01-01",
    });
    let r = a.put_json(&format!("/api/v1/plans/{id}"), &header).await;
    assert_eq!(r.status, 200, "a past date is saved: {}", r.body);
    let w = &r.json()["warnings"];
    assert_eq!(w[0]["field"], "$.plan.next_review", "{w}");
    assert_eq!(w[0]["code"], "warning-review-past");
    let page = a.get(&format!("{base}/scope")).await;
    assert!(page.body.contains("class=\"field-warning\" id=\"f-next_review-warning\""), "shown at the field");
    assert!(page.body.contains("aria-describedby=\"f-next_review-hint f-next_review-warning\""));
    assert!(page.body.contains("Deze datum is al voorbij."));
});
