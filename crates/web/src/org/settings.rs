//! Organisation settings: name, kind, NIS code, brand colour, MFA requirement, logo.
//! Saving names the version the editor started from; if someone saved in between, the
//! editor sees both versions instead of overwriting.

use askama::Template;
use axum::Form;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use weerbaar_core::audit::{AuditAction, NewAuditEntry};
use weerbaar_core::org::{LOGO_MAX_BYTES, LOGO_MAX_SIDE, OrgKind, OrgProfileInput, Organisation};
use weerbaar_core::validation::{FieldError, FieldErrors};
use weerbaar_store::{StoreError, audit, orgs};

use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::forms::FormState;
use crate::http::{internal, render, render_status, see_other_with_flash};
use crate::i18n::Lang;
use crate::page::{ManageSettings, Member, OrgPermission, Page, Read};

#[derive(Debug)]
pub enum UpdateError {
    Invalid(FieldErrors),
    /// Someone saved first; here is what they saved.
    Conflict(Box<Organisation>),
    Store(StoreError),
}

impl From<StoreError> for UpdateError {
    fn from(e: StoreError) -> Self {
        UpdateError::Store(e)
    }
}

/// Validates and saves a new profile (UI and API share this).
pub async fn update_profile<A: OrgPermission>(
    st: &AppState,
    m: &Member<A>,
    expected_version: i64,
    input: &OrgProfileInput,
) -> Result<Organisation, UpdateError> {
    let profile = input.validate().map_err(UpdateError::Invalid)?;
    let mut tx = st.store.begin().await?;
    let before = orgs::get(&mut tx, m.org_id()).await?.ok_or(StoreError::NotFound)?;
    let saved = match orgs::update_profile(&mut tx, m.org_id(), expected_version, &profile).await {
        Ok(o) => o,
        Err(StoreError::Conflict) => return Err(UpdateError::Conflict(Box::new(before))),
        Err(StoreError::Duplicate(_)) => {
            return Err(UpdateError::Invalid(FieldError::new("name", "error-org-name-taken").into()));
        }
        Err(e) => return Err(e.into()),
    };
    let (id, label) = m.actor();
    audit::append(
        &mut tx,
        &NewAuditEntry::new(AuditAction::OrgUpdated, id, label)
            .org(m.org_id())
            .target(saved.profile.name.clone())
            .change(serde_json::to_value(&before.profile).ok(), serde_json::to_value(&saved.profile).ok())
            .ip(m.ctx.ip.clone()),
    )
    .await?;
    tx.commit().await?;
    Ok(saved)
}

#[derive(Template)]
#[template(path = "org/settings.html")]
struct SettingsPage {
    page: Page,
    form: FormState,
    logo_form: FormState,
    kinds: Vec<(String, String)>,
    version: i64,
    /// The version someone else saved while this person was editing.
    theirs: Option<Organisation>,
}

pub fn kind_options(lang: Lang) -> Vec<(String, String)> {
    OrgKind::ALL.iter().map(|k| (k.as_str().to_string(), lang.t(k.label_key()))).collect()
}

fn form_of(lang: Lang, o: &Organisation) -> FormState {
    let p = &o.profile;
    FormState::new(lang)
        .value_of("name", &p.name)
        .value_of("kind", p.kind.as_str())
        .value_of("nis_code", p.nis_code.clone().unwrap_or_default())
        .value_of("brand_colour", p.brand_colour.clone().unwrap_or_default())
        .value_of("require_mfa", if p.require_mfa { "on" } else { "" })
}

fn view(m: &Member<ManageSettings>, form: FormState, version: i64, theirs: Option<Organisation>) -> SettingsPage {
    SettingsPage {
        page: m.page("settings"),
        form,
        logo_form: FormState::new(m.ctx.lang),
        kinds: kind_options(m.ctx.lang),
        version,
        theirs,
    }
}

pub(super) async fn page(m: Member<ManageSettings>) -> AppResult<Response> {
    let form = form_of(m.ctx.lang, &m.org);
    let v = m.org.version;
    render(&view(&m, form, v, None))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct SettingsForm {
    version: i64,
    name: String,
    kind: String,
    nis_code: String,
    brand_colour: String,
    require_mfa: String,
}

pub(super) async fn save(
    State(st): State<AppState>,
    m: Member<ManageSettings>,
    Form(f): Form<SettingsForm>,
) -> AppResult<Response> {
    let input = OrgProfileInput {
        name: f.name.clone(),
        kind: f.kind.clone(),
        nis_code: f.nis_code.clone(),
        brand_colour: f.brand_colour.clone(),
        require_mfa: f.require_mfa == "on",
    };
    let form = FormState::new(m.ctx.lang)
        .value_of("name", &f.name)
        .value_of("kind", &f.kind)
        .value_of("nis_code", &f.nis_code)
        .value_of("brand_colour", &f.brand_colour)
        .value_of("require_mfa", &f.require_mfa);
    // Turning on required MFA without having it yourself would lock you out at once.
    if input.require_mfa && !m.user.mfa_enabled {
        let form = form.with_errors(FieldError::new("require_mfa", "error-require-mfa-self").into());
        return render_status(&view(&m, form, f.version, None), StatusCode::UNPROCESSABLE_ENTITY);
    }
    match update_profile(&st, &m, f.version, &input).await {
        Ok(_) => Ok(see_other_with_flash(&format!("/o/{}/settings", m.org.id), "flash-saved", st.cfg.tls())),
        Err(UpdateError::Invalid(errs)) => {
            render_status(&view(&m, form.with_errors(errs), f.version, None), StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(UpdateError::Conflict(theirs)) => {
            let mut form = form;
            form.add_general("conflict-explained");
            let v = theirs.version;
            render_status(&view(&m, form, v, Some(*theirs)), StatusCode::CONFLICT)
        }
        Err(UpdateError::Store(e)) => Err(e.into()),
    }
}

pub(super) async fn upload_logo(
    State(st): State<AppState>,
    m: Member<ManageSettings>,
    mut mp: Multipart,
) -> AppResult<Response> {
    let mut bytes: Option<axum::body::Bytes> = None;
    let mut problem: Option<&'static str> = None;
    loop {
        let field = match mp.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(_) => {
                problem = Some("error-upload-failed");
                break;
            }
        };
        if field.name() != Some("logo") {
            continue;
        }
        match field.bytes().await {
            Ok(b) => bytes = Some(b),
            Err(_) => problem = Some("error-upload-too-large"),
        }
    }
    let checked = match (bytes, problem) {
        (_, Some(p)) => Err(p),
        (None, _) => Err("error-upload-missing"),
        (Some(b), _) if b.is_empty() => Err("error-upload-missing"),
        (Some(b), _) if b.len() > LOGO_MAX_BYTES => Err("error-upload-too-large"),
        (Some(b), _) => {
            // Decoding is bounded but takes CPU and up to 64 MB: one at a time per place.
            let _place = st.uploads.acquire().await.map_err(internal)?;
            tokio::task::spawn_blocking(move || weerbaar_render::logo::normalise(&b))
                .await
                .map_err(internal)?
                .map_err(|e| e.code())
        }
    };
    let logo = match checked {
        Ok(l) => l,
        Err(code) => {
            let mut p = view(&m, form_of(m.ctx.lang, &m.org), m.org.version, None);
            p.logo_form
                .add_error(FieldError::new("logo", code).arg("max", LOGO_MAX_BYTES / 1024).arg("side", LOGO_MAX_SIDE));
            return render_status(&p, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    let (bytes, kind) = (logo.png, "image/png");
    let mut tx = st.store.begin().await?;
    orgs::set_logo(&mut tx, m.org_id(), Some((&bytes, kind))).await?;
    let (id, label) = m.actor();
    audit::append(
        &mut tx,
        &NewAuditEntry::new(AuditAction::LogoChanged, id, label)
            .org(m.org_id())
            .change(
                None,
                Some(
                    serde_json::json!({"type": kind, "bytes": bytes.len(), "width": logo.width, "height": logo.height}),
                ),
            )
            .ip(m.ctx.ip.clone()),
    )
    .await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&format!("/o/{}/settings", m.org.id), "flash-logo-saved", st.cfg.tls()))
}

pub(super) async fn remove_logo(State(st): State<AppState>, m: Member<ManageSettings>) -> AppResult<Response> {
    let mut tx = st.store.begin().await?;
    orgs::set_logo(&mut tx, m.org_id(), None).await?;
    let (id, label) = m.actor();
    audit::append(
        &mut tx,
        &NewAuditEntry::new(AuditAction::LogoChanged, id, label)
            .org(m.org_id())
            .change(None, Some(serde_json::json!({"removed": true}))),
    )
    .await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&format!("/o/{}/settings", m.org.id), "flash-logo-removed", st.cfg.tls()))
}

pub(super) async fn logo(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    let mut c = st.store.conn().await?;
    let (bytes, kind) = orgs::logo(&mut c, m.org_id()).await?.ok_or(AppError::NotFound)?;
    Ok(([(CONTENT_TYPE, kind), (CACHE_CONTROL, "private, max-age=86400".into())], bytes).into_response())
}

/// The organisation's colour as a CSS custom property (a file, since the policy forbids inline styles).
pub(super) async fn brand_css(m: Member<Read>) -> Response {
    let css = match &m.org.profile.brand_colour {
        Some(c) => format!(":root{{--brand:{c};}}\n"),
        None => String::new(),
    };
    ([(CONTENT_TYPE, "text/css; charset=utf-8"), (CACHE_CONTROL, "private, max-age=3600")], css).into_response()
}
