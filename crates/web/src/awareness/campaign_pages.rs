//! Phishing exercise pages: the list with results over time, a campaign's form, its
//! approval gate, launch and stop, results per department, and a template's preview.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use weerbaar_core::awareness::campaign::{Draft, Refused, Status, Warning};
use weerbaar_store::awareness::campaigns::{self as db, Campaign};

use super::campaign::{self as service, ApprovalForm, Results};
use super::pages::department_label;
use super::service::library;
use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::findings::finding::actor_of;
use crate::forms::{FormState, Pairs};
use crate::http::{render, render_status, see_other_with_flash};
use crate::i18n::Lang;
use crate::page::{ApprovePlan, ManageSettings, Member, Page};

pub struct Row {
    pub id: String,
    pub name: String,
    pub status: Status,
    pub when: String,
    pub results: Results,
    pub click_rate: String,
    pub report_rate: String,
}

fn rate(part: i64, of: i64) -> String {
    if of == 0 { "–".into() } else { format!("{:.0} %", part as f64 * 100.0 / of as f64) }
}

fn row(lang: Lang, c: &Campaign, r: Results) -> Row {
    Row {
        id: c.id.clone(),
        name: c.body.name.clone(),
        status: c.status,
        when: lang.date(c.launched_at.unwrap_or(c.body.window_start)),
        click_rate: rate(r.total.clicked, r.total.sent),
        report_rate: rate(r.total.reported, r.total.sent),
        results: r,
    }
}

#[derive(Template)]
#[template(path = "awareness/campaigns.html")]
struct ListPage {
    page: Page,
    rows: Vec<Row>,
    templates: Vec<(String, String)>,
}

pub(super) async fn list(State(st): State<AppState>, m: Member<ManageSettings>) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let rows = service::list(&st, m.org_id()).await?.into_iter().map(|(c, r)| row(lang, &c, r)).collect();
    let lib = library()?;
    let templates = lib.templates.iter().map(|t| (t.slug.clone(), t.texts(lang.code()).subject.clone())).collect();
    render(&ListPage { page: m.page("phishing"), rows, templates })
}

#[derive(Template)]
#[template(path = "awareness/campaign_form.html")]
struct FormPage {
    page: Page,
    action: String,
    version: i64,
    form: FormState,
    templates: Vec<(String, String)>,
}

fn template_options(lang: Lang) -> AppResult<Vec<(String, String)>> {
    Ok(library()?.templates.iter().map(|t| (t.slug.clone(), t.texts(lang.code()).subject.clone())).collect())
}

fn local(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .ok()
        .and_then(|t| jiff::tz::TimeZone::get("Europe/Brussels").ok().map(|tz| t.to_zoned(tz)))
        .map(|z| z.strftime("%Y-%m-%dT%H:%M").to_string())
        .unwrap_or_default()
}

/// A `datetime-local` value as Brussels time.
pub fn parse_local(s: &str) -> Option<i64> {
    let dt: jiff::civil::DateTime = s.trim().parse().ok()?;
    let tz = jiff::tz::TimeZone::get("Europe/Brussels").ok()?;
    Some(dt.to_zoned(tz).ok()?.timestamp().as_millisecond())
}

fn draft_of(f: &Pairs) -> Draft {
    let lines = |name: &str| f.get(name).lines().map(str::to_string).collect::<Vec<_>>();
    Draft {
        name: f.get("name").into(),
        templates: f.all("templates"),
        scope: f.get("scope").into(),
        targets: lines("targets"),
        sender_name: f.get("sender_name").into(),
        sender_address: f.get("sender_address").into(),
        window_start: parse_local(f.get("window_start")),
        window_end: parse_local(f.get("window_end")),
        per_minute: f.get("per_minute").into(),
        exclusions: lines("exclusions").iter().flat_map(|l| l.split([',', ';'])).map(str::to_string).collect(),
    }
}

const FIELDS: [&str; 10] = [
    "name",
    "scope",
    "targets",
    "sender_name",
    "sender_address",
    "window_start",
    "window_end",
    "per_minute",
    "exclusions",
    "templates",
];

fn shown(lang: Lang, f: &Pairs) -> FormState {
    let mut form = f.shown(lang, &FIELDS);
    for t in f.all("templates") {
        form.set(&format!("templates:{t}"), "on");
    }
    form
}

fn filled(lang: Lang, c: &Campaign) -> FormState {
    let mut form = FormState::new(lang)
        .value_of("name", c.body.name.clone())
        .value_of("scope", c.body.scope.kind())
        .value_of("targets", c.body.scope.targets().join("\n"))
        .value_of("sender_name", c.body.sender_name.clone())
        .value_of("sender_address", c.body.sender_address.clone())
        .value_of("window_start", local(c.body.window_start))
        .value_of("window_end", local(c.body.window_end))
        .value_of("per_minute", c.body.per_minute.to_string())
        .value_of("exclusions", c.body.exclusions.iter().cloned().collect::<Vec<_>>().join("\n"));
    for t in &c.body.templates {
        form.set(&format!("templates:{t}"), "on");
    }
    form
}

pub(super) async fn new(State(_st): State<AppState>, m: Member<ManageSettings>) -> AppResult<Response> {
    let now = weerbaar_core::now_ms();
    let form = FormState::new(m.ctx.lang)
        .value_of("scope", "everyone")
        .value_of("per_minute", "20")
        .value_of("window_start", local(now + 86_400_000))
        .value_of("window_end", local(now + 2 * 86_400_000));
    render(&FormPage {
        page: m.page("phishing"),
        action: format!("/o/{}/phishing", m.org.id),
        version: 0,
        form: form.ids("campaign"),
        templates: template_options(m.ctx.lang)?,
    })
}

/// The flash that carries a warning after saving.
fn warned(w: &[Warning]) -> Option<&'static str> {
    w.iter()
        .map(|w| match w {
            Warning::OwnDomain(_) => "flash-campaign-own-domain",
        })
        .next()
}

pub(super) async fn create(State(st): State<AppState>, m: Member<ManageSettings>, f: Pairs) -> AppResult<Response> {
    match service::save(&st, m.org_id(), &actor_of(&m), None, &draft_of(&f)).await? {
        Ok((id, w)) => {
            let flash = warned(&w).unwrap_or("flash-saved");
            Ok(see_other_with_flash(&format!("/o/{}/phishing/{id}", m.org.id), flash, st.cfg.tls()))
        }
        Err(e) => render_status(
            &FormPage {
                page: m.page("phishing"),
                action: format!("/o/{}/phishing", m.org.id),
                version: 0,
                form: shown(m.ctx.lang, &f).with_errors(e).ids("campaign"),
                templates: template_options(m.ctx.lang)?,
            },
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    }
}

pub struct GroupRow {
    pub department: String,
    pub tally: super::campaign::Tally,
}

#[derive(Template)]
#[template(path = "awareness/campaign.html")]
struct ShowPage {
    page: Page,
    camp: Campaign,
    status_label: String,
    row: Row,
    groups: Vec<GroupRow>,
    templates: Vec<(String, String)>,
    edit: FormState,
    approval: FormState,
    own_domain: bool,
    problem: Option<String>,
}

async fn show_page(
    st: &AppState,
    m: &Member<ManageSettings>,
    id: &str,
    edit: Option<FormState>,
    approval: Option<FormState>,
    problem: Option<String>,
) -> AppResult<ShowPage> {
    let lang = m.ctx.lang;
    let mut c = st.store.conn().await?;
    let camp = db::get(&mut c, m.org_id(), id).await?.ok_or(AppError::NotFound)?;
    let counts = db::counts(&mut c, id).await?;
    drop(c);
    let results = service::results(&counts);
    let groups = results
        .by_department
        .iter()
        .map(|g| GroupRow { department: department_label(lang, &g.department), tally: g.tally.clone() })
        .collect();
    let (_, people) = super::service::directory(st, m.org_id()).await?;
    let domain = weerbaar_core::account::email_domain(&camp.body.sender_address).to_string();
    let own_domain = people.iter().any(|p| weerbaar_core::account::email_domain(p) == domain);
    let edit = edit.unwrap_or_else(|| filled(lang, &camp));
    let approval = approval.unwrap_or_else(|| {
        FormState::new(lang)
            .value_of("approved_on", weerbaar_core::today().to_string())
            .value_of("representatives", "consulted")
    });
    Ok(ShowPage {
        page: m.page("phishing"),
        row: row(lang, &camp, results),
        status_label: lang.t(&format!("campaign-status-{}", camp.status.as_str())),
        camp,
        groups,
        templates: template_options(lang)?,
        edit: edit.ids("campaign"),
        approval: approval.ids("approval"),
        own_domain,
        problem,
    })
}

pub(super) async fn show(
    State(st): State<AppState>,
    m: Member<ManageSettings>,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    render(&show_page(&st, &m, &id, None, None, None).await?)
}

pub(super) async fn update(
    State(st): State<AppState>,
    m: Member<ManageSettings>,
    Path((_, id)): Path<(String, String)>,
    f: Pairs,
) -> AppResult<Response> {
    match service::save(&st, m.org_id(), &actor_of(&m), Some((&id, f.version())), &draft_of(&f)).await {
        Ok(Ok((_, w))) => {
            let flash = warned(&w).unwrap_or("flash-saved");
            Ok(see_other_with_flash(&format!("/o/{}/phishing/{id}", m.org.id), flash, st.cfg.tls()))
        }
        Ok(Err(e)) => {
            let form = shown(m.ctx.lang, &f).with_errors(e);
            render_status(&show_page(&st, &m, &id, Some(form), None, None).await?, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(AppError::Conflict) => {
            let msg = m.ctx.lang.t("campaign-conflict");
            render_status(&show_page(&st, &m, &id, None, None, Some(msg)).await?, StatusCode::CONFLICT)
        }
        Err(e) => Err(e),
    }
}

pub(super) async fn approve(
    State(st): State<AppState>,
    m: Member<ApprovePlan>,
    Path((_, id)): Path<(String, String)>,
    f: Pairs,
) -> AppResult<Response> {
    let form = ApprovalForm {
        director: f.get("director").into(),
        approved_on: f.get("approved_on").into(),
        dpo_informed: f.get("dpo_informed") == "on",
        representatives: f.get("representatives").into(),
        reason: f.get("reason").into(),
        no_sanctions: f.get("no_sanctions") == "on",
    };
    let m = m.downgrade::<ManageSettings>();
    match service::approve(&st, m.org_id(), &actor_of(&m), &id, f.version(), &form).await {
        Ok(Ok(())) => {
            Ok(see_other_with_flash(&format!("/o/{}/phishing/{id}", m.org.id), "flash-campaign-approved", st.cfg.tls()))
        }
        Ok(Err(e)) => {
            let shown = f
                .shown(
                    m.ctx.lang,
                    &["director", "approved_on", "dpo_informed", "representatives", "reason", "no_sanctions"],
                )
                .with_errors(e);
            render_status(&show_page(&st, &m, &id, None, Some(shown), None).await?, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(AppError::Conflict) => {
            let msg = m.ctx.lang.t("campaign-conflict");
            render_status(&show_page(&st, &m, &id, None, None, Some(msg)).await?, StatusCode::CONFLICT)
        }
        Err(e) => Err(e),
    }
}

pub fn refused_text(lang: Lang, r: Refused) -> String {
    lang.t(match r {
        Refused::NotApproved => "campaign-refused-not-approved",
        Refused::AlreadyLaunched => "campaign-refused-launched",
        Refused::NotSending => "campaign-refused-not-sending",
        Refused::NoRecipients => "campaign-refused-no-recipients",
        Refused::WindowPassed => "campaign-refused-window-passed",
    })
}

pub(super) async fn launch(
    State(st): State<AppState>,
    m: Member<ApprovePlan>,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let m = m.downgrade::<ManageSettings>();
    match service::launch(&st, m.org_id(), &actor_of(&m), &id).await? {
        Ok(_) => {
            Ok(see_other_with_flash(&format!("/o/{}/phishing/{id}", m.org.id), "flash-campaign-launched", st.cfg.tls()))
        }
        Err(r) => {
            let msg = refused_text(m.ctx.lang, r);
            render_status(&show_page(&st, &m, &id, None, None, Some(msg)).await?, StatusCode::CONFLICT)
        }
    }
}

pub(super) async fn stop(
    State(st): State<AppState>,
    m: Member<ManageSettings>,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    match service::stop(&st, m.org_id(), &actor_of(&m), &id).await? {
        Ok(()) => {
            Ok(see_other_with_flash(&format!("/o/{}/phishing/{id}", m.org.id), "flash-campaign-stopped", st.cfg.tls()))
        }
        Err(r) => {
            let msg = refused_text(m.ctx.lang, r);
            render_status(&show_page(&st, &m, &id, None, None, Some(msg)).await?, StatusCode::CONFLICT)
        }
    }
}

#[derive(Template)]
#[template(path = "awareness/template.html")]
struct TemplatePage {
    page: Page,
    subject: String,
    sender_name: String,
    body: String,
    flags: Vec<String>,
    lesson: String,
}

pub(super) async fn template(
    State(_st): State<AppState>,
    m: Member<ManageSettings>,
    Path((_, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let t = library()?.template(&slug).ok_or(AppError::NotFound)?;
    let x = t.texts(lang.code());
    render(&TemplatePage {
        page: m.page("phishing"),
        subject: x.subject.clone(),
        sender_name: x.sender_name.clone(),
        body: x.body.replace("{{link}}", &lang.t("phishing-preview-link")),
        flags: x.red_flags.clone(),
        lesson: crate::catalogue::markdown_html(&x.lesson, &lang.t("cat-table")),
    })
}
