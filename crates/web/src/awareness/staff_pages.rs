//! The staff list: add and edit people by hand, import a spreadsheet export (preview
//! first: nothing changes until the administrator confirms), send a personal link.

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use weerbaar_core::awareness::staff::{Draft, IMPORT_MAX_BYTES, LANGS, Unreadable};
use weerbaar_store::awareness::staff::{self as db, Staff};

use super::service::{self, ImportSummary, PersonForm};
use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::findings::finding::{actor_of, read_file};
use crate::forms::{FormState, Pairs};
use crate::http::{internal, render, render_status, see_other_with_flash};
use crate::i18n::Lang;
use crate::page::{ManageSettings, Member, Page};

/// An import's outcome in the reader's words.
pub struct Preview {
    pub id: String,
    pub summary: ImportSummary,
    pub problems: Vec<(usize, String)>,
}

#[derive(Template)]
#[template(path = "awareness/staff.html")]
struct ListPage {
    page: Page,
    people: Vec<Staff>,
    active: usize,
    form: FormState,
    langs: Vec<(String, String)>,
    import_error: Option<String>,
    preview: Option<Preview>,
    max_mb: usize,
}

pub fn lang_options(lang: Lang) -> Vec<(String, String)> {
    LANGS.iter().map(|l| (l.to_string(), lang.t(&format!("lang-name-{l}")))).collect()
}

async fn view(
    st: &AppState,
    m: &Member<ManageSettings>,
    form: FormState,
    import_error: Option<String>,
    preview: Option<Preview>,
) -> AppResult<ListPage> {
    let mut c = st.store.conn().await?;
    let people = db::list(&mut c, m.org_id()).await?;
    Ok(ListPage {
        page: m.page("staff"),
        active: people.iter().filter(|s| s.active()).count(),
        people,
        form: form.ids("staff"),
        langs: lang_options(m.ctx.lang),
        import_error,
        preview,
        max_mb: IMPORT_MAX_BYTES / 1024 / 1024,
    })
}

pub(super) async fn list(State(st): State<AppState>, m: Member<ManageSettings>) -> AppResult<Response> {
    let form = FormState::new(m.ctx.lang).value_of("lang", "nl");
    render(&view(&st, &m, form, None, None).await?)
}

fn person_form(f: &Pairs) -> PersonForm {
    PersonForm {
        draft: Draft {
            email: f.get("email").into(),
            name: f.get("name").into(),
            department: f.get("department").into(),
            lang: f.get("lang").into(),
            manager_email: f.get("manager_email").into(),
        },
        quiet_until: f.get("quiet_until").into(),
        left_on: f.get("left_on").into(),
    }
}

const FIELDS: [&str; 7] = ["name", "email", "department", "lang", "manager_email", "quiet_until", "left_on"];

pub(super) async fn add(State(st): State<AppState>, m: Member<ManageSettings>, f: Pairs) -> AppResult<Response> {
    match service::save_person(&st, m.org_id(), &actor_of(&m), None, &person_form(&f)).await? {
        Ok(_) => Ok(see_other_with_flash(&format!("/o/{}/staff", m.org.id), "flash-saved", st.cfg.tls())),
        Err(e) => {
            let form = f.shown(m.ctx.lang, &FIELDS).with_errors(e);
            render_status(&view(&st, &m, form, None, None).await?, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}

pub fn unreadable_text(lang: Lang, e: &Unreadable) -> String {
    match e {
        Unreadable::TooLarge => lang.t1("staff-import-too-large", "max", IMPORT_MAX_BYTES / 1024 / 1024),
        Unreadable::TooManyLines => {
            lang.t1("staff-import-too-many", "max", weerbaar_core::awareness::staff::IMPORT_MAX_LINES)
        }
        Unreadable::NotText => lang.t("staff-import-not-text"),
        Unreadable::NoHeader => lang.t("staff-import-no-header"),
        Unreadable::MissingColumn(c) => lang.t1("staff-import-missing-column", "column", c),
    }
}

pub fn problem_lines(lang: Lang, s: &ImportSummary) -> Vec<(usize, String)> {
    s.problems
        .iter()
        .map(|p| {
            (
                p.line,
                format!(
                    "{}: {}",
                    lang.t(&format!("staff-field-{}", p.error.field.replace('_', "-"))),
                    lang.field_error(&p.error)
                ),
            )
        })
        .collect()
}

/// Upload: reads the file, shows what it would change; the file waits for "confirm".
pub(super) async fn import(
    State(st): State<AppState>,
    m: Member<ManageSettings>,
    mp: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let mut mp = mp.map_err(|_| AppError::BadRequest("bad_request"))?;
    let _place = st.uploads.acquire().await.map_err(internal)?;
    let (fields, file) = read_file(&mut mp, "file", IMPORT_MAX_BYTES).await;
    let mark_leavers = fields.iter().any(|(k, v)| k == "mark_leavers" && v == "on");
    let bytes = match file {
        Ok((_, b)) => b,
        Err(code) => return refused(&st, &m, lang.t1(code, "max", IMPORT_MAX_BYTES / 1024 / 1024)).await,
    };
    let actor = actor_of(&m);
    let summary = match service::import_staff(&st.store, m.org_id(), &actor, &bytes, mark_leavers, true).await? {
        Ok(s) => s,
        Err(e) => return refused(&st, &m, unreadable_text(lang, &e)).await,
    };
    // Checked as UTF-8 by the import above.
    let text = String::from_utf8_lossy(&bytes);
    let mut c = st.store.conn().await?;
    let id = db::keep_pending(&mut c, m.org_id(), &actor.label, &text, mark_leavers, weerbaar_core::now_ms()).await?;
    drop(c);
    let preview = Preview { id, problems: problem_lines(lang, &summary), summary };
    let form = FormState::new(lang).value_of("lang", "nl");
    render(&view(&st, &m, form, None, Some(preview)).await?)
}

async fn refused(st: &AppState, m: &Member<ManageSettings>, msg: String) -> AppResult<Response> {
    let form = FormState::new(m.ctx.lang).value_of("lang", "nl");
    render_status(&view(st, m, form, Some(msg), None).await?, StatusCode::UNPROCESSABLE_ENTITY)
}

pub(super) async fn confirm(State(st): State<AppState>, m: Member<ManageSettings>, f: Pairs) -> AppResult<Response> {
    let actor = actor_of(&m);
    let mut c = st.store.conn().await?;
    let pending = db::take_pending(&mut c, m.org_id(), &actor.label, f.get("pending")).await?;
    drop(c);
    let Some((text, mark_leavers)) = pending else {
        return Ok(see_other_with_flash(&format!("/o/{}/staff", m.org.id), "flash-import-expired", st.cfg.tls()));
    };
    match service::import_staff(&st.store, m.org_id(), &actor, text.as_bytes(), mark_leavers, false).await? {
        Ok(_) => Ok(see_other_with_flash(&format!("/o/{}/staff", m.org.id), "flash-staff-imported", st.cfg.tls())),
        Err(e) => refused(&st, &m, unreadable_text(m.ctx.lang, &e)).await,
    }
}

#[derive(Template)]
#[template(path = "awareness/person.html")]
struct PersonPage {
    page: Page,
    person: Staff,
    form: FormState,
    langs: Vec<(String, String)>,
}

async fn load(st: &AppState, m: &Member<ManageSettings>, id: &str) -> AppResult<Staff> {
    let mut c = st.store.conn().await?;
    db::get(&mut c, m.org_id(), id).await?.ok_or(AppError::NotFound)
}

fn filled(lang: Lang, s: &Staff) -> FormState {
    FormState::new(lang)
        .value_of("name", s.name.clone())
        .value_of("email", s.email.clone())
        .value_of("department", s.department.clone())
        .value_of("lang", s.lang.clone())
        .value_of("manager_email", s.manager_email.clone().unwrap_or_default())
        .value_of("quiet_until", s.quiet_until.clone().unwrap_or_default())
        .value_of("left_on", s.left_on.clone().unwrap_or_default())
}

pub(super) async fn person(
    State(st): State<AppState>,
    m: Member<ManageSettings>,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let person = load(&st, &m, &id).await?;
    let form = filled(m.ctx.lang, &person).ids("person");
    render(&PersonPage { page: m.page("staff"), person, form, langs: lang_options(m.ctx.lang) })
}

pub(super) async fn save(
    State(st): State<AppState>,
    m: Member<ManageSettings>,
    Path((_, id)): Path<(String, String)>,
    f: Pairs,
) -> AppResult<Response> {
    load(&st, &m, &id).await?;
    let r = service::save_person(&st, m.org_id(), &actor_of(&m), Some((&id, f.version())), &person_form(&f)).await;
    let form = match r {
        Ok(Ok(_)) => {
            return Ok(see_other_with_flash(&format!("/o/{}/staff", m.org.id), "flash-saved", st.cfg.tls()));
        }
        Ok(Err(e)) => f.shown(m.ctx.lang, &FIELDS).with_errors(e),
        Err(AppError::Conflict) => {
            // Someone saved first: show theirs, say so.
            let mut form = filled(m.ctx.lang, &load(&st, &m, &id).await?);
            form.add_general("staff-conflict");
            form
        }
        Err(e) => return Err(e),
    };
    let person = load(&st, &m, &id).await?;
    render_status(
        &PersonPage { page: m.page("staff"), person, form: form.ids("person"), langs: lang_options(m.ctx.lang) },
        StatusCode::UNPROCESSABLE_ENTITY,
    )
}

/// Sends the person a new personal link now (the previous ones keep working until used).
pub(super) async fn send_link(
    State(st): State<AppState>,
    m: Member<ManageSettings>,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let person = load(&st, &m, &id).await?;
    if !person.active() {
        return Err(AppError::BadRequest("staff_left"));
    }
    let mut tx = st.store.begin().await?;
    super::sender::mail_link(&mut tx, &st, &person, false, weerbaar_core::today()).await?;
    tx.commit().await?;
    st.jobs_notify.notify_one();
    Ok(see_other_with_flash(&format!("/o/{}/staff/{}", m.org.id, person.id), "flash-link-sent", st.cfg.tls()))
}
