//! The link checker against servers on loopback only: working, missing, HEAD refused,
//! too slow; at most N checks at a time; broken links shown to editors; and never a
//! request to an internal address, however it is reached.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use axum::Router;
use axum::http::{Method, StatusCode};
use axum::routing::any;
use common::TestServer;
use weerbaar_testkit::db_test;
use weerbaar_web::catalogue::links::{Checker, run};

#[derive(Default)]
struct Counters {
    now: AtomicUsize,
    max: AtomicUsize,
}

/// The test servers' loopback address under a name the checker is told to trust (in
/// production no name is trusted and loopback is refused).
fn trusted(base: &str) -> weerbaar_web::outbound::Trusted {
    let addr: std::net::SocketAddr = base.trim_start_matches("http://").parse().unwrap();
    weerbaar_web::outbound::Trusted(vec![("links.internal".into(), addr)])
}

/// `http://127.0.0.1:PORT` → `http://links.internal:PORT`.
fn named(base: &str) -> String {
    base.replace("127.0.0.1", "links.internal")
}

async fn serve(counters: Arc<Counters>) -> String {
    let c1 = counters.clone();
    let app =
        Router::new()
            .route(
                "/ok/{n}",
                any(move || {
                    let c = c1.clone();
                    async move {
                        let n = c.now.fetch_add(1, Ordering::SeqCst) + 1;
                        c.max.fetch_max(n, Ordering::SeqCst);
                        tokio::time::sleep(Duration::from_millis(100)).await;
                        c.now.fetch_sub(1, Ordering::SeqCst);
                        StatusCode::OK
                    }
                }),
            )
            .route("/gone", any(|| async { StatusCode::NOT_FOUND }))
            .route(
                "/nohead",
                any(|m: Method| async move {
                    if m == Method::HEAD { StatusCode::METHOD_NOT_ALLOWED } else { StatusCode::OK }
                }),
            )
            .route(
                "/slow",
                any(|| async {
                    tokio::time::sleep(Duration::from_secs(5)).await;
                    StatusCode::OK
                }),
            );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    format!("http://{addr}")
}

db_test!(links_are_checked_politely_and_broken_ones_reported, |db| {
    let s = TestServer::start(db).await;
    let counters = Arc::new(Counters::default());
    let local = serve(counters.clone()).await;
    let base = named(&local);
    let mut body = String::from("## Bronnen\n\n");
    for n in 0..6 {
        body.push_str(&format!("- [werkt {n}]({base}/ok/{n})\n"));
    }
    body.push_str(&format!("- [weg]({base}/gone)\n- <{base}/nohead>\n- traag: {base}/slow\n"));
    publish(&s, "bronnen-logging", &body).await;
    let checker = Checker { concurrency: 2, timeout: Duration::from_millis(1500), batch: 50, trusted: trusted(&local) };
    let n = run(&s.state, &checker).await.unwrap();
    assert_eq!(n, 9);
    assert!(counters.max.load(Ordering::SeqCst) <= 2, "at most two at a time");
    assert_eq!(run(&s.state, &checker).await.unwrap(), 0, "nothing is due again right away");
    let mut c = s.store().conn().await.unwrap();
    let broken = weerbaar_store::catalogue::broken_links(&mut c, 1).await.unwrap();
    let urls: Vec<&str> = broken.iter().map(|b| b.url.as_str()).collect();
    assert_eq!(urls, vec![format!("{base}/gone"), format!("{base}/slow")]);
    assert_eq!(broken[0].http_status, Some(404));
    assert_eq!(broken[1].error.as_deref(), Some("timeout"));
    // Due again (as after the back-off): a second failure makes it broken for editors.
    sqlx_reset(&s).await;
    drop(c);
    run(&s.state, &checker).await.unwrap();
    let tf = s.login("taskforce@weerbaar.test").await;
    let page = tf.get("/toolkit/edit").await;
    assert!(page.body.contains(&format!("{base}/gone")), "editors see the broken link");
    assert!(page.body.contains("antwoord 404"));
    assert!(!page.body.contains(&format!("{base}/nohead")), "HEAD refused, GET fine: not broken");
});

/// Makes every recorded link due now.
async fn sqlx_reset(s: &TestServer) {
    let mut c = s.store().conn().await.unwrap();
    weerbaar_store::catalogue::make_links_due(&mut c).await.unwrap();
}

/// A published toolkit resource whose text links to `body`'s addresses.
async fn publish(s: &TestServer, slug: &str, body: &str) {
    publish_for(s, None, slug, body).await
}

async fn publish_for(s: &TestServer, owner: Option<&weerbaar_core::OrgId>, slug: &str, body: &str) {
    let mut c = s.store().conn().await.unwrap();
    let mut f = weerbaar_core::catalogue::edit::Form {
        kind: "external_reference".into(),
        audiences: vec!["it".into()],
        topics: vec!["logging".into()],
        level: "starter".into(),
        ..Default::default()
    };
    f.texts.insert(
        weerbaar_core::catalogue::ContentLang::Nl,
        weerbaar_core::catalogue::edit::TextForm {
            title: format!("Bronnen {slug}"),
            summary: "Links.".into(),
            body: body.to_string(),
            ..Default::default()
        },
    );
    let checked = weerbaar_core::catalogue::edit::check(&f, weerbaar_core::today(), |_| true).unwrap();
    let slug = weerbaar_store::editorial::create(&mut c, owner, slug, &checked, "Tine").await.unwrap();
    let w = weerbaar_store::editorial::get(&mut c, &slug).await.unwrap().unwrap();
    weerbaar_store::editorial::snapshot(&mut c, &w.id, "Eerste versie", "Pieter").await.unwrap();
    drop(c);
    s.state.catalogue.changed();
}

/// A server that redirects to `to` and one that counts every request it gets.
async fn redirector(to: String) -> String {
    let app = Router::new().route(
        "/go",
        any(move || {
            let to = to.clone();
            async move { (StatusCode::FOUND, [(axum::http::header::LOCATION, to)]) }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    format!("http://{addr}")
}

db_test!(the_checker_never_requests_an_internal_address, |db| {
    let s = TestServer::start(db).await;
    let counters = Arc::new(Counters::default());
    let secret = serve(counters.clone()).await;
    let port = secret.rsplit(':').next().unwrap().to_string();
    // A redirect (from a trusted name) to the loopback server, by address and by name.
    let hop1 = redirector(format!("{secret}/ok/1")).await;
    let hop2 = redirector(format!("http://localhost:{port}/ok/2")).await;
    let mut body = String::new();
    for u in [
        // A name whose DNS answer is 127.0.0.1.
        format!("http://localhost:{port}/ok/3"),
        // Address literals in several spellings.
        format!("{secret}/ok/4"),
        format!("http://2130706433:{port}/ok/5"),
        format!("{}/go", named(&hop1)),
    ] {
        body.push_str(&format!("- <{u}>\n"));
    }
    publish(&s, "interne-adressen", &body).await;
    let mut hosts = trusted(&hop1);
    let hop2_addr: std::net::SocketAddr = hop2.trim_start_matches("http://").parse().unwrap();
    hosts.0.push(("links2.internal".into(), hop2_addr));
    // The second redirector is reached by a trusted name too; its target is not.
    publish(&s, "interne-adressen-2", &format!("- <http://links2.internal:{}/go>\n", hop2_addr.port())).await;
    let checker = Checker { concurrency: 2, timeout: Duration::from_millis(1500), batch: 50, trusted: hosts };
    let n = run(&s.state, &checker).await.unwrap();
    assert_eq!(n, 5);
    assert_eq!(counters.max.load(Ordering::SeqCst), 0, "the loopback server got no request at all");
    let mut c = s.store().conn().await.unwrap();
    let broken = weerbaar_store::catalogue::broken_links(&mut c, 1).await.unwrap();
    assert_eq!(broken.len(), 5, "{broken:?}");
    assert!(broken.iter().all(|b| b.error.as_deref() == Some(weerbaar_web::outbound::REFUSED)), "{broken:?}");
});

db_test!(private_resources_are_never_checked, |db| {
    let s = TestServer::start(db).await;
    let counters = Arc::new(Counters::default());
    let local = serve(counters.clone()).await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    publish_for(&s, Some(&org), "eigen-bronnen", &format!("- <{}/ok/1>\n", named(&local))).await;
    let checker = Checker { concurrency: 2, timeout: Duration::from_millis(1500), batch: 50, trusted: trusted(&local) };
    assert_eq!(run(&s.state, &checker).await.unwrap(), 0);
    assert_eq!(counters.max.load(Ordering::SeqCst), 0);
});
