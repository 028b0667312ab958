//! Adoption tracking per organisation: the status of each toolkit resource, with an
//! owner, a due date and a private note; progress per topic on the organisation's
//! toolkit page and dashboard.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use weerbaar_core::OrgId;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::catalogue::Published;
use weerbaar_core::catalogue::adoption::{self, AdoptionStatus, TopicProgress};
use weerbaar_store::adoption as store;

use super::editor::Pairs;
use super::*;
use crate::forms::FormState;
use crate::http::{render, render_status, see_other_with_flash};
use crate::page::{Edit, Member, Page, Read};

pub fn routes() -> Routes {
    Routes::new()
        .get("/o/{org}/toolkit", overview)
        .get("/o/{org}/toolkit/adoption/{slug}", form_page)
        .post("/o/{org}/toolkit/adoption/{slug}", save)
}

pub fn status_label(lang: Lang, s: AdoptionStatus) -> String {
    lang.t(&format!("adoption-status-{}", s.as_str()))
}

/// The adoption part of a resource page, for one organisation.
pub struct AdoptionBlock {
    pub org_id: String,
    pub org_name: String,
    pub slug: String,
    pub status: String,
    pub owner: String,
    pub due: String,
    pub note: String,
    pub version: i64,
    pub can_edit: bool,
    pub form: FormState,
    pub statuses: Vec<(String, String)>,
    pub updated: Option<String>,
}

fn statuses(lang: Lang) -> Vec<(String, String)> {
    AdoptionStatus::ALL.iter().map(|s| (s.as_str().to_string(), status_label(lang, *s))).collect()
}

/// The block for `org`, from its stored record (or none yet).
pub fn block(
    page: &Page,
    org: (&OrgId, &str),
    p: &Published,
    rec: Option<&store::Record>,
    can_edit: bool,
) -> AdoptionBlock {
    let lang = page.lang;
    let a = rec.map(|r| r.adoption.clone());
    let status = a.as_ref().map(|a| a.status).unwrap_or(AdoptionStatus::NotStarted);
    let mut form = FormState::new(lang);
    form.set("status", status.as_str());
    form.set("owner", a.as_ref().map(|a| a.owner.clone()).unwrap_or_default());
    form.set("due", a.as_ref().and_then(|a| a.due).map(|d| d.to_string()).unwrap_or_default());
    form.set("note", a.as_ref().map(|a| a.note.clone()).unwrap_or_default());
    AdoptionBlock {
        org_id: org.0.to_string(),
        org_name: org.1.to_string(),
        slug: p.slug.clone(),
        status: status_label(lang, status),
        owner: a.as_ref().map(|a| a.owner.clone()).unwrap_or_default(),
        due: a.as_ref().and_then(|a| a.due).map(|d| page.day(&d)).unwrap_or_default(),
        note: a.as_ref().map(|a| a.note.clone()).unwrap_or_default(),
        version: rec.map(|r| r.version).unwrap_or(0),
        can_edit,
        form,
        statuses: statuses(lang),
        updated: rec.map(|r| format!("{} · {}", page.datetime(&r.updated_at), r.updated_by)),
    }
}

/// The organisation a signed-in reader tracks adoption for: the active one, else the first.
pub fn reader_org(ctx: &RequestCtx) -> Option<(OrgId, String, bool)> {
    let a = ctx.auth.as_ref().filter(|_| ctx.user().is_some())?;
    let m = a.active_org.as_ref().and_then(|o| a.orgs.iter().find(|m| &m.org.id == o)).or_else(|| a.orgs.first())?;
    let can_edit = weerbaar_core::role::org_allows(m.role, weerbaar_core::role::OrgAction::Edit);
    Some((m.org.id.clone(), m.org.profile.name.clone(), can_edit))
}

#[derive(Template)]
#[template(path = "catalogue/adoption_form.html")]
struct FormPage {
    page: Page,
    title: String,
    adoption: AdoptionBlock,
    conflict: bool,
}

/// A resource the organisation may track: the shared toolkit or its own private ones.
async fn published_for(st: &AppState, ctx: &RequestCtx, org: &OrgId, slug: &str) -> AppResult<Arc<Published>> {
    let (_, p) = super::public::find(st, ctx, slug).await?;
    if p.owner.as_deref().is_some_and(|o| o != org.as_str()) {
        return Err(AppError::NotFound);
    }
    Ok(p)
}

async fn form_page(
    State(st): State<AppState>,
    m: Member<Read>,
    Path((_org, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let p = published_for(&st, &m.ctx, m.org_id(), &slug).await?;
    let mut c = st.store.conn().await?;
    let rec = store::get(&mut c, m.org_id(), &p.id).await?;
    let page = m.page("toolkit");
    let can_edit = page.can("edit");
    let title = p.text(m.ctx.lang.content()).map(|(_, t)| t.title.clone()).unwrap_or_default();
    let adoption = block(&page, (m.org_id(), &m.org.profile.name), &p, rec.as_ref(), can_edit);
    render(&FormPage { page, title, adoption, conflict: false })
}

async fn save(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_org, slug)): Path<(String, String)>,
    form: Pairs,
) -> AppResult<Response> {
    let p = published_for(&st, &m.ctx, m.org_id(), &slug).await?;
    let page = m.page("toolkit");
    let title = p.text(m.ctx.lang.content()).map(|(_, t)| t.title.clone()).unwrap_or_default();
    let parsed = adoption::parse(form.get("status"), form.get("owner"), form.get("due"), form.get("note"));
    let mut tx = st.store.begin().await?;
    let before = store::get(&mut tx, m.org_id(), &p.id).await?;
    let shown = |rec: Option<&store::Record>| block(&page, (m.org_id(), &m.org.profile.name), &p, rec, true);
    let a = match parsed {
        Ok(a) => a,
        Err(errors) => {
            let mut b = shown(before.as_ref());
            let mut f = FormState::new(m.ctx.lang).with_errors(errors);
            for k in ["status", "owner", "due", "note"] {
                f.set(k, form.get(k));
            }
            b.form = f;
            b.version = form.version();
            return render_status(
                &FormPage { page: page.clone(), title, adoption: b, conflict: false },
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    match store::save(&mut tx, m.org_id(), &p.id, &a, form.version(), &m.user.name).await {
        Ok(_) => {}
        Err(weerbaar_store::StoreError::Conflict) => {
            // Someone saved first: show their version, and what this person typed, to redo.
            let b = shown(before.as_ref());
            return render_status(
                &FormPage { page: page.clone(), title, adoption: b, conflict: true },
                StatusCode::CONFLICT,
            );
        }
        Err(e) => return Err(e.into()),
    }
    crate::bcp::audit_edit(
        &mut tx,
        &m,
        AuditAction::AdoptionUpdated,
        &p.slug,
        before.map(|b| b.adoption).as_ref(),
        Some(&a),
    )
    .await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&format!("/toolkit/r/{}", p.slug), "flash-adoption-saved", st.cfg.tls()))
}

pub struct ProgressView {
    pub label: String,
    pub href: String,
    pub done: usize,
    pub in_progress: usize,
    pub applicable: usize,
    pub percent: u32,
}

pub struct WorkRow {
    pub href: String,
    pub title: String,
    pub status: String,
    pub owner: String,
    pub due: String,
    pub late: bool,
}

pub struct QuickWinRow {
    pub number: u8,
    pub href: String,
    pub title: String,
    pub status: String,
    pub done: bool,
}

pub struct PrivateRow {
    pub href: String,
    pub edit: String,
    pub title: String,
}

/// Progress per topic over the toolkit (and this organisation's private resources).
pub fn progress(lang: Lang, l: &Loaded, org: &OrgId, recs: &[store::Record]) -> (Vec<ProgressView>, u32) {
    let status_of = |id: &str| recs.iter().find(|r| r.resource_id == id).map(|r| r.adoption.status);
    let visible: Vec<&Arc<Published>> =
        l.by_slug.values().filter(|p| p.owner.as_deref().is_none_or(|o| o == org.as_str())).collect();
    let rows: Vec<TopicProgress> =
        adoption::progress_by_topic(visible.iter().map(|p| (p.meta.topics.as_slice(), status_of(&p.id))));
    let (done, applicable) = rows.iter().fold((0, 0), |(d, a), r| (d + r.done, a + r.applicable));
    let overall = (done * 100).checked_div(applicable).map_or(0, |p| p as u32);
    let mut views: Vec<ProgressView> = rows
        .iter()
        .map(|r| ProgressView {
            label: topic_label(lang, r.topic),
            href: format!("/toolkit?topic={}", r.topic.as_str()),
            done: r.done,
            in_progress: r.in_progress,
            applicable: r.applicable,
            percent: r.percent(),
        })
        .collect();
    views.sort_by_key(|v| v.label.to_lowercase());
    (views, overall)
}

#[derive(Template)]
#[template(path = "catalogue/org_toolkit.html")]
struct Overview {
    page: Page,
    overall: u32,
    progress: Vec<ProgressView>,
    work: Vec<WorkRow>,
    quick: Vec<QuickWinRow>,
    private: Vec<PrivateRow>,
}

async fn overview(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    let l = st.catalogue.current(&st).await?;
    let mut c = st.store.conn().await?;
    let recs = store::list(&mut c, m.org_id()).await?;
    drop(c);
    let page = m.page("toolkit");
    let lang = m.ctx.lang;
    let want = lang.content();
    let (progress, overall) = progress(lang, &l, m.org_id(), &recs);
    let by_id: HashMap<&str, &Arc<Published>> = l.by_slug.values().map(|p| (p.id.as_str(), p)).collect();
    let today = weerbaar_core::today();
    let mut work: Vec<(Option<jiff::civil::Date>, WorkRow)> = recs
        .iter()
        .filter(|r| r.adoption.status != AdoptionStatus::NotStarted || !r.adoption.owner.is_empty())
        .filter_map(|r| {
            let p = by_id.get(r.resource_id.as_str())?;
            let (_, t) = p.text(want)?;
            let due = r.adoption.due;
            Some((
                due,
                WorkRow {
                    href: format!("/toolkit/r/{}", p.slug),
                    title: t.title.clone(),
                    status: status_label(lang, r.adoption.status),
                    owner: r.adoption.owner.clone(),
                    due: due.map(|d| page.day(&d)).unwrap_or_default(),
                    late: due.is_some_and(|d| d < today)
                        && !matches!(r.adoption.status, AdoptionStatus::Done | AdoptionStatus::NotApplicable),
                },
            ))
        })
        .collect();
    work.sort_by(|a, b| (a.0.is_none(), a.0).cmp(&(b.0.is_none(), b.0)).then_with(|| a.1.title.cmp(&b.1.title)));
    let quick = super::public::quick_wins(&l)
        .iter()
        .filter_map(|p| {
            let (_, t) = p.text(want)?;
            let s = recs.iter().find(|r| r.resource_id == p.id).map(|r| r.adoption.status);
            let s = s.unwrap_or(AdoptionStatus::NotStarted);
            Some(QuickWinRow {
                number: p.meta.quick_win.unwrap_or(0),
                href: format!("/toolkit/r/{}", p.slug),
                title: t.title.clone(),
                status: status_label(lang, s),
                done: s == AdoptionStatus::Done,
            })
        })
        .collect();
    let mut private: Vec<PrivateRow> = l
        .by_slug
        .values()
        .filter(|p| p.owner.as_deref() == Some(m.org_id().as_str()))
        .filter_map(|p| {
            let (_, t) = p.text(want)?;
            Some(PrivateRow {
                href: format!("/toolkit/r/{}", p.slug),
                edit: format!("/o/{}/toolkit/r/{}/edit", m.org_id(), p.slug),
                title: t.title.clone(),
            })
        })
        .collect();
    private.sort_by_key(|p| p.title.to_lowercase());
    render(&Overview { page, overall, progress, work: work.into_iter().map(|(_, w)| w).collect(), quick, private })
}
