//! The toolkit over real HTTP, against SQLite and PostgreSQL: public search with
//! filters and the htmx fragment, a resource and its files, topics, audiences, the start
//! path, the Atom feed, the API, and the visibility setting.

mod common;

use common::TestServer;
use weerbaar_testkit::db_test;

db_test!(the_public_toolkit_reads_and_searches, |db| {
    let s = TestServer::start(db).await;
    let anon = s.client();

    let r = anon.get("/toolkit").await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains("Begin hier: tien snelle winsten"));
    // Dutch, other word forms: "wachtwoorden" finds the leaflet about "wachtwoord".
    let r = anon.get("/toolkit?q=wachtwoorden").await;
    assert_eq!(r.status, 200);
    let first = r.body.find("/toolkit/r/").map(|i| &r.body[i..i + 60]).unwrap();
    assert!(first.starts_with("/toolkit/r/leaflet-passwords-and-mfa"), "{first}");
    assert!(r.body.contains("<mark>"), "snippets highlight the words found");
    // Filters with counts.
    let r = anon.get("/toolkit?type=leaflet").await;
    assert!(r.body.contains(r#"<option value="leaflet" selected>Folder ("#), "{}", &r.body[..200]);
    assert!(r.body.contains("6 producten in de toolkit") || r.body.contains("producten in de toolkit"));
    assert!(!r.body.contains("/toolkit/r/backups-that-survive-ransomware"));
    // The htmx fragment: results plus the counts, no page around them.
    let r = anon
        .send(
            anon.http.get(anon.url("/toolkit?q=back-ups")).header("HX-Request", "true").header("HX-Target", "results"),
        )
        .await;
    assert_eq!(r.status, 200);
    assert!(r.body.starts_with("<div id=\"results\">"), "{}", &r.body[..100]);
    assert!(r.body.contains("hx-swap-oob"));
    assert!(!r.body.contains("<html"));
    // Any input: never an error.
    for q in ["%22%3Cscript%3E", "%F0%9F%99%82", "a%20OR%20(b", &"x".repeat(5000)] {
        assert_eq!(anon.get(&format!("/toolkit?q={q}&page=999999999999&type=nonsense")).await.status, 200, "{q}");
    }

    // A resource, its language versions and files.
    let r = anon.get("/toolkit/r/template-access-rights-review").await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains("Waarom dit belangrijk is voor een gemeente"));
    let file = r
        .body
        .split("href=\"/toolkit/r/template-access-rights-review/files/")
        .nth(1)
        .map(|s| s.split('"').next().unwrap().to_string());
    let name = file.expect("the template has files to download");
    {
        let f = anon.get(&format!("/toolkit/r/template-access-rights-review/files/{name}")).await;
        assert_eq!(f.status, 200);
        assert!(f.header("content-disposition").unwrap().starts_with("attachment"));
        let part = anon
            .send(
                anon.http
                    .get(anon.url(&format!("/toolkit/r/template-access-rights-review/files/{name}")))
                    .header("Range", "bytes=0-9"),
            )
            .await;
        assert_eq!(part.status, 206);
        assert_eq!(part.body.len(), 10);
    }
    let en = anon.get("/toolkit/r/backups-that-survive-ransomware?lang=en").await;
    assert!(en.body.contains(r#"<h1 lang="en">Backups that survive"#), "English text marked as such on a Dutch page");
    assert_eq!(anon.get("/toolkit/r/does-not-exist").await.status, 404);
    assert_eq!(anon.get("/toolkit/r/backups-that-survive-ransomware/files/nope.docx").await.status, 404);

    // Entry points.
    let r = anon.get("/toolkit/start").await;
    let order: Vec<usize> =
        (1..=10).map(|n| r.body.find(&format!("<span class=\"step-number\">{n}.</span>")).unwrap()).collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "the quick wins in order");
    let r = anon.get("/toolkit/for/it").await;
    assert!(r.body.contains("Ik werk in IT"));
    assert!(!r.body.contains("id=\"f-audience\""), "the audience is fixed on its own page");
    assert_eq!(anon.get("/toolkit/for/aliens").await.status, 404);
    let r = anon.get("/toolkit/topics").await;
    assert!(r.body.contains("/toolkit?topic=backups"));

    // Atom feed per language.
    let r = anon.get("/toolkit/feed/en").await;
    assert_eq!(r.status, 200);
    assert!(r.header("content-type").unwrap().starts_with("application/atom+xml"));
    assert!(r.body.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">"));
    assert!(r.body.contains("<title>Backups that survive"));
    assert_eq!(anon.get("/toolkit/feed/de").await.status, 404);
});

db_test!(the_toolkit_api, |db| {
    let s = TestServer::start(db).await;
    let anon = s.client();
    let r = anon.get("/api/v1/resources?q=wachtwoorden&lang=nl").await;
    assert_eq!(r.status, 200, "{}", r.body);
    let j = r.json();
    assert!(j["total"].as_u64().unwrap() >= 3);
    let first = &j["items"][0];
    assert_eq!(first["slug"], "leaflet-passwords-and-mfa");
    for k in ["slug", "title", "type", "audiences", "topics", "lang", "summary", "updated"] {
        assert!(!first[k].is_null(), "{k}");
    }
    assert_eq!(first["lang"], "nl");
    let r = anon.get("/api/v1/resources?topic=backups&type=template&page=1").await;
    let j = r.json();
    assert!(j["items"].as_array().unwrap().iter().all(|i| i["type"] == "template"));
    let r = anon.get("/api/v1/resources?type=poster").await;
    assert_eq!(r.status, 400);
    assert_eq!(r.json()["error"]["code"], "invalid_filter");
    assert_eq!(anon.get("/api/v1/resources?page=0").await.status, 400);

    let r = anon.get("/api/v1/resources/backups-that-survive-ransomware?lang=en").await;
    assert_eq!(r.status, 200);
    let j = r.json();
    assert_eq!(j["lang"], "en");
    assert!(j["body"].as_str().unwrap().contains("## "), "the body as Markdown");
    assert_eq!(anon.get("/api/v1/resources/nope").await.status, 404);
    assert_eq!(anon.get("/api/v1/resources/backups-that-survive-ransomware?lang=xx").await.status, 400);

    let spec = anon.get("/api/v1/openapi.json").await.json();
    assert!(spec["paths"]["/api/v1/resources"]["get"].is_object());
    assert!(spec["paths"]["/api/v1/resources/{slug}"]["get"].is_object());
});

db_test!(the_toolkit_can_be_restricted_to_signed_in_people, |db| {
    let s = TestServer::start(db).await;
    let admin = s.login("platform@weerbaar.test").await;
    let page = admin.get("/admin/toolkit").await;
    assert!(page.body.contains("name=\"public\" type=\"checkbox\" value=\"on\" checked"), "public by default");
    assert_eq!(s.login("admin@voorbeeld.test").await.post_form("/admin/toolkit", &[]).await.status, 403);
    assert_eq!(admin.post_form("/admin/toolkit", &[]).await.status, 303);
    let anon = s.client();
    let r = anon.get("/toolkit").await;
    assert_eq!(r.status, 303, "to the sign-in page");
    assert_eq!(anon.get("/api/v1/resources").await.status, 401);
    assert_eq!(anon.get("/toolkit/r/backups-that-survive-ransomware").await.status, 303);
    let member = s.login("viewer@voorbeeld.test").await;
    assert_eq!(member.get("/toolkit").await.status, 200);
    assert_eq!(member.get("/toolkit/r/backups-that-survive-ransomware").await.status, 200);
    assert_eq!(admin.post_form("/admin/toolkit", &[("public", "on")]).await.status, 303);
    assert_eq!(anon.get("/toolkit").await.status, 200, "public again");
});

async fn adoption_post(
    c: &common::Client,
    path: &str,
    status: &str,
    version: &str,
    due: &str,
) -> weerbaar_testkit::http::Resp {
    c.post_form(
        path,
        &[
            ("status", status),
            ("owner", "IT-dienst"),
            ("due", due),
            ("note", "Eerst de beheerders"),
            ("version", version),
        ],
    )
    .await
}

db_test!(an_organisation_tracks_adoption_and_keeps_private_resources, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let editor = s.login("editor@voorbeeld.test").await;
    let viewer = s.login("viewer@voorbeeld.test").await;
    let slug = "mfa-for-all-staff";

    // The resource page offers the form to editors, not to viewers.
    let page = editor.get(&format!("/toolkit/r/{slug}")).await;
    assert!(page.body.contains(&format!("action=\"/o/{org}/toolkit/adoption/{slug}\"")));
    assert!(!viewer.get(&format!("/toolkit/r/{slug}")).await.body.contains("/toolkit/adoption/"));
    let path = format!("/o/{org}/toolkit/adoption/{slug}");
    let post = |c, status, version, due| adoption_post(c, &path, status, version, due);
    assert_eq!(post(&viewer, "done", "0", "").await.status, 403);
    let r = post(&editor, "finished", "0", "31-03-2027").await;
    assert_eq!(r.status, 422);
    assert!(
        r.body.contains("id=\"f-status-error\"") && r.body.contains("id=\"f-due-error\""),
        "errors at their fields"
    );
    let r = post(&editor, "in_progress", "0", "2027-03-31").await;
    assert_eq!(r.status, 303, "{}", r.body);
    // A second save from a stale page does not overwrite.
    let r = post(&editor, "done", "0", "").await;
    assert_eq!(r.status, 409);
    let r = post(&editor, "done", "1", "").await;
    assert_eq!(r.status, 303);

    let overview = viewer.get(&format!("/o/{org}/toolkit")).await;
    assert_eq!(overview.status, 200);
    assert!(overview.body.contains("MFA voor alle medewerkers"));
    assert!(overview.body.contains("Afgerond"));
    let dash = viewer.get(&format!("/o/{org}")).await;
    assert!(dash.body.contains("id=\"h-toolkit\""));
    let log = s.login("admin@voorbeeld.test").await.get(&format!("/o/{org}/audit")).await;
    assert!(log.body.contains("Opvolging van een toolkitproduct bijgewerkt"));

    // A private resource: written, found by members only, edited, deleted.
    let r = editor.get(&format!("/o/{org}/toolkit/new")).await;
    assert_eq!(r.status, 200);
    assert_eq!(viewer.get(&format!("/o/{org}/toolkit/new")).await.status, 403);
    let bad = editor
        .post_form(&format!("/o/{org}/toolkit/new"), &[("kind", "guide"), ("level", "starter"), ("version", "0")])
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("f-audiences-error") && bad.body.contains("f-title_nl-error"));
    let r = editor
        .post_form(
            &format!("/o/{org}/toolkit/new"),
            &[
                ("kind", "guide"),
                ("level", "starter"),
                ("audiences", "it"),
                ("audiences", "all_staff"),
                ("topics", "backups"),
                ("title_nl", "Onze afspraken over de nachtelijke back-up"),
                ("summary_nl", "Wie controleert de back-up en wanneer."),
                (
                    "body_nl",
                    "## Afspraken\n\nElke maandag kijkt de IT-dienst het verslag na. <script>alert(1)</script>",
                ),
                ("version", "0"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let url = r.location();
    let page = viewer.get(&url).await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("<script>alert(1)</script>"), "sanitised");
    assert!(viewer.get("/toolkit?q=nachtelijke").await.body.contains(&url));
    let other = s.login("admin@anderdorp.test").await;
    assert_eq!(other.get(&url).await.status, 404);
    assert!(!other.get("/toolkit?q=nachtelijke").await.body.contains(&url));
    assert_eq!(s.client().get(&url).await.status, 404, "not public");
    let pslug = url.trim_start_matches("/toolkit/r/").to_string();
    let edit = editor.get(&format!("/o/{org}/toolkit/r/{pslug}/edit")).await;
    assert_eq!(edit.status, 200);
    let r = editor
        .post_form(
            &format!("/o/{org}/toolkit/r/{pslug}/edit"),
            &[
                ("kind", "guide"),
                ("level", "starter"),
                ("audiences", "it"),
                ("topics", "backups"),
                ("title_nl", "Onze afspraken over de back-up"),
                ("summary_nl", "Wie controleert de back-up en wanneer."),
                ("body_nl", "Elke maandag."),
                ("version", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(viewer.get(&url).await.body.contains("Onze afspraken over de back-up"));
    let stale = editor
        .post_form(
            &format!("/o/{org}/toolkit/r/{pslug}/edit"),
            &[
                ("kind", "guide"),
                ("level", "starter"),
                ("audiences", "it"),
                ("topics", "backups"),
                ("title_nl", "Oud"),
                ("summary_nl", "x"),
                ("body_nl", "y"),
                ("version", "1"),
            ],
        )
        .await;
    assert_eq!(stale.status, 409);
    assert!(stale.body.contains("Oud"), "the person's own text stays in the form");
    assert!(stale.body.contains("Onze afspraken over de back-up"), "beside the saved version");
    assert_eq!(editor.post_form(&format!("/o/{org}/toolkit/r/{pslug}/delete"), &[]).await.status, 303);
    assert_eq!(viewer.get(&url).await.status, 404);
});
