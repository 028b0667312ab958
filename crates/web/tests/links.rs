//! The link checker against servers on loopback only: working, missing, HEAD refused,
//! too slow; at most N checks at a time; broken links shown to editors.

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
    let base = serve(counters.clone()).await;
    let mut body = String::from("## Bronnen\n\n");
    for n in 0..6 {
        body.push_str(&format!("- [werkt {n}]({base}/ok/{n})\n"));
    }
    body.push_str(&format!("- [weg]({base}/gone)\n- <{base}/nohead>\n- traag: {base}/slow\n"));
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
            title: "Bronnen over logging".into(),
            summary: "Links.".into(),
            body,
            ..Default::default()
        },
    );
    let checked = weerbaar_core::catalogue::edit::check(&f, weerbaar_core::today(), |_| true).unwrap();
    let slug = weerbaar_store::editorial::create(&mut c, None, "bronnen-logging", &checked, "Tine").await.unwrap();
    let w = weerbaar_store::editorial::get(&mut c, &slug).await.unwrap().unwrap();
    weerbaar_store::editorial::snapshot(&mut c, &w.id, "Eerste versie", "Pieter").await.unwrap();
    drop(c);
    s.state.catalogue.changed();

    let checker = Checker { concurrency: 2, timeout: Duration::from_millis(1500), batch: 50 };
    let n = run(&s.state, checker).await.unwrap();
    assert_eq!(n, 9);
    assert!(counters.max.load(Ordering::SeqCst) <= 2, "at most two at a time");
    assert_eq!(run(&s.state, checker).await.unwrap(), 0, "nothing is due again right away");
    let mut c = s.store().conn().await.unwrap();
    let broken = weerbaar_store::catalogue::broken_links(&mut c, 1).await.unwrap();
    let urls: Vec<&str> = broken.iter().map(|b| b.url.as_str()).collect();
    assert_eq!(urls, vec![format!("{base}/gone"), format!("{base}/slow")]);
    assert_eq!(broken[0].http_status, Some(404));
    assert_eq!(broken[1].error.as_deref(), Some("timeout"));
    // Due again (as after the back-off): a second failure makes it broken for editors.
    sqlx_reset(&s).await;
    drop(c);
    run(&s.state, checker).await.unwrap();
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
