//! The dependency view: per activity, the chain of resources below it with their
//! recovery times against the activity's RTO, as a picture (server-rendered SVG) and
//! as a table.

use askama::Template;
use askama::filters::Safe;
use axum::extract::{Path, State};
use axum::response::Response;
use weerbaar_core::bcp::bia;
use weerbaar_core::bcp::graph::{chain, latest_of};
use weerbaar_core::bcp::model::*;
use weerbaar_store::bcp as db;

use super::*;
use crate::forms::esc;
use crate::http::{render, see_other};
use crate::i18n::Lang;
use crate::page::{Member, Page, Read};

pub struct OverviewRow {
    pub id: String,
    pub name: String,
    pub priority: String,
    pub rto: String,
    pub available: String,
    pub status: String,
    pub status_class: &'static str,
}

#[derive(Template)]
#[template(path = "bcp/dependencies.html")]
struct OverviewPage {
    page: Page,
    steps: Vec<Step>,
    rows: Vec<OverviewRow>,
}

fn status(lang: Lang, available: Option<u32>, rto: Option<u32>, workaround: bool) -> (String, &'static str) {
    match (available, rto) {
        (None, _) => (lang.t("bcp-chain-unknown"), "unknown"),
        (Some(_), None) => (lang.t("bcp-chain-no-rto"), "unknown"),
        (Some(a), Some(r)) if a > r && workaround => (lang.t("bcp-chain-bridged"), "bridged"),
        (Some(a), Some(r)) if a > r => (lang.t("bcp-chain-late"), "late"),
        _ => (lang.t("bcp-chain-ok"), "ok"),
    }
}

pub(super) async fn overview(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let plan = {
        let mut c = st.store.conn().await?;
        db::core_plan(&mut c, m.org_id()).await?
    };
    let Some(plan) = plan else { return Ok(see_other(&format!("/o/{}/plan", m.org.id))) };
    let an = plan.analysis();
    let direct = weerbaar_core::bcp::recovery::direct_needs(&plan, &an.graph);
    let mut acts: Vec<(&Activity, bia::Assessment)> =
        plan.activities.iter().map(|a| (a, bia::assess(a, &plan.header.scale))).collect();
    acts.sort_by_key(|(a, ass)| (ass.priority, a.position));
    let mut labels = super::Labels::new(lang);
    let mut rows = Vec::with_capacity(acts.len());
    for (a, ass) in acts {
        let av = latest_of(direct.get(a.id.as_str()).map(Vec::as_slice).unwrap_or(&[]), &an.available);
        let (s, class) = status(lang, av, a.rto_hours, a.workaround.iter().any(|w| !w.trim().is_empty()));
        rows.push(OverviewRow {
            id: a.id.clone(),
            name: a.name.clone(),
            priority: labels.t(&ass.priority.label_key()),
            rto: labels.hours_or_dash(a.rto_hours),
            available: labels.hours_or_unknown(av),
            status: s,
            status_class: class,
        });
    }
    render(&OverviewPage { page: m.page("plan"), steps: steps(lang, &m.org.id, "resources"), rows })
}

pub struct ChainView {
    pub name: String,
    pub href: String,
    pub depth: usize,
    pub own: String,
    pub available: String,
    pub late: bool,
}

#[derive(Template)]
#[template(path = "bcp/dependency.html")]
struct ActivityPage {
    page: Page,
    steps: Vec<Step>,
    activity: Activity,
    svg: Safe<String>,
    rows: Vec<ChainView>,
    summary: String,
    /// What the rows not shown amount to, when the chain is longer than the page shows.
    more: Option<String>,
}

/// Rows of the chain picture and table; longer chains end in a summary line.
const CHAIN_ROWS_SHOWN: usize = 60;

const W: f64 = 760.0;
const LABEL_W: f64 = 270.0;
const ROW_H: f64 = 30.0;
const TOP: f64 = 46.0;

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n { s.to_string() } else { format!("{}…", s.chars().take(n - 1).collect::<String>()) }
}

/// The picture: one bar per resource, from when its dependencies are back to when it
/// is back itself, against a line at the RTO.
pub fn chain_svg(
    lang: Lang,
    plan: &Plan,
    activity: &Activity,
    rows: &[weerbaar_core::bcp::graph::ChainRow],
    summary: &str,
) -> String {
    let rto = activity.rto_hours;
    let max = rows.iter().filter_map(|r| r.available_hours).chain(rto).max().unwrap_or(24).max(1) as f64 * 1.35;
    let chart_w = W - LABEL_W - 20.0;
    let x = |h: f64| LABEL_W + (h / max) * chart_w;
    let height = TOP + ROW_H * rows.len().max(1) as f64 + 20.0;
    let mut s = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {height}" width="100%" role="img" aria-labelledby="chain-title chain-desc" class="chain"><title id="chain-title">{}</title><desc id="chain-desc">{}</desc><defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#505a5f" stroke-width="2"/></pattern></defs>"##,
        esc(&lang.t_args("bcp-chain-title", &[("activity", activity.name.clone())])),
        esc(summary)
    );
    // Time axis at the plan's windows.
    for w in plan.header.scale.windows_hours.iter().filter(|w| (**w as f64) <= max) {
        let xx = x(*w as f64);
        s.push_str(&format!(
            r##"<line x1="{xx:.1}" y1="{}" x2="{xx:.1}" y2="{:.1}" stroke="#d8d8d8"/><text x="{xx:.1}" y="18" font-size="11" text-anchor="middle" fill="#1b1b1b">{}</text>"##,
            TOP - 18.0,
            height - 16.0,
            esc(&hours_label(lang, *w))
        ));
    }
    if let Some(r) = rto {
        let xx = x(r as f64);
        s.push_str(&format!(
            r##"<line x1="{xx:.1}" y1="24" x2="{xx:.1}" y2="{:.1}" stroke="#1b1b1b" stroke-width="2" stroke-dasharray="6 3"/><text x="{xx:.1}" y="36" font-size="12" font-weight="bold" text-anchor="middle" fill="#1b1b1b">RTO {}</text>"##,
            height - 16.0,
            esc(&hours_label(lang, r))
        ));
    }
    for (i, row) in rows.iter().enumerate() {
        let y = TOP + ROW_H * i as f64;
        let name = &row.name;
        let indent = 6.0 + 14.0 * row.depth.min(8) as f64;
        s.push_str(&format!(
            r##"<text x="{indent:.1}" y="{:.1}" font-size="12" fill="#1b1b1b">{}<title>{}</title></text>"##,
            y + 19.0,
            esc(&truncate(name, 34 - row.depth.min(8) * 2)),
            esc(name)
        ));
        match (row.available_hours, row.own_hours) {
            (Some(a), Some(own)) => {
                let start = a.saturating_sub(own) as f64;
                let late = rto.is_some_and(|r| a > r);
                let colour = if late { "#b10e1e" } else { "#1d4e89" };
                if start > 0.0 {
                    s.push_str(&format!(
                        r##"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="14" fill="#b1b4b6"/>"##,
                        x(0.0),
                        y + 8.0,
                        x(start) - x(0.0)
                    ));
                }
                s.push_str(&format!(
                    r##"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="14" fill="{colour}"/>"##,
                    x(start),
                    y + 8.0,
                    (x(a as f64) - x(start)).max(2.0)
                ));
                let label = if late {
                    format!("{} — {}", hours_label(lang, a), lang.t("bcp-chain-late"))
                } else {
                    hours_label(lang, a)
                };
                s.push_str(&format!(
                    r##"<text x="{:.1}" y="{:.1}" font-size="11" fill="#1b1b1b">{}</text>"##,
                    x(a as f64) + 4.0,
                    y + 19.0,
                    esc(&label)
                ));
            }
            _ => {
                s.push_str(&format!(
                    r##"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="14" fill="url(#hatch)" stroke="#505a5f"/>"##,
                    x(0.0),
                    y + 8.0,
                    chart_w * 0.25
                ));
                s.push_str(&format!(
                    r##"<text x="{:.1}" y="{:.1}" font-size="11" fill="#1b1b1b">{}</text>"##,
                    x(0.0) + chart_w * 0.25 + 4.0,
                    y + 19.0,
                    esc(&lang.t("bcp-unknown"))
                ));
            }
        }
    }
    s.push_str("</svg>");
    s
}

pub(super) async fn activity(
    State(st): State<AppState>,
    m: Member<Read>,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let plan = {
        let mut c = st.store.conn().await?;
        db::core_plan(&mut c, m.org_id()).await?
    };
    let Some(plan) = plan else { return Ok(see_other(&format!("/o/{}/plan", m.org.id))) };
    let a = plan.activity(&id).cloned().ok_or(AppError::NotFound)?;
    let an = plan.analysis();
    let rows = chain(&plan, &an.graph, &a.id, &an.available);
    let av = latest_of(&an.direct(&plan, &a.id), &an.available);
    let late =
        rows.iter().filter(|r| matches!((r.available_hours, a.rto_hours), (Some(x), Some(rto)) if x > rto)).count();
    let rto = a.rto_hours.map(|h| hours_label(lang, h)).unwrap_or_else(|| "—".into());
    let summary = match av {
        Some(h) => lang.t_args(
            "bcp-chain-summary",
            &[
                ("activity", a.name.clone()),
                ("available", hours_label(lang, h)),
                ("rto", rto),
                ("late", late.to_string()),
            ],
        ),
        None => lang.t_args("bcp-chain-summary-unknown", &[("activity", a.name.clone()), ("rto", rto)]),
    };
    let bridged = a.workaround.iter().any(|w| !w.trim().is_empty())
        && matches!((av, a.rto_hours), (Some(x), Some(rto)) if x > rto);
    let summary = if bridged { format!("{summary} {}", lang.t("bcp-chain-summary-bridged")) } else { summary };
    // A chain of hundreds of resources is not a picture anyone reads: show the first rows
    // (slowest branch first, so the critical path) and say what the rest amounts to.
    let more = rows.get(CHAIN_ROWS_SHOWN..).filter(|rest| !rest.is_empty()).map(|rest| {
        let latest = rest.iter().map(|r| r.available_hours).try_fold(0u32, |w, x| x.map(|x| w.max(x)));
        lang.t_args(
            "bcp-chain-more",
            &[
                ("count", rest.len().to_string()),
                ("latest", latest.map(|h| hours_label(lang, h)).unwrap_or_else(|| lang.t("bcp-unknown"))),
                (
                    "late",
                    rest.iter()
                        .filter(|r| matches!((r.available_hours, a.rto_hours), (Some(x), Some(rto)) if x > rto))
                        .count()
                        .to_string(),
                ),
            ],
        )
    });
    let rows = &rows[..rows.len().min(CHAIN_ROWS_SHOWN)];
    let svg = chain_svg(lang, &plan, &a, rows, &summary);
    let mut labels = super::Labels::new(lang);
    let views = rows
        .iter()
        .map(|r| ChainView {
            name: r.name.clone(),
            href: format!("/o/{}/plan/resources/{}", m.org.id, r.resource_id),
            depth: r.depth,
            own: labels.hours_or_unknown(r.own_hours),
            available: labels.hours_or_unknown(r.available_hours),
            late: matches!((r.available_hours, a.rto_hours), (Some(x), Some(rto)) if x > rto),
        })
        .collect();
    render(&ActivityPage {
        page: m.page("plan"),
        steps: steps(lang, &m.org.id, "resources"),
        activity: a,
        svg: Safe(svg),
        rows: views,
        summary,
        more,
    })
}
