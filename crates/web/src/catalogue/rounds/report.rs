//! The round's report: averages, spread, comments and decisions, as a page, PDF, DOCX and CSV.

use super::*;
use crate::forms::FormState;
use crate::http::render;
use crate::page::{Page, ToolkitReader};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use weerbaar_core::catalogue::round::{Criterion, Decision, Scores, csv_line, summarise};
use weerbaar_store::rounds as db;

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
pub(super) struct ReportPage {
    page: Page,
    id: String,
    name: String,
    open: bool,
    rows: Vec<ReportRow>,
    decisions: Vec<(String, String)>,
    is_admin: bool,
}

pub(super) fn num(lang: Lang, v: f64) -> String {
    let s = format!("{v:.1}");
    if lang == Lang::En { s } else { s.replace('.', ",") }
}

pub(super) struct Built {
    round: db::Round,
    rows: Vec<(db::Item, String, Vec<db::Given>)>,
}

pub(super) async fn build(st: &AppState, id: &str, lang: Lang) -> AppResult<Built> {
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

pub(super) async fn report(
    State(st): State<AppState>,
    r: ToolkitReader,
    Path(id): Path<String>,
) -> AppResult<Response> {
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

pub(super) async fn report_pdf(st: State<AppState>, r: ToolkitReader, id: Path<String>) -> AppResult<Response> {
    report_document(st, r, id, weerbaar_render::Format::Pdf).await
}

pub(super) async fn report_docx(st: State<AppState>, r: ToolkitReader, id: Path<String>) -> AppResult<Response> {
    report_document(st, r, id, weerbaar_render::Format::Docx).await
}

/// The round report as a document for the sounding board's minutes: per product the
/// averages and range per criterion, the spread, the comments and the decision.
pub(super) async fn report_document(
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

pub(super) async fn report_csv(
    State(st): State<AppState>,
    r: ToolkitReader,
    Path(id): Path<String>,
) -> AppResult<Response> {
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
