//! Engagements: the list, one engagement's page (its fields, status, signed
//! authorisation, guest testers, imports and findings), and a guest's own list.

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use weerbaar_core::audit::AuditAction;
use weerbaar_core::engagement::{self, Draft, Engagement, Kind, Status};
use weerbaar_core::role::OrgAction;
use weerbaar_core::validation::FieldError;
use weerbaar_store::{engagements as db, findings as fdb};

use super::access::EngagementCaller;
use super::finding::{self, Choices, actor_of, read_file, safe_name};
use super::service::{self, Actor, Outcome, StatusRefusal};
use super::views::{self, Row};
use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::forms::{FormState, Pairs};
use crate::http::{internal, render, render_status, see_other_with_flash};
use crate::i18n::Lang;
use crate::page::{Edit, ManageMembers, Member, Page, Read, SignedIn};

pub fn kinds(lang: Lang) -> Vec<(String, String)> {
    views::options(lang, Kind::ALL, Kind::as_str, "engagement-kind-", false)
}

pub fn status_label(lang: Lang, s: Status) -> String {
    lang.t(&format!("engagement-status-{}", s.as_str().replace('_', "-")))
}

pub const FIELDS: [&str; 22] = [
    "title",
    "kind",
    "tester_org",
    "tester_lead",
    "tester_email",
    "tester_phone",
    "contact_name",
    "contact_email",
    "contact_phone",
    "scope",
    "out_of_scope",
    "window_start",
    "window_end",
    "hours",
    "social_engineering",
    "denial_of_service_forbidden",
    "data_destroyed_after",
    "production_data",
    "test_accounts",
    "stop_procedure",
    "notes",
    "version",
];

pub fn draft(f: &Pairs) -> Draft {
    let lines = |k: &str| f.get(k).lines().map(str::to_string).collect();
    Draft {
        title: f.get("title").into(),
        kind: f.get("kind").into(),
        tester_org: f.get("tester_org").into(),
        tester_lead: f.get("tester_lead").into(),
        tester_email: f.get("tester_email").into(),
        tester_phone: f.get("tester_phone").into(),
        contact_name: f.get("contact_name").into(),
        contact_email: f.get("contact_email").into(),
        contact_phone: f.get("contact_phone").into(),
        scope: lines("scope"),
        out_of_scope: lines("out_of_scope"),
        window_start: f.get("window_start").into(),
        window_end: f.get("window_end").into(),
        hours: f.get("hours").into(),
        social_engineering: f.has("social_engineering"),
        denial_of_service_forbidden: f.has("denial_of_service_forbidden"),
        data_destroyed_after: f.has("data_destroyed_after"),
        production_data: f.get("production_data").into(),
        test_accounts: f.get("test_accounts").into(),
        stop_procedure: f.get("stop_procedure").into(),
        notes: f.get("notes").into(),
    }
}

pub fn form_of(lang: Lang, e: &Engagement) -> FormState {
    let d = Draft::of(e);
    let on = |b: bool| if b { "on" } else { "" };
    FormState::new(lang)
        .value_of("title", d.title)
        .value_of("kind", d.kind)
        .value_of("tester_org", d.tester_org)
        .value_of("tester_lead", d.tester_lead)
        .value_of("tester_email", d.tester_email)
        .value_of("tester_phone", d.tester_phone)
        .value_of("contact_name", d.contact_name)
        .value_of("contact_email", d.contact_email)
        .value_of("contact_phone", d.contact_phone)
        .value_of("scope", d.scope.join("\n"))
        .value_of("out_of_scope", d.out_of_scope.join("\n"))
        .value_of("window_start", d.window_start)
        .value_of("window_end", d.window_end)
        .value_of("hours", d.hours)
        .value_of("social_engineering", on(d.social_engineering))
        .value_of("denial_of_service_forbidden", on(d.denial_of_service_forbidden))
        .value_of("data_destroyed_after", on(d.data_destroyed_after))
        .value_of("production_data", d.production_data)
        .value_of("test_accounts", d.test_accounts)
        .value_of("stop_procedure", d.stop_procedure)
        .value_of("notes", d.notes)
        .value_of("version", e.version.to_string())
}

pub struct EngagementRow {
    pub id: String,
    pub title: String,
    pub kind: String,
    pub status: String,
    pub tester: String,
    pub window: String,
    pub open: usize,
}

#[derive(Template)]
#[template(path = "findings/engagements.html")]
struct ListPage {
    page: Page,
    rows: Vec<EngagementRow>,
    form: FormState,
    kinds: Vec<(String, String)>,
    can_edit: bool,
}

async fn list_view(st: &AppState, m: &Member<impl crate::page::OrgPermission>, form: FormState) -> AppResult<ListPage> {
    let lang = m.ctx.lang;
    let mut c = st.store.conn().await?;
    let list = db::list(&mut c, m.org_id()).await?;
    let all = fdb::figures_by_engagement(&mut c, m.org_id()).await?;
    let rows = list
        .into_iter()
        .map(|e| EngagementRow {
            open: all.iter().filter(|(id, _)| id == &e.id).map(|(_, n)| *n).sum(),
            kind: lang.t(&format!("engagement-kind-{}", e.kind.as_str())),
            status: status_label(lang, e.status),
            tester: e.details.tester_org.clone(),
            window: match (e.details.window_start, e.details.window_end) {
                (Some(a), Some(b)) => format!("{} – {}", lang.day(a), lang.day(b)),
                (Some(a), None) => lang.day(a),
                _ => String::new(),
            },
            id: e.id,
            title: e.title,
        })
        .collect();
    let page = m.page("findings");
    Ok(ListPage { can_edit: page.can("edit"), page, rows, form, kinds: kinds(lang) })
}

pub(super) async fn list(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    let form = FormState::new(m.ctx.lang).value_of("kind", "pentest");
    render(&list_view(&st, &m, form).await?)
}

pub(super) async fn create(State(st): State<AppState>, m: Member<Edit>, f: Pairs) -> AppResult<Response> {
    match service::create_engagement(&st, m.org_id(), &actor_of(&m), &draft(&f)).await? {
        Outcome::Done(e) => Ok(see_other_with_flash(
            &format!("/o/{}/engagements/{}", m.org.id, e.id),
            "flash-engagement-added",
            st.cfg.tls(),
        )),
        Outcome::Invalid(e) => {
            let form = f.shown(m.ctx.lang, &FIELDS).with_errors(e);
            render_status(&list_view(&st, &m, form).await?, StatusCode::UNPROCESSABLE_ENTITY)
        }
        _ => Err(AppError::Conflict),
    }
}

#[derive(Template)]
#[template(path = "findings/engagement.html")]
pub(super) struct EngagementPage {
    page: Page,
    e: Engagement,
    org_name: String,
    status: String,
    next_status: Option<(String, String)>,
    is_guest: bool,
    can_edit: bool,
    can_admin: bool,
    org_id: String,
    engagement_form: FormState,
    status_form: FormState,
    auth_form: FormState,
    guest_form: FormState,
    import_form: FormState,
    finding_form: FormState,
    kinds: Vec<(String, String)>,
    formats: Vec<(String, String)>,
    guests: Vec<db::Guest>,
    rows: Vec<Row>,
    figures: views::Figures,
    choices: Choices,
}

#[derive(Default)]
pub struct Forms {
    pub form: Option<FormState>,
    pub status_form: Option<FormState>,
    pub auth_form: Option<FormState>,
    pub guest_form: Option<FormState>,
    pub import_form: Option<FormState>,
    pub finding_form: Option<FormState>,
}

/// The import formats, by the names people know them by.
pub fn formats() -> Vec<(String, String)> {
    weerbaar_scan::Format::ALL.iter().map(|f| (f.as_str().to_string(), f.label().to_string())).collect()
}

pub(super) async fn view<A: crate::page::OrgPermission>(
    st: &AppState,
    m: &EngagementCaller<A>,
    forms: Forms,
) -> AppResult<EngagementPage> {
    let lang = m.ctx.lang;
    let e = m.engagement.clone();
    let mut c = st.store.conn().await?;
    let guests = if m.is_guest() { vec![] } else { db::guests(&mut c, m.org_id(), &e.id).await? };
    let items = fdb::all(&mut c, m.org_id(), Some(&e.id)).await?;
    drop(c);
    let summary = weerbaar_core::findings::summary::summarise(&items, weerbaar_core::today());
    let next = Status::ALL.iter().position(|s| *s == e.status).and_then(|i| Status::ALL.get(i + 1)).copied();
    let ver = e.version.to_string();
    let choices = if m.is_guest() {
        Choices { engagements: vec![], resources: vec![], severities: finding::severity_choices(lang) }
    } else {
        finding::choices(st, lang, m.org_id()).await?
    };
    Ok(EngagementPage {
        page: m.page("findings"),
        org_name: m.org.profile.name.clone(),
        status: status_label(lang, e.status),
        next_status: next.map(|s| (s.as_str().to_string(), status_label(lang, s))),
        is_guest: m.is_guest(),
        can_edit: m.can(OrgAction::Edit) && !m.is_guest(),
        can_admin: m.can(OrgAction::ManageMembers),
        org_id: m.org.id.to_string(),
        engagement_form: forms.form.unwrap_or_else(|| form_of(lang, &e)).ids("eng"),
        status_form: forms.status_form.unwrap_or_else(|| FormState::new(lang).value_of("version", &ver)).ids("st"),
        auth_form: forms.auth_form.unwrap_or_else(|| FormState::new(lang)).ids("auth"),
        guest_form: forms.guest_form.unwrap_or_else(|| FormState::new(lang)).ids("guest"),
        import_form: forms
            .import_form
            .unwrap_or_else(|| FormState::new(lang).value_of("format", "greenbone"))
            .ids("imp"),
        finding_form: forms.finding_form.unwrap_or_else(|| FormState::new(lang)).ids("nf"),
        kinds: kinds(lang),
        formats: formats(),
        guests,
        rows: views::rows(lang, &items, std::slice::from_ref(&e)),
        figures: views::figures(lang, &summary),
        choices,
        e,
    })
}

pub(super) async fn page(State(st): State<AppState>, m: EngagementCaller<Read>) -> AppResult<Response> {
    render(&view(&st, &m, Forms::default()).await?)
}

fn caller_actor<A: crate::page::OrgPermission>(m: &EngagementCaller<A>) -> Actor {
    let (id, label) = m.actor();
    Actor { id, label, ip: m.ctx.ip.clone() }
}

pub(super) async fn save(State(st): State<AppState>, m: EngagementCaller<Edit>, f: Pairs) -> AppResult<Response> {
    if m.is_guest() {
        return Err(AppError::Forbidden);
    }
    let lang = m.ctx.lang;
    let back = format!("/o/{}/engagements/{}", m.org.id, m.engagement.id);
    match service::save_engagement(&st, m.org_id(), &caller_actor(&m), &m.engagement, f.version(), &draft(&f)).await? {
        Outcome::Done(_) => Ok(see_other_with_flash(&back, "flash-saved", st.cfg.tls())),
        Outcome::Invalid(e) => {
            let forms = Forms { form: Some(f.shown(lang, &FIELDS).with_errors(e)), ..Default::default() };
            render_status(&view(&st, &m, forms).await?, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Outcome::Conflict(fresh) => {
            let mut form = f.shown(lang, &FIELDS);
            form.set("version", fresh.version.to_string());
            form.add_general("conflict-explained");
            let forms = Forms { form: Some(form), ..Default::default() };
            render_status(&view(&st, &m, forms).await?, StatusCode::CONFLICT)
        }
        Outcome::Refused { .. } => Err(AppError::Conflict),
    }
}

pub(super) async fn set_status(State(st): State<AppState>, m: EngagementCaller<Edit>, f: Pairs) -> AppResult<Response> {
    if m.is_guest() {
        return Err(AppError::Forbidden);
    }
    let lang = m.ctx.lang;
    let back = format!("/o/{}/engagements/{}", m.org.id, m.engagement.id);
    let Some(to) = Status::parse(f.get("to")) else {
        let mut form = FormState::new(lang);
        form.add_error(FieldError::new("to", "error-choose-option"));
        return render_status(
            &view(&st, &m, Forms { status_form: Some(form), ..Default::default() }).await?,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    match service::set_engagement_status(&st, m.org_id(), &caller_actor(&m), &m.engagement, f.version(), to).await? {
        Ok(_) => Ok(see_other_with_flash(&back, "flash-engagement-status", st.cfg.tls())),
        Err(r) => {
            let mut form = FormState::new(lang).value_of("version", m.engagement.version.to_string());
            let (code, status) = match r {
                StatusRefusal::NeedsAuthorisation => ("error-engagement-needs-authorisation", StatusCode::CONFLICT),
                StatusRefusal::NotAllowed => ("error-engagement-status", StatusCode::CONFLICT),
                StatusRefusal::Conflict => ("conflict-explained", StatusCode::CONFLICT),
            };
            form.add_error(FieldError::new("to", code));
            render_status(&view(&st, &m, Forms { status_form: Some(form), ..Default::default() }).await?, status)
        }
    }
}

pub(super) async fn upload_authorisation(
    State(st): State<AppState>,
    m: EngagementCaller<Edit>,
    mut mp: Multipart,
) -> AppResult<Response> {
    if m.is_guest() {
        return Err(AppError::Forbidden);
    }
    let lang = m.ctx.lang;
    let _place = st.uploads.acquire().await.map_err(internal)?;
    let (fields, file) = read_file(&mut mp, "letter", engagement::AUTHORISATION_MAX_BYTES).await;
    let get = |k: &str| fields.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let (signer, signed_on) = (get("signer"), get("signed_on"));
    let (name, bytes, upload_err) = match file {
        Ok((n, b)) => (n, b, None),
        Err(code) => (String::new(), vec![], Some(code)),
    };
    let checked = engagement::check_authorisation(&signer, &signed_on, &bytes, weerbaar_core::today());
    let fail = |mut errs: weerbaar_core::validation::FieldErrors| {
        if let Some(code) = upload_err {
            errs = weerbaar_core::validation::FieldErrors::from(
                FieldError::new("letter", code).arg("max", engagement::AUTHORISATION_MAX_BYTES / 1024 / 1024),
            );
            if signer.trim().is_empty() {
                errs.push(FieldError::new("signer", "error-required"));
            }
        }
        FormState::new(lang).value_of("signer", &signer).value_of("signed_on", &signed_on).with_errors(errs)
    };
    let (signer, on, kind) = match (checked, upload_err) {
        (Ok(v), None) => v,
        (Err(e), _) => {
            let forms = Forms { auth_form: Some(fail(e)), ..Default::default() };
            return render_status(&view(&st, &m, forms).await?, StatusCode::UNPROCESSABLE_ENTITY);
        }
        (Ok(_), Some(_)) => {
            let forms = Forms { auth_form: Some(fail(Default::default())), ..Default::default() };
            return render_status(&view(&st, &m, forms).await?, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    let actor = caller_actor(&m);
    let mut tx = st.store.begin().await?;
    db::record_authorisation(&mut tx, m.org_id(), &m.engagement.id, &signer, on, &safe_name(&name), kind, &bytes)
        .await?;
    service::log(
        &mut tx,
        m.org_id(),
        &actor,
        AuditAction::EngagementAuthorised,
        &m.engagement.title,
        None::<&()>,
        Some(&serde_json::json!({"signer": signer, "signed_on": on, "file": safe_name(&name)})),
    )
    .await?;
    tx.commit().await?;
    Ok(see_other_with_flash(
        &format!("/o/{}/engagements/{}", m.org.id, m.engagement.id),
        "flash-authorisation-recorded",
        st.cfg.tls(),
    ))
}

pub(super) async fn authorisation_file(State(st): State<AppState>, m: EngagementCaller<Read>) -> AppResult<Response> {
    if m.is_guest() {
        return Err(AppError::Forbidden);
    }
    let mut c = st.store.conn().await?;
    let (name, kind, bytes) =
        db::authorisation_file(&mut c, m.org_id(), &m.engagement.id).await?.ok_or(AppError::NotFound)?;
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

pub(super) async fn add_guest(
    State(st): State<AppState>,
    m: Member<ManageMembers>,
    Path((_, eid)): Path<(String, String)>,
    f: Pairs,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let e = {
        let mut c = st.store.conn().await?;
        db::get(&mut c, m.org_id(), &eid).await?.ok_or(AppError::NotFound)?
    };
    let back = format!("/o/{}/engagements/{}", m.org.id, e.id);
    let email = match weerbaar_core::account::normalise_email("email", f.get("email")) {
        Ok(v) => v,
        Err(err) => {
            let caller = EngagementCaller::<Read>::for_member(&m, e.clone());
            let forms = Forms {
                guest_form: Some(f.shown(lang, &["email", "name"]).with_errors(err.into())),
                ..Default::default()
            };
            return render_status(&view(&st, &caller, forms).await?, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    let mut tx = st.store.begin().await?;
    let existing = weerbaar_store::users::by_email(&mut tx, &email).await?;
    let (user, new) = match existing {
        Some(u) => (u, false),
        None => {
            let name = f.get("name").trim().chars().take(200).collect::<String>();
            let u = weerbaar_store::users::create(
                &mut tx,
                &weerbaar_store::users::NewUser {
                    email: email.clone(),
                    name,
                    password_hash: None,
                    locale: Some(lang.tag().to_string()),
                    platform: Default::default(),
                },
            )
            .await?;
            (u, true)
        }
    };
    match db::add_guest(&mut tx, m.org_id(), &e.id, &user.id).await {
        Ok(()) => {}
        Err(weerbaar_store::StoreError::Duplicate(_)) => {
            tx.rollback().await?;
            return Ok(see_other_with_flash(&back, "flash-guest-already", st.cfg.tls()));
        }
        Err(err) => return Err(err.into()),
    }
    let link = if new {
        let token = weerbaar_store::accounts::password_link(
            &mut tx,
            &user,
            Some(&m.user.id),
            crate::auth::WELCOME_TTL_MS,
            weerbaar_core::now_ms(),
        )
        .await?;
        crate::auth::link(&st, &format!("/password/reset/{token}"))
    } else {
        crate::auth::link(&st, &format!("/o/{}/engagements/{}", m.org.id, e.id))
    };
    let args = [("org", m.org.profile.name.clone()), ("engagement", e.title.clone()), ("link", link)];
    crate::mail::queue(
        &mut tx,
        &crate::mail::Mail {
            to: email.clone(),
            subject: lang.t_args("mail-guest-subject", &args),
            body: lang.t_args("mail-guest-body", &args),
        },
    )
    .await?;
    service::log(
        &mut tx,
        m.org_id(),
        &actor_of(&m),
        AuditAction::EngagementGuestAdded,
        &e.title,
        None::<&()>,
        Some(&email),
    )
    .await?;
    tx.commit().await?;
    st.jobs_notify.notify_one();
    Ok(see_other_with_flash(&back, "flash-guest-added", st.cfg.tls()))
}

pub(super) async fn remove_guest(
    State(st): State<AppState>,
    m: Member<ManageMembers>,
    Path((_, eid, user)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let uid: weerbaar_core::UserId = user.parse().map_err(|_| AppError::NotFound)?;
    let mut tx = st.store.begin().await?;
    let e = db::get(&mut tx, m.org_id(), &eid).await?.ok_or(AppError::NotFound)?;
    let g = db::guests(&mut tx, m.org_id(), &eid)
        .await?
        .into_iter()
        .find(|g| g.user_id == uid)
        .ok_or(AppError::NotFound)?;
    db::remove_guest(&mut tx, m.org_id(), &eid, &uid).await?;
    service::log(
        &mut tx,
        m.org_id(),
        &actor_of(&m),
        AuditAction::EngagementGuestRemoved,
        &e.title,
        Some(&g.email),
        None::<&()>,
    )
    .await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&format!("/o/{}/engagements/{eid}", m.org.id), "flash-guest-removed", st.cfg.tls()))
}

/// A finding written on the engagement's page, by a member or a guest tester.
pub(super) async fn add_finding(
    State(st): State<AppState>,
    m: EngagementCaller<Edit>,
    f: Pairs,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let mut d = finding::draft(&f);
    d.engagement = m.engagement.id.clone();
    let guest = m.is_guest().then_some(m.engagement.id.as_str());
    match service::create(&st, m.org_id(), &caller_actor(&m), &d, guest).await? {
        Outcome::Done(_) => Ok(see_other_with_flash(
            &format!("/o/{}/engagements/{}#findings", m.org.id, m.engagement.id),
            "flash-finding-added",
            st.cfg.tls(),
        )),
        Outcome::Invalid(e) => {
            let forms =
                Forms { finding_form: Some(f.shown(lang, &finding::FIELDS).with_errors(e)), ..Default::default() };
            render_status(&view(&st, &m, forms).await?, StatusCode::UNPROCESSABLE_ENTITY)
        }
        _ => Err(AppError::Conflict),
    }
}

#[derive(Template)]
#[template(path = "findings/guest_list.html")]
struct GuestList {
    page: Page,
    rows: Vec<(String, String, String, String)>,
}

/// `/engagements`: the engagements a person is a guest of.
pub(super) async fn guest_list(State(st): State<AppState>, s: SignedIn) -> AppResult<Response> {
    let mut c = st.store.conn().await?;
    let rows = db::guest_engagements(&mut c, &s.user.id)
        .await?
        .into_iter()
        .map(|(id, title, org, name)| (org.to_string(), id, title, name))
        .collect();
    render(&GuestList { page: s.page(&st, "engagements").await?, rows })
}

impl<A: crate::page::OrgPermission> EngagementCaller<A> {
    /// The same view for a member who came in through `Member` (admin-only routes).
    pub fn for_member<B: crate::page::OrgPermission>(m: &Member<B>, e: Engagement) -> EngagementCaller<A> {
        EngagementCaller::from_parts(
            m.ctx.clone(),
            m.user.clone(),
            m.org.clone(),
            super::access::Who::Member(m.role),
            e,
        )
    }
}
