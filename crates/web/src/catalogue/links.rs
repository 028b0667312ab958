//! The link checker: a background job that checks the external addresses of published
//! toolkit resources (HEAD, then GET where HEAD is refused), with a timeout, at most a
//! few at a time, retrying broken ones with growing pauses. Editors see what is broken.
//! Only the shared toolkit is checked (an organisation's private resources never make
//! the server send a request), and only to public addresses ([`crate::outbound`]).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::Duration;

use weerbaar_core::catalogue::links::{BROKEN_AFTER, external_urls};
use weerbaar_core::now_ms;
use weerbaar_store::catalogue as db;

use super::*;

/// How the checker behaves; tests make it quicker.
#[derive(Debug, Clone)]
pub struct Checker {
    pub concurrency: usize,
    pub timeout: Duration,
    /// Addresses per run.
    pub batch: usize,
    /// Names exempt from the public-address rule (tests only).
    pub trusted: crate::outbound::Trusted,
}

impl Default for Checker {
    fn default() -> Self {
        Checker {
            concurrency: 4,
            timeout: Duration::from_secs(10),
            batch: 50,
            trusted: crate::outbound::Trusted::default(),
        }
    }
}

/// One address: its HTTP status, or what went wrong.
async fn check_one(c: &reqwest::Client, url: &str) -> (Option<i64>, Option<String>) {
    match reqwest::Url::parse(url) {
        Ok(u) if !crate::outbound::refused_literal(&u) => {}
        Ok(_) => return (None, Some(crate::outbound::REFUSED.into())),
        Err(_) => return (None, Some("not a valid address".into())),
    }
    let head = c.head(url).send().await;
    let r = match head {
        // Some servers refuse HEAD; ask again with GET (the body is not read).
        Ok(r) if matches!(r.status().as_u16(), 403 | 405 | 501) => c.get(url).send().await,
        other => other,
    };
    match r {
        Ok(r) => (Some(i64::from(r.status().as_u16())), None),
        Err(e) if e.is_timeout() => (None, Some("timeout".into())),
        Err(e) if refused(&e) => (None, Some(crate::outbound::REFUSED.into())),
        Err(e) if e.is_connect() => (None, Some("connection failed".into())),
        Err(e) => (None, Some(e.to_string().chars().take(200).collect())),
    }
}

/// Whether the request stopped at the public-address rule (in DNS or at a redirect).
fn refused(e: &reqwest::Error) -> bool {
    let mut source: Option<&dyn std::error::Error> = Some(e);
    while let Some(s) = source {
        if s.to_string().contains(crate::outbound::REFUSED) {
            return true;
        }
        source = s.source();
    }
    false
}

/// Checks the addresses that are due; returns how many were checked.
pub async fn run(st: &AppState, checker: &Checker) -> AppResult<usize> {
    let l = st.catalogue.current(st).await?;
    let known: Vec<String> = l
        .by_slug
        .values()
        .filter(|p| p.owner.is_none())
        .flat_map(|p| external_urls(p))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    if known.is_empty() {
        return Ok(0);
    }
    let due = {
        let mut c = st.store.conn().await?;
        db::links_due(&mut c, &known, now_ms(), checker.batch).await?
    };
    if due.is_empty() {
        return Ok(0);
    }
    let agent = concat!("Weerbaar/", env!("CARGO_PKG_VERSION"), " link checker");
    let client = crate::outbound::client(checker.timeout, agent, &checker.trusted).map_err(AppError::Internal)?;
    let gate = Arc::new(tokio::sync::Semaphore::new(checker.concurrency.max(1)));
    let mut set = tokio::task::JoinSet::new();
    for url in due {
        let (client, gate) = (client.clone(), gate.clone());
        set.spawn(async move {
            let _permit = gate.acquire_owned().await;
            let r = check_one(&client, &url).await;
            (url, r)
        });
    }
    let mut n = 0;
    while let Some(done) = set.join_next().await {
        let Ok((url, (status, error))) = done else { continue };
        let mut c = st.store.conn().await?;
        let failures = db::record_link(&mut c, &url, status, error.as_deref(), now_ms()).await?;
        if failures == BROKEN_AFTER {
            tracing::warn!(url = %url, status = ?status, error = ?error, "toolkit link broken");
        }
        n += 1;
    }
    Ok(n)
}

/// A broken link with the resources that use it.
pub struct BrokenView {
    pub url: String,
    pub problem: String,
    pub resources: Vec<(String, String)>,
}

/// What editors need to fix: broken links, by resource.
pub async fn broken(st: &AppState, l: &Loaded, lang: Lang) -> AppResult<Vec<BrokenView>> {
    let mut c = st.store.conn().await?;
    let list = db::broken_links(&mut c, BROKEN_AFTER).await?;
    if list.is_empty() {
        return Ok(Vec::new());
    }
    let mut users: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for p in l.by_slug.values().filter(|p| p.owner.is_none()) {
        let title = p.text(lang.content()).map(|(_, t)| t.title.clone()).unwrap_or_default();
        for u in external_urls(p) {
            users.entry(u).or_default().push((format!("/toolkit/edit/{}", p.slug), title.clone()));
        }
    }
    Ok(list
        .into_iter()
        .filter_map(|b| {
            let resources = users.remove(&b.url)?;
            let problem = match (b.http_status, &b.error) {
                (Some(s), _) => lang.t_args("cat-link-status", &[("status", s.to_string())]),
                (None, Some(e)) => e.clone(),
                _ => String::new(),
            };
            Some(BrokenView { url: b.url, problem, resources })
        })
        .collect())
}
