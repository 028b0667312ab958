//! The assessment pages: the list with the start form, one assessment's overview
//! (roll-up, charts, key measures, gaps and their actions, sections and respondents,
//! the road to approval, versions, exports), and the page that answers one section.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use weerbaar_core::assessment::access::Scope;
use weerbaar_core::assessment::rollup::{RollUp, roll_up};
use weerbaar_core::bcp::model::PlanStatus;
use weerbaar_core::bcp::workflow::{Action, ApprovalDraft, check_decision};
use weerbaar_core::validation::FieldError;
use weerbaar_store::assessments::{self as db, Assessment, frameworks};

use super::service::{self, Loaded, StatusResult};
use super::views::{self, GapRow, RootRow, chart_table};
use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::findings::finding::actor_of;
use crate::findings::service::Outcome;
use crate::forms::{FormState, Pairs};
use crate::http::{render, render_status, see_other_with_flash};
use crate::i18n::Lang;
use crate::page::{Edit, Member, OrgPermission, Page, Read};

pub fn status_label(lang: Lang, s: PlanStatus) -> String {
    lang.t(&format!("plan-status-{}", s.as_str()))
}

pub struct ListRow {
    pub id: String,
    pub title: String,
    pub framework: String,
    pub level: String,
    pub status: String,
    pub label: String,
    pub created: i64,
}

#[derive(Template)]
#[template(path = "assessment/list.html")]
struct ListPage {
    page: Page,
    rows: Vec<ListRow>,
    form: FormState,
    choices: Vec<(String, String)>,
    can_edit: bool,
}

/// Framework × level, as one choice: the start form works without script.
async fn choices(st: &AppState, lang: Lang) -> AppResult<Vec<(String, String)>> {
    let mut c = st.store.conn().await?;
    let list = frameworks::list(&mut c).await?;
    drop(c);
    let mut out = Vec::new();
    for s in list {
        let levels = s.level_ids();
        if levels.is_empty() {
            out.push((format!("{}|", s.id), format!("{} ({})", s.name, s.version)));
        } else {
            let fw = st.frameworks.get(st, &s.id).await?;
            for l in &fw.levels {
                out.push((
                    format!("{}|{}", s.id, l.id),
                    format!("{} ({}) – {}", s.name, s.version, l.name.get(lang.code())),
                ));
            }
        }
    }
    Ok(out)
}

async fn list_view(st: &AppState, m: &Member<impl OrgPermission>, form: FormState) -> AppResult<ListPage> {
    let lang = m.ctx.lang;
    let mut c = st.store.conn().await?;
    let mut list = db::list(&mut c, m.org_id()).await?;
    if m.role < weerbaar_core::role::OrgRole::Editor {
        let mine = db::assigned_to(&mut c, m.org_id(), m.user.id.as_str()).await?;
        list.retain(|a| mine.contains(&a.id));
    }
    let names: HashMap<String, String> = frameworks::list(&mut c).await?.into_iter().map(|s| (s.id, s.name)).collect();
    drop(c);
    let rows = list
        .into_iter()
        .map(|a| ListRow {
            framework: names.get(&a.framework_id).cloned().unwrap_or_default(),
            level: a.level.clone().unwrap_or_default(),
            status: status_label(lang, a.status),
            label: a.version_label.clone(),
            created: a.created_at,
            id: a.id,
            title: a.title,
        })
        .collect();
    let page = m.page("assessments");
    Ok(ListPage { can_edit: page.can("edit"), page, rows, form, choices: choices(st, lang).await? })
}

pub(super) async fn list(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    let form = FormState::new(m.ctx.lang).value_of("from_last", "on");
    render(&list_view(&st, &m, form).await?)
}

pub(super) async fn create(State(st): State<AppState>, m: Member<Edit>, f: Pairs) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let (fw, level) = f.get("choice").split_once('|').unwrap_or(("", ""));
    let default_title = lang.t1("assessment-default-title", "date", lang.day(weerbaar_core::today()));
    match service::start(&st, m.org_id(), &actor_of(&m), fw, level, f.get("title"), f.has("from_last"), &default_title)
        .await?
    {
        Ok(a) => Ok(see_other_with_flash(
            &format!("/o/{}/assessments/{}", m.org.id, a.id),
            "flash-assessment-started",
            st.cfg.tls(),
        )),
        Err(mut e) => {
            if e.for_field("framework").is_some() || e.for_field("level").is_some() {
                e.push(FieldError::new("choice", "error-choose-option"));
            }
            let form = f.shown(lang, &["choice", "title", "from_last"]).with_errors(e);
            render_status(&list_view(&st, &m, form).await?, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}

/// The assessment as the caller may see it; 404 for a respondent of none of its parts.
pub(super) async fn visible<A: OrgPermission>(st: &AppState, m: &Member<A>, id: &str) -> AppResult<(Loaded, Scope)> {
    let l = service::load(st, m.org_id(), id).await?;
    let scope = service::scope(st, m.org_id(), id, &m.user.id, m.role).await?;
    if !scope.sees_anything() {
        return Err(AppError::NotFound);
    }
    Ok((l, scope))
}

/// Earlier assessments of the same framework with their roll-up, oldest first.
pub(super) async fn history(
    st: &AppState,
    m_org: &weerbaar_core::OrgId,
    l: &Loaded,
    lang: Lang,
) -> AppResult<Vec<(String, RollUp)>> {
    let mut c = st.store.conn().await?;
    let all: Vec<Assessment> = db::list(&mut c, m_org)
        .await?
        .into_iter()
        .filter(|a| a.framework_id == l.a.framework_id && a.level == l.a.level)
        .collect();
    let mut out = Vec::new();
    for a in all.iter().rev().filter(|a| a.created_at <= l.a.created_at) {
        let answers = db::answers(&mut c, m_org, &a.id).await?.into_iter().map(|(k, v)| (k, v.answer)).collect();
        out.push((lang.date(a.created_at), roll_up(&l.fw, l.level(), &answers)));
    }
    Ok(out)
}

#[derive(Clone)]
pub struct Table {
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// What the overview shows of an assessment, computed once and kept (`kept::Kept`)
/// for everyone who sees the whole assessment.
pub struct OverviewData {
    l_title: String,
    id: String,
    framework: String,
    version: String,
    level: String,
    copyright: String,
    status: String,
    label: String,
    record_version: i64,
    is_draft: bool,
    is_submitted: bool,
    sees_all: bool,
    scored: bool,
    total_value: String,
    answered: usize,
    total: usize,
    roots: Vec<RootRow>,
    radar: String,
    radar_table: Table,
    lines: String,
    lines_table: Table,
    has_history: bool,
    keys: Vec<(String, String, String)>,
    gaps: Vec<GapRow>,
    sections: Vec<(String, String)>,
    versions: Vec<(String, String, String, i64, String)>,
    approval: Option<String>,
}

#[derive(Template)]
#[template(path = "assessment/overview.html")]
pub(super) struct OverviewPage {
    page: Page,
    d: std::sync::Arc<OverviewData>,
    respondent_form: FormState,
    status_form: FormState,
    action_form: FormState,
    can_edit: bool,
    can_approve: bool,
}

#[derive(Default)]
pub(super) struct Forms {
    pub respondent: Option<FormState>,
    pub status: Option<FormState>,
    pub action: Option<FormState>,
}

pub(super) async fn overview_data(
    st: &AppState,
    org: &weerbaar_core::OrgId,
    l: &Loaded,
    scope: &Scope,
    lang: Lang,
) -> AppResult<OverviewData> {
    let fw = &l.fw;
    let r = roll_up(fw, l.level(), l.plain());
    let mut c = st.store.conn().await?;
    let mut respondents: HashMap<String, Vec<(String, String)>> = HashMap::new();
    for x in db::respondents(&mut c, org, &l.a.id).await? {
        respondents.entry(x.section).or_default().push((x.user_id, format!("{} <{}>", x.name, x.email)));
    }
    let mut actions = Vec::new();
    for (f, req) in db::actions(&mut c, org, &l.a.id).await? {
        if let Some(x) = weerbaar_store::findings::get(&mut c, org, &f).await? {
            actions.push((f, req, lang.t(&format!("finding-status-{}", x.status.as_str().replace('_', "-")))));
        }
    }
    let versions = db::versions(&mut c, org, &l.a.id).await?;
    drop(c);
    let roots = views::roots(lang, l, &r, &respondents, &|s| scope.sees(s));
    let hist = if scope.sees_all() { history(st, org, l, lang).await? } else { vec![] };
    let earlier = hist.len().checked_sub(2).and_then(|i| hist.get(i)).map(|(d, r)| (d.as_str(), r));
    let radar = views::radar(lang, l, earlier);
    let (min, max) = views::bounds(fw);
    let (rh, rr) = chart_table(lang, fw, &radar);
    let lines = views::lines(lang, fw, &hist);
    let (lh, lr) = chart_table(lang, fw, &lines);
    Ok(OverviewData {
        l_title: l.a.title.clone(),
        id: l.a.id.clone(),
        framework: fw.name.get(lang.code()).to_string(),
        version: fw.version.clone(),
        level: l
            .a
            .level
            .as_ref()
            .and_then(|x| fw.level(x))
            .map(|x| x.name.get(lang.code()).to_string())
            .unwrap_or_default(),
        copyright: fw.copyright.clone(),
        status: status_label(lang, l.a.status),
        label: l.a.version_label.clone(),
        record_version: l.a.version,
        is_draft: l.a.status == PlanStatus::Draft,
        is_submitted: l.a.status == PlanStatus::Submitted,
        sees_all: scope.sees_all(),
        scored: fw.scale.is_some(),
        total_value: views::value(lang, fw, r.total.value),
        answered: r.total.answered,
        total: r.total.total,
        radar: weerbaar_render::chart::radar(&radar, min, max),
        radar_table: Table { head: rh, rows: rr },
        lines: weerbaar_render::chart::lines(&lines, min, max),
        lines_table: Table { head: lh, rows: lr },
        has_history: hist.len() > 1,
        keys: views::key_rows(lang, l),
        gaps: views::gap_rows(lang, l, &actions, 50),
        sections: fw
            .sections(l.level())
            .into_iter()
            .map(|i| (fw.nodes[i].id.clone(), views::node_title(fw, i, lang)))
            .collect(),
        versions: versions
            .into_iter()
            .map(|v| {
                let st = PlanStatus::parse(&v.status).map(|s| status_label(lang, s)).unwrap_or(v.status);
                (v.id, v.label, st, v.created_at, v.actor)
            })
            .collect(),
        approval: l.a.approval.as_ref().map(|a| format!("{}, {} ({})", a.body, lang.day(a.decision_date), a.reference)),
        roots,
    })
}

fn page_of<A: OrgPermission>(m: &Member<A>, d: std::sync::Arc<OverviewData>, forms: Forms) -> OverviewPage {
    let lang = m.ctx.lang;
    let ver = d.record_version.to_string();
    let page = m.page("assessments");
    OverviewPage {
        respondent_form: forms.respondent.unwrap_or_else(|| FormState::new(lang)).ids("resp"),
        status_form: forms.status.unwrap_or_else(|| FormState::new(lang).value_of("version", &ver)).ids("st"),
        action_form: forms.action.unwrap_or_else(|| FormState::new(lang)).ids("act"),
        can_edit: page.can("edit"),
        can_approve: page.can("approve"),
        page,
        d,
    }
}

pub(super) async fn overview_view<A: OrgPermission>(
    st: &AppState,
    m: &Member<A>,
    l: &Loaded,
    scope: &Scope,
    forms: Forms,
) -> AppResult<OverviewPage> {
    Ok(page_of(m, std::sync::Arc::new(overview_data(st, m.org_id(), l, scope, m.ctx.lang).await?), forms))
}

pub(super) async fn overview(
    State(st): State<AppState>,
    m: Member<Read>,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let scope = service::scope(&st, m.org_id(), &id, &m.user.id, m.role).await?;
    if !scope.sees_anything() {
        return Err(AppError::NotFound);
    }
    let d = if scope.sees_all() {
        let org = m.org_id().clone();
        st.overviews
            .get_or(&st, (id.clone(), lang), || async {
                let l = service::load(&st, &org, &id).await?;
                overview_data(&st, &org, &l, &scope, lang).await
            })
            .await?
    } else {
        let l = service::load(&st, m.org_id(), &id).await?;
        std::sync::Arc::new(overview_data(&st, m.org_id(), &l, &scope, lang).await?)
    };
    render(&page_of(&m, d, Forms::default()))
}

/// The overview again with one form's errors, answered with `code`.
async fn again<A: OrgPermission>(
    st: &AppState,
    m: &Member<A>,
    l: &Loaded,
    scope: &Scope,
    forms: Forms,
    code: StatusCode,
) -> AppResult<Response> {
    render_status(&overview_view(st, m, l, scope, forms).await?, code)
}

pub(super) async fn set_status(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    f: Pairs,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let (l, scope) = visible(&st, &m, &id).await?;
    let back = format!("/o/{}/assessments/{}", m.org.id, id);
    let refused = |code: &'static str| Forms {
        status: Some(
            FormState::new(lang)
                .value_of("version", l.a.version.to_string())
                .with_errors(FieldError::new("action", code).into()),
        ),
        ..Default::default()
    };
    let action = match f.get("action") {
        "submit" => Action::Submit,
        "withdraw" => Action::Withdraw,
        "approve" => {
            if !weerbaar_core::role::org_allows(m.role, weerbaar_core::role::OrgAction::ApprovePlan) {
                return Err(AppError::Forbidden);
            }
            let d = ApprovalDraft {
                body: f.get("body").into(),
                decision_date: f.get("decision_date").into(),
                reference: f.get("reference").into(),
                acknowledged: true,
            };
            match check_decision(&d, weerbaar_core::today()) {
                Ok(a) => Action::Approve(a),
                Err(e) => {
                    let mut form = f.shown(lang, &["body", "decision_date", "reference", "version"]).with_errors(e);
                    form.set("version", l.a.version.to_string());
                    let forms = Forms { status: Some(form), ..Default::default() };
                    return again(&st, &m, &l, &scope, forms, StatusCode::UNPROCESSABLE_ENTITY).await;
                }
            }
        }
        _ => return again(&st, &m, &l, &scope, refused("error-choose-option"), StatusCode::UNPROCESSABLE_ENTITY).await,
    };
    match service::set_status(&st, m.org_id(), &actor_of(&m), &l, f.version(), &action).await? {
        StatusResult::Done(_) => Ok(see_other_with_flash(&back, "flash-assessment-status", st.cfg.tls())),
        StatusResult::Refused(key) => again(&st, &m, &l, &scope, refused(key), StatusCode::CONFLICT).await,
        StatusResult::Conflict => again(&st, &m, &l, &scope, refused("conflict-explained"), StatusCode::CONFLICT).await,
    }
}

pub(super) async fn add_respondent(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    f: Pairs,
) -> AppResult<Response> {
    let (l, scope) = visible(&st, &m, &id).await?;
    match service::add_respondent(&st, m.org_id(), &actor_of(&m), &l, f.get("section"), f.get("email")).await? {
        Ok(()) => Ok(see_other_with_flash(
            &format!("/o/{}/assessments/{}#respondents", m.org.id, id),
            "flash-respondent-added",
            st.cfg.tls(),
        )),
        Err(e) => {
            let form = f.shown(m.ctx.lang, &["section", "email"]).with_errors(e);
            again(
                &st,
                &m,
                &l,
                &scope,
                Forms { respondent: Some(form), ..Default::default() },
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

pub(super) async fn remove_respondent(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    f: Pairs,
) -> AppResult<Response> {
    let (l, _) = visible(&st, &m, &id).await?;
    if !service::remove_respondent(&st, m.org_id(), &actor_of(&m), &l, f.get("section"), f.get("user")).await? {
        return Err(AppError::NotFound);
    }
    Ok(see_other_with_flash(
        &format!("/o/{}/assessments/{}#respondents", m.org.id, id),
        "flash-respondent-removed",
        st.cfg.tls(),
    ))
}

pub(super) async fn create_action(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    f: Pairs,
) -> AppResult<Response> {
    let (l, scope) = visible(&st, &m, &id).await?;
    match service::create_action(
        &st,
        m.org_id(),
        &actor_of(&m),
        &l,
        f.get("requirement"),
        f.get("owner_email"),
        f.get("due"),
        m.ctx.lang,
    )
    .await?
    {
        Outcome::Done(x) => Ok(see_other_with_flash(
            &format!("/o/{}/findings/{}", m.org.id, x.id),
            "flash-action-created",
            st.cfg.tls(),
        )),
        Outcome::Invalid(e) => {
            let form = f.shown(m.ctx.lang, &["requirement", "owner_email", "due"]).with_errors(e);
            again(
                &st,
                &m,
                &l,
                &scope,
                Forms { action: Some(form), ..Default::default() },
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        _ => Err(AppError::Conflict),
    }
}
