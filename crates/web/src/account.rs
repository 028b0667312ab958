//! A person's own account: name, password, second factor, recovery codes, API tokens,
//! sign-out everywhere.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use weerbaar_core::account::{validate_name, verify_password};
use weerbaar_core::audit::AuditAction;
use weerbaar_core::mfa;
use weerbaar_core::secret::hash_token;
use weerbaar_core::throttle::{REAUTH, keys};
use weerbaar_core::token::Scope;
use weerbaar_core::validation::FieldError;
use weerbaar_core::{ApiTokenId, now_ms};
use weerbaar_store::api_tokens::{self, ApiToken};
use weerbaar_store::{audit, sessions, throttle, users};

use crate::AppState;
use crate::auth::personal;
use crate::error::{AppError, AppResult};
use crate::forms::FormState;
use crate::http::{internal, render, render_status, see_other, see_other_with_flash};
use crate::page::{Page, SignedIn};
use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .get("/account", index)
        .post("/account/profile", profile)
        .post("/account/password", password)
        .get("/account/mfa", mfa_page)
        .post("/account/mfa/start", mfa_start)
        .post("/account/mfa/confirm", mfa_confirm)
        .post("/account/mfa/disable", mfa_disable)
        .post("/account/mfa/recovery", mfa_recovery)
        .post("/account/tokens", token_create)
        .post("/account/tokens/{apitoken}/revoke", token_revoke)
}

#[derive(Template)]
#[template(path = "account/index.html")]
struct AccountPage {
    page: Page,
    profile: FormState,
    password: FormState,
    token_form: FormState,
    tokens: Vec<TokenRow>,
    expiry_options: Vec<(String, String)>,
    scope_options: Vec<(String, String)>,
    /// Live tokens exist: the password and sign-out forms ask whether to keep them.
    has_tokens: bool,
    new_token: Option<String>,
    sessions: i64,
    recovery_left: i64,
}

/// An API token as the account page lists it.
struct TokenRow {
    id: String,
    name: String,
    created: String,
    last_used: String,
    scope: String,
    status: String,
    active: bool,
}

fn token_rows(lang: crate::i18n::Lang, tokens: Vec<ApiToken>, now: i64) -> Vec<TokenRow> {
    tokens
        .into_iter()
        .map(|t| {
            let expired = t.expires_at.is_some_and(|e| e <= now);
            let status = if t.revoked_at.is_some() {
                lang.t("token-revoked")
            } else if expired {
                lang.t("token-expired")
            } else if let Some(e) = t.expires_at {
                lang.t_args("token-valid-until", &[("date", lang.date(e))])
            } else {
                lang.t("token-active")
            };
            TokenRow {
                id: t.id.to_string(),
                name: t.name,
                created: lang.date(t.created_at),
                last_used: t.last_used_at.map(|u| lang.datetime(u)).unwrap_or_else(|| lang.t("token-never-used")),
                scope: lang.t(&format!("token-scope-{}", t.scope.as_str())),
                status,
                active: t.revoked_at.is_none() && !expired,
            }
        })
        .collect()
}

async fn account_page(st: &AppState, me: &SignedIn) -> AppResult<AccountPage> {
    let page = me.page(st, "account").await?;
    let mut c = st.store.conn().await?;
    let tokens = api_tokens::list(&mut c, &me.user.id).await?;
    let sessions = sessions::count_for_user(&mut c, &me.user.id, now_ms()).await?;
    let recovery_left = users::recovery_codes_left(&mut c, &me.user.id).await?;
    let lang = me.ctx.lang;
    Ok(AccountPage {
        profile: FormState::new(lang).value_of("name", &me.user.name),
        password: FormState::new(lang),
        token_form: FormState::new(lang).value_of("expires_days", "90").value_of("scope", "read"),
        page,
        has_tokens: tokens.iter().any(|t| t.revoked_at.is_none() && t.expires_at.is_none_or(|e| e > now_ms())),
        tokens: token_rows(lang, tokens, now_ms()),
        expiry_options: ["30", "90", "365"]
            .iter()
            .map(|d| (d.to_string(), lang.t_args("days", &[("count", d.to_string())])))
            .collect(),
        scope_options: Scope::ALL
            .iter()
            .map(|s| (s.as_str().to_string(), lang.t(&format!("token-scope-{}-option", s.as_str()))))
            .collect(),
        new_token: None,
        sessions,
        recovery_left,
    })
}

async fn index(State(st): State<AppState>, me: SignedIn) -> AppResult<Response> {
    render(&account_page(&st, &me).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ProfileForm {
    name: String,
}

async fn profile(State(st): State<AppState>, me: SignedIn, Form(f): Form<ProfileForm>) -> AppResult<Response> {
    match validate_name("name", &f.name) {
        Err(e) => {
            let mut p = account_page(&st, &me).await?;
            p.profile = FormState::new(me.ctx.lang).value_of("name", &f.name).with_errors(e.into());
            render_status(&p, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Ok(name) => {
            let mut tx = st.store.begin().await?;
            users::set_name(&mut tx, &me.user.id, &name).await?;
            let e = personal(AuditAction::UserUpdated, &me.user, &me.ctx)
                .change(Some(serde_json::json!({"name": me.user.name})), Some(serde_json::json!({"name": name})));
            audit::append(&mut tx, &e).await?;
            tx.commit().await?;
            Ok(see_other_with_flash("/account", "flash-saved", st.cfg.tls()))
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PasswordForm {
    current_password: String,
    password: String,
    password_confirm: String,
    /// Checked: API tokens keep working (by default a new password revokes them).
    keep_tokens: String,
}

/// The person's current password, asked again before a sensitive change. Wrong guesses
/// are counted per account like sign-in ([`REAUTH`]): a stolen session cannot try
/// passwords at full speed. The error is for the `current_password` field, with the
/// status to answer.
async fn confirm_password(
    st: &AppState,
    me: &SignedIn,
    given: &str,
) -> AppResult<Result<(), (FieldError, StatusCode)>> {
    let key = keys::reauth(me.user.id.as_str());
    let now = now_ms();
    let (until, stored) = {
        let mut c = st.store.conn().await?;
        (throttle::blocked_until(&mut c, &key).await?, users::password_hash(&mut c, &me.user.id).await?)
    };
    if until > now {
        let secs = (until - now + 999) / 1000;
        let e = FieldError::new("current_password", "error-reauth-wait").arg("seconds", secs);
        return Ok(Err((e, StatusCode::TOO_MANY_REQUESTS)));
    }
    let given = given.to_string();
    let ok = match stored {
        Some(stored) => {
            tokio::task::spawn_blocking(move || verify_password(&given, &stored)).await.map_err(internal)?
        }
        None => false,
    };
    let mut c = st.store.conn().await?;
    if ok {
        throttle::clear(&mut c, &key).await?;
        Ok(Ok(()))
    } else {
        throttle::record_failure(&mut c, &key, &REAUTH, now).await?;
        Ok(Err((FieldError::new("current_password", "error-password-wrong"), StatusCode::UNPROCESSABLE_ENTITY)))
    }
}

async fn password(State(st): State<AppState>, me: SignedIn, Form(f): Form<PasswordForm>) -> AppResult<Response> {
    let mut form = FormState::new(me.ctx.lang).value_of("keep_tokens", &f.keep_tokens);
    let mut status = StatusCode::UNPROCESSABLE_ENTITY;
    if let Err((e, s)) = confirm_password(&st, &me, &f.current_password).await? {
        form.add_error(e);
        status = s;
    }
    let np = crate::auth::reset_form(&f.password, &f.password_confirm);
    if let Err(errs) = crate::auth::check_new_password(&np, &[&me.user.email, &me.user.name]) {
        for e in errs.iter() {
            form.add_error(e.clone());
        }
    }
    if form.has_errors() {
        let mut p = account_page(&st, &me).await?;
        p.password = form;
        return render_status(&p, status);
    }
    let h = crate::auth::hash_password(&f.password).await?;
    let mut tx = st.store.begin().await?;
    users::set_password(&mut tx, &me.user.id, &h).await?;
    // Other devices must sign in again with the new password.
    sessions::delete_for_user(&mut tx, &me.user.id, me.session_hash()).await?;
    let revoked =
        if f.keep_tokens == "on" { 0 } else { api_tokens::revoke_all(&mut tx, &me.user.id, now_ms()).await? };
    let mut e = personal(AuditAction::PasswordChanged, &me.user, &me.ctx);
    e.after = Some(serde_json::json!({"tokens_revoked": revoked}));
    audit::append(&mut tx, &e).await?;
    tx.commit().await?;
    Ok(see_other_with_flash("/account", "flash-password-changed", st.cfg.tls()))
}

#[derive(Template)]
#[template(path = "account/mfa.html")]
struct MfaPage {
    page: Page,
    form: FormState,
    required: bool,
    enabled: bool,
    /// While setting up: the QR code (inline SVG), the secret to type, the URL.
    qr_svg: Option<askama::filters::Safe<String>>,
    secret: String,
    /// Shown once, right after enabling or regenerating.
    codes: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct MfaQuery {
    required: String,
}

fn qr_svg(url: &str) -> Option<String> {
    let code = qrcode::QrCode::new(url.as_bytes()).ok()?;
    let svg = code.render::<qrcode::render::svg::Color>().min_dimensions(220, 220).quiet_zone(true).build();
    // Drop the XML declaration; the SVG is placed inside the page.
    let start = svg.find("<svg")?;
    Some(svg[start..].replacen("<svg", "<svg role=\"img\" aria-labelledby=\"qr-label\" focusable=\"false\"", 1))
}

async fn mfa_view(
    st: &AppState,
    me: &SignedIn,
    required: bool,
    form: FormState,
    codes: Vec<String>,
) -> AppResult<MfaPage> {
    let page = me.page(st, "account").await?;
    let state = {
        let mut c = st.store.conn().await?;
        users::totp_state(&mut c, &me.user.id).await?
    };
    let (qr, secret) = match (&state.secret, &state.pending) {
        (None, Some(p)) => {
            let url = mfa::provisioning_url(p, &me.user.email).map_err(internal)?;
            (qr_svg(&url).map(askama::filters::Safe), mfa::secret_base32(p))
        }
        _ => (None, String::new()),
    };
    Ok(MfaPage { page, form, required, enabled: state.secret.is_some(), qr_svg: qr, secret, codes })
}

async fn mfa_page(State(st): State<AppState>, me: SignedIn, Query(q): Query<MfaQuery>) -> AppResult<Response> {
    let form = FormState::new(me.ctx.lang);
    render(&mfa_view(&st, &me, q.required == "1", form, vec![]).await?)
}

async fn mfa_start(State(st): State<AppState>, me: SignedIn) -> AppResult<Response> {
    let mut c = st.store.conn().await?;
    if users::totp_state(&mut c, &me.user.id).await?.secret.is_none() {
        users::set_pending_totp(&mut c, &me.user.id, &mfa::new_secret()).await?;
    }
    Ok(see_other("/account/mfa"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct CodeForm {
    code: String,
}

/// New recovery codes: stored hashed, returned in clear to show once.
async fn new_recovery_codes(db: &mut impl weerbaar_store::Db, me: &SignedIn) -> AppResult<Vec<String>> {
    let codes = mfa::new_recovery_codes();
    let hashes: Vec<String> = codes.iter().map(|c| hash_token(c)).collect();
    users::replace_recovery_codes(db, &me.user.id, &hashes).await?;
    Ok(codes)
}

async fn mfa_confirm(State(st): State<AppState>, me: SignedIn, Form(f): Form<CodeForm>) -> AppResult<Response> {
    let mut tx = st.store.begin().await?;
    let state = users::totp_state(&mut tx, &me.user.id).await?;
    let Some(pending) = state.pending.filter(|_| state.secret.is_none()) else {
        tx.rollback().await?;
        return Ok(see_other("/account/mfa"));
    };
    match mfa::verify(&pending, &f.code, (now_ms() / 1000) as u64, None) {
        Err(_) => {
            tx.rollback().await?;
            let mut form = FormState::new(me.ctx.lang);
            form.add_error(FieldError::new("code", "error-mfa-code-invalid"));
            render_status(&mfa_view(&st, &me, false, form, vec![]).await?, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Ok(step) => {
            users::enable_totp(&mut tx, &me.user.id, step).await?;
            let codes = new_recovery_codes(&mut tx, &me).await?;
            audit::append(&mut tx, &personal(AuditAction::MfaEnabled, &me.user, &me.ctx)).await?;
            tx.commit().await?;
            let mut p = mfa_view(&st, &me, false, FormState::new(me.ctx.lang), codes).await?;
            p.page.flash = Some("flash-mfa-enabled".into());
            render(&p)
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ConfirmPasswordForm {
    current_password: String,
}

async fn mfa_disable(
    State(st): State<AppState>,
    me: SignedIn,
    Form(f): Form<ConfirmPasswordForm>,
) -> AppResult<Response> {
    if let Err((e, status)) = confirm_password(&st, &me, &f.current_password).await? {
        let mut form = FormState::new(me.ctx.lang);
        form.add_error(e);
        return render_status(&mfa_view(&st, &me, false, form, vec![]).await?, status);
    }
    let mut tx = st.store.begin().await?;
    users::disable_totp(&mut tx, &me.user.id).await?;
    audit::append(&mut tx, &personal(AuditAction::MfaDisabled, &me.user, &me.ctx)).await?;
    tx.commit().await?;
    Ok(see_other_with_flash("/account/mfa", "flash-mfa-disabled", st.cfg.tls()))
}

async fn mfa_recovery(
    State(st): State<AppState>,
    me: SignedIn,
    Form(f): Form<ConfirmPasswordForm>,
) -> AppResult<Response> {
    if let Err((e, status)) = confirm_password(&st, &me, &f.current_password).await? {
        let mut form = FormState::new(me.ctx.lang);
        form.add_error(e);
        return render_status(&mfa_view(&st, &me, false, form, vec![]).await?, status);
    }
    let mut tx = st.store.begin().await?;
    if users::totp_state(&mut tx, &me.user.id).await?.secret.is_none() {
        return Err(AppError::BadRequest("mfa_not_enabled"));
    }
    let codes = new_recovery_codes(&mut tx, &me).await?;
    tx.commit().await?;
    render(&mfa_view(&st, &me, false, FormState::new(me.ctx.lang), codes).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct TokenForm {
    name: String,
    expires_days: String,
    scope: String,
    current_password: String,
}

/// A new API token. Whoever holds a session must also know the password: a stolen
/// session cookie cannot mint a lasting token.
async fn token_create(State(st): State<AppState>, me: SignedIn, Form(f): Form<TokenForm>) -> AppResult<Response> {
    let checked = weerbaar_core::token::check(&f.name, &f.expires_days, &f.scope);
    let password = confirm_password(&st, &me, &f.current_password).await?;
    let (new, status) = match (checked, password) {
        (Ok(new), Ok(())) => (new, StatusCode::OK),
        (checked, password) => {
            let mut form = FormState::new(me.ctx.lang)
                .value_of("name", &f.name)
                .value_of("expires_days", &f.expires_days)
                .value_of("scope", &f.scope);
            let mut status = StatusCode::UNPROCESSABLE_ENTITY;
            if let Err(errs) = checked {
                for e in errs.iter() {
                    form.add_error(e.clone());
                }
            }
            if let Err((e, s)) = password {
                form.add_error(e);
                status = s;
            }
            let mut p = account_page(&st, &me).await?;
            p.token_form = form;
            return render_status(&p, status);
        }
    };
    let now = now_ms();
    let mut tx = st.store.begin().await?;
    let (t, token) = weerbaar_store::accounts::api_token(&mut tx, &me.user.id, &new, now).await?;
    let e = personal(AuditAction::ApiTokenCreated, &me.user, &me.ctx)
        .target(t.name.clone())
        .change(None, Some(serde_json::json!({"scope": t.scope.as_str(), "days": new.days})));
    audit::append(&mut tx, &e).await?;
    tx.commit().await?;
    let mut p = account_page(&st, &me).await?;
    p.new_token = Some(token);
    p.page.flash = Some("flash-token-created".into());
    render_status(&p, status)
}

async fn token_revoke(State(st): State<AppState>, me: SignedIn, Path(id): Path<String>) -> AppResult<Response> {
    let id: ApiTokenId = id.parse().map_err(|_| AppError::NotFound)?;
    let mut tx = st.store.begin().await?;
    if !api_tokens::revoke(&mut tx, &me.user.id, &id, now_ms()).await? {
        return Err(AppError::NotFound);
    }
    audit::append(&mut tx, &personal(AuditAction::ApiTokenRevoked, &me.user, &me.ctx).target(id.to_string())).await?;
    tx.commit().await?;
    Ok(see_other_with_flash("/account", "flash-token-revoked", st.cfg.tls()))
}
