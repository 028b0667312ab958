//! The register page (filters, sort, paging; no JavaScript needed), its CSV export and
//! the organisation's deadlines.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::findings::deadline::Policy;
use weerbaar_core::findings::{Severity, Status};
use weerbaar_core::validation::{FieldError, FieldErrors, Num};
use weerbaar_store::findings::{self as db, Filter, Sort};

use super::service::{Actor, log};
use super::views::{self, Row};
use crate::AppState;
use crate::error::AppResult;
use crate::forms::{FormState, Pairs};
use crate::http::{render, render_status, see_other_with_flash};
use crate::i18n::Lang;
use crate::page::{ManageSettings, Member, Page, Read};

pub const PER_PAGE: u32 = 50;

/// The register's query, as the page and the API receive it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    pub status: String,
    pub severity: String,
    pub engagement: String,
    pub overdue: String,
    pub owner: String,
    pub sort: String,
    pub page: String,
}

impl ListQuery {
    /// From a query string; the first value of a name counts (never a 400 for a repeat).
    pub fn from_raw(raw: Option<&str>) -> ListQuery {
        let mut q = ListQuery::default();
        let mut seen = std::collections::HashSet::new();
        for (k, v) in form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
            if !seen.insert(k.to_string()) {
                continue;
            }
            let v = v.into_owned();
            match k.as_ref() {
                "status" => q.status = v,
                "severity" => q.severity = v,
                "engagement" => q.engagement = v,
                "overdue" => q.overdue = v,
                "owner" => q.owner = v,
                "sort" => q.sort = v,
                "page" => q.page = v,
                _ => {}
            }
        }
        q
    }
}

/// The filter, or which values are not understood.
pub fn filter(q: &ListQuery) -> Result<Filter, FieldErrors> {
    let mut e = FieldErrors::new();
    let mut f = Filter { per_page: PER_PAGE, page: 1, ..Default::default() };
    match q.status.trim() {
        "" => {}
        "open" => f.open = true,
        s => match Status::parse(s) {
            Some(s) => f.status = Some(s),
            None => e.push(FieldError::new("status", "error-choose-option")),
        },
    }
    if !q.severity.trim().is_empty() {
        match Severity::parse(q.severity.trim()) {
            Some(s) => f.severity = Some(s),
            None => e.push(FieldError::new("severity", "error-choose-option")),
        }
    }
    if !q.engagement.trim().is_empty() {
        f.engagement = Some(q.engagement.trim().to_string());
    }
    match q.overdue.trim() {
        "" | "false" | "0" => {}
        "true" | "1" | "on" => f.overdue = true,
        _ => e.push(FieldError::new("overdue", "error-choose-option")),
    }
    if !q.owner.trim().is_empty() {
        f.owner = Some(q.owner.trim().to_lowercase());
    }
    if !q.sort.trim().is_empty() {
        match Sort::parse(q.sort.trim()) {
            Some(s) => f.sort = s,
            None => e.push(FieldError::new("sort", "error-choose-option")),
        }
    }
    if !q.page.trim().is_empty() {
        match weerbaar_core::validation::whole_number("page", &Num::text(&q.page), 1_000_000) {
            Ok(Some(p)) if p >= 1 => f.page = p,
            _ => e.push(FieldError::new("page", "error-number")),
        }
    }
    e.into_result().map(|()| f)
}

#[derive(Template)]
#[template(path = "findings/register.html")]
struct RegisterPage {
    page: Page,
    form: FormState,
    rows: Vec<Row>,
    total: u64,
    current: u32,
    pages: u32,
    query: String,
    statuses: Vec<(String, String)>,
    severities: Vec<(String, String)>,
    engagements: Vec<(String, String)>,
    sorts: Vec<(String, String)>,
    can_edit: bool,
}

fn query_string(q: &ListQuery) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    for (k, v) in [
        ("status", &q.status),
        ("severity", &q.severity),
        ("engagement", &q.engagement),
        ("overdue", &q.overdue),
        ("owner", &q.owner),
        ("sort", &q.sort),
    ] {
        if !v.is_empty() {
            s.append_pair(k, v);
        }
    }
    s.finish().replace('&', "&amp;")
}

pub(super) fn sorts(lang: Lang) -> Vec<(String, String)> {
    Sort::ALL.iter().map(|s| (s.as_str().to_string(), lang.t(&format!("findings-sort-{}", s.as_str())))).collect()
}

pub(super) async fn page(State(st): State<AppState>, m: Member<Read>, RawQuery(raw): RawQuery) -> AppResult<Response> {
    let q = ListQuery::from_raw(raw.as_deref());
    let lang = m.ctx.lang;
    let (f, errors) = match filter(&q) {
        Ok(f) => (f, FieldErrors::new()),
        Err(e) => (Filter { per_page: PER_PAGE, page: 1, ..Default::default() }, e),
    };
    let cached = st.registers.page(&st, m.org_id(), &f).await?;
    let (total, items, engagements) = (cached.total, &cached.items, &cached.engagements);
    let mut statuses = views::statuses(lang, true);
    statuses.insert(1, ("open".into(), lang.t("findings-open-only")));
    let mut eng_opts = vec![(String::new(), lang.t("findings-any"))];
    eng_opts.extend(engagements.iter().map(|e| (e.id.clone(), e.title.clone())));
    let form = FormState::new(lang)
        .value_of("status", &q.status)
        .value_of("severity", &q.severity)
        .value_of("engagement", &q.engagement)
        .value_of("overdue", if f.overdue { "on" } else { "" })
        .value_of("owner", &q.owner)
        .value_of("sort", f.sort.as_str())
        .with_errors(errors);
    let pages = (total as u32).div_ceil(PER_PAGE).max(1);
    render(&RegisterPage {
        page: m.page("findings"),
        rows: views::rows(lang, items, engagements),
        total,
        current: f.page,
        pages,
        query: query_string(&q),
        statuses,
        severities: views::severities(lang, true),
        engagements: eng_opts,
        sorts: sorts(lang),
        can_edit: m.page("findings").can("edit"),
        form,
    })
}

/// The register as CSV, every finding, cells safe for spreadsheets.
pub(super) async fn export_csv(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    use weerbaar_core::catalogue::round::csv_line;
    let lang = m.ctx.lang;
    let mut c = st.store.conn().await?;
    let engagements = weerbaar_store::engagements::list(&mut c, m.org_id()).await?;
    let all = db::all(&mut c, m.org_id(), None).await?;
    let head = [
        "id",
        "title",
        "severity",
        "cvss_version",
        "cvss_vector",
        "cvss_score",
        "status",
        "engagement",
        "owner",
        "due",
        "confirmed_on",
        "closed_on",
        "accepted_until",
        "assets",
        "references",
        "fingerprint",
    ];
    let mut out = String::from("\u{feff}");
    out.push_str(&csv_line(&head.iter().map(|s| s.to_string()).collect::<Vec<_>>()));
    let d = |v: Option<jiff::civil::Date>| v.map(|d| d.to_string()).unwrap_or_default();
    for f in &all {
        let eng =
            f.engagement_id.as_ref().and_then(|e| engagements.iter().find(|x| &x.id == e)).map(|e| e.title.clone());
        out.push_str(&csv_line(&[
            f.id.clone(),
            f.title.clone(),
            views::severity(lang, f.severity),
            f.cvss.as_ref().map(|c| c.version.clone()).unwrap_or_default(),
            f.cvss.as_ref().map(|c| c.vector.clone()).unwrap_or_default(),
            f.cvss.as_ref().map(|c| format!("{:.1}", c.score)).unwrap_or_default(),
            views::status(lang, f.status),
            eng.unwrap_or_default(),
            f.owner_email.clone(),
            d(f.due),
            d(f.confirmed_on),
            d(f.closed_on),
            d(f.acceptance.as_ref().map(|a| a.until)),
            f.assets.iter().map(|a| a.label()).collect::<Vec<_>>().join("; "),
            f.references.join("; "),
            f.fingerprint.clone().unwrap_or_default(),
        ]));
    }
    Ok((
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"bevindingen.csv\"".to_string()),
        ],
        out,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "findings/settings.html")]
struct SettingsPage {
    page: Page,
    form: FormState,
}

fn policy_form(lang: Lang, p: &Policy, version: i64) -> FormState {
    FormState::new(lang)
        .value_of("critical", p.critical.to_string())
        .value_of("high", p.high.to_string())
        .value_of("medium", p.medium.to_string())
        .value_of("low", p.low.to_string())
        .value_of("version", version.to_string())
}

pub(super) async fn settings(State(st): State<AppState>, m: Member<ManageSettings>) -> AppResult<Response> {
    let mut c = st.store.conn().await?;
    let (p, v) = db::policy(&mut c, m.org_id()).await?;
    render(&SettingsPage { page: m.page("findings"), form: policy_form(m.ctx.lang, &p, v) })
}

pub(super) async fn save_settings(
    State(st): State<AppState>,
    m: Member<ManageSettings>,
    f: Pairs,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let n = |k: &str| Num::text(f.get(k));
    let checked = Policy::check(&n("critical"), &n("high"), &n("medium"), &n("low"));
    let p = match checked {
        Ok(p) => p,
        Err(e) => {
            let form = f.shown(lang, &["critical", "high", "medium", "low", "version"]).with_errors(e);
            return render_status(&SettingsPage { page: m.page("findings"), form }, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    let mut tx = st.store.begin().await?;
    let (before, _) = db::policy(&mut tx, m.org_id()).await?;
    match db::set_policy(&mut tx, m.org_id(), &p, f.version().max(0)).await {
        Ok(()) => {}
        Err(weerbaar_store::StoreError::Conflict) => {
            tx.rollback().await?;
            let mut form = f.shown(lang, &["critical", "high", "medium", "low", "version"]);
            form.add_general("conflict-explained");
            let mut c = st.store.conn().await?;
            let (_, v) = db::policy(&mut c, m.org_id()).await?;
            form.set("version", v.to_string());
            return render_status(&SettingsPage { page: m.page("findings"), form }, StatusCode::CONFLICT);
        }
        Err(e) => return Err(e.into()),
    }
    let (id, label) = m.actor();
    let actor = Actor { id, label, ip: m.ctx.ip.clone() };
    log(&mut tx, m.org_id(), &actor, AuditAction::FindingDeadlinesChanged, "", Some(&before), Some(&p)).await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&format!("/o/{}/findings/settings", m.org.id), "flash-saved", st.cfg.tls()))
}
