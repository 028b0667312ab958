//! The toolkit's editorial work over real HTTP, against SQLite and PostgreSQL: a
//! taskforce editor writes a resource and takes it through review and a sounding-board
//! round to publication; who may do what; versions, diffs and the shipped-update choice;
//! uploads with type checks and a real video; the round report, CSV and reminders.

mod common;

use common::TestServer;
use weerbaar_testkit::db_test;

fn between<'a>(body: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let i = body.find(start)? + start.len();
    let j = body[i..].find(end)? + i;
    Some(&body[i..j])
}

fn version_of(body: &str) -> String {
    between(body, r#"name="version" value=""#, "\"").expect("a version field").to_string()
}

const RESOURCE: &[(&str, &str)] = &[
    ("kind", "guide"),
    ("level", "starter"),
    ("audiences", "all_staff"),
    ("topics", "phishing"),
    ("effort_hours", "2"),
    ("licence", "CC BY 4.0"),
    ("title_nl", "Valse facturen herkennen"),
    ("summary_nl", "Hoe de financiële dienst een valse factuur of een gewijzigd rekeningnummer herkent."),
    ("why_nl", "Een betaling naar een verkeerd rekeningnummer is meestal weg."),
    (
        "body_nl",
        "## Stappen\n\n1. Bel de leverancier terug op een nummer dat u al kende.\n2. Laat een tweede persoon de wijziging goedkeuren.\n",
    ),
    ("title_en", "Recognising fake invoices"),
    ("summary_en", "How the finance department spots a fake invoice or a changed bank account."),
    ("why_en", "A payment to a wrong account is usually gone."),
    (
        "body_en",
        "## Steps\n\n1. Call the supplier back on a number you already knew.\n2. Have a second person approve the change.\n",
    ),
];

db_test!(from_draft_through_a_round_to_publication, |db| {
    let s = TestServer::start(db).await;
    let tf = s.login("taskforce@weerbaar.test").await;
    let reviewer = s.login("reviewer@weerbaar.test").await;
    let admin = s.login("platform@weerbaar.test").await;
    let member = s.login("editor@voorbeeld.test").await;

    // Only the toolkit's people reach the editorial pages.
    assert_eq!(member.get("/toolkit/edit").await.status, 403);
    assert_eq!(s.client().get("/toolkit/edit").await.status, 303);
    let list = tf.get("/toolkit/edit").await;
    assert_eq!(list.status, 200);
    assert!(list.body.contains("Een wachtwoordbeheerder kiezen en invoeren"), "the demo draft");
    assert_eq!(reviewer.post_form("/toolkit/edit/new", RESOURCE).await.status, 403);

    // Write.
    let mut fields = RESOURCE.to_vec();
    fields.push(("version", "0"));
    let r = tf.post_form("/toolkit/edit/new", &fields).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page_url = r.location();
    assert_eq!(page_url, "/toolkit/edit/valse-facturen-herkennen");
    assert_eq!(s.client().get("/toolkit/r/valse-facturen-herkennen").await.status, 404, "a draft is not public");
    assert!(!s.client().get("/toolkit?q=facturen").await.body.contains("valse-facturen"));

    // Review, with comments; the taskforce cannot publish.
    let p = tf.get(&page_url).await;
    let v = version_of(&p.body);
    let r = tf
        .post_form(&format!("{page_url}/step"), &[("step", "submit"), ("comment", "Graag nalezen"), ("version", &v)])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let p = tf.get(&page_url).await;
    assert!(p.body.contains("Graag nalezen"));
    let v = version_of(&p.body);
    assert_eq!(
        tf.post_form(&format!("{page_url}/step"), &[("step", "publish"), ("change_note", "x"), ("version", &v)])
            .await
            .status,
        422
    );
    assert_eq!(
        tf.post_form(&format!("{page_url}/step"), &[("step", "to_evaluation"), ("version", "1")]).await.status,
        409,
        "a stale page"
    );
    let r = tf.post_form(&format!("{page_url}/step"), &[("step", "to_evaluation"), ("version", &v)]).await;
    assert_eq!(r.status, 303);

    // The administrator opens a round with it; the reviewer scores.
    let form = admin.get("/toolkit/rounds/new").await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("value=\"valse-facturen-herkennen\" checked"), "products in evaluation are proposed");
    let bad = admin.post_form("/toolkit/rounds/new", &[("name", ""), ("deadline", "2001-01-01")]).await;
    assert_eq!(bad.status, 422);
    assert!(
        bad.body.contains("f-name-error")
            && bad.body.contains("f-deadline-error")
            && bad.body.contains("f-resources-error")
    );
    let deadline = weerbaar_core::today().checked_add(jiff::Span::new().days(5)).unwrap().to_string();
    let r = admin
        .post_form(
            "/toolkit/rounds/new",
            &[
                ("name", "Testronde"),
                ("deadline", &deadline),
                ("resources", "valse-facturen-herkennen"),
                ("resources", "leaflet-ten-tips"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let round = r.location();
    assert_eq!(
        tf.post_form("/toolkit/rounds/new", &[("name", "X")]).await.status,
        403,
        "only an administrator opens rounds"
    );
    let rp = reviewer.get(&round).await;
    assert!(rp.body.contains("U hebt 0 van 2 beoordeeld"), "{}", rp.body);
    let score = format!("{round}/score/valse-facturen-herkennen");
    let bad = reviewer.post_form(&score, &[("relevance", "9"), ("comment", "")]).await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("f-relevance-error") && bad.body.contains("f-usability-error"));
    let r = reviewer
        .post_form(
            &score,
            &[
                ("relevance", "5"),
                ("correctness", "4"),
                ("clarity", "4"),
                ("completeness", "3"),
                ("usability", "5"),
                ("comment", "Voeg een voorbeeld toe."),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(reviewer.get(&round).await.body.contains("U hebt 1 van 2 beoordeeld"));
    assert_eq!(tf.post_form(&score, &[("relevance", "5")]).await.status, 403, "only reviewers score");

    // The report: averages, spread, comments, CSV.
    let rep = admin.get(&format!("{round}/report")).await;
    assert!(rep.body.contains("Voeg een voorbeeld toe."));
    assert!(rep.body.contains("<strong>4,2</strong>"), "overall average");
    let csv = admin.get(&format!("{round}/report.csv")).await;
    assert!(csv.header("content-type").unwrap().starts_with("text/csv"));
    assert!(csv.body.contains("Valse facturen herkennen,valse-facturen-herkennen,1,5.00,5-5,4.00,4-4"), "{}", csv.body);
    // The same report as PDF and DOCX, for the minutes.
    let pdf = admin.http.get(admin.url(&format!("{round}/report.pdf"))).send().await.unwrap();
    assert_eq!(pdf.headers()["content-type"], "application/pdf");
    assert!(pdf.bytes().await.unwrap().starts_with(b"%PDF-"));
    let docx = admin.http.get(admin.url(&format!("{round}/report.docx"))).send().await.unwrap();
    assert_eq!(docx.status(), 200);
    let bytes = docx.bytes().await.unwrap();
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut z.by_name("word/document.xml").unwrap(), &mut xml).unwrap();
    assert!(xml.contains("Valse facturen herkennen") && xml.contains("Voeg een voorbeeld toe."), "title and comment");

    // A reminder goes to the reviewer who has not finished (deadline within a week).
    let sent = weerbaar_web::catalogue::rounds::send_due(&s.state).await.unwrap();
    assert!(sent >= 1);
    assert_eq!(weerbaar_web::catalogue::rounds::send_due(&s.state).await.unwrap(), 0, "once per deadline");
    let mail = s.smtp.wait_for("reviewer@weerbaar.test", |m| m.text().contains("Testronde")).await;
    assert!(mail.text().contains("Testronde"));

    // The decision publishes it.
    let r = admin
        .post_form(
            &format!("{round}/decide/valse-facturen-herkennen"),
            &[("decision", "publish"), ("note", "Eerste versie")],
        )
        .await;
    assert_eq!(r.status, 303);
    let public = s.client().get("/toolkit/r/valse-facturen-herkennen").await;
    assert_eq!(public.status, 200);
    assert!(public.body.contains("Bel de leverancier terug"));
    // A staff member finds it searching in Dutch with another word form.
    let found = member.get("/toolkit?q=factuur").await;
    assert!(found.body.contains("/toolkit/r/valse-facturen-herkennen"));
    let detail = tf.get(&page_url).await;
    assert!(detail.body.contains("Eerste versie"), "the change note with the version");

    // A second version, and the diff between them.
    let e = tf.get(&format!("{page_url}/edit")).await;
    let v = version_of(&e.body);
    let mut fields: Vec<(&str, &str)> = RESOURCE
        .iter()
        .map(|(k, v)| if *k == "body_nl" { (*k, "## Stappen\n\n1. Bel de leverancier terug.\n") } else { (*k, *v) })
        .collect();
    fields.push(("version", &v));
    assert_eq!(tf.post_form(&format!("{page_url}/edit"), &fields).await.status, 303);
    let diff = tf.get(&format!("{page_url}/diff")).await;
    assert!(diff.body.contains("<del class=\"diff-removed\">"), "{}", &diff.body[..500.min(diff.body.len())]);
    assert!(diff.body.contains("Bel de leverancier terug."));
    assert!(
        s.client().get("/toolkit/r/valse-facturen-herkennen").await.body.contains("op een nummer dat u al kende"),
        "the published version stays until republished"
    );
    let log = admin.get("/toolkit/rounds").await;
    assert!(log.body.contains("Testronde"));
});

db_test!(files_and_videos_are_checked_and_served_in_ranges, |db| {
    let s = TestServer::start(db).await;
    let tf = s.login("taskforce@weerbaar.test").await;
    let page = "/toolkit/edit/password-manager";
    let tok = tf.csrf().await;
    let upload = |name: &'static str, bytes: Vec<u8>, mime: &'static str| {
        let form = reqwest::multipart::Form::new()
            .text("_csrf", tok.clone())
            .part("file", reqwest::multipart::Part::bytes(bytes).file_name(name).mime_str(mime).unwrap());
        tf.http.post(tf.url(&format!("{page}/files"))).multipart(form)
    };
    let r = tf.send(upload("virus.exe", b"MZ....".to_vec(), "application/octet-stream")).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Dit soort bestand wordt niet aanvaard"));
    let r = tf.send(upload("film.mp4", b"<html>geen video</html>".to_vec(), "video/mp4")).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("past niet bij de extensie"));

    // A real video, made here with ffmpeg, and its captions.
    let dir = std::env::temp_dir().join(format!("wb-video-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("uitleg.mp4");
    let st = std::process::Command::new("ffmpeg")
        .args([
            "-y",
            "-loglevel",
            "error",
            "-f",
            "lavfi",
            "-i",
            "testsrc=duration=1:size=160x120:rate=10",
            "-pix_fmt",
            "yuv420p",
        ])
        .arg(&out)
        .status()
        .expect("ffmpeg is installed (scripts/test-all installs it)");
    assert!(st.success());
    let video = std::fs::read(&out).unwrap();
    let r = tf.send(upload("uitleg.mp4", video.clone(), "video/mp4")).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let vtt = b"WEBVTT\n\n00:00.000 --> 00:01.000\nEen testbeeld.\n".to_vec();
    assert_eq!(tf.send(upload("uitleg.nl.vtt", vtt, "text/vtt")).await.status, 303);
    let detail = tf.get(page).await;
    assert!(detail.body.contains("uitleg.mp4") && detail.body.contains("uitleg.nl.vtt"));
    let whole = tf.get(&format!("{page}/files/uitleg.mp4")).await;
    assert_eq!(whole.status, 200);
    assert_eq!(whole.header("content-type").as_deref(), Some("video/mp4"));
    assert_eq!(whole.header("accept-ranges").as_deref(), Some("bytes"));
    let part = tf.send(tf.http.get(tf.url(&format!("{page}/files/uitleg.mp4"))).header("Range", "bytes=4-11")).await;
    assert_eq!(part.status, 206);
    assert_eq!(part.header("content-range"), Some(format!("bytes 4-11/{}", video.len())));
    assert_eq!(part.body, "ftypisom");
    let beyond = tf
        .send(
            tf.http
                .get(tf.url(&format!("{page}/files/uitleg.mp4")))
                .header("Range", format!("bytes={}-", video.len() + 10)),
        )
        .await;
    assert_eq!(beyond.status, 416);
    // Published (by an administrator), the public page plays it with captions.
    let mut c = s.store().conn().await.unwrap();
    let w = weerbaar_store::editorial::get(&mut c, "password-manager").await.unwrap().unwrap();
    weerbaar_store::editorial::snapshot(&mut c, &w.id, "Met video", "Pieter Platform").await.unwrap();
    drop(c);
    s.state.catalogue.changed();
    let public = s.client().get("/toolkit/r/password-manager").await;
    assert!(
        public.body.contains(r#"<source src="/toolkit/r/password-manager/files/uitleg.mp4" type="video/mp4">"#),
        "{}",
        public.body
    );
    assert!(
        public
            .body
            .contains(r#"<track kind="captions" src="/toolkit/r/password-manager/files/uitleg.nl.vtt" srclang="nl""#)
    );
    let part = s.client();
    let r = part
        .send(part.http.get(part.url("/toolkit/r/password-manager/files/uitleg.mp4")).header("Range", "bytes=0-99"))
        .await;
    assert_eq!(r.status, 206);
    let _ = std::fs::remove_dir_all(&dir);
});

db_test!(a_shipped_update_waits_for_the_editor, |db| {
    let s = TestServer::start(db).await;
    let tf = s.login("taskforce@weerbaar.test").await;
    let slug = "leaflet-ten-tips";
    let page = format!("/toolkit/edit/{slug}");
    let e = tf.get(&format!("{page}/edit")).await;
    assert_eq!(e.status, 200);
    // Edit the shipped resource here: it becomes locally edited.
    let mut c = s.store().conn().await.unwrap();
    let w = weerbaar_store::editorial::get(&mut c, slug).await.unwrap().unwrap();
    let mut f = weerbaar_core::catalogue::edit::form_of(&w.meta, &w.texts, &w.transcripts, None);
    f.texts.get_mut(&weerbaar_core::catalogue::ContentLang::Nl).unwrap().title = "Tien tips (onze versie)".into();
    let checked = weerbaar_core::catalogue::edit::check(&f, weerbaar_core::today(), |_| true).unwrap();
    weerbaar_store::editorial::update(&mut c, &w, &checked, w.version).await.unwrap();
    // A new release arrives with another title.
    let mut shipped = weerbaar_content::resources().unwrap().into_iter().find(|r| r.slug == slug).unwrap();
    shipped.texts.get_mut(&weerbaar_core::catalogue::ContentLang::Nl).unwrap().title = "Tien tips, herwerkt".into();
    let files = weerbaar_content::resource_files();
    let item = weerbaar_store::catalogue::ShippedItem {
        resource: &shipped,
        attachments: weerbaar_store::catalogue::attachments_of(slug, &files),
    };
    let r = weerbaar_store::catalogue::sync_shipped(&mut c, &[item]).await.unwrap();
    assert_eq!(r.held_back, 1);
    drop(c);
    let detail = tf.get(&page).await;
    assert!(detail.body.contains(&format!("{page}/update")), "update available");
    let cmp = tf.get(&format!("{page}/update")).await;
    assert!(cmp.body.contains("Tien tips (onze versie)") && cmp.body.contains("Tien tips, herwerkt"));
    assert_eq!(
        s.login("reviewer@weerbaar.test")
            .await
            .post_form(&format!("{page}/update"), &[("choice", "take")])
            .await
            .status,
        403
    );
    let r = tf.post_form(&format!("{page}/update"), &[("choice", "take")]).await;
    assert_eq!(r.status, 303);
    assert!(s.client().get(&format!("/toolkit/r/{slug}")).await.body.contains("Tien tips, herwerkt"));
});
