//! One finding: the form to add one, its page (fields, move in the flow, retest,
//! comments, evidence, history, linked plan resources, suggested toolkit resources).

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use weerbaar_core::findings::edit::Draft;
use weerbaar_core::findings::flow::{self, Request};
use weerbaar_core::findings::{Finding, Status};
use weerbaar_core::validation::{FieldError, FieldErrors};
use weerbaar_store::findings as db;

use super::service::{self, Actor, Outcome};
use super::views;
use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::forms::{FormState, Pairs};
use crate::http::{internal, render, render_status, see_other, see_other_with_flash};
use crate::i18n::Lang;
use crate::page::{Edit, Member, Page, Read};

/// The largest evidence file (a screenshot, a log excerpt).
pub const EVIDENCE_MAX_BYTES: usize = 10 * 1024 * 1024;

pub const FIELDS: [&str; 13] = [
    "title",
    "description",
    "assets",
    "remediation",
    "references",
    "cvss_vector",
    "severity",
    "severity_reason",
    "owner_email",
    "due",
    "engagement",
    "resources",
    "version",
];

pub fn draft(f: &Pairs) -> Draft {
    let lines = |k: &str| f.get(k).lines().map(str::to_string).collect();
    Draft {
        title: f.get("title").into(),
        description: f.get("description").into(),
        assets: lines("assets"),
        remediation: f.get("remediation").into(),
        references: lines("references"),
        cvss_vector: f.get("cvss_vector").into(),
        severity: f.get("severity").into(),
        severity_reason: f.get("severity_reason").into(),
        owner_email: f.get("owner_email").into(),
        due: f.get("due").into(),
        engagement: f.get("engagement").into(),
        resources: f.all("resources"),
    }
}

pub fn form_of(lang: Lang, f: &Finding) -> FormState {
    let mut s = FormState::new(lang)
        .value_of("title", &f.title)
        .value_of("description", &f.description)
        .value_of("assets", f.assets.iter().map(|a| a.label()).collect::<Vec<_>>().join("\n"))
        .value_of("remediation", &f.remediation)
        .value_of("references", f.references.join("\n"))
        .value_of("cvss_vector", f.cvss.as_ref().map(|c| c.vector.clone()).unwrap_or_default())
        .value_of("severity", f.severity.as_str())
        .value_of("severity_reason", &f.severity_reason)
        .value_of("owner_email", &f.owner_email)
        .value_of("due", f.due.map(|d| d.to_string()).unwrap_or_default())
        .value_of("engagement", f.engagement_id.clone().unwrap_or_default())
        .value_of("version", f.version.to_string());
    for r in &f.resources {
        s.set(&format!("resources:{r}"), "on");
    }
    s
}

fn shown(lang: Lang, f: &Pairs) -> FormState {
    let mut s = f.shown(lang, &FIELDS);
    for r in f.all("resources") {
        s.set(&format!("resources:{r}"), "on");
    }
    s
}

/// The choices a finding's form offers: engagements and plan resources.
pub struct Choices {
    pub engagements: Vec<(String, String)>,
    pub resources: Vec<(String, String)>,
    pub severities: Vec<(String, String)>,
}

pub async fn choices(st: &AppState, lang: Lang, org: &weerbaar_core::OrgId) -> AppResult<Choices> {
    let mut c = st.store.conn().await?;
    let mut engagements = vec![(String::new(), lang.t("finding-no-engagement"))];
    engagements.extend(weerbaar_store::engagements::list(&mut c, org).await?.into_iter().map(|e| (e.id, e.title)));
    let resources = weerbaar_store::bcp::load_core(&mut c, org)
        .await?
        .map(|p| p.resources.into_iter().map(|r| (r.id, r.name)).collect())
        .unwrap_or_default();
    Ok(Choices { engagements, resources, severities: severity_choices(lang) })
}

/// The severity select: from the vector, or one set by hand.
pub fn severity_choices(lang: Lang) -> Vec<(String, String)> {
    let mut v = vec![(String::new(), lang.t("finding-severity-from-vector"))];
    v.extend(views::severities(lang, false));
    v
}

#[derive(Template)]
#[template(path = "findings/new.html")]
struct NewPage {
    page: Page,
    form: FormState,
    choices: Choices,
}

pub(super) async fn new(State(st): State<AppState>, m: Member<Edit>) -> AppResult<Response> {
    let choices = choices(&st, m.ctx.lang, m.org_id()).await?;
    render(&NewPage { page: m.page("findings"), form: FormState::new(m.ctx.lang), choices })
}

pub fn actor_of<A: crate::page::OrgPermission>(m: &Member<A>) -> Actor {
    let (id, label) = m.actor();
    Actor { id, label, ip: m.ctx.ip.clone() }
}

pub(super) async fn create(State(st): State<AppState>, m: Member<Edit>, f: Pairs) -> AppResult<Response> {
    let lang = m.ctx.lang;
    match service::create(&st, m.org_id(), &actor_of(&m), &draft(&f), None).await? {
        Outcome::Done(x) => {
            Ok(see_other_with_flash(&format!("/o/{}/findings/{}", m.org.id, x.id), "flash-finding-added", st.cfg.tls()))
        }
        Outcome::Invalid(e) => {
            let choices = choices(&st, lang, m.org_id()).await?;
            render_status(
                &NewPage { page: m.page("findings"), form: shown(lang, &f).with_errors(e), choices },
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        _ => Err(AppError::Conflict),
    }
}

pub struct EventRow {
    pub at: String,
    pub actor: String,
    pub what: String,
    pub body: String,
}

#[derive(Template)]
#[template(path = "findings/finding.html")]
struct FindingPage {
    page: Page,
    f: Finding,
    severity: String,
    status: String,
    engagement: Option<(String, String)>,
    overdue: bool,
    form: FormState,
    move_form: FormState,
    retest_form: FormState,
    comment_form: FormState,
    file_form: FormState,
    choices: Choices,
    moves: Vec<(String, String)>,
    admins: Vec<(String, String)>,
    others: Vec<(String, String)>,
    history: Vec<EventRow>,
    files: Vec<db::FileInfo>,
    linked: Vec<String>,
    suggestions: Vec<(String, String)>,
    /// An action from a self-assessment: where it came from.
    origin: Option<crate::assessment::origin::Origin>,
    can_edit: bool,
    conflict: bool,
}

#[derive(Default)]
pub struct Forms {
    pub form: Option<FormState>,
    pub move_form: Option<FormState>,
    pub retest_form: Option<FormState>,
    pub comment_form: Option<FormState>,
    pub file_form: Option<FormState>,
    pub conflict: bool,
}

async fn view(
    st: &AppState,
    m: &Member<impl crate::page::OrgPermission>,
    id: &str,
    forms: Forms,
) -> AppResult<FindingPage> {
    let lang = m.ctx.lang;
    let org = m.org_id();
    let mut c = st.store.conn().await?;
    let f = db::get(&mut c, org, id).await?.ok_or(AppError::NotFound)?;
    let engagement = match &f.engagement_id {
        Some(e) => weerbaar_store::engagements::get(&mut c, org, e).await?.map(|e| (e.id, e.title)),
        None => None,
    };
    let events = db::events(&mut c, org, id).await?;
    let files = db::files(&mut c, org, id).await?;
    let mut admins: Vec<(String, String)> = vec![(String::new(), "—".into())];
    admins.extend(
        weerbaar_store::members::list(&mut c, org)
            .await?
            .into_iter()
            .filter(|x| x.role == weerbaar_core::role::OrgRole::Admin)
            .map(|x| (x.email.clone(), if x.name.is_empty() { x.email } else { format!("{} ({})", x.name, x.email) })),
    );
    let scope = f.engagement_id.clone();
    let (_, near) = db::list(
        &mut c,
        org,
        &db::Filter { engagement: scope, per_page: 300, page: 1, sort: db::Sort::Title, ..Default::default() },
        weerbaar_core::today(),
    )
    .await?;
    drop(c);
    let mut others: Vec<(String, String)> = vec![(String::new(), "—".into())];
    others.extend(near.into_iter().filter(|x| x.id != f.id).map(|x| (x.id, x.title)));
    let choices = choices(st, lang, org).await?;
    let linked = f
        .resources
        .iter()
        .filter_map(|r| choices.resources.iter().find(|(id, _)| id == r).map(|(_, n)| n.clone()))
        .collect();
    let loaded = crate::catalogue::readable(st, &m.ctx).await?;
    let hits = loaded.index.search(&weerbaar_search::Query {
        text: f.title.clone(),
        ui: lang.content(),
        orgs: crate::catalogue::viewer_orgs(&m.ctx),
        limit: 4,
        ..Default::default()
    });
    let origin = crate::assessment::origin::origin_of(st, org, id, lang).await?;
    // The baseline's own links for the measure first, then what the search finds.
    let mut suggestions: Vec<(String, String)> = origin.as_ref().map(|o| o.resources.clone()).unwrap_or_default();
    for h in hits.hits {
        if !suggestions.iter().any(|(s, _)| *s == h.slug) {
            suggestions.push((h.slug, h.title));
        }
    }
    let moves = flow::next(f.status)
        .into_iter()
        .filter(|s| f.status != Status::Fixed || !matches!(s, Status::Closed | Status::InRemediation))
        .map(|s| (s.as_str().to_string(), views::status(lang, s)))
        .collect();
    let history = events
        .into_iter()
        .map(|e| EventRow {
            at: lang.datetime(e.at),
            actor: e.actor,
            what: match (e.from, e.to) {
                (Some(a), Some(b)) => format!(
                    "{}: {} → {}",
                    lang.t(&format!("finding-event-{}", e.kind.replace('_', "-"))),
                    views::status(lang, a),
                    views::status(lang, b)
                ),
                (None, Some(b)) => format!(
                    "{}: {}",
                    lang.t(&format!("finding-event-{}", e.kind.replace('_', "-"))),
                    views::status(lang, b)
                ),
                _ => lang.t(&format!("finding-event-{}", e.kind.replace('_', "-"))),
            },
            body: e.body,
        })
        .collect();
    let ver = f.version.to_string();
    let page = m.page("findings");
    Ok(FindingPage {
        can_edit: page.can("edit"),
        page,
        severity: views::severity(lang, f.severity),
        status: views::status(lang, f.status),
        overdue: f.is_overdue(weerbaar_core::today()),
        form: forms.form.unwrap_or_else(|| form_of(lang, &f)),
        move_form: forms.move_form.unwrap_or_else(|| FormState::new(lang).value_of("version", &ver)),
        retest_form: forms
            .retest_form
            .unwrap_or_else(|| FormState::new(lang).value_of("version", &ver).value_of("to", "closed")),
        comment_form: forms.comment_form.unwrap_or_else(|| FormState::new(lang)),
        file_form: forms.file_form.unwrap_or_else(|| FormState::new(lang)),
        conflict: forms.conflict,
        engagement,
        choices,
        moves,
        admins,
        others,
        history,
        files,
        linked,
        suggestions,
        origin,
        f,
    })
}

pub(super) async fn page(
    State(st): State<AppState>,
    m: Member<Read>,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    render(&view(&st, &m, &id, Forms::default()).await?)
}

pub(super) async fn save(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    f: Pairs,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let back = format!("/o/{}/findings/{id}", m.org.id);
    match service::save(&st, m.org_id(), &actor_of(&m), &id, f.version(), &draft(&f)).await? {
        Outcome::Done(_) => Ok(see_other_with_flash(&back, "flash-saved", st.cfg.tls())),
        Outcome::Invalid(e) => {
            let forms = Forms { form: Some(shown(lang, &f).with_errors(e)), ..Default::default() };
            render_status(&view(&st, &m, &id, forms).await?, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Outcome::Conflict(fresh) => {
            let mut form = shown(lang, &f);
            form.set("version", fresh.version.to_string());
            form.add_general("conflict-explained");
            let forms = Forms { form: Some(form), conflict: true, ..Default::default() };
            render_status(&view(&st, &m, &id, forms).await?, StatusCode::CONFLICT)
        }
        Outcome::Refused { .. } => Err(AppError::Conflict),
    }
}

pub fn request_of(f: &Pairs) -> Request {
    Request {
        to: f.get("to").into(),
        reason: f.get("reason").into(),
        duplicate_of: f.get("duplicate_of").into(),
        approver_email: f.get("approver_email").into(),
        expires: f.get("expires").into(),
    }
}

pub(super) async fn transition(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    f: Pairs,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let back = format!("/o/{}/findings/{id}", m.org.id);
    let retest = f.get("form") == "retest";
    let r = service::transition(
        &st,
        m.org_id(),
        &actor_of(&m),
        &id,
        Some(f.version()),
        &request_of(&f),
        weerbaar_core::today(),
    )
    .await?;
    let names = ["to", "reason", "duplicate_of", "approver_email", "expires", "version"];
    let place = |form: FormState| {
        if retest {
            Forms { retest_form: Some(form), ..Default::default() }
        } else {
            Forms { move_form: Some(form), ..Default::default() }
        }
    };
    match r {
        Outcome::Done(_) => Ok(see_other_with_flash(&back, "flash-finding-moved", st.cfg.tls())),
        Outcome::Invalid(e) => render_status(
            &view(&st, &m, &id, place(f.shown(lang, &names).with_errors(e))).await?,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Outcome::Refused { from, to } => {
            let mut form = f.shown(lang, &names);
            form.add_error(
                FieldError::new("to", "error-finding-move")
                    .arg("from", views::status(lang, from))
                    .arg("to", views::status(lang, to)),
            );
            render_status(&view(&st, &m, &id, place(form)).await?, StatusCode::CONFLICT)
        }
        Outcome::Conflict(fresh) => {
            let mut form = f.shown(lang, &names);
            form.set("version", fresh.version.to_string());
            form.add_general("conflict-explained");
            render_status(&view(&st, &m, &id, place(form)).await?, StatusCode::CONFLICT)
        }
    }
}

pub(super) async fn comment(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    f: Pairs,
) -> AppResult<Response> {
    match service::comment(&st, m.org_id(), &actor_of(&m), &id, f.get("comment")).await? {
        Ok(()) => Ok(see_other(&format!("/o/{}/findings/{id}#history", m.org.id))),
        Err(e) => {
            let forms =
                Forms { comment_form: Some(f.shown(m.ctx.lang, &["comment"]).with_errors(e)), ..Default::default() };
            render_status(&view(&st, &m, &id, forms).await?, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}

/// What evidence may be, by its first bytes: images, PDF, or plain text (logs).
pub fn evidence_type(b: &[u8]) -> Option<&'static str> {
    if let Some(t) = weerbaar_core::engagement::letter_type(b) {
        return Some(t);
    }
    if b.starts_with(b"GIF8") {
        return Some("image/gif");
    }
    if std::str::from_utf8(b).is_ok_and(|s| !s.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))) {
        return Some("text/plain; charset=utf-8");
    }
    None
}

/// Reads one file field (and its name) from an upload form; the error is an i18n id.
pub async fn read_file(
    mp: &mut Multipart,
    field_name: &str,
    max: usize,
) -> (Vec<(String, String)>, Result<(String, Vec<u8>), &'static str>) {
    let mut fields = Vec::new();
    let mut file: Option<(String, Vec<u8>)> = None;
    let mut problem = None;
    loop {
        let field = match mp.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(_) => {
                problem = Some("error-upload-failed");
                break;
            }
        };
        let name = field.name().unwrap_or("").to_string();
        if name == field_name {
            let fname = field.file_name().unwrap_or("bestand").to_string();
            match field.bytes().await {
                Ok(b) if b.len() > max => problem = Some("error-upload-too-large"),
                Ok(b) => file = Some((fname, b.to_vec())),
                Err(_) => problem = Some("error-upload-too-large"),
            }
        } else if let Ok(t) = field.text().await {
            fields.push((name, t));
        }
    }
    let r = match (file, problem) {
        (_, Some(p)) => Err(p),
        (None, None) => Err("error-upload-missing"),
        (Some((_, b)), None) if b.is_empty() => Err("error-upload-missing"),
        (Some(f), None) => Ok(f),
    };
    (fields, r)
}

/// A file name safe to show and to send back in a header.
pub fn safe_name(n: &str) -> String {
    let base = n.rsplit(['/', '\\']).next().unwrap_or(n);
    let s: String = base.chars().filter(|c| c.is_alphanumeric() || "._- ".contains(*c)).take(120).collect();
    if s.trim().is_empty() { "bestand".into() } else { s }
}

pub(super) async fn upload(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    mp: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    // Another organisation's finding is unknown here, whatever the body.
    {
        let mut c = st.store.conn().await?;
        if !db::exists(&mut c, m.org_id(), &id).await? {
            return Err(AppError::NotFound);
        }
    }
    let mut mp = mp.map_err(|_| AppError::BadRequest("bad_request"))?;
    let _place = st.uploads.acquire().await.map_err(internal)?;
    let (_, file) = read_file(&mut mp, "file", EVIDENCE_MAX_BYTES).await;
    let checked = file.and_then(|(name, b)| evidence_type(&b).map(|t| (name, b, t)).ok_or("error-evidence-type"));
    let (name, bytes, kind) = match checked {
        Ok(v) => v,
        Err(code) => {
            let mut form = FormState::new(lang);
            form.add_error(FieldError::new("file", code).arg("max", EVIDENCE_MAX_BYTES / 1024 / 1024));
            let forms = Forms { file_form: Some(form), ..Default::default() };
            return render_status(&view(&st, &m, &id, forms).await?, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    let name = safe_name(&name);
    let actor = actor_of(&m);
    let mut tx = st.store.begin().await?;
    let f = db::get(&mut tx, m.org_id(), &id).await?.ok_or(AppError::NotFound)?;
    db::add_file(&mut tx, m.org_id(), &id, &name, kind, &bytes, &actor.label).await?;
    db::add_event(&mut tx, m.org_id(), &id, &actor.label, "file", None, None, &name).await?;
    service::log(
        &mut tx,
        m.org_id(),
        &actor,
        weerbaar_core::audit::AuditAction::FindingEvidenceAdded,
        &f.title,
        None::<&()>,
        Some(&name),
    )
    .await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&format!("/o/{}/findings/{id}#evidence", m.org.id), "flash-evidence-added", st.cfg.tls()))
}

pub(super) async fn download(
    State(st): State<AppState>,
    m: Member<Read>,
    Path((_, id, file)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let mut c = st.store.conn().await?;
    let (name, kind, bytes) = db::file(&mut c, m.org_id(), &id, &file).await?.ok_or(AppError::NotFound)?;
    // Never shown inline: a text or image from a tester is a download.
    Ok((
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, kind),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{}\"", safe_name(&name))),
        ],
        bytes,
    )
        .into_response())
}

/// Errors of a form as one list (used by the API and the pages alike).
pub fn merge(a: FieldErrors, b: FieldErrors) -> FieldErrors {
    let mut out = a;
    for e in b.iter() {
        out.push(e.clone());
    }
    out
}
