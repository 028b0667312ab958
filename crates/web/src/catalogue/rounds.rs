//! Quarterly evaluation rounds on the web: an administrator opens a round with products
//! and a deadline; sounding-board reviewers score each product and see their progress;
//! the report shows averages, spread, comments and decisions, also as CSV; reminders go
//! out a week before the deadline.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use weerbaar_core::audit::{AuditAction, NewAuditEntry};
use weerbaar_core::catalogue::Status;
use weerbaar_core::catalogue::round::{self, Criterion, Decision, Scores, csv_line, summarise};
use weerbaar_core::validation::{FieldError, FieldErrors};
use weerbaar_store::{StoreError, audit, editorial, rounds as db};

use super::editor::Pairs;
use super::*;
use crate::forms::FormState;
use crate::http::{render, render_status, see_other_with_flash};
use crate::mail::{self, Mail};
use crate::page::{Page, PlatformAdmin, SignedIn, ToolkitReader};

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

#[derive(Template)]
#[template(path = "catalogue/round_score.html")]
struct ScorePage {
    page: Page,
    round_id: String,
    round_name: String,
    slug: String,
    title: String,
    open: bool,
    form: FormState,
    criteria: Vec<(&'static str, String, String)>,
    options: Vec<(String, String)>,
}

fn score_form(lang: Lang, s: Option<&Scores>) -> FormState {
    let mut f = FormState::new(lang);
    if let Some(s) = s {
        for (i, c) in Criterion::ALL.iter().enumerate() {
            f.set(c.as_str(), s.values[i].to_string());
        }
        f.set("comment", s.comment.clone());
    }
    f
}

async fn score_view(st: &AppState, s: &SignedIn, rd: &db::Round, slug: &str, form: FormState) -> AppResult<ScorePage> {
    let lang = s.ctx.lang;
    let mut c = st.store.conn().await?;
    let title = title_of(&mut c, slug, lang).await?;
    let mut options = vec![(String::new(), lang.t("round-score-choose"))];
    options.extend((1..=5).map(|n| (n.to_string(), lang.t(&format!("round-score-{n}")))));
    Ok(ScorePage {
        page: s.page(st, "toolkit").await?,
        round_id: rd.id.clone(),
        round_name: rd.name.clone(),
        slug: slug.to_string(),
        title,
        open: rd.open,
        form,
        criteria: Criterion::ALL
            .iter()
            .map(|c| (c.as_str(), criterion_label(lang, *c), lang.t(&format!("round-criterion-{}-hint", c.as_str()))))
            .collect(),
        options,
    })
}

/// The round's item for this slug.
async fn item(st: &AppState, round_id: &str, slug: &str) -> AppResult<db::Item> {
    let mut c = st.store.conn().await?;
    db::items(&mut c, round_id).await?.into_iter().find(|i| i.slug == slug).ok_or(AppError::NotFound)
}

async fn score_page(
    State(st): State<AppState>,
    r: ToolkitReader,
    Path((id, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    reviewer(&r.0)?;
    let rd = the_round(&st, &id).await?;
    let it = item(&st, &id, &slug).await?;
    let mut c = st.store.conn().await?;
    let mine = db::scores(&mut c, &id)
        .await?
        .into_iter()
        .find(|g| g.resource_id == it.resource_id && g.reviewer_id == r.0.user.id.as_str());
    drop(c);
    let form = score_form(r.0.ctx.lang, mine.as_ref().map(|g| &g.scores));
    render(&score_view(&st, &r.0, &rd, &slug, form).await?)
}

async fn score_save(
    State(st): State<AppState>,
    r: ToolkitReader,
    Path((id, slug)): Path<(String, String)>,
    form: Pairs,
) -> AppResult<Response> {
    let s = r.0;
    reviewer(&s)?;
    let rd = the_round(&st, &id).await?;
    let it = item(&st, &id, &slug).await?;
    let lang = s.ctx.lang;
    let v = |i: usize| form.get(Criterion::ALL[i].as_str());
    let parsed = round::parse_scores([v(0), v(1), v(2), v(3), v(4)], form.get("comment"));
    let scores = match parsed {
        Ok(x) if rd.open => x,
        other => {
            let errs = match other {
                Err(e) => e,
                Ok(_) => FieldError::new("comment", "error-round-closed").into(),
            };
            let mut f = FormState::new(lang).with_errors(errs);
            for c in Criterion::ALL.iter() {
                f.set(c.as_str(), form.get(c.as_str()));
            }
            f.set("comment", form.get("comment"));
            return render_status(&score_view(&st, &s, &rd, &slug, f).await?, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    let mut tx = st.store.begin().await?;
    if !db::score(&mut tx, &id, &it.resource_id, &s.user.id, &scores).await? {
        return Err(AppError::Conflict);
    }
    log(&mut tx, &s, AuditAction::RoundScored, &format!("{} · {slug}", rd.name)).await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&format!("/toolkit/rounds/{id}"), "flash-score-saved", st.cfg.tls()))
}

pub struct StatView {
    pub label: String,
    pub average: String,
    pub range: String,
}

pub struct ReportRow {
    pub slug: String,
    pub title: String,
    pub reviews: usize,
    pub stats: Vec<StatView>,
    pub overall: String,
    pub spread: String,
    pub comments: Vec<(String, String)>,
    pub decision: Option<String>,
    pub decision_note: String,
    pub form: FormState,
}

#[derive(Template)]
#[template(path = "catalogue/round_report.html")]
struct ReportPage {
    page: Page,
    id: String,
    name: String,
    open: bool,
    rows: Vec<ReportRow>,
    decisions: Vec<(String, String)>,
    is_admin: bool,
}

fn num(lang: Lang, v: f64) -> String {
    let s = format!("{v:.1}");
    if lang == Lang::En { s } else { s.replace('.', ",") }
}

struct Built {
    round: db::Round,
    rows: Vec<(db::Item, String, Vec<db::Given>)>,
}

async fn build(st: &AppState, id: &str, lang: Lang) -> AppResult<Built> {
    let round = the_round(st, id).await?;
    let mut c = st.store.conn().await?;
    let items = db::items(&mut c, id).await?;
    let given = db::scores(&mut c, id).await?;
    let mut by: HashMap<String, Vec<db::Given>> = HashMap::new();
    for g in given {
        by.entry(g.resource_id.clone()).or_default().push(g);
    }
    let mut rows = Vec::new();
    for i in items {
        let title = title_of(&mut c, &i.slug, lang).await?;
        let g = by.remove(&i.resource_id).unwrap_or_default();
        rows.push((i, title, g));
    }
    Ok(Built { round, rows })
}

async fn report(State(st): State<AppState>, r: ToolkitReader, Path(id): Path<String>) -> AppResult<Response> {
    let s = r.0;
    let lang = s.ctx.lang;
    let b = build(&st, &id, lang).await?;
    let page = s.page(&st, "toolkit").await?;
    let rows = b
        .rows
        .into_iter()
        .map(|(i, title, given)| {
            let scores: Vec<Scores> = given.iter().map(|g| g.scores.clone()).collect();
            let sum = summarise(&scores);
            let mut form = FormState::new(lang);
            form.set("decision", i.decision.map(|d| d.as_str()).unwrap_or(""));
            form.set("note", i.decision_note.clone());
            ReportRow {
                stats: sum
                    .as_ref()
                    .map(|x| {
                        x.criteria
                            .iter()
                            .map(|st| StatView {
                                label: criterion_label(lang, st.criterion),
                                average: num(lang, st.average),
                                range: format!("{}–{}", st.min, st.max),
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
                overall: sum.as_ref().map(|x| num(lang, x.overall)).unwrap_or_default(),
                spread: sum.as_ref().map(|x| num(lang, x.spread)).unwrap_or_default(),
                reviews: given.len(),
                comments: given
                    .iter()
                    .filter(|g| !g.scores.comment.is_empty())
                    .map(|g| (g.reviewer_name.clone(), g.scores.comment.clone()))
                    .collect(),
                decision: i.decision.map(|d| decision_label(lang, d)),
                decision_note: i.decision_note.clone(),
                form,
                slug: i.slug,
                title,
            }
        })
        .collect();
    let mut decisions = vec![(String::new(), lang.t("round-decision-none"))];
    decisions.extend(Decision::ALL.iter().map(|d| (d.as_str().to_string(), decision_label(lang, *d))));
    render(&ReportPage {
        id,
        name: b.round.name,
        open: b.round.open,
        rows,
        decisions,
        is_admin: s.user.platform.admin,
        page,
    })
}

async fn report_pdf(st: State<AppState>, r: ToolkitReader, id: Path<String>) -> AppResult<Response> {
    report_document(st, r, id, weerbaar_render::Format::Pdf).await
}

async fn report_docx(st: State<AppState>, r: ToolkitReader, id: Path<String>) -> AppResult<Response> {
    report_document(st, r, id, weerbaar_render::Format::Docx).await
}

/// The round report as a document for the sounding board's minutes: per product the
/// averages and range per criterion, the spread, the comments and the decision.
async fn report_document(
    State(st): State<AppState>,
    r: ToolkitReader,
    Path(id): Path<String>,
    format: weerbaar_render::Format,
) -> AppResult<Response> {
    use weerbaar_render::{Block, Cell, Document};
    let lang = r.0.ctx.lang;
    let b = build(&st, &id, lang).await?;
    let mut blocks = Vec::new();
    for (i, title, given) in &b.rows {
        blocks.push(Block::Heading { level: 1, text: title.clone() });
        let scores: Vec<Scores> = given.iter().map(|g| g.scores.clone()).collect();
        match summarise(&scores) {
            Some(x) => {
                let rows = x
                    .criteria
                    .iter()
                    .map(|c| {
                        vec![
                            Cell::new(criterion_label(lang, c.criterion)),
                            Cell::new(num(lang, c.average)),
                            Cell::new(format!("{}–{}", c.min, c.max)),
                        ]
                    })
                    .collect();
                blocks.push(Block::Table {
                    head: vec![lang.t("round-criterion"), lang.t("round-csv-average"), lang.t("round-csv-range")],
                    rows,
                    widths: vec![4, 2, 2],
                });
                blocks.push(Block::Paragraph {
                    text: format!(
                        "{}: {} · {}: {} · {}: {}",
                        lang.t("round-overall"),
                        num(lang, x.overall),
                        lang.t("round-spread"),
                        num(lang, x.spread),
                        lang.t("round-csv-reviews"),
                        given.len()
                    ),
                });
            }
            None => blocks.push(Block::Paragraph { text: lang.t("round-no-scores") }),
        }
        let comments: Vec<String> = given
            .iter()
            .filter(|g| !g.scores.comment.is_empty())
            .map(|g| format!("{}: {}", g.reviewer_name, g.scores.comment))
            .collect();
        if !comments.is_empty() {
            blocks.push(Block::Heading { level: 2, text: lang.t("round-comments") });
            blocks.push(Block::List { items: comments });
        }
        let decision = i.decision.map(|d| decision_label(lang, d)).unwrap_or_else(|| lang.t("round-decision-none"));
        blocks.push(Block::Labelled { label: lang.t("round-decision"), text: decision });
        if !i.decision_note.is_empty() {
            blocks.push(Block::Labelled { label: lang.t("round-decision-note"), text: i.decision_note.clone() });
        }
    }
    let title = lang.t_args("round-report-heading", &[("name", b.round.name.clone())]);
    let d = Document {
        lang: crate::documents::DocLabels(lang).code().to_string(),
        title,
        subtitle: String::new(),
        organisation: lang.t("doc-toolkit"),
        version: String::new(),
        classification: String::new(),
        date: lang.day(weerbaar_core::today()),
        cover: Vec::new(),
        toc_title: None,
        page_label: lang.t("doc-page"),
        compact: false,
        logo: None,
        blocks,
    };
    let file = format!("round-{}.{}", weerbaar_core::catalogue::edit::slugify(&b.round.name), format.ext());
    crate::documents::download(&st, d, format, file).await
}

async fn report_csv(State(st): State<AppState>, r: ToolkitReader, Path(id): Path<String>) -> AppResult<Response> {
    let lang = r.0.ctx.lang;
    let b = build(&st, &id, lang).await?;
    let mut head = vec![lang.t("round-csv-product"), "slug".to_string(), lang.t("round-csv-reviews")];
    for c in Criterion::ALL {
        head.push(format!("{} ({})", criterion_label(lang, *c), lang.t("round-csv-average")));
        head.push(format!("{} ({})", criterion_label(lang, *c), lang.t("round-csv-range")));
    }
    head.extend([
        lang.t("round-overall"),
        lang.t("round-spread"),
        lang.t("round-decision"),
        lang.t("round-decision-note"),
        lang.t("round-comments"),
    ]);
    // A byte order mark, so spreadsheet programs read the accents right.
    let mut out = String::from("\u{feff}");
    out.push_str(&csv_line(&head));
    for (i, title, given) in &b.rows {
        let scores: Vec<Scores> = given.iter().map(|g| g.scores.clone()).collect();
        let sum = summarise(&scores);
        let mut row = vec![title.clone(), i.slug.clone(), given.len().to_string()];
        for k in 0..Criterion::ALL.len() {
            match &sum {
                Some(x) => {
                    row.push(format!("{:.2}", x.criteria[k].average));
                    row.push(format!("{}-{}", x.criteria[k].min, x.criteria[k].max));
                }
                None => row.extend([String::new(), String::new()]),
            }
        }
        row.push(sum.as_ref().map(|x| format!("{:.2}", x.overall)).unwrap_or_default());
        row.push(sum.as_ref().map(|x| format!("{:.2}", x.spread)).unwrap_or_default());
        row.push(i.decision.map(|d| decision_label(lang, d)).unwrap_or_default());
        row.push(i.decision_note.clone());
        row.push(
            given
                .iter()
                .filter(|g| !g.scores.comment.is_empty())
                .map(|g| format!("{}: {}", g.reviewer_name, g.scores.comment))
                .collect::<Vec<_>>()
                .join("\n"),
        );
        out.push_str(&csv_line(&row));
    }
    let file = format!("round-{}.csv", weerbaar_core::catalogue::edit::slugify(&b.round.name));
    Ok((
        [
            (CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (CONTENT_DISPOSITION, format!("attachment; filename=\"{file}\"")),
        ],
        out,
    )
        .into_response())
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

/// Queues reminders for reviewers who have not finished a round whose deadline is near.
pub async fn send_due(st: &AppState) -> Result<usize, StoreError> {
    let today = weerbaar_core::today();
    let due = {
        let mut c = st.store.conn().await?;
        db::due_for_reminder(&mut c, today, REMIND_DAYS).await?
    };
    let mut sent = 0;
    for rd in due {
        let mut tx = st.store.begin().await?;
        if !db::mark_reminded(&mut tx, &rd).await? {
            continue;
        }
        let total = db::items(&mut tx, &rd.id).await?.len();
        let given = db::scores(&mut tx, &rd.id).await?;
        for (rid, email, name, locale) in db::reviewers(&mut tx).await? {
            let done = given.iter().filter(|g| g.reviewer_id == rid).count();
            if done >= total {
                continue;
            }
            let lang = locale.as_deref().and_then(Lang::parse).unwrap_or(Lang::DEFAULT);
            let args = [
                ("name", name),
                ("round", rd.name.clone()),
                ("date", lang.day(rd.deadline)),
                ("left", (total - done).to_string()),
                ("link", crate::auth::link(st, &format!("/toolkit/rounds/{}", rd.id))),
            ];
            let m = Mail {
                to: email,
                subject: lang.t_args("mail-round-subject", &args),
                body: lang.t_args("mail-round-body", &args),
            };
            mail::queue(&mut tx, &m).await?;
            sent += 1;
        }
        tx.commit().await?;
    }
    if sent > 0 {
        st.jobs_notify.notify_one();
    }
    Ok(sent)
}
