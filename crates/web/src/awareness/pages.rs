//! The administrators' awareness page: figures per department, assignments, settings.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use weerbaar_core::awareness::groups::OTHER;
use weerbaar_core::awareness::progress::{self as rules, DepartmentFigure};
use weerbaar_core::catalogue::round::csv_line;
use weerbaar_store::awareness::{self as db, training};

use super::service::{self, library};
use crate::AppState;
use crate::error::AppResult;
use crate::findings::finding::actor_of;
use crate::forms::{FormState, Pairs};
use crate::http::{render, render_status, see_other_with_flash};
use crate::i18n::Lang;
use crate::page::{ManageSettings, Member, Page};

pub struct FigureRow {
    pub department: String,
    pub assigned: usize,
    pub started: usize,
    pub completed: usize,
    pub average: String,
}

pub fn figure_rows(lang: Lang, figures: &[DepartmentFigure]) -> Vec<FigureRow> {
    figures
        .iter()
        .map(|f| FigureRow {
            department: department_label(lang, &f.department),
            assigned: f.assigned,
            started: f.started,
            completed: f.completed,
            average: f.average_score.map(|s| format!("{s:.0} %")).unwrap_or_else(|| "–".into()),
        })
        .collect()
}

pub fn department_label(lang: Lang, d: &str) -> String {
    if d == OTHER { lang.t("awareness-other-group") } else { d.to_string() }
}

pub struct AssignmentRow {
    pub module: String,
    pub who: String,
    pub due_on: String,
}

#[derive(Template)]
#[template(path = "awareness/overview.html")]
struct Overview {
    page: Page,
    staff: usize,
    figures: Vec<FigureRow>,
    rate: Option<String>,
    modules: Vec<(String, String)>,
    chosen: String,
    assignments: Vec<AssignmentRow>,
    assign_form: FormState,
    settings_form: FormState,
    settings_version: i64,
}

async fn view(
    st: &AppState,
    m: &Member<ManageSettings>,
    module: &str,
    assign_form: FormState,
    settings_form: Option<FormState>,
) -> AppResult<Overview> {
    let lang = m.ctx.lang;
    let lib = library()?;
    let chosen = lib.module(module).map(|x| x.slug.clone()).unwrap_or_default();
    let figures = service::progress(st, m.org_id(), (!chosen.is_empty()).then_some(chosen.as_str())).await?;
    let mut c = st.store.conn().await?;
    let staff = weerbaar_store::awareness::staff::list(&mut c, m.org_id()).await?.iter().filter(|s| s.active()).count();
    let assignments = training::assignments(&mut c, m.org_id()).await?;
    let settings = db::settings(&mut c, m.org_id()).await?;
    drop(c);
    let title = |slug: &str| {
        lib.module(slug).and_then(|x| x.text(lang.code())).map(|t| t.title.clone()).unwrap_or_else(|| slug.to_string())
    };
    let settings_form = settings_form.unwrap_or_else(|| {
        FormState::new(lang)
            .value_of("retention_months", settings.retention_months.to_string())
            .value_of("report_address", settings.report_address.clone().unwrap_or_default())
            .value_of("manager_visibility", if settings.manager_visibility { "on" } else { "" })
    });
    Ok(Overview {
        page: m.page("awareness"),
        staff,
        rate: rules::completion_rate(&figures).map(|r| format!("{r:.0} %")),
        figures: figure_rows(lang, &figures),
        modules: lib.modules.iter().map(|x| (x.slug.clone(), title(&x.slug))).collect(),
        chosen,
        // Follow-ups after a click are the person's own: one row each would say who clicked.
        assignments: assignments
            .iter()
            .filter(|a| a.reason != super::service::AFTER_CLICK)
            .map(|a| AssignmentRow {
                module: title(&a.module),
                who: match &a.scope {
                    rules::Scope::Everyone => lang.t("awareness-scope-everyone"),
                    s => s.targets().join(", "),
                },
                due_on: a.due_on.clone(),
            })
            .collect(),
        assign_form: assign_form.ids("assign"),
        settings_form: settings_form.ids("settings"),
        settings_version: settings.version,
    })
}

fn module_of(raw: Option<&str>) -> String {
    crate::context::form_urlencoded_value(raw.unwrap_or("").as_bytes(), "module").unwrap_or_default()
}

pub(super) async fn overview(
    State(st): State<AppState>,
    m: Member<ManageSettings>,
    RawQuery(raw): RawQuery,
) -> AppResult<Response> {
    let form = FormState::new(m.ctx.lang).value_of("scope", "everyone");
    render(&view(&st, &m, &module_of(raw.as_deref()), form, None).await?)
}

pub(super) async fn assign(State(st): State<AppState>, m: Member<ManageSettings>, f: Pairs) -> AppResult<Response> {
    let targets: Vec<String> = f.get("targets").lines().map(str::to_string).collect();
    let actor = actor_of(&m);
    match service::assign(&st, m.org_id(), &actor, f.get("module"), f.get("scope"), targets, f.get("due_on")).await? {
        Ok(_) => {
            // The assignment is saved; if the links cannot be queued now, the next
            // housekeeping run sends them.
            if let Err(e) = super::sender::training_mails(&st, m.org_id(), weerbaar_core::today()).await {
                tracing::warn!(error = %e, "training links not queued yet");
            }
            Ok(see_other_with_flash(&format!("/o/{}/awareness", m.org.id), "flash-training-assigned", st.cfg.tls()))
        }
        Err(e) => {
            let form = f.shown(m.ctx.lang, &["module", "scope", "targets", "due_on"]).with_errors(e);
            render_status(&view(&st, &m, "", form, None).await?, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}

pub(super) async fn settings(State(st): State<AppState>, m: Member<ManageSettings>, f: Pairs) -> AppResult<Response> {
    let actor = actor_of(&m);
    let visible = f.get("manager_visibility") == "on";
    let r = service::save_settings(
        &st,
        m.org_id(),
        &actor,
        f.get("retention_months"),
        visible,
        f.get("report_address"),
        f.version(),
    )
    .await?;
    match r {
        Ok(()) => Ok(see_other_with_flash(&format!("/o/{}/awareness", m.org.id), "flash-saved", st.cfg.tls())),
        Err(e) => {
            let form =
                f.shown(m.ctx.lang, &["retention_months", "report_address", "manager_visibility"]).with_errors(e);
            let assign = FormState::new(m.ctx.lang).value_of("scope", "everyone");
            render_status(&view(&st, &m, "", assign, Some(form)).await?, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}

/// The figures per department as CSV (formula-safe, the same groups as the page).
pub(super) async fn progress_csv(
    State(st): State<AppState>,
    m: Member<ManageSettings>,
    RawQuery(raw): RawQuery,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let module = module_of(raw.as_deref());
    let lib = library()?;
    let module = lib.module(&module).map(|x| x.slug.clone());
    let figures = service::progress(&st, m.org_id(), module.as_deref()).await?;
    let mut out = String::from("\u{feff}");
    out.push_str(&csv_line(&["department", "assigned", "started", "completed", "average_score"].map(String::from)));
    for f in &figures {
        out.push_str(&csv_line(&[
            department_label(lang, &f.department),
            f.assigned.to_string(),
            f.started.to_string(),
            f.completed.to_string(),
            f.average_score.map(|s| format!("{s:.1}")).unwrap_or_default(),
        ]));
    }
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (axum::http::header::CONTENT_DISPOSITION, "attachment; filename=\"training-progress.csv\"".to_string()),
        ],
        out,
    )
        .into_response())
}
