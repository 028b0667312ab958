//! The server's memory under hostile downloads, measured as the real process's resident
//! size (issue 17).

mod common;

use std::time::Duration;

use common::{Server, target_for};
use weerbaar_testkit::db_test;

/// Resident memory of a process in MB, from /proc.
fn rss_mb(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<u64>().ok())
        .map(|kb| kb / 1024)
        .unwrap_or(0)
}

const MB: usize = 1024 * 1024;

db_test!(twenty_range_requests_on_a_100_mb_video_keep_the_server_under_150_mb, |db| {
    let dir = weerbaar_testkit::tempfile::tempdir().unwrap();
    let t = target_for(&db, dir.path());
    let s = Server::start(&t, &["--demo"]);
    // A 100 MB file in place of a published toolkit file, written to the server's database.
    let data: Vec<u8> = (0..100 * MB).map(|i| (i % 251) as u8).collect();
    {
        let store = weerbaar_store::open(&t.database_url(), &Default::default()).await.unwrap();
        let mut c = store.conn().await.unwrap();
        let w = weerbaar_store::editorial::get(&mut c, "template-incident-log").await.unwrap().unwrap();
        weerbaar_store::attachments::put(&mut c, &w.id, "incident-log.csv", &data).await.unwrap();
        drop(c);
        store.close().await;
    }
    let url = format!("{}/toolkit/r/template-incident-log/files/incident-log.csv", s.url);
    weerbaar_testkit::http::install_tls();
    let http = reqwest::Client::new();

    // `bytes=0-0` is one byte, not the file.
    let r = http.get(&url).header("range", "bytes=0-0").send().await.unwrap();
    assert_eq!(r.status(), 206);
    assert_eq!(r.headers()["content-range"], format!("bytes 0-0/{}", 100 * MB));
    assert_eq!(r.bytes().await.unwrap().as_ref(), &data[0..1]);

    let pid = s.child.id();
    let start_mb = rss_mb(pid);
    let peak = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(start_mb));
    let sampling = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
    let sampler = {
        let (peak, sampling) = (peak.clone(), sampling.clone());
        tokio::spawn(async move {
            while sampling.load(std::sync::atomic::Ordering::SeqCst) {
                peak.fetch_max(rss_mb(pid), std::sync::atomic::Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        })
    };
    // Twenty at once, each from a different place to the end: 1 GB in all.
    let tasks: Vec<_> = (0..20usize)
        .map(|i| {
            let (http, url) = (http.clone(), url.clone());
            let from = i * 5 * MB + i;
            tokio::spawn(async move {
                let mut r = http.get(&url).header("range", format!("bytes={from}-")).send().await.unwrap();
                assert_eq!(r.status(), 206);
                let mut got = 0usize;
                let mut first = None;
                while let Some(chunk) = r.chunk().await.unwrap() {
                    if first.is_none() {
                        first = chunk.first().copied();
                    }
                    got += chunk.len();
                }
                (from, got, first)
            })
        })
        .collect();
    for task in tasks {
        let (from, got, first) = task.await.unwrap();
        assert_eq!(got, 100 * MB - from, "range from {from}");
        assert_eq!(first, Some(data[from]), "range from {from} starts at the right byte");
    }
    sampling.store(false, std::sync::atomic::Ordering::SeqCst);
    sampler.await.unwrap();
    let peak = peak.load(std::sync::atomic::Ordering::SeqCst);
    println!("server RSS: {start_mb} MB before, {peak} MB at most during 20 range requests");
    assert!(peak < 150, "server RSS reached {peak} MB (started at {start_mb} MB)");

    // The whole file, checked byte for byte.
    let whole = http.get(&url).send().await.unwrap();
    assert_eq!(whole.status(), 200);
    let body = whole.bytes().await.unwrap();
    assert!(body.as_ref() == data.as_slice(), "the whole file comes back unchanged");
});
