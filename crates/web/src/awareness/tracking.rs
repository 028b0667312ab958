//! The public side of a phishing exercise, answered without sessions or cookies (see
//! `context::is_bare`): the open pixel, the link with its confirmation page (a click
//! counts only when a person presses the button; see `core::awareness::clicks`), the
//! landing page (the teachable moment: no fields, nothing sent back), and "report this
//! message". Unknown tokens get the same pages as known ones would before sending.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use askama::Template;
use axum::extract::{Path, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, USER_AGENT};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use lru::LruCache;
use weerbaar_core::OrgId;
use weerbaar_core::awareness::clicks::{self, Hit};
use weerbaar_core::awareness::template::Template as Lure;
use weerbaar_store::awareness::campaigns::{self as db, Event, Recipient};

use super::service::library;
use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::page::VERSION;
use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .get("/p/o/{file}", pixel)
        .get("/p/c/{token}", link)
        .post("/p/c/{token}", confirm)
        .get("/p/r/{token}", report_page)
        .post("/p/r/{token}", report)
}

/// A transparent 1×1 GIF.
const GIF: [u8; 43] = [
    0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff,
    0x21, 0xf9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2c, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02,
    0x02, 0x44, 0x01, 0x00, 0x3b,
];

/// Recipients and report addresses kept in memory, so that the exercise's pages read
/// the database once per mail and write only what is new. A value is at most two seconds
/// old when another server recorded an event; that costs at most a write that changes
/// nothing (every event is recorded with "only the first time").
pub struct Seen {
    recipients: Mutex<LruCache<String, (Instant, Recipient)>>,
    reports: Mutex<LruCache<String, (Instant, Option<String>)>>,
}

const SEEN_MAX_AGE: Duration = Duration::from_secs(2);

impl Default for Seen {
    fn default() -> Self {
        let n = |k| std::num::NonZeroUsize::new(k).unwrap_or(std::num::NonZeroUsize::MIN);
        Seen { recipients: Mutex::new(LruCache::new(n(100_000))), reports: Mutex::new(LruCache::new(n(1_000))) }
    }
}

impl Seen {
    fn recipient(&self, token: &str) -> Option<Recipient> {
        let mut m = self.recipients.lock().ok()?;
        m.get(token).filter(|(at, _)| at.elapsed() < SEEN_MAX_AGE).map(|(_, r)| r.clone())
    }
    fn keep(&self, r: &Recipient) {
        if let Ok(mut m) = self.recipients.lock() {
            m.put(r.token.clone(), (Instant::now(), r.clone()));
        }
    }
}

async fn recipient(st: &AppState, token: &str) -> AppResult<Option<Recipient>> {
    if token.len() > 100 {
        return Ok(None);
    }
    if let Some(r) = st.tracking.recipient(token) {
        return Ok(Some(r));
    }
    let mut c = st.store.conn().await?;
    let r = db::by_token(&mut c, token).await?.filter(|r| r.sent_at.is_some());
    if let Some(r) = &r {
        st.tracking.keep(r);
    }
    Ok(r)
}

/// Records an event unless it is known to be recorded, and keeps what changed.
async fn record(st: &AppState, mut r: Recipient, e: Event) -> AppResult<Recipient> {
    let now = weerbaar_core::now_ms();
    let done = match e {
        Event::Opened => r.opened_at.is_some(),
        Event::Clicked => r.clicked_at.is_some(),
        Event::Reported => r.reported_at.is_some(),
        Event::Filtered => r.filtered_clicks > 0,
    };
    if !done {
        let mut c = st.store.conn().await?;
        db::record(&mut c, &r.token, e, now).await?;
        match e {
            Event::Opened => r.opened_at = Some(now),
            Event::Clicked => r.clicked_at = Some(now),
            Event::Reported => r.reported_at = Some(now),
            Event::Filtered => r.filtered_clicks = 1,
        }
        st.tracking.keep(&r);
    }
    Ok(r)
}

async fn report_address(st: &AppState, org: &str) -> AppResult<Option<String>> {
    if let Ok(mut m) = st.tracking.reports.lock()
        && let Some((at, a)) = m.get(org)
        && at.elapsed() < SEEN_MAX_AGE
    {
        return Ok(a.clone());
    }
    let mut c = st.store.conn().await?;
    let a = weerbaar_store::awareness::settings(&mut c, &OrgId::from_db(org.to_string())).await?.report_address;
    if let Ok(mut m) = st.tracking.reports.lock() {
        m.put(org.to_string(), (Instant::now(), a.clone()));
    }
    Ok(a)
}

async fn pixel(State(st): State<AppState>, Path(file): Path<String>) -> AppResult<Response> {
    let token = file.strip_suffix(".gif").unwrap_or(&file);
    if let Some(r) = recipient(&st, token).await? {
        record(&st, r, Event::Opened).await?;
    }
    Ok(([(CONTENT_TYPE, "image/gif"), (CACHE_CONTROL, "no-store")], GIF.as_slice()).into_response())
}

/// The page every exercise page is drawn in: no menu, no language switch, no forms
/// except the one button a page needs.
#[derive(Template)]
#[template(path = "awareness/plain.html")]
pub struct Plain {
    pub lang: Lang,
    pub title: String,
    pub body: String,
}

impl Plain {
    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }
    pub fn asset(&self, name: &str) -> String {
        format!("/static/{VERSION}/{name}")
    }
}

fn html(status: StatusCode, p: &Plain) -> AppResult<Response> {
    let body = p.render().map_err(|e| AppError::Internal(e.to_string()))?;
    Ok((status, [(CONTENT_TYPE, "text/html; charset=utf-8"), (CACHE_CONTROL, "no-store")], body).into_response())
}

fn lang_of(r: Option<&Recipient>, headers: &HeaderMap) -> Lang {
    r.and_then(|r| Lang::parse(&r.lang)).unwrap_or_else(|| {
        Lang::negotiate(headers.get(axum::http::header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or(""))
    })
}

fn not_found(lang: Lang) -> AppResult<Response> {
    let body = format!("<h1>{}</h1><p>{}</p>", esc(&lang.t("phishing-gone-title")), esc(&lang.t("phishing-gone-text")));
    html(StatusCode::NOT_FOUND, &Plain { lang, title: lang.t("phishing-gone-title"), body })
}

use crate::forms::esc;

fn hit<'a>(method: &Method, headers: &'a HeaderMap, r: &Recipient, confirmed: bool) -> Hit<'a> {
    let now = weerbaar_core::now_ms();
    Hit {
        method: match *method {
            Method::HEAD => clicks::Method::Head,
            Method::GET => clicks::Method::Get,
            Method::POST => clicks::Method::Post,
            _ => clicks::Method::Other,
        },
        user_agent: headers.get(USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or(""),
        seconds_after_delivery: (now - r.sent_at.unwrap_or(now)) / 1000,
        confirmed,
    }
}

/// The link in the mail: a neutral page with one button. Requests the rules call
/// automated are counted as filtered; opening the page alone counts for nothing.
async fn link(
    State(st): State<AppState>,
    method: Method,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let r = recipient(&st, &token).await?;
    let lang = lang_of(r.as_ref(), &headers);
    let Some(r) = r else { return not_found(lang) };
    if let Err(f) = clicks::judge(&hit(&method, &headers, &r, false))
        && f != clicks::Filtered::NotConfirmed
    {
        record(&st, r, Event::Filtered).await?;
    }
    html(StatusCode::OK, &button_page(lang, "phishing-interstitial", &format!("/p/c/{token}")))
}

/// The button was pressed: a counted click (if the rules agree), the follow-up module,
/// and the landing page.
async fn confirm(
    State(st): State<AppState>,
    method: Method,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let r = recipient(&st, &token).await?;
    let lang = lang_of(r.as_ref(), &headers);
    let Some(r) = r else { return not_found(lang) };
    let lib = library()?;
    let Some(lure) = lib.template(&r.template) else { return not_found(lang) };
    let counted = clicks::judge(&hit(&method, &headers, &r, true)).is_ok();
    let assigned = counted && r.staff_id.is_some();
    if counted && r.clicked_at.is_none() {
        // The click and the follow-up module in one transaction.
        let mut tx = st.store.begin().await?;
        if db::record(&mut tx, &token, Event::Clicked, weerbaar_core::now_ms()).await?
            && let Some(id) = &r.staff_id
            && let Some(s) = weerbaar_store::awareness::staff::by_id(&mut tx, id).await?
            && s.active()
        {
            let due = weerbaar_core::today().saturating_add(jiff::ToSpan::days(30));
            let org = OrgId::from_db(r.org_id.clone());
            super::service::assign_after_click(&mut tx, &org, &s.email, &s.department, due).await?;
        }
        tx.commit().await?;
        st.tracking.keep(&Recipient { clicked_at: Some(weerbaar_core::now_ms()), ..r.clone() });
    } else if !counted {
        record(&st, r.clone(), Event::Filtered).await?;
    }
    let report = report_address(&st, &r.org_id).await?;
    html(StatusCode::OK, &landing(lang, lure, report.as_deref(), assigned))
}

/// A page with a title, a sentence and one button that posts to `action`; the texts are
/// the messages `{key}-title`, `{key}-text` and `{key}-button`.
fn button_page(lang: Lang, key: &str, action: &str) -> Plain {
    let title = lang.t(&format!("{key}-title"));
    let body = format!(
        "<h1>{}</h1><p>{}</p><form method=\"post\" action=\"{}\"><button type=\"submit\">{}</button></form>",
        esc(&title),
        esc(&lang.t(&format!("{key}-text"))),
        esc(action),
        esc(&lang.t(&format!("{key}-button")))
    );
    Plain { lang, title, body }
}

/// The teachable moment: what gave the message away, what to do next time, how to
/// report. No input of any kind, nothing is sent back.
pub fn landing(lang: Lang, lure: &Lure, report: Option<&str>, assigned: bool) -> Plain {
    let t = lure.texts(lang.code());
    let mut body = format!("<h1>{}</h1>", esc(&lang.t("phishing-landing-title")));
    body.push_str(&format!("<p>{}</p>", esc(&lang.t("phishing-landing-no-blame"))));
    body.push_str(&format!("<h2>{}</h2><ul>", esc(&lang.t("phishing-landing-flags"))));
    for f in &t.red_flags {
        body.push_str(&format!("<li>{}</li>", esc(f)));
    }
    body.push_str("</ul>");
    // The lesson leaves the report address open; the organisation's own goes in.
    let mut lesson = t.lesson.clone();
    if let Some(a) = report {
        for gap in ["[in te vullen: meldadres of meldknop]", "[fill in: report address or report button]"] {
            lesson = lesson.replace(gap, a);
        }
    }
    body.push_str(&crate::catalogue::markdown_html(&lesson, &lang.t("cat-table")));
    body.push_str(&format!("<h2>{}</h2>", esc(&lang.t("phishing-landing-report-title"))));
    body.push_str(&format!(
        "<p>{}</p>",
        esc(&match report {
            Some(a) => lang.t1("phishing-landing-report-address", "address", a),
            None => lang.t("phishing-landing-report-generic"),
        })
    ));
    if assigned {
        body.push_str(&format!(
            "<p>{}</p><p><a href=\"/learn\">{}</a></p>",
            esc(&lang.t("phishing-landing-module")),
            esc(&lang.t("phishing-landing-module-link"))
        ));
    }
    Plain { lang, title: lang.t("phishing-landing-title"), body }
}

async fn report_page(State(st): State<AppState>, headers: HeaderMap, Path(token): Path<String>) -> AppResult<Response> {
    let r = recipient(&st, &token).await?;
    let lang = lang_of(r.as_ref(), &headers);
    if r.is_none() {
        return not_found(lang);
    }
    html(StatusCode::OK, &button_page(lang, "phishing-report", &format!("/p/r/{token}")))
}

async fn report(State(st): State<AppState>, headers: HeaderMap, Path(token): Path<String>) -> AppResult<Response> {
    let r = recipient(&st, &token).await?;
    let lang = lang_of(r.as_ref(), &headers);
    let Some(r) = r else { return not_found(lang) };
    let template = r.template.clone();
    record(&st, r, Event::Reported).await?;
    html(StatusCode::OK, &thanks(lang, library()?.template(&template)))
}

/// After a report: well done, and what gave this message away.
pub fn thanks(lang: Lang, lure: Option<&Lure>) -> Plain {
    let mut body =
        format!("<h1>{}</h1><p>{}</p>", esc(&lang.t("phishing-thanks-title")), esc(&lang.t("phishing-thanks-text")));
    if let Some(l) = lure {
        body.push_str(&format!("<h2>{}</h2><ul>", esc(&lang.t("phishing-landing-flags"))));
        for f in &l.texts(lang.code()).red_flags {
            body.push_str(&format!("<li>{}</li>", esc(f)));
        }
        body.push_str("</ul>");
    }
    Plain { lang, title: lang.t("phishing-thanks-title"), body }
}

/// Records a report that arrived by mail (the message as it reached the report
/// address). False when no exercise token is in it.
pub async fn report_message(store: &weerbaar_store::Store, org: &OrgId, raw: &str) -> AppResult<bool> {
    let Some(token) = super::sender::report_token(raw) else { return Ok(false) };
    let mut c = store.conn().await?;
    match db::by_token(&mut c, &token).await? {
        Some(r) if r.org_id == org.as_str() => {
            Ok(db::record(&mut c, &token, Event::Reported, weerbaar_core::now_ms()).await? || r.reported_at.is_some())
        }
        _ => Ok(false),
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;

    use html5ever::tendril::StrTendril;
    use html5ever::tokenizer::{BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts};

    use super::*;

    /// Every start tag of a page, as an HTML parser reads it.
    struct Tags(RefCell<Vec<String>>);

    impl TokenSink for Tags {
        type Handle = ();
        fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
            if let Token::TagToken(t) = token
                && t.kind == TagKind::StartTag
            {
                self.0.borrow_mut().push(t.name.to_string());
            }
            TokenSinkResult::Continue
        }
    }

    fn tags(html: &str) -> Vec<String> {
        let tok = Tokenizer::new(Tags(RefCell::default()), TokenizerOpts::default());
        let input = BufferQueue::default();
        input.push_back(StrTendril::from(html));
        let _ = tok.feed(&input);
        tok.end();
        tok.sink.0.take()
    }

    #[test]
    fn no_landing_page_has_a_form_field() {
        let lib = library().unwrap();
        assert!(lib.templates.len() >= 8);
        let mut pages = 0;
        for t in &lib.templates {
            for lang in Lang::ALL {
                for report in [None, Some("helpdesk@gemeente.test")] {
                    for assigned in [false, true] {
                        for page in [landing(lang, t, report, assigned), thanks(lang, Some(t))] {
                            let html = page.render().unwrap();
                            let found = tags(&html);
                            assert!(found.contains(&"h1".to_string()) && found.contains(&"main".to_string()));
                            for bad in ["form", "input", "textarea", "select", "button", "iframe", "script"] {
                                assert!(!found.iter().any(|x| x == bad), "{} ({lang:?}) has <{bad}>", t.slug);
                            }
                            pages += 1;
                        }
                    }
                }
            }
        }
        assert_eq!(pages, lib.templates.len() * 3 * 2 * 2 * 2);
    }

    #[test]
    fn the_organisations_report_address_fills_the_lesson() {
        let lib = library().unwrap();
        let t = lib.template("parcel-notice").unwrap();
        let html = landing(Lang::Nl, t, Some("meld@gemeente.test"), false).render().unwrap();
        assert!(html.contains("meld@gemeente.test") && !html.contains("[in te vullen: meldadres"));
    }
}
