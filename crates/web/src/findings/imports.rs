//! Imports on the engagement's page: upload, preview (nothing changes), confirm.

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use weerbaar_core::validation::FieldError;
use weerbaar_scan::{Format, Unusable};
use weerbaar_store::findings::{ImportFailure, ImportReport, keep_pending, take_pending};

use super::access::EngagementCaller;
use super::engagements::{Forms, view};
use super::service::{self, Actor};
use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::forms::FormState;
use crate::http::{internal, render, render_status, see_other_with_flash};
use crate::i18n::Lang;
use crate::page::{Edit, Page};

/// The largest report one import takes.
pub const IMPORT_MAX_BYTES: usize = 64 * 1024 * 1024;

/// One problem of a file, in the reader's language: (where, what).
pub fn problems(lang: Lang, f: &ImportFailure) -> Vec<(String, String)> {
    let place = |at: &str| {
        if let Some(n) = at.strip_prefix("line ") {
            lang.t_args("import-at-line", &[("line", n.to_string())])
        } else {
            at.to_string()
        }
    };
    match f {
        ImportFailure::Unusable(Unusable::WrongFormat { found }) => vec![(
            String::new(),
            match found {
                Some(x) => lang.t_args("scan-wrong-format", &[("found", x.label().to_string())]),
                None => lang.t("import-unknown-format"),
            },
        )],
        ImportFailure::Unusable(Unusable::Broken(p)) => {
            let args: Vec<(&str, String)> = p.args.iter().map(|(k, v)| (*k, v.clone())).collect();
            vec![(place(&p.at), lang.t_args(p.code, &args))]
        }
        ImportFailure::Unusable(Unusable::TooMany { max }) => {
            vec![(String::new(), lang.t_args("scan-too-many", &[("max", max.to_string())]))]
        }
        ImportFailure::Invalid(list) => list
            .iter()
            .map(|(at, e)| {
                (
                    place(at),
                    format!(
                        "{}: {}",
                        lang.t(&format!("finding-field-{}", e.field.replace('_', "-"))),
                        lang.field_error(e)
                    ),
                )
            })
            .collect(),
        ImportFailure::Store(_) => vec![],
    }
}

#[derive(Template)]
#[template(path = "findings/import_preview.html")]
struct Preview {
    page: Page,
    org: String,
    engagement_id: String,
    engagement: String,
    pending: String,
    format: String,
    report: ImportReport,
    severities: Vec<(String, usize)>,
}

fn actor<A: crate::page::OrgPermission>(m: &EngagementCaller<A>) -> Actor {
    let (id, label) = m.actor();
    Actor { id, label, ip: m.ctx.ip.clone() }
}

fn with_problems(lang: Lang, format: &str, list: Vec<(String, String)>) -> FormState {
    let mut form = FormState::new(lang).value_of("format", format);
    let text = list
        .iter()
        .take(20)
        .map(|(at, msg)| if at.is_empty() { msg.clone() } else { format!("{at}: {msg}") })
        .collect::<Vec<_>>()
        .join(" · ");
    form.add_error(FieldError::new("report", "import-problems").arg("problems", text));
    form
}

pub(super) async fn upload(
    State(st): State<AppState>,
    m: EngagementCaller<Edit>,
    mut mp: Multipart,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let _place = st.uploads.acquire().await.map_err(internal)?;
    let (fields, file) = super::finding::read_file(&mut mp, "report", IMPORT_MAX_BYTES).await;
    let chosen = fields.iter().find(|(k, _)| k == "format").map(|(_, v)| v.clone()).unwrap_or_default();
    let Some(format) = Format::parse(&chosen) else {
        let mut form = FormState::new(lang);
        form.add_error(FieldError::new("format", "error-choose-option"));
        return render_status(
            &view(&st, &m, Forms { import_form: Some(form), ..Default::default() }).await?,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    let bytes = match file {
        Ok((_, b)) => b,
        Err(code) => {
            let mut form = FormState::new(lang).value_of("format", &chosen);
            form.add_error(FieldError::new("report", code).arg("max", IMPORT_MAX_BYTES / 1024 / 1024));
            return render_status(
                &view(&st, &m, Forms { import_form: Some(form), ..Default::default() }).await?,
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    match service::import(&st, m.org_id(), &actor(&m), &m.engagement, format, &bytes, true).await? {
        Err(f) => {
            let form = with_problems(lang, &chosen, problems(lang, &f));
            render_status(
                &view(&st, &m, Forms { import_form: Some(form), ..Default::default() }).await?,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Ok(report) => {
            let pending = {
                let mut c = st.store.conn().await?;
                keep_pending(&mut c, m.org_id(), &m.engagement.id, &m.user.id, format, &bytes).await?
            };
            let severities = weerbaar_core::findings::Severity::ALL
                .iter()
                .zip(report.by_severity)
                .map(|(s, n)| (super::views::severity(lang, *s), n))
                .collect();
            render(&Preview {
                page: m.page("findings"),
                org: m.org.id.to_string(),
                engagement_id: m.engagement.id.clone(),
                engagement: m.engagement.title.clone(),
                pending,
                format: format.label().to_string(),
                report,
                severities,
            })
        }
    }
}

pub(super) async fn confirm(
    State(st): State<AppState>,
    m: EngagementCaller<Edit>,
    Path((_, _, pending)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let (format, bytes) = {
        let mut c = st.store.conn().await?;
        take_pending(&mut c, m.org_id(), &m.engagement.id, &m.user.id, &pending).await?.ok_or(AppError::NotFound)?
    };
    let back = format!("/o/{}/engagements/{}", m.org.id, m.engagement.id);
    match service::import(&st, m.org_id(), &actor(&m), &m.engagement, format, &bytes, false).await? {
        Ok(_) => Ok(see_other_with_flash(&back, "flash-import-done", st.cfg.tls())),
        Err(f) => {
            let form = with_problems(lang, format.as_str(), problems(lang, &f));
            render_status(
                &view(&st, &m, Forms { import_form: Some(form), ..Default::default() }).await?,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}
