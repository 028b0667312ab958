//! The plan's documents: every document in PDF, DOCX, ODT, Markdown and HTML, the offline
//! grab pack, and when the pack was last taken (and whether the plan changed since).

use std::sync::Arc;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use jiff::civil::Date;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use tokio::sync::Semaphore;
use weerbaar_core::OrgId;
use weerbaar_core::audit::{AuditAction, NewAuditEntry};
use weerbaar_core::bcp::analysed::Analysis;
use weerbaar_core::bcp::checks::Finding;
use weerbaar_core::bcp::exchange;
use weerbaar_core::bcp::model::Plan;
use weerbaar_render::bcp::{DocKind, Labels, Source};
use weerbaar_render::pack::{Manifest, PackInfo, grab_pack};
use weerbaar_render::{Format, Logo, file_stem};
use weerbaar_store::bcp::PackFile;
use weerbaar_store::{Db, audit, bcp as db, orgs};

use crate::AppState;
use crate::bcp::{finding_message, hours_label};
use crate::error::{AppError, AppResult};
use crate::http::render;
use crate::i18n::Lang;
use crate::page::{Member, Page, Read};
use crate::routes::Routes;

pub mod pack;

pub fn routes() -> Routes {
    Routes::new()
        .get("/o/{org}/plan/documents", page)
        .get("/o/{org}/plan/export", export_ui)
        .get("/api/v1/plans/{plan}/export", export_api)
}

/// The application's translations, as the renderer asks for them.
pub struct DocLabels(pub Lang);

impl DocLabels {
    /// The language code documents carry ("nl", "en", "fr").
    pub fn code(&self) -> &'static str {
        self.0.content().as_str()
    }
}

impl Labels for DocLabels {
    fn lang(&self) -> &'static str {
        self.code()
    }
    fn t(&self, key: &str) -> String {
        self.0.t(key)
    }
    fn hours(&self, h: u32) -> String {
        hours_label(self.0, h)
    }
    fn day(&self, d: Date) -> String {
        self.0.day(d)
    }
    fn finding(&self, f: &Finding) -> String {
        finding_message(self.0, f)
    }
}

/// Everything a plan's documents are made from.
pub struct PlanSource {
    pub plan: Plan,
    pub analysis: Analysis,
    pub organisation: String,
    pub logo: Option<Logo>,
}

impl PlanSource {
    pub async fn load(db: &mut impl Db, org: &OrgId, organisation: &str) -> AppResult<Option<PlanSource>> {
        let Some(plan) = db::load(db, org).await? else { return Ok(None) };
        // Only a picture whose header shows a normalised size reaches the renderer.
        let logo = orgs::logo(db, org)
            .await?
            .filter(|(bytes, _)| weerbaar_render::logo::safe_to_embed(bytes))
            .and_then(|(bytes, kind)| (kind == "image/png").then_some(Logo { ext: "png", bytes }));
        let analysis = Analysis::of(&plan);
        Ok(Some(PlanSource { plan, analysis, organisation: organisation.to_string(), logo }))
    }

    fn source<'a>(&'a self, labels: &'a DocLabels, today: Date) -> Source<'a> {
        Source {
            plan: &self.plan,
            analysis: &self.analysis,
            organisation: &self.organisation,
            logo: self.logo.as_ref(),
            today,
            labels,
        }
    }

    /// A fingerprint of the plan's content: a grab pack is current while it is unchanged.
    pub fn fingerprint(&self) -> String {
        fingerprint(&self.plan)
    }

    /// One document as bytes.
    pub fn render(&self, kind: DocKind, format: Format, lang: Lang, now: jiff::Timestamp) -> AppResult<Vec<u8>> {
        let labels = DocLabels(lang);
        let d = self.source(&labels, today_in(now)).document(kind);
        weerbaar_render::render(&d, format, now).map_err(|e| AppError::Internal(e.to_string()))
    }

    /// The grab pack: every document, the HTML copy, the manifest and checksums.
    pub fn pack(&self, lang: Lang, now: jiff::Timestamp) -> AppResult<(Vec<u8>, Manifest)> {
        let labels = DocLabels(lang);
        let src = self.source(&labels, today_in(now));
        let docs: Vec<_> = DocKind::ALL.iter().map(|k| src.document(*k)).collect();
        let title = format!("{} · {}", lang.t("doc-pack-title"), self.organisation);
        let info = PackInfo {
            title: &title,
            intro: &lang.t("doc-pack-intro"),
            contents_label: &lang.t("doc-contents"),
            plan_version: &self.plan.header.version_label,
            plan_revision: self.plan.header.version,
        };
        grab_pack(&docs, &info, now).map_err(|e| AppError::Internal(e.to_string()))
    }

    pub fn file_name(&self, kind: Option<DocKind>, lang: Lang, ext: &str) -> String {
        let what = match kind {
            Some(k) => lang.t(&k.title_key()),
            None => lang.t("doc-pack-title"),
        };
        format!(
            "{}-{}-{}.{ext}",
            file_stem(&what),
            file_stem(&self.organisation),
            file_stem(&self.plan.header.version_label)
        )
    }
}

pub fn fingerprint(p: &Plan) -> String {
    exchange::fingerprint(p)
}

fn today_in(now: jiff::Timestamp) -> Date {
    match jiff::tz::TimeZone::get("Europe/Brussels") {
        Ok(tz) => now.to_zoned(tz).date(),
        Err(_) => now.to_zoned(jiff::tz::TimeZone::UTC).date(),
    }
}

/// How long a download waits for a render place before it is told to come back later.
const RENDER_WAIT: std::time::Duration = std::time::Duration::from_secs(30);

/// Markdown and HTML take milliseconds and a few MB even for the largest plan: they do not
/// queue behind PDFs and grab packs.
fn light(format: Format) -> bool {
    matches!(format, Format::Md | Format::Html)
}

/// Runs `work` (rendering: CPU work) on a blocking thread, beside the request threads, once
/// a render place is free. typst already lays a document out on several cores, so renders
/// side by side gain less than they cost in memory (a 200-activity plan's grab pack peaks
/// at about 600 MB): `concurrent_renders` bounds them, and requests wait their turn in
/// order, for at most `RENDER_WAIT`. The place is held until the work ends, even if the
/// client has gone. `light` work does not take a place.
pub async fn rendering<T: Send + 'static>(
    st: &AppState,
    light: bool,
    work: impl FnOnce() -> T + Send + 'static,
) -> AppResult<T> {
    let places = if light { None } else { Some(&st.renders) };
    in_place(places, RENDER_WAIT, work).await
}

async fn in_place<T: Send + 'static>(
    places: Option<&Arc<Semaphore>>,
    wait: std::time::Duration,
    work: impl FnOnce() -> T + Send + 'static,
) -> AppResult<T> {
    let place = match places {
        Some(p) => match tokio::time::timeout(wait, p.clone().acquire_owned()).await {
            Ok(place) => Some(place.map_err(|e| AppError::Internal(e.to_string()))?),
            Err(_) => return Err(AppError::Busy { retry_after_secs: wait.as_secs().max(1) as i64 }),
        },
        None => None,
    };
    tokio::task::spawn_blocking(move || {
        let _place = place;
        work()
    })
    .await
    .map_err(|e| AppError::Internal(e.to_string()))
}

/// A document rendered beside the request threads, as a file to download.
pub async fn download(
    st: &AppState,
    d: weerbaar_render::Document,
    format: Format,
    file: String,
) -> AppResult<Response> {
    let now = jiff::Timestamp::now();
    let bytes = rendering(st, light(format), move || weerbaar_render::render(&d, format, now))
        .await?
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(attachment(bytes, format.mime(), &file))
}

pub fn attachment(bytes: impl Into<axum::body::Body>, mime: &str, file: &str) -> Response {
    (
        [
            (CONTENT_TYPE, mime.to_string()),
            (CONTENT_DISPOSITION, format!("attachment; filename=\"{file}\"")),
            (CACHE_CONTROL, "private, no-store".to_string()),
        ],
        bytes.into(),
    )
        .into_response()
}

#[derive(Deserialize, Default)]
pub struct ExportQuery {
    format: Option<String>,
    doc: Option<String>,
    lang: Option<String>,
}

/// The plan's language, unless the request names one.
fn export_lang(q: &ExportQuery, plan: &Plan, fallback: Lang) -> AppResult<Lang> {
    match q.lang.as_deref().filter(|s| !s.is_empty()) {
        Some(l) => Lang::parse(l).ok_or(AppError::BadRequest("unknown_language")),
        None => Ok(Lang::parse(&plan.header.language).unwrap_or(fallback)),
    }
}

async fn export(st: AppState, m: Member<Read>, q: ExportQuery) -> AppResult<Response> {
    let format = q.format.as_deref().filter(|s| !s.is_empty()).unwrap_or("pdf");
    let zip = format == "zip";
    let format = if zip { None } else { Some(Format::parse(format).ok_or(AppError::BadRequest("unknown_format"))?) };
    let kind = match q.doc.as_deref().filter(|s| !s.is_empty()) {
        Some(d) => DocKind::parse(d).ok_or(AppError::BadRequest("unknown_document"))?,
        None => DocKind::Plan,
    };
    // The pack and the plan's PDF are kept current in the background: served at once.
    let lang_asked = q
        .lang
        .as_deref()
        .filter(|s| !s.is_empty())
        .map(|l| Lang::parse(l).ok_or(AppError::BadRequest("unknown_language")))
        .transpose()?;
    let keep = match (format, kind) {
        (None, _) => Some(PackFile::Pack),
        (Some(Format::Pdf), DocKind::Plan) => Some(PackFile::Pdf),
        _ => None,
    };
    if let Some(file) = keep {
        let kept_lang = match lang_asked {
            Some(l) => l,
            None => {
                let mut c = st.store.conn().await?;
                match db::header(&mut c, m.org_id()).await? {
                    Some(h) => Lang::parse(&h.language).unwrap_or(m.ctx.lang),
                    None => return Err(AppError::NotFound),
                }
            }
        };
        if let Some((bytes, info)) = pack::kept(&st, m.org_id(), file, kept_lang).await? {
            return Ok(match file {
                PackFile::Pack => {
                    record_pack_download(
                        &st,
                        &m,
                        &info.pack_name,
                        &info.fingerprint,
                        &info.pack_sha256,
                        &info.plan_version,
                    )
                    .await?;
                    attachment(bytes, "application/zip", &info.pack_name)
                }
                PackFile::Pdf => attachment(bytes, Format::Pdf.mime(), &info.pdf_name),
            });
        }
    }
    let mut c = st.store.conn().await?;
    let src = PlanSource::load(&mut c, m.org_id(), &m.org.profile.name).await?.ok_or(AppError::NotFound)?;
    drop(c);
    let lang = export_lang(&q, &src.plan, m.ctx.lang)?;
    let now = jiff::Timestamp::now();
    let (bytes, name, mime, manifest) = rendering(&st, format.is_some_and(light), move || -> AppResult<_> {
        match format {
            None => {
                let (bytes, manifest) = src.pack(lang, now)?;
                Ok((bytes, src.file_name(None, lang, "zip"), "application/zip", Some((manifest, src.fingerprint()))))
            }
            Some(f) => Ok((src.render(kind, f, lang, now)?, src.file_name(Some(kind), lang, f.ext()), f.mime(), None)),
        }
    })
    .await??;
    if let Some((manifest, fp)) = manifest {
        let sum = hex::encode(Sha256::digest(&bytes));
        record_pack_download(&st, &m, &name, &fp, &sum, &manifest.plan_version).await?;
    }
    Ok(attachment(bytes, mime, &name))
}

/// A person took the grab pack: in the audit log (with the plan's fingerprint) and as
/// their latest download, for the crisis team's overview.
async fn record_pack_download(
    st: &AppState,
    m: &Member<Read>,
    name: &str,
    fingerprint: &str,
    sha256: &str,
    plan_version: &str,
) -> AppResult<()> {
    let (id, label) = m.actor();
    // The same person taking the same pack again within ten minutes (a retry, a second
    // device) is not news: no second entry, and no write for every click.
    if let Some(user) = &id {
        let mut c = st.store.conn().await?;
        let since = weerbaar_core::now_ms() - 10 * 60 * 1000;
        if db::downloaded_since(&mut c, m.org_id(), user, sha256, since).await? {
            return Ok(());
        }
    }
    let mut tx = st.store.begin().await?;
    audit::append(
        &mut tx,
        &NewAuditEntry::new(AuditAction::PlanPackDownloaded, id.clone(), label).org(m.org_id()).target(name).change(
            None,
            Some(serde_json::json!({"fingerprint": fingerprint, "plan_version": plan_version, "sha256": sha256})),
        ),
    )
    .await?;
    if let Some(user) = id {
        db::record_download(&mut tx, m.org_id(), &user, fingerprint, sha256, weerbaar_core::now_ms()).await?;
    }
    tx.commit().await?;
    Ok(())
}

type QueryResult = Result<Query<ExportQuery>, axum::extract::rejection::QueryRejection>;

async fn export_ui(State(st): State<AppState>, m: Member<Read>, q: QueryResult) -> AppResult<Response> {
    let Query(q) = q.map_err(|_| AppError::BadRequest("bad_request"))?;
    export(st, m, q).await
}

#[utoipa::path(get, path = "/api/v1/plans/{plan}/export", tag = "plans",
    params(
        ("plan" = String, Path, description = "Plan id"),
        ("format" = Option<String>, Query, description = "pdf (default), docx, odt, md, html, or zip for the grab pack"),
        ("doc" = Option<String>, Query, description = "plan (default), contacts, wallet-card, first-hour, runbook, incident-log, communication, exercise-report, actions, bia"),
        ("lang" = Option<String>, Query, description = "nl, en or fr; the plan's language by default"),
    ),
    responses((status = 200, description = "The document", content_type = "application/octet-stream"),
        (status = 400, body = crate::json::ErrorDto), (status = 404, body = crate::json::ErrorDto)))]
/// A document of the plan, or the whole grab pack.
pub async fn export_api(State(st): State<AppState>, m: Member<Read>, q: QueryResult) -> AppResult<Response> {
    export_ui(State(st), m, q).await
}

#[derive(utoipa::OpenApi)]
#[openapi(paths(export_api))]
pub struct DocumentsApiDoc;

/// When the grab pack was last taken and whether the plan changed since.
pub struct PackStatus {
    pub at: Option<String>,
    pub by: String,
    pub changed_since: bool,
}

pub async fn pack_status(db: &mut impl Db, org: &OrgId, fingerprint: &str, lang: Lang) -> AppResult<PackStatus> {
    Ok(match db::last_download(db, org).await? {
        Some((by, fp, at)) => PackStatus { at: Some(lang.datetime(at)), by, changed_since: fp != fingerprint },
        None => PackStatus { at: None, by: String::new(), changed_since: false },
    })
}

pub struct DocLink {
    pub key: &'static str,
    pub title: String,
    pub about: String,
}

#[derive(Template)]
#[template(path = "bcp/documents.html")]
struct DocumentsPage {
    page: Page,
    steps: Vec<crate::bcp::Step>,
    docs: Vec<DocLink>,
    formats: Vec<&'static str>,
    pack: PackStatus,
    team: Option<pack::TeamPack>,
    built_at: String,
    has_plan: bool,
}

async fn page(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let mut c = st.store.conn().await?;
    let plan = db::load(&mut c, m.org_id()).await?;
    let pack = match &plan {
        Some(p) => pack_status(&mut c, m.org_id(), &fingerprint(p), lang).await?,
        None => PackStatus { at: None, by: String::new(), changed_since: false },
    };
    let team = match &plan {
        Some(p) => Some(pack::team(&mut c, m.org_id(), p, lang).await?),
        None => None,
    };
    let built_at =
        team.as_ref().and_then(|t| t.current.as_ref()).map(|c| lang.datetime(c.built_at)).unwrap_or_default();
    let docs = DocKind::ALL
        .iter()
        .map(|k| DocLink {
            key: k.key(),
            title: lang.t(&k.title_key()),
            about: lang.t(&format!("doc-subtitle-{}", k.key())),
        })
        .collect();
    render(&DocumentsPage {
        page: m.page("plan"),
        steps: crate::bcp::steps(lang, &m.org.id, ""),
        docs,
        formats: Format::ALL.iter().map(|f| f.ext()).collect(),
        pack,
        team,
        built_at,
        has_plan: plan.is_some(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[tokio::test]
    async fn work_waits_for_a_place_and_is_told_to_come_back_later() {
        let places = Arc::new(Semaphore::new(1));
        let held = places.clone().acquire_owned().await.expect("place");
        let r = in_place(Some(&places), Duration::from_millis(50), || 1).await;
        assert!(matches!(r, Err(AppError::Busy { retry_after_secs: 1 })), "busy after the wait");
        assert_eq!(in_place(None, Duration::from_millis(50), || 2).await.ok(), Some(2), "light work takes no place");
        let waiting = tokio::spawn({
            let places = places.clone();
            async move { in_place(Some(&places), Duration::from_secs(30), || 3).await.ok() }
        });
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(!waiting.is_finished());
        drop(held);
        assert_eq!(waiting.await.expect("task"), Some(3), "runs once the place is free");
        assert_eq!(places.available_permits(), 1, "and gives it back");
        assert!(light(Format::Md) && light(Format::Html) && !light(Format::Pdf) && !light(Format::Docx));
        assert_eq!(AppError::Busy { retry_after_secs: 30 }.status(), axum::http::StatusCode::SERVICE_UNAVAILABLE);
    }
}
