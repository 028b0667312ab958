//! Quarterly evaluation rounds on the web: an administrator opens a round with products
//! and a deadline; sounding-board reviewers score each product and see their progress;
//! the report shows averages, spread, comments and decisions, also as CSV; reminders go
//! out a week before the deadline.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use weerbaar_core::audit::{AuditAction, NewAuditEntry};
use weerbaar_core::catalogue::Status;
use weerbaar_core::catalogue::round::{self, Criterion, Decision};
use weerbaar_core::validation::{FieldError, FieldErrors};
use weerbaar_store::{StoreError, audit, editorial, rounds as db};

use super::editor::Pairs;
use super::*;
use crate::forms::FormState;
use crate::http::{render, render_status, see_other_with_flash};
use crate::page::{Page, PlatformAdmin, SignedIn, ToolkitReader};

mod reminders;
mod report;
mod score;

pub use reminders::send_due;
use report::*;
use score::*;

/// Reviewers who have not finished get a reminder this many days before the deadline.
pub const REMIND_DAYS: i64 = 7;

pub fn routes() -> Routes {
    Routes::new()
        .get("/toolkit/rounds", list)
        .get("/toolkit/rounds/new", new_page)
        .post("/toolkit/rounds/new", create)
        .get("/toolkit/rounds/{round}", round_page)
        .get("/toolkit/rounds/{round}/score/{slug}", score_page)
        .post("/toolkit/rounds/{round}/score/{slug}", score_save)
        .get("/toolkit/rounds/{round}/report", report)
        .get("/toolkit/rounds/{round}/report.csv", report_csv)
        .get("/toolkit/rounds/{round}/report.pdf", report_pdf)
        .get("/toolkit/rounds/{round}/report.docx", report_docx)
        .post("/toolkit/rounds/{round}/decide/{slug}", decide)
        .post("/toolkit/rounds/{round}/close", close)
}

fn criterion_label(lang: Lang, c: Criterion) -> String {
    lang.t(&format!("round-criterion-{}", c.as_str()))
}

fn decision_label(lang: Lang, d: Decision) -> String {
    lang.t(&format!("round-decision-{}", d.as_str()))
}

async fn log(db: &mut impl weerbaar_store::db::Db, s: &SignedIn, action: AuditAction, target: &str) -> AppResult<()> {
    audit::append(
        db,
        &NewAuditEntry::new(action, Some(s.user.id.clone()), s.user.email.clone()).target(target).ip(s.ctx.ip.clone()),
    )
    .await?;
    Ok(())
}

/// The title of a resource's working copy in the reader's language.
async fn title_of(c: &mut impl weerbaar_store::db::Db, slug: &str, lang: Lang) -> AppResult<String> {
    let w = editorial::get(c, slug).await?.ok_or(AppError::NotFound)?;
    Ok(w.texts.get(&lang.content()).or_else(|| w.texts.values().next()).map(|t| t.title.clone()).unwrap_or_default())
}

pub struct RoundLine {
    pub href: String,
    pub name: String,
    pub deadline: String,
    pub open: bool,
    pub products: usize,
    /// The reader's own progress, for reviewers.
    pub mine: Option<(usize, usize)>,
}

#[derive(Template)]
#[template(path = "catalogue/rounds.html")]
struct ListPage {
    page: Page,
    rounds: Vec<RoundLine>,
    can_open: bool,
}

async fn list(State(st): State<AppState>, r: ToolkitReader) -> AppResult<Response> {
    let s = r.0;
    let page = s.page(&st, "toolkit").await?;
    let mut c = st.store.conn().await?;
    let mut rounds = Vec::new();
    for rd in db::list(&mut c).await? {
        let items = db::items(&mut c, &rd.id).await?;
        let mine = if s.user.platform.reviewer {
            let done = db::scores(&mut c, &rd.id).await?.iter().filter(|g| g.reviewer_id == s.user.id.as_str()).count();
            Some((done, items.len()))
        } else {
            None
        };
        rounds.push(RoundLine {
            href: format!("/toolkit/rounds/{}", rd.id),
            name: rd.name,
            deadline: page.day(&rd.deadline),
            open: rd.open,
            products: items.len(),
            mine,
        });
    }
    render(&ListPage { rounds, can_open: s.user.platform.admin, page })
}

#[derive(Template)]
#[template(path = "catalogue/round_new.html")]
struct NewPage {
    page: Page,
    form: FormState,
    products: Vec<(String, String)>,
}

/// Products that can be evaluated: in evaluation or published, toolkit only.
async fn candidates(st: &AppState, lang: Lang) -> AppResult<Vec<(String, String)>> {
    let mut c = st.store.conn().await?;
    let lines = editorial::toolkit_lines(&mut c, lang.content()).await?;
    let mut v: Vec<(String, String)> = lines
        .into_iter()
        .filter(|l| matches!(l.status, Status::Evaluation | Status::Published))
        .map(|l| {
            let label = if l.status == Status::Evaluation {
                format!("{} ({})", l.title, super::editorial::status_label(lang, l.status))
            } else {
                l.title
            };
            (l.slug, label)
        })
        .collect();
    v.sort_by_key(|(_, l)| l.to_lowercase());
    Ok(v)
}

async fn new_page(State(st): State<AppState>, a: PlatformAdmin) -> AppResult<Response> {
    let s = a.0;
    let lang = s.ctx.lang;
    let today = weerbaar_core::today();
    let quarter = (today.month() as i32 - 1) / 3 + 1;
    let (y, q) = if quarter == 4 { (today.year() + 1, 1) } else { (today.year(), quarter + 1) };
    let mut form = FormState::new(lang);
    form.set("name", format!("{y} Q{q}"));
    form.set("deadline", today.checked_add(jiff::Span::new().days(30)).unwrap_or(today).to_string());
    let products = candidates(&st, lang).await?;
    for (slug, _) in &products {
        let mut c = st.store.conn().await?;
        if editorial::get(&mut c, slug).await?.is_some_and(|w| w.status == Status::Evaluation) {
            form.set(&format!("resources:{slug}"), "on");
        }
    }
    render(&NewPage { page: s.page(&st, "toolkit").await?, form, products })
}

async fn create(State(st): State<AppState>, a: PlatformAdmin, form: Pairs) -> AppResult<Response> {
    let s = a.0;
    let lang = s.ctx.lang;
    let products = candidates(&st, lang).await?;
    let chosen: Vec<String> =
        form.all("resources").into_iter().filter(|r| products.iter().any(|(s, _)| s == r)).collect();
    let parsed = round::parse_round(form.get("name"), form.get("deadline"), chosen.clone(), weerbaar_core::today());
    let show = |errs: FieldErrors| {
        let mut f = FormState::new(lang).with_errors(errs);
        f.set("name", form.get("name"));
        f.set("deadline", form.get("deadline"));
        for r in &chosen {
            f.set(&format!("resources:{r}"), "on");
        }
        f
    };
    let r = match parsed {
        Ok(r) => r,
        Err(errs) => {
            let p = NewPage { page: s.page(&st, "toolkit").await?, form: show(errs), products };
            return render_status(&p, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    let mut tx = st.store.begin().await?;
    let mut ids = Vec::new();
    for slug in &r.resources {
        ids.push(editorial::get(&mut tx, slug).await?.ok_or(AppError::NotFound)?.id);
    }
    let id = match db::open(&mut tx, &r, &ids, &s.user.name).await {
        Ok(id) => id,
        Err(StoreError::Duplicate(_)) => {
            let p = NewPage {
                page: s.page(&st, "toolkit").await?,
                form: show(FieldError::new("name", "error-round-name-taken").into()),
                products,
            };
            return render_status(&p, StatusCode::UNPROCESSABLE_ENTITY);
        }
        Err(e) => return Err(e.into()),
    };
    log(&mut tx, &s, AuditAction::RoundOpened, &r.name).await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&format!("/toolkit/rounds/{id}"), "flash-saved", st.cfg.tls()))
}

async fn the_round(st: &AppState, id: &str) -> AppResult<db::Round> {
    let mut c = st.store.conn().await?;
    db::get(&mut c, id).await?.ok_or(AppError::NotFound)
}

pub struct ProductLine {
    pub slug: String,
    pub title: String,
    pub score_href: String,
    pub preview_href: String,
    pub mine_done: bool,
    pub reviews: usize,
    pub decision: Option<String>,
}

pub struct ReviewerLine {
    pub name: String,
    pub done: usize,
}

#[derive(Template)]
#[template(path = "catalogue/round.html")]
struct RoundPage {
    page: Page,
    id: String,
    name: String,
    deadline: String,
    open: bool,
    products: Vec<ProductLine>,
    reviewers: Vec<ReviewerLine>,
    total: usize,
    mine: usize,
    is_reviewer: bool,
    is_admin: bool,
}

async fn round_page(State(st): State<AppState>, r: ToolkitReader, Path(id): Path<String>) -> AppResult<Response> {
    let s = r.0;
    let rd = the_round(&st, &id).await?;
    let page = s.page(&st, "toolkit").await?;
    let lang = s.ctx.lang;
    let mut c = st.store.conn().await?;
    let items = db::items(&mut c, &id).await?;
    let given = db::scores(&mut c, &id).await?;
    let mut products = Vec::new();
    for i in &items {
        products.push(ProductLine {
            title: title_of(&mut c, &i.slug, lang).await?,
            score_href: format!("/toolkit/rounds/{id}/score/{}", i.slug),
            preview_href: format!("/toolkit/edit/{}", i.slug),
            mine_done: given.iter().any(|g| g.resource_id == i.resource_id && g.reviewer_id == s.user.id.as_str()),
            reviews: given.iter().filter(|g| g.resource_id == i.resource_id).count(),
            decision: i.decision.map(|d| decision_label(lang, d)),
            slug: i.slug.clone(),
        });
    }
    let reviewers = db::reviewers(&mut c)
        .await?
        .into_iter()
        .map(|(rid, _, name, _)| ReviewerLine { done: given.iter().filter(|g| g.reviewer_id == rid).count(), name })
        .collect();
    let mine = given.iter().filter(|g| g.reviewer_id == s.user.id.as_str()).count();
    render(&RoundPage {
        id,
        name: rd.name,
        deadline: page.day(&rd.deadline),
        open: rd.open,
        total: products.len(),
        products,
        reviewers,
        mine,
        is_reviewer: s.user.platform.reviewer,
        is_admin: s.user.platform.admin,
        page,
    })
}

/// A sounding-board reviewer.
fn reviewer(s: &SignedIn) -> AppResult<()> {
    if s.user.platform.reviewer { Ok(()) } else { Err(AppError::Forbidden) }
}

async fn decide(
    State(st): State<AppState>,
    a: PlatformAdmin,
    Path((id, slug)): Path<(String, String)>,
    form: Pairs,
) -> AppResult<Response> {
    let s = a.0;
    let rd = the_round(&st, &id).await?;
    let it = item(&st, &id, &slug).await?;
    let d = Decision::parse(form.get("decision")).ok_or(AppError::BadRequest("bad_request"))?;
    let note: String = form.get("note").trim().chars().take(2_000).collect();
    let mut tx = st.store.begin().await?;
    db::decide(&mut tx, &id, &it.resource_id, d, &note, &s.user.name).await?;
    // The decision moves the product where its stage allows it.
    let w = editorial::get(&mut tx, &slug).await?.ok_or(AppError::NotFound)?;
    let change_note = if note.is_empty() {
        s.ctx.lang.t_args("round-change-note", &[("round", rd.name.clone())])
    } else {
        note.clone()
    };
    match (d, w.status) {
        (Decision::Publish, Status::Evaluation) => {
            editorial::snapshot(&mut tx, &w.id, &change_note, &s.user.name).await?;
        }
        (Decision::Revise, Status::Evaluation | Status::InReview | Status::Published) => {
            editorial::set_status(&mut tx, &w.id, Status::Draft, w.version).await?;
        }
        (Decision::Retire, Status::Published) => {
            editorial::set_status(&mut tx, &w.id, Status::Archived, w.version).await?;
        }
        _ => {}
    }
    if !note.is_empty() {
        editorial::add_comment(&mut tx, &w.id, w.status, (Some(s.user.id.as_str()), &s.user.name), &note).await?;
    }
    log(&mut tx, &s, AuditAction::RoundDecided, &format!("{} · {slug} · {}", rd.name, d.as_str())).await?;
    tx.commit().await?;
    st.catalogue.changed();
    Ok(see_other_with_flash(&format!("/toolkit/rounds/{id}/report"), "flash-saved", st.cfg.tls()))
}

async fn close(State(st): State<AppState>, a: PlatformAdmin, Path(id): Path<String>) -> AppResult<Response> {
    let s = a.0;
    let rd = the_round(&st, &id).await?;
    let mut tx = st.store.begin().await?;
    db::close(&mut tx, &id).await?;
    log(&mut tx, &s, AuditAction::RoundClosed, &rd.name).await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&format!("/toolkit/rounds/{id}/report"), "flash-saved", st.cfg.tls()))
}
