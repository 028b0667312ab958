//! Step 3: the business impact analysis. A grid per activity (categories by time
//! windows), fast by keyboard; the MTPD and priority follow from it.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::bcp::bia;
use weerbaar_core::bcp::checks;
use weerbaar_core::bcp::edit::{activity, header};
use weerbaar_core::bcp::model::*;
use weerbaar_core::validation::Num;
use weerbaar_store::bcp as db;

use super::save::{Change, Outcome, save_part};
use super::*;
use crate::forms::{FormState, Pairs};
use crate::http::{render, see_other, see_other_with_flash};
use crate::i18n::Lang;
use crate::page::{Edit, Member, Page, Read};

pub struct BiaRow {
    pub id: String,
    pub name: String,
    pub department: String,
    pub mtpd: String,
    pub priority: String,
    pub priority_class: &'static str,
    pub rto: String,
    pub rpo: String,
    pub complete: bool,
}

#[derive(Template)]
#[template(path = "bcp/bia.html")]
struct SummaryPage {
    page: Page,
    steps: Vec<Step>,
    rows: Vec<BiaRow>,
    windows: String,
    unacceptable: String,
}

pub(super) async fn summary(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let plan = {
        let mut c = st.store.conn().await?;
        let Some(found) = db::core_plan(&mut c, m.org_id()).await? else {
            return Ok(see_other(&format!("/o/{}/plan", m.org.id)));
        };
        found
    };
    let h = &plan.header;
    let mut labels = super::Labels::new(lang);
    let mut rows = Vec::with_capacity(plan.activities.len());
    for a in &plan.activities {
        let ass = bia::assess(a, &h.scale);
        rows.push(BiaRow {
            id: a.id.clone(),
            name: a.name.clone(),
            department: a.department.clone(),
            mtpd: labels.hours_or_dash(ass.mtpd_hours),
            priority: labels.t(&ass.priority.label_key()),
            priority_class: ass.priority.as_str(),
            rto: labels.hours_or_dash(a.rto_hours),
            rpo: labels.hours_or_dash(a.rpo_hours),
            complete: ass.complete,
        });
    }
    render(&SummaryPage {
        page: m.page("plan"),
        steps: steps(lang, &m.org.id, "bia"),
        rows,
        windows: h.scale.windows_hours.iter().map(|w| hours_label(lang, *w)).collect::<Vec<_>>().join(", "),
        unacceptable: lang.t(&format!("impact-level-{}", h.scale.unacceptable_level)),
    })
}

/// One select of the grid.
pub struct Cell {
    pub name: String,
    pub label: String,
    pub value: String,
    pub serious: bool,
}

pub struct GridRow {
    pub category: String,
    pub help: Vec<String>,
    pub cells: Vec<Cell>,
}

#[derive(Template)]
#[template(path = "bcp/bia_grid.html")]
struct GridPage {
    page: Page,
    steps: Vec<Step>,
    activity: Activity,
    windows: Vec<String>,
    window_hours: Vec<u32>,
    unacceptable: u8,
    levels: Vec<(String, String)>,
    rows: Vec<GridRow>,
    form: FormState,
    mtpd: String,
    priority: String,
    causes: String,
    findings: Vec<FindingView>,
    next: Option<String>,
    can_edit: bool,
    conflict: Vec<ConflictRow>,
}

fn cell_name(c: ImpactCategory, w: usize) -> String {
    format!("i-{}-{w}", c.as_str())
}

fn level_options(lang: Lang) -> Vec<(String, String)> {
    let mut v = vec![(String::new(), "—".to_string())];
    v.extend((0..=MAX_LEVEL).map(|l| (l.to_string(), format!("{l} {}", lang.t(&format!("impact-level-{l}"))))));
    v
}

fn grid_rows(lang: Lang, scale: &Scale, impacts: &Impacts, values: Option<&dyn Fn(&str) -> String>) -> Vec<GridRow> {
    let windows: Vec<String> = scale.windows_hours.iter().map(|w| hours_label(lang, *w)).collect();
    ImpactCategory::ALL
        .iter()
        .map(|c| GridRow {
            category: lang.t(c.label_key()),
            help: scale
                .descriptions
                .get(c)
                .map(|d| {
                    d.iter()
                        .enumerate()
                        .filter(|(_, t)| !t.is_empty())
                        .map(|(i, t)| format!("{}: {t}", i + 1))
                        .collect()
                })
                .unwrap_or_default(),
            cells: windows
                .iter()
                .enumerate()
                .map(|(w, wl)| {
                    let value = match values {
                        Some(get) => get(&cell_name(*c, w)),
                        None => impacts.get(*c, w).map(|l| l.to_string()).unwrap_or_default(),
                    };
                    Cell {
                        name: cell_name(*c, w),
                        label: wl.clone(),
                        serious: value.parse::<u8>().is_ok_and(|l| l >= scale.unacceptable_level),
                        value,
                    }
                })
                .collect(),
        })
        .collect()
}

async fn grid_view(
    st: &AppState,
    m: &Member<impl crate::page::OrgPermission>,
    id: &str,
) -> AppResult<Result<(std::sync::Arc<weerbaar_core::bcp::analysed::Analysed>, GridPage), Response>> {
    let lang = m.ctx.lang;
    let mut c = st.store.conn().await?;
    let Some(plan) = db::core_plan(&mut c, m.org_id()).await? else {
        return Ok(Err(see_other(&format!("/o/{}/plan", m.org.id))));
    };
    let a = plan.activity(id).cloned().ok_or(AppError::NotFound)?;
    let scale = &plan.header.scale;
    let ass = bia::assess(&a, scale);
    let causes = bia::mtpd_causes(&a.impacts, &scale.windows_hours, scale.unacceptable_level);
    let pos = plan.activities.iter().position(|x| x.id == a.id).unwrap_or(0);
    let next = plan.activities.get(pos + 1).map(|x| x.id.clone());
    let findings = checks::for_activity_in(&plan, plan.analysis(), id);
    let form = FormState::new(lang)
        .value_of("rto_hours", a.rto_hours.map(|h| h.to_string()).unwrap_or_default())
        .value_of("rpo_hours", a.rpo_hours.map(|h| h.to_string()).unwrap_or_default())
        .value_of("mbco", &a.mbco);
    let page = GridPage {
        page: m.page("plan"),
        steps: steps(lang, &m.org.id, "bia"),
        windows: scale.windows_hours.iter().map(|w| hours_label(lang, *w)).collect(),
        window_hours: scale.windows_hours.clone(),
        unacceptable: scale.unacceptable_level,
        levels: level_options(lang),
        rows: grid_rows(lang, scale, &a.impacts, None),
        form,
        mtpd: ass.mtpd_hours.map(|h| hours_label(lang, h)).unwrap_or_else(|| lang.t("bcp-mtpd-none")),
        priority: lang.t(&ass.priority.label_key()),
        causes: causes.iter().map(|c| lang.t(c.label_key())).collect::<Vec<_>>().join(", "),
        findings: finding_views(lang, &m.org.id, &findings),
        next,
        can_edit: can_edit(m, &plan.header),
        activity: a,
        conflict: vec![],
    };
    Ok(Ok((plan, page)))
}

pub(super) async fn grid(
    State(st): State<AppState>,
    m: Member<Read>,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    match grid_view(&st, &m, &id).await? {
        Ok((_, p)) => render(&p),
        Err(r) => Ok(r),
    }
}

pub(super) async fn grid_save(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    f: Pairs,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let (plan, mut view) = match grid_view(&st, &m, &id).await? {
        Ok(v) => v,
        Err(r) => return Ok(r),
    };
    let current = view.activity.clone();
    let scale = &plan.header.scale;
    let windows = scale.windows_hours.len();
    let draft = activity::BiaDraft {
        impacts: ImpactCategory::ALL
            .iter()
            .map(|c| (c.as_str().to_string(), (0..windows).map(|w| Num::text(f.get(&cell_name(*c, w)))).collect()))
            .collect(),
        rto_hours: Num::text(f.get("rto_hours")),
        rpo_hours: Num::text(f.get("rpo_hours")),
        mbco: f.get("mbco").into(),
    };
    let form = f.shown(lang, &["rto_hours", "rpo_hours", "mbco"]);
    let getter = |k: &str| f.get(k).to_string();
    let fields = match activity::check_bia(&draft, windows) {
        Ok(v) => v,
        Err(errs) => {
            view.rows = grid_rows(lang, scale, &current.impacts, Some(&getter));
            view.form = form.with_errors(errs);
            return invalid(&view);
        }
    };
    let back = format!("/o/{}/plan/bia/{id}", m.org.id);
    let mut updated = Activity { version: f.version(), ..current.clone() };
    fields.apply(&mut updated);
    let outcome = save_part(&st, &m, async |tx| {
        db::update_activity(tx, m.org_id(), &updated).await?;
        let summary = |a: &Activity| {
            serde_json::json!({"impacts": a.impacts, "rto_hours": a.rto_hours, "rpo_hours": a.rpo_hours, "mbco": a.mbco})
        };
        Change::new(AuditAction::ActivityUpdated, &current.name).values(Some(&summary(&current)), Some(&summary(&updated)))
    })
    .await?;
    match outcome {
        Outcome::Saved => {
            let target = match (f.get("then"), &view.next) {
                ("next", Some(n)) => format!("/o/{}/plan/bia/{n}", m.org.id),
                _ => back,
            };
            Ok(see_other_with_flash(&target, "flash-saved", st.cfg.tls()))
        }
        Outcome::Locked => Ok(after_save(&st, outcome, &back)),
        Outcome::Conflict => {
            let fresh = {
                let mut c = st.store.conn().await?;
                db::activity(&mut c, m.org_id(), &id).await?.ok_or(AppError::NotFound)?
            };
            let show = |a: &Activity| {
                let ass = bia::assess(a, scale);
                format!(
                    "MTPD {}, RTO {}, RPO {}",
                    ass.mtpd_hours.map(|h| hours_label(lang, h)).unwrap_or_else(|| "—".into()),
                    a.rto_hours.map(|h| hours_label(lang, h)).unwrap_or_else(|| "—".into()),
                    a.rpo_hours.map(|h| hours_label(lang, h)).unwrap_or_else(|| "—".into())
                )
            };
            let mut form = form;
            form.add_general("conflict-explained");
            view.conflict = conflict_rows(lang, &[("bcp-step-bia", show(&fresh), show(&updated))]);
            view.rows = grid_rows(lang, scale, &fresh.impacts, Some(&getter));
            view.activity = fresh;
            view.form = form;
            conflicted(&view)
        }
    }
}

#[derive(Template)]
#[template(path = "bcp/bia_scale.html")]
struct ScalePage {
    page: Page,
    steps: Vec<Step>,
    form: FormState,
    categories: Vec<(String, String)>,
    levels: Vec<(String, String)>,
    version: i64,
    can_edit: bool,
}

fn scale_form(lang: Lang, s: &Scale) -> FormState {
    let mut f = FormState::new(lang)
        .value_of("windows", s.windows_hours.iter().map(|w| w.to_string()).collect::<Vec<_>>().join(", "))
        .value_of("unacceptable", s.unacceptable_level.to_string());
    for c in ImpactCategory::ALL {
        for l in 1..=4usize {
            f.set(
                &format!("d-{}-{l}", c.as_str()),
                s.descriptions.get(&c).and_then(|v| v.get(l - 1)).cloned().unwrap_or_default(),
            );
        }
    }
    f
}

fn scale_view(m: &Member<impl crate::page::OrgPermission>, h: &PlanHeader, form: FormState) -> ScalePage {
    let lang = m.ctx.lang;
    ScalePage {
        page: m.page("plan"),
        steps: steps(lang, &m.org.id, "bia"),
        form,
        categories: ImpactCategory::ALL.iter().map(|c| (c.as_str().to_string(), lang.t(c.label_key()))).collect(),
        levels: (1..=MAX_LEVEL)
            .map(|l| (l.to_string(), format!("{l} {}", lang.t(&format!("impact-level-{l}")))))
            .collect(),
        version: h.version,
        can_edit: can_edit(m, h),
    }
}

pub(super) async fn scale_page(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    let h = match header_of(&st, &m).await? {
        Ok(h) => h,
        Err(r) => return Ok(r),
    };
    render(&scale_view(&m, &h, scale_form(m.ctx.lang, &h.scale)))
}

pub(super) async fn scale_save(State(st): State<AppState>, m: Member<Edit>, f: Pairs) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let h = match header_of(&st, &m).await? {
        Ok(h) => h,
        Err(r) => return Ok(r),
    };
    let mut names = vec!["windows".to_string(), "unacceptable".to_string()];
    names.extend(ImpactCategory::ALL.iter().flat_map(|c| (1..=4).map(move |l| format!("d-{}-{l}", c.as_str()))));
    let mut form = FormState::new(lang);
    for n in &names {
        form.set(n, f.get(n));
    }
    let draft = header::ScaleDraft {
        windows_hours: f
            .get("windows")
            .split([',', ' ', ';'])
            .filter(|s| !s.trim().is_empty())
            .map(Num::text)
            .collect(),
        unacceptable_level: Num::text(f.get("unacceptable")),
        descriptions: ImpactCategory::ALL
            .iter()
            .map(|c| {
                (c.as_str().to_string(), (1..=4).map(|l| f.get(&format!("d-{}-{l}", c.as_str())).to_string()).collect())
            })
            .collect(),
    };
    let scale = match header::check_scale(&draft) {
        Ok(s) => s,
        Err(errs) => {
            // The form names two fields differently from the document.
            for e in errs.iter() {
                let field = match e.field {
                    "windows_hours" => "windows",
                    "unacceptable_level" => "unacceptable",
                    other => other,
                };
                form.add_error(weerbaar_core::validation::FieldError { field, ..e.clone() });
            }
            return invalid(&scale_view(&m, &h, form));
        }
    };
    let back = format!("/o/{}/plan/bia/scale", m.org.id);
    let version = f.version();
    let outcome = save_part(&st, &m, async |tx| {
        db::update_scale(tx, m.org_id(), version, &scale).await?;
        Change::new(AuditAction::ScaleUpdated, lang.t("bcp-scale-title")).values(Some(&h.scale), Some(&scale))
    })
    .await?;
    if outcome != Outcome::Conflict {
        return Ok(after_save(&st, outcome, &back));
    }
    form.add_general("conflict-explained");
    let fresh = {
        let mut c = st.store.conn().await?;
        db::header(&mut c, m.org_id()).await?.ok_or(AppError::NotFound)?
    };
    conflicted(&scale_view(&m, &fresh, form))
}
