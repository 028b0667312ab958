//! The anonymous comparison. Member organisations choose to share with one umbrella
//! organisation (off until their administrator turns it on). The umbrella sees only
//! aggregates of the latest approved assessments; figures resting on fewer than five
//! organisations are withheld (`core::assessment::compare`). A member sees its own
//! position against the aggregate. In demo mode, generated peers fill the view and the
//! page says so.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use weerbaar_core::OrgId;
use weerbaar_core::assessment::compare::{self, Distribution, Figure, Position, Share};
use weerbaar_core::catalogue::round::csv_line;
use weerbaar_core::org::OrgKind;
use weerbaar_store::assessments::{benchmark as db, frameworks};

use super::service;
use super::views::node_title;
use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::findings::finding::actor_of;
use crate::forms::{FormState, Pairs};
use crate::http::{render, render_status, see_other_with_flash};
use crate::i18n::Lang;
use crate::page::{ManageSettings, Member, OrgPermission, Page, Read};

/// How many generated organisations the demo adds.
pub const DEMO_PEERS: usize = 12;

#[derive(Debug, Default, Deserialize)]
pub struct Which {
    #[serde(default)]
    pub framework: String,
    #[serde(default)]
    pub level: String,
}

impl Which {
    /// From a query string; the first of repeated parameters counts.
    pub fn from_raw(raw: Option<&str>) -> Which {
        let v = |k: &str| crate::context::form_urlencoded_value(raw.unwrap_or("").as_bytes(), k).unwrap_or_default();
        Which { framework: v("framework"), level: v("level") }
    }
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ThemeFigure {
    pub id: String,
    pub name: String,
    #[schema(value_type = Object)]
    pub maturity: Figure<Distribution>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Aggregate {
    pub framework: String,
    pub level: Option<String>,
    /// Organisations that share with this umbrella organisation.
    pub sharing: usize,
    #[schema(value_type = Object)]
    pub total: Figure<Distribution>,
    pub themes: Vec<ThemeFigure>,
    #[schema(value_type = Object)]
    pub approved_plans: Figure<Share>,
    #[schema(value_type = Object)]
    pub open_critical_high: Figure<Distribution>,
    /// Generated demo organisations included (0 outside demo mode).
    pub demo_peers: usize,
}

fn peer_value(n: usize, k: usize) -> f64 {
    1.5 + ((n * 7 + k * 3) % 25) as f64 / 10.0
}

/// The aggregates over the organisations sharing with `umbrella`.
pub async fn aggregate(
    st: &AppState,
    umbrella: &OrgId,
    framework: &str,
    level: Option<&str>,
    lang: Lang,
) -> AppResult<Aggregate> {
    let fw = st.frameworks.get(st, framework).await?;
    let mut c = st.store.conn().await?;
    let sharing = db::members(&mut c, umbrella).await? as usize;
    let maturity = db::maturity(&mut c, umbrella, framework, level).await?;
    let plans = db::approved_plans(&mut c, umbrella).await?;
    let serious = db::open_serious(&mut c, umbrella).await?;
    let demo = weerbaar_store::settings::get(&mut c, weerbaar_store::settings::DEMO).await?.is_some();
    drop(c);
    let peers = if demo { DEMO_PEERS } else { 0 };
    let parsed: Vec<(String, serde_json::Value)> =
        maturity.into_iter().filter_map(|(o, f)| serde_json::from_str(&f).ok().map(|v| (o, v))).collect();
    let value_of = |v: &serde_json::Value, key: Option<&str>| match key {
        Some(k) => v["roots"][k].as_f64(),
        None => v["total"].as_f64(),
    };
    let series = |key: Option<&str>, k: usize| {
        let mut out: Vec<(String, f64)> =
            parsed.iter().filter_map(|(o, v)| value_of(v, key).map(|x| (o.clone(), x))).collect();
        out.extend((0..peers).map(|n| (format!("demo-peer-{n}"), peer_value(n, k))));
        out
    };
    let themes = fw
        .roots()
        .into_iter()
        .enumerate()
        .filter(|(_, i)| fw.requirements(level).any(|(j, _)| fw.is_under(j, *i)))
        .map(|(k, i)| ThemeFigure {
            id: fw.nodes[i].id.clone(),
            name: node_title(&fw, i, lang),
            maturity: compare::distribution(&series(Some(&fw.nodes[i].id), k + 1)),
        })
        .collect();
    let mut plan_flags = plans;
    plan_flags.extend((0..peers).map(|n| (format!("demo-peer-{n}"), n % 3 != 0)));
    let mut counts: Vec<(String, f64)> = serious.into_iter().map(|(o, n)| (o, n as f64)).collect();
    counts.extend((0..peers).map(|n| (format!("demo-peer-{n}"), ((n * 5) % 7) as f64)));
    Ok(Aggregate {
        framework: fw.name.get(lang.code()).to_string(),
        level: level.map(str::to_string),
        sharing,
        total: compare::distribution(&series(None, 0)),
        themes,
        approved_plans: compare::share(&plan_flags),
        open_critical_high: compare::distribution(&counts),
        demo_peers: peers,
    })
}

/// The aggregates as CSV for the regional audit office; withheld figures say so.
pub fn csv(lang: Lang, a: &Aggregate) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&csv_line(&["figure", "organisations", "q1", "median", "q3", "withheld"].map(String::from)));
    let dist = |name: String, f: &Figure<Distribution>| match f {
        Figure::Shown(d) => {
            csv_line(&[name, d.organisations.to_string(), fmt(d.q1), fmt(d.median), fmt(d.q3), String::new()])
        }
        Figure::Withheld { .. } => {
            csv_line(&[name, String::new(), String::new(), String::new(), String::new(), "yes".into()])
        }
    };
    out.push_str(&dist(lang.t("benchmark-total"), &a.total));
    for t in &a.themes {
        out.push_str(&dist(t.name.clone(), &t.maturity));
    }
    out.push_str(&dist(lang.t("benchmark-serious"), &a.open_critical_high));
    out.push_str(&match &a.approved_plans {
        Figure::Shown(s) => csv_line(&[
            lang.t("benchmark-plans"),
            s.organisations.to_string(),
            String::new(),
            fmt(s.share),
            String::new(),
            String::new(),
        ]),
        Figure::Withheld { .. } => csv_line(&[
            lang.t("benchmark-plans"),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            "yes".into(),
        ]),
    });
    out
}

/// The first framework of the library (the shipped one) at its first level.
async fn default_choice(st: &AppState) -> AppResult<(String, String)> {
    let mut c = st.store.conn().await?;
    let first = frameworks::list(&mut c).await?.into_iter().next().ok_or(AppError::NotFound)?;
    Ok((first.id.clone(), first.level_ids().into_iter().next().unwrap_or_default()))
}

fn fmt(v: f64) -> String {
    format!("{v:.2}")
}

pub struct Row {
    pub name: String,
    pub shown: Option<(String, String, String, usize)>,
    pub own: String,
    pub position: String,
}

#[derive(Template)]
#[template(path = "assessment/benchmark.html")]
struct BenchmarkPage {
    page: Page,
    is_umbrella: bool,
    choices: Vec<(String, String)>,
    chosen: String,
    rows: Vec<Row>,
    plans: Option<String>,
    serious: Option<(String, String, String)>,
    sharing: usize,
    demo_peers: usize,
    umbrellas: Vec<(String, String)>,
    share_form: FormState,
    shares_with: Option<String>,
    csv_href: String,
}

fn dist_text(lang: Lang, scored: bool, d: &Distribution) -> (String, String, String, usize) {
    let f = |v: f64| if scored { super::views::value_scaled(lang, v) } else { format!("{v:.0} %") };
    (f(d.q1), f(d.median), f(d.q3), d.organisations)
}

fn position_label(lang: Lang, p: Position) -> String {
    lang.t(&format!("benchmark-position-{}", p.as_str().replace('_', "-")))
}

async fn view<A: OrgPermission>(
    st: &AppState,
    m: &Member<A>,
    w: &Which,
    share_form: FormState,
) -> AppResult<BenchmarkPage> {
    let lang = m.ctx.lang;
    let is_umbrella = m.org.profile.kind == OrgKind::Umbrella;
    let mut c = st.store.conn().await?;
    let list = frameworks::list(&mut c).await?;
    let share = db::share_of(&mut c, m.org_id()).await?;
    let umbrellas: Vec<(String, String)> = weerbaar_store::orgs::list_all(&mut c)
        .await?
        .into_iter()
        .filter(|o| o.profile.kind == OrgKind::Umbrella && &o.id != m.org_id())
        .map(|o| (o.id.to_string(), o.profile.name))
        .collect();
    drop(c);
    let mut choices = Vec::new();
    for s in &list {
        let fw = st.frameworks.get(st, &s.id).await?;
        if fw.levels.is_empty() {
            choices.push((format!("{}|", s.id), s.name.clone()));
        }
        for l in &fw.levels {
            choices.push((format!("{}|{}", s.id, l.id), format!("{} – {}", s.name, l.name.get(lang.code()))));
        }
    }
    let chosen = if w.framework.is_empty() {
        choices.first().map(|c| c.0.clone()).unwrap_or_default()
    } else {
        format!("{}|{}", w.framework, w.level)
    };
    let (fid, level) = chosen.split_once('|').map(|(a, b)| (a.to_string(), b.to_string())).unwrap_or_default();
    let level = (!level.is_empty()).then_some(level);
    // The umbrella whose figures are shown: itself, or the one this member shares with.
    let target = if is_umbrella { Some(m.org_id().clone()) } else { share.clone() };
    let mut rows = Vec::new();
    let (mut plans, mut serious, mut sharing, mut demo_peers) = (None, None, 0, 0);
    if let Some(u) = &target
        && !fid.is_empty()
    {
        let a = aggregate(st, u, &fid, level.as_deref(), lang).await?;
        let fw = st.frameworks.get(st, &fid).await?;
        let scored = fw.scale.is_some();
        // A member's own figures: its latest approved assessment.
        let own: Option<serde_json::Value> = if is_umbrella {
            None
        } else {
            let mut c = st.store.conn().await?;
            let mine =
                weerbaar_store::assessments::benchmark::own_latest(&mut c, m.org_id(), &fid, level.as_deref()).await?;
            mine.and_then(|f| serde_json::from_str(&f).ok())
        };
        let mut push = |name: String, f: &Figure<Distribution>, own_v: Option<f64>| {
            let shown = f.shown().map(|d| dist_text(lang, scored, d));
            let pos = match (f.shown(), own_v) {
                (Some(d), Some(v)) => position_label(lang, compare::position(v, d)),
                _ => String::new(),
            };
            let own = own_v
                .map(|v| if scored { super::views::value_scaled(lang, v) } else { format!("{v:.0} %") })
                .unwrap_or_default();
            rows.push(Row { name, shown, own, position: pos });
        };
        push(lang.t("benchmark-total"), &a.total, own.as_ref().and_then(|o| o["total"].as_f64()));
        for t in &a.themes {
            push(t.name.clone(), &t.maturity, own.as_ref().and_then(|o| o["roots"][&t.id].as_f64()));
        }
        plans = a.approved_plans.shown().map(|s| format!("{:.0} %", s.share * 100.0));
        serious = a
            .open_critical_high
            .shown()
            .map(|d| (format!("{:.0}", d.q1), format!("{:.0}", d.median), format!("{:.0}", d.q3)));
        sharing = a.sharing;
        demo_peers = a.demo_peers;
    }
    Ok(BenchmarkPage {
        page: m.page("assessments"),
        is_umbrella,
        csv_href: format!(
            "/o/{}/benchmark.csv?framework={}&level={}",
            m.org.id,
            crate::page::urlencode(&fid),
            crate::page::urlencode(level.as_deref().unwrap_or(""))
        ),
        choices,
        chosen,
        rows,
        plans,
        serious,
        sharing,
        demo_peers,
        shares_with: share.and_then(|s| umbrellas.iter().find(|u| u.0 == s.as_str()).map(|u| u.1.clone())),
        share_form: share_form.ids("share"),
        umbrellas,
    })
}

pub(super) async fn page(State(st): State<AppState>, m: Member<Read>, RawQuery(raw): RawQuery) -> AppResult<Response> {
    let w = Which::from_raw(raw.as_deref());
    let mut c = st.store.conn().await?;
    let current = db::share_of(&mut c, m.org_id()).await?.map(|o| o.to_string()).unwrap_or_default();
    drop(c);
    let form = FormState::new(m.ctx.lang).value_of("umbrella", current);
    render(&view(&st, &m, &w, form).await?)
}

pub(super) async fn export_csv(
    State(st): State<AppState>,
    m: Member<Read>,
    RawQuery(raw): RawQuery,
) -> AppResult<Response> {
    let w = Which::from_raw(raw.as_deref());
    if m.org.profile.kind != OrgKind::Umbrella {
        return Err(AppError::NotFound);
    }
    let (fid, level) =
        if w.framework.is_empty() { default_choice(&st).await? } else { (w.framework.clone(), w.level.clone()) };
    let level = (!level.is_empty()).then_some(level.as_str());
    let a = aggregate(&st, m.org_id(), &fid, level, m.ctx.lang).await?;
    Ok(crate::documents::attachment(csv(m.ctx.lang, &a).into_bytes(), "text/csv; charset=utf-8", "vergelijking.csv")
        .into_response())
}

pub(super) async fn set_share(State(st): State<AppState>, m: Member<ManageSettings>, f: Pairs) -> AppResult<Response> {
    match service::set_share(&st, m.org_id(), &actor_of(&m), f.get("umbrella")).await? {
        Ok(()) => Ok(see_other_with_flash(&format!("/o/{}/benchmark", m.org.id), "flash-saved", st.cfg.tls())),
        Err(e) => {
            let form = f.shown(m.ctx.lang, &["umbrella"]).with_errors(e);
            render_status(&view(&st, &m, &Which::default(), form).await?, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}
